"""Weights of the suggestions' confidence model, written by
`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl
(see that module)."""

# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).
THRESHOLD = 0.6

WEIGHTS: dict[str, float] = {
    "bias": 2.0416,
    "two hops": -1.2536,
    "three or more hops": -2.1636,
    "origin unnamed": -0.1735,
    "origin in sentence": 0.3636,
    "first in sentence": 0.7574,
    "hops not in sentence": 0.2473,
    "origin only in paragraph": 0.5146,
    "origin only before": -0.6501,
    "origin nowhere near": -0.2281,
    "no cue": -1.0268,
    "cues": -2.5816,
    "nesting word": 1.4083,
    "nesting word, one hop": -2.3539,
    "told a name, one hop": 1.3239,
    "origin titled": -1.5960,
    "origin one word": -1.8117,
    "origin one lower-case word": -0.7208,
    "origin named more fully before": 0.0238,
    "origin long": 0.2323,
    "quotation mark": -0.3525,
    "quotation paragraph": 1.4657,
    "pronoun start": -0.0796,
    "reference back": 0.1300,
    "capitalised words": -0.1951,
    "long sentence": -1.1253,
}
