"""Anchors of claims in a document's stored text.

Offsets count Unicode code points (Python `str` indices), start inclusive,
end exclusive, as in the W3C TextPositionSelector. The quote with a short prefix
and suffix (a TextQuoteSelector) lets a span be found again if offsets drift.
"""

from dataclasses import dataclass

from . import graphemes

CONTEXT_CHARS = 32


class AnchorError(ValueError):
    """The offsets or the quote do not fit the document's text."""


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def anchor_span(
    text: str, start: int, end: int, quote: str | None = None, *, whole_clusters: bool = True
) -> Anchor:
    """Check a span against `text` and return it with its context.

    When `quote` is given it must equal the text at those offsets: storing an
    anchor that points at other words would silently mislabel the claim. The span
    starts and ends between grapheme clusters (`whole_clusters`), and so do its
    prefix and suffix: at most CONTEXT_CHARS code points, never half a character.
    """
    if start < 0 or end < 0:
        raise AnchorError("Offsets cannot be negative.")
    if start >= end:
        raise AnchorError(f"The span is empty: start ({start}) must be before end ({end}).")
    if end > len(text):
        raise AnchorError(f"The span ends at {end}, past the end of the document ({len(text)} characters).")
    found = text[start:end]
    if quote is not None and quote != found:
        raise AnchorError(
            f"The quoted text does not match the document at {start}-{end}: "
            f"the document has “{_abridge(found)}” there, not “{_abridge(quote)}”. "
            "Reload the page and select the words again."
        )
    if not found.strip():
        raise AnchorError("The span holds only whitespace.")
    if whole_clusters:
        for name, offset in (("starts", start), ("ends", end)):
            if not graphemes.is_boundary(text, offset):
                raise AnchorError(
                    f"The span {name} inside a character made of several code points (an accent, an "
                    f"emoji sequence or a flag) at {offset}: select whole characters."
                )
    return Anchor(
        start=start,
        end=end,
        quote=found,
        prefix=text[graphemes.snap_forward(text, max(0, start - CONTEXT_CHARS)) : start],
        suffix=text[end : graphemes.snap_back(text, min(len(text), end + CONTEXT_CHARS))],
    )


def reanchor(text: str, *, quote: str, prefix: str = "", suffix: str = "", hint: int = 0) -> Anchor | None:
    """Find `quote` in `text` again, preferring matching context, then nearness to `hint`."""
    if not quote:
        return None
    best: tuple[tuple[int, int], int] | None = None
    position = text.find(quote)
    while position != -1:
        before = text[max(0, position - len(prefix)) : position]
        after = text[position + len(quote) : position + len(quote) + len(suffix)]
        context = _common_suffix(before, prefix) + _common_prefix(after, suffix)
        score = (context, -abs(position - hint))
        if best is None or score > best[0]:
            best = (score, position)
        position = text.find(quote, position + 1)
    if best is None:
        return None
    start = best[1]
    # Found again as the file had it: a text that changed around a quote may have joined it to
    # a neighbouring character, and the claim is still the same words.
    return anchor_span(text, start, start + len(quote), whole_clusters=False)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _abridge(value: str, limit: int = 80) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
