"""Attribution suggestions on constructions read in round 19 of issue 17 (from round 18's set, opened
for this round, and the development sets dev26 and dev27; earlier rounds' are in
test_suggesting_round*.py): each case a publisher, a short text, the span asked about and the chain
expected (publisher left out), written afresh here, not copied from the sets."""

import pytest

from .test_suggesting_rounds import chain_in

CASES: list[tuple[str, str, str, list[str]]] = [
    (  # "the think tank" after an institute named
        "Harbour Radio",
        "The Fenwick Institute for Fiscal Studies said the plan was sound. Citing tax office data, the think "
        "tank said receipts had fallen for a third month.",
        "receipts had fallen for a third month",
        ["Fenwick Institute for Fiscal Studies", "tax office data"],
    ),
    (  # a guest quoted as saying: a person named by what they were at
        "Daily Flash",
        "The Weekend Herald quoted a guest as saying the singer had left before the speeches.",
        "the singer had left before the speeches",
        ["Weekend Herald", "guest"],
    ),
    (  # "X's representatives said:" (a noun ending in "s" is no verb before a colon)
        "Daily Flash",
        'In a statement, Mira Vance\'s representatives said: "Mira and Teo have parted as friends."',
        "Mira and Teo have parted as friends",
        ["Mira Vance's representatives"],
    ),
    (  # "It also quoted X, dated 2022, as saying"
        "Freight Wire",
        "The regulator said the deal would raise fares. It also quoted internal Ostbahn briefings, dated "
        "2022, as saying the merger would end price competition.",
        "the merger would end price competition",
        ["regulator", "internal Ostbahn briefings"],
    ),
    (  # a name in apposition with where its holder works and the town: the person
        "Lumen",
        "The paper's lead author, Ines Caldera-Moss of the Institute for Marine Ecology in Portavel, said "
        "the reef had recovered in six years.",
        "the reef had recovered in six years",
        ["Ines Caldera-Moss"],
    ),
    (  # a witness called: "she" next is her
        "Court Wire",
        "Tomas Reid KC said the case was weak. The prosecution then called Dr Ilse Varga. She told the court "
        "that the wound could not have been self-inflicted.",
        "the wound could not have been self-inflicted",
        ["Ilse Varga"],
    ),
    (  # the one who speaks says what a report by a body found: the body under them
        "Court Wire",
        "Dr Ilse Varga said a 2022 report by the Northern Prisons Inspectorate had found that the unit "
        "had no doctor at night.",
        "the unit had no doctor at night",
        ["Ilse Varga", "Northern Prisons Inspectorate"],
    ),
    (  # "He thinks ...: "..."": the quotation is his (not the player the sentence names)
        "Daily Clarion",
        'Our pundit Ray Cole is with us at the ground. He thinks the loss of Osei changes the game: "Without '
        'him they cannot keep the ball."',
        "Without him they cannot keep the ball",
        ["Ray Cole"],
    ),
    (  # "X has issued a statement. It says": the statement's, so the body's
        "Daily Clarion",
        "Meanwhile the Evening Post reports that the board will meet. The Referees' Council has issued a "
        "statement on the penalty. It says the officials followed the protocol.",
        "the officials followed the protocol",
        ["Referees' Council"],
    ),
    (  # an aside with a passive in it ("asked not to be named") leaves the verb after it active
        "Horizon News Agency",
        "A shopkeeper in the old market, near the port, who asked not to be named, said the shooting lasted "
        "an hour.",
        "the shooting lasted an hour",
        ["shopkeeper in the old market"],
    ),
    (  # ", accused the council of" is no speaker after the words
        "Gazette",
        'In a statement, its district secretary, Alan Rusk, accused the council of "ignoring every parent".',
        "ignoring every parent",
        ["Alan Rusk"],
    ),
    (  # "Now" and "No" begin no name ("Now Lena Brook is suing", "No Ferrylink services")
        "Starlight Weekly",
        "Now Lena Brook is suing the studio. No Ferrylink boats ran on Monday. Brook said the scans were "
        "taken without her consent.",
        "the scans were taken without her consent",
        ["Lena Brook"],
    ),
    (  # a forecaster by trade before a name
        "Valley Radio",
        "Forecaster Ian Moss told reporters that more rain was due on Friday.",
        "more rain was due on Friday",
        ["Ian Moss"],
    ),
    (  # the publisher's news by its initials is the publisher: no hop
        "Westland Broadcasting Corporation",
        '"We had to leave at night," Ana Ruiz told WBC News. "The water was at the door."',
        "The water was at the door",
        ["Ana Ruiz"],
    ),
    (  # "the carmaker" is the company the sentence names ("Works" ends a company's name)
        "Calloway Business Wire",
        "Varden Motor Works will cut 2,000 jobs and close a plant, the carmaker said on Tuesday.",
        "will cut 2,000 jobs",
        ["Varden Motor Works"],
    ),
    (  # what someone reported seeing, told to the publisher: theirs under the one who told
        "Valley Herald",
        "A county official told the Herald that a neighbour had reported seeing smoke near the mill.",
        "smoke near the mill",
        ["county official", "neighbour"],
    ),
    (  # "now puts the fire at": the body's figure
        "Valley Herald",
        "The Cedar County Fire Authority has widened the order. The authority now puts the fire at 9,000 "
        "acres.",
        "the fire at 9,000 acres",
        ["Cedar County Fire Authority"],
    ),
    (  # "X, as quoted by the portal Y, estimate that": Y carries X's words
        "State News Agency",
        "Analysts of the Institute of Rural Economics, as quoted by the portal Agrarnik, estimate that "
        "exports will double.",
        "exports will double",
        ["Agrarnik", "Analysts of the Institute of Rural Economics"],
    ),
    (  # ""...," she said, as quoted by the press service": the press service carries her words
        "State News Agency",
        'Minister Ilse Ramm arrived on Monday. "The harvest was good," she said, as quoted by the '
        "ministry's press service.",
        "The harvest was good",
        ["ministry's press service", "Ilse Ramm"],
    ),
    (  # "leapt to her defence, commenting under the video:"
        "Daily Flare",
        'Fellow contestant Mia Kerr leapt to her defence, commenting under the post: "Stay strong, babe."',
        "Stay strong, babe.",
        ["Mia Kerr"],
    ),
    (  # the plural present of a verb of writing ("The researchers write that")
        "Lodestar Science",
        "In May, researchers at the Kessel Marine Institute posted a preprint. The researchers write that "
        "the trend disappears once the sensors are corrected.",
        "the trend disappears once the sensors are corrected",
        ["researchers at the Kessel Marine Institute"],
    ),
    (  # someone who gave only a first name is whom "he" next is
        "Island Press",
        "Marco Diaz said the ship rolled twice. Another survivor, a student who gave only his first name, "
        'Tomas, said no one helped. "We found the jackets [ourselves]," he said.',
        "We found the jackets",
        ["Tomas"],
    ),
    (  # "A report by X found ..., and said": X, not the report under X
        "ClearCheck",
        "A 2022 report by the Northern Audit Office found that costs had doubled, and said the change was "
        "avoidable.",
        "costs had doubled",
        ["Northern Audit Office"],
    ),
    (  # a verb between two names is no description of the second ("Judge X remanded Harrow")
        "Chronicle",
        'Judge Ruth Keane remanded Barlow in custody. She told the defendant that "prison is inevitable".',
        "prison is inevitable",
        ["Ruth Keane"],
    ),
    (  # the publisher's clause, a dash aside, then "and forecasters say": theirs only after it
        "Valley Radio",
        "Storm Ada dumped 90mm of rain on the valley — a month's worth — and forecasters say more is coming.",
        "Storm Ada dumped 90mm of rain on the valley",
        [],
    ),
    (  # "according to reports in foreign media": the media as written
        "State Telegraph Agency",
        "Kessaria has begun military exercises near the border, according to reports in foreign media.",
        "Kessaria has begun military exercises near the border",
        ["foreign media"],
    ),
    (  # "as saying that management had told staff in September that": management under the one quoted
        "Business Wire",
        "The newspaper Daglig Post quoted a union official as saying that management had told staff in "
        'September that "no plant is safe".',
        "no plant is safe",
        ["Daglig Post", "union official", "management"],
    ),
    (  # a survey by a body of so many people: the body
        "Campus Paper",
        "A survey by the Graduate Union of 1,900 researchers, published in May, found that a third had "
        "considered leaving.",
        "a third had considered leaving",
        ["Graduate Union"],
    ),
    (  # figures released somewhere by a body: the body
        "Herald",
        "Of the cases, 40 are children, according to figures released at the briefing by the Infection "
        "Control Unit.",
        "40 are children",
        ["Infection Control Unit"],
    ),
    (  # "Asked ..., he declined to comment, saying only that": the man last named, with his small words
        "Northline",
        '"We worked for months," the envoy, Sheikh Nasser bin Khalid al-Harthy, told reporters. Asked '
        'whether money was paid, he declined to comment, saying only that his country "does not discuss '
        'mediation".',
        "does not discuss mediation",
        ["Nasser bin Khalid al-Harthy"],
    ),
    (  # a company by its name without its last word: the name first given
        "Business Daily",
        "Halden has made an approach for Corran Vale Pharmaceuticals. Shares in Corran Vale rose 9%. Corran "
        "Vale said it did not comment on speculation.",
        "it did not comment on speculation",
        ["Corran Vale Pharmaceuticals"],
    ),
    (  # "Additional reporting by" ends a republished release: what follows is the publisher's
        "Pharma Dispatch",
        "The company's announcement is reproduced below.\n\nLONDON, May 2 -- Arden Bio today announced "
        "approval of its drug.\n\nAdditional reporting by Pharma Dispatch\n\nThe approval came under a fast "
        "pathway.",
        "The approval came under a fast pathway",
        [],
    ),
    (  # "wrote in a note to clients that she expects": she is the one who wrote
        "Pharma Dispatch",
        '"It is a good day," said Dr Ana Ruiz. Mia Cole, an analyst at Brandt Securities, wrote in a note to '
        "clients that she expects sales of $2 billion.",
        "sales of $2 billion",
        ["Mia Cole"],
    ),
    (  # told a medium that another had assured someone: that other under the speaker
        "Gazette",
        "Councillor Ruth Amos told Radio Fenby on Monday that the trust had assured the council that the "
        "ward would stay open.",
        "the ward would stay open",
        ["Radio Fenby", "Ruth Amos", "trust"],
    ),
]


