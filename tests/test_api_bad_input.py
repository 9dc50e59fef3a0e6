"""Whatever a client sends, the API answers JSON with a 4xx: never a 500, never Django's HTML."""

import pytest
from django.test import override_settings

from annotations import services
from annotations.models import Claim, ProjectMode

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
def test_agreement_counts_only_claims_the_caller_may_read(reviewer, other_reviewer, document, share_drafts):
    mode = ProjectMode.SHARED if share_drafts else ProjectMode.INDEPENDENT
    services.project_update(project=services.project_default(), actor=None, mode=mode)
    ClaimFactory(document=document, author=reviewer, length=6)  # both drafts
    ClaimFactory(document=document, author=other_reviewer, length=6)
    body = api(reviewer).get("/api/v1/agreement/").json()
    reviewers = {name for pair in body["pairs"] for name in (pair["reviewer_a"], pair["reviewer_b"])}
    assert (other_reviewer.username in reviewers) is share_drafts


@pytest.mark.parametrize("action", ["edit", "delete", "submit"])
def test_pages_answer_404_alike_for_an_unknown_claim_and_one_the_user_cannot_read(
    reviewer, other_reviewer, document, action
):
    services.project_update(project=services.project_default(), actor=None, mode=ProjectMode.INDEPENDENT)
    draft = ClaimFactory(document=document, author=other_reviewer, length=6)
    pages = page_client(reviewer)
    method = pages.get if action == "edit" else pages.post
    hidden = method(f"/claims/{draft.pk}/{action}/", {"version": 1} if action == "delete" else {}, **HTMX)
    unknown = method(f"/claims/{draft.pk + 1000}/{action}/", **HTMX)
    assert hidden.status_code == unknown.status_code == 404
    assert Claim.objects.filter(pk=draft.pk).exists()


def test_fields_an_edit_does_not_take_are_refused_not_ignored(reviewer, document):
    claim = ClaimFactory(document=document, author=reviewer, length=6)
    client = api(reviewer)
    body = {"version": 1, "note": "x", "status": "approved", "is_gold": True}
    response = client.patch(f"/api/v1/claims/{claim.pk}/", body, format="json")
    assert response.status_code == 400 and set(response.json()["errors"]) == {"status", "is_gold"}
    moved = client.patch(f"/api/v1/claims/{claim.pk}/", {"version": 1, "document": 999}, format="json")
    assert moved.status_code == 400 and "document" in moved.json()["errors"]
    hop = client.patch(
        f"/api/v1/claims/{claim.pk}/",
        {"version": 1, "chain": [{"source": document.publisher.pk, "cue": "published", "grade": "A"}]},
        format="json",
    )
    assert hop.status_code == 400
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.version, stored.note, stored.status) == (1, "", "draft")


def test_an_edit_that_changes_nothing_makes_no_new_version(reviewer, document):
    claim = ClaimFactory(document=document, author=reviewer, length=6)
    client = api(reviewer)
    history_before = claim.history.count()
    same = client.patch(f"/api/v1/claims/{claim.pk}/", {"version": 1, "note": ""}, format="json")
    assert same.status_code == 200 and same.json()["version"] == 1
    assert claim.history.count() == history_before
    changed = client.patch(f"/api/v1/claims/{claim.pk}/", {"version": 1, "note": "now"}, format="json")
    assert changed.json()["version"] == 2 and claim.history.count() == history_before + 1


def test_refused_requests_are_logged_without_a_traceback():
    import logging
    import sys

    from workbench.logs import NoTracebackForClientErrors

    try:
        raise PermissionError("refused")
    except PermissionError:
        trace = sys.exc_info()
    forbidden = logging.LogRecord("django.request", logging.WARNING, "", 0, "Forbidden", (), trace)
    failed = logging.LogRecord("django.request", logging.ERROR, "", 0, "Error", (), trace)
    forbidden.status_code, failed.status_code = 403, 500
    quiet = NoTracebackForClientErrors()
    assert quiet.filter(forbidden) and forbidden.exc_info is None
    assert quiet.filter(failed) and failed.exc_info is not None
