"""The work queue: Next article spreads work fairly and holds it; Mark done counts it once;
members removed lose access at once; what a project refuses, it says why."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from annotations import services
from annotations.models import Assignment, Claim, ProjectMode

from .factories import ClaimFactory, DocumentFactory, ModeratorFactory, UserFactory
from .helpers import api, page_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(db):
    """A moderator and three reviewers in none but the project they are given."""
    return {
        "mod": ModeratorFactory(username="mo", projects=[]),
        "ana": UserFactory(username="ana", projects=[]),
        "ben": UserFactory(username="ben", projects=[]),
        "cy": UserFactory(username="cy", projects=[]),
    }


def make_project(team, documents=3, reviews=2, mode=ProjectMode.SHARED, reviewers=("ana", "ben", "cy")):
    articles = [DocumentFactory(title=f"Queue article {n}", projects=[]) for n in range(documents)]
    project = services.project_create(
        actor=team["mod"],
        name="Friday batch",
        reviews_needed=reviews,
        mode=mode,
        documents=articles,
        reviewers=[team[name] for name in reviewers],
        moderators=[team["mod"]],
    )
    return project, articles


def take(project, user):
    assignment = services.queue_next(project=project, reviewer=user)
    return None if assignment is None else assignment.entry.document


def test_next_gives_fewest_reviews_done_first_then_oldest_and_never_the_same_article_twice(team):
    project, articles = make_project(team, documents=3, reviews=2)
    first = take(project, team["ana"])
    assert first == articles[0]  # none done anywhere: the oldest
    services.queue_done(project=project, document=first, reviewer=team["ana"])
    # Article 0 has a review done; 1 and 2 none: the older of those.
    assert take(project, team["ben"]) == articles[1]
    # 1 (held by ben) and 2 have none done; 1 is older and still has a free slot.
    assert take(project, team["cy"]) == articles[1]
    services.queue_done(project=project, document=articles[1], reviewer=team["ben"])
    # ana did 0; 2 has none done: 2, although 1 is older.
    assert take(project, team["ana"]) == articles[2]
    # ben did 1; 2 has none done and one free slot (ana holds the other).
    assert take(project, team["ben"]) == articles[2]
    # 1's last slot is cy's hold, 2's are ana's and ben's: nothing free for a newcomer but 0.
    dee = UserFactory(username="dee", projects=[project])
    assert take(project, dee) == articles[0]
    assert take(project, UserFactory(username="eve", projects=[project])) is None


def test_asking_again_gives_the_article_already_held_and_renews_its_hold(team):
    project, _ = make_project(team)
    held = services.queue_next(project=project, reviewer=team["ana"])
    Assignment.objects.filter(pk=held.pk).update(held_until=timezone.now() + timedelta(minutes=1))
    again = services.queue_next(project=project, reviewer=team["ana"])
    assert again.pk == held.pk and again.held_until > timezone.now() + timedelta(minutes=30)
    assert Assignment.objects.filter(reviewer=team["ana"]).count() == 1


def test_a_held_last_slot_is_not_given_to_another_until_the_hold_expires(team):
    project, (article,) = make_project(team, documents=1, reviews=1)
    assert take(project, team["ana"]) == article
    assert take(project, team["ben"]) is None  # held by ana
    Assignment.objects.filter(reviewer=team["ana"]).update(held_until=timezone.now() - timedelta(seconds=1))
    assert take(project, team["ben"]) == article  # ana's hold expired: the slot is free again
    services.queue_done(project=project, document=article, reviewer=team["ben"])
    with pytest.raises(ValidationError, match="your hold expired and another reviewer took the slot"):
        services.queue_done(project=project, document=article, reviewer=team["ana"])
    assert take(project, team["ana"]) is None  # her expired hold is let go; nothing is left


def test_done_counts_once_and_an_article_with_its_reviews_is_ready_and_leaves_the_queue(team):
    project, (article,) = make_project(team, documents=1, reviews=2)
    for name in ("ana", "ben"):
        assert take(project, team[name]) == article
        services.queue_done(project=project, document=article, reviewer=team[name])
    again = services.queue_done(project=project, document=article, reviewer=team["ben"])
    assert again.entry.reviews_done == 2
    assert take(project, team["cy"]) is None
    body = api(team["cy"]).post(f"/api/v1/projects/{project.pk}/next/")
    assert body.status_code == 204
    page = page_client(team["mod"]).get(project.get_absolute_url()).content.decode()
    assert "ready to adjudicate" in page and "2 of 2 reviews done" in page


def test_the_api_gives_the_document_with_its_text_and_marks_it_done(team):
    project, articles = make_project(team, documents=2, reviews=1)
    taken = api(team["ana"]).post(f"/api/v1/projects/{project.pk}/next/")
    assert taken.status_code == 200
    body = taken.json()
    assert body["document"]["id"] == articles[0].pk and body["document"]["text"] == articles[0].text
    done = api(team["ana"]).post(f"/api/v1/projects/{project.pk}/documents/{articles[0].pk}/done/")
    assert done.status_code == 200
    assert done.json() | {} == {
        "project": project.pk,
        "document": articles[0].pk,
        "status": "done",
        "reviews_done": 1,
        "reviews_needed": 1,
        "ready_to_adjudicate": True,
    }
    full = api(team["ben"]).post(f"/api/v1/projects/{project.pk}/documents/{articles[0].pk}/done/")
    assert full.status_code == 400 and "already has the 1 review" in full.json()["errors"]["document"][0]
    outside = DocumentFactory(title="Not in it")  # in the Default project, not this one
    elsewhere = api(team["mod"]).post(f"/api/v1/projects/{project.pk}/documents/{outside.pk}/done/")
    assert elsewhere.status_code == 400
    assert elsewhere.json()["errors"]["document"] == ["This article is not in the project."]


def test_a_removed_member_loses_access_at_once_keeps_their_claims_and_frees_their_hold(team):
    project, (article, *_) = make_project(team, documents=2, reviews=1)
    claim = ClaimFactory(document=article, author=team["ana"], length=6)
    assert take(project, team["ana"]) == article
    client = api(team["ana"])
    assert client.get(f"/api/v1/claims/{claim.pk}/").status_code == 200
    services.project_remove_member(project=project, actor=team["mod"], user=team["ana"])
    assert client.get(f"/api/v1/claims/{claim.pk}/").status_code == 404
    assert client.get(f"/api/v1/documents/{article.pk}/").status_code == 404
    assert page_client(team["ana"]).get(article.get_absolute_url()).status_code == 404
    assert client.post(f"/api/v1/projects/{project.pk}/next/").status_code == 404
    assert Claim.objects.get(pk=claim.pk).author == team["ana"]  # still hers
    assert take(project, team["ben"]) == article  # her hold went back to the queue
    other = api(team["ben"]).get(f"/api/v1/claims/{claim.pk}/").json()
    assert other["reviewer"] == "ana"


def test_independent_mode_hides_others_claims_until_the_reviewer_marks_done(team):
    project, (article,) = make_project(team, documents=1, reviews=2, mode=ProjectMode.INDEPENDENT)
    ana_claim = ClaimFactory(document=article, author=team["ana"], length=6)
    ben_claim = ClaimFactory(document=article, author=team["ben"], start=7, length=4)
    ids = lambda user: {c["id"] for c in api(user).get("/api/v1/claims/").json()["results"]}  # noqa: E731
    assert ids(team["ben"]) == {ben_claim.pk}
    services.queue_done(project=project, document=article, reviewer=team["ben"])
    assert ids(team["ben"]) == {ana_claim.pk, ben_claim.pk}
    assert ids(team["ana"]) == {ana_claim.pk}  # ana has not marked done
    reader = page_client(team["ana"]).get(article.get_absolute_url(), {"others": "1"}).content.decode()
    assert f'id="card-{ben_claim.pk}"' not in reader and f'id="card-{ana_claim.pk}"' in reader


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"due_on": "yesterday"}, "due_on", "is in the past"),
        ({"reviews_needed": 0}, "reviews_needed", "between 1 and 5"),
        ({"reviews_needed": 6}, "reviews_needed", "between 1 and 5"),
        ({"name": "  "}, "name", "Give the project a name"),
        ({"mode": "secret"}, "mode", "Choose a mode"),
    ],
)
def test_bad_project_settings_are_refused_with_a_message_and_nothing_saved(team, fields, field, message):
    if fields.get("due_on") == "yesterday":
        fields["due_on"] = timezone.localdate() - timedelta(days=1)
    arguments = {"name": "Bad", "reviews_needed": 2} | fields
    with pytest.raises(ValidationError) as error:
        services.project_create(actor=team["mod"], **arguments)
    assert message in " ".join(error.value.message_dict[field])
    assert not services.projects.Project.objects.filter(name="Bad").exists()


def test_the_form_shows_a_past_due_date_as_a_form_error(team):
    yesterday = timezone.localdate() - timedelta(days=1)
    response = page_client(team["mod"]).post(
        "/projects/new/", {"name": "Late", "reviews_needed": 2, "mode": "shared", "due_on": yesterday}
    )
    assert response.status_code == 400 and "is in the past" in response.content.decode()


def test_a_project_without_articles_or_reviewers_says_so(team):
    project = services.project_create(actor=team["mod"], name="Empty", reviews_needed=2)
    page = page_client(team["mod"]).get(project.get_absolute_url())
    assert page.status_code == 200
    text = page.content.decode()
    assert "This project has no articles yet" in text and "No reviewers yet" in text
    services.project_add_members(project=project, actor=team["mod"], users=[team["ana"]])
    nothing = page_client(team["ana"]).post(f"/projects/{project.pk}/next/", follow=True)
    assert "Nothing left for you in this project" in nothing.content.decode()


def test_only_members_take_from_the_queue_and_only_moderators_change_projects(team):
    project, _ = make_project(team, reviewers=("ana",))
    with pytest.raises(PermissionDenied, match="not a member"):
        services.queue_next(project=project, reviewer=team["ben"])
    with pytest.raises(PermissionDenied, match="Only moderators"):
        services.project_update(project=project, actor=team["ana"], reviews_needed=3)
    outsider = UserFactory(username="nobody", role="", projects=[])
    with pytest.raises(ValidationError, match="only reviewers and moderators join"):
        services.project_add_members(project=project, actor=team["mod"], users=[outsider])


def test_articles_are_added_by_search_or_ids_and_bad_ids_change_nothing(team):
    project = services.project_create(actor=team["mod"], name="Intake")
    DocumentFactory(title="S-400 talks", projects=[])
    other = DocumentFactory(title="Weather", projects=[])
    client = page_client(team["mod"])
    client.post(f"/projects/{project.pk}/documents/", {"q": "S-400 talks", "add": "1"})
    assert list(project.documents.values_list("title", flat=True)) == ["S-400 talks"]
    answer = client.post(
        f"/projects/{project.pk}/documents/", {"ids": f"{other.pk}, 999999", "add": "1"}, follow=True
    )
    assert "No article with id 999999" in answer.content.decode() and project.documents.count() == 1
    client.post(f"/projects/{project.pk}/documents/", {"ids": str(other.pk), "add": "1"})
    assert project.documents.count() == 2
    client.post(f"/projects/{project.pk}/documents/", {"ids": str(other.pk), "remove": "1"})
    assert project.documents.count() == 1


def test_guidelines_are_markdown_without_raw_html(team):
    project = services.project_create(
        actor=team["mod"],
        name="Rules",
        guidelines="## Mark\n\n* **every** claim\n\n<script>alert(1)</script> [x](javascript:alert(1))",
    )
    page = page_client(team["mod"]).get(project.get_absolute_url()).content.decode()
    assert "<h2>Mark</h2>" in page and "<strong>every</strong>" in page
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page and "javascript:" not in page


def test_progress_grid_and_csv_show_each_reviewers_state(team):
    project, articles = make_project(team, documents=2, reviews=2)
    take(project, team["ana"])
    services.queue_done(project=project, document=articles[0], reviewer=team["ana"])
    take(project, team["ben"])
    ClaimFactory(document=articles[1], author=team["cy"], length=6)
    csv_text = b"".join(
        page_client(team["mod"]).get(f"/projects/{project.pk}/progress.csv").streaming_content
    )
    rows = [line.split(",") for line in csv_text.decode().splitlines()]
    assert rows[0] == ["document_id", "title", "status", "reviews_done", "ana", "ben", "cy"]
    assert rows[1][2:] == ["needs 1 more", "1", "done", "not started", "not started"]
    assert rows[2][2:] == ["needs 2 more", "0", "not started", "in progress", "in progress"]


def test_my_work_lists_projects_holds_and_claims_sent_back_with_the_reason(team):
    project, (article, *_) = make_project(team, documents=2)
    take(project, team["ana"])
    ClaimFactory(
        document=article, author=team["ana"], length=6, status="rejected", moderator=team["mod"],
        reason="The chain skips Bloomberg.",
    )  # fmt: skip
    page = page_client(team["ana"]).get("/my-work/").content.decode()
    assert "Friday batch" in page and article.title in page
    assert "The chain skips Bloomberg." in page and "Rejected by mo" in page


def test_export_and_claims_api_take_a_project(team):
    project, (article, *_) = make_project(team, documents=1)
    inside = ClaimFactory(document=article, author=team["ana"], length=6)
    ClaimFactory(document=DocumentFactory(title="Elsewhere"), author=team["mod"], length=6)
    listed = api(team["mod"]).get("/api/v1/claims/", {"project": project.pk}).json()
    assert [claim["id"] for claim in listed["results"]] == [inside.pk]
    exported = api(team["mod"]).get(
        "/api/v1/export/", {"project": project.pk, "status": "draft", "format": "jsonl"}
    )
    assert b"".join(exported.streaming_content).decode().count("\n") == 1
    assert api(team["mod"]).get("/api/v1/claims/", {"project": "x"}).status_code == 400


def test_project_pages_run_a_fixed_number_of_queries(team, django_assert_max_num_queries):
    project, articles = make_project(team, documents=12, reviews=2)
    for name in ("ana", "ben"):
        for _ in range(3):
            document = take(project, team[name])
            services.queue_done(project=project, document=document, reviewer=team[name])
    client = page_client(team["mod"])
    client.get(project.get_absolute_url())  # warm the session
    with django_assert_max_num_queries(20):
        assert client.get(project.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get("/my-work/").status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get("/projects/").status_code == 200


def test_agreement_and_the_admin_lists_take_a_project(team):
    project, (article, *_) = make_project(team, documents=1)
    for name in ("ana", "ben"):
        ClaimFactory(document=article, author=team[name], length=6)
    outside = DocumentFactory(title="Elsewhere")  # in the Default project: mona and rita work there
    ClaimFactory(document=outside, author=UserFactory(username="rita"), length=6)
    ClaimFactory(document=outside, author=team["mod"], length=6)
    body = api(team["mod"]).get("/api/v1/agreement/", {"project": project.pk}).json()
    assert body["reviewers"] == ["ana", "ben"] and body["documents"] == 1
    everyone = api(team["mod"]).get("/api/v1/agreement/").json()
    assert set(everyone["reviewers"]) == {"ana", "ben", "mo", "rita"}
    refused = api(team["ana"]).get("/api/v1/agreement/", {"project": 999999})
    assert refused.status_code == 400 and "project" in refused.json()["errors"]
    admin = page_client(team["mod"])
    listed = admin.get("/admin/annotations/claim/", {"project": project.pk}).content.decode()
    assert "2 claims" in listed or "2 total" in listed
    documents = admin.get("/admin/annotations/document/", {"project": project.pk}).content.decode()
    assert article.title in documents and "Elsewhere" not in documents
