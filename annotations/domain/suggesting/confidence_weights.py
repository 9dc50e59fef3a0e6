"""Weights of the suggestions' confidence model, written by
`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl
(see that module)."""

# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).
THRESHOLD = 0.6

WEIGHTS: dict[str, float] = {
    "bias": 1.9093,
    "two hops": -0.9608,
    "three or more hops": -1.3384,
    "origin unnamed": -0.1674,
    "origin in sentence": 0.2523,
    "first in sentence": 0.5822,
    "hops not in sentence": 0.2306,
    "origin only in paragraph": 0.5053,
    "origin only before": -0.7576,
    "origin nowhere near": 0.0000,
    "no cue": -0.9966,
    "cues": -2.5619,
    "nesting word": 1.0159,
    "nesting word, one hop": -1.8344,
    "told a name, one hop": 1.1473,
    "origin titled": -1.6047,
    "origin one word": -1.6994,
    "origin one lower-case word": -0.6381,
    "origin named more fully before": -0.0588,
    "origin long": 0.4777,
    "quotation mark": -0.3744,
    "quotation paragraph": 1.4920,
    "pronoun start": -0.0626,
    "reference back": 0.1961,
    "capitalised words": -0.2924,
    "long sentence": -0.2888,
}
