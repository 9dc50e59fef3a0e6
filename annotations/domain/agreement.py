"""Inter-reviewer agreement on spans, chains and confidence.

Pure computation on plain records (no ORM), so the page, the API and the benchmark
share it and it can be checked against hand-worked examples.

- Spans: the claims of two reviewers on the same document are paired one-to-one,
  largest character overlap (Jaccard) first. A pair is an *overlap match* if the
  spans share at least one character and an *exact match* if start and end agree.
  F1 = 2 x matches / (claims of A + claims of B), summed over documents.
- Chains, over overlap matches: the same sources in the same order (cues ignored),
  the same first hop (the publisher end), the same origin (the last hop).
- Confidence, over overlap matches: Cohen's kappa on the Admiralty credibility code
  (1-6 as categories), and Krippendorff's alpha (ordinal) on codes 1-5; code 6,
  "truth cannot be judged", is not a point on that order and counts as missing.
- Across more than two reviewers, claims are grouped into units (one claim per
  reviewer, by overlap) for a single alpha and for the adjudication view.
"""

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import krippendorff
import numpy as np

ORDINAL_CODES = (1, 2, 3, 4, 5)
GOLD = "gold (reference)"  # never a username: Django usernames have no spaces or brackets


@dataclass(frozen=True)
class Annotation:
    claim_id: int
    document_id: int
    reviewer: str
    start: int
    end: int
    chain: tuple[int, ...]
    credibility: int

    def overlap(self, other: "Annotation") -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def jaccard(self, other: "Annotation") -> float:
        shared = self.overlap(other)
        return shared / (max(self.end, other.end) - min(self.start, other.start)) if shared else 0.0


@dataclass(frozen=True)
class Match:
    a: Annotation
    b: Annotation

    @property
    def exact(self) -> bool:
        return (self.a.start, self.a.end) == (self.b.start, self.b.end)


def match(a: Sequence[Annotation], b: Sequence[Annotation]) -> list[Match]:
    """Pair two reviewers' claims on one document, one-to-one, best overlap first."""
    by_start = sorted(b, key=lambda item: item.start)
    longest = max((item.end - item.start for item in by_start), default=0)
    starts = [item.start for item in by_start]
    candidates = []
    for left in a:
        # Only claims starting inside [left.start - longest, left.end) can overlap `left`.
        low = bisect_left(starts, left.start - longest)
        high = bisect_left(starts, left.end)
        for right in by_start[low:high]:
            score = left.jaccard(right)
            if score:
                candidates.append(
                    (-score, left.start, right.start, left.claim_id, right.claim_id, left, right)
                )
    candidates.sort(key=lambda row: row[:5])
    used_a, used_b, matches = set(), set(), []
    for *_, left, right in candidates:
        if left.claim_id not in used_a and right.claim_id not in used_b:
            used_a.add(left.claim_id)
            used_b.add(right.claim_id)
            matches.append(Match(left, right))
    return sorted(matches, key=lambda m: (m.a.start, m.a.end, m.a.claim_id))


def cohen_kappa(pairs: Sequence[tuple[int, int]]) -> float | None:
    """Cohen's kappa for two raters; None when undefined (no pairs, or chance agreement is 1)."""
    if not pairs:
        return None
    total = len(pairs)
    observed = sum(1 for left, right in pairs if left == right) / total
    left_counts: defaultdict[object, int] = defaultdict(int)
    right_counts: defaultdict[object, int] = defaultdict(int)
    for left, right in pairs:
        left_counts[left] += 1
        right_counts[right] += 1
    expected = sum(left_counts[code] * right_counts[code] for code in left_counts) / total**2
    if expected == 1:
        return None
    return float((observed - expected) / (1 - expected))


def ordinal_alpha(units: Sequence[dict[str, int]], reviewers: Sequence[str]) -> float | None:
    """Krippendorff's alpha, ordinal, over units of {reviewer: credibility}; None when undefined."""
    rows = [
        [unit[reviewer] if unit.get(reviewer) in ORDINAL_CODES else np.nan for unit in units]
        for reviewer in reviewers
    ]
    pairable = [column for column in zip(*rows, strict=True) if sum(not np.isnan(v) for v in column) >= 2]
    if not pairable or len({v for column in pairable for v in column if not np.isnan(v)}) < 2:
        return None  # nothing to compare, or every rating the same: alpha is 0/0
    data = np.array(pairable, dtype=float).T
    return float(
        krippendorff.alpha(reliability_data=data, level_of_measurement="ordinal", value_domain=ORDINAL_CODES)
    )


