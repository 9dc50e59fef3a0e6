import pytest

from annotations.domain.anchoring import CONTEXT_CHARS, AnchorError, anchor_span, reanchor

TEXT = "Turkey will not abandon its S-400 systems, the Bloomberg reports. Ankara is open to compromises."


def test_anchor_keeps_quote_and_context():
    start = TEXT.index("Ankara")
    anchor = anchor_span(TEXT, start, start + 6, "Ankara")
    assert anchor.quote == "Ankara"
    assert anchor.prefix == TEXT[start - CONTEXT_CHARS : start]
    assert anchor.suffix == " is open to compromises."


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 4, "negative"),
        (10, 10, "empty"),
        (12, 5, "empty"),
        (0, len(TEXT) + 1, "past the end"),
    ],
)
def test_offsets_out_of_range_are_refused(start, end, message):
    with pytest.raises(AnchorError, match=message):
        anchor_span(TEXT, start, end)


def test_quote_that_does_not_match_the_text_is_refused():
    with pytest.raises(AnchorError, match="does not match"):
        anchor_span(TEXT, 0, 6, "Greece")


def test_whitespace_only_span_is_refused():
    space = TEXT.index(" ")
    with pytest.raises(AnchorError, match="whitespace"):
        anchor_span(TEXT, space, space + 1)


def test_offsets_count_code_points_not_utf16_units():
    text = "Emoji 🚀 then Ankara"
    start = text.index("Ankara")
    assert anchor_span(text, start, start + 6, "Ankara").quote == "Ankara"


def test_reanchor_finds_the_span_after_text_is_inserted_before_it():
    start = TEXT.index("Ankara")
    anchor = anchor_span(TEXT, start, start + 6)
    edited = "UPDATED: " + TEXT
    found = reanchor(edited, quote=anchor.quote, prefix=anchor.prefix, suffix=anchor.suffix, hint=start)
    assert (found.start, found.end) == (start + 9, start + 15)


def test_reanchor_prefers_the_occurrence_with_matching_context():
    text = "Ankara said no. Later, officials said Ankara is open to compromises."
    second = text.rindex("Ankara")
    anchor = anchor_span(text, second, second + 6)
    found = reanchor(text, quote="Ankara", prefix=anchor.prefix, suffix=anchor.suffix, hint=0)
    assert found.start == second


def test_reanchor_returns_none_when_the_quote_is_gone():
    assert reanchor(TEXT, quote="Washington", prefix="", suffix="") is None
