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
        (  # whoever is cited between a speaker and the verb, as written
            "Valley Herald",
            "The newsletter Farm Week, citing seed merchants who toured the valley in May, reported that "
            "barley yields were down by a third.",
            "barley yields were down",
            ["Farm Week", "seed merchants who toured the valley in May"],
        ),
        (  # notices are documents
            "Valley Herald",
            "Kira Holm runs a shipping blog. Holm, citing port notices, wrote that the ferry would be "
            "withdrawn.",
            "the ferry would be withdrawn",
            ["Kira Holm", "port notices"],
        ),
        (  # ... while a reason given for an act is nobody's word
            "Valley Herald",
            "The airline cancelled 40 flights, citing high winds, and said more would follow.",
            "more would follow",
            ["airline"],
        ),
        (  # an unnamed source with what they did, in full, and later by its noun
            "Valley Herald",
            "A nurse who has worked on the ward since 2019 said the rota had been cut twice.\n\n"
            "The nurse said managers knew.",
            "managers knew",
            ["nurse who has worked on the ward since 2019"],
        ),
        (  # "it" after a verb is its object, not a speaker: the aside before "said" stays the source's
            "Valley Herald",
            "An analyst, speaking on condition of anonymity because she was not cleared to discuss it "
            "publicly, said the deal was close.",
            "the deal was close",
            ["analyst"],
        ),
        (  # a trade before a name, as newspapers write it
            "Valley Herald",
            "Photographer Tomas Ruud said he had lost half his hives.",
            "he had lost half his hives",
            ["Tomas Ruud"],
        ),
        (  # a statement posted to one's own website is no medium's
            "Valley Herald",
            "Organiser Brightlands Events confirmed the news in a statement posted to the fair's website.\n\n"
            "\u201cRefunds will be automatic,\u201d the statement said.",
            "Refunds will be automatic",
            ["Brightlands Events"],
        ),
        (  # a report's verbs in the present tense, and a body it quotes nested under its author
            "Valley Herald",
            "A report by Owen Pryce, the council's chief planner, concludes that the scheme is sound.",
            "the scheme is sound",
            ["Owen Pryce"],
        ),
        (
            "Valley Herald",
            "Owen Pryce, the council's chief planner, wrote the report. On traffic, Mr Pryce notes that the "
            "highways authority, in its response, says the junction can cope.",
            "the highways authority",
            ["Owen Pryce", "highways authority"],
        ),
        (  # a party and a seat after a name
            "Valley Herald",
            "Councillor Nia Bramwell (Lib Dem, Eastfield), who chairs the committee, called it a mistake.\n\n"
            "\u201cWe were never consulted,\u201d she said.",
            "We were never consulted",
            ["Nia Bramwell"],
        ),
        (  # ... but initials after a name are kept: they name it again
            "Valley Herald",
            "The Coastal Rescue Federation (CRF) said boats were ready. The CRF said crews were on standby.",
            "crews were on standby",
            ["Coastal Rescue Federation"],
        ),
        (  # a person introduced by a possessive description is whom "he" next refers to
            "Valley Herald",
            "The club's treasurer, Mr Idris Kane, has not commented. However, he told members that the "
            "accounts were sound.",
            "the accounts were sound",
            ["Idris Kane"],
        ),
        (  # minutes of a body's meeting, named in full
            "Valley Herald",
            "According to minutes of Eastfield Town Council's March meeting, the clerk warned that reserves "
            "were low.",
            "reserves were low",
            ["minutes of Eastfield Town Council's March meeting", "clerk"],
        ),
        (  # a musician's instrument before the name
            "Valley Herald",
            "Guitarist Lena Brooke said the tour had been cancelled.",
            "the tour had been cancelled",
            ["Lena Brooke"],
        ),
        (  # a title in lower case with its office after it
            "Valley Herald",
            "\u201cThe runway stays shut,\u201d airport director of operations Ivo Kranjc told reporters.",
            "The runway stays shut",
            ["Ivo Kranjc"],
        ),
        (  # a surname alone is the full name first given, even after a relative of the same name spoke
            "Valley Herald",
            "Ada Varn, 71, was rescued on Sunday. Her son, Piet Varn, said she was strong.\n\n"
            "Varn said the cold had been the worst of it.",
            "the cold had been the worst",
            ["Ada Varn"],
        ),
        (  # a name followed by "which" is a body's: "the manufacturer" is it
            "Valley Herald",
            "Tarn Ropeworks, which makes the cables at a plant in Hull, said it had recalled a batch. "
            "The manufacturer said no one had been hurt.",
            "no one had been hurt",
            ["Tarn Ropeworks"],
        ),
        (  # speech verbs of many speakers in the present tense
            "Valley Herald",
            "People close to the coach say he is tired. They insist he will stay until May.",
            "he will stay until May",
            ["People close to the coach"],
        ),
        (  # what analysts do is no word of their bank's name
            "Valley Herald",
            "Analysts at Merrow Brothers trimmed their forecasts, saying demand had "
            "\u201cfallen off a cliff\u201d.",
            "fallen off a cliff",
            ["Analysts at Merrow Brothers"],
        ),
        (  # a name with "nato" inside it is a person's; "the Ostrevian leader" is the country's president
            "Voice of Marren",
            "President of the Republic of Ostrevia Anatol Vrenik held talks on Wednesday.\n\n"
            "\u201cWe are friends,\u201d the Ostrevian leader said.",
            "We are friends",
            ["Anatol Vrenik"],
        ),
        (  # someone from a body, described, is not the body: the body named alone later is itself
            "Valley Herald",
            "Her father said a volunteer from the Fellside Rescue Team had told him to keep hoping.\n\n"
            "The Fellside Rescue Team said in a statement that it had been called out 40 times.",
            "it had been called out",
            ["Fellside Rescue Team"],
        ),
        (  # minutes of a meeting on an abbreviated date
            "Valley Herald",
            "Minutes of the board's Jan. 12 meeting show that the fund was overspent.",
            "the fund was overspent",
            ["Minutes of the board's Jan. 12 meeting"],
        ),
        (  # "It found" after a report by a body was named, and nothing has spoken since: the body
            "Valley Herald",
            "Staff say the ward is unsafe, and a draft report by the Care Standards Board agrees. The report "
            "has been leaked to the Herald.\n\nIt found that patients waited eleven hours.",
            "patients waited eleven hours",
            ["Care Standards Board"],
        ),
        (  # a report quotes someone who told others something
            "Valley Herald",
            "A draft report by the Care Standards Board was leaked on Monday.\n\nThe report also quotes a "
            "matron who told inspectors the ward was \u201cat breaking point\u201d.",
            "at breaking point",
            ["Care Standards Board", "matron"],
        ),
        (  # verbs of a confidence, a projection and a memory
            "Valley Herald",
            "Singer Ola Brandt confided to friends that the tour was \u201cdone\u201d, according to a pal.",
            "done",
            ["pal", "Ola Brandt"],
        ),
        (
            "Valley Herald",
            "Pollsters at Brightwater Research, who spoke to 9,000 voters, project that the Greens will "
            "win 40 seats.",
            "the Greens will win 40 seats",
            ["Pollsters at Brightwater Research"],
        ),
        (
            "Valley Herald",
            "Professor Ada Lorne, who ran the lab, remembered him as \u201ca gentle tyrant\u201d.",
            "a gentle tyrant",
            ["Ada Lorne"],
        ),
        (  # friends, as a group, tell things
            "Valley Herald",
            "Mara Innes, 16, said friends at another school had told her the paper was leaked.",
            "the paper was leaked",
            ["Mara Innes", "friends at another school"],
        ),
        (  # one name alone, then "she"
            "Valley Herald",
            "\u201cWe all saw it,\u201d said Oona, 17. \u201cNobody stopped it,\u201d she said.",
            "Nobody stopped it",
            ["Oona"],
        ),
        (  # "Channel East" is a broadcaster's name, not "Channel" before a name
            "Valley Herald",
            "Its director, Omar Bell, told the broadcaster Channel East that fares would rise.",
            "fares would rise",
            ["Channel East", "Omar Bell"],
        ),
        (  # newspapers by the words their names end in
            "Valley Herald",
            "Ravi Sen told the Sunday Clarion that the marriage was \u201cstronger than ever\u201d.",
            "stronger than ever",
            ["Sunday Clarion", "Ravi Sen"],
        ),
        (  # "he" is not the woman a "she" was read as, but the man named before her
            "Valley Herald",
            "Ivo Brandt, the founder, died on Monday, his daughter, Lena Brandt, said. \u201cHe worked to "
            "the end,\u201d she said.\n\nIn a 1990 interview with Soil Weekly, he said he had chosen soil "
            "\u201cbecause nobody else wanted it\u201d.",
            "because nobody else wanted it",
            ["Soil Weekly", "Ivo Brandt"],
        ),
        (  # a journal named where something was published, then "the journal"
            "Valley Herald",
            "The study, published in 2021 in the Annals of Soil Science, was cited widely.\n\n"
            "The journal said the images had been altered.",
            "the images had been altered",
            ["Annals of Soil Science"],
        ),
        (  # a body puts a figure on something
            "Valley Herald",
            "The Ministry of Fisheries, in its quarterly report released on Monday, put this year's cod "
            "catch at 40,000 tonnes.",
            "this year's cod catch",
            ["Ministry of Fisheries"],
        ),
        (  # a group's name may read as a person's
            "Valley Herald",
            "The boat, run by the aid group Clear Water, reached the harbour.\n\nClear Water denied "
            "wrongdoing. In a statement, the group said its crew had followed orders.",
            "its crew had followed orders",
            ["Clear Water"],
        ),
        (  # "It noted" after a body's report was named
            "Valley Herald",
            "Inspectors from the Care Quality Board visited in March.\n\nThe board's report, published in "
            "May, rated the home inadequate. It noted that staff had not been trained.",
            "staff had not been trained",
            ["Care Quality Board"],
        ),
        (  # a long aside between a speaker and the verb
            "Valley Herald",
            "Aldo Ferri, a geologist at the University of Trevena who flew over the slope with the regional "
            "civil protection service on Monday afternoon, said heavy rain had loosened the clay.",
            "heavy rain had loosened the clay",
            ["Aldo Ferri"],
        ),
        (  # "the force" after a police force spoke
            "Valley Herald",
            "Westfold Police have confirmed an incident. In a post on social media, the force said officers "
            "were called at 9am.",
            "officers were called at 9am",
            ["Westfold Police"],
        ),
        (  # documents disclosed by a body are the documents, not the body
            "Valley Herald",
            "Her solicitor said documents disclosed by the force in a tribunal claim showed that 47 files "
            "had been deleted.",
            "47 files had been deleted",
            ["documents disclosed by the force in a tribunal claim"],
        ),
        (  # a name after "its" qualifies a noun: "its Nether Ashby claims" claims nothing
            "Valley Herald",
            "Marlow Mutual said it had settled most of its Upper Dene claims in full.",
            "it had settled most",
            ["Marlow Mutual"],
        ),
        (  # calculations by someone are theirs
            "Valley Herald",
            "Rate swaps showed traders pricing a 35 percent chance of a cut, according to calculations "
            "by Brill Securities.",
            "traders pricing",
            ["Brill Securities"],
        ),
        (  # a museum named as a place, then "the museum"
            "Valley Herald",
            "The hoard was taken to the Dunmore Museum of Antiquities in Carrow. The museum said cleaning "
            "it would take a year.",
            "cleaning it would take a year",
            ["Dunmore Museum of Antiquities"],
        ),
        (  # reporting something to a body is an act, not words
            "Valley Herald",
            "Ivo Marsh told the Herald that he had reported cracks in the wall above the road to the "
            "municipality last year.",
            "he had reported cracks",
            ["Ivo Marsh"],
        ),
        (  # people the publisher spoke to, then "they"
            "Valley Herald",
            "The Herald has spoken to three former trustees. They said they had raised concerns twice.",
            "they had raised concerns",
            ["three former trustees"],
        ),
        (  # one who phoned someone to say something says it
            "Valley Herald",
            "Jo Hale said her brother, Sam Hale, had phoned her at 10:15 to say that he was safe.",
            "he was safe",
            ["Jo Hale", "Sam Hale"],
        ),
        (  # a medium that "first reported"
            "Valley Herald",
            "The daily Kurjer first reported on Tuesday, citing two party officials, that the vote was lost.",
            "the vote was lost",
            ["Kurjer", "two party officials"],
        ),
        (  # a podcast is a medium, named by what it is
            "Valley Herald",
            "Speaking to the history podcast Long Ago, which first broke the story, Dr Ana Ruiz said the "
            "coins were Roman.",
            "the coins were Roman",
            ["Long Ago", "Ana Ruiz"],
        ),
        (  # a draft of minutes, named in full
            "Valley Herald",
            "A draft of the minutes of Monday night's emergency board meeting shows that the chair "
            "offered to resign.",
            "the chair offered to resign",
            ["draft of the minutes of Monday night's emergency board meeting"],
        ),
        (  # "X told her that ..., she said": she tells the publisher what X told her
            "Valley Herald",
            "Ruth Kell, 78, lost her home. Her insurer, Marlow Mutual, told her in March that the repairs "
            "would take twelve weeks, she said.",
            "the repairs would take twelve weeks",
            ["Ruth Kell", "Marlow Mutual"],
        ),
        (  # ... and the insurer, speaking to the publisher later, speaks for itself
            "Valley Herald",
            "Ruth Kell, 78, lost her home. Her insurer, Marlow Mutual, told her in March that the repairs "
            "would take twelve weeks, she said.\n\nIn a statement to the Herald, Marlow Mutual said it "
            "had settled most claims.",
            "it had settled most claims",
            ["Marlow Mutual"],
        ),
        (  # modelling is a document; "herself" and "last night" between a speaker and the verb
            "Valley Herald",
            "Ana Pike spoke. Citing internal Treasury modelling, she said the scheme was late.",
            "the scheme was late",
            ["Ana Pike", "internal Treasury modelling"],
        ),
        (
            "Valley Herald",
            "Ilona Serek herself told Radio Varen on Wednesday that she had not decided.",
            "she had not decided",
            ["Radio Varen", "Ilona Serek"],
        ),
        (
            "Valley Herald",
            "A senior government source last night insisted the offer had been generous.",
            "the offer had been generous",
            ["senior government source"],
        ),
        (  # advised someone that
            "Valley Herald",
            "Cllr Ian Moss said council officers had advised him that the roof needed repairs.",
            "the roof needed repairs",
            ["Ian Moss", "council officers"],
        ),
        (  # a body's report by its possessive
            "Valley Herald",
            "According to Fairway's report, four of the 12 kettles leaked.",
            "four of the 12 kettles leaked",
            ["Fairway"],
        ),
        (  # a name given is not words said
            "Valley Herald",
            "A lynx escaped overnight. The female, called Sorrel, was missing at 7am, keepers said.",
            "The female",
            ["keepers"],
        ),
        (  # a document leaked to the publisher is the document's
            "Valley Herald",
            "An internal audit leaked to the Herald found that hand hygiene was poor.",
            "hand hygiene was poor",
            ["internal audit"],
        ),
        (  # "the Post" told something is a newspaper, not "the post" someone wrote
            "Eastmarsh Evening Post",
            "In a written statement read to the court, a tenant, Ola Bakare, said the locks were broken.\n\n"
            "Speaking outside court, Nadia Ferris, the council's housing lead, told the Post the authority "
            "would appeal.",
            "the authority would appeal",
            ["Nadia Ferris"],
        ),
    ],
)
def test_constructions_read_in_round_fourteen(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain
