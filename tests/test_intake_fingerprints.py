"""Adding an article fingerprints its text once: the signature the near-duplicate check computed
is the one stored with the document, whichever way the article comes in."""

import io
from unittest import mock

from django.urls import reverse

from annotations.domain import near_duplicates
from annotations.models import Document, IntakeJob, ItemStatus

from .helpers import api, page_client

DOCUMENTS = "/api/v1/documents/"
TITLE = "Ferry to resume"
TEXT = (
    "The regional council said on Friday that the ferry service would resume in April.\n"
    "Operators told the Island Courier that two new vessels had been leased for the season.\n"
    "The crossing carried about 300,000 passengers last year."
)


def counting_fingerprints():
    """The real fingerprint, counted: every module calls it through `near_duplicates`."""
    return mock.patch.object(near_duplicates, "fingerprint", wraps=near_duplicates.fingerprint)


def text_file() -> io.BytesIO:
    handle = io.BytesIO(f"{TITLE}\n{TEXT}".encode())
    handle.name = "ferry.txt"
    return handle


def assert_stored_fingerprint_is_the_texts(document: Document) -> None:
    signature = near_duplicates.fingerprint(document.text)
    assert bytes(document.fingerprint) == signature
    assert set(document.bands.values_list("band", flat=True)) == set(near_duplicates.bands(signature))


def test_a_job_without_review_fingerprints_its_article_once(reviewer):
    with counting_fingerprints() as fingerprint:
        response = api(reviewer).post(DOCUMENTS, {"files": [text_file()], "publisher": "Courier"})
    assert response.status_code == 202, response.json()
    assert response.json()["items"][0]["status"] == ItemStatus.IMPORTED
    assert fingerprint.call_count == 1
    assert_stored_fingerprint_is_the_texts(Document.objects.get())


def test_saving_a_checked_item_fingerprints_it_once(reviewer):
    client = page_client(reviewer)
    response = client.post(reverse("annotations:add-files"), {"files": [text_file()], "publisher": "Courier"})
    job = IntakeJob.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))
    item = job.items.get()
    assert item.status == ItemStatus.READY
    fields = {f"item{item.pk}-title": TITLE, f"item{item.pk}-publisher": "Courier"}
    with counting_fingerprints() as fingerprint:
        client.post(reverse("annotations:intake-item-save", args=[item.pk]), fields)
    item.refresh_from_db()
    assert item.status == ItemStatus.IMPORTED
    assert fingerprint.call_count == 1
    assert_stored_fingerprint_is_the_texts(item.document)


def test_a_pasted_article_is_fingerprinted_once(reviewer):
    with counting_fingerprints() as fingerprint:
        response = api(reviewer).post(
            DOCUMENTS, {"text": TEXT, "title": TITLE, "publisher": "Courier"}, format="json"
        )
    assert response.status_code == 201, response.json()
    assert fingerprint.call_count == 1
    assert_stored_fingerprint_is_the_texts(Document.objects.get())


def test_the_once_computed_fingerprint_still_finds_the_near_duplicate(reviewer):
    api(reviewer).post(DOCUMENTS, {"text": TEXT, "title": TITLE, "publisher": "Courier"}, format="json")
    near = TEXT.replace("Friday", "Friday evening") + "\nSubscribe for more island news."
    handle = io.BytesIO(f"{TITLE}\n{near}".encode())
    handle.name = "copy.txt"
    with counting_fingerprints() as fingerprint:
        response = api(reviewer).post(DOCUMENTS, {"files": [handle], "publisher": "Courier", "force": "true"})
    item = response.json()["items"][0]
    assert item["status"] == ItemStatus.IMPORTED and Document.objects.count() == 2
    assert fingerprint.call_count == 1
    assert_stored_fingerprint_is_the_texts(Document.objects.get(pk=item["document"]))