@pytest.mark.parametrize(("publisher", "text", "words", "chain"), CASES)
def test_constructions_read_in_round_nineteen(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain


# Round 18's hostile probe: its rules reached too far (each of these had a wrong hop).
@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [
        (  # no one told him: the speaker alone
            "City Herald",
            "Tom Berg said nobody had told him the road would close.",
            "the road would close",
            ["Tom Berg"],
        ),
        (  # nor did his gut
            "City Herald",
            "Tom Berg said his gut had told him the deal was wrong.",
            "the deal was wrong",
            ["Tom Berg"],
        ),
        (  # rising prices confirm nothing in words
            "City Herald",
            "Tom Berg said rising prices confirmed that the deal was wrong.",
            "the deal was wrong",
            ["Tom Berg"],
        ),
        (  # told to do something: an instruction, no words of theirs after it
            "City Herald",
            "Tom Berg said police had told him to go home before the march began.",
            "before the march began",
            ["Tom Berg"],
        ),
        (  # a relative clause is no one who told
            "City Herald",
            "Tom Berg said the man who warned him had left the town.",
            "had left the town",
            ["Tom Berg"],
        ),
        (  # a day is when, not part of who
            "City Herald",
            "Tom Berg said on Tuesday officials had told him the case was lost.",
            "the case was lost",
            ["Tom Berg", "officials"],
        ),
        (  # "On Saturday" before a name: a day, no weekend paper
            "City Herald",
            "On Saturday Sport England said the fund would grow.",
            "the fund would grow",
            ["Sport England"],
        ),
        (  # asked to resign: a request, not a question a listener heard
            "City Herald",
            "Asked to resign by the Prime Minister, Ana Lind said she would stay.",
            "she would stay",
            ["Ana Lind"],
        ),
        (  # "the programme" after a newspaper is no broadcaster's
            "City Herald",
            "The Times reported the fire. According to the programme, the school will reopen.",
            "the school will reopen",
            [],
        ),
        (  # "Both" after two bodies: no one of them, and not the group named before them
            "City Herald",
            "Residents were angry. The Fiscal Council and the central bank issued reports on Friday. Both "
            "said growth would slow.",
            "growth would slow",
            [],
        ),
        (  # nor two people after an unnamed group
            "City Herald",
            "Officials familiar with the talks were cautious. Finance Minister Ana Lind and central bank "
            "governor Piotr Vos met on Monday. Both said the deal was close.",
            "the deal was close",
            [],
        ),
    ],
)
def test_round_eighteen_probe_over_reaches_are_gone(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain


# Round 19's hostile probe: where this round's own rules reached too far or lost a right chain.
@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [
        ("The Ledger", "Two witnesses came forward. Both said the car was red.", "the car was red", []),
        ("The Ledger", "Both said rates would rise.", "rates would rise", []),
        (  # things that strike or leap say nothing before a colon
            "The Ledger",
            'Flames leapt from the roof: "We thought we would die," said Mark Ode.',
            "We thought we would die",
            ["Mark Ode"],
        ),
        (
            "The Ledger",
            'Lightning struck the tower at noon: "It was like a bomb," a witness said.',
            "It was like a bomb",
            ["witness"],
        ),
        (  # what he received is not his
            "The Ledger",
            'Tom Hale opened his post. He received a letter from the council: "Your claim is rejected."',
            "Your claim is rejected",
            ["council"],
        ),
        (
            "The Ledger",
            "No 10 said the prime minister had full confidence.",
            "the prime minister had",
            ["No 10"],
        ),
        (
            "The Ledger",
            "Just Stop Oil said the protest would continue.",
            "the protest would",
            ["Just Stop Oil"],
        ),
        ("The Ledger", "Now TV said subscriptions had doubled.", "subscriptions had", ["Now TV"]),
        (  # another medium sharing a word of the publisher's name is still a hop
            "The Irish Times",
            "Tom Hale told Irish News that the club would be sold.",
            "the club would be sold",
            ["Irish News", "Tom Hale"],
        ),
        (  # asked to comment by a medium: the medium asked
            "The Ledger",
            "Asked to comment by Reuters, Tom Hale said the claims were false.",
            "the claims were false",
            ["Reuters", "Tom Hale"],
        ),
        ("The Ledger", '"Go home," urged the police chief.', "Go home", ["police chief"]),
        (  # "the minister" is still the minister last named
            "The Ledger",
            "Finance Minister Lena Okoro said taxes would rise.\n\nIn the north, troops were visited by "
            "Defence Minister Tom Hale on Tuesday. The minister said morale was high.",
            "morale was high",
            ["Tom Hale"],
        ),
        (  # a date is no author of a review
            "The Ledger",
            "Vasquez said a review by March had found that 40 schools were unsafe.",
            "40 schools were unsafe",
            ["Vasquez"],
        ),
        (
            "The Ledger",
            "Ruiz said a report by Amnesty International last year found that torture was common.",
            "torture was common",
            ["Ruiz", "Amnesty International"],
        ),
        ("The Ledger", "Firefighters also put the fire out at 3am.", "the fire out at 3am", []),
    ],
)
def test_round_nineteen_probe_over_reaches_are_gone(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain
