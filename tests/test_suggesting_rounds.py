"""Attribution suggestions on constructions read in the rounds of issue 17: each case a short text,
the span asked about and the chain expected (publisher left out), as the held-out and development
sets showed them (written afresh here, not copied from the sets)."""

import pytest

from annotations.domain.suggesting import Registry, suggest_chain


def chain_in(text: str, publisher: str, words: str) -> list[str]:
    start = text.index(words)
    return [hop.name for hop in suggest_chain(text, publisher, start, start + len(words), Registry()).hops]


@pytest.mark.parametrize(
    ("text", "words", "chain"),
    [
        (  # an outlet described in apposition, then citing
            "Marca, the Madrid sports daily, citing people close to the agent, claimed that the club "
            "was monitoring the situation.",
            "was monitoring the situation",
            ["Marca", "people close to the agent"],
        ),
        (  # a place after "In" is where, not who
            "In Italy, Gazzetta dello Sport, citing sources close to the club, says the club wants him.",
            "the club wants him",
            ["Gazzetta dello Sport", "sources close to the club"],
        ),
        (  # where a person works and is: not their name
            "Mei Ling Tan of Lion City Capital in Singapore wrote that investors would demand seats.",
            "investors would demand seats",
            ["Mei Ling Tan"],
        ),
        (  # a body keeps where it is
            "Indonesia will open a consulate, the Indonesian Embassy in Beijing said on Wednesday.",
            "will open a consulate",
            ["Indonesian Embassy in Beijing"],
        ),
        (  # "the court" after a court named with its country's possessive
            "Latvia's Constitutional Court on Thursday annulled the amendments.\n"
            'The court said: "The legislator cannot weaken the protection of nature."',
            "cannot weaken the protection",
            ["Latvia's Constitutional Court"],
        ),
        (  # an aside before "seen by": the document speaks, the verb after it is no "says X"
            "The company plans to cut 900 jobs, a leaked internal memo shows.\n"
            "The memo, sent to managers on Friday and seen by Ledgerline, says the call centres in "
            "Recife will close by March.",
            "will close by March",
            ["leaked internal memo"],
        ),
        (  # a name with its particles after "at"
            "Citing an unnamed official at Électricité du Laos, the Vientiane Times reported that talks "
            "had stalled.",
            "talks had stalled",
            ["Vientiane Times", "unnamed official at Électricité du Laos"],
        ),
        (  # two people joined by "and" are two names, so "Sandgren" is Liv Sandgren, then "she"
            "Swedish pop singer Liv Sandgren and Canadian actor Theo Marchetti have split.\n"
            "A close friend of Marchetti said the pair had rowed.\n"
            "Sandgren herself broke her silence on Sunday.\n"
            'In a post on Instagram, she wrote: "Some chapters end early."',
            "Some chapters end early",
            ["Liv Sandgren"],
        ),
        (  # "the agency" with no news agency named: the body just heard
            "According to CONAF, the national forestry corporation, the fire had burned 11,600 hectares.\n"
            "The agency said 38 aircraft had been deployed.",
            "38 aircraft had been deployed",
            ["CONAF"],
        ),
        (  # a report named with what it is, then "the report"
            "A council report, due before the education committee next Thursday, says the roll has fallen.\n"
            "The report found that the cost per pupil was £31,400 a year.",
            "the cost per pupil was",
            ["council report"],
        ),
        (  # the journal a study appears in
            "The results appear in this month's issue of the Clinical Geriatrics Review.\n"
            "The journal said in a statement that it had fast-tracked the paper.",
            "had fast-tracked the paper",
            ["Clinical Geriatrics Review"],
        ),
        (  # a family name given first
            "Chinese Vice Premier Zhao Mingyuan met the delegation on Monday.\n"
            "Zhao said that relations have maintained sound and steady development.",
            "relations have maintained sound",
            ["Zhao Mingyuan"],
        ),
        (
            "The reporter learned from the China Electricity Council that storage capacity had doubled.",
            "storage capacity had doubled",
            ["China Electricity Council"],
        ),
        (  # sources inside a club are sources, not the club
            "Citing sources inside Juventus, Corriere Sportivo, the Turin daily, reported that the director "
            "flew to Seville.",
            "the director flew to Seville",
            ["Corriere Sportivo", "sources inside Juventus"],
        ),
        (  # a name that qualifies a role is no name of its own
            "Reuters, quoting a senior Transport Ministry official, reported that the government would not "
            "inject capital.",
            "would not inject capital",
            ["Reuters", "senior Transport Ministry official"],
        ),
        (  # a newspaper named in another language is a medium told
            "A source close to the singer told Le Matin de Montréal that she learned of it late.",
            "she learned of it late",
            ["Le Matin de Montréal", "source close to the singer"],
        ),
        (  # a group noun before a document's word is what the document is
            "Citing a police report, La Tercera said two witnesses had told officers they saw a "
            "motorcyclist.",
            "they saw a motorcyclist",
            ["La Tercera", "police report", "two witnesses"],
        ),
        (  # a speaker in a subordinate clause of the content speaks only from there on
            "Citing three rebels, the Westbridge Herald reported that Otieno had agreed to withdraw his "
            "amendment after ministers promised to publish guidance.",
            "had agreed to withdraw",
            ["Westbridge Herald", "three rebels"],
        ),
        (  # the verb after a subject and its apposition is the subject's
            "Graham Pettifer, the council's director of highways, said the Old Mill Bridge, the main "
            "crossing, would remain closed.\nHe added that minor roads were still impassable.",
            "minor roads were still impassable",
            ["Graham Pettifer"],
        ),
        (  # "the regulator" after a name given with what it is
            "The Data Protection Inspectorate (DPI), the national privacy regulator, said it had opened an "
            'inquiry.\n"We will examine closely whether that duty was met," the regulator said.',
            "whether that duty was met",
            ["Data Protection Inspectorate"],
        ),
        (  # "the mayor" after "The mayor of X, Councillor Y,"
            "The mayor of Kettlesby, Councillor Brenda Halloway, spent Friday at the rest centre.\n"
            '"People turned up with blankets," the mayor said.',
            "People turned up with blankets",
            ["Brenda Halloway"],
        ),
        (  # a police rank as abbreviated
            "Detective Inspector Aoife Walsh, who led the inquiry, said he showed no remorse.\n"
            '"This was a senseless attack," DI Walsh said outside court.',
            "This was a senseless attack",
            ["Aoife Walsh"],
        ),
        (  # "the statement" stays the company's when its chief executive is quoted "in the statement"
            "Halvorsen Therapeutics said in a statement that its pill cut admissions by 34 percent.\n"
            '"These are the strongest data we have," Chief Executive Ingrid Solberg-Marr said in the '
            "statement.\nThe statement added that side effects were similar in both arms.",
            "side effects were similar",
            ["Halvorsen Therapeutics"],
        ),
        (  # what a camera showed someone doing is no source
            "Police said in a statement that officers recovered the knife after CCTV footage showed him "
            "discarding it.",
            "officers recovered the knife",
            ["Police"],
        ),
        (  # a broadcaster's programme spoken on
            '"You don\'t sack a man who got you promoted," former defender Neil Hartigan said on Northern '
            "Sports TV's Final Whistle programme on Sunday night.",
            "You don't sack a man",
            ["Northern Sports TV", "Neil Hartigan"],
        ),
        (  # a club's website told, as written, and a quotation paragraph after it
            'Chairman Gerald Ashcombe said the board had agonised. "Tomas brought this club back," Ashcombe '
            'told the club\'s website.\n"But we have to be ruthless."',
            "we have to be ruthless",
            ["club's website", "Gerald Ashcombe"],
        ),
        (  # a person and the party she belongs to, then her surname
            "The commission put Harlan's closest rival, Amira Solenko of the Civic Renewal party, on 27.8 "
            "percent.\nSolenko said in a post that monitors had recorded ballot stuffing.",
            "monitors had recorded ballot stuffing",
            ["Amira Solenko"],
        ),
        (  # a medium interviewed, then "she told the paper"
            "Dr Ruth Achola, who runs the hospital, said it was full.\nAchola gave a starker picture in an "
            'interview with the Coastline Tribune, a regional weekly.\n"We have four nurses per shift," she '
            "told the paper.",
            "We have four nurses per shift",
            ["Coastline Tribune", "Ruth Achola"],
        ),
        (  # "the letter" is whoever wrote it
            "Port records show the ship docked twice.\nIn a letter to the Herald, Mattias Rehn, a lawyer for "
            "Halvard Shipping, said the company rejects any suggestion.\nThe outages were caused by an "
            "equipment fault, the letter stated.",
            "caused by an equipment fault",
            ["Herald", "Mattias Rehn"],
        ),
        (  # a speaker in an aside on a noun is no source of the rest
            "The regulator blocked a smaller tie-up in 2021, a decision that Ardent said at the time was "
            '"deeply disappointing".',
            "blocked a smaller tie-up in 2021",
            [],
        ),
    ],
)
def test_constructions_read_in_round_six(text, words, chain):
    assert chain_in(text, "Ledgerline", words) == chain


