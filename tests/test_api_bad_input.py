"""Whatever a client sends, the API answers JSON with a 4xx: never a 500, never Django's HTML."""

import pytest
from django.test import override_settings

from annotations.models import Claim

from .factories import ClaimFactory
from .helpers import HTMX, api, page_client

pytestmark = pytest.mark.django_db


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_json_nested_too_deep_is_a_400(reviewer, depth):
    response = api(reviewer).post("/api/v1/claims/", nested(depth), content_type="application/json")
    assert response.status_code == 400 and "nested too deeply" in response.json()["detail"]
    deep_object = '{"document": ' + nested(depth) + "}"
    response = api(reviewer).post("/api/v1/suggest-chain/", deep_object, content_type="application/json")
    assert response.status_code == 400


@pytest.mark.parametrize("size", ["²", "٣", "1" * 5000, "-1", "0", "1.5", ""])
def test_page_size_takes_ascii_whole_numbers_only(reviewer, size):
    response = api(reviewer).get("/api/v1/claims/", {"page_size": size})
    assert response.status_code == 400 and "page_size" in response.json()["errors"]


def test_a_body_over_the_upload_limit_is_a_json_400(reviewer, document):
    body = {"document": document.pk, "start": 0, "end": 6, "quote": "Turkey", "note": "x" * 3_000_000}
    response = api(reviewer).post("/api/v1/claims/", body, format="json")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert "MiB" in response.json()["detail"]
    assert not Claim.objects.exists()


@override_settings(DEBUG=False)
def test_an_unexpected_fault_is_still_json_under_the_api(reviewer, monkeypatch):
    from annotations.api.views import claims as views

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(views.selectors, "claims_for_api", broken)
    client = page_client(reviewer)
    client.raise_request_exception = False
    response = client.get("/api/v1/claims/")
    assert response.status_code == 500 and response.json() == {
        "detail": "Something went wrong on the server."
    }


@pytest.mark.parametrize("share_drafts", [True, False])
def test_agreement_counts_only_claims_the_caller_may_read(
    settings, reviewer, other_reviewer, document, share_drafts
):
    settings.SHARE_DRAFTS = share_drafts
    ClaimFactory(document=document, author=reviewer, length=6)  # both drafts
    ClaimFactory(document=document, author=other_reviewer, length=6)
    body = api(reviewer).get("/api/v1/agreement/").json()
    reviewers = {name for pair in body["pairs"] for name in (pair["reviewer_a"], pair["reviewer_b"])}
    assert (other_reviewer.username in reviewers) is share_drafts


@pytest.mark.parametrize("action", ["edit", "delete", "submit"])
def test_pages_answer_404_alike_for_an_unknown_claim_and_one_the_user_cannot_read(
    settings, reviewer, other_reviewer, document, action
):
    settings.SHARE_DRAFTS = False
    draft = ClaimFactory(document=document, author=other_reviewer, length=6)
    pages = page_client(reviewer)
    method = pages.get if action == "edit" else pages.post
    hidden = method(f"/claims/{draft.pk}/{action}/", {"version": 1} if action == "delete" else {}, **HTMX)
    unknown = method(f"/claims/{draft.pk + 1000}/{action}/", **HTMX)
    assert hidden.status_code == unknown.status_code == 404
    assert Claim.objects.filter(pk=draft.pk).exists()
