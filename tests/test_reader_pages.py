"""The pages a reviewer uses: document list, reader, and the claim editor (htmx)."""

import pytest
from django.urls import reverse

from annotations.models import Claim, ClaimStatus
from annotations.pages.reader import CLAIMS_PER_PAGE

from .factories import ClaimFactory, DocumentFactory, SourceFactory
from .helpers import HTMX, claim_post, page_client

pytestmark = pytest.mark.django_db


# --- document list ---------------------------------------------------------------------


def test_document_list_shows_counts_and_searches(reviewer, other_reviewer):
    s400 = DocumentFactory(title="Turkey keeps S-400")
    DocumentFactory(title="Eurofighter deal")
    ClaimFactory(document=s400, author=reviewer)
    ClaimFactory(document=s400, author=other_reviewer)
    client = page_client(reviewer)
    page = client.get(reverse("annotations:document-list")).content.decode()
    assert "Turkey keeps S-400" in page and "Eurofighter deal" in page
    row = page[page.index("Turkey keeps S-400") :]
    assert '<td class="num">2</td>' in row[:400] and '<td class="num">1</td>' in row[:400]
    found = client.get(reverse("annotations:document-list"), {"q": "eurofighter"}, **HTMX).content.decode()
    assert "Eurofighter deal" in found and "Turkey keeps" not in found
    assert "<html" not in found  # htmx gets the table fragment only
    none = client.get(reverse("annotations:document-list"), {"q": "zeppelin"}).content.decode()
    assert "No document matches “zeppelin”" in none


def test_document_list_paginates(reviewer):
    DocumentFactory.create_batch(25)
    client = page_client(reviewer)
    first = client.get(reverse("annotations:document-list")).content.decode()
    assert "Page 1 of 2" in first
    second = client.get(reverse("annotations:document-list"), {"page": 2}).content.decode()
    assert second.count("<tr>") == 1 + 5


def test_empty_document_list_says_how_to_add_articles(reviewer):
    client = page_client(reviewer)
    page = client.get(reverse("annotations:document-list")).content.decode()
    assert "No documents yet" in page and reverse("annotations:add-articles") in page


# --- permissions matrix ----------------------------------------------------------------


def test_anonymous_users_are_sent_to_log_in(client, document):
    claim = ClaimFactory(document=document)
    for url, method in [
        (reverse("annotations:document-list"), "get"),
        (document.get_absolute_url(), "get"),
        (reverse("annotations:claim-new", args=[document.pk]), "post"),
        (reverse("annotations:claim-edit", args=[claim.pk]), "post"),
        (reverse("annotations:claim-delete", args=[claim.pk]), "post"),
    ]:
        response = getattr(client, method)(url)
        assert response.status_code == 302 and response.url.startswith("/login/"), url
    assert Claim.objects.count() == 1


@pytest.mark.parametrize(
    ("actor", "can_edit"),
    [("reviewer", 200), ("other_reviewer", 403), ("moderator", 200), ("outsider", 404)],
)
def test_edit_and_delete_matrix(request, document, reviewer, actor, can_edit):
    # The outsider (no role) cannot read a draft: for them it does not exist (404, as an unknown id).
    expected, can_edit = can_edit, can_edit == 200
    claim = ClaimFactory(document=document, author=reviewer, length=6)
    client = page_client(request.getfixturevalue(actor))
    edit_url = reverse("annotations:claim-edit", args=[claim.pk])
    assert client.get(edit_url, **HTMX).status_code == expected
    response = client.post(edit_url, claim_post(document, "Turkey will", version=1), **HTMX)
    assert response.status_code == expected
    claim.refresh_from_db()
    assert claim.quote == ("Turkey will" if can_edit else "Turkey")
    delete_url = reverse("annotations:claim-delete", args=[claim.pk])
    response = client.post(delete_url, {"version": claim.version}, **HTMX)
    assert response.status_code == expected
    assert Claim.objects.filter(pk=claim.pk).exists() is not can_edit


@pytest.mark.parametrize(("actor", "status"), [("reviewer", 200), ("moderator", 200), ("outsider", 403)])
def test_create_matrix(request, document, actor, status):
    client = page_client(request.getfixturevalue(actor))
    response = client.post(
        reverse("annotations:claim-new", args=[document.pk]), claim_post(document, "Turkey will"), **HTMX
    )
    assert response.status_code == status
    assert Claim.objects.count() == (1 if status == 200 else 0)


