"""Weights of the suggestions' confidence model, written by
`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl
(see that module)."""

# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).
THRESHOLD = 0.6

WEIGHTS: dict[str, float] = {
    "bias": 2.1216,
    "two hops": -0.9369,
    "three or more hops": -1.0623,
    "origin unnamed": -0.1978,
    "origin in sentence": 0.3208,
    "first in sentence": 0.3507,
    "hops not in sentence": 0.1194,
    "origin only in paragraph": 0.4764,
    "origin only before": -0.7972,
    "origin nowhere near": 0.0000,
    "no cue": -1.1417,
    "cues": -2.7827,
    "nesting word": 1.0055,
    "nesting word, one hop": -1.6835,
    "told a name, one hop": 0.9846,
    "origin titled": -1.6334,
    "origin one word": -1.6959,
    "origin one lower-case word": -0.7411,
    "origin named more fully before": -0.0920,
    "origin long": 0.4978,
    "quotation mark": -0.3281,
    "quotation paragraph": 1.5080,
    "pronoun start": 0.0863,
    "reference back": 0.2172,
    "capitalised words": -0.2912,
    "long sentence": -0.3236,
}
