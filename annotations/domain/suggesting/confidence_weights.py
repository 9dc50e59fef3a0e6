"""Weights of the suggestions' confidence model, written by
`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl
(see that module)."""

# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).
THRESHOLD = 0.6

WEIGHTS: dict[str, float] = {
    "bias": 1.8250,
    "two hops": -1.0470,
    "three or more hops": -1.7459,
    "origin unnamed": -0.1396,
    "origin in sentence": 0.3757,
    "first in sentence": 0.6168,
    "hops not in sentence": 0.1848,
    "origin only in paragraph": 0.5580,
    "origin only before": -0.6849,
    "origin nowhere near": -0.2488,
    "no cue": -0.8962,
    "cues": -2.3218,
    "nesting word": 1.0554,
    "nesting word, one hop": -1.9296,
    "told a name, one hop": 1.2205,
    "origin titled": -1.5881,
    "origin one word": -1.7631,
    "origin one lower-case word": -0.6705,
    "origin named more fully before": -0.0119,
    "origin long": 0.4388,
    "quotation mark": -0.3822,
    "quotation paragraph": 1.4195,
    "pronoun start": 0.0005,
    "reference back": 0.1917,
    "capitalised words": -0.2984,
    "long sentence": -0.6254,
}
