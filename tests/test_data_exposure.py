"""What each account can read, and what it cannot reach by guessing ids: drafts, other users'
objects, API tokens, articles of projects they are not in. One rule (`selectors.readable_by`)
answers on every surface."""

import json
import re

import pytest

from annotations import services
from annotations.models import Claim, ClaimStatus, ProjectMode, Source

from .factories import ClaimFactory, SourceFactory, UserFactory
from .helpers import EVERY_STATUS, api, api_token, claim_body, claim_post, export, page_client

pytestmark = pytest.mark.django_db
VIEWERS = ["anonymous", "author", "other_reviewer", "moderator", "outsider", "stranger"]
# Which of the author's claims each viewer reads, in a shared project and an independent one
# (where the other reviewer has not marked the article done). The stranger is a reviewer in
# no project with the article.
READS = {
    ProjectMode.SHARED: {
        "anonymous": set(),
        "author": {"draft", "approved"},
        "other_reviewer": {"draft", "approved"},
        "moderator": {"draft", "approved"},
        "outsider": {"approved"},
        "stranger": set(),
    },
    ProjectMode.INDEPENDENT: {
        "anonymous": set(),
        "author": {"draft", "approved"},
        "other_reviewer": set(),
        "moderator": {"draft", "approved"},
        "outsider": {"approved"},
        "stranger": set(),
    },
}


@pytest.fixture
def stranger(db):
    """A reviewer in no project."""
    return UserFactory(username="stella", projects=[])


def set_mode(mode: str) -> None:
    services.project_update(project=services.project_default(), actor=None, mode=mode)


@pytest.fixture
def authored(reviewer, document):
    """The author's draft and approved claim, both citing Bloomberg."""
    bloomberg = SourceFactory(name="Bloomberg")
    draft = ClaimFactory(document=document, author=reviewer, length=6, chain=[document.publisher, bloomberg])
    approved = ClaimFactory(
        document=document,
        author=reviewer,
        start=7,
        length=4,
        status=ClaimStatus.APPROVED,
        chain=[document.publisher, bloomberg],
    )
    return {"draft": draft.pk, "approved": approved.pk}


def ids_on_page(html: str) -> set[int]:
    return {int(pk) for pk in re.findall(r'id="card-(\d+)"', html)} | {
        int(pk) for pk in re.findall(r'href="/documents/\d+/#claim-(\d+)"', html)
    }


def named(authored: dict, ids) -> set[str]:
    return {name for name, pk in authored.items() if pk in set(ids)}


@pytest.mark.parametrize("mode", ProjectMode.values)
@pytest.mark.parametrize("name", VIEWERS)
def test_each_account_reads_the_same_claims_on_every_surface(user_named, authored, document, name, mode):
    set_mode(mode)
    user, expected = user_named(name), READS[mode][name]
    client = api(user)

    listed = client.get("/api/v1/claims/", {"page_size": 100})
    details = {key: client.get(f"/api/v1/claims/{pk}/").status_code for key, pk in authored.items()}
    exported, body = export(user, format="jsonl", status=EVERY_STATUS)
    reader = page_client(user).get(document.get_absolute_url(), {"others": "1"})
    source = page_client(user).get(Source.objects.get(name="Bloomberg").get_absolute_url())

    if name == "anonymous":
        assert listed.status_code == exported.status_code == 401
        assert set(details.values()) == {401}
        assert reader.status_code == source.status_code == 302  # to the login page
        return
    if name == "stranger":  # the article itself is closed to them, on the page and in the API
        assert reader.status_code == client.get(f"/api/v1/documents/{document.pk}/").status_code == 404
        assert client.get("/api/v1/documents/").json()["count"] == 0
    assert named(authored, [claim["id"] for claim in listed.json()["results"]]) == expected
    assert {key for key, status in details.items() if status == 200} == expected
    assert {status for key, status in details.items() if key not in expected} <= {404}
    assert named(authored, [json.loads(line)["id"] for line in body.splitlines()]) == expected
    assert named(authored, ids_on_page(reader.content.decode())) == expected
    assert named(authored, ids_on_page(source.content.decode())) == expected


