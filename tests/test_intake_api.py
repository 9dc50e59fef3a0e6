"""POST /api/v1/documents/ and GET /api/v1/jobs/: adding articles from a script."""

import io

import pytest

from annotations.models import Document, IntakeJob, ItemStatus

from .helpers import api

DOCUMENTS = "/api/v1/documents/"
TEXT = (
    "The regional council said on Friday that the ferry service would resume in April.\n"
    "Operators told the Island Courier that two new vessels had been leased for the season.\n"
    "The crossing carried about 300,000 passengers last year."
)


@pytest.fixture
def private_allowed(settings):
    settings.FETCH_ALLOW_PRIVATE_NETWORKS = True


def post_article(user, **fields):
    body = {"text": TEXT, "title": "Ferry to resume", "publisher": "Island Courier", **fields}
    return api(user).post(DOCUMENTS, body, format="json")


def test_an_article_sent_as_json_is_stored_and_returned(reviewer):
    response = post_article(reviewer, published_on="2026-03-01", url="https://courier.example/ferry")
    assert response.status_code == 201, response.json()
    body = response.json()
    document = Document.objects.get()
    assert body["id"] == document.pk and body["text"] == TEXT == document.text
    assert body["publisher"]["name"] == "Island Courier" and body["published_on"] == "2026-03-01"
    assert body["found_url"] == "https://courier.example/ferry"
    # The same text again is the stored document, not a second one.
    again = post_article(reviewer, title="Another title")
    assert again.status_code == 200 and again.json()["id"] == document.pk and Document.objects.count() == 1


def test_a_near_duplicate_is_a_409_naming_the_stored_article_unless_forced(reviewer):
    post_article(reviewer)
    stored = Document.objects.get()
    near = TEXT.replace("Friday", "Friday evening") + "\nSubscribe for more island news."
    response = post_article(reviewer, text=near)
    assert response.status_code == 409
    assert response.json()["near_duplicate"]["id"] == stored.pk and Document.objects.count() == 1
    assert post_article(reviewer, text=near, force=True).status_code == 201


def test_addresses_are_fetched_by_a_job_with_progress_and_items(reviewer, private_allowed, intake_site):
    urls = [intake_site.url("/wire.html"), intake_site.url("/status/500"), intake_site.url("/newspaper.html")]
    response = api(reviewer).post(DOCUMENTS, {"urls": urls}, format="json")
    assert response.status_code == 202, response.json()
    body = response.json()
    assert response["Location"] == body["url"] and body["url"].endswith(f"/api/v1/jobs/{body['id']}/")
    job = api(reviewer).get(body["url"]).json()
    assert job["status"] == "done" and job["done"] == job["total"] == 3 and job["percent"] == 100
    statuses = [item["status"] for item in job["items"]]
    assert statuses == [ItemStatus.IMPORTED, ItemStatus.FAILED, ItemStatus.IMPORTED]
    assert "500" in job["items"][1]["reason"]
    stored = Document.objects.get(pk=job["items"][0]["document"])
    assert stored.found_url == urls[0] and stored.publisher.name == "Harbour Wire"
    assert api(reviewer).get("/api/v1/jobs/").json()["results"][0]["id"] == body["id"]


def test_one_url_and_near_duplicates_in_a_job(reviewer, private_allowed, intake_site):
    first = api(reviewer).post(DOCUMENTS, {"url": intake_site.url("/wire.html")}, format="json")
    assert first.status_code == 202
    second = (
        api(reviewer).post(DOCUMENTS, {"url": intake_site.url("/near-duplicate.html")}, format="json").json()
    )
    item = second["items"][0]
    assert item["status"] == ItemStatus.NEAR_DUPLICATE and item["similar_to"] == Document.objects.get().pk
    forced = (
        api(reviewer)
        .post(DOCUMENTS, {"url": intake_site.url("/near-duplicate.html"), "force": True}, format="json")
        .json()
    )
    assert forced["items"][0]["status"] == ItemStatus.IMPORTED and Document.objects.count() == 2


