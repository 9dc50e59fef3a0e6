"""Weights of the suggestions' confidence model, written by
`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl
(see that module)."""

# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).
THRESHOLD = 0.6

WEIGHTS: dict[str, float] = {
    "bias": 2.0637,
    "two hops": -1.1217,
    "three or more hops": -1.9065,
    "origin unnamed": -0.1597,
    "origin in sentence": 0.3880,
    "first in sentence": 0.6436,
    "hops not in sentence": 0.1992,
    "origin only in paragraph": 0.5341,
    "origin only before": -0.6613,
    "origin nowhere near": -0.2609,
    "no cue": -0.9577,
    "cues": -2.5248,
    "nesting word": 1.1460,
    "nesting word, one hop": -2.1130,
    "told a name, one hop": 1.2351,
    "origin titled": -1.6430,
    "origin one word": -1.8149,
    "origin one lower-case word": -0.7295,
    "origin named more fully before": -0.0247,
    "origin long": 0.3485,
    "quotation mark": -0.4642,
    "quotation paragraph": 1.4936,
    "pronoun start": -0.0638,
    "reference back": 0.1769,
    "capitalised words": -0.3158,
    "long sentence": -0.7519,
}
