"""Per-reviewer activity: what they made, how moderation treated it, and how it matches gold."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from .. import selectors
from ..domain.agreement import GOLD, agreement, match
from ..permissions import Account


@dataclass
class Week:
    monday: date
    made: int
    on_gold_documents: int
    matching_gold: int

    @property
    def gold_match_rate(self) -> float | None:
        """Share of the week's claims on adjudicated documents that a gold claim overlaps."""
        return self.matching_gold / self.on_gold_documents if self.on_gold_documents else None


def reviewer_weeks(username: str, *, viewer: Account, project=None) -> list[Week]:
    weeks_of = selectors.claim_weeks(username=username, project=project)
    annotations = selectors.agreement_annotations(
        viewer=viewer, reviewers=[username], include_gold=True, project=project
    )
    by_document: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for item in annotations:
        by_document[item.document_id][item.reviewer].append(item)
    on_gold: set[int] = set()
    matched: set[int] = set()
    for per_reviewer in by_document.values():
        if per_reviewer.get(GOLD):
            mine = per_reviewer.get(username, [])
            on_gold.update(item.claim_id for item in mine)
            matched.update(pair.a.claim_id for pair in match(mine, per_reviewer[GOLD]))
    weeks: dict[date, Week] = {}
    for claim_id, monday in weeks_of.items():
        week = weeks.setdefault(monday, Week(monday, 0, 0, 0))
        week.made += 1
        week.on_gold_documents += claim_id in on_gold
        week.matching_gold += claim_id in matched
    return [weeks[monday] for monday in sorted(weeks)]


def gold_agreement(username: str, *, viewer: Account, project=None):
    """The reviewer against the gold set, on the documents that have one (a PairReport)."""
    annotations = selectors.agreement_annotations(
        viewer=viewer, reviewers=[username], include_gold=True, project=project
    )
    gold_documents = {item.document_id for item in annotations if item.reviewer == GOLD}
    report = agreement(
        [a for a in annotations if a.document_id in gold_documents], reviewers=[username, GOLD]
    )
    return report.pairs[0]