@pytest.mark.parametrize(
    ("text", "words", "chain"),
    [
        (  # a filing and the words of a bill are documents
            "Revenue rose to $2.1 billion, according to a regulatory filing.",
            "Revenue rose to $2.1 billion",
            ["regulatory filing"],
        ),
        (
            "Firms face a fine for each breach, according to the text of the bill.",
            "Firms face a fine for each breach",
            ["text of the bill"],
        ),
        (  # a capitalised word of a body's name is no document
            "Prices rose 3 percent, according to figures from the National Statistics Office.",
            "Prices rose 3 percent",
            ["National Statistics Office"],
        ),
        (  # emergency services speak
            "Six people were hurt when a bus overturned, emergency services said.",
            "Six people were hurt",
            ["emergency services"],
        ),
        (  # a colon quotation after the speaker's apposition, with no speech verb
            'Ola Brandt, chief economist at Nordvik Bank, was blunt: "The door to a cut is shut."',
            "The door to a cut is shut",
            ["Ola Brandt"],
        ),
        (  # an age, then a description
            "Edith Marr, 71, a retired nurse from Holm, told the court she had invested her savings.",
            "she had invested her savings",
            ["Edith Marr"],
        ),
        (  # "agreed that" under cross-examination
            "Edith Marr gave evidence on Monday.\nUnder cross-examination, Mrs Marr agreed that she had "
            "not taken advice.",
            "she had not taken advice",
            ["Edith Marr"],
        ),
        (  # a description, then what the person is before the name
            "Another passenger, student Tomas Berg, told the Holm Courier that the train was going fast.",
            "the train was going fast",
            ["Holm Courier", "Tomas Berg"],
        ),
        (  # what a person in the news is, before the name
            "Survivor Anton Lisk, 34, told Radio Vell that the ship had tilted.",
            "the ship had tilted",
            ["Radio Vell", "Anton Lisk"],
        ),
        (  # inside reported words, a reported act and then what its subject told others
            "Vell Radio said Transport Minister Pia Holm had ordered an inquiry and had told staff that the "
            "operator would lose its licence.",
            "the operator would lose its licence",
            ["Vell Radio", "Pia Holm"],
        ),
        (  # an outlet described by what it is before its nationality
            "Nordwire reported, citing the independent Varkeshi outlet Border Watch, that a bridge had "
            "collapsed.",
            "a bridge had collapsed",
            ["Nordwire", "Border Watch"],
        ),
        (  # a nationality is part of "state media"
            "Ostrelian state media said the strikes had hit a depot.",
            "the strikes had hit a depot",
            ["Ostrelian state media"],
        ),
        (  # a weekend paper described as a rival
            "Insiders told the rival Sunday Ledger that aides had grown nervous.",
            "aides had grown nervous",
            ["Sunday Ledger", "Insiders"],
        ),
        (  # "One ..." is no part of an unnamed source's name
            'One government insider was quoted by the Sunday Ledger as saying: "It was a mess."',
            "It was a mess",
            ["Sunday Ledger", "One government insider"],  # ("one" kept as written since round 16)
        ),
        (  # a member of parliament without the letters after the name
            "Its spokesman, Rasmus Vell MP, warned that firms would be buried in paperwork.",
            "firms would be buried in paperwork",
            ["Rasmus Vell"],
        ),
        (  # citing someone by description and name, inside the sentence: the name
            "The Vell News Agency (VNA), citing the regional governor, Arkady Lisk, reported that two "
            "workers were killed.",
            "two workers were killed",
            ["Vell News Agency", "Arkady Lisk"],
        ),
        (  # ... but at the sentence's start the name after the description is the speaker
            "Citing a senior police officer, Tod Medee, a news website, reported that riot units had moved.",
            "riot units had moved",
            ["Tod Medee", "senior police officer"],
        ),
        (  # a thousands separator inside a relative clause
            "The Federation of Hosts, which represents about 6,000 owners, said it would go to court.",
            "it would go to court",
            ["Federation of Hosts"],
        ),
        (  # an act first, then words
            "Governor Arkady Lisk declared three days of mourning and said each family would be compensated.",
            "each family would be compensated",
            ["Arkady Lisk"],
        ),
        (  # a broadcaster "is reporting", citing someone after the content
            "Local broadcaster KTV 9 is reporting that the fire crossed the river, citing a fire captain.",
            "the fire crossed the river",
            ["KTV 9", "fire captain"],
        ),
        (  # "whose coach said" is an aside
            "Sorrano, whose coach said last month that the side needed pace, open their season on Saturday.",
            "open their season on Saturday",
            [],
        ),
        (  # "X denied any wrongdoing." makes X whom "he" next means
            "The contracts went to Veltrane, whose director knew Graham Loftus.\nLoftus denied any "
            "wrongdoing. In a statement issued through his solicitors, he said every contract had been "
            "approved.",
            "every contract had been approved",
            ["Graham Loftus"],
        ),
        (  # a group at a named firm, then "they"
            "Analysts at Castellan Securities were more cautious. In a note, they warned that the backlog "
            "had fallen.",
            "the backlog had fallen",
            ["Analysts at Castellan Securities"],
        ),
        (  # a reduced relative clause on a noun: an aside
            "The weather service had issued a gale warning, a warning the service said would stay in force.",
            "had issued a gale warning",
            [],
        ),
        (  # a role and then the name, after the quotation
            '"Trees are medical infrastructure," said the study\'s lead author, Dr Oriana Feld, an '
            "epidemiologist.",
            "Trees are medical infrastructure",
            ["Oriana Feld"],
        ),
        (  # where a body is, after "according to"
            '"We will never forget," the ambassador said, according to the Embassy of Askeria in Morvenia.',
            "We will never forget",
            ["Embassy of Askeria in Morvenia", "ambassador"],
        ),
        (  # an audit report seen by a medium is the report
            "An internal audit report seen by the Civic Ledger found irregularities in 17 contracts.",
            "irregularities in 17 contracts",
            ["Civic Ledger", "internal audit report"],
        ),
        (  # the subject of "alleging", and "Police" later the same police
            "Montreal police have arrested the manager, alleging he diverted $4 million.\nPolice said in a "
            'statement: "Investigators found 300 transfers."',
            "Investigators found 300 transfers",
            ["Montreal police"],
        ),
        (  # a body that is a sentence's subject is what "the agency" names next
            "The National Institute of Seismology (NIS) measured the quake at 7.2. The agency said a tsunami "
            "warning had been lifted.",
            "a tsunami warning had been lifted",
            ["National Institute of Seismology"],
        ),
        (  # what someone was described as saying: "described the fire as an accident"
            "Citing the state-run Vell TV, Anadolu reported that the information minister, Abdi Jama, had "
            "described the fire as an accident and ruled out sabotage.",
            "ruled out sabotage",
            ["Anadolu", "Vell TV", "Abdi Jama"],
        ),
        (
            "President Andrej Kovalin condemned the attack as a deliberate act of terror, according to a "
            "statement carried by the Sulenian Press Agency (SPA).",
            "a deliberate act of terror",
            ["Sulenian Press Agency", "Andrej Kovalin"],
        ),
        (  # a relative quoted, then named
            "Bild quoted the player's father, Samuel Adjei, as saying his son was devastated.",
            "his son was devastated",
            ["Bild", "Samuel Adjei"],
        ),
        (  # an act declined, then what was written
            "Chief executive Renata Falcao did not mention job cuts in a post on Tuesday, but wrote that the "
            "company was entering a leaner chapter.",
            "the company was entering a leaner chapter",
            ["Renata Falcao"],
        ),
        (  # media outlets, unnamed
            "Six dock workers were killed, according to several regional media outlets.",
            "Six dock workers were killed",
            ["several regional media outlets"],
        ),
        (  # a journal named where a study appeared, then "the journal"
            "The study, in the journal Polar Ecosystems, analysed drone data. Radio Tasman reported that "
            'krill moved deeper.\nThe journal said in an editorial: "These results are a warning."',
            "These results are a warning",
            ["Polar Ecosystems"],
        ),
        (  # a live blog's entry quoting a body
            '01:40 – From the National Disaster Office, a few minutes ago: "Do not wait for the water."',
            "Do not wait for the water",
            ["National Disaster Office"],
        ),
        (  # quoting an official by office and name: the name, and the agency still speaks
            "TASS, quoting the Deputy Minister of Transport of the Russian Federation, Mr. Dmitry Zavyalov, "
            "reported that financing was on schedule.",
            "financing was on schedule",
            ["TASS", "Dmitry Zavyalov"],
        ),
        (  # a subject after where the sentence is: whom "he" next means
            "Dora Lindqvist said she would win. Jonas Emmerich, her rival, voted early.\nBack in Tarnau, "
            'Emmerich was in no hurry. "Whoever wins, the bus had better come back," he said.',
            "Whoever wins",
            ["Jonas Emmerich"],
        ),
        (  # translated state media: a minister by nationality, the head of a ministry, the head of state
            "Foreign Minister Tigran Sarkis met Kelvarian Foreign Minister Ilse Vogt. The head of the "
            "Azmaran "
            "foreign ministry expressed confidence that the session would give new impetus.",
            "the session would give new impetus",
            ["Tigran Sarkis"],
        ),
        (
            "Foreign Minister Tigran Sarkis met Kelvarian Foreign Minister Ilse Vogt and Finance Minister "
            "Aram "
            'Lusin.\nAt a press conference, the Kelvarian minister said: "Kelvaria is ready to help."',
            "Kelvaria is ready to help",
            ["Ilse Vogt"],
        ),
        (
            "Ilse Vogt was received by President of the Republic of Azmara Arsen Davtian. The head of state "
            "expressed confidence that the visit would strengthen ties.",
            "the visit would strengthen ties",
            ["Arsen Davtian"],
        ),
        (  # a statement both sides signed is no one speaker's
            "Minister Ilse Vogt spoke first. The ministers then signed a joint statement. According to the "
            "joint "
            "statement, the sides reaffirmed their commitment.",
            "the sides reaffirmed their commitment",
            ["joint statement"],
        ),
        (  # state television, unnamed; and named after what it is
            "Three engineers were among the dead, Varnia's Vestnik news agency reported, citing state "
            "television.",
            "Three engineers were among the dead",
            ["Vestnik", "state television"],
        ),
        (
            "Seventeen miners were killed, the ministry said, according to state television channel "
            "Rodina-24.",
            "Seventeen miners were killed",
            ["Rodina-24", "ministry"],
        ),
        (  # where a filing was made is part of it
            "Quellpay first detected the intrusion on 9 January, according to a filing with the Harbrook "
            "Stock "
            "Exchange.",
            "first detected the intrusion",
            ["filing with the Harbrook Stock Exchange"],
        ),
        (  # an email seen by the publisher itself: the email speaks, then "the email"
            "An internal email sent to staff on 12 January, which was seen by Ledgerline, told employees not "
            "to "
            'discuss the matter.\nThe email said the company had "contained the issue".',
            "the company had",
            ["internal email"],
        ),
        (  # the country an office is of, then its adjective
            "Minister of Foreign Affairs of the Republic of Azmara Tigran Sarkis met Minister of Foreign "
            "Affairs of the Republic of Kelvaria Ilse Vogt.\nThe Azmaran minister stressed that trade "
            "was growing.",
            "trade was growing",
            ["Tigran Sarkis"],
        ),
        (  # told by someone, inside what a speaker said
            "Sarah Ellery said the family had been told by the hospital that the death was unavoidable.",
            "the death was unavoidable",
            ["Sarah Ellery", "hospital"],
        ),
        (  # a club told is no hop: only a medium is
            "Virtus Aurelia sold two players. La Tribuna reported that Lenzi had told Aurelia directors that "
            "Ferraro wanted to leave.",
            "Ferraro wanted to leave",
            ["La Tribuna", "Lenzi"],
        ),
        (  # "what he called" is an aside
            "A Harrowgate spokesman told Ledgerline the club did not discuss targets and declined to comment "
            "on "
            'what he called "speculation".',
            "the club did not discuss targets",
            ["Harrowgate spokesman"],
        ),
        (  # a relative clause without commas between a source and its verb: named with it, as written
            # (round 7's development set cut it; every later set that has one keeps it: round 14)
            "A senior nurse who worked on the unit until last summer told Ledgerline she had raised "
            "concerns.",
            "she had raised concerns",
            ["senior nurse who worked on the unit until last summer"],
        ),
        (  # "her group" qualifies a source
            "She said a PhD student in her group, who had been sampling the river, had reported seeing a "
            "plume.",
            "seeing a plume",
            ["PhD student in her group"],
        ),
        (  # instructing solicitors is an act
            "Ledgerline understands that 31 families have now instructed solicitors over their care.",
            "31 families have now instructed solicitors",
            [],
        ),
    ],
)
def test_constructions_read_in_round_seven(text, words, chain):
    assert chain_in(text, "Ledgerline", words) == chain


