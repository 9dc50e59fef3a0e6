"""Selections never split a grapheme cluster (Web Annotation Data Model 4.2.4/4.2.5: a selection
SHOULD NOT start or end inside one): the API refuses such a span, prefixes and suffixes stop
between clusters."""

import pytest

from annotations.domain.anchoring import CONTEXT_CHARS, anchor_span
from annotations.domain.graphemes import is_boundary

from .factories import DocumentFactory
from .helpers import api

pytestmark = pytest.mark.django_db
FLAG = "\U0001f1f9\U0001f1f7"  # 🇹🇷: two regional indicators, one character
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # 👨‍👩‍👧: joined with zero-width joiners
TEXT = f"Ankara said Turkey{FLAG} will keep them. Cafe\u0301 owners {FAMILY} agreed. The end."


def post_span(user, document, start, end):
    body = {
        "document": document.pk,
        "start": start,
        "end": end,
        "quote": document.text[start:end],
        "chain": [{"source_name": "Press TV", "source_kind": "outlet", "cue": "published"}],
        "credibility": 3,
    }
    return api(user).post("/api/v1/claims/", body, format="json")


@pytest.mark.parametrize(
    "where",
    [
        pytest.param(lambda t: (t.index("\u0301"), t.index(" owners")), id="starts-on-a-combining-mark"),
        pytest.param(lambda t: (t.index("Cafe"), t.index("\u0301")), id="ends-before-its-combining-mark"),
        pytest.param(lambda t: (t.index(FAMILY) + 2, t.index(" agreed") + 7), id="inside-a-zwj-sequence"),
        pytest.param(lambda t: (t.index("Turkey"), t.index(FLAG) + 1), id="half-a-flag"),
    ],
)
def test_the_api_refuses_a_span_that_splits_a_character(reviewer, where):
    document = DocumentFactory(text=TEXT)
    start, end = where(TEXT)
    response = post_span(reviewer, document, start, end)
    assert response.status_code == 400
    assert "select whole characters" in str(response.json()["errors"])


def test_whole_characters_are_accepted(reviewer):
    document = DocumentFactory(text=TEXT)
    start = TEXT.index("Cafe")
    response = post_span(reviewer, document, start, start + len("Cafe\u0301"))
    assert response.status_code == 201, response.json()


def test_prefix_and_suffix_never_cut_a_flag_in_half():
    # The flag sits exactly where a fixed 32-code-point prefix would start: one indicator in,
    # one out. The prefix leaves the whole flag out instead.
    text = "x" + FLAG + "y" * (CONTEXT_CHARS - 1) + "quote" + "z" * (CONTEXT_CHARS - 1) + FLAG + "w"
    start = text.index("quote")
    anchor = anchor_span(text, start, start + len("quote"))
    assert start - CONTEXT_CHARS == text.index(FLAG) + 1  # the naive cut would split the flag
    assert anchor.prefix == "y" * (CONTEXT_CHARS - 1) and anchor.suffix == "z" * (CONTEXT_CHARS - 1)
    assert is_boundary(text, start - len(anchor.prefix)) and is_boundary(
        text, anchor.end + len(anchor.suffix)
    )
