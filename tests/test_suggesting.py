"""Attribution suggestions on the seed article, as the issue and the domain notes describe it."""

from pathlib import Path

import pytest

from annotations.domain import articles
from annotations.domain.suggesting import KnownSource, Registry, sentences, suggest_chain, suggest_claims
from annotations.scales import Cue, SourceKind

SEED = articles.read_article(
    Path(__file__).resolve().parent.parent / "seeds" / "presstv-turkey-s400-2025-11-07.txt"
)
TEXT = SEED.text
REGISTRY = Registry(
    {
        "Iran Press TV": KnownSource(1, "Iran Press TV", SourceKind.OUTLET),
        "Bloomberg News": KnownSource(7, "Bloomberg", SourceKind.NEWS_AGENCY),
        "Bloomberg": KnownSource(7, "Bloomberg", SourceKind.NEWS_AGENCY),
    }
)


def chain_for(words: str, registry=REGISTRY) -> list[str]:
    start = TEXT.index(words)
    return [
        hop.name for hop in suggest_chain(TEXT, "Iran Press TV", start, start + len(words), registry).chain
    ]


@pytest.mark.parametrize(
    ("words", "chain"),
    [
        ("Turkey will not abandon its Russian-made S-400", ["Iran Press TV", "Bloomberg"]),
        (
            "Ankara is open to limited compromises regarding the advanced air defense systems' operation",
            ["Iran Press TV", "Bloomberg", "officials familiar with the matter"],
        ),
        (
            'Ankara could agree to a "joint military mechanism" with Washington',
            ["Iran Press TV", "Bloomberg", "officials familiar with the matter"],
        ),
        ("Turkey has signaled it is willing to compromise", ["Iran Press TV", "Bloomberg"]),
        ("Turkey purchased four S-400 units from Russia", ["Iran Press TV"]),
        ("the completion of all deliveries", ["Iran Press TV", "Rosoboronexport"]),
        (
            "has resisted Lockheed's demand",
            ["Iran Press TV", "Bloomberg", "officials familiar with the matter"],
        ),
        ("had made a personal appeal", ["Iran Press TV", "Media reports"]),
        ("Erdogan sought to offset", ["Iran Press TV", "Bloomberg", "people familiar with the negotiations"]),
        ("Ankara hoped the discussions would ease tensions", ["Iran Press TV", "Bloomberg"]),
        ("would operate independently", ["Iran Press TV", "Ankara"]),
    ],
)
def test_the_seed_articles_chains(words, chain):
    assert chain_for(words) == chain


def test_hops_carry_kinds_registry_ids_cues_and_offsets():
    words = "Ankara is open to limited compromises"
    start = TEXT.index(words)
    publisher, bloomberg, officials = suggest_chain(TEXT, "Iran Press TV", start, start + 10, REGISTRY).chain
    assert (publisher.source_id, publisher.cue, publisher.mention_start) == (1, Cue.PUBLISHED, None)
    assert (bloomberg.source_id, bloomberg.kind) == (7, SourceKind.NEWS_AGENCY)
    assert TEXT[bloomberg.mention_start : bloomberg.mention_end] == "the American news outlet"
    assert TEXT[bloomberg.cue_start : bloomberg.cue_end] == "said"
    assert (officials.source_id, officials.kind, officials.cue) == (None, SourceKind.UNNAMED, Cue.CITING)
    assert TEXT[officials.mention_start : officials.mention_end] == "officials familiar with the matter"
    assert TEXT[officials.cue_start : officials.cue_end] == "Citing"


def test_an_alias_in_the_registry_is_matched():
    text = "Ankara will keep the systems, Bloomberg News reported."
    suggestion = suggest_chain(text, "Iran Press TV", 0, 10, REGISTRY)
    assert [(hop.name, hop.source_id) for hop in suggestion.chain] == [("Iran Press TV", 1), ("Bloomberg", 7)]


def test_nested_citing_and_told():
    text = (
        "Reuters, citing two diplomats, said the talks had stalled. "
        "The diplomats added that a deal was still possible.\n"
        "A senior official told the agency that no date had been set."
    )
    assert [h.name for h in suggest_chain(text, "Daily Planet", 0, 20, Registry()).hops] == [
        "Reuters",
        "two diplomats",
    ]
    added = text.index("a deal")
    assert [h.name for h in suggest_chain(text, "Daily Planet", added, added + 6, Registry()).hops] == [
        "Reuters",
        "two diplomats",
    ]
    told = text.index("no date")
    assert [h.name for h in suggest_chain(text, "Daily Planet", told, told + 7, Registry()).hops] == [
        "Reuters",
        "senior official",
    ]


def test_sentences_keep_quotations_and_abbreviations_whole():
    text = 'He said "One. Two." Mr. Smith left. The U.S. Army agreed.\nNext line.'
    spans = [text[s.start : s.end] for s in sentences(text)]
    assert spans == ['He said "One. Two."', "Mr. Smith left.", "The U.S. Army agreed.", "Next line."]


def test_sentences_count_curly_quotations_and_end_an_unclosed_one_with_its_paragraph():
    text = "“One. Two.” Mr. Smith said. Then “x. Yes.” Done! “Open. Never closed. Still.\nNew line? Yes."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "“One. Two.”",
        "Mr. Smith said.",
        "Then “x. Yes.”",
        "Done!",
        "“Open. Never closed. Still.",
        "New line?",
        "Yes.",
    ]


def test_suggest_claims_lists_attributed_sentences_only():
    found = suggest_claims(TEXT, "Iran Press TV", REGISTRY)
    starts = [TEXT[s.sentence_start : s.sentence_end] for s in found]
    assert any(s.startswith("Turkey will not abandon") for s in starts)
    assert any(s.startswith("Citing officials familiar") for s in starts)
    assert not any(s.startswith("The move was met") for s in starts)


def test_a_span_outside_the_text_is_refused():
    with pytest.raises(ValueError, match="not inside the text"):
        suggest_chain("Short.", "X", 3, 99, Registry())


@pytest.mark.parametrize(
    "text",
    [
        "Dr Helen  Marsh visited.",
        "Minister Lena\u00a0Okoro said the plan works.",
        "Finance Minister Lena  Okoro said so.",
    ],
)
def test_names_with_odd_white_space_between_their_words_are_read(text):
    # A double or non-breaking space after a title once crashed the reader ("substring not found").
    suggestion = suggest_chain(text, "Daily Planet", 0, len(text), Registry())
    assert suggestion.chain[0].name == "Daily Planet"
    claims = suggest_claims(text, "Daily Planet", Registry())
    assert claims.read_up_to == len(text)