def test_others_claims_are_hidden_until_asked_for(document, reviewer, other_reviewer):
    mine = ClaimFactory(document=document, author=reviewer, note="mine")
    theirs = ClaimFactory(document=document, author=other_reviewer, start=20, length=5)
    client = page_client(reviewer)
    page = client.get(document.get_absolute_url()).content.decode()
    assert f'id="card-{mine.pk}"' in page and f'id="card-{theirs.pk}"' not in page
    assert "Show others' claims (1 reviewer)" in page
    page = client.get(document.get_absolute_url(), {"others": "1"}).content.decode()
    assert f'id="card-{theirs.pk}"' in page
    # Another reviewer's claim has no edit button for me.
    card = page[page.index(f'id="card-{theirs.pk}"') :]
    assert "Edit</button>" not in card[: card.index("</li>")]


# --- the claim editor -------------------------------------------------------------------


def test_selecting_words_opens_a_form_with_quote_and_publisher(document, reviewer):
    client = page_client(reviewer)
    start = document.text.index("Ankara")
    response = client.get(
        reverse("annotations:claim-new", args=[document.pk]), {"start": start, "end": start + 6}, **HTMX
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert '<blockquote class="quote-preview" id="quote-preview">Ankara</blockquote>' in page
    assert 'value="Press TV"' in page


@pytest.mark.parametrize("params", [{"start": "x", "end": "3"}, {"start": 5, "end": 999_999}, {}])
def test_a_bad_selection_gets_a_clear_error(document, reviewer, params):
    client = page_client(reviewer)
    response = client.get(reverse("annotations:claim-new", args=[document.pk]), params, **HTMX)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_saving_returns_the_new_highlight_and_list_without_a_page_reload(document, reviewer):
    client = page_client(reviewer)
    SourceFactory(name="Bloomberg")
    data = claim_post(
        document,
        "Ankara is open to compromises",
        hops=[
            ("Press TV", "", "published"),
            ("Bloomberg", "", "citing"),
            ("officials familiar with the matter", "unnamed", "citing"),
        ],
    )
    response = client.post(reverse("annotations:claim-new", args=[document.pk]), data, **HTMX)
    page = response.content.decode()
    claim = Claim.objects.get()
    assert response.status_code == 200
    assert "Claim saved." in page
    text = page[page.index('<div id="doc-text"') :]
    assert 'hx-swap-oob="true"' in text[: text.index(">")]
    assert f'data-spans="{claim.pk}:{claim.start}:{claim.end}"' in text
    assert f'data-o="{claim.start}">Ankara is open to compromises</mark>' in text
    assert "Press TV &gt; Bloomberg &gt; officials familiar with the matter" in page
    assert "2 — Probably true" in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"quote": "Something else entirely"}, "does not match"),
        ({"hops-TOTAL_FORMS": 0}, "at least one hop"),
        ({"hops-0-source_name": "Unheard Of Agency"}, "choose its kind to add it"),
        ({"credibility": "8"}, "Select a valid choice"),
        ({"credibility": ""}, "Choose how far you trust this claim"),
    ],
)
def test_invalid_claims_come_back_as_form_errors(document, reviewer, changes, message):
    client = page_client(reviewer)
    data = claim_post(document, "Turkey will") | changes
    response = client.post(reverse("annotations:claim-new", args=[document.pk]), data, **HTMX)
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not Claim.objects.exists()


def test_a_stale_edit_gets_a_conflict_showing_what_is_stored(document, reviewer, moderator):
    claim = ClaimFactory(document=document, author=reviewer, length=6, note="original")
    client = page_client(moderator)
    client.post(
        reverse("annotations:claim-edit", args=[claim.pk]),
        claim_post(document, "Turkey will", version=1, note="moderator's"),
        **HTMX,
    )
    client = page_client(reviewer)
    response = client.post(
        reverse("annotations:claim-edit", args=[claim.pk]),
        claim_post(document, "Turkey will not", version=1, note="mine"),
        **HTMX,
    )
    page = response.content.decode()
    assert response.status_code == 409
    assert "changed after you opened it" in page and "moderator&#x27;s" in page
    assert "Changed since you opened it" in page and '<th scope="row">note</th>' in page
    claim.refresh_from_db()
    assert (claim.note, claim.version) == ("moderator's", 2)


