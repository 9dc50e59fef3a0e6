"""Scoring the attribution suggestions against a gold set (tests/data/attribution/).

For each gold claim the engine proposes a chain for the claim's span. Hops after the
publisher are compared by name (case-insensitive, a leading article ignored):
- chain: the whole chain matches exactly;
- hops: precision = correct hops / proposed hops, recall = correct hops / gold hops,
  a hop being correct when the same name stands at the same place;
- first source: the first hop after the publisher matches (or both have none);
- origin: the last hop matches;
- hop precision, unflagged: hop precision over the chains the confidence model offers unflagged
  (suggesting/confidence.py); flagged: the share of claims whose chain it flags as a guess, and
  how many of those were wrong.
"Suggest claims" is scored on sentences: a proposed sentence is right if it holds a
gold claim with at least one hop after the publisher.
A gold claim may name its `construction` ("told", "according-to", "reference-back", ...): the
exact-chain share is also given per construction.

A held-out set (False in GOLD_SETS: `attribution-round19` now) is written by others who
never saw the rules, and never read while the rules are tuned: only its aggregate figures are ever
printed, never a claim it misses (`evaluate(..., record_misses=False)`), so nobody tunes the rules to
it by accident. After its round it becomes development material and a new one is written.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from annotations.domain.articles import read_article
from annotations.domain.suggesting import Registry, suggest_chain, suggest_claims


def _norm(name: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", " ".join(name.lower().split()))


@dataclass
class Scores:
    claims: int = 0
    exact_chains: int = 0
    proposed_hops: int = 0
    gold_hops: int = 0
    correct_hops: int = 0
    first_source: int = 0
    origin: int = 0
    proposed_sentences: int = 0
    right_sentences: int = 0
    attributed_claims: int = 0
    found_claims: int = 0
    flagged: int = 0  # proposals naming a source that the confidence model flags as a guess
    flagged_wrong: int = 0
    sure_hops: int = 0  # hops of the proposals offered unflagged
    sure_correct_hops: int = 0
    misses: list[str] = field(default_factory=list)
    by_construction: dict[str, list[int]] = field(default_factory=dict)  # label -> [claims, exact]

    @property
    def construction_figures(self) -> dict[str, tuple[int, float]]:
        return {label: (n, exact / n) for label, (n, exact) in sorted(self.by_construction.items())}

    @property
    def figures(self) -> dict[str, float]:
        share = lambda a, b: a / b if b else 0.0  # noqa: E731
        return {
            "exact chain": share(self.exact_chains, self.claims),
            "hop precision": share(self.correct_hops, self.proposed_hops),
            "hop recall": share(self.correct_hops, self.gold_hops),
            "first source": share(self.first_source, self.claims),
            "origin": share(self.origin, self.claims),
            "claim precision": share(self.right_sentences, self.proposed_sentences),
            "claim recall": share(self.found_claims, self.attributed_claims),
            "hop precision, unflagged": share(self.sure_correct_hops, self.sure_hops),
            "flagged": share(self.flagged, self.claims),
            "flagged, wrong": share(self.flagged_wrong, self.flagged),
        }


def _add_constructions(gold: dict, path: Path) -> None:
    """Construction labels kept beside a gold set (`constructions.json`: per article, per claim in
    gold order, a list of labels), added to its claims."""
    if not path.exists():
        return
    labelled = {entry["file"]: entry["claims"] for entry in json.loads(path.read_text())["articles"]}
    for entry in gold["articles"]:
        for claim, labels in zip(entry["claims"], labelled.get(entry["file"], []), strict=False):
            if labels.get("quote") == claim["quote"]:
                claim["constructions"] = labels.get("constructions", [])


def evaluate(directory: Path, registry: Registry | None = None, *, record_misses: bool = True) -> Scores:
    registry = registry or Registry()
    gold = json.loads((directory / "gold.json").read_text())
    _add_constructions(gold, directory / "constructions.json")
    scores = Scores()
    for entry in gold["articles"]:
        article = read_article(directory / entry["file"])
        text, publisher = article.text, article.publisher
        spans = []
        for claim in entry["claims"]:
            start = text.index(claim["quote"])
            spans.append((start, start + len(claim["quote"]), claim["chain"]))
            wanted = [_norm(name) for name in claim["chain"][1:]]
            suggestion = suggest_chain(text, publisher, start, start + 1, registry)
            got = [_norm(hop.name) for hop in suggestion.hops]
            scores.claims += 1
            scores.exact_chains += got == wanted
            right_hops = sum(1 for a, b in zip(got, wanted, strict=False) if a == b)
            scores.proposed_hops += len(got)
            scores.gold_hops += len(wanted)
            scores.correct_hops += right_hops
            scores.first_source += got[:1] == wanted[:1]
            scores.origin += got[-1:] == wanted[-1:]
            if suggestion.sure:
                scores.sure_hops += len(got)
                scores.sure_correct_hops += right_hops
            else:
                scores.flagged += 1
                scores.flagged_wrong += got != wanted
            labels = claim.get("constructions") or (
                [claim["construction"]] if "construction" in claim else []
            )
            for label in labels:
                counts = scores.by_construction.setdefault(label, [0, 0])
                counts[0] += 1
                counts[1] += got == wanted
            if got != wanted and record_misses:
                scores.misses.append(f"{entry['file']}: “{claim['quote'][:50]}” wanted {wanted}, got {got}")
        attributed = [(s, e) for s, e, chain in spans if len(chain) > 1]
        scores.attributed_claims += len(attributed)
        proposals = suggest_claims(text, publisher, registry)
        scores.proposed_sentences += len(proposals)
        for proposal in proposals:
            scores.right_sentences += any(
                proposal.sentence_start <= s and e <= proposal.sentence_end for s, e in attributed
            )
        scores.found_claims += sum(
            1 for s, e in attributed if any(p.sentence_start <= s and e <= p.sentence_end for p in proposals)
        )
    return scores


# The sets scored, and whether a claim they miss may be shown (never for the unseen set).
GOLD_SETS = {
    "attribution": True,
    "attribution-heldout": True,
    "attribution-unseen": True,  # held out in round 1; tuned on in round 2
    "attribution-dev2": True,  # written by a helper for round 2, tuned on
    "attribution-dev3": True,
    "attribution-dev4": True,
    "attribution-blind": True,  # held out in round 2; tuned on in round 3
    "attribution-fresh": True,  # held out in round 3; tuned on in round 4
    "attribution-final": True,  # held out in round 4; tuned on in round 5
    "attribution-round5": True,  # held out in round 5; tuned on in round 6
    "attribution-round6": True,  # held out in round 6; tuned on in round 7
    "attribution-round6b": True,  # held out in round 6 (a second set); tuned on in round 7
    "attribution-round7": True,  # held out in round 7; tuned on in round 8
    "attribution-round8": True,  # held out in round 8; tuned on in round 9
    "attribution-round9": True,  # held out in round 9; tuned on in round 10
    "attribution-round10": True,  # held out in round 10; tuned on in round 11
    "attribution-round11": True,  # held out in round 11; tuned on in round 12
    "attribution-round12": True,  # held out in round 12; tuned on in round 13
    "attribution-round13": True,  # held out in round 13; tuned on in round 14
    "attribution-round14": True,  # held out in round 14; tuned on in round 15
    "attribution-round15": True,  # held out in round 15; tuned on in round 16
    "attribution-round16": True,  # held out in round 16; tuned on in round 17
    "attribution-round17": True,  # held out in round 17; tuned on in round 18
    "attribution-round18": True,  # held out in round 18; tuned on in round 19
    "attribution-round19": False,  # held out in round 19
    "attribution-dev5": True,  # written by helpers for round 6, tuned on
    "attribution-dev6": True,
    "attribution-dev7": True,  # written by helpers for round 7, scored on arrival, then tuned on
    "attribution-dev8": True,  # written by helpers for round 11, scored on arrival, then tuned on
    "attribution-dev9": True,
    "attribution-dev10": True,  # written by helpers for round 14, scored on arrival, then tuned on
    "attribution-dev11": True,
    "attribution-dev12": True,
    "attribution-dev13": True,
    "attribution-dev14": True,  # written by helpers for round 15, scored on arrival, then tuned on
    "attribution-dev15": True,
    "attribution-dev16": True,
    "attribution-dev17": True,  # written by helpers for round 16, scored on arrival, then tuned on
    "attribution-dev18": True,
    "attribution-dev19": True,
    "attribution-dev20": True,  # written for round 17
    "attribution-dev21": True,
    "attribution-dev22": True,
    "attribution-dev23": True,  # written for round 18
    "attribution-dev24": True,
    "attribution-dev25": True,
    "attribution-dev26": True,  # written for round 19
    "attribution-dev27": True,
}


def main() -> None:  # python -m tests.suggestion_quality [--no-misses] [--constructions]
    import sys

    data = Path(__file__).resolve().parent.parent / "tests" / "data"
    for gold_set, open_set in GOLD_SETS.items():
        if not (data / gold_set / "gold.json").exists():
            continue
        scores = evaluate(data / gold_set, record_misses=open_set)
        print(f"{gold_set}: {scores.claims} gold claims")
        for name, value in scores.figures.items():
            print(f"  {name:16} {value:.2f}")
        if not open_set and "--constructions" not in sys.argv:
            continue  # aggregate figures only (per construction only when asked, for the docs)
        for label, (count, exact) in scores.construction_figures.items():
            print(f"  exact chain, {label:20} {exact:.2f} of {count}")
        if open_set and "--no-misses" not in sys.argv:
            for miss in scores.misses:
                print("  miss:", miss)


if __name__ == "__main__":
    main()
