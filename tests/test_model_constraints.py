"""The database itself refuses impossible rows, whatever code writes them."""

import pytest
from django.db import IntegrityError, transaction

from annotations.models import AttributionHop, Claim, Source
from annotations.scales import Cue, SourceKind

from .factories import ClaimFactory, SourceFactory


def _saves(obj) -> bool:
    try:
        with transaction.atomic():
            obj.save()
    except IntegrityError:
        return False
    return True


@pytest.mark.django_db
def test_claim_start_must_be_before_end(document, reviewer):
    claim = Claim(document=document, author=reviewer, start=5, end=5, quote="", credibility=2)
    assert not _saves(claim)
    claim.end = 6
    assert _saves(claim)


@pytest.mark.django_db
@pytest.mark.parametrize("credibility", [0, 7])
def test_claim_credibility_must_be_on_the_admiralty_scale(document, reviewer, credibility):
    claim = Claim(document=document, author=reviewer, start=0, end=3, quote="Tur", credibility=credibility)
    assert not _saves(claim)


@pytest.mark.django_db
def test_claim_likelihood_must_be_an_icd203_word(document, reviewer):
    claim = Claim(
        document=document, author=reviewer, start=0, end=3, quote="Tur", credibility=2, likelihood="maybe"
    )
    assert not _saves(claim)


@pytest.mark.django_db
def test_hop_positions_are_unique_within_a_chain():
    claim = ClaimFactory()
    duplicate = AttributionHop(claim=claim, position=0, source=SourceFactory(), cue=Cue.CITING)
    assert not _saves(duplicate)
    duplicate.position = 1
    assert _saves(duplicate)


@pytest.mark.django_db
def test_source_names_are_unique_ignoring_case():
    SourceFactory(name="Bloomberg")
    assert not _saves(Source(name="BLOOMBERG", kind=SourceKind.NEWS_AGENCY))


@pytest.mark.django_db
def test_source_kind_must_be_known():
    assert not _saves(Source(name="Someone", kind="rumour"))


@pytest.mark.django_db
def test_chain_is_ordered_publisher_first():
    bloomberg, officials = (
        SourceFactory(name="Bloomberg"),
        SourceFactory(name="officials", kind=SourceKind.UNNAMED),
    )
    claim = ClaimFactory()
    AttributionHop.objects.create(claim=claim, position=2, source=officials, cue=Cue.CITING)
    AttributionHop.objects.create(claim=claim, position=1, source=bloomberg, cue=Cue.CITING)
    assert claim.chain_display == "Press TV > Bloomberg > officials"
