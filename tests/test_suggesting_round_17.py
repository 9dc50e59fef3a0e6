"""Attribution suggestions on constructions read in round 17 of issue 17 (from round 16's set, opened
for this round, and the development sets dev20 and dev21; earlier rounds' are in
test_suggesting_round*.py): each case a publisher, a short text, the span asked about and the chain
expected (publisher left out), written afresh here, not copied from the sets."""

import pytest

from .test_suggesting_rounds import chain_in

CASES = [
    (  # "cited X as reporting that", then a nested "quoted Y as saying": four deep
        "Border Digest",
        "Kanal West cited the news site Dolina as reporting that village elders had quoted a herder as "
        "saying the shots came from the hill.",
        "the shots came from the hill",
        ["Kanal West", "Dolina", "village elders", "herder"],
    ),
    (  # people with no article quoted "as saying", inside a speaker's words after the content
        "Court Wire",
        "Ms Okafor relied on a report by Dr Lena Brandt. Dr Brandt quoted former guards as saying that "
        "the cells were never heated, Ms Okafor said.",
        "the cells were never heated",
        ["Okafor", "Lena Brandt", "former guards"],
    ),
    (  # a medium as subject with "citing X" and no verb of saying: the medium cites X
        "Media Watch",
        "The opposition weekly Glas questioned the official account, citing two nurses who said the "
        "ward had been full.",
        "the ward had been full",
        ["Glas", "two nurses"],
    ),
    (  # (a medium described before its name, capitalised at the sentence's start)
        "Media Watch",
        "Private broadcaster Kanal 9, citing figures from the Norvik Institute, puts turnout at 61 per cent.",
        "turnout at 61 per cent",
        ["Kanal 9", "Norvik Institute"],
    ),
    (  # a statement issued by a body: the body, then the one who speaks in it
        "Science Desk",
        "In a press release issued by Carrow University, lead author Mira Holt said the trees had budded "
        "early.",
        "the trees had budded early",
        ["Carrow University", "Mira Holt"],
    ),
    (  # "..., reporting that" after a medium that "went further"
        "Screen Daily",
        "The Evening Lamp went further, reporting that the director had quit.",
        "the director had quit",
        ["Evening Lamp"],
    ),
    (  # "..., telling the meeting that": the subject speaks, to no medium
        "Town Crier",
        "Councillor Ruth Amis defended the plan, telling the meeting that the budget was fixed.",
        "the budget was fixed",
        ["Ruth Amis"],
    ),
    (  # "X, he said, had documented ...": his words, citing X
        "Court Wire",
        "Counsel Tom Pardoe spoke next. The Kessel Prison Trust, he said, had documented nine escapes.",
        "had documented nine escapes",
        ["Tom Pardoe", "Kessel Prison Trust"],
    ),
    (  # a speaker just after a quotation speaks it, whatever follows the verb
        "Launch Wire",
        "The test was \u201ca triumph,\u201d Director General Omar Vale declared at a briefing held at the "
        "site later that day. He said the engine had fired for six minutes.",
        "the engine had fired for six minutes",
        ["Omar Vale"],
    ),
    (  # a body's name with "and" in it, referred to by its noun
        "Moor Advertiser",
        "Crews from Brackley Fire and Rescue Service attended 80 fires, according to figures released by "
        "the service.",
        "Crews from Brackley Fire and Rescue Service attended 80 fires",
        ["Brackley Fire and Rescue Service"],
    ),
    (  # "according to the laboratory's results": the laboratory named in apposition
        "Field Notes",
        "Samples went to Tarn Analytics, an accredited laboratory in Leeds.\n\nLead was found in four "
        "samples, according to the laboratory's results.",
        "Lead was found in four samples",
        ["Tarn Analytics"],
    ),
    (  # a tabloid's verb of saying before a colon and a quotation
        "Back Page",
        "Rovers boss Dean Colley was furious.\n\nHe fumed: \u201cWe were robbed.\u201d",
        "We were robbed",
        ["Dean Colley"],
    ),
    (  # a country's state television told is a hop
        "Energy Wire",
        "Oil minister Sami Rahal told Varesh state television that output would rise.",
        "output would rise",
        ["Varesh state television", "Sami Rahal"],
    ),
    (  # a medium described before its name is a medium told
        "Back Page",
        "Agent Luca Ferri told Italian radio show Calcio Sera that his client wanted to leave.",
        "his client wanted to leave",
        ["Calcio Sera", "Luca Ferri"],
    ),
    (  # "annual reports published by X" is X
        "Field Notes",
        "Inspections fell by a third, according to annual reports published by the Food Standards Office.",
        "Inspections fell by a third",
        ["Food Standards Office"],
    ),
    (  # how a document was prepared stays in its name before its verb
        "Court Wire",
        "Defence counsel Mia Brook said a medical report prepared for the court had concluded that the "
        "defendant was unwell.",
        "the defendant was unwell",
        ["Mia Brook", "medical report prepared for the court"],
    ),
    (  # (and whom it was presented to, then "the report added")
        "Town Crier",
        "A report presented to the cabinet said the pool was losing money. Repairs would cost "
        "\u00a32m, the report added.",
        "Repairs would cost",
        ["report presented to the cabinet"],
    ),
    (  # the publisher's signed note ends a release it republishes
        "Lab Bulletin",
        "Editor's note: The following press release was issued by Carrow University on 2 June.\n\n"
        "Carrow University researchers have found a new moth.\n\n"
        "Lab Bulletin note: We asked an outside expert to look at the paper. Dr Ian Hale, who was not "
        "involved, told Lab Bulletin the find was real.",
        "the find was real",
        ["Ian Hale"],
    ),
    (  # telling a body's staff tells people, not a medium
        "Island Wire",
        "The World Refugee Agency said it had registered 40 survivors. Its spokesman, Leo Varn, said "
        "survivors had told the agency's staff that the boat had been overloaded.",
        "the boat had been overloaded",
        ["Leo Varn", "survivors"],
    ),
    (  # an unnamed source's who-clause at the sentence's end
        "Business Week",
        "\u201cThe numbers changed every week,\u201d said a former analyst who left in 2023.",
        "The numbers changed every week",
        ["former analyst who left in 2023"],
    ),
    (  # minutes "record that", and a role just after "that" with its holder's name
        "Health Desk",
        "Minutes of a June board meeting, seen by Health Desk, record that the trust's finance director, "
        "Amy Lund, told colleagues the list was private.",
        "the list was private",
        ["Minutes of a June board meeting", "Amy Lund"],
    ),
    (  # "The following is the text of the report": the medium named last, up to its end line
        "Kessel Monitoring",
        "Norvik State Television on 3 May led its bulletin with the floods.\n\n"
        "The following is the text of the report:\n\n"
        "[Presenter] The situation in the region is under full control.\n\n"
        "Source: Norvik State Television, in Norvik 1800 gmt 3 May 25",
        "The situation in the region is under full control",
        ["Norvik State Television"],
    ),
    (  # (a whole paragraph in brackets inside it is the publisher's note)
        "Kessel Monitoring",
        "Norvik State Television on 3 May led its bulletin with the floods.\n\n"
        "The following is the text of the report:\n\n"
        "[Presenter] The situation in the region is under full control.\n\n"
        "[The report did not mention the deaths reported by local media.]\n\n"
        "Source: Norvik State Television, in Norvik 1800 gmt 3 May 25",
        "The report did not mention the deaths",
        [],
    ),
    (  # a rank joined by a hyphen is a title
        "Kessel Monitoring",
        "Col-Gen Piotr Adler said 400 troops had been deployed.",
        "400 troops had been deployed",
        ["Piotr Adler"],
    ),
    (  # "had been told by X before Christmas that": X under the speaker
        "Town Crier",
        "Librarian Jo Marsh said staff had been told by a senior manager before Christmas that no new "
        "books would be bought.",
        "no new books would be bought",
        ["Jo Marsh", "senior manager"],
    ),
    (  # "the Courier quoted him as saying" after his quotation: the last person named
        "Arts Wire",
        "Conductor Paul Mendel left the orchestra on Friday. \u201cI could not stay,\u201d the Courier "
        "quoted him as saying.",
        "I could not stay",
        ["Courier", "Paul Mendel"],
    ),
    (  # "calculations by its X Centre" name the centre
        "Space Desk",
        "The Northern Space Agency, citing calculations by its Orbit Analysis Centre, said the rock would "
        "miss Earth.",
        "the rock would miss Earth",
        ["Northern Space Agency", "Orbit Analysis Centre"],
    ),
    (  # "pointed to figures from X which show": the subject speaks, citing X
        "Road Safety News",
        "Campaigner Ana Petrova was not satisfied. She pointed to figures from the Kessel crash database "
        "which show that complaints began in 2021.",
        "complaints began in 2021",
        ["Ana Petrova", "Kessel crash database"],
    ),
    (  # "cited a study by researchers at X, which she said found"
        "Field Notes",
        "Dr Ruth Ames is a toxicologist. She cited a study by researchers at the Tarn Institute, which she "
        "said found that exposure harmed memory.",
        "exposure harmed memory",
        ["Ruth Ames", "researchers at the Tarn Institute"],
    ),
]