REPRODUCED = (
    "Heating maker Pellmor Appliances has recalled 20,000 radiators, the company announced on Tuesday.\n"
    "The company's statement is reproduced below.\n"
    "The affected units were made between June and September and carry batch codes beginning PA25.\n"
    '"Customer safety is our highest priority," said Rhona Vale, chief executive of Pellmor Appliances.\n'
    "ENDS\n"
    "Under product safety rules, makers must notify the board within ten days.\n"
)


@pytest.mark.parametrize(
    ("words", "chain"),
    [
        ("made between June and September", ["Pellmor Appliances"]),
        ("Customer safety is our highest priority", ["Pellmor Appliances", "Rhona Vale"]),
        ("makers must notify the board", []),
    ],
)
def test_a_statement_reproduced_below_is_its_owners_text_up_to_its_end(words, chain):
    # A trade paper reproducing a company's press release: from the line that says so to "ENDS",
    # the text is the company's; the paper's own paragraph after it is not.
    assert chain_in(REPRODUCED, "Home Electricals Weekly", words) == chain


RELEASED = (
    "Editor's note: The following press release was issued by Pellmor Appliances on Tuesday. It is "
    "republished in full.\n"
    "LONDON, 3 March 2026 - Pellmor Appliances Ltd today announced a recall of 20,000 radiators.\n"
    '"Customer safety is our highest priority," said Rhona Vale, chief executive.\n'
    "Media contact: press@pellmor.example\n"
    "Pellmor's shares fell 4% on the news.\n"
)


