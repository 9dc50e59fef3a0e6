"""Who may do what, asked of every surface: reader pages, API and admin.

Each action runs as every actor against fresh objects; the expected outcome is
"ok" (done), "denied" (refused, nothing changed), "login" (sent to log in) or "hidden"
(answered as if the thing did not exist: 404, or a list without it). The claim under test is
a draft by the author unless the action says otherwise; documents and the author, the other
reviewer and the moderator are in the "Default" project; the stranger is a reviewer in no
project, and the superuser is in none either (superusers read everything but take no turns).
"""

import pytest
from django.contrib.auth import get_user_model

from annotations import services
from annotations.models import (
    Assignment,
    Claim,
    ClaimStatus,
    Document,
    IntakeJob,
    ItemStatus,
    JobStatus,
    Project,
    Source,
)

from .factories import PASSWORD, ClaimFactory, DocumentFactory, SourceFactory, UserFactory
from .helpers import HTMX, api, claim_body, claim_post, export, page_client

pytestmark = pytest.mark.django_db
ACTORS = ["anonymous", "author", "other_reviewer", "moderator", "superuser", "stranger"]


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)


@pytest.fixture
def stranger(db):
    return UserFactory(username="stella", projects=[])


def outcome(response, *, login_prefix="/login/") -> str:
    if response.status_code in (301, 302) and response["Location"].startswith(login_prefix):
        return "login"
    if response.status_code == 401 and response.get("HX-Redirect", "").startswith(login_prefix):
        return "login"  # an htmx request: the browser is sent to the login page
    if response.status_code in (401, 403):
        return "denied"
    if response.status_code == 404:
        return "hidden"
    assert response.status_code < 400, (response.status_code, response.content[:300])
    return "ok"


def read(response, saw: bool, **kwargs) -> tuple[str, bool]:
    """A read's outcome: an answer that holds nothing of what was asked for is "hidden"."""
    got = outcome(response, **kwargs)
    return ("hidden" if got == "ok" and not saw else got), saw


def matrix_post(document, words, **extra):
    """The claim form's data, with the note that tells an edit was saved."""
    return claim_post(document, words, credibility="3", note="matrix", **extra)


# --- the actions: each returns (outcome, whether the change happened) ---------------------


def page_read(user, reviewer):
    document = DocumentFactory()
    response = page_client(user).get(document.get_absolute_url())
    return read(response, document.title.encode() in response.content)


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
    return read(response, response.status_code == 200 and response.json()["count"] == 1)


def api_create(user, reviewer):
    document = DocumentFactory()
    body = claim_body(document, "Turkey will", credibility=3)
    response = api(user).post("/api/v1/claims/", body, format="json")
    if response.status_code == 400 and "in your projects" in response.json()["errors"]["document"][0]:
        return "hidden", Claim.objects.filter(document=document).exists()
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
    return read(response, response.status_code == 200 and body.count("\n") == 1)  # one line: approved


def admin_list(user, reviewer):
    ClaimFactory(author=reviewer, status=ClaimStatus.SUBMITTED)
    response = page_client(user).get("/admin/annotations/claim/")
    return outcome(response, login_prefix="/admin/login/"), response.status_code == 200


