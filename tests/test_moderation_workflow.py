"""draft -> submitted -> approved / rejected / changes requested, with reasons and a record of each move."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from annotations import services
from annotations.models import ClaimStatus, ModerationDecision

from .factories import ClaimFactory
from .helpers import HTMX, page_client

pytestmark = pytest.mark.django_db


def move(claim, actor, action, reason=""):
    return services.claim_transition(claim=claim, actor=actor, action=action, reason=reason)


def test_reject_then_resubmit_then_approve_records_every_step(reviewer, moderator):
    claim = ClaimFactory(author=reviewer)
    move(claim, reviewer, "submit")
    move(claim, moderator, "reject", "The quote leaves out the qualifier.")
    move(claim, reviewer, "submit")
    claim = move(claim, moderator, "approve")
    assert claim.status == ClaimStatus.APPROVED and claim.version == 5
    steps = list(
        ModerationDecision.objects.filter(claim=claim)
        .order_by("pk")
        .values_list("actor__username", "from_status", "to_status", "reason")
    )
    assert steps == [
        ("rita", "draft", "submitted", ""),
        ("mona", "submitted", "rejected", "The quote leaves out the qualifier."),
        ("rita", "rejected", "submitted", ""),
        ("mona", "submitted", "approved", ""),
    ]


@pytest.mark.parametrize(
    ("status", "action"),
    [
        (ClaimStatus.DRAFT, "approve"),
        (ClaimStatus.DRAFT, "reject"),
        (ClaimStatus.DRAFT, "request_changes"),
        (ClaimStatus.APPROVED, "approve"),
        (ClaimStatus.APPROVED, "submit"),
        (ClaimStatus.REJECTED, "approve"),
        (ClaimStatus.CHANGES_REQUESTED, "reject"),
        (ClaimStatus.SUBMITTED, "submit"),
    ],
)
def test_illegal_transitions_are_refused_with_a_clear_message(reviewer, moderator, status, action):
    claim = ClaimFactory(author=reviewer, status=status, moderator=moderator)
    decided = list(claim.decisions.all())  # how the claim got here: submitted, then decided
    with pytest.raises(ValidationError) as error:
        move(claim, moderator, action, "a reason")
    assert "Cannot" in error.value.message_dict["status"][0]
    claim.refresh_from_db()
    assert claim.status == status and list(claim.decisions.all()) == decided


@pytest.mark.parametrize("action", ["reject", "request_changes"])
def test_reject_and_send_back_need_a_reason(reviewer, moderator, action):
    claim = ClaimFactory(author=reviewer, status=ClaimStatus.SUBMITTED)
    with pytest.raises(ValidationError, match="Give a reason"):
        move(claim, moderator, action, "   ")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.SUBMITTED


def test_unknown_action_is_refused(reviewer):
    with pytest.raises(ValidationError, match="not a moderation action"):
        move(ClaimFactory(author=reviewer), reviewer, "publish")


@pytest.mark.parametrize(
    ("actor", "action", "allowed"),
    [
        ("reviewer", "submit", True),
        ("other_reviewer", "submit", False),
        ("moderator", "submit", True),
        ("reviewer", "approve", False),
        ("other_reviewer", "approve", False),
        ("moderator", "approve", True),
    ],
)
def test_who_may_move_a_claim(request, reviewer, actor, action, allowed):
    status = ClaimStatus.DRAFT if action == "submit" else ClaimStatus.SUBMITTED
    claim = ClaimFactory(author=reviewer, status=status)
    user = request.getfixturevalue(actor)
    if allowed:
        assert move(claim, user, action).status != status
    else:
        with pytest.raises(PermissionDenied):
            move(claim, user, action)


def test_an_approved_claim_is_locked_for_its_author_but_not_for_moderators(reviewer, moderator):
    claim = ClaimFactory(author=reviewer, status=ClaimStatus.APPROVED, moderator=moderator, length=6)
    fields = {
        "start": 0,
        "end": 6,
        "quote": "Turkey",
        "credibility": 1,
        "chain": [services.HopSpec(cue="published", source_name="Press TV")],
    }
    version = claim.version  # 3: written, submitted, approved
    with pytest.raises(PermissionDenied, match="approved: it is locked"):
        services.claim_update(claim=claim, actor=reviewer, expected_version=version, **fields)
    edited = services.claim_update(claim=claim, actor=moderator, expected_version=version, **fields)
    assert edited.credibility == 1


def test_a_status_change_makes_an_older_edit_stale(reviewer, moderator):
    claim = ClaimFactory(author=reviewer, length=6)
    move(claim, reviewer, "submit")
    with pytest.raises(services.ClaimConflict):
        services.claim_update(
            claim=claim,
            actor=moderator,
            expected_version=1,
            start=0,
            end=6,
            quote="Turkey",
            credibility=2,
            chain=[services.HopSpec(cue="published", source_name="Press TV")],
        )


def test_reviewer_submits_from_the_reader_page_and_sees_the_reason_when_sent_back(reviewer, moderator):
    claim = ClaimFactory(author=reviewer)
    client = page_client(reviewer)
    page = client.get(claim.document.get_absolute_url()).content.decode()
    assert "Submit for review</button>" in page
    response = client.post(reverse("annotations:claim-submit", args=[claim.pk]), **HTMX)
    assert response.status_code == 200 and "Claim submitted for review." in response.content.decode()
    again = client.post(reverse("annotations:claim-submit", args=[claim.pk]), **HTMX)
    assert again.status_code == 400 and "Cannot submit a claim that is submitted" in again.content.decode()
    move(claim, moderator, "request_changes", "Name the second hop: which outlet?")
    page = client.get(claim.document.get_absolute_url()).content.decode()
    assert "Changes requested by mona" in page and "Name the second hop: which outlet?" in page
    assert "Resubmit</button>" in page


def test_another_reviewer_cannot_submit_my_claim_from_the_page(reviewer, other_reviewer):
    claim = ClaimFactory(author=reviewer)
    client = page_client(other_reviewer)
    response = client.post(reverse("annotations:claim-submit", args=[claim.pk]), **HTMX)
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.DRAFT