def test_without_htmx_a_save_redirects_back_to_the_reader(document, reviewer):
    client = page_client(reviewer)
    response = client.post(
        reverse("annotations:claim-new", args=[document.pk]), claim_post(document, "Turkey")
    )
    assert response.status_code == 302 and response.url == document.get_absolute_url()


# --- rendering ------------------------------------------------------------------------------


def test_overlapping_claims_render_as_nested_segments(document, reviewer):
    words = "Turkey will not abandon"
    outer = ClaimFactory(document=document, author=reviewer, start=0, length=len(words))
    inner = ClaimFactory(document=document, author=reviewer, start=7, length=4)  # "will"
    client = page_client(reviewer)
    page = client.get(document.get_absolute_url()).content.decode()
    assert f'data-spans="{outer.pk}:0:{len(words)} {inner.pk}:7:11"' in page
    assert '<mark class="claim c0 st-draft" data-o="0">Turkey </mark>' in page
    assert '<mark class="claim c0 st-draft overlap" data-o="7">will</mark>' in page
    assert '<mark class="claim c0 st-draft" data-o="11"> not abandon</mark>' in page


def test_text_is_rendered_as_text_not_markup(reviewer):
    document = DocumentFactory(text="<script>alert(1)</script> said the minister.")
    ClaimFactory(document=document, author=reviewer, length=8, note="<b>bold</b>")
    client = page_client(reviewer)
    page = client.get(document.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;bold&lt;/b&gt;" in page


def test_reader_page_runs_a_constant_number_of_queries(
    reviewer, other_reviewer, django_assert_max_num_queries
):
    text = " ".join(f"Sentence {n} says something." for n in range(600))
    document = DocumentFactory(text=text)
    chain = [document.publisher, SourceFactory(name="Bloomberg"), SourceFactory(name="officials")]
    for n in range(500):
        author = reviewer if n % 2 else other_reviewer
        ClaimFactory(document=document, author=author, start=n * 5, length=12, chain=chain)
    client = page_client(reviewer)
    with django_assert_max_num_queries(10):
        page = client.get(document.get_absolute_url(), {"others": "1"})
    html = page.content.decode()
    assert html.count('class="claim-card') == CLAIMS_PER_PAGE  # the first page of cards
    spans = html.split('data-spans="')[1].split('"')[0].split()
    assert len(spans) == 500  # every claim's highlight
    with django_assert_max_num_queries(10):
        last = client.get(document.get_absolute_url(), {"others": "1", "page": "20"}).content.decode()
    assert last.count('class="claim-card') == 500 - 19 * CLAIMS_PER_PAGE


def test_the_author_opening_their_approved_claim_is_told_it_is_locked(reviewer, document):
    claim = ClaimFactory(document=document, author=reviewer, length=6, status=ClaimStatus.APPROVED)
    client = page_client(reviewer)
    response = client.get(reverse("annotations:claim-edit", args=[claim.pk]), **HTMX)
    assert response.status_code == 403
    assert "This claim is approved: it is locked" in response.content.decode()


def test_the_submit_button_shows_for_whoever_the_workflow_lets_submit(reviewer, moderator, document):
    ClaimFactory(document=document, author=reviewer, length=6)  # a draft
    for user, shown in ((reviewer, True), (moderator, True)):
        client = page_client(user)
        page = client.get(document.get_absolute_url() + "?others=1").content.decode()
        assert ("Submit for review" in page) is shown


@pytest.mark.parametrize("url", ["suggested-claims", "suggested-hops"])
def test_an_account_that_cannot_annotate_gets_no_suggestions(outsider, document, url):
    pages = page_client(outsider)
    response = pages.get(reverse(f"annotations:{url}", args=[document.pk]), {"start": 0, "end": 6}, **HTMX)
    assert response.status_code == 403
    assert "Only reviewers and moderators ask for suggestions." in response.content.decode()
