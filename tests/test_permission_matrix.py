"""Who may do what, asked of every surface: reader pages, API and admin.

Each action runs as every actor against fresh objects; the expected outcome is
"ok" (done), "denied" (refused, nothing changed) or "login" (sent to log in).
The claim under test is a draft by the author unless the action says otherwise.
"""

import pytest
from django.contrib.auth import get_user_model

from annotations.models import Claim, ClaimStatus, Source

from .factories import PASSWORD, ClaimFactory, DocumentFactory, SourceFactory
from .helpers import HTMX, api, claim_body, claim_post, export, page_client

pytestmark = pytest.mark.django_db
ACTORS = ["anonymous", "author", "other_reviewer", "moderator", "superuser"]


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)


def outcome(response, *, login_prefix="/login/") -> str:
    if response.status_code in (301, 302) and response["Location"].startswith(login_prefix):
        return "login"
    if response.status_code == 401 and response.get("HX-Redirect", "").startswith(login_prefix):
        return "login"  # an htmx request: the browser is sent to the login page
    if response.status_code in (401, 403):
        return "denied"
    assert response.status_code < 400, (response.status_code, response.content[:300])
    return "ok"


def matrix_post(document, words, **extra):
    """The claim form's data, with the note that tells an edit was saved."""
    return claim_post(document, words, credibility="3", note="matrix", **extra)


# --- the actions: each returns (outcome, whether the change happened) ---------------------


def page_read(user, reviewer):
    document = DocumentFactory()
    response = page_client(user).get(document.get_absolute_url())
    return outcome(response), document.title.encode() in response.content


def page_create(user, reviewer):
    document = DocumentFactory()
    response = page_client(user).post(
        f"/documents/{document.pk}/claims/new/", matrix_post(document, "Turkey will"), **HTMX
    )
    return outcome(response), Claim.objects.filter(document=document).exists()


def page_edit(user, reviewer, status=ClaimStatus.DRAFT):
    claim = ClaimFactory(author=reviewer, status=status, length=6)
    data = matrix_post(claim.document, "Turkey will", version=claim.version)
    response = page_client(user).post(f"/claims/{claim.pk}/edit/", data, **HTMX)
    return outcome(response), Claim.objects.get(pk=claim.pk).note == "matrix"


def page_edit_approved(user, reviewer):
    return page_edit(user, reviewer, status=ClaimStatus.APPROVED)


def page_delete(user, reviewer):
    claim = ClaimFactory(author=reviewer)
    response = page_client(user).post(f"/claims/{claim.pk}/delete/", {"version": claim.version}, **HTMX)
    return outcome(response), not Claim.objects.filter(pk=claim.pk).exists()


def page_submit(user, reviewer):
    claim = ClaimFactory(author=reviewer)
    response = page_client(user).post(f"/claims/{claim.pk}/submit/", **HTMX)
    return outcome(response), Claim.objects.get(pk=claim.pk).status == ClaimStatus.SUBMITTED


def api_list(user, reviewer):
    ClaimFactory(author=reviewer)
    response = api(user).get("/api/v1/claims/")
    return outcome(response), response.status_code == 200 and response.json()["count"] == 1


def api_create(user, reviewer):
    document = DocumentFactory()
    body = claim_body(document, "Turkey will", credibility=3)
    response = api(user).post("/api/v1/claims/", body, format="json")
    return outcome(response), Claim.objects.filter(document=document).exists()


def api_edit(user, reviewer, status=ClaimStatus.DRAFT):
    claim = ClaimFactory(author=reviewer, status=status, length=6)
    response = api(user).patch(
        f"/api/v1/claims/{claim.pk}/", {"note": "matrix", "version": claim.version}, format="json"
    )
    return outcome(response), Claim.objects.get(pk=claim.pk).note == "matrix"


def api_edit_approved(user, reviewer):
    return api_edit(user, reviewer, status=ClaimStatus.APPROVED)


def api_delete(user, reviewer):
    claim = ClaimFactory(author=reviewer)
    response = api(user).delete(f"/api/v1/claims/{claim.pk}/?version={claim.version}")
    return outcome(response), not Claim.objects.filter(pk=claim.pk).exists()


def api_grade_source(user, reviewer):
    source = SourceFactory(name="Graded by whom")
    response = api(user).patch(f"/api/v1/sources/{source.pk}/", {"reliability_grade": "B"}, format="json")
    return outcome(response), Source.objects.get(pk=source.pk).reliability_grade == "B"


def api_export(user, reviewer):
    ClaimFactory(author=reviewer, status=ClaimStatus.APPROVED)
    response, body = export(user, format="jsonl")
    return outcome(response), response.status_code == 200 and body.count("\n") == 1  # one line: approved


def admin_list(user, reviewer):
    ClaimFactory(author=reviewer, status=ClaimStatus.SUBMITTED)
    response = page_client(user).get("/admin/annotations/claim/")
    return outcome(response, login_prefix="/admin/login/"), response.status_code == 200