@pytest.mark.parametrize(
    ("words", "chain"),
    [
        ("a recall of 20,000 radiators", ["Pellmor Appliances"]),
        ("Customer safety is our highest priority", ["Pellmor Appliances", "Rhona Vale"]),
        ("shares fell 4%", []),
    ],
)
def test_a_press_release_republished_is_its_issuers_text_up_to_its_contacts(words, chain):
    # A trade paper republishing a release "issued by" a company: the release is the company's (its
    # own name with "Ltd" is the company), up to the media contact; the paper's text after it is not.
    assert chain_in(RELEASED, "Home Electricals Weekly", words) == chain


REPUBLISHED = (
    "Laos and Vietnam signed a deal on a power line, KPL, the official Lao news agency, reported.\n"
    "Vientiane, 12 May (KPL) – On the afternoon of 12 May, the two ministers co-chaired the signing.\n"
    "Speaking at the ceremony, Deputy Prime Minister Sengphet Vongsakda said that the project is a symbol "
    "of friendship.\n"
    "According to the Ministry of Energy and Mines, the line will run 153 kilometres.\n"
    "[End of KPL text]\n"
    "Laos has long promoted itself as the battery of Southeast Asia.\n"
)


@pytest.mark.parametrize(
    ("words", "chain"),
    [
        ("the two ministers co-chaired the signing", ["KPL"]),
        ("the project is a symbol of friendship", ["KPL", "Sengphet Vongsakda"]),
        ("the line will run 153 kilometres", ["KPL", "Ministry of Energy and Mines"]),
        ("promoted itself as the battery", []),
    ],
)
def test_a_dateline_crediting_another_agency_puts_its_text_under_that_agency(words, chain):
    # A monitoring service republishing KPL's text: everything from KPL's dateline to the line that
    # ends it is KPL's; the service's own paragraph after it is not.
    assert chain_in(REPUBLISHED, "Eastbridge Monitoring", words) == chain


def test_a_dateline_crediting_the_publisher_itself_adds_no_hop():
    text = "MOSCOW, 5 May (VIA) - Cooperation will be expanded, the minister said.\n"
    assert chain_in(text, "Vostok Information Agency", "Cooperation will be expanded") == ["minister"]
