"""A reviewer accepts a suggested chain and picks a registry source with the keyboard."""

import pytest
from django.core.management import call_command

from annotations.models import Claim, Document, Source, SuggestionOutcome

from ..factories import DocumentFactory, UserFactory
from .conftest import log_in, select_words_with_mouse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WORDS = "Ankara is open to limited compromises regarding the advanced air defense systems' operation"


def test_a_reviewer_accepts_the_suggested_chain_then_finds_a_source_by_typing(new_page):
    call_command("load_seeds", verbosity=0)
    UserFactory(username="reviewer")
    document = Document.objects.get()
    page = new_page()
    log_in(page, "reviewer")
    page.goto(document.get_absolute_url())

    select_words_with_mouse(page, WORDS)
    form = page.locator("#claim-form")
    suggestion = form.locator("#chain-suggestion")
    suggestion.wait_for()
    assert "Iran Press TV > Bloomberg > officials familiar with the matter" in suggestion.inner_text()
    assert form.locator("#chain-hops > li.hop").count() == 1  # shown, not applied until accepted
    suggestion.get_by_role("button", name="Use this chain").click()
    form.locator("#chain-hops > li.hop").nth(2).wait_for()
    names = [
        row.get_by_label("Source", exact=True).input_value()
        for row in form.locator("#chain-hops > li.hop").all()
    ]
    assert names == ["Iran Press TV", "Bloomberg", "officials familiar with the matter"]
    assert form.locator("input[name=hops-TOTAL_FORMS]").input_value() == "3"
    form.get_by_label("3 — Possibly true").check()
    form.get_by_role("button", name="Save claim").click()
    page.get_by_text("Claim saved.").wait_for()
    claim = Claim.objects.get()
    assert claim.chain_display == "Iran Press TV > Bloomberg > officials familiar with the matter"
    assert Source.objects.get(name="officials familiar with the matter").kind == "unnamed"
    card = page.locator(f"#card-{claim.pk}")
    assert (
        "3 hops; origin: officials familiar with the matter (F), hearsay; weakest link F" in card.inner_text()
    )

    # A second claim: the chain builder finds Bloomberg in the registry while typing.
    select_words_with_mouse(page, "Turkey purchased four S-400 units from Russia")
    form.wait_for()
    form.get_by_role("button", name="+ Add hop").click()
    field = form.locator("#chain-hops > li.hop").last.get_by_label("Source", exact=True)
    field.press_sequentially("bloo", delay=30)
    option = form.locator("#chain-hops > li.hop").last.get_by_role("option", name="Bloomberg")
    option.wait_for()
    field.press("ArrowDown")
    assert option.get_attribute("aria-selected") == "true"
    field.press("Enter")
    assert field.input_value() == "Bloomberg"
    assert form.locator("#chain-hops > li.hop").last.locator(".source-suggestions [role=option]").count() == 0
    assert page.locator("#claim-form").count() == 1  # Enter chose the source; it did not submit


def test_a_chain_the_text_does_not_bear_out_is_shown_as_a_guess(new_page):
    # "The minister" is never named: the suggestion is offered, flagged; the Reuters sentence is not.
    UserFactory(username="reviewer")
    document = DocumentFactory(
        title="Talks",
        publisher="Daily Post",
        text="Reuters, citing two officials, reported that the talks had collapsed on Friday.\n"
        "The minister said the deal was off and that nobody would sign it.",
    )
    page = new_page()
    log_in(page, "reviewer")
    page.goto(document.get_absolute_url())
    form = page.locator("#claim-form")

    select_words_with_mouse(page, "the deal was off")
    suggestion = form.locator("#chain-suggestion")
    suggestion.wait_for()
    assert "Daily Post > minister" in suggestion.inner_text()
    assert suggestion.locator(".unsure").inner_text() == "a guess: check each hop"

    # Moving the open form to other words drops the suggestion read for the old ones: saving records
    # no outcome for a chain never suggested for these words.
    select_words_with_mouse(page, "nobody would sign it")
    form.locator("#chain-suggestion").wait_for(state="detached")
    assert form.locator("[name=quote]").input_value() == "nobody would sign it"
    assert form.locator("[name=suggested_chain]").input_value() == ""
    form.get_by_label("3 — Possibly true").check()
    form.get_by_role("button", name="Save claim").click()
    page.get_by_text("Claim saved.").wait_for()
    assert Claim.objects.get().quote == "nobody would sign it"
    assert not SuggestionOutcome.objects.exists()

    select_words_with_mouse(page, "the talks had collapsed")
    form.locator("#chain-suggestion strong", has_text="Reuters").wait_for()
    assert "Daily Post > Reuters > two officials" in form.locator("#chain-suggestion").inner_text()
    assert form.locator("#chain-suggestion .unsure").count() == 0
