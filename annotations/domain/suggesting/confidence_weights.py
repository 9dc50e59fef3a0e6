"""Weights of the suggestions' confidence model, written by
`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl
(see that module)."""

# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).
THRESHOLD = 0.6

WEIGHTS: dict[str, float] = {
    "bias": 1.7625,
    "two hops": -1.1557,
    "three or more hops": -1.9529,
    "origin unnamed": -0.2527,
    "origin in sentence": 0.4370,
    "first in sentence": 0.7678,
    "hops not in sentence": 0.5425,
    "origin only in paragraph": 0.3741,
    "origin only before": -0.8415,
    "origin nowhere near": 0.0305,
    "no cue": -1.4897,
    "cues": -2.3193,
    "nesting word": 1.3268,
    "nesting word, one hop": -2.4051,
    "told a name, one hop": 1.2667,
    "origin titled": -1.1576,
    "origin one word": -1.7276,
    "origin one lower-case word": -0.6391,
    "origin named more fully before": 0.0110,
    "origin long": 0.2729,
    "quotation mark": -0.2640,
    "quotation paragraph": 0.9600,
    "pronoun start": -0.0346,
    "reference back": -0.0225,
    "capitalised words": 0.1649,
    "long sentence": -0.6661,
    "other names in sentence": -0.8098,
    "origin with a lower-case tail": -0.1013,
    "medium near, first hop no medium": -0.1879,
    "quotation start, no cue": 1.3169,
}
