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
    (  # "Text of report by ..." (a monitoring service's translation): what follows is that paper's
        "Delta Monitoring",
        "Text of report by the Velsian daily Morna Vesti on 3 June\n\n"
        "The port of Ostra will close for repairs in July, the harbour master said.",
        "will close for repairs in July",
        ["Morna Vesti", "harbour master"],
    ),
    (  # (a bracketed note signed by the publisher inside it is the publisher's)
        "Delta Monitoring",
        "Text of report by the Velsian daily Morna Vesti on 3 June\n\n"
        "The port will close in July.\n\n[The port was sold to a Dutch group in 2018 \u2013 Delta]",
        "The port was sold to a Dutch group in 2018",
        [],
    ),
    (  # "<publisher> reproduces X's press release below": the release is X's, up to "Notes to editors"
        "Court & Counsel",
        "The Markets Board (TMB) fined a broker on Monday.\n\n"
        "Court & Counsel reproduces the TMB's press release below in full.\n\n"
        "The broker's controls did not cover its bond desk.\n\nNotes to editors\n\n"
        "The broker said it would appeal.",
        "did not cover its bond desk",
        ["Markets Board"],
    ),
    (  # "Emir" before a single name is a given name
        "Harbour Wire",
        "The agency KNA quoted Tarsgaz chief executive Emir Dalan as saying that reserves were ample.",
        "reserves were ample",
        ["KNA", "Emir Dalan"],
    ),
    (  # "as writing" is quoting as saying
        "Harbour Wire",
        "The audit quotes a shift manager as writing in the log that the alarm was faulty.",
        "the alarm was faulty",
        ["audit", "shift manager"],
    ),
    (  # an age inside a whose-clause, which then goes on: the speaker is still the one named
        "Harbour Wire",
        "Anna Berg, whose son Erik, 19, had gone to the consulate, said he phoned her at noon.",
        "he phoned her at noon",
        ["Anna Berg"],
    ),
    (  # "a.m." then a quotation: a new sentence, whose "she" is the speaker just named
        "Harbour Wire",
        'A guard said the doors were locked.\n\nAnna Berg said her son phoned at 11 a.m. "He sounded '
        'calm," she said. "He said not to worry."',
        "He said not to worry",
        ["Anna Berg"],
    ),
    (  # "For X, who ..., the notice came" makes X whom "he" next refers to
        "Field Weekly",
        "The inspector Ruth Carr said the zone would stay.\n\nFor Angus Reid, who farms at Lowmoor, the "
        "notice came without warning. \u201cWe have farmed here for a century,\u201d he said.",
        "We have farmed here for a century",
        ["Angus Reid"],
    ),
    (  # a surname alone after "the X family" spoke is the person, by the full name first given
        "Harbour Wire",
        "Former premier Olav Brekke has died. The Brekke family said he died at home.\n\n"
        "In a 2010 interview, Brekke said his one regret was the pension reform.",
        "his one regret was the pension reform",
        ["Olav Brekke"],
    ),
    (  # "an aide to X" is the aide, named so; "the aide" later is that aide
        "Daily Sentinel",
        "Maria Lund leads the race. A senior aide to Lund conceded that the campaign was tired. The "
        "rally, the aide insisted, would go ahead.",
        "the campaign was tired",
        ["senior aide to Lund"],
    ),
    (  # "X herself has begun": X is the subject, whom "she" next refers to
        "Daily Sentinel",
        "Maria Lund leads the race. A senior aide to Lund said the campaign was tired.\n\n"
        "Lund herself has sharpened her message. Writing in the Courier, she argued that the party "
        "must change.",
        "the party must change",
        ["Courier", "Maria Lund"],
    ),
    (  # a title with an office of several words in apposition: the person is whom "he" next refers to
        "Harbour Wire",
        "Minister Ana Oduya said ten people were held. She did not say where.\n\n"
        "The navy's chief of staff, Admiral Tomas Reyes, was more cautious. Speaking to Radio Lora, he "
        "said talks were going on.",
        "talks were going on",
        ["Radio Lora", "Tomas Reyes"],
    ),
    (  # "the agency" after a ratings agency named since the last medium
        "Markets Wire",
        "The Daily Ledger, citing two officials at the debt agency, reported that the sale may be cut.\n\n"
        "The rating was cut by Norvel Ratings in May. The agency said in June that a deficit would hurt.",
        "a deficit would hurt",
        ["Norvel Ratings"],
    ),
    (  # told "a crew from" a broadcaster: the broadcaster is the hop, and "the channel" later
        "Press Agency",
        "\u201cThe ground shook,\u201d Rosa Ibarra told a crew from the broadcaster Canal Norte. Her "
        "neighbour, Luis Pardo, told the channel he had lost his sheep.",
        "he had lost his sheep",
        ["Canal Norte", "Luis Pardo"],
    ),
    (  # a letter by someone is theirs
        "Arts Review",
        "Quoting a 1911 letter by Captain Hugh Barrow, Dr Lena Stroud wrote that the bronzes had been "
        "\u201ctaken as spoils\u201d.",
        "taken as spoils",
        ["Lena Stroud", "Hugh Barrow"],
    ),
    (  # "His agent X" is X, whom "he" next refers to
        "Sports Daily",
        "Paolo Verdi scored twice.\n\nHis agent Marco Ruggeri spoke last night. Speaking to Radio Gol, he "
        "said: \u201cPaolo respects his contract.\u201d",
        "Paolo respects his contract",
        ["Radio Gol", "Marco Ruggeri"],
    ),
    (  # a body by the last word of its name ("City" after Harwick City), and "the club" then
        "Sports Daily",
        "Harwick City want the striker.\n\nCity were giving nothing away. In a statement, the club said "
        "it did not comment on speculation.",
        "it did not comment on speculation",
        ["Harwick City"],
    ),
    (  # an owner's plural possessive is no part of the name ("Engines' HX-700")
        "Air Trade",
        "Jets with Marlow Aero Engines' TX-9 turbofan were grounded. \u201cWe are working round the "
        "clock,\u201d the company said.",
        "We are working round the clock",
        ["Marlow Aero Engines"],
    ),
    (  # (a body's own "s'" is its name: "the union" is the Road Hauliers' Union)
        "Air Trade",
        "The Road Hauliers' Union called a strike. The union said talks would resume.",
        "talks would resume",
        ["Road Hauliers' Union"],
    ),
    (  # "the admiral" after "Admiral X"
        "Fleet News Agency",
        "The fleet commander, Admiral Pavel Orsk, praised the crews. According to the admiral, drones were "
        "used for the first time.",
        "drones were used for the first time",
        ["Pavel Orsk"],
    ),
    (  # a bus company is a company
        "Valley FM",
        "Drivers employed by Fenlow Buses walked out, and the company says only four routes are running.",
        "only four routes are running",
        ["Fenlow Buses"],
    ),
    (  # "Dean" before one name is a given name
        "Valley FM",
        "Union organiser Dean Marsh said drivers were angry.",
        "drivers were angry",
        ["Dean Marsh"],
    ),
    (  # "X, he said, had ...": the one who speaks is not X
        "Valley Courier",
        "Dean Holt, 34, was convicted on Tuesday. Defending, Simon Pike said his client was sorry. Holt, he "
        "said, had lost his job before the attack.",
        "had lost his job before the attack",
        ["Simon Pike"],
    ),
    (  # the court list is a document
        "Valley Courier",
        "Holt is due to appear at Lowmoor Crown Court on Friday, according to the court list.",
        "Holt is due to appear",
        ["court list"],
    ),
    (  # "one" stays in an unnamed source's name, as written
        "Moor Courier",
        "The report quoted one nurse as saying that the ward was unsafe.",
        "the ward was unsafe",
        ["report", "one nurse"],
    ),
    (  # a minister not named, and "the minister" later is that one
        "Daily Sentinel",
        "One cabinet minister told the Sentinel that the campaign had stalled. \u201cShe has run a fine "
        "race,\u201d the minister said. \u201cBut the members decide.\u201d",
        "But the members decide",
        ["One cabinet minister"],
    ),
    (  # a team quoting its doctor; "it reads" after a team put out a statement is the team's
        "Peloton Daily",
        "16:40 \u2013 Dara Pell told Radio Vento that the rules were clear.\n\n"
        "16:32 \u2013 Team Alvira have put out a statement. \u201cOur leader is unwell,\u201d it reads. "
        "\u201cThe race goes on.\u201d The team quoted its doctor, Ines Moro, as saying he had a fever.",
        "The race goes on",
        ["Team Alvira"],
    ),
    (  # (and the doctor it quoted)
        "Peloton Daily",
        "16:32 \u2013 Team Alvira have put out a statement. The team quoted its doctor, Ines Moro, as "
        "saying he had a fever.",
        "he had a fever",
        ["Team Alvira", "Ines Moro"],
    ),
    (  # "X has been speaking to a broadcaster:" then a quotation paragraph: said to that broadcaster
        "Peloton Daily",
        "17:30 \u2013 Ruiz leads Tom Hale by 12 seconds.\n\n17:21 \u2013 Hale has been speaking to host "
        'broadcaster TV Alba just past the line:\n\n"I have dreamed of this since I was a boy."',
        "I have dreamed of this",
        ["TV Alba", "Tom Hale"],
    ),
    (  # a post-mortem examination a speaker cites is under the speaker
        "Valley Courier",
        "Inspector Ruth Dane said a post-mortem examination had found that the man died of a head injury.",
        "the man died of a head injury",
        ["Ruth Dane", "post-mortem examination"],
    ),
    (  # "the detective chief inspector" after "Detective Chief Inspector X"
        "Valley Courier",
        "Detective Chief Inspector Ruth Dane said a man had been charged. A knife was found on Sunday, the "
        "detective chief inspector said.",
        "A knife was found on Sunday",
        ["Ruth Dane"],
    ),
    (  # "the utility" is an energy company named before
        "National Courier",
        "Key points: Eastgrid Power is reporting power cuts.\n\n15:52\nEastgrid update: the utility now says "
        "9,000 homes are without power.",
        "9,000 homes are without power",
        ["Eastgrid Power"],
    ),
    (  # "described how" gives what was said
        "Halverton Review",
        "The Dunmore Courier's account described how the thieves came in through a skylight.",
        "the thieves came in through a skylight",
        ["Dunmore Courier"],
    ),
    (  # people not named, citing a body by its name: the people, then the body
        "Capital Ledger",
        "Analysts at Norvik Securities, citing card data from Pell Retail Insight, said sales had fallen.",
        "sales had fallen",
        ["Analysts at Norvik Securities", "Pell Retail Insight"],
    ),
    (  # a patient not named told a station; a quotation said to "the station" later is said to it
        "Wire Desk",
        "One patient, a 70-year-old former nurse, told local station Bay FM she had heard of the recall from "
        "a friend.\n\n\u201cNobody phoned me,\u201d Ada Lowe told the station.",
        "Nobody phoned me",
        ["Bay FM", "Ada Lowe"],
    ),
    (  # an account by the handle it posts under
        "Music Monthly",
        "\u201cI met my wife at one of their gigs,\u201d one user, posting as amber_lamp, wrote.",
        "I met my wife at one of their gigs",
        ["amber_lamp"],
    ),
]


