"""Split a document's text into paragraphs and highlight segments for the reader page.

Claims may overlap: the text is cut at every claim boundary, and each segment
knows every claim covering it, so nested and crossing highlights render correctly.
Paragraphs are the stored text's lines; each keeps its start offset so the
browser can turn a selection back into offsets of the stored text.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Segment:
    text: str
    claims: list[Any] = field(default_factory=list)  # the claims (model objects) covering it
    starting: list[Any] = field(default_factory=list)  # claims whose span begins here

    @property
    def mine(self) -> bool:
        return any(getattr(claim, "is_mine", False) for claim in self.claims)

    @property
    def colour(self) -> int:
        """The viewer's own colour if any of the claims is theirs, else the first author's."""
        return 0 if self.mine else getattr(self.claims[0], "colour", 1)

    @property
    def claim_ids(self) -> str:
        return " ".join(str(claim.pk) for claim in self.claims)

    @property
    def title(self) -> str:
        return "\n".join(f"{claim.chain_display} · {claim.confidence_display}" for claim in self.claims)


@dataclass
class Paragraph:
    start: int
    segments: list[Segment]


def paragraphs(text: str, claims: Iterable[Any]) -> list[Paragraph]:
    claims = list(claims)
    cuts = {0, len(text)}
    for claim in claims:
        cuts.update((claim.start, claim.end))
    result: list[Paragraph] = []
    offset = 0
    for line in text.split("\n"):
        line_end = offset + len(line)
        points = sorted({offset, line_end, *(c for c in cuts if offset < c < line_end)})
        segments = []
        for left, right in zip(points, points[1:], strict=False):
            covering = [c for c in claims if c.start < right and c.end > left]
            starting = [c for c in claims if left <= c.start < right]
            segments.append(Segment(text=text[left:right], claims=covering, starting=starting))
        result.append(Paragraph(start=offset, segments=segments))
        offset = line_end + 1
    return result