@pytest.mark.parametrize("mode", ProjectMode.values)
def test_other_users_ids_are_refused_on_every_view_and_endpoint(reviewer, other_reviewer, document, mode):
    """The other reviewer tries the author's draft, and a source, on every address that takes an id."""
    set_mode(mode)
    share_drafts = mode == ProjectMode.SHARED
    draft = ClaimFactory(document=document, author=reviewer, length=6, note="mine")
    source = SourceFactory(name="Bloomberg")
    pages, client = page_client(other_reviewer), api(other_reviewer)
    hidden = 404 if not share_drafts else 403  # a claim you cannot read does not exist for you
    edit = claim_post(document, "Turkey", version=draft.version, note="theirs")
    attempts = {
        "page: open the editor": pages.get(f"/claims/{draft.pk}/edit/").status_code,
        "page: save an edit": pages.post(f"/claims/{draft.pk}/edit/", edit).status_code,
        "page: delete": pages.post(f"/claims/{draft.pk}/delete/", {"version": draft.version}).status_code,
        "page: submit": pages.post(f"/claims/{draft.pk}/submit/").status_code,
        "page: accept as gold": pages.post(f"/claims/{draft.pk}/accept-gold/").status_code,
        "page: adjudicate": pages.get(f"/documents/{document.pk}/adjudicate/").status_code,
        "api: patch": client.patch(
            f"/api/v1/claims/{draft.pk}/", {"note": "theirs", "version": 1}, format="json"
        ).status_code,
        "api: put": client.put(
            f"/api/v1/claims/{draft.pk}/", claim_body(document, "Turkey", version=1), format="json"
        ).status_code,
        "api: delete": client.delete(f"/api/v1/claims/{draft.pk}/?version={draft.version}").status_code,
        "api: grade a source": client.patch(
            f"/api/v1/sources/{source.pk}/", {"reliability_grade": "A"}, format="json"
        ).status_code,
    }
    expected = {name: 403 for name in attempts}
    # Pages and API alike: a claim you cannot read answers as an unknown id would.
    expected |= {name: hidden for name in attempts if name.startswith("api: ") and "source" not in name}
    expected |= {f"page: {name}": hidden for name in ("open the editor", "save an edit", "delete", "submit")}
    assert attempts == expected
    draft.refresh_from_db()
    source.refresh_from_db()
    assert (draft.note, draft.version, draft.status) == ("mine", 1, ClaimStatus.DRAFT)
    assert source.reliability_grade == "F" and not Claim.objects.filter(is_gold=True).exists()


def test_no_api_answer_or_page_carries_anyones_token_but_the_profile_its_own(
    reviewer, other_reviewer, moderator, authored, document
):
    tokens = {user.username: api_token(user) for user in (reviewer, other_reviewer, moderator)}
    client, pages = api(other_reviewer), page_client(other_reviewer)
    answers = [
        client.get(url)
        for url in (
            "/api/v1/documents/",
            f"/api/v1/documents/{document.pk}/",
            "/api/v1/sources/",
            "/api/v1/claims/",
            f"/api/v1/claims/{authored['approved']}/",
            "/api/v1/agreement/",
            "/api/v1/schema/",
            "/api/v1/export/schema/",
        )
    ]
    answers += [
        client.get("/api/v1/export/", {"format": fmt, "status": EVERY_STATUS})
        for fmt in ("json", "w3c", "csv")
    ]
    answers += [
        pages.get(url)
        for url in ("/", document.get_absolute_url() + "?others=1", "/sources/", "/agreement/", "/activity/")
    ]
    bodies = [b"".join(a.streaming_content) if a.streaming else a.content for a in answers]
    assert all(answer.status_code == 200 for answer in answers)
    for key in tokens.values():
        assert not any(key.encode() in body for body in bodies)
    profile = pages.get("/profile/").content.decode()
    assert tokens["omar"] in profile and tokens["rita"] not in profile and tokens["mona"] not in profile