@pytest.mark.parametrize(("publisher", "text", "words", "chain"), CASES)
def test_constructions_read_in_round_sixteen(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain


@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [  # a hostile probe's over-reach cases from this round's rules, each put right
        (  # "X issued the following statement" with no editor's note: the story goes on in its own voice
            "City Herald",
            "Kessel Council issued the following statement on Monday.\n\n\u201cWe are reviewing the "
            "decision.\u201d\n\nThe decision has angered residents.",
            "The decision has angered residents",
            [],
        ),
        (  # a paper printing someone's letter in full is no release reproduced below
            "City Herald",
            "The Times prints Lund's resignation letter in full.\n\nThe prime minister is expected to name "
            "a successor.",
            "The prime minister is expected to name a successor",
            [],
        ),
        (  # excerpts of an editorial mentioned in a sentence are no monitoring header
            "City Herald",
            "Excerpts of an editorial by the Kessel Gazette on Friday were widely shared.\n\nThe plan was "
            "scrapped on Monday.",
            "The plan was scrapped on Monday",
            [],
        ),
        (  # a person who speaks of their body: "The council would" goes on with their words
            "City Herald",
            "Kessel Council leader Tom Ward said the budget was tight. The council would have to cut "
            "services.",
            "The council would have to cut services",
            ["Tom Ward"],
        ),
        (  # "Emir" after a place is a title
            "City Herald",
            "Qatar's Emir Tamim told the summit the blockade had failed.",
            "the blockade had failed",
            ["Tamim"],
        ),
        (  # "the team" after a club is the club, not researchers named before
            "City Herald",
            "Researchers at Kessel University said the drug worked. Kessel FC lost again on Saturday. The "
            "team said it would regroup.",
            "it would regroup",
            ["Kessel FC"],
        ),
        (  # "X & Y" with no firm's news about it is no firm
            "City Herald",
            "Romeo & Juliet opened at the Globe on Friday. The company said tickets had sold out.",
            "tickets had sold out",
            [],
        ),
        (  # "it reads" after someone posted a letter: theirs
            "City Herald",
            "Anna Lind posted a letter online. \u201cI quit,\u201d it reads.",
            "I quit",
            ["Anna Lind"],
        ),
        (  # ... and nobody's after a petition received
            "City Herald",
            "Kessel Council has received a petition from residents. \u201cWe want the park back,\u201d it "
            "reads.",
            "We want the park back",
            [],
        ),
    ],
)
def test_round_sixteen_rules_do_not_over_reach(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain


def test_a_title_that_is_also_a_given_name_with_odd_spacing():
    """ "Dean  Harlow" (two spaces) once made the title rule rebuild the name with other spacing,
    which the name table then could not line up: an IndexError."""
    from annotations.domain.suggesting import Registry, suggest_claims

    for text in ("Dean  Harlow said the faculty would close.", "Emir \tTamim said talks would resume."):
        assert [p.hops[0].name for p in suggest_claims(text, "City Herald", Registry())] == [
            " ".join(text.split()[:2])
        ]