@pytest.mark.parametrize(("publisher", "text", "words", "chain"), CASES)
def test_constructions_read_in_round_seventeen(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain


@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [  # where this round's rules stop
        (  # "shouted" is no verb of saying: what was shouted is often an act told by another
            "City Herald",
            "Fans shouted \u201cout\u201d as the council voted to close the ground.",
            "the council voted to close the ground",
            [],
        ),
        (  # "told state television" with no country named stays no hop, as the first sets have it
            "City Herald",
            "Interior minister Ana Rost told state television that the army was ready.",
            "the army was ready",
            ["Ana Rost"],
        ),
        (  # a letter sent to someone by a resident is the resident's
            "City Herald",
            "MP Tom Reid read out a letter sent to him by a Kessel resident, who wrote that the river stank.",
            "the river stank",
            ["Kessel resident"],
        ),
        (  # when an email was sent is no part of its name
            "City Herald",
            "An internal email sent to staff on 12 January, seen by the Herald, said the breach was "
            "contained.",
            "the breach was contained",
            ["internal email"],
        ),
        (  # "claimed responsibility" is an act, not words
            "City Herald",
            "Gunmen seized the convoy last year. The Northern Front later claimed responsibility.",
            "The Northern Front later claimed responsibility",
            [],
        ),
        (  # a body as subject with "citing X" acts for its reasons: no hop for the body
            "City Herald",
            "The ministry closed the road on Monday, citing safety concerns.",
            "The ministry closed the road",
            [],
        ),
        (  # "X, he said, had closed the road": an act the speaker tells of, not X's words
            "City Herald",
            "Inspector Dan Moss spoke to residents. The council, he said, had closed the road.",
            "had closed the road",
            ["Dan Moss"],
        ),
        # a hostile probe's over-reach cases from this round's rules, each put right:
        (  # a verb of how something was said, with no words, is no speaker
            "City Herald",
            "Oil gushed from the ruptured pipeline for three days, officials said.",
            "Oil gushed from the ruptured pipeline",
            ["officials"],
        ),
        (  # (nor a smile)
            "City Herald",
            "Coach Tom Reid beamed after the win.",
            "Coach Tom Reid beamed after the win",
            [],
        ),
        (  # "X, he said, had found" a thing is an act he tells of
            "City Herald",
            "Inspector Dan Moss spoke to reporters. The search team, he said, had found the hiker alive.",
            "had found the hiker alive",
            ["Dan Moss"],
        ),
        (  # a title in quotation marks before a name is no quotation spoken
            "City Herald",
            "After the premiere of \u201cTides,\u201d Mayor Bo Lind declared a state of emergency.",
            "Mayor Bo Lind declared a state of emergency",
            [],
        ),
        (  # "reporting that war": "that" a determiner, no words reported
            "City Herald",
            "Tom Reid spent a decade in Kabul, reporting that war for the Herald.",
            "Tom Reid spent a decade in Kabul",
            [],
        ),
        (  # Parliament told, then the words: no state television told
            "City Herald",
            "The minister told Parliament state television had been infiltrated by spies.",
            "had been infiltrated by spies",
            ["minister"],
        ),
        (  # the text of a report whose author is named: not the medium named before
            "City Herald",
            "The BBC ran the story first.\n\nThe following is the text of the report by the Harbour "
            "Commission:\n\nThe pier must close.",
            "The pier must close",
            [],
        ),
        (  # (nor a report a medium only published news of)
            "City Herald",
            "Reuters published the findings last week.\n\nThe following is the full text of the report:"
            "\n\nThe pier must close, the commission found.",
            "The pier must close",
            ["commission"],
        ),
        (  # pointing to a bridge is no citing
            "City Herald",
            "Ana Lind was the first to arrive. She pointed to the Kessel Bridge, which showed signs of "
            "rust, and said it was unsafe.",
            "it was unsafe",
            ["Ana Lind"],
        ),
    ],
)
def test_round_seventeen_rules_do_not_over_reach(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain
