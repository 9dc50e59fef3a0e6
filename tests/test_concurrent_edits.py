"""Two people saving the same version of a claim at the same moment: one wins, nothing is half-written."""

import threading

import pytest
from django.db import connection, connections

from annotations import services
from annotations.models import AttributionHop, Claim
from annotations.scales import Cue
from annotations.services import HopSpec

from .factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_two_concurrent_saves_of_one_version_let_exactly_one_win(reviewer, moderator):
    claim = ClaimFactory(author=reviewer, length=6)
    SourceFactory(name="Bloomberg")
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(actor, note, hops):
        try:
            barrier.wait()
            services.claim_update(
                claim=claim,
                actor=actor,
                expected_version=1,
                start=0,
                end=6,
                quote="Turkey",
                chain=[HopSpec(cue=Cue.PUBLISHED, source_name="Press TV")]
                + [HopSpec(cue=Cue.CITING, source_name="Bloomberg")] * hops,
                credibility=2,
                note=note,
            )
            outcomes[note] = "saved"
        except services.ClaimConflict:
            outcomes[note] = "conflict"
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=save, args=(reviewer, "reviewer", 1)),
        threading.Thread(target=save, args=(moderator, "moderator", 3)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes.values()) == ["conflict", "saved"]
    winner = next(note for note, outcome in outcomes.items() if outcome == "saved")
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.note, stored.version) == (winner, 2)
    expected_hops = 2 if winner == "reviewer" else 4
    assert AttributionHop.objects.filter(claim=claim).count() == expected_hops


@pytest.mark.django_db
def test_a_source_named_by_someone_else_at_the_same_moment_is_reused(monkeypatch, reviewer, document):
    from annotations.models import Source

    check = Source.full_clean

    def someone_else_saves_first(self, *args, **kwargs):
        check(self, *args, **kwargs)
        Source.objects.create(name="Anadolu Agency", kind="news_agency")  # between our look-up and save

    monkeypatch.setattr(Source, "full_clean", someone_else_saves_first)
    claim = services.claim_create(
        document=document,
        author=reviewer,
        start=0,
        end=6,
        quote="Turkey",
        chain=[
            HopSpec(cue=Cue.PUBLISHED, source_name="Press TV"),
            HopSpec(cue=Cue.CITING, source_name="anadolu agency", source_kind="news_agency"),
        ],
        credibility=3,
    )
    assert claim.chain_display == "Press TV > Anadolu Agency"
    assert Source.objects.filter(name__iexact="anadolu agency").count() == 1
