"""Attribution suggestions on constructions read in round 15 of issue 17 (from round 14's set, opened
for this round, and the development sets dev14 and dev15; earlier rounds' are in
test_suggesting_round*.py): each case a publisher, a short text, the span asked about and the chain
expected (publisher left out), written afresh here, not copied from the sets."""

import pytest

from .test_suggesting_rounds import chain_in


@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [
        (  # "Addressing parliament" is an occasion, not a name, and not the medium he spoke to before
            "Valley Herald",
            "Transport Secretary Ruth Calder told Radio Fenn on Monday that trains were running.\n\n"
            "Addressing parliament on Tuesday, Calder insisted that no line had closed, and said the "
            "operators had done well.",
            "no line had closed",
            ["Ruth Calder"],
        ),
        (  # a colon after "spoke to" a medium opens what was said to it
            "Valley Herald",
            "19:02 A tearful Ana Brook spoke to Fenn TV at the finish: \u201cI still can't believe it. "
            "It hasn't sunk in.\u201d",
            "I still can't believe it",
            ["Fenn TV", "Ana Brook"],
        ),
        (  # a live blog's next entry is another occasion than the interview in an earlier one
            "Valley Herald",
            "14:10 Coach Imre Dalt, speaking to Fenn TV before the start, said his riders were ready.\n\n"
            "16:45 Dalt was less pleased after the stage. \u201cWe lost it on the last climb,\u201d he said.",
            "We lost it on the last climb",
            ["Imre Dalt"],
        ),
        (  # (within the same entry, what he adds is still said to that medium)
            "Valley Herald",
            "14:10 Coach Imre Dalt told Fenn TV before the start that his riders were ready. "
            "\u201cWe know the climb,\u201d he added.",
            "We know the climb",
            ["Fenn TV", "Imre Dalt"],
        ),
        (  # a place at the sentence's start, then the speaker's name with who she is
            "Valley Herald",
            "The vote was close.\n\nOutside the Guildhall, Mira Osei, whose son attends the school, told "
            "the Herald that parents felt ignored.",
            "parents felt ignored",
            ["Mira Osei"],
        ),
        (  # (a name after an opening "In" is still read as before)
            "Valley Herald",
            "In Harlow, the mayor, Tom Reddin, said the road would reopen.",
            "the road would reopen",
            ["Tom Reddin"],
        ),
        (  # a speaker in a relative clause ("a vote his opponents say was stolen") speaks of that alone
            "Valley Herald",
            "Crowds marched for a fourth night since the count of a ballot its critics say was rigged.",
            "Crowds marched for a fourth night",
            [],
        ),
        (  # "as ... and leaked papers suggested ...": what comes before is the publisher's
            "Valley Herald",
            "The merger stalled on Monday, as the regulator opened an inquiry and leaked minutes suggested "
            "the board was split.",
            "The merger stalled on Monday",
            [],
        ),
        (  # (what the minutes suggested is theirs)
            "Valley Herald",
            "The merger stalled on Monday, as the regulator opened an inquiry and leaked minutes suggested "
            "the board was split.",
            "the board was split",
            ["leaked minutes"],
        ),
        (  # "..., and both official and independent data show that ...": the first clause is ours
            "Valley Herald",
            "The post's figure is real but predates the scheme, and both official and independent data "
            "show that admissions fell.",
            "The post's figure is real",
            [],
        ),
        (  # a person who "showed no emotion" reports nothing
            "Valley Herald",
            "Ivo Marsh, 41, was jailed on Friday. Wearing a dark suit, he showed no emotion as the "
            "sentence was read.",
            "showed no emotion",
            [],
        ),
        (  # trades and ranks before a name: "Headliner", "Academician"
            "Valley Herald",
            "Headliner Mia Strand wrote on her account that her band had not been paid.",
            "her band had not been paid",
            ["Mia Strand"],
        ),
        (
            "Valley Herald",
            "Chief Designer Academician Petr Volk said that the engine had worked flawlessly.",
            "the engine had worked flawlessly",
            ["Petr Volk"],
        ),
        (  # ", who asked not to be named" is no part of how a source is named
            "Valley Herald",
            "The talks stalled in March, according to a person close to the board, who asked not to be "
            "named. The person said the bid had been withdrawn.",
            "the bid had been withdrawn",
            ["person close to the board"],
        ),
        (  # (without the comma it is)
            "Valley Herald",
            "A neighbour who asked not to be named said the shop had been empty for weeks.",
            "the shop had been empty",
            ["neighbour who asked not to be named"],
        ),
        (  # "did not dispute ... but said": "did" is no part of the spokeswoman's name
            "Valley Herald",
            "A spokeswoman for the Department of Transport did not dispute the figures but said that "
            "repairs would start in May.",
            "repairs would start in May",
            ["spokeswoman for the Department of Transport"],
        ),
        (  # a person of a unit of a body named
            "Valley Herald",
            "Outside court, Detective Sergeant Ana Pole of Fenn Police's fraud squad said officers had "
            "recovered the cash.",
            "officers had recovered the cash",
            ["Ana Pole"],
        ),
        (  # "the carmaker" is the company just named
            "Valley Herald",
            "Orvik Motors will close its Tarn plant next year, the carmaker said on Thursday.",
            "will close its Tarn plant",
            ["Orvik Motors"],
        ),
        (  # documents with whom they were shown or written to
            "Valley Herald",
            "According to phone records shown to the jury, the calls lasted minutes.",
            "the calls lasted minutes",
            ["phone records shown to the jury"],
        ),
        (
            "Valley Herald",
            "An internal memo to store managers, seen by the Herald, said that ten shops would close.",
            "ten shops would close",
            ["internal memo to store managers"],
        ),
        (  # a network "is now projecting" a result
            "Valley Herald",
            "23:40 Channel Nine, a rival network, is now projecting that the Greens will win 14 seats.",
            "the Greens will win 14 seats",
            ["Channel Nine"],
        ),
        (  # "the 71-year-old" is the person last named
            "Valley Herald",
            "Her neighbour, Sam Oduya, said he would leave. The 71-year-old, a retired driver, said he had "
            "lived there since 1980.",
            "lived there since 1980",
            ["Sam Oduya"],
        ),
        (  # "assured by" a description then a name, inside what a speaker said
            "Valley Herald",
            "MP Jo Hart said she had been assured by the chair of the trust, Sir Alan Pike, that the ward "
            "would stay open.",
            "the ward would stay open",
            ["Jo Hart", "Alan Pike"],
        ),
        (  # (after "but", who told the client stays under the one who speaks for him)
            "Valley Herald",
            "Ruth Lane, defending, said her client accepted the errors, but would say he had been assured by "
            "an adviser, Tom Bell, that the loans were legal.",
            "the loans were legal",
            ["Ruth Lane", "Tom Bell"],
        ),
        (  # "a deputy on patrol reported seeing", under whoever tells it
            "Valley Herald",
            "According to the sheriff's office, a deputy on patrol reported seeing smoke near the dam.",
            "seeing smoke near the dam",
            ["sheriff's office", "deputy on patrol"],
        ),
        (  # a medium's investigation quoting someone is the medium's
            "Valley Herald",
            "The Fenn Courier reported in May that inspections were skipped.\n\nThe newspaper's "
            "investigation also quoted a former foreman as saying the bolts were rusted.",
            "the bolts were rusted",
            ["Fenn Courier", "former foreman"],
        ),
        (  # a document with where it was sent before "seen by", then "It warns"; "quotes X as estimating"
            "Valley Herald",
            "A leaked briefing sent to ministers last week, seen by the Herald, paints a bleak picture. It "
            "warns that wards may fill by April.",
            "wards may fill by April",
            ["leaked briefing"],
        ),
        (
            "Valley Herald",
            "A leaked briefing, seen by the Herald, paints a bleak picture.\n\nThe document quotes "
            "researchers at Fenn University as estimating that uptake has fallen to 78 per cent.",
            "uptake has fallen",
            ["leaked briefing", "researchers at Fenn University"],
        ),
        (  # an unnamed source by a trade not ending in -er ("a local shepherd") told the speaker's team
            "Valley Herald",
            "Team leader Ola Brun said a local shepherd had told his team that two barns had collapsed.",
            "two barns had collapsed",
            ["Ola Brun", "local shepherd"],
        ),
        (  # a who-clause ends before "had told"
            "Valley Herald",
            "Ida Lind said a diver who inspected the wreck in May had told her the hull was cracked.",
            "the hull was cracked",
            ["Ida Lind", "diver who inspected the wreck in May"],
        ),
        (  # "chief of staff" is one role
            "Valley Herald",
            "Fenn Radio reported that the mayor's chief of staff had told aides that the budget was final.",
            "the budget was final",
            ["Fenn Radio", "mayor's chief of staff"],
        ),
        (  # a body's act, then "and in a statement issued on Friday said"; "and announced that"
            "Valley Herald",
            "The Ministry of Culture, which funds the dig, listed the site last month, and in a statement "
            "issued on Friday said the find was of national importance.",
            "the find was of national importance",
            ["Ministry of Culture"],
        ),
        (
            "Valley Herald",
            "The Ministry of Trade, in a statement on its website, welcomed the deal and announced that "
            "talks would resume in June.",
            "talks would resume in June",
            ["Ministry of Trade"],
        ),
        (  # "quotes X as finding"
            "Valley Herald",
            "A council report, seen by the Herald, is blunt. The report also quotes consultants Arden "
            "Transport as finding that a third of shoppers would go elsewhere.",
            "a third of shoppers would go elsewhere",
            ["council report", "Arden Transport"],
        ),
        (  # an editor's note is the publisher's to its end; the release is the issuer's from the next
            "Valley Herald",
            "Editor's note: The following release was issued by Fenn University on Monday. The Herald has "
            "not verified its findings.\n\nThe study followed 900 adults.",
            "has not verified its findings",
            [],
        ),
        (
            "Valley Herald",
            "Editor's note: The following release was issued by Fenn University on Monday. The Herald has "
            "not verified its findings.\n\nThe study followed 900 adults.",
            "The study followed 900 adults",
            ["Fenn University"],
        ),
        (  # "made by X, a biotech company": "the company" is X, not its description
            "Valley Herald",
            "The drug is made by Orlen Biologics, a small biotech company based in Tarn.\n\nTwo patients "
            "were treated; both have recovered, the company said.",
            "both have recovered",
            ["Orlen Biologics"],
        ),
        (  # a name ending as companies' names do is a company ("Minerals"), so "the company" is it
            "Valley Herald",
            "The pit is operated by Brandt Minerals.\n\nBrandt said in a statement that rescuers were "
            "close. The company said the shelter held food for three days.",
            "the shelter held food for three days",
            ["Brandt Minerals"],
        ),
        (  # "X, the company's head of ...": X is no name for the company
            "Valley Herald",
            "Ana Vik, the company's head of operations, wrote that the pumps had failed.\n\nIn a "
            "statement, Tessel Water said the emails were old. The company said all spills were reported.",
            "all spills were reported",
            ["Tessel Water"],
        ),
        (  # a party and a ward of several words, then who he is: "he" is still the councillor
            "Valley Herald",
            "Hollins Green, which opened in 1874, is the oldest.\n\nCllr Tom Ashby (Ind, Fenby and Marsh), "
            "whose ward includes two schools, accused the cabinet of haste. He said the list was drawn up "
            "in May.",
            "the list was drawn up in May",
            ["Tom Ashby"],
        ),
        (  # "the council" is the council, not "two council officers" who spoke last
            "Valley Herald",
            "Fenn County Council voted to close the schools. Mr Ashby said two council officers had told him "
            "the list was fixed.\n\nIn a statement, the council said every teacher would be offered a post.",
            "every teacher would be offered a post",
            ["Fenn County Council"],
        ),
        (  # a person first named inside a body's words speaks for herself in her own post
            "Valley Herald",
            "The Fenn Anti-Doping Agency said Ina Berg had told investigators the pills were "
            "contaminated.\n\nBerg said in "
            "a statement posted on social media that she would appeal.",
            "she would appeal",
            ["Ina Berg"],
        ),
        (  # (and goes on so)
            "Valley Herald",
            "The Fenn Anti-Doping Agency said Ina Berg had told investigators the pills were "
            "contaminated.\n\nBerg said in "
            "a statement posted on social media that she would appeal. \u201cI trusted the wrong product,"
            "\u201d the 27-year-old wrote.",
            "I trusted the wrong product",
            ["Ina Berg"],
        ),
        (  # (what she told the agency's investigators stays under the agency)
            "Valley Herald",
            "The Fenn Anti-Doping Agency said Ina Berg had told investigators the pills were contaminated.",
            "the pills were contaminated",
            ["Fenn Anti-Doping Agency", "Ina Berg"],
        ),
        (  # a capitalised word before a group is no name: "unnamed Western intelligence officials"
            "Valley Herald",
            "The Nordvik Post, citing unnamed Western intelligence officials, claimed that the launch had "
            "failed.",
            "the launch had failed",
            ["Nordvik Post", "unnamed Western intelligence officials"],
        ),
        (  # "general secretary" is one role
            "Valley Herald",
            "In a statement, its general secretary, Ruth Cole, called the cuts reckless and predicted that "
            "more would follow.",
            "more would follow",
            ["Ruth Cole"],
        ),
        (  # a body's name with "for" before "spokesperson"
            "Valley Herald",
            "A Department for Rural Affairs spokesperson said the grants would continue.",
            "the grants would continue",
            ["Department for Rural Affairs spokesperson"],
        ),
        (  # what a possessive owns ends the description: "the harbour master's office"
            "Valley Herald",
            "Radio Fenn, citing an unnamed official at the Tarn harbour master's office, reported that the "
            "ship had been detained.",
            "the ship had been detained",
            ["Radio Fenn", "unnamed official at the Tarn harbour master's office"],
        ),
        (  # a body in lower case with "for": "the regional centre for hydrometeorology"
            "Valley Herald",
            "Citing the regional centre for hydrometeorology, the Tarn Region administration reported that "
            "the river had peaked.",
            "the river had peaked",
            ["Tarn Region administration", "regional centre for hydrometeorology"],
        ),
        (  # "..., describing the measure as "..."": the subject's words
            "Valley Herald",
            "The Ministry of Trade rejected the ban on Thursday, describing it as \u201can unfriendly "
            "step\u201d.",
            "an unfriendly step",
            ["Ministry of Trade"],
        ),
        (  # "..., promising that ..."
            "Valley Herald",
            "Harbour Live cancelled the festival on Wednesday, promising that all tickets would be refunded.",
            "all tickets would be refunded",
            ["Harbour Live"],
        ),
        (  # "the union" is the association last heard, "the force" the police
            "Valley Herald",
            "The Fenn Pilots' Association said the strike was unavoidable.\n\nPay had fallen for years, the "
            "union said in a statement.",
            "Pay had fallen for years",
            ["Fenn Pilots' Association"],
        ),
        (
            "Valley Herald",
            "A man was found injured on Mill Road, Tarn Police said.\n\nTwo men were arrested on Sunday, "
            "the force said.",
            "Two men were arrested on Sunday",
            ["Tarn Police"],
        ),
        (  # a medium's staff by "its": the medium named before them is a hop
            "Fenn Wire Service",
            "Channel Nine, the public broadcaster, struck a warmer tone. Its political editor, Ada Lunn, "
            "told viewers that the deal was historic.",
            "the deal was historic",
            ["Channel Nine", "Ada Lunn"],
        ),
        (  # "rejected the report as "..."": words said of it
            "Valley Herald",
            "A spokesman for the Ministry of Defence rejected the report as \u201ca pitiful lie\u201d.",
            "a pitiful lie",
            ["spokesman for the Ministry of Defence"],
        ),
        (  # (not "rejected that offer in a ballot")
            "Valley Herald",
            "The Fenn Pilots' Union said talks had failed.\n\nThe union rejected that offer in a ballot last "
            "month, with 94 percent of those voting backing a strike.",
            "with 94 percent of those voting",
            [],
        ),
        (  # "foreign military attachés" quoted
            "Valley Herald",
            "The agency Solmar Press reported, quoting foreign military attach\u00e9s, that the parade had "
            "impressed diplomats.",
            "the parade had impressed diplomats",
            ["Solmar Press", "foreign military attach\u00e9s"],
        ),
        (  # a name in brackets after a code is no initials ("C/2025 K3 (Dunmore)")
            "Valley Herald",
            "The object is designated C/2025 K3 (Dunmore). It was spotted by Gwen Dunmore, a teacher.\n\n"
            "\u201cI thought it was a smudge,\u201d Dunmore told the Herald. \u201cThen it moved.\u201d",
            "Then it moved",
            ["Gwen Dunmore"],
        ),
        (  # "the observatory" is a body
            "Valley Herald",
            "A comet may be visible in autumn, the Tarn Ridge Observatory said.\n\nIn an announcement "
            "posted on its website, the observatory said the object was a long-period comet.",
            "the object was a long-period comet",
            ["Tarn Ridge Observatory"],
        ),
        (  # one named first, then "whose son Tom, an engineer, ...": the one named first speaks
            "Valley Herald",
            "Pia Reel, whose son Tom, an engineer, was also freed, said in a video that he had lost weight.",
            "he had lost weight",
            ["Pia Reel"],
        ),
        (  # a role in the possessive, then a role with its holder's name
            "Valley Herald",
            "The mission's head, former foreign minister Ana Solvay, told a news conference that observers "
            "had been turned away.",
            "observers had been turned away",
            ["Ana Solvay"],
        ),
        (  # a medium named as an object, "which reported, citing X, that"
            "Valley Herald",
            "News of the release first broke on broadcaster Kanal 4, which reported late on Thursday, citing "
            "a security source, that the four had been handed over.",
            "the four had been handed over",
            ["Kanal 4", "security source"],
        ),
        (  # "According to the authority's latest resilience report": the authority
            "Valley Herald",
            "The Fenn Banking Authority said it was monitoring the bank.\n\nAccording to the authority's "
            "latest operational resilience report, outages had doubled.",
            "outages had doubled",
            ["Fenn Banking Authority"],
        ),
        (  # "has said, in an update relayed by the organising committee, that"
            "Valley Herald",
            "12:15 A runner collapsed, the Tarn Marathon organising committee said.\n\n12:40 Tarn General "
            "Hospital has said, in an update relayed by the organising committee, that he is stable.",
            "he is stable",
            ["Tarn Marathon organising committee", "Tarn General Hospital"],
        ),
        (  # "A statement issued by the ministry on the eve of the parade stressed that"
            "Valley Herald",
            "A statement issued by the Ministry of Defence on the eve of the parade stressed that the "
            "missile was defensive.",
            "the missile was defensive",
            ["Ministry of Defence"],
        ),
        (  # "local news site X" and "the farming weekly X" are media
            "Valley Herald",
            "A second witness told local news site Tarn Live that the driver had climbed out.",
            "the driver had climbed out",
            ["Tarn Live", "second witness"],
        ),
        (
            "Fenn Broadcasting",
            "An email seen by the farming weekly Plough & Field shows delays.\n\nAccording to the newspaper, "
            "the email was sent in February.",
            "the email was sent in February",
            ["Plough & Field"],
        ),
        (  # "A notice of allegations, seen by the Gazette, states"
            "Valley Herald",
            "A notice of allegations, seen by the Herald, states that the doctor failed to order a scan.",
            "failed to order a scan",
            ["notice of allegations"],
        ),
        (  # "In a report ..., X alleged ... The report quotes": X's report
            "Valley Herald",
            "In a 40-page report published in April, Brandt Research, a short-seller, alleged that revenue "
            "was inflated. The report quotes two former staff as saying sales were faked.",
            "sales were faked",
            ["Brandt Research", "two former staff"],
        ),
        (  # a preprint is a document
            "Valley Herald",
            "According to a MedArchive preprint posted in April, two doses produced antibodies.",
            "two doses produced antibodies",
            ["MedArchive preprint"],
        ),
        (  # "Rovers director of rugby Ana Reyes was not convinced. "...," she said."
            "Valley Herald",
            "Referee Tom Hart showed a red card.\n\nRovers director of rugby Ana Reyes was not convinced. "
            "\u201cI see a player bracing for contact,\u201d she said. \u201cWe will appeal.\u201d",
            "We will appeal",
            ["Ana Reyes"],
        ),
        (  # a board recommending an offer to shareholders acts; it reports nothing
            "Valley Herald",
            "Tarn Mutual said it stood by the deal.\n\nTarn Mutual's board unanimously recommended the "
            "offer to shareholders in November.",
            "recommended the offer to shareholders",
            [],
        ),
        (  # "citing the agency" after a body named "... Agency" as an object, no news agency named
            "Valley Herald",
            "Tessel Water has been under an order from the Fenn Standards Agency since 2021.\n\nClean Fenn, "
            "a campaign group, reported in May, citing the agency, that readings had reached 30 times the "
            "limit.",
            "readings had reached 30 times the limit",
            ["Clean Fenn", "Fenn Standards Agency"],
        ),
        (  # "had assured Mr Pell the building would be dry": the contractor, under the lawyer
            "Valley Herald",
            "Mr Hale told the bench that the contractor, Brook Building Services, had assured Mr Pell the "
            "flat would be dry by May.",
            "the flat would be dry by May",
            ["Hale", "Brook Building Services"],
        ),
        (  # (a day declared is no one told)
            "Valley Herald",
            "Prime Minister Ana Roe declared Wednesday a day of mourning.",
            "a day of mourning",
            [],
        ),
    ],
)
def test_constructions_read_in_round_fifteen(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain


def test_as_then_and_before_a_speaker():
    """ "as ... and" before a speaker is looked for by hand (`second_clause`): as a pattern it tried
    every start in a run of "as", and a hostile probe's text of such runs took 8 times longer over a
    whole text. Its answers on such a run and on the sentence it is for."""
    from annotations.domain.suggesting.sentence_shapes import second_clause

    before = "W" + " as" * 99 + " and "
    assert not second_clause(before, 0, len(before))  # (no clause of 12 characters between)
    assert second_clause("The merger stalled, as the regulator opened an inquiry and ", 0, 60)


@pytest.mark.parametrize(
    ("text", "words", "chain"),
    [  # a hostile probe's over-reach cases from this round's rules, each put right
        ("Theresa May's aides said she would resign.", "she would resign", ["Theresa May's aides"]),
        (  # "the 71-year-old" after someone unnamed of that age is no one named
            "Police said a 71-year-old man was arrested. Chief Inspector Tom Hale said inquiries were "
            "continuing. The 71-year-old said he was innocent.",
            "he was innocent",
            [],
        ),
        (  # "Its editor" is the staff of the medium the sentence before opens with, if any
            "Apex Books said sales fell, according to Reuters. Its editor, Ana Lind, said the market was "
            "weak.",
            "the market was weak",
            ["Ana Lind"],
        ),
        (  # a decimal opening a paragraph is no live blog's time
            "Jane Doe told the BBC that she would run.\n\n12.50 was the closing price. She said she was "
            "confident.",
            "she was confident",
            ["BBC", "Jane Doe"],
        ),
        (  # what a lawyer inside a "whose" clause said is not Tom Reed's (a bare "lawyer" is no hop)
            "Tom Reed, whose lawyer said he would appeal, was jailed on Friday.",
            "he would appeal",
            [],
        ),
        (  # a report's name says nothing of a charity
            "A Kestrel Foundation report said poverty rose. The charity said the figures were alarming.",
            "the figures were alarming",
            [],
        ),
    ],
)
def test_round_fifteen_rules_do_not_over_reach(text, words, chain):
    assert chain_in(text, "Valley Herald", words) == chain
