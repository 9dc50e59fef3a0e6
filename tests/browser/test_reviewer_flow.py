"""A reviewer annotates the seed article in a real browser, as the README describes."""

import pytest
from django.core.management import call_command

from annotations.models import Claim, Document

from ..factories import PASSWORD, UserFactory
from .conftest import highlight, log_in, select_words_with_mouse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORDS = (
    "Ankara is open to limited compromises regarding the advanced air defense systems' "
    "operation, but has ruled out their removal"
)


def add_hop(form, *, name: str, kind: str, cue: str) -> None:
    form.get_by_role("button", name="+ Add hop").click()
    row = form.locator("#chain-hops > li.hop").last
    row.get_by_label("Source", exact=True).fill(name)
    row.get_by_label("Kind, if new").select_option(label=kind)
    row.get_by_label("Cue", exact=True).select_option(label=cue)


def test_reviewer_highlights_a_claim_and_tags_its_chain(new_page):
    call_command("load_seeds", verbosity=0)
    UserFactory(username="reviewer")
    document = Document.objects.get()

    page = new_page()
    log_in(page, "reviewer")
    page.get_by_role("link", name="Turkey 'refuses to jettison'").click()
    page.wait_for_selector("#doc-text")

    select_words_with_mouse(page, WORDS)
    form = page.locator("#claim-form")
    form.wait_for()
    assert form.locator("#quote-preview").inner_text() == WORDS
    first_hop = form.locator("#chain-hops > li.hop").first
    assert first_hop.get_by_label("Source", exact=True).input_value() == "Iran Press TV"

    # Build the chain out of order, then fix it with the reorder buttons.
    add_hop(form, name="officials familiar with the matter", kind="Unnamed source", cue="citing")
    add_hop(form, name="Bloomberg", kind="News agency", cue="citing")
    form.locator("#chain-hops > li.hop").last.get_by_role("button", name="Move hop up").click()
    add_hop(form, name="Stray hop", kind="Other", cue="said")
    form.locator("#chain-hops > li.hop").last.get_by_role("button", name="Remove hop").click()

    form.get_by_label("2 — Probably true").check()
    form.get_by_label("Note").fill("Only Bloomberg's unnamed officials; no second source.")
    form.get_by_role("button", name="Save claim").click()
    page.get_by_text("Claim saved.").wait_for()

    claim = Claim.objects.get()
    assert claim.quote == WORDS
    assert document.text[claim.start : claim.end] == WORDS
    assert claim.chain_display == "Iran Press TV > Bloomberg > officials familiar with the matter"
    assert claim.credibility == 2

    mark = highlight(page, claim)
    assert mark.inner_text() == WORDS
    assert page.url.endswith(f"/documents/{document.pk}/"), "saved without leaving the page"
    page.locator("#doc-text mark.claim:focus").wait_for()  # (no polled eval: the page's CSP refuses it)
    assert page.evaluate("document.activeElement.textContent") == WORDS  # the focus is on the new highlight

    page.reload()
    mark = highlight(page, claim)
    assert mark.inner_text() == WORDS
    assert "st-draft" in mark.get_attribute("class")  # a draft, told by its underline
    mark.click()
    card = page.locator(f"#card-{claim.pk}")
    assert "is-active" in card.get_attribute("class")
    assert "Iran Press TV > Bloomberg > officials familiar with the matter" in card.inner_text()
    assert "Credibility 2 — Probably true" in card.inner_text()


def test_an_invalid_claim_shows_errors_and_keeps_the_typed_chain(new_page):
    call_command("load_seeds", verbosity=0)
    UserFactory(username="reviewer")
    page = new_page()
    log_in(page, "reviewer")
    page.goto(Document.objects.get().get_absolute_url())
    select_words_with_mouse(page, "Turkey purchased four S-400 units from Russia")
    form = page.locator("#claim-form")
    add_hop(form, name="Rosoboronexport", kind="— in registry —", cue="confirmed")
    form.get_by_role("button", name="Save claim").click()
    page.get_by_text("is not in the source registry; choose its kind to add it").wait_for()
    assert page.get_by_text("Choose how far you trust this claim").is_visible()
    assert (
        form.locator("#chain-hops > li.hop").last.get_by_label("Source", exact=True).input_value()
        == "Rosoboronexport"
    )
    assert not Claim.objects.exists()


def test_a_reviewer_whose_session_ended_is_taken_to_log_in_and_back(new_page):
    call_command("load_seeds", verbosity=0)
    UserFactory(username="reviewer")
    page = new_page()
    log_in(page, "reviewer")
    reader = Document.objects.get().get_absolute_url()
    page.goto(reader)
    page.context.clear_cookies()  # the session ends while the page is open
    select_words_with_mouse(page, "Turkey purchased four S-400 units from Russia")
    page.wait_for_url("**/login/**")
    assert page.locator("#claim-form").count() == 0
    page.get_by_label("Username").fill("reviewer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"**{reader}")
