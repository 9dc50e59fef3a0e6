"""Per-reviewer activity: what they made, how moderation treated it, and how it matches gold."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Q

from .. import selectors
from ..domain.agreement import GOLD, agreement, match
from ..models import SuggestionOutcome
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


@dataclass
class Acceptance:
    """What reviewers did with the chains suggested for the claims they made (one reviewer, or all)."""

    reviewer: str
    shown: int = 0
    used: int = 0
    edited: int = 0
    ignored: int = 0
    flagged: int = 0  # of those shown, flagged as a guess
    flagged_used: int = 0
    changed_positions: Counter[int] = field(default_factory=Counter)  # position -> claims changing it

    @property
    def acceptance_rate(self) -> float | None:
        """Share of suggestions saved exactly as suggested."""
        return self.used / self.shown if self.shown else None

    @property
    def helped_rate(self) -> float | None:
        """Share saved as suggested or edited from it (some suggested hop kept in place)."""
        return (self.used + self.edited) / self.shown if self.shown else None

    @property
    def flagged_rate(self) -> float | None:
        """Share of the suggestions flagged as a guess that were saved exactly as suggested."""
        return self.flagged_used / self.flagged if self.flagged else None

    @property
    def unflagged(self) -> int:
        return self.shown - self.flagged

    @property
    def unflagged_rate(self) -> float | None:
        """The same share for the suggestions offered unflagged."""
        return (self.used - self.flagged_used) / self.unflagged if self.unflagged else None

    @property
    def most_changed(self) -> list[tuple[int, int]]:
        return sorted(self.changed_positions.items())


def suggestion_acceptance(
    *, usernames: list[str] | None = None, project=None
) -> tuple[list[Acceptance], Acceptance]:
    """Per reviewer and overall: suggestions shown with a claim, used as is, edited, ignored.

    Two queries whatever the number of claims: the counts grouped by reviewer, and the changed
    positions (a list per outcome, summed here)."""
    outcomes = SuggestionOutcome.objects.filter(claim__is_gold=False)
    if usernames is not None:
        outcomes = outcomes.filter(claim__author__username__in=usernames)
    if project is not None:  # (claims on the project's articles, as the rest of the page counts)
        outcomes = outcomes.filter(claim__document__project_entries__project=project)  # (one entry each)
    rows = (
        outcomes.values("claim__author__username")
        .annotate(
            shown=Count("pk"),
            used=Count("pk", filter=Q(outcome=SuggestionOutcome.Outcome.USED)),
            edited=Count("pk", filter=Q(outcome=SuggestionOutcome.Outcome.EDITED)),
            ignored=Count("pk", filter=Q(outcome=SuggestionOutcome.Outcome.IGNORED)),
            # (named apart from the model's `flagged`, which the filters read)
            flagged_shown=Count("pk", filter=Q(flagged=True)),
            flagged_used=Count("pk", filter=Q(flagged=True, outcome=SuggestionOutcome.Outcome.USED)),
        )
        .order_by("claim__author__username")
    )
    per_reviewer = [
        Acceptance(
            row["claim__author__username"],
            row["shown"],
            row["used"],
            row["edited"],
            row["ignored"],
            row["flagged_shown"],
            row["flagged_used"],
        )
        for row in rows
    ]
    overall = Acceptance(
        "",
        sum(r.shown for r in per_reviewer),
        sum(r.used for r in per_reviewer),
        sum(r.edited for r in per_reviewer),
        sum(r.ignored for r in per_reviewer),
        sum(r.flagged for r in per_reviewer),
        sum(r.flagged_used for r in per_reviewer),
    )
    changed = outcomes.exclude(outcome=SuggestionOutcome.Outcome.USED).values_list("changed_hops", flat=True)
    for positions in changed.iterator(chunk_size=5000):
        overall.changed_positions.update(positions)
    return per_reviewer, overall
