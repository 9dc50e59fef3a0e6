"""Weights of the suggestions' confidence model, written by
`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl
(see that module)."""

# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).
THRESHOLD = 0.6

WEIGHTS: dict[str, float] = {
    "bias": 1.9644,
    "two hops": -1.1359,
    "three or more hops": -1.8627,
    "origin unnamed": -0.1276,
    "origin in sentence": 0.3798,
    "first in sentence": 0.6483,
    "hops not in sentence": 0.1379,
    "origin only in paragraph": 0.5782,
    "origin only before": -0.6999,
    "origin nowhere near": -0.2580,
    "no cue": -0.8925,
    "cues": -2.4733,
    "nesting word": 1.1441,
    "nesting word, one hop": -2.0786,
    "told a name, one hop": 1.2565,
    "origin titled": -1.6143,
    "origin one word": -1.7762,
    "origin one lower-case word": -0.7164,
    "origin named more fully before": 0.0490,
    "origin long": 0.4219,
    "quotation mark": -0.4443,
    "quotation paragraph": 1.4461,
    "pronoun start": 0.0239,
    "reference back": 0.1883,
    "capitalised words": -0.3510,
    "long sentence": -0.6801,
}
