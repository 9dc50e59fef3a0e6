"""Weights of the suggestions' confidence model, written by
`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl
(see that module)."""

# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).
THRESHOLD = 0.6

WEIGHTS: dict[str, float] = {
    "bias": 1.8280,
    "two hops": -1.1224,
    "three or more hops": -2.1598,
    "origin unnamed": -0.2453,
    "origin in sentence": 0.4176,
    "first in sentence": 0.7629,
    "hops not in sentence": 0.3400,
    "origin only in paragraph": 0.4811,
    "origin only before": -0.7280,
    "origin nowhere near": -0.1707,
    "no cue": -1.4953,
    "cues": -2.2104,
    "nesting word": 1.3031,
    "nesting word, one hop": -2.4227,
    "told a name, one hop": 1.4250,
    "origin titled": -1.6309,
    "origin one word": -1.8716,
    "origin one lower-case word": -0.7675,
    "origin named more fully before": 0.0329,
    "origin long": 0.1344,
    "quotation mark": -0.3125,
    "quotation paragraph": 1.0111,
    "pronoun start": -0.0207,
    "reference back": 0.0427,
    "capitalised words": 0.1167,
    "long sentence": -0.5450,
    "other names in sentence": -0.7502,
    "origin with a lower-case tail": -0.1868,
    "medium near, first hop no medium": -0.2020,
    "quotation start, no cue": 1.4081,
}
