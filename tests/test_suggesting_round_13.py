"""Attribution suggestions on constructions read in round 13 of issue 17 (from round 12's set, opened
for this round; earlier rounds' are in test_suggesting_rounds*.py): each case a publisher, a short text,
the span asked about and the chain expected (publisher left out), written afresh here, not copied from
the set."""

import pytest

from .test_suggesting_rounds import chain_in


@pytest.mark.parametrize(
    ("publisher", "text", "words", "chain"),
    [
        (  # "In his words" is "according to him"
            "Valley Herald",
            "Governor Ruth Adeyemi spoke for an hour. In her words, the new bridge would open in June.",
            "the new bridge would open",
            ["Ruth Adeyemi"],
        ),
        (  # a roster seen by a medium is a document after it; seen by the publisher, the document alone
            "Valley Herald",
            "Staff rosters seen by the Valley Herald show that one nurse covered three wards.",
            "one nurse covered three wards",
            ["Staff rosters"],
        ),
        (
            "Valley Herald",
            "Delivery manifests obtained by Reuters show that the cargo left port in May.",
            "the cargo left port",
            ["Reuters", "Delivery manifests"],
        ),
        (  # a press release is the statement of whoever issued it
            "Valley Herald",
            "In a press release, the Orrin Institute said the result was a breakthrough. The release quotes "
            "its director, Dr Paul Mensah, as saying the team was astonished.",
            "the team was astonished",
            ["Orrin Institute", "Paul Mensah"],
        ),
        (  # ... and the release of something is no statement
            "Valley Herald",
            "The release of the figures was delayed until Friday, officials said.",
            "was delayed until Friday",
            ["officials"],
        ),
        (  # speaking to the publisher, a person quoted by a release speaks for themself again
            "Valley Herald",
            "In a press release, the Orrin Institute said the result was a breakthrough. The release quotes "
            "the trial's lead author, Dr Paul Mensah, as saying the team was astonished.\n"
            'Speaking to the Herald, Mensah was more careful. "It is one trial," he said.',
            "It is one trial",
            ["Paul Mensah"],
        ),
        (  # a barrister puts it to a witness
            "Valley Herald",
            "Under cross-examination, Helen Stroud KC put it to the witness that he had lied to police.",
            "he had lied to police",
            ["Helen Stroud"],
        ),
        (  # "telling the magazine" without "that", the magazine named just before
            "Valley Herald",
            "Dana Reyes spoke about her illness in an interview with Pulse Weekly, telling the magazine she "
            "had kept it from her family for a year.",
            "had kept it from her family",
            ["Pulse Weekly", "Dana Reyes"],
        ),
        (  # what someone who told a medium adds, they add to that medium
            "Valley Herald",
            "Former striker Aled Morgan was scathing. Morgan told Channel 9 on Sunday that the club had "
            "lost its way. He added that the next manager would need three years.",
            "the next manager would need three years",
            ["Channel 9", "Aled Morgan"],
        ),
        (  # ... not what they say on another occasion
            "Valley Herald",
            "Ana Solis told radio station KRX that the plant would stay open. Speaking later on a call "
            "with analysts, Solis said the company would not sell the plant.",
            "would not sell the plant",
            ["Ana Solis"],
        ),
        (  # "the judge" is the judge named with a title before
            "Valley Herald",
            "Mr Justice Owen Pryce heard the case without a jury. The judge said he would rule in March.",
            "he would rule in March",
            ["Owen Pryce"],
        ),
        (  # "the Carrowby show" is an event, not what a Carrowby showed
            "Valley Herald",
            "The band played a sold-out show at the Carrowby Arena. Their manager, Ed Vance, said he had "
            "cancelled the Carrowby show himself after a doctor's letter.",
            "cancelled the Carrowby show himself",
            ["Ed Vance"],
        ),
        (  # a speaker named again at the end is one hop, not two
            "Valley Herald",
            '"The talks are stuck," said Ida Brenner, a fellow at the Harwell Institute. Officials in both '
            "capitals had told her privately that they wanted a deal, she said.",
            "they wanted a deal",
            ["Ida Brenner", "Officials in both capitals"],
        ),
        (  # "that report" is the report just named
            "Valley Herald",
            "Trade site Freightline reported in May that Norrcast was looking for buyers. Norrcast employs "
            "400 people in two plants. According to that report, the company had hired advisers.",
            "the company had hired advisers",
            ["Freightline"],
        ),
        (  # a poll "for" a medium is the medium's
            "Valley Herald",
            "Polls have closed. According to the exit poll for TV Lumen, the Greens are on 31%.",
            "the Greens are on 31%",
            ["TV Lumen"],
        ),
        (  # what an investigation looked into does not speak
            "Valley Herald",
            "A year-long investigation by the Valley Herald into Brightway Homes, which runs 30 care homes, "
            "found that six of them had failed inspections.",
            "six of them had failed inspections",
            [],
        ),
        (  # what others told a writer, later in the writer's quotation, nests under the writer
            "Valley Herald",
            "Our political editor, Sam Okafor, writes: \"This is new. Last year, Labour's own pollsters "
            'privately told me they expected to lose."',
            "they expected to lose",
            ["Sam Okafor", "Labour's own pollsters"],
        ),
        (  # a carer is one person, whom "she" refers to
            "Valley Herald",
            "A senior carer at the home said staff were told to hide the rotas. “We were scared,” she said.",
            "We were scared",
            ["senior carer at the home"],
        ),
        (  # whom the speaker came with does not speak
            "Valley Herald",
            "Outside court, Rosa Lind, accompanied by her brother, the singer Tomas Lind, told reporters she "
            "was relieved.",
            "she was relieved",
            [],
        ),
    ],
)
def test_constructions_read_in_round_thirteen(publisher, text, words, chain):
    assert chain_in(text, publisher, words) == chain