def test_files_are_read_by_a_job(reviewer, intake_site):
    handle = io.BytesIO((intake_site.data_dir / "seeds-layout.txt").read_bytes())
    handle.name = "seeds-layout.txt"
    response = api(reviewer).post(DOCUMENTS, {"files": [handle]}, format="multipart")
    assert response.status_code == 202, response.json()
    item = response.json()["items"][0]
    assert item["status"] == ItemStatus.IMPORTED
    assert Document.objects.get(pk=item["document"]).dateline


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": TEXT}, "title"),
        ({"text": TEXT, "title": "T"}, "publisher"),
        ({"text": "   ", "title": "T", "publisher": "P"}, "text"),
        ({"urls": "https://a.example/"}, "urls"),
        ({"urls": []}, "urls"),
        ({"urls": ["ftp://a.example/"]}, "urls"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"text": TEXT, "title": "T", "publisher": "P", "status": "approved"}, "status"),
        ({"text": TEXT, "title": "T", "publisher": "P", "published_on": "yesterday"}, "published_on"),
        ({"text": TEXT, "title": "T", "publisher": "P", "urls": ["https://a.example/"]}, "urls"),
        ({"text": TEXT, "title": "T", "publisher": "\x00"}, "publisher"),
        ({"url": "https://a.example/", "urls": ["https://b.example/"]}, "urls"),
        ({"urls": ["https://a.example/"], "publisher": "P" * 300}, "publisher"),
    ],
)
def test_bad_bodies_are_400s_naming_the_field_and_store_nothing(reviewer, body, field):
    response = api(reviewer).post(DOCUMENTS, body, format="json")
    assert response.status_code == 400, response.json()
    assert field in response.json()["errors"], response.json()
    assert not Document.objects.exists() and not IntakeJob.objects.exists()


def test_a_json_array_is_refused(reviewer):
    response = api(reviewer).post(DOCUMENTS, [1, 2], format="json")
    assert response.status_code == 400 and not Document.objects.exists()


def test_who_may_add_and_read_jobs(
    outsider, reviewer, other_reviewer, moderator, private_allowed, intake_site
):
    assert api().post(DOCUMENTS, {"url": intake_site.url("/wire.html")}, format="json").status_code == 401
    assert post_article(outsider).status_code == 403
    job = api(reviewer).post(DOCUMENTS, {"url": intake_site.url("/wire.html")}, format="json").json()
    assert api(other_reviewer).get(job["url"]).status_code == 404
    assert api(other_reviewer).get("/api/v1/jobs/").json()["results"] == []
    assert api(moderator).get(job["url"]).status_code == 200
    assert api(outsider).get(job["url"]).status_code == 404


def test_the_schema_documents_adding_articles_and_jobs(reviewer):
    schema = api(reviewer).get("/api/v1/schema/", HTTP_ACCEPT="application/json").json()
    create = schema["paths"]["/api/v1/documents/"]["post"]
    assert {"200", "201", "202", "409"} <= set(create["responses"])
    assert {"application/json", "multipart/form-data"} <= set(create["requestBody"]["content"])
    assert "/api/v1/jobs/{id}/" in schema["paths"]


def test_a_big_claim_import_runs_as_a_job_and_keeps_its_report(moderator, settings, document):
    from .factories import ClaimFactory
    from .helpers import export, import_body

    ClaimFactory(document=document, author=moderator, words="Turkey will not abandon its S-400 systems")
    _, body = export(moderator, format="jsonl", status="draft")
    assert body.strip()
    from annotations.models import Claim

    Claim.objects.all().delete()
    settings.IMPORT_BACKGROUND_BYTES = 10
    response = import_body(moderator, body, content_type="application/x-ndjson")
    assert response.status_code == 202, response.json()
    job = api(moderator).get(response["Location"]).json()
    assert job["kind"] == "claims" and job["status"] == "done"
    assert job["report"]["committed"] and job["report"]["counts"]["imported"] == 1
    assert Claim.objects.count() == 1
    # A dry run still answers at once.
    dry = import_body(moderator, body, content_type="application/x-ndjson", dry_run="true")
    assert dry.status_code == 200


def test_the_project_is_named_by_id_and_must_be_the_callers(reviewer):
    from annotations import services
    from annotations.models import Project

    other = Project.objects.create(name="Someone else's")
    assert post_article(reviewer, project=other.pk).status_code == 400
    assert post_article(reviewer, project="x").status_code == 400
    mine = services.project_default()
    response = post_article(reviewer, project=mine.pk)
    assert response.status_code == 201
    assert list(Document.objects.get().projects.all()) == [mine]


def test_an_export_with_documents_carries_where_they_were_found_and_a_restore_keeps_it(
    reviewer, moderator, private_allowed, intake_site
):
    import json

    from annotations.models import Claim

    from .factories import ClaimFactory
    from .helpers import export, import_body

    api(reviewer).post(DOCUMENTS, {"url": intake_site.url("/republished.html")}, format="json")
    document = Document.objects.get()
    words = document.text.split("\n")[1][:40]
    ClaimFactory(document=document, author=reviewer, words=words)
    _, body = export(moderator, format="json", with_documents="true", status="draft")
    carried = json.loads(body)["documents"][0]
    assert carried["found_site"] == "GlobalWatch.org" and carried["publisher"]["name"] == "Iran Press TV"
    assert carried["found_url"] == intake_site.url("/republished.html") and carried["retrieved_at"]
    Claim.objects.all().delete()
    Document.objects.all().delete()
    assert import_body(moderator, body).status_code == 200
    restored = Document.objects.get()
    assert restored.found_site == "GlobalWatch.org" and restored.retrieved_at == document.retrieved_at
