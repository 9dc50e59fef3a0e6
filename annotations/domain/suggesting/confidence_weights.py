"""Weights of the suggestions' confidence model, written by
`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl
(see that module)."""

# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).
THRESHOLD = 0.6

WEIGHTS: dict[str, float] = {
    "bias": 1.9066,
    "two hops": -1.2569,
    "three or more hops": -2.1450,
    "origin unnamed": -0.2964,
    "origin in sentence": 0.4143,
    "first in sentence": 0.6985,
    "hops not in sentence": 0.3402,
    "origin only in paragraph": 0.5383,
    "origin only before": -0.6981,
    "origin nowhere near": -0.2545,
    "no cue": -0.8770,
    "cues": -2.3864,
    "nesting word": 1.4652,
    "nesting word, one hop": -2.4529,
    "told a name, one hop": 1.4037,
    "origin titled": -1.6175,
    "origin one word": -1.9495,
    "origin one lower-case word": -0.6841,
    "origin named more fully before": -0.0637,
    "origin long": 0.3000,
    "quotation mark": -0.4107,
    "quotation paragraph": 1.2771,
    "pronoun start": -0.1164,
    "reference back": 0.0727,
    "capitalised words": -0.2535,
    "long sentence": -0.6647,
}
