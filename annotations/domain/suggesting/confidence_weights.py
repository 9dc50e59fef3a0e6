"""Weights of the suggestions' confidence model, written by
`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl
(see that module)."""

# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).
THRESHOLD = 0.6

WEIGHTS: dict[str, float] = {
    "bias": 1.9671,
    "two hops": -1.3046,
    "three or more hops": -2.2365,
    "origin unnamed": -0.2743,
    "origin in sentence": 0.3523,
    "first in sentence": 0.7764,
    "hops not in sentence": 0.2841,
    "origin only in paragraph": 0.5197,
    "origin only before": -0.6391,
    "origin nowhere near": -0.2329,
    "no cue": -0.9609,
    "cues": -2.3662,
    "nesting word": 1.4772,
    "nesting word, one hop": -2.4444,
    "told a name, one hop": 1.4220,
    "origin titled": -1.6220,
    "origin one word": -1.8327,
    "origin one lower-case word": -0.7256,
    "origin named more fully before": 0.0263,
    "origin long": 0.3178,
    "quotation mark": -0.3744,
    "quotation paragraph": 1.3631,
    "pronoun start": -0.1029,
    "reference back": 0.1223,
    "capitalised words": -0.1788,
    "long sentence": -1.0912,
}