def _share(count: int, total: int) -> float | None:
    return count / total if total else None


@dataclass
class PairReport:
    reviewer_a: str
    reviewer_b: str
    claims_a: int = 0
    claims_b: int = 0
    exact_matches: int = 0
    overlap_matches: int = 0
    same_chain: int = 0
    same_first_hop: int = 0
    same_origin: int = 0
    credibility_pairs: list[tuple[int, int]] = field(default_factory=list, repr=False)

    @property
    def exact_f1(self) -> float | None:
        return _share(2 * self.exact_matches, self.claims_a + self.claims_b)

    @property
    def overlap_f1(self) -> float | None:
        return _share(2 * self.overlap_matches, self.claims_a + self.claims_b)

    @property
    def chain_agreement(self) -> float | None:
        return _share(self.same_chain, self.overlap_matches)

    @property
    def first_hop_agreement(self) -> float | None:
        return _share(self.same_first_hop, self.overlap_matches)

    @property
    def origin_agreement(self) -> float | None:
        return _share(self.same_origin, self.overlap_matches)

    @property
    def kappa(self) -> float | None:
        return cohen_kappa(self.credibility_pairs)

    @property
    def alpha(self) -> float | None:
        units = [{"a": left, "b": right} for left, right in self.credibility_pairs]
        return ordinal_alpha(units, ["a", "b"])

    def add(self, a: Sequence[Annotation], b: Sequence[Annotation]) -> None:
        self.claims_a += len(a)
        self.claims_b += len(b)
        for pair in match(a, b):
            self.overlap_matches += 1
            self.exact_matches += pair.exact
            self.same_chain += pair.a.chain == pair.b.chain
            self.same_first_hop += pair.a.chain[:1] == pair.b.chain[:1]
            self.same_origin += pair.a.chain[-1:] == pair.b.chain[-1:]
            self.credibility_pairs.append((pair.a.credibility, pair.b.credibility))


@dataclass
class AgreementReport:
    reviewers: list[str]
    documents: int
    pairs: list[PairReport]
    units: int
    alpha: float | None  # ordinal, over every reviewer at once


def units(annotations: Iterable[Annotation]) -> list[dict[str, Annotation]]:
    """Group one document's claims into units holding at most one claim per reviewer.

    Claims are taken in text order; each joins the unit it overlaps best (Jaccard with
    the unit's first claim) that has no claim of its reviewer yet, or opens a new one.
    """
    grouped: list[dict[str, Annotation]] = []
    open_units: list[tuple[Annotation, dict[str, Annotation]]] = []  # (first claim, unit)
    for item in sorted(annotations, key=lambda a: (a.start, a.end, a.reviewer, a.claim_id)):
        # Claims come in start order: a unit whose first claim ends before this one starts
        # can overlap no later claim either.
        open_units = [(first, unit) for first, unit in open_units if first.end > item.start]
        best, best_score = None, 0.0
        for first, unit in open_units:
            if item.reviewer not in unit and (score := first.jaccard(item)) > best_score:
                best, best_score = unit, score
        if best is None:
            best = {}
            grouped.append(best)
            open_units.append((item, best))
        best[item.reviewer] = item
    return grouped


def agreement(annotations: Iterable[Annotation], reviewers: Sequence[str] | None = None) -> AgreementReport:
    """Pairwise span, chain and confidence agreement, plus one ordinal alpha for all reviewers."""
    by_document: dict[int, dict[str, list[Annotation]]] = defaultdict(lambda: defaultdict(list))
    for item in annotations:
        by_document[item.document_id][item.reviewer].append(item)
    if reviewers is None:
        reviewers = sorted({r for per_reviewer in by_document.values() for r in per_reviewer})
    reviewers = list(reviewers)
    pairs = [PairReport(a, b) for a, b in combinations(reviewers, 2)]
    all_units: list[dict[str, int]] = []
    for per_reviewer in by_document.values():
        for report in pairs:
            report.add(per_reviewer.get(report.reviewer_a, []), per_reviewer.get(report.reviewer_b, []))
        selected = [a for reviewer in reviewers for a in per_reviewer.get(reviewer, [])]
        all_units.extend({r: a.credibility for r, a in unit.items()} for unit in units(selected))
    return AgreementReport(
        reviewers=reviewers,
        documents=len(by_document),
        pairs=pairs,
        units=len(all_units),
        alpha=ordinal_alpha(all_units, reviewers),
    )
