"""Attribution suggestions on constructions read in round 16 of issue 17 (from round 15's set, opened
for this round, and the development sets dev17 and dev18; earlier rounds' are in
test_suggesting_round*.py): each case a publisher, a short text, the span asked about and the chain
expected (publisher left out), written afresh here, not copied from the sets."""

import pytest

from .test_suggesting_rounds import chain_in

CASES = [
    (  # two names joined by "&" are a firm: "the company" later is it
        "Market Ledger",
        "Pryce & Tolley cut its forecast on Tuesday. In a filing, the company said rain had hit sales.",
        "rain had hit sales",
        ["Pryce & Tolley"],
    ),
    (  # "reaffirmed that" is said
        "Harbour Wire",
        "The Velsian Ministry of Trade rejected the claims. In a statement issued later, the Trade Ministry "
        "reaffirmed that the talks would go on.",
        "the talks would go on",
        ["Velsian Ministry of Trade"],
    ),
    (  # an editor's note that a company issued the release below: the release is the company's
        "Clinic Ledger",
        "Editor's note: Orbeth Labs issued the following press release on Monday.\n\n"
        "LUNDEN, 3 May 2025 \u2014 Orbeth Labs today announced that its drug had been approved.\n\n"
        "In the trial, the drug cut relapses by a third.\n\n###\n\nThe approval came after a long delay.",
        "cut relapses by a third",
        ["Orbeth Labs"],
    ),
    (  # (and after the line that ends it, the publisher's own words again)
        "Clinic Ledger",
        "Editor's note: Orbeth Labs issued the following press release on Monday.\n\n"
        "LUNDEN, 3 May 2025 \u2014 Orbeth Labs today announced that its drug had been approved.\n\n"
        "###\n\nThe approval came after a long delay.",
        "The approval came after a long delay",
        [],
    ),
    (  # ", where soldiers said": the place's clause is theirs, what comes before the publisher's
        "Border Observer",
        "Our reporter was turned back at a roadblock north of the town, where guards said the bridge was "
        "shut.",
        "Our reporter was turned back",
        [],
    ),
    (  # (what they said there is theirs)
        "Border Observer",
        "Our reporter was turned back at a roadblock north of the town, where guards said the bridge was "
        "shut.",
        "the bridge was shut",
        ["guards"],
    ),
    (  # "where" is no word of a name
        "Border Observer",
        "The injured were flown to Kessel, where doctors said two were critical.",
        "two were critical",
        ["doctors"],
    ),
    (  # another body as the subject with "will" is no carry-over of the last speaker's words
        "Moor Courier",
        "The Water Standards Office published its review. The Fenwick Water Board runs the plant.\n\n"
        "The office said it would inspect the plant again in June. The board will meet on Friday to "
        "discuss the review.",
        "The board will meet on Friday",
        [],
    ),
    (  # (the speaker itself going on still carries)
        "Moor Courier",
        "The Water Standards Office published its review.\n\n"
        "The office said it would inspect the plant again in June. The office would also fine the board.",
        "The office would also fine the board",
        ["Water Standards Office"],
    ),
    (  # someone introduced with their age after "For" is whom "she" next refers to
        "Moor Courier",
        "For Edith Marr, 68, from Cawley, the report confirmed what she had feared.\n\n"
        "\u201cI phoned every week,\u201d she said. \u201cNobody ever rang back.\u201d",
        "Nobody ever rang back",
        ["Edith Marr"],
    ),
    (  # "In a report ..., the inspectorate said": "the report" later is the inspectorate's
        "Moor Courier",
        "The Schools Inspectorate visited in May.\n\nIn a report published on Monday, the inspectorate "
        "said pupils were at risk.\n\nThe report quoted a teacher as saying: \u201cWe were never told.\u201d",
        "We were never told",
        ["Schools Inspectorate", "teacher"],
    ),
    (  # "another" tells one neighbour from another, and stays
        "Moor Courier",
        "A neighbour said she heard shouting. Another neighbour said cars had been parked there all week.",
        "cars had been parked there all week",
        ["Another neighbour"],
    ),
]


@pytest.mark.parametrize(("publisher", "text", "words", "chain"), CASES)
def test_constructions_read_in_round_sixteen(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain
