"""Clicking highlights on the reader, with other reviewers' colours in the legend: no script errors."""

import pytest

from ..factories import ClaimFactory, DocumentFactory, ModeratorFactory, UserFactory
from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_clicking_highlights_and_list_links_raises_no_script_error(new_page):
    # The legend's sample marks look like highlights but carry no claims: the click handler
    # once walked them too and stopped with a TypeError on every click.
    ModeratorFactory(username="mona")
    rita, omar = UserFactory(username="rita"), UserFactory(username="omar")
    document = DocumentFactory(title="S-400 article")
    ClaimFactory(document=document, author=rita, length=12)
    ClaimFactory(document=document, author=omar, start=4, length=12)  # overlapping, another colour
    page = new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, "mona")
    page.goto(document.get_absolute_url() + "?others=1")
    assert page.locator("mark.claim:not([data-claims])").count() >= 1  # the legend is there
    page.locator("mark.claim[data-claims]").first.click()
    page.locator("[data-scroll-to]").first.click()
    page.wait_for_timeout(300)
    assert errors == []
    assert page.locator("mark.claim.is-active").count() >= 1  # both overlapping highlights marked
