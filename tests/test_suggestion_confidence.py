"""How sure a suggested chain is: the confidence model, and where reviewers see it."""

import importlib
from pathlib import Path

import pytest
from django.urls import reverse

from annotations.domain.articles import read_article
from annotations.domain.suggesting import Registry, suggest_chain, suggest_claims, suggestion_flagged
from annotations.domain.suggesting.confidence import LOOK_BACK, features
from annotations.domain.suggesting.confidence_weights import WEIGHTS

from .factories import DocumentFactory
from .helpers import api, page_client

DATA = Path(__file__).parent / "data"

# The first sentence names its speaker and its cue; the second's "the minister" is never named.
TEXT = (
    "Reuters, citing two officials, reported that the talks had collapsed on Friday.\n"
    "The minister said the deal was off and that nobody would sign it."
)
NAMED = TEXT.index("the talks")
UNNAMED = TEXT.index("the deal")


def test_a_chain_named_in_its_sentence_is_offered_and_an_unresolved_reference_is_flagged():
    named = suggest_chain(TEXT, "Daily Post", NAMED, NAMED + 5, Registry())
    unnamed = suggest_chain(TEXT, "Daily Post", UNNAMED, UNNAMED + 5, Registry())
    assert [hop.name for hop in named.hops] == ["Reuters", "two officials"]
    assert [hop.name for hop in unnamed.hops] == ["minister"]
    assert named.confidence > unnamed.confidence
    assert named.sure and not unnamed.sure


def test_the_publisher_alone_is_never_flagged():
    text = "Oil prices rose for a third day on Tuesday as stocks fell."
    suggestion = suggest_chain(text, "Daily Post", 0, 5, Registry())
    assert suggestion.hops == () and suggestion.confidence == 1.0 and suggestion.sure


def test_suggest_claims_scores_each_sentence_as_the_claim_form_does():
    listed = suggest_claims(TEXT, "Daily Post", Registry())
    for candidate in listed:
        alone = suggest_chain(
            TEXT, "Daily Post", candidate.sentence_start, candidate.sentence_start + 1, Registry()
        )
        assert candidate.confidence == alone.confidence
    assert [c.sure for c in listed] == [True, False]


def test_what_the_model_reads_is_bounded_whatever_comes_before():
    # A sentence's features read its paragraph and LOOK_BACK characters before: 1 MB of text with
    # no line break before it gives the same facts as the window alone.
    sentence = "The agency said, citing a senior official, that the plant had closed."
    window = ("Filler words about nothing much at all. " * 200)[: LOOK_BACK * 2] + " "
    for before in (window, "Zz " * 350_000 + window):
        text = before + sentence
        start = len(before)
        facts = features(text, start, len(text), ["agency", "senior official"])
        if before is window:
            short = facts
    assert facts == short


def test_the_weights_cover_every_fact_the_model_reads():
    # A fact added to `features` without refitting (python -m tests.confidence_training --write)
    # would weigh nothing.
    assert set(WEIGHTS) == set(features(TEXT, 0, len(TEXT), ["Reuters"]))


@pytest.mark.django_db
def test_the_api_says_how_sure_a_chain_is(reviewer):
    answers = [
        api(reviewer)
        .post(
            "/api/v1/suggest-chain/",
            {"text": TEXT, "publisher": "Daily Post", "start": start, "end": start + 5},
            format="json",
        )
        .json()
        for start in (NAMED, UNNAMED)
    ]
    assert [a["sure"] for a in answers] == [True, False]
    assert 0 <= answers[1]["confidence"] < answers[0]["confidence"] <= 1


@pytest.mark.django_db
def test_the_claim_form_and_the_suggested_claims_flag_a_guess(reviewer):
    document = DocumentFactory(text=TEXT, publisher="Daily Post")
    client = page_client(reviewer)
    new = reverse("annotations:claim-new", args=[document.pk])
    guess = client.get(new, {"start": UNNAMED, "end": UNNAMED + 5}).content.decode()
    offered = client.get(new, {"start": NAMED, "end": NAMED + 5}).content.decode()
    assert "check each hop" in guess and "Daily Post &gt; minister" in guess
    assert "the model gives it" in guess and "the model gives it" not in offered
    assert "check each hop" not in offered and "Daily Post &gt; Reuters &gt; two officials" in offered
    listed = client.get(reverse("annotations:suggested-claims", args=[document.pk])).content.decode()
    assert listed.count("check each hop") == 1
    assert listed.index("Reuters") < listed.index("check each hop")


def test_the_flag_recorded_for_a_saved_claim_is_the_one_shown_even_in_a_long_paragraph():
    # One paragraph of 4,000 characters with quotations in it: the sentence the flag is worked out on
    # must be the one the suggestion was scored on (cut from a window 3,000 characters back, the
    # quotation marks paired wrongly and the flag was the opposite of what was shown).
    article = read_article(DATA / "attribution-round11" / "204-traffic-noise-children.txt")
    text = " ".join(article.text.split("\n"))
    checked = 0
    for suggestion in suggest_claims(text, article.publisher, Registry()):
        names = [hop.name for hop in suggestion.hops]
        for at in (suggestion.sentence_start, suggestion.sentence_end - 1):
            assert suggestion_flagged(text, at, names) is not suggestion.sure, text[at : at + 60]
            checked += 1
    assert checked >= 20


def test_offsets_outside_the_text_and_no_names_read_nothing_more():
    text = "The ministry said the deal was off. " * 3_000
    inside = features(text, 0, 36, ["ministry"])
    assert features(text, -5, 36, ["ministry"]) == inside
    assert features(text, 0, 10**9, ["ministry"]) == features(text, 0, len(text), ["ministry"])
    assert set(features(text, 0, 36, [])) == set(inside)


def test_a_name_met_thousands_of_times_before_is_looked_at_a_bounded_number_of_times(monkeypatch):
    module = importlib.import_module("annotations.domain.suggesting.confidence")
    looked = []
    real = module._word_before
    monkeypatch.setattr(module, "_word_before", lambda text, at, lo: looked.append(at) or real(text, at, lo))
    text = "and B " * 3_000 + "B said it."  # (every B after "and": each one is looked at)
    features(text, len(text) - 10, len(text), ["B"])
    assert 0 < len(looked) <= module._OCCURRENCES


def test_a_chain_that_leaves_out_a_name_its_sentence_gives_is_less_sure():
    # The same cue and the same origin; in the second sentence another full name stands beside it,
    # which the chain does not use: the model is less sure of it (on arrival such chains were wrong
    # more often).
    alone = "Reuters reported that the talks had collapsed on Friday."
    crowded = "Reuters reported that Anna Berg and Tom Hale had said the talks had collapsed on Friday."
    lone = features(alone, 0, len(alone), ["Reuters"])
    beside = features(crowded, 0, len(crowded), ["Reuters"])
    assert lone["other names in sentence"] == 0 and beside["other names in sentence"] > 0
    assert WEIGHTS["other names in sentence"] < 0


def test_a_quotation_with_no_cue_and_a_name_cut_short_are_facts_of_their_own():
    quoted = '"We will not sign," the minister said. "The deal is dead."'
    second = quoted.index('"The deal')
    assert features(quoted, second, len(quoted), ["minister"])["quotation start, no cue"] == 1.0
    cut = "An officer at a drop-in session said the plan was fine."
    assert (
        features(cut, 0, len(cut), ["Authority officer at a drop-in session"])[
            "origin with a lower-case tail"
        ]
        == 1.0
    )
