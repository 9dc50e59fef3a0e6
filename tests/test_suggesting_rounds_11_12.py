"""Attribution suggestions on constructions read in rounds 11 and 12 of issue 17 (from round 10's and
round 11's sets, each opened for the next round, and two development sets; earlier rounds' are in
test_suggesting_rounds.py and test_suggesting_rounds_8_to_10.py): each case a publisher, a short text,
the span asked about and the chain expected (publisher left out), written afresh here, not copied from
the sets."""

import pytest

from .test_suggesting_rounds import chain_in


@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [
        (  # a study with nothing before it is the study
            "Tidewater Post",
            "The study, published in the journal Marine Letters, found that the reef had shrunk by a third.",
            "the reef had shrunk",
            ["study"],
        ),
        (  # a survey of members, as written
            "Tidewater Post",
            "A survey of 400 of its members found that most farms had cut staff.",
            "most farms had cut staff",
            ["survey of 400 of its members"],
        ),
        (  # a person by their nation, as sports pages refer back
            "Tidewater Post",
            'Harbour manager Paolo Renzi was calmer. "We deserved the point," the Italian said.',
            "We deserved the point",
            ["Paolo Renzi"],
        ),
        (  # not a newspaper named by its last word
            "Tidewater Post",
            'The Guardian reported the fine on Monday. "It is unfair," the Guardian quoted a fan as saying.',
            "It is unfair",
            ["Guardian", "fan"],
        ),
        (  # a player by what they play, and a sports broadcaster told
            "Tidewater Post",
            'Harbour manager Paolo Renzi was calm. "We deserved it," he said.\n\n'
            'Kofi Mensah, who scored twice, was adamant. "It was never offside," the striker told '
            "Skyline Sports.",
            "It was never offside",
            ["Skyline Sports", "Kofi Mensah"],
        ),
        (  # a ministry of sports is no medium
            "Tidewater Post",
            "The Ministry of Youth and Sports said the stadium would reopen in May.",
            "the stadium would reopen",
            ["Ministry of Youth and Sports"],
        ),
        (  # a colon introduction after a name in apposition
            "Tidewater Post",
            "The firm's head of research, Ines Varga, put the risk plainly: \"Nobody is patching these "
            'systems. Nobody is even counting them."',
            "Nobody is even counting them",
            ["Ines Varga"],
        ),
        (  # "it" after the content is not a plural subject's namesake
            "Tidewater Post",
            "The Norland Ministry of Defence said two soldiers had died.\n\n"
            "The Ostian Defence Ministry told a different story. Norland troops had fired first, it said.",
            "Norland troops had fired first",
            ["Ostian Defence Ministry"],
        ),
        (  # "it" next is the body that spoke, not the one it reported
            "Tidewater Post",
            "Orvane Pharma said the safety board had recommended a pause after three cases. One patient "
            "had died, it said.",
            "One patient had died",
            ["Orvane Pharma"],
        ),
        (  # a person's finding inside a body's words stays the body's
            "Tidewater Post",
            "The Referees Board said in a statement that the match official, Dan Reyes, had found no error "
            "in the decision.",
            "had found no error",
            ["Referees Board"],
        ),
        (  # quoted "as claiming", the one quoted named after what they are
            "Tidewater Post",
            "The agency NordPress quoted the spokesman of the Ostian Foreign Ministry, Ivo Marek, as "
            'claiming that the drills had been "announced in advance".',
            "announced in advance",
            ["NordPress", "Ivo Marek"],
        ),
        (  # a document seen where nobody speaks is what "it" next refers to
            "Tidewater Post",
            "The unease is laid bare in a leaked memo seen by the Harbour Clarion. Sent on 2 May, it quotes "
            'her aide, Tom Reed, as warning that the plan had become "unworkable".',
            "unworkable",
            ["Harbour Clarion", "leaked memo", "Tom Reed"],
        ),
        (  # a schedule cited is a document
            "Tidewater Post",
            "Trade Weekly, citing an internal creditors' schedule, reported that the group owed 11 million.",
            "the group owed 11 million",
            ["Trade Weekly", "internal creditors' schedule"],
        ),
        (  # how documents were disclosed is part of their name
            "Tidewater Post",
            "Her solicitor, Priya Lamm, said documents disclosed by the force in a tribunal claim showed "
            "that 40 files had been deleted.",
            "40 files had been deleted",
            ["Priya Lamm", "documents disclosed by the force in a tribunal claim"],
        ),
        (  # an unnamed source with all its qualifiers
            "Tidewater Post",
            "A parent of a pupil in one of the affected classes said the marks had been changed.",
            "the marks had been changed",
            ["parent of a pupil in one of the affected classes"],
        ),
        (  # the name in an unnamed source's apposition
            "Tidewater Post",
            "A delegate from the Orsk region, tractor brigade leader Ilinca Moraru, said that the harvest "
            "was the best in years.",
            "the harvest was the best",
            ["Ilinca Moraru"],
        ),
        (  # a quotation over paragraphs: only the last closes
            "Tidewater Post",
            'Manager Danny Holloway was angry. "I watched it back," he said.\n\n'
            '"Rhys gets the ball first. We were told all season.\n\n'
            '"I do not know what is clear. Somebody has bottled it."',
            "Somebody has bottled it",
            ["Danny Holloway"],
        ),
        (  # a quotation after a sentence about someone is theirs, not the last speaker's
            "Tidewater Post",
            "Sergeant Nadia Corr joined the force at 21. Her lawyer, Priya Lamm, said she had been punished."
            "\n\nFor Corr, the past two years have been hard. Asked whether she would do it again, she "
            'paused.\n\n"I still believe in policing."',
            "I still believe in policing",
            ["Nadia Corr"],
        ),
        (  # a body whose name begins with a group noun is no group ("she" is not it)
            "Tidewater Post",
            "Sergeant Nadia Corr joined the force at 21.\n\nThe Police Standards Authority confirmed it had "
            "opened an inquiry.\n\nFor Corr, the years have been hard, and she says colleagues avoid her.",
            "colleagues avoid her",
            ["Nadia Corr"],
        ),
        (  # someone told by a pronoun's referent inside reported words nests
            "Tidewater Post",
            "The engineer said colleagues still at the firm had told him the tablet was being delayed.",
            "the tablet was being delayed",
            ["engineer", "colleagues still at the firm"],
        ),
        (  # "informed him that" reports words
            "Tidewater Post",
            "Mayor Ana Ruiz said the city's water board had informed her that two pumps had failed.",
            "two pumps had failed",
            ["Ana Ruiz", "city's water board"],
        ),
        (  # told by someone "only last month"
            "Tidewater Post",
            'Chef Mia Hart said staff had been told by managers only last month that the firm was "stable".',
            "the firm was",
            ["Mia Hart", "managers"],
        ),
        (  # a body first heard through a source speaks for itself later
            "Tidewater Post",
            "The Banking Authority (BA) had signalled that the bank would need more capital, according to "
            "a person briefed on its position.\n\nThe BA declined to comment, but said in a statement "
            "that it was monitoring both banks.",
            "it was monitoring both banks",
            ["Banking Authority"],
        ),
        (  # a verb taking people as its object is no modifier of a group
            "Tidewater Post",
            "Judge Ria Carr reminded jurors not to discuss the case and said the trial would last a week.",
            "the trial would last a week",
            ["Ria Carr"],
        ),
        (  # an office of a state, then its holder's name
            "Tidewater Post",
            "President of the Ostian Federation Ivo Lanek met the envoy on Monday.\n\n"
            '"We came for results," Lanek told a joint press conference.',
            "We came for results",
            ["Ivo Lanek"],
        ),
        (  # "the agency" with no news agency named is the authority that spoke, paragraphs ago
            "Harbour Sports Wire",
            "The runner was banned for four years, the Norland Anti-Doping Authority said.\n\n"
            "Her lawyer said the sample had been left in a van.\n\nHe called the ban a disgrace.\n\n"
            "The agency rejected that argument, saying the sample had been kept cold throughout.",
            "the sample had been kept cold",
            ["Norland Anti-Doping Authority"],
        ),
        (  # "a.m." ends a sentence before "The"
            "Tidewater Post",
            "Ardle County Emergency Management issued an advisory just after 1 a.m. The advisory was "
            "lifted at 9 a.m., but the agency said residents should keep windows closed.",
            "residents should keep windows closed",
            ["Ardle County Emergency Management"],
        ),
        (  # where the people cited were, in a relative clause
            "Tidewater Post",
            "NTV, citing two people who were in the room, says party leader Ede Haas warned colleagues "
            "that the party would quit.",
            "the party would quit",
            ["NTV", "two people who were in the room", "Ede Haas"],
        ),
        (  # "the funds he was promised" is no one speaking
            "Tidewater Post",
            "Coach Ian Dale spoke first.\n\nHis agent, Marco Bene, told Radio Dunmore that his client had "
            "not been given the funds he was promised in the summer.",
            "had not been given the funds",
            ["Radio Dunmore", "Marco Bene"],
        ),
        (  # what divers found, in a paper's report, and whom the paper cites
            "Tidewater Post",
            "The Ostrian Daily reported that navy divers had found damage on the pipe, citing two security "
            "officials in Brennburg.",
            "damage on the pipe",
            ["Ostrian Daily", "two security officials in Brennburg"],
        ),
        (  # present at a meeting
            "Tidewater Post",
            "The Harbour Herald, citing a diplomat present at the meeting, reported that the minister had "
            "asked for patrols.",
            "the minister had asked for patrols",
            ["Harbour Herald", "diplomat present at the meeting"],
        ),
        (  # "Our reporter X" is whom "he" next refers to; ", and that" goes on with his words
            "Holm Post",
            "20:45 - Our reporter Erik Sand is at the party. He says the mood is subdued, and that one "
            'senior figure told him the party had "expected more".',
            "expected more",
            ["Erik Sand", "one senior figure"],  # ("one" kept as written since round 16)
        ),
        (  # ... and what came before that is his alone
            "Holm Post",
            "20:45 - Our reporter Erik Sand is at the party. He says the mood is subdued, and that one "
            'senior figure told him the party had "expected more".',
            "the mood is subdued",
            ["Erik Sand"],
        ),
        (  # a new clause in which someone "told her": what she was told is hers
            "Holm Post",
            "Our correspondent Ingrid Aas says counting has been paused, and the regional electoral office "
            "told her it had been delayed by an hour.",
            "it had been delayed by an hour",
            ["Ingrid Aas", "regional electoral office"],
        ),
        (  # a poll that "put" a party on a share is the pollster's
            "Holm Post",
            "A poll by Norsk Research published on Monday put the Liberals on 31 per cent.",
            "the Liberals on 31 per cent",
            ["Norsk Research"],
        ),
        (  # an account by its handle, after what it is
            "Gadget Blog",
            "Prolific leaker @PixelMole posted on X that the phone will come in four colours.",
            "the phone will come in four colours",
            ["@PixelMole"],
        ),
        (  # a comparison names no source
            "Holm Post",
            "Party aides said the race was tighter than public surveys suggested.",
            "the race was tighter",
            ["Party aides"],
        ),
        (  # "the person" with no one before is the person as written
            "Holm Post",
            "The person, who asked not to be named because the talks were private, said a deal could come "
            "this week.",
            "a deal could come this week",
            ["person"],
        ),
        (  # "the report" with no medium or report before is the report
            "Holm Post",
            "The report, which has not been made public but was reviewed by the Holm Post, says the dam was "
            "poorly maintained.",
            "the dam was poorly maintained",
            ["report"],
        ),
        (  # a quotation right after a sentence about someone is theirs, in the same paragraph too
            "Holm Post",
            'Ola Dahl spoke first. "We are cautious," he said.\n\nMara Vik, the opposition leader, '
            'disagreed. "The numbers do not lie."',
            "The numbers do not lie",
            ["Mara Vik"],
        ),
        (  # speaking on a broadcaster's air is speaking to it
            "Holm Post",
            "Speaking on Radio Norvik on Sunday, Ola Dahl said the tax would be scrapped.",
            "the tax would be scrapped",
            ["Radio Norvik", "Ola Dahl"],
        ),
        (  # ... not speaking on a day
            "Holm Post",
            "Speaking on Sunday, Ola Dahl said the tax would be scrapped.",
            "the tax would be scrapped",
            ["Ola Dahl"],
        ),
        (  # a post is what it says
            "FactLens",
            "A viral post claims that the vaccine contains microchips. This is false.",
            "the vaccine contains microchips",
            ["viral post"],
        ),
        (  # in a speaker's quotation, what others told them is nested under them
            "Holm Post",
            'Dr Ann Marsh said: "Staff told us plainly that they did not feel safe. That should alarm '
            'everyone."',
            "they did not feel safe",
            ["Ann Marsh", "Staff"],
        ),
        (  # ... and the quotation's next sentence is hers again
            "Holm Post",
            'Dr Ann Marsh said: "Staff told us plainly that they did not feel safe. That should alarm '
            'everyone."',
            "That should alarm everyone",
            ["Ann Marsh"],
        ),
        (  # a time with no comma before the subject
            "Holm Post",
            "Orvane Group rejected the bid.\n\nWithin two hours Orvane had hit back, saying in a statement "
            "that the offer was too low.",
            "the offer was too low",
            ["Orvane Group"],
        ),
        (  # a first name ending like "firemen" is a person's
            "Holm Post",
            "Lela Gorani told the agency the fault had moved.\n\nGovernor Armen Tash told local "
            'broadcaster Kanal 7 that villages had been destroyed. "No house is standing," he told the '
            "channel.",
            "No house is standing",
            ["Kanal 7", "Armen Tash"],
        ),
        (  # a name qualifying the subject's noun is not the subject
            "Holm Post",
            "Osei Brandt, a pollster, was more cautious. The Social Democrat vote was soft, he told the "
            "Examiner, noting that a third of voters were undecided.",
            "a third of voters were undecided",
            ["Examiner", "Osei Brandt"],
        ),
        (  # speaking to a broadcaster, then quoted: to the broadcaster
            "Holm Post",
            "Speaking to the public broadcaster CRT on Sunday, Finance Minister Julian Teague dismissed the "
            'talk as "parlour games". "Polls go up and polls go down," he said.',
            "Polls go up and polls go down",
            ["CRT", "Julian Teague"],
        ),
        (  # constituents, and an assurance given "as recently as August"
            "Holm Post",
            "Mr Tom Bex said constituents had told him that the beach had been closed. Ms Ana Kell said "
            "managers had assured union representatives as recently as August that the site was safe.",
            "the site was safe",
            ["Ana Kell", "managers"],
        ),
        (  # two one-word names joined by "and" are two names
            "Holm Post",
            "Fighting between Varennia and Korsk went on.\n\nKorsk says its forces strike only military "
            "targets.",
            "its forces strike only",
            ["Korsk"],
        ),
        (  # a general staff is a body, not a general named Staff
            "Holm Post",
            "The Korskian Ministry of Defence said it had taken the village.\n\nThe Varennian General Staff "
            'rejected the claim. "The village is ours. Enemy reports are fiction," it said in a statement.',
            "The village is ours",
            ["Varennian General Staff"],
        ),
        (  # some of its own contacts
            "Holm Post",
            "The Conflict Monitor, a group based in Tallmark, said troops had entered the village. Citing "
            "two of its contacts in the area, the group said fighting was continuing.",
            "fighting was continuing",
            ["Conflict Monitor", "two of its contacts in the area"],
        ),
        (  # the name after an unnamed source at the sentence's end
            "Holm Post",
            "A shipment of doses was due by Friday, according to a ministry spokesman, Lars Edev.",
            "A shipment of doses was due",
            ["Lars Edev"],
        ),
        (  # "warned X, Y, that": whom he warned, not who warned
            "Holm Post",
            "In an email dated 21 May, Tomas Reyl, an engineer, warned the head of security, Ines Hadd, that "
            '"anyone can read the files". He went on: "This is not theoretical."',
            "This is not theoretical",
            ["Tomas Reyl"],
        ),
        (  # "..., telling radio station X that": to X, and what he says next too
            "Holm Post",
            "His agent, Marco Pell, did little to calm the talk, telling radio station Onda Norte that three "
            'clubs had called. "We will listen to everybody," he said.',
            "We will listen to everybody",
            ["Onda Norte", "Marco Pell"],
        ),
        (  # "the report" is the report whose owner was named last
            "FactLine",
            "A spokesperson pointed to a report published in September by the Brennick Institute.\n\n"
            "Citing figures from the Ministry of Labour, the report also says that 38,000 fewer "
            "apprenticeships were started.",
            "38,000 fewer apprenticeships",
            ["Brennick Institute", "Ministry of Labour"],
        ),
        (  # reporting a breach to a regulator is an act, not words
            "Holm Post",
            "Corvane Health said it was investigating. The company reported the breach to the Information "
            "Office on 14 October.",
            "The company reported the breach",
            [],
        ),
        (  # "Over at" a club, its coach is the subject
            "Goal Sport",
            "Over at Kingsbridge Athletic, Hugo Bren has refused to rule out an exit for his captain, Tomas "
            'Lind. Asked on Friday whether he would stay, the Kingsbridge coach said: "I cannot promise '
            'anything."',
            "I cannot promise anything",
            ["Hugo Bren"],
        ),
        (  # a caption posted is the poster's words
            "Goal Sport",
            "Tomas Lind is the captain.\n\nLind appeared to respond, posting a photo of himself on Instagram "
            'with the caption: "Focused on this badge."',
            "Focused on this badge",
            ["Tomas Lind"],
        ),
        (  # a paragraph of a gossip column credited to a paper at its end
            "Goal Sport",
            "Port Alderney are confident of completing a move for Jonas Rein. (Morning Gazette)\n\n"
            "Next item.",
            "Port Alderney are confident",
            ["Morning Gazette"],
        ),
        (  # ... not a bracket that is no medium's
            "Goal Sport",
            "Port Alderney are confident of completing a move for the defender. (Jonas Rein)\n\nNext item.",
            "Port Alderney are confident",
            [],
        ),
        (  # a gerund's object in an unnamed source's description
            "Holm Post",
            "Three officials involved in drafting the measures told the Guardian that the freeze would hold.",
            "the freeze would hold",
            ["Guardian", "Three officials involved in drafting the measures"],
        ),
        (  # "who asked not to be named" is part of how the source is named
            "Holm Post",
            "A neighbour who asked not to be named told NRN she had heard voices.",
            "she had heard voices",
            ["NRN", "neighbour who asked not to be named"],
        ),
        (  # "according to two employees who attended"
            "Holm Post",
            "Roold told staff there would be no further rounds, according to two employees who attended.",
            "there would be no further rounds",
            ["two employees who attended", "Roold"],
        ),
        (  # "without citing sources" cites no one; the publisher's caveat is its own
            "Holm Post",
            "TRK-1 reported, without citing sources, that the bank had moved its reserves, a claim the "
            "Holm Post could not verify.",
            "a claim the Holm Post",
            [],
        ),
        (  # ... and what was reported is the broadcaster's alone
            "Holm Post",
            "TRK-1 reported, without citing sources, that the bank had moved its reserves, a claim the "
            "Holm Post could not verify.",
            "the bank had moved its reserves",
            ["TRK-1"],
        ),
        (  # "the councillor" after "Cllr X"
            "Holm Post",
            "Cllr Priya Han spoke first.\n\nThe councillor said constituents had told her the office "
            "was shut.",
            "the office was shut",
            ["Priya Han", "constituents"],
        ),
        (  # "Hours after ..., chief executive X published a post. In it, he said"
            "Holm Post",
            "Chief operating officer Sunita Var signed the memo. Hours after the memo went out, chief "
            "executive Mattias Rool published a blog post. In it, he said the company would change.",
            "the company would change",
            ["Mattias Rool"],
        ),
        (  # a parenthetical "he said" is the same speaker's
            "Holm Post",
            "Citing figures from the firm Talentgrid, Kofi Adj noted that Corvane had advertised 300 "
            "roles, a sign, he said, that the company was rebuilding.",
            "Corvane had advertised 300 roles",
            ["Kofi Adj", "Talentgrid"],
        ),
        (  # a paper by its language
            "Holm Post",
            "The French-language Gazette de Lorne reported that the crisis had been triggered by the veto.",
            "the crisis had been triggered",
            ["Gazette de Lorne"],
        ),
        (  # "The environment secretary, X, has been doing the rounds": X is whom "he" next means
            "Calder Post",
            "Orla Fen voted against.\n\n20:51 The environment secretary, Tomasz Rein, has been doing the "
            'rounds. Speaking to Channel 7 News, he said the bill would "end the dividends".',
            "end the dividends",
            ["Channel 7 News", "Tomasz Rein"],
        ),
        (  # who the speaker is, between them and their verb, is the publisher's
            "Meridian Sport",
            "Ilse Var, who will face Okonjo in the final, said she had barely noticed the dispute.",
            "who will face Okonjo in the final",
            [],
        ),
        (  # ... and what follows the verb is theirs
            "Meridian Sport",
            "Ilse Var, who will face Okonjo in the final, said she had barely noticed the dispute.",
            "she had barely noticed the dispute",
            ["Ilse Var"],
        ),
        (  # commentating for a broadcaster; a player's ranking is no part of the name
            "Meridian Sport",
            "Commentating for Vireo Sport, the former world No 4 Tomas Ekd said the penalty was harsh.",
            "the penalty was harsh",
            ["Vireo Sport", "Tomas Ekd"],
        ),
        (  # our correspondent, and whoever "told her" in the next sentence
            "Calder Post",
            "20:06 Our chief political correspondent, Hana Brier, says the mood among whips has shifted. A "
            "senior whip told her the government was now comfortable.",
            "the government was now comfortable",
            ["Hana Brier", "senior whip"],
        ),
        (  # the publisher by the last word of its name is no group of observers
            "Meridian Observer",
            "Three officials told the Observer that the freeze would hold.",
            "the freeze would hold",
            ["Three officials"],
        ),
        (  # "who gave her name only as X" names the speaker
            "Holm Post",
            "A retired teacher from Lisk, who gave her name only as Agnesa, said she felt abandoned.",
            "she felt abandoned",
            ["Agnesa"],
        ),
        (  # a qualifier "on her father's ward", and an aside before "that"
            "Holm Post",
            "Claire Add spoke to us. She said two nurses on her father's ward had told her, weeks after his "
            "death, that staff had been frightened.",
            "staff had been frightened",
            ["Claire Add", "two nurses on her father's ward"],
        ),
        (  # captains as a group
            "Holm Post",
            "Teo Brand told the newspaper that pilots were ready, and that several senior captains had told "
            "him they were already in talks.",
            "they were already in talks",
            ["Teo Brand", "several senior captains"],
        ),
    ],
)
def test_constructions_read_in_round_eleven(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain


@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [
        (  # a radio label with the speaker's name in brackets, and a resident's with her role
            "Valley Radio",
            "FIRE CHIEF (Ruth Okon-Baird): Right now we're estimating eleven thousand acres.",
            "estimating eleven thousand acres",
            ["Ruth Okon-Baird"],
        ),
        (
            "Valley Radio",
            "ALMA FERRE (resident): My neighbour Dale Kim banged on the door and said the sheriff was "
            "coming.",
            "the sheriff was coming",
            ["Alma Ferre", "Dale Kim"],
        ),
        (  # "said they now expected" is one speaker
            "Meridian Wire",
            "Analysts at Ridge Securities said they now expected the rate to end 2027 at 3%.",
            "the rate to end 2027",
            ["Analysts at Ridge Securities"],
        ),
        (  # "..., though he cautioned" is a clause of its own
            "Meridian Wire",
            "Sam Achter said parents had told researchers that their children were irritable, though he "
            "cautioned that the data was anecdotal.",
            "their children were irritable",
            ["Sam Achter", "parents"],
        ),
        (  # "had informed him the sample showed" without "that"
            "Meridian Wire",
            "Coach Dario Pel said a federation official had informed him the sample showed a high level.",
            "a high level",
            ["Dario Pel", "federation official"],
        ),
        (  # a survey of so many adults by a pollster "put" a party on a share
            "Meridian Wire",
            "A survey of 2,104 adults by Kestrel Research, published on Friday, put the Alliance on 34 "
            "per cent.",
            "the Alliance on 34 per cent",
            ["Kestrel Research"],
        ),
        (  # internal polling commissioned by a party
            "Meridian Wire",
            "Two campaign aides said internal polling commissioned by the party showed it trailing.",
            "it trailing",
            ["Two campaign aides", "internal polling commissioned by the party"],
        ),
        (  # an interview published on a day by a paper; one in a year's interview with a paper
            "Meridian Wire",
            "In an interview published on Saturday by the Estravian Herald, Maren Hall said she would not "
            "join a coalition.",
            "she would not join a coalition",
            ["Estravian Herald", "Maren Hall"],
        ),
        (
            "Meridian Wire",
            "But in a 2019 interview with the Kessling Review, his biographer, Anne Voss, said he had come "
            "close to resigning.",
            "he had come close to resigning",
            ["Kessling Review", "Anne Voss"],
        ),
        (  # "the foreign ministry" is the Ministry of Foreign Affairs, not the last ministry heard
            "Meridian Wire",
            "On Wednesday the Ministry of Foreign Affairs summoned the envoy. The Ministry of Defence said "
            'drones had flown. "Such actions are a provocation," the foreign ministry said.',
            "Such actions are a provocation",
            ["Ministry of Foreign Affairs"],
        ),
        (  # an object named in apposition, then "who said"
            "Meridian Wire",
            "His death was announced late on Saturday by his daughter, Ingrid Maro, who said in a statement "
            "that he had died peacefully.",
            "he had died peacefully",
            ["Ingrid Maro"],
        ),
        (  # a name's owner is no part of the name learned
            "Meridian Wire",
            "Prime Minister Anselm Voigt’s Progress Party trails. The prime minister accused the opposition "
            "of naivety, saying a new government would cut the coastguard.",
            "a new government would cut",
            ["Anselm Voigt"],
        ),
        (  # "she described X as": she, not a description of X
            "Meridian Wire",
            "Prime Minister Selma Arvid ordered flags lowered. Speaking outside Government House, she "
            'described Maro as "a man of conviction".',
            "a man of conviction",
            ["Selma Arvid"],
        ),
        (  # "the central bank" is the bank named as a subject while its governor spoke
            "Meridian Wire",
            "The Bank of Veltria cut its rate on Thursday, but Governor Anselm Rook said there was no hurry. "
            "The committee voted 6-3, the central bank said in a statement.",
            "The committee voted 6-3",
            ["Bank of Veltria"],
        ),
        (  # a quotation after words said on air is the speaker's, through the broadcaster
            "Meridian Sport",
            "Commentating for Vireo Sport, Tomas Ekd said the penalty was harsh.\n\n"
            '"Ilse played the bigger points better," he said on air. "The penalty is a headline."',
            "The penalty is a headline",
            ["Vireo Sport", "Tomas Ekd"],
        ),
        (  # figures compiled by a council are the council's, and "the council" is the council
            "Ashworth Courier",
            "Figures compiled by Ashworth Borough Council show 40 schools will close. In a statement, the "
            "council said breakfast clubs would run as normal.",
            "breakfast clubs would run as normal",
            ["Ashworth Borough Council"],
        ),
        (  # who engaged an unnamed source is part of how it is named
            "Meridian Sport",
            "Adrian Holl said an independent expert retained by the defence had concluded that the sample "
            "was left unrefrigerated.",
            "the sample was left unrefrigerated",
            ["Adrian Holl", "independent expert retained by the defence"],
        ),
    ],
)
def test_constructions_read_in_round_twelve(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain
