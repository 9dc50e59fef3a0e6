"""Attribution suggestions on constructions read in rounds 8 to 10 of issue 17 (the earlier rounds'
are in test_suggesting_rounds.py): each case a publisher, a short text, the span asked about and the
chain expected (publisher left out), written afresh here, not copied from the sets."""

import pytest

from .test_suggesting_rounds import chain_in


@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [
        (  # a time before the subject is no source
            "Ledgerline",
            "Two weeks later, the broadcaster KTV9, citing a leaked memo, reported that the board had known.",
            "the board had known",
            ["KTV9", "leaked memo"],
        ),
        (  # the publisher's initials with a compound word read as two
            "Eastworld Wire",
            "Its spokesman, Piet Arne, told EWW by phone that the convoy had turned back.",
            "the convoy had turned back",
            ["Piet Arne"],
        ),
        (  # not an acronym of the publisher's: a hop
            "Northern Ledger",
            "Its spokesman, Piet Arne, told NLD by phone that the convoy had turned back.",
            "the convoy had turned back",
            ["NLD", "Piet Arne"],
        ),
        (  # the publisher's own caveat does not carry the speaker's words
            "Ledgerline",
            "Arne said shelling overnight had killed 12 people. "
            "Those figures could not be independently verified.",
            "Those figures could not be",
            [],
        ),
        (  # what a medium printed names the medium, "the newspaper" then
            "Ledgerline",
            "According to an exclusive report in the Harbour Clarion, the squad met the chairman. "
            "The newspaper, citing a source close to the squad, reported that the coach had been warned.",
            "the coach had been warned",
            ["Harbour Clarion", "source close to the squad"],
        ),
        (  # ... but not a month
            "Ledgerline",
            "According to a report in March, the squad met the chairman.",
            "the squad met the chairman",
            [],
        ),
        (  # a quotation paragraph is the speaker's, not what she said she was told
            "Ledgerline",
            "Mayor Ana Sorel said the river authority had told her the walls were holding.\n"
            '"If you are told to leave, please leave. Do not wait."',
            "Do not wait",
            ["Ana Sorel"],
        ),
        (  # ... and a medium's report of a speaker is the speaker's
            "Ledgerline",
            "Reuters reported that the minister said the walls were holding.\n"
            '"We will not leave anyone behind," he said. "Not one."',
            "Not one",
            ["Reuters", "minister"],
        ),
        (  # "according to" just inside the speaker's words is below the speaker
            "Ledgerline",
            "A spokesperson for the ministry noted that, according to data of the Hydrological Service, "
            "the flow would fall by 2 percent.",
            "the flow would fall",
            ["spokesperson for the ministry", "Hydrological Service"],
        ),
        (  # abbreviations with full stops in a description
            "Ledgerline",
            "The U.N. refugee agency, UNHCR, said about 4,000 people had fled the district.",
            "about 4,000 people had fled",
            ["U.N. refugee agency"],
        ),
        (  # a description then the name in apposition: "the operator" is the name from then on
            "Ledgerline",
            "Talks with the operator, Nordgas Transport AS, went on. "
            "Repairs will take three months, the operator said.",
            "Repairs will take three months",
            ["Nordgas Transport AS"],
        ),
        (  # a group as a subject is "they" next, not the bank its name ends with
            "Ledgerline",
            "Analysts at Korvel Bank were more cautious. In a note to clients, they wrote that the vote "
            "showed a turn.",
            "the vote showed a turn",
            ["Analysts at Korvel Bank"],
        ),
        (  # a body referred back to as a subject is "it" next
            "Radio Brenn",
            "The Dock Workers' Union of Brenn called the strike. The minister said the budget had no room. "
            "The union disputes that. It says the ministry underspent its budget.",
            "the ministry underspent",
            ["Dock Workers' Union of Brenn"],
        ),
        (  # a transcript's speaker label
            "Radio Brenn",
            "PRESENTER: The union's leader, Ilse Marten, joined the picket.\n"
            "ILSE MARTEN: Our members have had no rise. Prices have eaten a tenth of their wages.",
            "Prices have eaten a tenth",
            ["Ilse Marten"],
        ),
        (  # ... the publisher's own reporter's label is the publisher's, and "tell me" a cue
            "Radio Brenn",
            "PRESENTER: Our correspondent Jonas Holm is at the station.\n"
            "JONAS HOLM: The board is red. Station staff tell me they expect it to get busier.",
            "they expect it to get busier",
            ["Station staff"],
        ),
        (
            "Radio Brenn",
            "PRESENTER: Our correspondent Jonas Holm is at the station.\n"
            "JONAS HOLM: The board is red. Queues are long.",
            "Queues are long",
            [],
        ),
        (  # "Markets" is no person's name: "she" is not them
            "Ledgerline",
            "The crown firmed, according to data from Lisker Markets. She had told colleagues that the move "
            "was a gamble.",
            "the move was a gamble",
            [],
        ),
        (  # someone named as an object, then "who said"
            "Ledgerline",
            "The cabinet heard a report by Minister of Energy Kamila Rost, who said that the works were "
            "complete.",
            "the works were complete",
            ["Kamila Rost"],
        ),
        (  # ... but a subject's "who said" is an aside
            "Ledgerline",
            "Prime Minister Dorin Alb, who said on Friday that funds would follow, is expected to visit "
            "the county.",
            "is expected to visit",
            [],
        ),
        (  # a statement's words are the body's that issued it
            "Ledgerline",
            "On the same day, the Foreign Ministry of Kessia issued a statement claiming that the dam "
            "would cut the flow.",
            "the dam would cut the flow",
            ["Foreign Ministry of Kessia"],
        ),
        (  # a medium's listeners
            "Ledgerline",
            'Rick Dane told listeners of Harbour 104 FM: "From June, no jab, no plane."',
            "no jab, no plane",
            ["Harbour 104 FM", "Rick Dane"],
        ),
        (  # whoever circulated the comments is a hop, a medium or not
            "Ledgerline",
            "Ruth Kess, a statistician, said in comments circulated by the Science Media Centre that "
            "the link may be chance.",
            "the link may be chance",
            ["Science Media Centre", "Ruth Kess"],
        ),
        (  # a name inside an unnamed source is not that source
            "Ledgerline",
            "A former Corvex employee said the seals cracked. Marlow joined Corvex Medical in 2016. "
            "Corvex has denied wrongdoing. In a written response, the company said no deaths were linked.",
            "no deaths were linked",
            ["Corvex Medical"],
        ),
        (  # a participle's words end at a semicolon
            "Ledgerline",
            "Corvex Medical sued her in 2024, arguing that she had removed documents; the case was "
            "dropped last year.",
            "the case was dropped",
            [],
        ),
        (  # "refused to answer" radio calls is no "declined to comment": the officer's words go on
            "Ledgerline",
            "The Lorvan Journal quoted a naval officer as saying that a ship had loitered above the route. "
            "Its transponder had been off for most of that time, the officer said. Its crew had refused to "
            "answer radio calls from a patrol boat.",
            "Its crew had refused",
            ["Lorvan Journal", "naval officer"],
        ),
        (  # a report's authors are "it" next, and what it quotes is under them
            "Ledgerline",
            "A report by the council's planning officers recommended approval. It said the agency had "
            "withdrawn its objection. In a letter quoted in the report, the Flood Agency said it was "
            '"satisfied that the risk can be managed".',
            "satisfied that the risk",
            ["council's planning officers", "Flood Agency"],
        ),
        (
            "Ledgerline",
            "A report by the council's planning officers recommended approval. It said the agency had "
            "withdrawn its objection.",
            "the agency had withdrawn",
            ["council's planning officers"],
        ),
        (  # told by someone, with a time between
            "Ledgerline",
            "Benedetti said Vidal had been told by Declan Hurst in June that he would have £15m to spend.",
            "he would have £15m",
            ["Benedetti", "Declan Hurst"],
        ),
        (  # a study's authors are its researchers
            "Ledgerline",
            "Researchers at the University of Eastmoor said the link held. Late eaters had a 34 per cent "
            "higher risk, the authors reported.",
            "a 34 per cent higher risk",
            ["Researchers at the University of Eastmoor"],
        ),
        (  # "and quoted X as saying": X speaks from there on, under the subject
            "Ledgerline",
            "Les Echos du Nord said in an editorial that it was too early, and quoted energy analyst Margit "
            "Felder of the Brennburg Institute as saying that weld failures were rare.",
            "weld failures were rare",
            ["Les Echos du Nord", "Margit Felder"],
        ),
        (
            "Ledgerline",
            "Les Echos du Nord said in an editorial that it was too early, and quoted energy analyst Margit "
            "Felder of the Brennburg Institute as saying that weld failures were rare.",
            "it was too early",
            ["Les Echos du Nord"],
        ),
        (  # media by their country
            "Ledgerline",
            "The Kremlin said on Thursday it was ready for talks, Russian news agencies reported.",
            "ready for talks",
            ["Russian news agencies", "Kremlin"],
        ),
        (  # "the official" with none before: the official as written
            "Ledgerline",
            "The official, speaking on condition of anonymity, said the talks had stalled.",
            "the talks had stalled",
            ["official"],
        ),
        (  # a document's publisher in apposition
            "Ledgerline",
            "The figures, published by the statistics office on Tuesday, show that inflation eased to 3.1%.",
            "inflation eased",
            ["statistics office"],
        ),
        (  # a body's name before a role and a name
            "Ledgerline",
            "Xinhua quoted Foreign Ministry spokesperson Mao Ning as saying China opposed the sanctions.",
            "China opposed the sanctions",
            ["Xinhua", "Mao Ning"],
        ),
        (  # "when X reported that Y had told ...": X > Y from X on
            "Ledgerline",
            "The picture changed on Wednesday when Buenos Aires daily La Gaceta Deportiva reported that "
            "Gustavo Lenzi had told directors last week that the striker wanted to leave.",
            "the striker wanted to leave",
            ["La Gaceta Deportiva", "Gustavo Lenzi"],
        ),
        (  # an age after a name, a description before it: "said" is theirs, not inverted
            "Ledgerline",
            "One resident, Maria Costa, 54, said the river rose within minutes.",
            "the river rose",
            ["Maria Costa"],
        ),
        (  # whoever puts a figure on it
            "Ledgerline",
            "Local officials put the death toll at 23.",
            "the death toll at 23",
            ["Local officials"],
        ),
        (  # a medium as a subject is "the agency" later
            "Ledgerline",
            "Bloomberg News first reported the deal on Monday. The deal values the firm at $2 billion, the "
            "agency said, citing people familiar with the matter.",
            "values the firm",
            ["Bloomberg News", "people familiar with the matter"],
        ),
        (  # one speaking for another is not the other
            "Ledgerline",
            "A spokesman for Prime Minister Karl Dane said the policy was under review.",
            "the policy was under review",
            ["spokesman for Karl Dane"],
        ),
        (
            "Ledgerline",
            "A lawyer for former minister Karl Dane said the charges were baseless.",
            "the charges were baseless",
            ["lawyer for Karl Dane"],
        ),
        (  # an aside after a group: "said" is theirs, not an inverted verb before a speaker
            "Ledgerline",
            "Two U.S. officials, speaking on condition of anonymity, said the strike killed a commander.",
            "the strike killed a commander",
            ["Two U.S. officials"],
        ),
        (  # "within minutes" is no meeting's minutes
            "Ledgerline",
            "Costa said the river rose within minutes.",
            "the river rose within minutes",
            ["Costa"],
        ),
        (  # a place in an aside is no speaker
            "Ledgerline",
            "Brightwave Robotics said it was cutting jobs. The company, based in Leeds, said the cuts "
            "were needed.",
            "the cuts were needed",
            ["Brightwave Robotics"],
        ),
        (  # "accused X of" what is said of X
            "Ledgerline",
            "Karl Dane accused the government of lying to voters.",
            "lying to voters",
            ["Karl Dane"],
        ),
        (  # ... not "was accused of"
            "Ledgerline",
            "Karl Dane was accused of taking bribes.",
            "taking bribes",
            [],
        ),
        (  # a colon after a role
            "Ledgerline",
            'The minister was blunt: "We will not pay."',
            "We will not pay",
            ["minister"],
        ),
        (  # a medium's report that cites: the medium, then whom it cites
            "Ledgerline",
            "According to a Reuters report citing three people familiar with the matter, the talks had "
            "collapsed.",
            "the talks had collapsed",
            ["Reuters", "three people familiar with the matter"],
        ),
    ],
)
def test_constructions_read_in_round_eight(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain


@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [
        (  # "team" after a lower-case word is no medium's staff
            "Ledgerline",
            "Two people close to the national team said she had been dropped.",
            "she had been dropped",
            ["Two people close to the national team"],
        ),
        (  # first reported, with a time, by a medium described before its name
            "Ledgerline",
            "The test was first reported in July by the Velsborg daily Nordposten, which cited two people "
            "close to the team as saying she had been dropped.",
            "she had been dropped",
            ["Nordposten", "two people close to the team"],
        ),
        (  # a time between the one quoting and "quoted"
            "Ledgerline",
            "The Ostmark Herald on Thursday quoted an official of the defence ministry as saying that two "
            "submarines had been seen.",
            "two submarines had been seen",
            ["Ostmark Herald", "official of the defence ministry"],
        ),
        (  # a medium described before its name, as the one quoting
            "Ledgerline",
            "The minister, Andreas Pel, was quoted by the local newspaper the Selini Courier as saying that "
            "the zone would stay closed.",
            "the zone would stay closed",
            ["Selini Courier", "Andreas Pel"],
        ),
        (  # a name qualifying a document is no source
            "Ledgerline",
            "Trenholm also said, citing a leaked Treasury briefing, that ministers had been warned.",
            "ministers had been warned",
            ["Trenholm", "leaked Treasury briefing"],
        ),
        (  # what a review is of; how emails were got
            "Ledgerline",
            "An internal review of the mission, seen by the Ferris Post, found that a patch changed the "
            "timing.",
            "a patch changed the timing",
            ["Ferris Post", "internal review of the mission"],
        ),
        (
            "Ledgerline",
            "Lawyers for the plaintiffs said internal emails obtained during discovery showed that "
            "scientists had raised concerns.",
            "scientists had raised concerns",
            ["Lawyers for the plaintiffs", "internal emails obtained during discovery"],
        ),
        (  # what a body is, capitalised before its name
            "Ledgerline",
            "Broadcaster NTV is reporting that the League held an emergency meeting.",
            "the League held",
            ["NTV"],
        ),
        (
            "Ledgerline",
            "Rival Tessaline Group said in a statement that its own orders had risen.",
            "its own orders had risen",
            ["Tessaline Group"],
        ),
        (  # a petition "calls on"
            "Ledgerline",
            'A petition has 4,212 signatures. The petition calls on the council to "keep the library open".',
            "keep the library open",
            ["petition"],
        ),
        (  # an age and a place after a name
            "Ledgerline",
            "Margaret Ell, 81, of Canal Row, said she had visited the library every week.",
            "she had visited the library",
            ["Margaret Ell"],
        ),
        (  # "the insider" after "a source close to the star"
            "Ledgerline",
            "The star keeps the villa, according to a source close to the star. "
            '"He just wanted it over with," the insider told the Ledgerline.',
            "He just wanted it over with",
            ["source close to the star"],
        ),
        (  # a company's results are no words of its own
            "Ledgerline",
            "Corvath Systems reported third-quarter revenue of 2.41 billion krona on Wednesday, up 14 "
            "percent from a year earlier.",
            "up 14 percent",
            [],
        ),
        (  # "the company" after a name ending "Services"
            "Ledgerline",
            "An outage hit Corvane Cloud Services. In a post on its blog, the company said a DNS change "
            "caused it.",
            "a DNS change caused it",
            ["Corvane Cloud Services"],
        ),
        (  # people the publisher spoke with are "they" and "the engineers" next
            "Ledgerline",
            "Ledgerline spoke with two Corvane engineers, who asked not to be named. The team could not roll "
            "it back, the engineers said.",
            "The team could not roll",
            ["two Corvane engineers"],
        ),
        (  # someone who gave one name
            "Ledgerline",
            "The coastguard spokesman said the boat was overloaded. A man who gave his name only as Yusuf "
            "spoke through an interpreter. He said the smugglers had charged 4,000 dollars.",
            "the smugglers had charged",
            ["Yusuf"],
        ),
        (  # where an unnamed source works, with "a"
            "Ledgerline",
            "A trader at a European trading house, who asked not to be named because he was not authorised "
            "to speak, said 600,000 tonnes were in limbo.",
            "600,000 tonnes were in limbo",
            ["trader at a European trading house"],
        ),
        (  # a promise ends where the publisher says why
            "Ledgerline",
            "Parents at a village school have vowed to fight plans to close it, after the council opened a "
            "consultation on Monday.",
            "opened a consultation",
            [],
        ),
        (  # "the settlement agreement" after "court filings" is another document
            "Ledgerline",
            "The firm will pay $640 million, according to court filings made public on Monday. The "
            'settlement agreement, filed in the district court, states that the firm "does not admit '
            'liability".',
            "does not admit",
            ["settlement agreement"],
        ),
    ],
)
def test_constructions_read_in_round_nine(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain


@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [
        (  # "Miss" is a title: the full name first given
            "Ledgerline",
            'Prosecutor Alison March said Pellow had lied. "He knocked on doors," Miss March told the jury.',
            "He knocked on doors",
            ["Alison March"],
        ),
        (  # a document quotes someone
            "Ledgerline",
            "A leaked report found that waits were long. The report quotes an unnamed senior manager as "
            "telling auditors that the list kept the numbers down.",
            "the list kept the numbers down",
            ["leaked report", "unnamed senior manager"],
        ),
        (  # a radio clip's label and a correspondent's label with the name in brackets
            "Radio Brenn",
            "CORRESPONDENT: Earlier I spoke to the union's leader, Maria Estra.\n"
            'CLIP - MARIA ESTRA: "Teachers have had a real-terms pay cut since 2015."',
            "Teachers have had",
            ["Maria Estra"],
        ),
        (
            "Radio Brenn",
            "PRESENTER: Rhys, what's the picture?\n"
            "CORRESPONDENT (RHYS CADO): The gates here are locked, and there's a picket line.",
            "The gates here are locked",
            [],
        ),
        (  # a term sheet is a document
            "Ledgerline",
            "A draft term sheet seen by the Harbour Times shows the banks had pencilled in savings.",
            "the banks had pencilled in",
            ["Harbour Times", "draft term sheet"],
        ),
        (  # "it" after a colon is the body the sentence is about
            "Ledgerline",
            "The union says nine in ten walked out. The Department for Education puts it lower: it told us "
            "sixty per cent of schools had closed.",
            "sixty per cent of schools",
            ["Department for Education"],
        ),
        (  # an account's handle in apposition
            "Ledgerline",
            'An account on X, @truthnurse_val, which describes itself as run by a nurse, posted that "wards '
            'are filling up".',
            "wards are filling up",
            ["@truthnurse_val"],
        ),
        (  # two companies joined by "and" are two names
            "Ledgerline",
            "Castellan Bank and Norvik Savings Group called off their merger. Castellan confirmed the end of "
            'the talks, saying the two sides had been "unable to agree terms".',
            "unable to agree terms",
            ["Castellan Bank"],
        ),
        (  # one described by whose they are, then named, after a dateline
            "Equator Wire",
            "BANGORO, Oct 14 (Equator Wire) - Mbaleza's main opposition candidate, Théodore Ndinga, on "
            'Wednesday rejected the results, saying the vote had been "rigged".',
            "rigged",
            ["Théodore Ndinga"],
        ),
        (  # a description by whose it is, then the name: "said" is theirs, not inverted
            "Ledgerline",
            "Its chairman, Pavel Dushek, said workers at the mine had complained about the sensors.",
            "had complained about the sensors",
            ["Pavel Dushek"],
        ),
        (  # a subject after two phrases of where is whom "she" next means
            "Ledgerline",
            "The agency said the harvest had failed. In the village of Mbuyu, in Lembe province, Grace "
            'Mutale walked between the rows. "This year I will get two bags," she said.',
            "This year I will get two bags",
            ["Grace Mutale"],
        ),
        (  # the publisher as a sentence's subject carries no one's words
            "Verity Check",
            "An account on X, @truthnurse_val, posted that the wards were full. Verity Check could find no "
            "record of the account holder being registered.",
            "could find no record",
            [],
        ),
        (  # a clip is its speaker's own words, not through the medium they spoke to before
            "Radio Brenn",
            "PRESENTER: Owen Bryce told the Westmark Courier that the offer was fair.\n"
            'CLIP - OWEN BRYCE: "We cannot spend money we do not have."',
            "We cannot spend money",
            ["Owen Bryce"],
        ),
    ],
)
def test_constructions_read_in_round_ten(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain
