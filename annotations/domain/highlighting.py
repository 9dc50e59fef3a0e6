"""Cut a document's text into paragraphs and highlight segments for the reader page.

Claims may overlap: the text is cut at every claim boundary, and each segment knows how many
claims cover it, whether one is the viewer's, and which is "on top" (the one that starts
first, whose status the highlight shows): all a highlight carries; the browser finds the claims under a
highlight from the page's table of claim spans. One sweep over the sorted boundaries, so
the work grows with the text plus the claims (n log n), not with their product.

Paragraphs are the stored text's lines; each keeps its start offset so the browser can turn
a selection back into offsets of the stored text.
"""

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol


class Span(Protocol):
    start: int
    end: int
    mine: bool


@dataclass
class Segment:
    start: int
    text: str
    depth: int = 0  # how many claims cover it
    top: int | None = None  # index (in the claims given) of the claim shown on top
    mine: bool = False  # one of the covering claims is the viewer's


@dataclass
class Paragraph:
    start: int
    segments: list[Segment] = field(default_factory=list)


def paragraphs(text: str, claims: Sequence[Span]) -> list[Paragraph]:
    """The text's lines cut into segments at every claim boundary (claims sorted by start)."""
    events: dict[int, list[int]] = {}  # offset -> indexes of claims starting there
    cuts = {0, len(text)}
    for index, claim in enumerate(claims):
        events.setdefault(claim.start, []).append(index)
        cuts.update((claim.start, claim.end))
    line_starts = [0]
    at = text.find("\n")
    while at >= 0:
        cuts.update((at, at + 1))
        line_starts.append(at + 1)
        at = text.find("\n", at + 1)
    points = sorted(c for c in cuts if 0 <= c <= len(text))

    result: list[Paragraph] = []
    starts = set(line_starts)
    active: list[tuple[int, int]] = []  # heap of (end, index): claims covering the sweep point
    on_top: list[int] = []  # heap of indexes (earliest start first), pruned lazily
    mine_ends: list[int] = []  # heap of the ends of the viewer's covering claims
    for left, right in zip(points, points[1:], strict=False):
        if left in starts:
            result.append(Paragraph(start=left))
        for index in events.get(left, ()):
            heapq.heappush(active, (claims[index].end, index))
            heapq.heappush(on_top, index)
            if claims[index].mine:
                heapq.heappush(mine_ends, claims[index].end)
        while active and active[0][0] <= left:
            heapq.heappop(active)
        while mine_ends and mine_ends[0] <= left:
            heapq.heappop(mine_ends)
        while on_top and claims[on_top[0]].end <= left:
            heapq.heappop(on_top)
        if text[left:right] == "\n":
            continue
        segment = Segment(start=left, text=text[left:right], depth=len(active), mine=bool(mine_ends))
        if active:
            segment.top = on_top[0]
        result[-1].segments.append(segment)
    if not text or line_starts[-1] == len(text):  # an empty last line is a paragraph too
        result.append(Paragraph(start=len(text)))
    return result