def admin_approve(user, reviewer):
    claim = ClaimFactory(author=reviewer, status=ClaimStatus.SUBMITTED)
    response = page_client(user).post(
        "/admin/annotations/claim/",
        # As the confirmation page sends it: the version the moderator reviewed.
        {"action": "decide_approve", "_selected_action": [claim.pk], "apply": "1", "reason": "",
         f"version-{claim.pk}": claim.version},  # fmt: skip
    )
    return outcome(response, login_prefix="/admin/login/"), Claim.objects.get(
        pk=claim.pk
    ).status == ClaimStatus.APPROVED


def admin_merge_sources(user, reviewer):
    keep, merge = SourceFactory(name="Bloomberg"), SourceFactory(name="Bloomberg News")
    response = page_client(user).post(
        "/admin/annotations/source/",
        {"action": "merge_sources", "_selected_action": [keep.pk, merge.pk], "apply": "1", "keep": keep.pk},
    )
    return outcome(response, login_prefix="/admin/login/"), not Source.objects.filter(pk=merge.pk).exists()


def page_agreement(user, reviewer):
    ClaimFactory(author=reviewer)
    response = page_client(user).get("/agreement/")
    return outcome(response), b'id="figures"' in response.content


def api_agreement(user, reviewer):
    ClaimFactory(author=reviewer)
    response = api(user).get("/api/v1/agreement/")
    return outcome(response), response.status_code == 200 and response.json()["reviewers"] == ["rita"]


def page_adjudicate(user, reviewer):
    claim = ClaimFactory(author=reviewer)
    response = page_client(user).get(f"/documents/{claim.document_id}/adjudicate/")
    return outcome(response), b"Accept as gold" in response.content


def page_accept_gold(user, reviewer):
    claim = ClaimFactory(author=reviewer)
    response = page_client(user).post(f"/claims/{claim.pk}/accept-gold/")
    return outcome(response), Claim.objects.filter(is_gold=True, adjudicated_from=claim).exists()


def page_activity_of_another(user, reviewer):
    ClaimFactory(author=reviewer)
    response = page_client(user).get("/activity/", {"reviewer": "rita"})
    return outcome(response), b"rita week by week" in response.content


MATRIX = {
    #                    anonymous  author    other     moderator superuser
    page_read: ("login", "ok", "ok", "ok", "ok"),
    page_create: ("login", "ok", "ok", "ok", "ok"),
    page_edit: ("login", "ok", "denied", "ok", "ok"),
    page_edit_approved: ("login", "denied", "denied", "ok", "ok"),
    page_delete: ("login", "ok", "denied", "ok", "ok"),
    page_submit: ("login", "ok", "denied", "ok", "ok"),
    api_list: ("denied", "ok", "ok", "ok", "ok"),
    api_create: ("denied", "ok", "ok", "ok", "ok"),
    api_edit: ("denied", "ok", "denied", "ok", "ok"),
    api_edit_approved: ("denied", "denied", "denied", "ok", "ok"),
    api_delete: ("denied", "ok", "denied", "ok", "ok"),
    api_grade_source: ("denied", "denied", "denied", "ok", "ok"),
    api_export: ("denied", "ok", "ok", "ok", "ok"),
    admin_list: ("login", "login", "login", "ok", "ok"),
    admin_approve: ("login", "login", "login", "ok", "ok"),
    admin_merge_sources: ("login", "login", "login", "ok", "ok"),
    page_agreement: ("login", "ok", "ok", "ok", "ok"),
    api_agreement: ("denied", "ok", "ok", "ok", "ok"),
    page_adjudicate: ("login", "denied", "denied", "ok", "ok"),
    page_accept_gold: ("login", "denied", "denied", "ok", "ok"),
    page_activity_of_another: ("login", "ok", "denied", "ok", "ok"),  # rita's own page for the author
}
CASES = [
    pytest.param(action, actor, expected, id=f"{action.__name__}-{actor}")
    for action, row in MATRIX.items()
    for actor, expected in zip(ACTORS, row, strict=True)
]


@pytest.mark.parametrize(("action", "actor", "expected"), CASES)
def test_permission_matrix(user_named, reviewer, action, actor, expected):
    got, changed = action(user_named(actor), reviewer)
    assert got == expected
    assert changed is (expected == "ok")  # refused actions change nothing


def test_an_expired_session_sends_htmx_to_the_login_page_and_back(document):
    response = page_client().post(
        f"/documents/{document.pk}/claims/new/",
        matrix_post(document, "Turkey will"),
        **HTMX,
        HTTP_HX_CURRENT_URL=f"http://testserver/documents/{document.pk}/",
    )
    assert response.status_code == 401
    assert response["HX-Redirect"] == f"/login/?next=/documents/{document.pk}/"
    assert not Claim.objects.exists()
