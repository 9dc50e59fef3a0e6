"""A reviewer on a phone (390 x 844, touch) annotates the seed claim end to end."""

import pytest
from django.core.management import call_command

from annotations.models import Claim, Document

from ..factories import ClaimFactory, DocumentFactory, ModeratorFactory, UserFactory
from .conftest import log_in
from .test_reviewer_flow import WORDS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# What a long-press and the selection handles leave behind: a selection over WORDS. Touch
# screens fire no mouseup at its end, so the page must notice it by `selectionchange`.
SELECT_WORDS = """(words) => {
  const walker = document.createTreeWalker(document.getElementById('doc-text'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(words);
    if (at >= 0) { window.getSelection().setBaseAndExtent(node, at, node, at + words.length); return true; }
  }
  return false;
}"""


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def in_view(page, locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] < page.viewport_size["height"] and box["y"] + box["height"] > 0


def test_a_reviewer_on_a_phone_annotates_the_seed_claim(new_page):
    call_command("load_seeds", verbosity=0)
    UserFactory(username="reviewer")
    document = Document.objects.get()
    page = new_page(phone=True)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, "reviewer")

    # The header folds into a menu: nothing runs off the right edge.
    assert fits_the_screen(page)
    menu = page.get_by_role("button", name="Menu")
    assert not page.get_by_role("link", name="Activity").is_visible()
    menu.tap()
    assert page.get_by_role("link", name="Activity").is_visible()
    assert page.get_by_role("button", name="Log out").is_visible()
    menu.tap()

    page.get_by_role("link", name="Turkey 'refuses to jettison'").tap()
    page.wait_for_url(f"**{document.get_absolute_url()}")  # loaded: reader.js (deferred) is running
    assert fits_the_screen(page)

    assert page.evaluate(SELECT_WORDS, WORDS)
    annotate = page.locator("#annotate-floating")
    annotate.wait_for()
    annotate.tap()
    form = page.locator("#claim-form")
    form.wait_for()
    assert in_view(page, form.get_by_role("heading", name="New claim")), (
        "the form shows where the reviewer is"
    )
    assert form.locator("#quote-preview").inner_text() == WORDS

    for name, kind in (
        ("Bloomberg", "News agency"),
        ("officials familiar with the matter", "Unnamed source"),
    ):
        form.get_by_role("button", name="+ Add hop").tap()
        row = form.locator("#chain-hops > li.hop").last
        row.get_by_label("Source", exact=True).fill(name)
        row.get_by_label("Kind, if new").select_option(label=kind)
    form.get_by_label("2 — Probably true").tap()
    form.get_by_role("button", name="Save claim").tap()
    page.get_by_text("Claim saved.").wait_for()

    claim = Claim.objects.get()
    assert claim.quote == WORDS and document.text[claim.start : claim.end] == WORDS
    assert claim.chain_display == "Iran Press TV > Bloomberg > officials familiar with the matter"
    assert claim.credibility == 2
    assert page.locator(f'#doc-text mark.claim[data-o="{claim.start}"]').inner_text() == WORDS
    assert fits_the_screen(page)
    assert errors == []


def test_a_moderators_activity_page_fits_a_phone(new_page):
    # The tables of every reviewer's figures scroll in their own box, not the whole page sideways.
    ModeratorFactory(username="mona")
    document = DocumentFactory()
    for name in ("rita", "omar", "a-reviewer-with-a-long-name"):
        ClaimFactory(document=document, author=UserFactory(username=name), length=6)
    page = new_page(phone=True)
    log_in(page, "mona")
    page.goto("/activity/")
    page.locator("#activity-table").wait_for()
    # (a phone zooms a wide page out, so its inner width grows too: compared with the screen's 390 px)
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