def admin_approve(user, reviewer):
    claim = ClaimFactory(author=reviewer, status=ClaimStatus.SUBMITTED)
    response = page_client(user).post(
        "/admin/annotations/claim/",
        # As the confirmation page sends it: the version the moderator reviewed.
        {
            "action": "decide_approve",
            "_selected_action": [claim.pk],
            "apply": "1",
            "reason": "",
            f"version-{claim.pk}": claim.version,
        },  # fmt: skip
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
    return read(response, response.status_code == 200 and response.json()["reviewers"] == ["rita"])


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


def page_project_create(user, reviewer):
    response = page_client(user).post(
        "/projects/new/", {"name": "Matrix", "reviews_needed": 2, "mode": "shared"}
    )
    return outcome(response), Project.objects.filter(name="Matrix").exists()


def page_project_progress(user, reviewer):
    DocumentFactory(title="On the grid")
    response = page_client(user).get(services.project_default().get_absolute_url())
    return read(response, b"On the grid" in response.content)


def page_next(user, reviewer):
    DocumentFactory()
    project = services.project_default()
    response = page_client(user).post(f"/projects/{project.pk}/next/")
    return outcome(response), Assignment.objects.filter(
        reviewer__username=getattr(user, "username", "")
    ).exists()


def api_next(user, reviewer):
    DocumentFactory()
    project = services.project_default()
    response = api(user).post(f"/api/v1/projects/{project.pk}/next/")
    return outcome(response), Assignment.objects.filter(
        reviewer__username=getattr(user, "username", "")
    ).exists()


def api_done(user, reviewer):
    document = DocumentFactory()
    project = services.project_default()
    response = api(user).post(f"/api/v1/projects/{project.pk}/documents/{document.pk}/done/")
    return outcome(response), Assignment.objects.filter(entry__document=document, status="done").exists()


INTAKE_TEXT = "The harbour reopens on Monday, the port authority said in a statement on Friday."


def page_add_article(user, reviewer):
    response = page_client(user).post(
        "/documents/add/paste/", {"title": "Harbour", "publisher": "Harbour Wire", "text": INTAKE_TEXT}
    )
    return outcome(response), Document.objects.filter(title="Harbour").exists()


def api_add_article(user, reviewer):
    body = {"title": "Harbour", "publisher": "Harbour Wire", "text": INTAKE_TEXT}
    response = api(user).post("/api/v1/documents/", body, format="json")
    return outcome(response), Document.objects.filter(title="Harbour").exists()


def page_intake_job_of_the_author(user, reviewer):
    job = services.job_for_files(
        actor=reviewer, files=[("a.txt", b"Title\n" + INTAKE_TEXT.encode(), "")], review=True
    )
    response = page_client(user).get(f"/imports/{job.pk}/")
    return outcome(response), b"Ready to check" in response.content


def api_intake_job_of_the_author(user, reviewer):
    job = services.job_for_files(
        actor=reviewer, files=[("a.txt", b"Title\n" + INTAKE_TEXT.encode(), "")], review=True
    )
    response = api(user).get(f"/api/v1/jobs/{job.pk}/")
    return outcome(response), response.status_code == 200 and response.json()["id"] == job.pk


def page_retry_intake_job_of_the_author(user, reviewer):
    files = [
        ("a.txt", b"Title\n" + INTAKE_TEXT.encode(), ""),
        ("b.txt", b"Other\n" + INTAKE_TEXT[::-1].encode(), ""),
    ]
    job = services.job_for_files(actor=reviewer, files=files, review=True)
    # As a worker killed before its second item leaves it, once a reader has given it up.
    job.items.filter(position=1).update(status=ItemStatus.PENDING, text="", title="")
    IntakeJob.objects.filter(pk=job.pk).update(status=JobStatus.FAILED, done=1, error="The worker stopped.")
    response = page_client(user).post(f"/imports/{job.pk}/retry/")
    return outcome(response), IntakeJob.objects.get(pk=job.pk).status != JobStatus.FAILED


MATRIX = {
    #                    anonymous  author    other     moderator superuser stranger
    page_read: ("login", "ok", "ok", "ok", "ok", "hidden"),
    page_create: ("login", "ok", "ok", "ok", "ok", "hidden"),
    page_edit: ("login", "ok", "denied", "ok", "ok", "hidden"),
    page_edit_approved: ("login", "denied", "denied", "ok", "ok", "hidden"),
    page_delete: ("login", "ok", "denied", "ok", "ok", "hidden"),
    page_submit: ("login", "ok", "denied", "ok", "ok", "hidden"),
    api_list: ("denied", "ok", "ok", "ok", "ok", "hidden"),
    api_create: ("denied", "ok", "ok", "ok", "ok", "hidden"),
    api_edit: ("denied", "ok", "denied", "ok", "ok", "hidden"),
    api_edit_approved: ("denied", "denied", "denied", "ok", "ok", "hidden"),
    api_delete: ("denied", "ok", "denied", "ok", "ok", "hidden"),
    api_grade_source: ("denied", "denied", "denied", "ok", "ok", "denied"),
    api_export: ("denied", "ok", "ok", "ok", "ok", "hidden"),
    admin_list: ("login", "login", "login", "ok", "ok", "login"),
    admin_approve: ("login", "login", "login", "ok", "ok", "login"),
    admin_merge_sources: ("login", "login", "login", "ok", "ok", "login"),
    page_agreement: ("login", "ok", "ok", "ok", "ok", "ok"),  # the page, with nothing of theirs to compare
    api_agreement: ("denied", "ok", "ok", "ok", "ok", "hidden"),
    page_adjudicate: ("login", "denied", "denied", "ok", "ok", "denied"),
    page_accept_gold: ("login", "denied", "denied", "ok", "ok", "denied"),
    page_activity_of_another: (
        "login",
        "ok",
        "denied",
        "ok",
        "ok",
        "denied",
    ),  # rita's own page for the author
    page_project_create: ("login", "denied", "denied", "ok", "ok", "denied"),
    page_project_progress: ("login", "ok", "ok", "ok", "ok", "hidden"),
    page_next: ("login", "ok", "ok", "ok", "denied", "hidden"),  # the superuser is no member
    api_next: ("denied", "ok", "ok", "ok", "denied", "hidden"),
    api_done: ("denied", "ok", "ok", "ok", "denied", "hidden"),
    page_add_article: ("login", "ok", "ok", "ok", "ok", "denied"),  # a reviewer in no project adds to none
    api_add_article: ("denied", "ok", "ok", "ok", "ok", "denied"),
    page_intake_job_of_the_author: ("login", "ok", "hidden", "ok", "ok", "hidden"),
    api_intake_job_of_the_author: ("denied", "ok", "hidden", "ok", "ok", "hidden"),
    page_retry_intake_job_of_the_author: ("login", "ok", "hidden", "ok", "ok", "hidden"),
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
