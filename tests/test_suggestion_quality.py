"""The suggestions' scores on the gold sets in tests/data/ must not fall below those in the README."""

from pathlib import Path

import pytest

from tests.suggestion_quality import evaluate

DATA = Path(__file__).resolve().parent / "data"

# The figures measured when the rules were last changed (README, "Attribution suggestions").
FLOORS = {
    "attribution": {
        "exact chain": 1.00,
        "hop precision": 1.00,
        "hop recall": 1.00,
        "first source": 1.00,
        "origin": 1.00,
        "claim precision": 1.00,
        "claim recall": 1.00,
    },
    "attribution-heldout": {
        "exact chain": 0.78,
        "hop precision": 1.00,
        "hop recall": 0.75,
        "first source": 0.78,
        "origin": 0.78,
        "claim precision": 1.00,
        "claim recall": 0.72,
    },
}


@pytest.mark.parametrize("gold_set", sorted(FLOORS))
def test_suggestions_do_not_regress(gold_set):
    scores = evaluate(DATA / gold_set)
    assert scores.claims >= 14
    low = {name: value for name, value in scores.figures.items() if value < FLOORS[gold_set][name]}
    assert not low, f"{gold_set}: below the recorded figures: {low}\n" + "\n".join(scores.misses)
