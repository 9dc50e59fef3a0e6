"""Weights of the suggestions' confidence model, written by
`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl
(see that module)."""

# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).
THRESHOLD = 0.6

WEIGHTS: dict[str, float] = {
    "bias": 1.9827,
    "two hops": -1.3315,
    "three or more hops": -2.2365,
    "origin unnamed": -0.2231,
    "origin in sentence": 0.3657,
    "first in sentence": 0.7670,
    "hops not in sentence": 0.2624,
    "origin only in paragraph": 0.5252,
    "origin only before": -0.6602,
    "origin nowhere near": -0.2308,
    "no cue": -1.0055,
    "cues": -2.4882,
    "nesting word": 1.4823,
    "nesting word, one hop": -2.4489,
    "told a name, one hop": 1.3620,
    "origin titled": -1.6080,
    "origin one word": -1.8223,
    "origin one lower-case word": -0.6934,
    "origin named more fully before": 0.0314,
    "origin long": 0.2681,
    "quotation mark": -0.3455,
    "quotation paragraph": 1.4039,
    "pronoun start": -0.0881,
    "reference back": 0.1348,
    "capitalised words": -0.2065,
    "long sentence": -1.0136,
}
