"""Attribution suggestions on constructions read in round 19 of issue 17 (from round 18's set, opened
for this round, and the development sets dev26 and dev27; earlier rounds' are in
test_suggesting_round*.py): each case a publisher, a short text, the span asked about and the chain
expected (publisher left out), written afresh here, not copied from the sets."""

import pytest

from .test_suggesting_rounds import chain_in

CASES: list[tuple[str, str, str, list[str]]] = []


@pytest.mark.parametrize(("publisher", "text", "words", "chain"), CASES)
def test_constructions_read_in_round_nineteen(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain


# Round 18's hostile probe: its rules reached too far (each of these had a wrong hop).
@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [
        (  # no one told him: the speaker alone
            "City Herald",
            "Tom Berg said nobody had told him the road would close.",
            "the road would close",
            ["Tom Berg"],
        ),
        (  # nor did his gut
            "City Herald",
            "Tom Berg said his gut had told him the deal was wrong.",
            "the deal was wrong",
            ["Tom Berg"],
        ),
        (  # rising prices confirm nothing in words
            "City Herald",
            "Tom Berg said rising prices confirmed that the deal was wrong.",
            "the deal was wrong",
            ["Tom Berg"],
        ),
        (  # told to do something: an instruction, no words of theirs after it
            "City Herald",
            "Tom Berg said police had told him to go home before the march began.",
            "before the march began",
            ["Tom Berg"],
        ),
        (  # a relative clause is no one who told
            "City Herald",
            "Tom Berg said the man who warned him had left the town.",
            "had left the town",
            ["Tom Berg"],
        ),
        (  # a day is when, not part of who
            "City Herald",
            "Tom Berg said on Tuesday officials had told him the case was lost.",
            "the case was lost",
            ["Tom Berg", "officials"],
        ),
        (  # "On Saturday" before a name: a day, no weekend paper
            "City Herald",
            "On Saturday Sport England said the fund would grow.",
            "the fund would grow",
            ["Sport England"],
        ),
        (  # asked to resign: a request, not a question a listener heard
            "City Herald",
            "Asked to resign by the Prime Minister, Ana Lind said she would stay.",
            "she would stay",
            ["Ana Lind"],
        ),
        (  # "the programme" after a newspaper is no broadcaster's
            "City Herald",
            "The Times reported the fire. According to the programme, the school will reopen.",
            "the school will reopen",
            [],
        ),
        (  # "Both" after two bodies: no one of them, and not the group named before them
            "City Herald",
            "Residents were angry. The Fiscal Council and the central bank issued reports on Friday. Both "
            "said growth would slow.",
            "growth would slow",
            [],
        ),
        (  # nor two people after an unnamed group
            "City Herald",
            "Officials familiar with the talks were cautious. Finance Minister Ana Lind and central bank "
            "governor Piotr Vos met on Monday. Both said the deal was close.",
            "the deal was close",
            [],
        ),
    ],
)
def test_round_eighteen_probe_over_reaches_are_gone(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain
