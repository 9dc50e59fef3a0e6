"""The reader with many claims: filters that narrow highlights and cards alike, a live poll that
redraws only the pieces whose claims changed, the Export dialog's download, cards asked for."""

import pytest
from django.urls import reverse

from annotations.models import Claim, ClaimStatus
from annotations.pages.reader import CLAIMS_PER_PAGE

from .factories import ClaimFactory, DocumentFactory, SourceFactory
from .helpers import HTMX, page_client

pytestmark = pytest.mark.django_db


def spans(page: str) -> set[int]:
    """The ids of the claims whose highlights the page draws."""
    listed = page.split('data-spans="')[1].split('"')[0]
    return {int(item.split(":")[0]) for item in listed.split()}


def cards(page: str) -> set[int]:
    return {int(chunk.split('"')[0]) for chunk in page.split('id="card-')[1:]}


def poll_url(page: str) -> str:
    poll = page[page.index('id="live-poll"') :]
    start = poll.index('hx-get="') + len('hx-get="')
    return poll[start : poll.index('"', start)].replace("&amp;", "&")


def test_filters_narrow_the_highlights_and_the_cards(reviewer, other_reviewer, moderator, document):
    bloomberg = SourceFactory(name="Bloomberg")
    mine = ClaimFactory(document=document, author=reviewer, length=6, credibility=2)
    cited = ClaimFactory(
        document=document, author=other_reviewer, start=10, length=6, chain=[document.publisher, bloomberg]
    )
    approved = ClaimFactory(
        document=document, author=reviewer, start=20, length=6, status=ClaimStatus.APPROVED
    )
    client = page_client(moderator)
    url = document.get_absolute_url()
    cases = [
        ({"status": "approved"}, {approved.pk}),
        ({"reviewer": "omar"}, {cited.pk}),
        ({"source": bloomberg.pk}, {cited.pk}),
        ({"credibility": 2}, {mine.pk}),
        ({"status": "nonsense"}, {mine.pk, cited.pk, approved.pk}),  # an unknown value filters nothing
    ]
    for params, expected in cases:
        page = client.get(url, {"others": "1", **params}).content.decode()
        assert spans(page) == expected, params
        assert cards(page) == expected, params


def test_the_poll_redraws_only_what_changed(reviewer, document):
    text = " ".join(f"Sentence {n} says something." for n in range(80))
    document = DocumentFactory(text=text)
    claims = [ClaimFactory(document=document, author=reviewer, start=n * 20, length=8) for n in range(30)]
    client = page_client(reviewer)
    url = poll_url(client.get(document.get_absolute_url()).content.decode())

    # A note changed on a claim whose card is shown: the cards, not the text.
    Claim.objects.filter(pk=claims[0].pk).update(note="new note", version=2)
    body = client.get(url, **HTMX).content.decode()
    assert 'id="claim-list"' in body and "new note" in body
    assert 'id="doc-text"' not in body

    # A claim beyond the page of cards moved: the text, not the cards.
    url = poll_url(body)
    beyond = claims[CLAIMS_PER_PAGE + 2]
    Claim.objects.filter(pk=beyond.pk).update(start=beyond.start + 1, version=2)
    body = client.get(url, **HTMX).content.decode()
    assert 'id="doc-text"' in body and f"{beyond.pk}:{beyond.start + 1}:" in body
    assert 'id="claim-list"' not in body
    assert client.get(poll_url(body), **HTMX).status_code == 204


def test_a_claim_beyond_the_first_page_of_cards_is_fetched_with_its_page(reviewer, document):
    text = " ".join(f"Sentence {n} says something." for n in range(80))
    document = DocumentFactory(text=text)
    claims = [ClaimFactory(document=document, author=reviewer, start=n * 20, length=8) for n in range(30)]
    client = page_client(reviewer)
    far = claims[-1]
    first = client.get(document.get_absolute_url()).content.decode()
    assert far.pk not in cards(first) and far.pk in spans(first)
    fragment = client.get(
        document.get_absolute_url(), {"focus": far.pk}, HTTP_HX_TARGET="claim-list", **HTMX
    ).content.decode()
    assert "<html" not in fragment and far.pk in cards(fragment)
    # The live poll follows the page shown, so a later change does not jump the list back.
    assert "page=2" in poll_url(fragment)
    Claim.objects.filter(pk=far.pk).update(note="changed", version=2)
    update = client.get(poll_url(fragment), **HTMX).content.decode()
    assert far.pk in cards(update)


def test_the_export_dialog_downloads_with_the_session(reviewer, document):
    ClaimFactory(document=document, author=reviewer, length=6, status=ClaimStatus.APPROVED)
    ClaimFactory(document=document, author=reviewer, start=10, length=6)  # a draft
    client = page_client(reviewer)
    page = client.get(document.get_absolute_url()).content.decode()
    form = page[page.index('class="export-form"') - 200 :]
    action = form.split('action="')[1].split('"')[0]
    assert action == reverse("annotations:export-download")
    # What the dialog sends untouched: its empty fields too, which are left out on the way.
    query = {"document": document.pk, "format": "csv", "reviewer": "", "anonymous": ""}
    response = client.get(action, query, follow=True)
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert response.status_code == 200, body
    assert len(body.strip().splitlines()) == 2  # the header and the approved claim
    response = client.get(action, {**query, "status": ["approved", "draft"]}, follow=True)
    body = b"".join(response.streaming_content).decode()
    assert len(body.strip().splitlines()) == 3
