"""Line up the reviewers' claims on one document, unit by unit, and say where they differ."""

from dataclasses import dataclass, field

from ..domain.agreement import GOLD, Annotation, units
from ..models import Claim


@dataclass
class Row:
    number: int
    versions: list[tuple[str, Claim | None]]  # (reviewer, their claim or None), reviewers in order
    gold: Claim | None
    differences: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        if self.claimed:
            return min(claim.start for _, claim in self.versions if claim)
        assert self.gold is not None, "a row holds a reviewer's claim or the gold one"
        return self.gold.start

    @property
    def claimed(self) -> bool:
        return any(claim for _, claim in self.versions)

    @property
    def agreed(self) -> bool:
        return not self.differences


def _annotation(claim: Claim, reviewer: str) -> Annotation:
    chain = tuple(hop.source_id for hop in claim.chain)
    return Annotation(claim.pk, claim.document_id, reviewer, claim.start, claim.end, chain, claim.credibility)


def differences(versions: list[tuple[str, Claim | None]]) -> list[str]:
    present = [claim for _, claim in versions if claim]
    found = []
    missing = [reviewer for reviewer, claim in versions if claim is None]
    if missing:
        found.append("not marked by " + ", ".join(missing))
    if len({(c.start, c.end) for c in present}) > 1:
        found.append("spans differ")
    if len({tuple(hop.source_id for hop in c.chain) for c in present}) > 1:
        found.append("chains differ")
    if len({c.credibility for c in present}) > 1:
        found.append("credibility differs")
    return found


def rows(claims: list[Claim]) -> tuple[list[str], list[Row]]:
    """The reviewers (by name) and one row per unit of overlapping claims, in text order."""
    reviewers = sorted({claim.author.username for claim in claims if not claim.is_gold})
    by_id = {claim.pk: claim for claim in claims}
    grouped = units(_annotation(c, GOLD if c.is_gold else c.author.username) for c in claims)
    result = []
    for unit in grouped:
        versions = [(r, by_id[unit[r].claim_id] if r in unit else None) for r in reviewers]
        gold = by_id[unit[GOLD].claim_id] if GOLD in unit else None
        result.append(Row(0, versions, gold, differences(versions)))
    result.sort(key=lambda row: row.start)
    for number, row in enumerate(result, 1):
        row.number = number
    return reviewers, result
