"""Weights of the suggestions' confidence model, written by
`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl
(see that module)."""

# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).
THRESHOLD = 0.6

WEIGHTS: dict[str, float] = {
    "bias": 1.9015,
    "two hops": -1.1359,
    "three or more hops": -2.1288,
    "origin unnamed": -0.3280,
    "origin in sentence": 0.3574,
    "first in sentence": 0.6529,
    "hops not in sentence": 0.2070,
    "origin only in paragraph": 0.5487,
    "origin only before": -0.6679,
    "origin nowhere near": -0.2383,
    "no cue": -0.8207,
    "cues": -2.1973,
    "nesting word": 1.4152,
    "nesting word, one hop": -2.4860,
    "told a name, one hop": 1.4157,
    "origin titled": -1.6833,
    "origin one word": -1.9139,
    "origin one lower-case word": -0.7211,
    "origin named more fully before": -0.0345,
    "origin long": 0.3831,
    "quotation mark": -0.3267,
    "quotation paragraph": 1.2917,
    "pronoun start": -0.0736,
    "reference back": -0.0205,
    "capitalised words": -0.2766,
    "long sentence": -0.8260,
}
