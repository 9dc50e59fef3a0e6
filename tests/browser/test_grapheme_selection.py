"""The reader widens a selection that splits a character to the whole character (issue 16)."""

import pytest

from ..factories import DocumentFactory, UserFactory
from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FLAG = "\U0001f1f9\U0001f1f7"  # two regional indicators, one flag
TEXT = f"Ankara said Turkey {FLAG} keeps the S-400. Cafe\u0301 owners agreed."


def select_utf16(page, words: str, start_in: int, end_in: int) -> None:
    """Select from UTF-16 unit `start_in` to `end_in` of `words` (as a DOM Range counts), then
    release the mouse there, as the reader expects after a selection."""
    page.evaluate(
        """([words, from, to]) => {
          const walker = document.createTreeWalker(document.getElementById('doc-text'), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(words);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at + from);
            range.setEnd(node, at + to);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            node.parentElement.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
            return;
          }
          throw new Error('words not found');
        }""",
        [words, start_in, end_in],
    )


@pytest.mark.parametrize(
    ("words", "start_in", "end_in", "expected"),
    [
        # Ends between "e" and its combining acute accent: the accent comes along.
        ("Cafe\u0301 owners", 0, 4, "Cafe\u0301"),
        # Starts between the flag's two regional indicators (UTF-16: two units each).
        (f"{FLAG} keeps", 2, 4 + len(" keeps"), f"{FLAG} keeps"),
    ],
)
def test_a_selection_is_widened_to_whole_characters(new_page, words, start_in, end_in, expected):
    UserFactory(username="reviewer")
    document = DocumentFactory(text=TEXT)
    page = new_page()
    log_in(page, "reviewer")
    page.goto(f"/documents/{document.pk}/")
    page.wait_for_selector("#doc-text")

    select_utf16(page, words, start_in, end_in)

    form = page.locator("#claim-form")
    form.wait_for()
    assert form.locator("#quote-preview").inner_text() == expected
    start = int(form.locator("[name=start]").input_value())
    end = int(form.locator("[name=end]").input_value())
    assert TEXT[start:end] == expected  # code point offsets of the whole characters
