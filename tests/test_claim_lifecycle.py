"""Creating, editing and deleting claims through the service layer all views share."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from annotations import services
from annotations.models import AttributionHop, Claim, Source
from annotations.scales import Cue, SourceKind
from annotations.services import HopSpec

from .factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db


def span(document, words):
    start = document.text.index(words)
    return {"start": start, "end": start + len(words), "quote": words}


def three_hops():
    return [
        HopSpec(cue=Cue.PUBLISHED, source_name="Press TV"),
        HopSpec(cue=Cue.CITING, source_name="Bloomberg", source_kind=SourceKind.NEWS_AGENCY),
        HopSpec(
            cue=Cue.CITING,
            source_name="officials familiar with the matter",
            source_kind=SourceKind.UNNAMED,
            cue_text="Citing officials familiar with the matter",
        ),
    ]


def create(document, author, **overrides):
    fields = {
        **span(document, "Ankara is open to compromises"),
        "chain": three_hops(),
        "credibility": 3,
    }
    fields.update(overrides)
    return services.claim_create(document=document, author=author, **fields)


def test_create_stores_span_context_chain_and_confidence(document, reviewer):
    claim = create(document, reviewer, likelihood="likely", note="  check Reuters  ")
    claim = Claim.objects.get(pk=claim.pk)
    assert claim.quote == "Ankara is open to compromises"
    assert document.text[claim.start : claim.end] == claim.quote
    assert claim.suffix == document.text[claim.end : claim.end + 32]
    assert claim.chain_display == "Press TV > Bloomberg > officials familiar with the matter"
    assert [hop.cue for hop in claim.chain] == [Cue.PUBLISHED, Cue.CITING, Cue.CITING]
    assert claim.confidence_display == "3 — Possibly true; Likely (55-80%)"
    assert claim.note == "check Reuters"
    assert Source.objects.get(name="officials familiar with the matter").kind == SourceKind.UNNAMED


def test_existing_sources_are_reused_by_name_ignoring_case(document, reviewer):
    bloomberg = SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY)
    claim = create(
        document,
        reviewer,
        chain=[
            HopSpec(cue=Cue.PUBLISHED, source_name="Press TV"),
            HopSpec(cue=Cue.CITING, source_name="  bloomberg "),
        ],
    )
    assert claim.chain[1].source == bloomberg
    assert Source.objects.filter(name__iexact="bloomberg").count() == 1


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"start": 0, "end": 100_000, "quote": None}, "quote", "past the end"),
        ({"start": 30, "end": 20, "quote": None}, "quote", "must be before end"),
        ({"quote": "Ankara is closed to compromises"}, "quote", "does not match"),
        ({"chain": []}, "chain", "at least one hop"),
        (
            {"chain": [HopSpec(cue=Cue.CITING, source_name="Nobody Known")]},
            "chain",
            "not in the source registry",
        ),
        ({"chain": [HopSpec(cue=Cue.CITING, source_name="   ")]}, "chain", "name its source"),
        ({"chain": [HopSpec(cue="whispered", source_name="Press TV")]}, "chain", "not a known cue"),
        ({"credibility": 9}, "credibility", "credibility grade from 1"),
        ({"credibility": "high"}, "credibility", "credibility grade from 1"),
        ({"likelihood": "maybe"}, "likelihood", "ICD 203"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(document, reviewer, overrides, field, message):
    with pytest.raises(ValidationError) as error:
        create(document, reviewer, **overrides)
    assert message in " ".join(error.value.message_dict[field])
    assert not Claim.objects.exists()


def test_a_refused_claim_leaves_no_new_source_behind(document, reviewer):
    with pytest.raises(ValidationError):
        create(document, reviewer, credibility=0)
    assert not Source.objects.filter(name="Bloomberg").exists()


def test_every_problem_is_reported_at_once(document, reviewer):
    with pytest.raises(ValidationError) as error:
        create(document, reviewer, quote="wrong words", chain=[], credibility=None)
    assert set(error.value.message_dict) == {"quote", "chain", "credibility"}


def test_a_user_without_a_role_cannot_annotate(document, outsider):
    with pytest.raises(PermissionDenied):
        create(document, outsider)


def test_update_replaces_span_chain_and_bumps_the_version(document, reviewer):
    claim = create(document, reviewer)
    updated = services.claim_update(
        claim=claim,
        actor=reviewer,
        expected_version=1,
        **span(document, "Turkey purchased four S-400 units"),
        chain=[HopSpec(cue=Cue.PUBLISHED, source_name="Press TV")],
        credibility=1,
        note="own background",
    )
    assert updated.version == 2
    assert updated.quote == "Turkey purchased four S-400 units"
    assert updated.chain_display == "Press TV"
    assert AttributionHop.objects.filter(claim=claim).count() == 1


def test_a_stale_edit_is_refused_and_changes_nothing(document, reviewer):
    claim = create(document, reviewer)
    services.claim_update(
        claim=claim,
        actor=reviewer,
        expected_version=1,
        **span(document, "Ankara is open to compromises"),
        chain=three_hops(),
        credibility=2,
    )
    with pytest.raises(services.ClaimConflict) as conflict:
        services.claim_update(
            claim=claim,
            actor=reviewer,
            expected_version=1,
            **span(document, "Turkey purchased"),
            chain=three_hops()[:1],
            credibility=5,
        )
    assert conflict.value.current.version == 2
    claim.refresh_from_db()
    assert (claim.credibility, claim.version, claim.hops.count()) == (2, 2, 3)


def test_invalid_update_keeps_the_stored_claim_whole(document, reviewer):
    claim = create(document, reviewer)
    with pytest.raises(ValidationError):
        services.claim_update(
            claim=claim,
            actor=reviewer,
            expected_version=1,
            **span(document, "Turkey purchased"),
            chain=[],
            credibility=2,
        )
    claim.refresh_from_db()
    assert (claim.quote, claim.version, claim.hops.count()) == ("Ankara is open to compromises", 1, 3)


def test_only_the_author_or_a_moderator_may_edit_or_delete(document, reviewer, other_reviewer, moderator):
    claim = ClaimFactory(document=document, author=reviewer)
    fields = {**span(document, "Turkey will not"), "chain": three_hops()[:1], "credibility": 2}
    with pytest.raises(PermissionDenied):
        services.claim_update(claim=claim, actor=other_reviewer, expected_version=1, **fields)
    with pytest.raises(PermissionDenied):
        services.claim_delete(claim=claim, actor=other_reviewer, expected_version=1)
    assert services.claim_update(claim=claim, actor=moderator, expected_version=1, **fields).version == 2
    services.claim_delete(claim=claim, actor=reviewer, expected_version=2)
    assert not Claim.objects.filter(pk=claim.pk).exists()
