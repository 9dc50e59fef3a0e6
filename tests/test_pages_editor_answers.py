"""What the reader page's editor answers when something goes wrong, and what the page tells reader.js.

The editor's views raise; one decorator (`pages.errors.editor_errors`) answers with a message in
the editor. The fragments htmx swaps in are partials of the reader page itself.
"""

import re

import pytest
from django.db import OperationalError
from django.urls import reverse

from annotations import services
from annotations.pages import claims as claim_pages
from annotations.pages import errors

from .factories import ClaimFactory
from .helpers import HTMX

pytestmark = pytest.mark.django_db

EDITOR_ERROR = re.compile(r'^<div class="editor-message error" role="alert">(.*)</div>$')


def editor_error(response) -> str:
    """The text of the editor's error message that is the whole of `response`."""
    found = EDITOR_ERROR.match(response.content.decode().strip())
    assert found, response.content.decode()[:300]
    return found.group(1)


def test_unknown_claims_and_documents_are_answered_in_the_editor(client, reviewer):
    client.force_login(reviewer)
    response = client.get(reverse("annotations:claim-edit", args=[999_999]), **HTMX)
    assert response.status_code == 404 and editor_error(response) == "No such claim."
    response = client.get(
        reverse("annotations:suggested-hops", args=[999_999]), {"start": 0, "end": 3}, **HTMX
    )
    assert response.status_code == 404 and editor_error(response) == "No such document."
    response = client.post(reverse("annotations:claim-submit", args=[999_999]), **HTMX)
    assert response.status_code == 404 and editor_error(response) == "No such claim."


@pytest.mark.parametrize("name", ["claim-new", "suggested-hops"])
@pytest.mark.parametrize(
    ("span", "message"),
    [
        ({"start": "x", "end": "4"}, "The selection has no valid offsets."),
        ({"start": "4"}, "The selection has no valid offsets."),
        ({"start": "4", "end": "2"}, "The span is empty: start (4) must be before end (2)."),
        ({"start": "0", "end": "99999"}, "past the end of the document"),
    ],
)
def test_a_span_is_read_one_way_wherever_a_request_names_one(client, reviewer, document, name, span, message):
    client.force_login(reviewer)
    response = client.get(reverse(f"annotations:{name}", args=[document.pk]), span, **HTMX)
    assert response.status_code == 400 and message in editor_error(response)


def test_a_reader_without_a_role_is_refused_in_the_editor(client, outsider, document):
    client.force_login(outsider)
    response = client.get(
        reverse("annotations:claim-new", args=[document.pk]), {"start": 0, "end": 6}, **HTMX
    )
    assert response.status_code == 403
    assert editor_error(response) == "Only reviewers and moderators can add claims."


def test_a_database_that_does_not_answer_is_a_503_in_the_editor(client, reviewer, document, monkeypatch):
    claim = ClaimFactory(document=document, author=reviewer, length=6)
    client.force_login(reviewer)

    def no_answer(**kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(errors.selectors, "claim_with_chain", no_answer)
    response = client.get(reverse("annotations:claim-edit", args=[claim.pk]), **HTMX)
    assert response.status_code == 503 and editor_error(response) == services.DATABASE_UNAVAILABLE
    monkeypatch.undo()

    monkeypatch.setattr(claim_pages.services, "claim_transition", no_answer)
    response = client.post(reverse("annotations:claim-submit", args=[claim.pk]), **HTMX)
    assert response.status_code == 503 and editor_error(response) == services.DATABASE_FAILED


def test_a_fault_that_is_no_refusal_is_not_hidden_as_one(client, reviewer, document, monkeypatch):
    claim = ClaimFactory(document=document, author=reviewer, length=6)
    client.force_login(reviewer)

    def broken(**kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(claim_pages.services, "claim_transition", broken)
    with pytest.raises(RuntimeError, match="a bug"):  # the test client re-raises what reached Django
        client.post(reverse("annotations:claim-submit", args=[claim.pk]), **HTMX)


# --- what the page gives reader.js ---------------------------------------------------------------


def idle_template(page: str) -> str:
    found = re.search(r'<template id="editor-idle">(.*?)</template>', page, re.S)
    assert found, "no idle template"
    return found.group(1)


def test_the_page_gives_the_annotate_address_and_idle_words_only_to_those_who_annotate(
    client, reviewer, outsider, document
):
    client.force_login(reviewer)
    page = client.get(document.get_absolute_url()).content.decode()
    assert f'data-new-claim-url="{reverse("annotations:claim-new", args=[document.pk])}"' in page
    assert "Select words in the text to add a claim" in idle_template(page)
    assert "Annotate selection" in page

    client.force_login(outsider)
    page = client.get(document.get_absolute_url()).content.decode()
    assert "data-new-claim-url" not in page  # reader.js then starts no claim from a selection
    assert "data-source-suggest-url" in page
    assert idle_template(page).strip() == (
        '<p class="hint">You can read claims here; ask a moderator for the reviewer role to add your own.</p>'
    )
    assert "Annotate selection" not in page and "Suggest claims" not in page


def element(markup: str, element_id: str) -> str:
    """The element with that id, up to its first closing tag of the same name (no nesting here)."""
    found = re.search(rf'<(\w+) id="{element_id}"[^>]*>.*?</\1>', markup, re.S)
    assert found, f"no #{element_id}"
    return found.group(0).replace(' hx-swap-oob="true"', "")


def test_redrawn_claims_are_the_pages_own_markup(client, reviewer, document):
    ClaimFactory(document=document, author=reviewer, length=6)
    client.force_login(reviewer)
    page = client.get(document.get_absolute_url()).content.decode()
    live = client.get(reverse("annotations:document-live", args=[document.pk]), {"state": "old"}, **HTMX)
    update = live.content.decode()
    assert live.status_code == 200 and "<html" not in update
    for element_id in ("doc-text", "reader-toolbar"):
        assert element(update, element_id) == element(page, element_id)
    status = 'class="live-status" role="status" aria-live="polite" hx-swap-oob="true">Claims updated at'
    assert status in update
