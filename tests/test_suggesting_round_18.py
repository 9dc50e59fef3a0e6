"""Attribution suggestions on constructions read in round 18 of issue 17 (from round 17's set, opened
for this round, and the development sets dev23 and dev24; earlier rounds' are in
test_suggesting_round*.py): each case a publisher, a short text, the span asked about and the chain
expected (publisher left out), written afresh here, not copied from the sets."""

import pytest

from .test_suggesting_rounds import chain_in

CASES = [
    (  # "quoted her as saying": the last woman named, by her honorific, not the last person
        "Court Wire",
        "Ms Lena Brandt, a lawyer, spoke first. Mr Tom Haskell then took the stand. The Courier quoted her "
        "as saying that the cells were never heated.",
        "the cells were never heated",
        ["Courier", "Lena Brandt"],
    ),
    (  # (and "him" the last man)
        "Court Wire",
        "Mr Tom Haskell took the stand. Ms Lena Brandt, a lawyer, spoke next. The Courier quoted him as "
        "saying that the cells were never heated.",
        "the cells were never heated",
        ["Courier", "Tom Haskell"],
    ),
]


@pytest.mark.parametrize(("publisher", "text", "words", "chain"), CASES)
def test_constructions_read_in_round_eighteen(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain


@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [
        (  # one surname, two people: "Mr Kerrow" says nothing of his mother, Brenda Kerrow
            "Courier",
            "Danny Kerrow was cleared on appeal. Mr Kerrow's mother, Brenda Kerrow, told the Courier she had "
            'cried. "He was asleep upstairs," she said.',
            "He was asleep upstairs",
            ["Brenda Kerrow"],
        ),
    ],
)
def test_round_eighteen_rules_do_not_over_reach(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain
