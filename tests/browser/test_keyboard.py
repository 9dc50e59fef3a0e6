"""A reviewer annotates with the keyboard alone, without caret browsing."""

import pytest
from django.core.management import call_command

from annotations.models import Claim, Document

from ..factories import ClaimFactory, UserFactory
from .conftest import highlight, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIRST_SENTENCE = (
    "Turkey will not abandon its Russian-made S-400 missile defense systems despite sustained "
    "pressure from the United States, the Bloomberg reports."
)


def test_sentences_by_j_and_k_a_to_annotate_digits_for_credibility(new_page):
    call_command("load_seeds", verbosity=0)
    UserFactory(username="reviewer")
    document = Document.objects.get()
    page = new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, "reviewer")
    page.goto(document.get_absolute_url())
    page.wait_for_selector("#doc-text")

    page.keyboard.press("?")
    assert page.get_by_role("dialog", name="Keyboard shortcuts").is_visible()
    page.keyboard.press("Escape")
    assert not page.get_by_role("dialog", name="Keyboard shortcuts").is_visible()

    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("k")  # back to the first sentence
    assert page.evaluate("window.getSelection().toString()") == FIRST_SENTENCE
    page.keyboard.press("Shift+ArrowRight")  # one word more
    longer = page.evaluate("window.getSelection().toString()")
    assert longer.startswith(FIRST_SENTENCE) and len(longer) > len(FIRST_SENTENCE)
    page.keyboard.press("Shift+ArrowLeft")
    page.keyboard.press("a")

    form = page.locator("#claim-form")
    form.wait_for()
    assert form.locator("#quote-preview").inner_text() == FIRST_SENTENCE
    # (a CSS ":focus" locator, not wait_for_function: a string predicate polled by the page is an
    # eval, which the page's Content-Security-Policy refuses whenever the wait has to poll)
    page.locator("#claim-form-title:focus").wait_for()
    assert page.evaluate("CSS.highlights.has('pending-claim')")  # the selection stays marked
    page.keyboard.press("4")
    assert form.get_by_label("4 — Doubtful").is_checked()
    page.keyboard.press("2")
    assert form.get_by_label("2 — Probably true").is_checked()
    form.get_by_role("button", name="Save claim").focus()
    page.keyboard.press("Enter")
    page.get_by_text("Claim saved.").wait_for()
    claim = Claim.objects.get()
    assert (claim.quote, claim.credibility) == (FIRST_SENTENCE, 2)
    page.locator(f'[data-o="{claim.start}"]:focus').wait_for()
    assert not page.evaluate("CSS.highlights.has('pending-claim')")
    assert errors == []


def test_a_live_update_keeps_the_keyboard_on_the_highlight_it_was_on(new_page, settings):
    # A poll sent before a save, or a colleague's claim, redraws the text: a keyboard user on a
    # highlight must not be dropped to the top of the page.
    settings.LIVE_POLL_SECONDS = 0.5
    call_command("load_seeds", verbosity=0)
    document = Document.objects.get()
    rita, omar = UserFactory(username="rita"), UserFactory(username="omar")
    ritas = ClaimFactory(document=document, author=rita, words=FIRST_SENTENCE)
    page = new_page()
    log_in(page, "rita")
    page.goto(document.get_absolute_url() + "?others=1")
    mark = highlight(page, ritas)
    mark.evaluate("element => { element.tabIndex = -1; element.focus(); }")
    page.locator(f'[data-o="{ritas.start}"]:focus').wait_for()

    omars = ClaimFactory(document=document, author=omar, start=ritas.end + 2, length=12)
    highlight(page, omars).wait_for()  # the poll has redrawn the text
    page.locator(f'[data-o="{ritas.start}"]:focus').wait_for(timeout=2000)
    assert mark.evaluate("element => element === document.activeElement")
