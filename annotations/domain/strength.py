"""Chain strength: how a claim reached the page, summed up for a reader.

- hop count, publisher included;
- whether any hop is an unnamed or anonymous source;
- the weakest Admiralty reliability grade along the chain (A strongest ... F, "cannot
  be judged", counted weakest: nothing vouches for it);
- the origin (the last hop) and whether it is a primary source: the actor itself
  (an official body, a named person, a social-media account) or a document, rather
  than hearsay (an unnamed source) or another medium's report.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..scales import SourceKind

GRADE_ORDER = "ABCDEF"
PRIMARY_KINDS = {
    SourceKind.OFFICIAL_BODY,
    SourceKind.NAMED_PERSON,
    SourceKind.DOCUMENT,
    SourceKind.SOCIAL_MEDIA,
}
MEDIA_KINDS = {SourceKind.OUTLET, SourceKind.NEWS_AGENCY}


@dataclass(frozen=True)
class HopFacts:
    name: str
    kind: str
    grade: str


@dataclass(frozen=True)
class ChainStrength:
    hop_count: int
    anonymous: bool
    weakest_grade: str
    origin_name: str
    origin_grade: str
    origin_type: str  # primary source | hearsay | media report | publisher's own reporting | unclassified

    @property
    def origin_is_primary(self) -> bool:
        return self.origin_type == "primary source"

    @property
    def summary(self) -> str:
        hops = f"{self.hop_count} hop{'s' if self.hop_count != 1 else ''}"
        return (
            f"{hops}; origin: {self.origin_name} ({self.origin_grade}), {self.origin_type}; "
            f"weakest link {self.weakest_grade}"
        )

    def as_record(self) -> dict[str, Any]:  # interchange.records.StrengthRecord
        return {
            "hop_count": self.hop_count,
            "anonymous_source": self.anonymous,
            "weakest_grade": self.weakest_grade,
            "origin": self.origin_name,
            "origin_grade": self.origin_grade,
            "origin_type": self.origin_type,
            "origin_is_primary": self.origin_is_primary,
            "summary": self.summary,
        }


def chain_strength(hops: Sequence[HopFacts]) -> ChainStrength | None:
    """The strength of a chain given publisher first; None for an empty chain."""
    if not hops:
        return None
    origin = hops[-1]
    if origin.kind in PRIMARY_KINDS:
        origin_type = "primary source"
    elif origin.kind == SourceKind.UNNAMED:
        origin_type = "hearsay"
    elif origin.kind in MEDIA_KINDS:
        origin_type = "publisher's own reporting" if len(hops) == 1 else "media report"
    else:
        origin_type = "unclassified"
    return ChainStrength(
        hop_count=len(hops),
        anonymous=any(hop.kind == SourceKind.UNNAMED for hop in hops),
        weakest_grade=max((hop.grade for hop in hops), key=GRADE_ORDER.index),
        origin_name=origin.name,
        origin_grade=origin.grade,
        origin_type=origin_type,
    )
