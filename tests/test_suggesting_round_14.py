"""Attribution suggestions on constructions read in round 14 of issue 17 (from round 13's set, opened
for this round; earlier rounds' are in test_suggesting_round*.py): each case a publisher, a short text,
the span asked about and the chain expected (publisher left out), written afresh here, not copied from
the set."""

import pytest

from .test_suggesting_rounds import chain_in


@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [
        (  # the publisher by initials that keep its small words ("BoE" for Bank of England)
            "Voice of Marren",
            "OSTRAVEL, May 2 (VoM) -- The cabinet approved the budget on Friday.",
            "The cabinet approved the budget",
            [],
        ),
        (
            "Voice of Marren",
            "Ilona Barsk, an economist, told VoM that the deficit would narrow next year.",
            "the deficit would narrow",
            ["Ilona Barsk"],
        ),
        (  # a time before a pronoun is no name
            "Valley Herald",
            "The host, Marek Sild, read out the result. About 40 seconds later he told listeners: "
            "\u201cWe have a winner.\u201d",
            "We have a winner",
            ["Marek Sild"],
        ),
        (  # someone named as an object after "on", then what they said
            "Valley Herald",
            "The prosecution relied on pathologist Irma Voss, who told the jury that the wound was recent.",
            "the wound was recent",
            ["Irma Voss"],
        ),
        (  # a broadcaster by an acronym ending in TV
            "Valley Herald",
            "Lawyer Omar Haddad had argued for bail. Speaking to KVTV Westmoor outside court, he said the "
            "ruling would be appealed.",
            "the ruling would be appealed",
            ["KVTV Westmoor", "Omar Haddad"],
        ),
        (  # told someone to do something: an order, not words passed on
            "Valley Herald",
            "Three dealers said the state buyer Grainco had told farmers privately to delay their sales.",
            "to delay their sales",
            ["Three dealers"],
        ),
        (  # ... but told someone something is
            "Valley Herald",
            "Three dealers said the state buyer Grainco had told farmers it would cut prices.",
            "it would cut prices",
            ["Three dealers", "Grainco"],
        ),
        (  # a maker of appliances is a company: "the company" is it
            "Valley Herald",
            "Norvik Appliances recalled 20,000 kettles. According to the company, a seal can crack.",
            "a seal can crack",
            ["Norvik Appliances"],
        ),
        (  # an institute for studies is a body, not a study: "the institute" is it
            "Valley Herald",
            "The Dunmore Institute for Policy Studies published its survey on Monday.\n\n"
            "The institute said rents had doubled in a decade.",
            "rents had doubled",
            ["Dunmore Institute for Policy Studies"],
        ),
    ],
)
def test_constructions_read_in_round_fourteen(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain
