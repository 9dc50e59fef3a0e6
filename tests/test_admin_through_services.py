"""The admin writes through the services, so it refuses what the pages and the API refuse."""

import pytest

from annotations import services
from annotations.models import Claim, ClaimStatus, Document, Source
from annotations.scales import SourceKind

from .factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db
SOURCE_ADD = "/admin/annotations/source/add/"
DOCUMENT_ADD = "/admin/annotations/document/add/"


def source_form(**fields):
    return {
        "name": "",
        "aliases": "[]",
        "kind": SourceKind.NEWS_AGENCY,
        "country": "",
        "url": "",
        "description": "",
        "reliability_grade": "F",
        "reliability_rationale": "",
        **fields,
    }


def test_a_source_added_in_the_admin_may_not_take_another_sources_alias(client, moderator):
    SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY, aliases=["Bloomberg News"])
    client.force_login(moderator)
    page = client.post(SOURCE_ADD, source_form(name="  bloomberg   NEWS "))
    assert page.status_code == 200
    assert "already in the registry, as another name of “Bloomberg”" in page.content.decode()
    assert Source.objects.count() == 1


def test_the_admin_cleans_names_and_aliases_and_records_who_graded(client, moderator):
    client.force_login(moderator)
    form = source_form(
        name=" Reuters\u200b ",
        aliases='[" Reuters ", "Thomson  Reuters", "thomson reuters", "\\u200b"]',
        reliability_grade="B",
        reliability_rationale=" Long record ",
    )
    assert client.post(SOURCE_ADD, form).status_code == 302
    source = Source.objects.get()
    assert (source.name, source.aliases) == ("Reuters", ["Thomson Reuters"])
    assert (source.graded_by, source.reliability_rationale) == (moderator, "Long record")
    page = client.post(f"/admin/annotations/source/{source.pk}/change/", source_form(name=" \u200b "))
    assert page.status_code == 200 and "at least one visible character" in page.content.decode()
    assert Source.objects.get().name == "Reuters"


def test_gold_is_not_ticked_in_the_admin(client, moderator, reviewer, document):
    draft = ClaimFactory(document=document, author=reviewer, length=6)
    client.force_login(moderator)
    page = client.get(f"/admin/annotations/claim/{draft.pk}/change/")
    assert 'name="is_gold"' not in page.content.decode()
    assert 'name="adjudicated_from"' not in page.content.decode()
    client.post(f"/admin/annotations/claim/{draft.pk}/change/", {"is_gold": "on"})
    draft.refresh_from_db()
    assert (draft.is_gold, draft.version) == (False, 1)


def test_moderators_read_the_decisions_on_a_claims_admin_page(client, moderator, reviewer, document):
    claim = ClaimFactory(document=document, author=reviewer, length=6)
    services.claim_transition(claim=claim, actor=reviewer, action="submit")
    services.claim_transition(claim=claim, actor=moderator, action="reject", reason="Which officials?")
    client.force_login(moderator)
    page = client.get(f"/admin/annotations/claim/{claim.pk}/change/").content.decode()
    assert "Which officials?" in page
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.REJECTED


def document_form(text, **fields):
    publisher = Source.objects.get_or_create(name="Press TV", defaults={"kind": SourceKind.OUTLET})[0]
    return {"title": "A title", "publisher": publisher.pk, "url": "", "published_on": "", "dateline": "",
            "text": text, **fields}  # fmt: skip


def test_adding_a_document_in_the_admin_stores_it_once_through_the_import_service(client, moderator):
    client.force_login(moderator)
    text = "Ankara, Nov 7 — Turkey is weighing a return of the S-400s.\n\nSecond paragraph.  "
    assert client.post(DOCUMENT_ADD, document_form(text)).status_code == 302
    document = Document.objects.get()
    assert document.text == text and document.content_hash == services.content_hash(text)
    again = client.post(DOCUMENT_ADD, document_form(text, title="Again"))
    assert again.status_code == 200 and "already stored, as “A title”" in again.content.decode()
    empty = client.post(DOCUMENT_ADD, document_form("   \n "))
    assert empty.status_code == 200 and "no body text" in empty.content.decode()
    assert Document.objects.count() == 1


def test_a_documents_text_cannot_be_changed_in_the_admin(client, moderator, document):
    client.force_login(moderator)
    url = f"/admin/annotations/document/{document.pk}/change/"
    assert 'name="text"' not in client.get(url).content.decode()
    form = {"title": "Renamed", "publisher": document.publisher.pk, "url": "", "published_on": "",
            "dateline": "", "text": "Replaced"}  # fmt: skip
    assert client.post(url, form).status_code == 302
    stored = Document.objects.get(pk=document.pk)
    assert (stored.title, stored.text) == ("Renamed", document.text)


@pytest.mark.parametrize("aliases", ["5", "true", "1e999", "NaN", '["\\ud800"]'])
def test_aliases_the_registry_cannot_take_are_a_form_error_not_a_crash(client, moderator, aliases):
    client.force_login(moderator)
    page = client.post(SOURCE_ADD, source_form(name="Reuters", aliases=aliases))
    assert page.status_code == 200 and "errorlist" in page.content.decode()
    assert not Source.objects.filter(name="Reuters").exists()


def test_a_typed_id_that_is_not_a_number_is_a_form_error(client, moderator):
    client.force_login(moderator)
    assert client.post(SOURCE_ADD, source_form(name="Reuters", parent="abc")).status_code in (200, 302)
    page = client.post(DOCUMENT_ADD, document_form("Some text.", publisher="abc"))
    assert page.status_code == 200 and "errorlist" in page.content.decode()


def test_a_source_added_at_grade_f_is_not_recorded_as_graded(client, moderator):
    client.force_login(moderator)
    assert client.post(SOURCE_ADD, source_form(name="Reuters")).status_code == 302
    source = Source.objects.get(name="Reuters")
    assert (source.reliability_grade, source.graded_by, source.graded_at) == ("F", None, None)


def test_claims_and_documents_are_not_deleted_in_the_admin(client, moderator, reviewer, document):
    claim = ClaimFactory(document=document, author=reviewer, length=6)
    client.force_login(moderator)
    assert client.post(f"/admin/annotations/claim/{claim.pk}/delete/", {"post": "yes"}).status_code == 403
    assert (
        client.post(f"/admin/annotations/document/{document.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    listing = client.get("/admin/annotations/claim/").content.decode()
    assert "delete_selected" not in listing
    assert Claim.objects.filter(pk=claim.pk).exists() and Document.objects.filter(pk=document.pk).exists()
