"""An approved claim stays locked for its author, even when the approval lands mid-request.

The rules that depend on a claim's state (may this user edit it? is it the version they
read?) are asked of the row locked for the write, never of a copy read before the lock.
"""

import threading

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection, connections

from annotations import services
from annotations.models import Claim, ClaimStatus
from annotations.scales import Cue
from annotations.services import HopSpec

from .factories import ClaimFactory
from .helpers import HTMX, api, page_client


def _submitted(reviewer, document):
    """A claim its author has submitted: at version 2."""
    return ClaimFactory(document=document, author=reviewer, length=6, status=ClaimStatus.SUBMITTED)


def _edit(claim, actor, version, note="the author's late edit"):
    return services.claim_update(
        claim=claim,
        actor=actor,
        expected_version=version,
        start=0,
        end=6,
        quote="Turkey",
        chain=[HopSpec(cue=Cue.PUBLISHED, source=claim.document.publisher)],
        credibility=2,
        note=note,
    )


@pytest.mark.django_db
def test_an_edit_read_before_the_approval_is_refused_on_the_locked_row(reviewer, moderator, document):
    # The author's request read the claim while it was submitted; the approval lands before its
    # write. Guessing the next version must not get the edit past the lock.
    read_before = _submitted(reviewer, document)
    services.claim_transition(claim=read_before, actor=moderator, action="approve")  # version 3
    with pytest.raises(PermissionDenied, match="approved: it is locked"):
        _edit(read_before, reviewer, version=3)
    with pytest.raises(PermissionDenied, match="approved: it is locked"):
        services.claim_delete(claim=read_before, actor=reviewer, expected_version=3)
    stored = Claim.objects.get(pk=read_before.pk)
    assert (stored.status, stored.note, stored.version) == (ClaimStatus.APPROVED, "", 3)


@pytest.mark.django_db
def test_a_stale_delete_is_a_conflict_and_keeps_the_claim(reviewer, document):
    claim = ClaimFactory(document=document, author=reviewer, length=6)
    _edit(claim, reviewer, version=1, note="edited in another tab")  # now version 2
    with pytest.raises(services.ClaimConflict):
        services.claim_delete(claim=claim, actor=reviewer, expected_version=1)
    response = api(reviewer).delete(f"/api/v1/claims/{claim.pk}/?version=1")
    assert response.status_code == 409
    assert response.json()["current"]["note"] == "edited in another tab"
    page = page_client(reviewer).post(f"/claims/{claim.pk}/delete/", {"version": 1}, **HTMX)
    assert page.status_code == 409 and b"It was not deleted" in page.content
    assert Claim.objects.filter(pk=claim.pk).exists()
    assert api(reviewer).delete(f"/api/v1/claims/{claim.pk}/?version=2").status_code == 204


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?version=", "?version=two", "?version=0", "?version=99999999999"])
def test_a_delete_must_say_which_version_it_means(reviewer, document, query):
    claim = ClaimFactory(document=document, author=reviewer, length=6)
    response = api(reviewer).delete(f"/api/v1/claims/{claim.pk}/{query}")
    assert response.status_code == 400 and "version" in response.json()["errors"]
    page = page_client(reviewer).post(f"/claims/{claim.pk}/delete/", {"version": query[9:]}, **HTMX)
    assert page.status_code == (400 if not query[9:].isdigit() else 409)
    assert Claim.objects.filter(pk=claim.pk).exists()


@pytest.mark.django_db
def test_a_claim_deleted_while_waiting_is_a_404_not_a_crash(reviewer, moderator, document):
    claim = ClaimFactory(document=document, author=reviewer, length=6)
    Claim.objects.filter(pk=claim.pk).delete()
    with pytest.raises(Claim.DoesNotExist):
        _edit(claim, reviewer, version=1)
    with pytest.raises(Claim.DoesNotExist):
        services.claim_transition(claim=claim, actor=moderator, action="approve")


def _race(claim, moderator, reviewer, write: str) -> dict[str, int]:
    """Approve `claim` and send the author's `write` at the same moment; the status codes."""
    barrier = threading.Barrier(2)
    answers: dict[str, int] = {}

    def approve():
        try:
            barrier.wait()
            services.claim_transition(claim=claim, actor=moderator, action="approve")
            answers["approve"] = 200
        except Exception:
            answers["approve"] = 400
        finally:
            connections.close_all()

    def author_write():
        try:
            client = api(reviewer)
            url = f"/api/v1/claims/{claim.pk}/"
            barrier.wait()
            if write == "patch":
                body = {"note": "late edit", "version": 3}
                answers[write] = client.patch(url, body, format="json").status_code
            else:
                answers[write] = client.delete(f"{url}?version=3").status_code
        finally:
            connections.close_all()

    threads = [threading.Thread(target=approve), threading.Thread(target=author_write)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.parametrize("write", ["patch", "delete"])
def test_approval_racing_the_authors_write_never_leaves_an_approved_claim_changed(
    reviewer, moderator, document, write
):
    # The reproduction, run as a race 8 times: the approval and the author's write (at
    # the version after the approval) start together through their real entry points. The
    # write is refused whichever lands first; the claim ends approved and unchanged.
    for _ in range(8):
        claim = _submitted(reviewer, document)
        answers = _race(claim, moderator, reviewer, write)
        stored = Claim.objects.filter(pk=claim.pk).first()
        assert stored is not None, "an approved claim was deleted by its author"
        assert (stored.status, stored.note) == (ClaimStatus.APPROVED, ""), answers
        assert answers == {"approve": 200, write: answers[write]} and answers[write] in (403, 409)


@pytest.mark.django_db
def test_a_moderator_decides_on_the_version_they_reviewed_not_one_edited_since(reviewer, moderator, document):
    claim = _submitted(reviewer, document)  # version 2, as the confirmation page shows it
    client = page_client(moderator)
    page = client.post(
        "/admin/annotations/claim/", {"action": "decide_approve", "_selected_action": [claim.pk]}
    )
    assert f'name="version-{claim.pk}" value="2"' in page.content.decode()
    _edit(claim, reviewer, version=2, note="swapped after review")  # the author, meanwhile
    applied = client.post(
        "/admin/annotations/claim/",
        {"action": "decide_approve", "_selected_action": [claim.pk], "apply": "1", "reason": "",
         f"version-{claim.pk}": "2"},  # fmt: skip
        follow=True,
    )
    assert "Review it again before deciding" in applied.content.decode()
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.status, stored.note) == (ClaimStatus.SUBMITTED, "swapped after review")
    with pytest.raises(services.ClaimConflict):
        services.claim_transition(claim=claim, actor=moderator, action="approve", expected_version=2)
    services.claim_transition(claim=claim, actor=moderator, action="approve", expected_version=3)
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.APPROVED
