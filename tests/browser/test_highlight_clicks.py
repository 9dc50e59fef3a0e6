"""Clicking highlights on the reader, with other reviewers' colours in the legend: no script errors,
every claim under an overlapping highlight shown, cards not on the list's page fetched, and Enter
on a claim in the list brings its highlight into view."""

import pytest

from annotations.pages.reader import CLAIMS_PER_PAGE

from ..factories import ClaimFactory, DocumentFactory, ModeratorFactory, UserFactory
from .conftest import highlight, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_clicking_highlights_and_list_links_raises_no_script_error(new_page):
    # The legend's sample marks look like highlights but carry no claims: the click handler
    # once walked them too and stopped with a TypeError on every click.
    ModeratorFactory(username="mona")
    rita, omar = UserFactory(username="rita"), UserFactory(username="omar")
    document = DocumentFactory(title="S-400 article")
    first = ClaimFactory(document=document, author=rita, length=12)
    second = ClaimFactory(document=document, author=omar, start=4, length=12)  # overlapping, another colour
    page = new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, "mona")
    page.goto(document.get_absolute_url() + "?others=1")
    assert page.locator(".legend mark.claim").count() >= 1  # the legend is there
    page.locator(".legend mark.claim").first.click()
    highlight(page, second).click()  # covered by both claims
    for claim in (first, second):
        assert "is-active" in page.locator(f"#card-{claim.pk}").get_attribute("class")
    page.locator("[data-scroll-to]").first.click()
    page.wait_for_timeout(300)
    assert errors == []
    assert page.locator("mark.claim.is-active").count() >= 1


def test_enter_on_a_listed_claim_focuses_its_highlight_and_far_cards_are_fetched(new_page):
    reviewer = UserFactory(username="rita")
    text = " ".join(f"Sentence number {n} says a thing." for n in range(CLAIMS_PER_PAGE + 10))
    document = DocumentFactory(title="Long article", text=text)
    claims = [
        ClaimFactory(document=document, author=reviewer, start=text.index(f"number {n} "), length=9)
        for n in range(CLAIMS_PER_PAGE + 5)
    ]
    page = new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, "rita")
    page.goto(document.get_absolute_url())
    last = claims[-1]
    assert page.locator(f"#card-{last.pk}").count() == 0  # not on the first page of cards
    highlight(page, last).click()
    page.locator(f"#card-{last.pk}.is-active").wait_for()  # the page of cards holding it came

    link = page.locator(f"#card-{last.pk} [data-scroll-to]")
    link.focus()
    page.keyboard.press("Enter")
    page.locator(f'[data-o="{last.start}"]:focus').wait_for()  # (no polled eval: the page's CSP refuses it)
    assert errors == []
