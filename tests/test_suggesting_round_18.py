"""Attribution suggestions on constructions read in round 18 of issue 17 (from round 17's set, opened
for this round, and the development sets dev23 and dev24; earlier rounds' are in
test_suggesting_round*.py): each case a publisher, a short text, the span asked about and the chain
expected (publisher left out), written afresh here, not copied from the sets."""

import pytest

from annotations.domain.suggesting import Registry, suggest_claims

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
    (  # "quoted as saying X had assured him": X speaks, without the "saying" before it
        "Border Wire",
        "Channel 9 quoted Anton Lisske as saying the talks would go on. Lisske was also quoted as saying "
        "Caldonian mediators had assured him the Alliance was close to a deal.",
        "the Alliance was close to a deal",
        ["Channel 9", "Anton Lisske", "Caldonian mediators"],
    ),
    (  # "Citing X, the patrol said": the patrol named before, not X in apposition
        "Marlow Ledger",
        "The State Highway Patrol has closed Route 9. Citing the state Department of Transportation, the "
        "patrol said plow drivers had been pulled off the interstate.",
        "plow drivers had been pulled off the interstate",
        ["State Highway Patrol", "state Department of Transportation"],
    ),
    (  # "Both said": the two people just named, not the filings named before them
        "Civic Ledger",
        "Filings at the Companies Registry show the charity grew. According to two former finance "
        "assistants, who asked not to be named, claims were approved late. Both said colleagues in payroll "
        "had told them that bonuses had been backdated.",
        "bonuses had been backdated",
        ["two former finance assistants", "colleagues in payroll"],
    ),
    (  # people named by the ending of what they do ("assistants", "physicians", "trainees")
        "Health Desk",
        "According to three junior physicians, the ward was closed twice in May.",
        "the ward was closed twice in May",
        ["three junior physicians"],
    ),
    (  # a relative clause with an irregular verb is part of how they are named
        "Monitor",
        "The daily Morgenkurier, citing two diplomats who took part in the closing session, reported that "
        "the pipeline talks collapsed.",
        "the pipeline talks collapsed",
        ["Morgenkurier", "two diplomats who took part in the closing session"],
    ),
    (  # (and one closed by "as saying")
        "Mining Wire",
        "The newspaper El Eco quoted two miners who had left the shift early as saying that the roof had "
        "cracked.",
        "the roof had cracked",
        ["El Eco", "two miners who had left the shift early"],
    ),
    (  # a newspaper whose name ends in "Ledger" is a medium, and "the Ledger" refers back to it
        "Bytewire",
        "Internal chat logs seen by the Pacific Ledger show that engineers raised concerns. The Ledger "
        "said it had reviewed more than 2,000 messages.",
        "it had reviewed more than 2,000 messages",
        ["Pacific Ledger"],
    ),
    (  # whoever told the speaker, however described, between "said" and "had told him"
        "Commons Ledger",
        "Gordon Pettifer spoke next. Pettifer said haulage firms in his constituency had told him the change "
        "to fuel duty would cost them dearly.",
        "the change to fuel duty would cost them dearly",
        ["Gordon Pettifer", "haulage firms in his constituency"],
    ),
    (  # "Speaking later to X,": an adverb before "to"
        "Health News",
        "Martin Okafor, the medical director, spoke first. Speaking later to Radio Carraway, Okafor said the "
        "laboratory had found a single strain.",
        "the laboratory had found a single strain",
        ["Radio Carraway", "Martin Okafor"],
    ),
    (  # "Asked about it by a medium, she said": the medium asked
        "Backline",
        "Asked about a reunion by the Sunday Ledger in 2022, Marnie Vaughan said she would never share a "
        "stage with him.",
        "she would never share a stage with him",
        ["Sunday Ledger", "Marnie Vaughan"],
    ),
    (  # a name with "The" in it, after "close to"
        "Backline",
        "Two people close to The Hollow Orchards told Backline that the band had met in January.",
        "the band had met in January",
        ["Two people close to The Hollow Orchards"],
    ),
    (  # a long phrase between the verb and the colon before a quotation
        "SportsDesk",
        "Talia Brandt withdrew on Tuesday. Brandt addressed fans in a video posted on her social media "
        'accounts on Tuesday afternoon: "I am heartbroken." ',
        "I am heartbroken.",
        ["Talia Brandt"],
    ),
    (  # a body by the first word of its name, when "court" inside "Harcourt" made it read as a body's
        "Lindell Herald",
        "The paintings are covered by Harcourt Fine Art, the specialist underwriter. Harcourt said in a "
        "statement that it had been notified of the loss.",
        "it had been notified of the loss",
        ["Harcourt Fine Art"],
    ),
    (  # "published simultaneously in": the journal named, not the publisher called "... News"
        "Vitalis Health News",
        "Results of the trial were published simultaneously in the Transatlantic Journal of Medicine. "
        "Over 26 months, an event occurred in 14.2% of patients, the journal reported.",
        "an event occurred in 14.2% of patients",
        ["Transatlantic Journal of Medicine"],
    ),
    (  # "told the programme": the broadcaster whose programme he spoke to
        "Wrexford Post",
        "Speaking to Radio Wrexford's breakfast programme, Neil Ashby said the company had tried. He told "
        "the programme the decision had nothing to do with the workforce.",
        "the decision had nothing to do with the workforce",
        ["Radio Wrexford", "Neil Ashby"],
    ),
    (  # a company's accounts filed somewhere: a document, named as written
        "Wrexford Post",
        "Accounts filed at Companies House show that Brannock made a pre-tax loss of £12.4m.",
        "made a pre-tax loss of £12.4m",
        ["Accounts filed at Companies House"],
    ),
    (  # (and whoever they were filed with is still itself afterwards)
        "Civic Ledger",
        "According to accounts filed with the Charities Oversight Commission, spending rose. The Charities "
        "Oversight Commission said it does not approve contracts.",
        "it does not approve contracts",
        ["Charities Oversight Commission"],
    ),
    (  # the publisher by its initials, an acronym in its name giving all its letters: KVTV
        "Kestrel Valley TV",
        'Dr Helen Marsh, the area manager, told KVTV: "This is a serious pollution incident."',
        "This is a serious pollution incident.",
        ["Helen Marsh"],
    ),
    (  # a verb after the words, then a long phrase to the end of the sentence
        "Norvask News Agency",
        "The Ministry of Defence announced the drills on Monday. The manoeuvres are purely defensive, the "
        "ministry stressed in a statement published on its official website on Tuesday morning.",
        "The manoeuvres are purely defensive",
        ["Ministry of Defence"],
    ),
    (  # "denied ever having discussed": what is denied; "Contacted by" the publisher, in his own name
        "Marcador",
        "The Sunday Echo, quoting a Rovers insider, claimed that Jorge Mendaro had threatened to quit. "
        "Contacted by Marcador, Mendaro denied ever having discussed the tour with Hale.",
        "Mendaro denied ever having discussed the tour",
        ["Jorge Mendaro"],
    ),
    (  # whoever informed someone else, between "said" and "that"
        "Rail News",
        "Managing director Graham Oyelaran said infrastructure owner RailGrid had informed the company that "
        "all relays had been inspected.",
        "all relays had been inspected",
        ["Graham Oyelaran", "RailGrid"],
    ),
    (  # (or complained, with a phrase before "that")
        "Rail News",
        "Kerry Maddox, the union's regional secretary, said drivers at the Lindmere depot had complained for "
        "more than a year that they were rostered on six early shifts.",
        "they were rostered on six early shifts",
        ["Kerry Maddox", "drivers at the Lindmere depot"],
    ),
    (  # a date after the one who warned is no part of who they are
        "Press Review",
        "The Weekend Courier goes furthest. Two cabinet ministers told the paper that Marsk had been warned "
        "by party pollsters in May that the party risked losing 15 seats.",
        "the party risked losing 15 seats",
        ["Weekend Courier", "Two cabinet ministers", "party pollsters"],
    ),
    (  # a newspaper named for a day, named first where nobody speaks, then "the Herald"
        "Press Review",
        "The Saturday Herald, which has backed Marsk, takes a measured line. Inside, the Herald reports, "
        "quoting officials at the Finance Ministry, that Varga wants a hiring freeze.",
        "Varga wants a hiring freeze",
        ["Saturday Herald", "officials at the Finance Ministry"],
    ),
    (  # "Its political editor" after a sentence that opens with "The" and the newspaper's name
        "Press Review",
        "The Saturday Herald, which has backed Marsk, takes a measured line. Its political editor, Joanna "
        "Pike, writes that the exit had been an open secret.",
        "the exit had been an open secret",
        ["Saturday Herald", "Joanna Pike"],
    ),
    (  # "the French-language newspaper Le Monde" is Le Monde
        "State Agency",
        "In an interview with the French-language newspaper Le Monde, Farid Oussedik said grain trade could "
        "triple.",
        "grain trade could triple",
        ["Le Monde", "Farid Oussedik"],
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
        (  # deputies who responded to crashes did something; the sheriff's office said so
            "Marlow Ledger",
            "Deputies had responded to 63 crashes since the snow began, the County Sheriff's Office said.",
            "Deputies had responded to 63 crashes",
            ["County Sheriff's Office"],
        ),
        (  # things that end as people's nouns do are no people
            "Farm Wire",
            "Output fell at two plants in Ohio, Delmar Foods said.",
            "Output fell at two plants in Ohio",
            ["Delmar Foods"],
        ),
        (  # "Both" of things is no source of words
            "City Herald",
            "The council and the union met twice. Both sides left early.",
            "Both sides left early",
            [],
        ),
        (  # a passenger who spoke to a broadcaster: the broadcaster is a hop, not part of the name
            "Island Times",
            "According to a passenger who spoke to state broadcaster ERT, the vessel began listing at once.",
            "the vessel began listing at once",
            ["ERT", "passenger"],
        ),
        (  # asked by reporters: no medium asked
            "City Herald",
            "Asked about the plan by reporters on Monday, Mayor Ana Lind said it would go ahead.",
            "it would go ahead",
            ["Ana Lind"],
        ),
        (  # "said it had told them": no one named between "said" and "told them"
            "City Herald",
            "The council said it had told them the road would close.",
            "the road would close",
            ["council"],
        ),
        (  # a government's programme is no broadcaster
            "City Herald",
            "The vaccination programme has reached 2 million people, the ministry said.",
            "The vaccination programme has reached 2 million people",
            ["ministry"],
        ),
        (  # bank accounts are no document
            "City Herald",
            "Fraudsters emptied 40 bank accounts in May, police said.",
            "Fraudsters emptied 40 bank accounts in May",
            ["police"],
        ),
        (  # an act done in a place, however long the phrase after it
            "City Herald",
            "Governor Ana Ruiz visited in the early hours of Tuesday the villages cut off by the flood.",
            "the villages cut off by the flood",
            [],
        ),
        (  # those cited are who complained: no one more after them
            "Austral",
            "The National Federation of Mine Workers, citing miners at the site, said workers had complained "
            "for weeks that the sensors were faulty.",
            "the sensors were faulty",
            ["National Federation of Mine Workers", "miners at the site"],
        ),
        (  # a day before a name that is no newspaper's still begins no name
            "City Herald",
            "Saturday Anna Berg said the road would close.",
            "the road would close",
            ["Anna Berg"],
        ),
    ],
)
def test_round_eighteen_rules_do_not_over_reach(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain


def test_a_medium_citing_beside_someone_asked_by_a_medium_is_read():
    # The round's probe: a medium read as citing ("... Citing ...") with an "Asked ... by The Herald,"
    # in the same sentence failed with a KeyError (the listener had no speaker to attach to).
    text = (
        "Headline\nThe Daily Probe\n1 May 2025\n\nLady Patrol Speaking Lord Brigade Asked Ledger Hollow "
        "Quoting Harcourt Quoting Orchards Orchards Quoting Art Fine Fine Lord Accounts Citing Art Art "
        "Patrol Brigade Lady Lady Lord Citing Programme Fine Asked Hollow Brigade Fine Ms Programme Sunday "
        "Quoting Sunday Sunday Patrol Brigade Patrol Sunday Ledger Lord The Asked Lord Accounts Hollow by "
        "The Herald,"
    )
    [listed] = suggest_claims(text, "The Daily Probe", Registry())
    assert listed.sentence_start == text.index("Lady Patrol")
    assert all(hop.name for hop in listed.hops)
