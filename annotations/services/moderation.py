"""The review workflow, from draft to approved or rejected, and adjudication into gold."""

from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from .. import permissions
from ..models import AttributionHop, Claim, ClaimStatus, ModerationDecision
from .common import ClaimConflict, audited, locked_claim, refuse_nul


@dataclass(frozen=True)
class Transition:
    target: str
    sources: frozenset[str]
    moderator_only: bool
    reason_required: bool


TRANSITIONS = {
    "submit": Transition(
        ClaimStatus.SUBMITTED,
        frozenset({ClaimStatus.DRAFT, ClaimStatus.CHANGES_REQUESTED, ClaimStatus.REJECTED}),
        moderator_only=False,
        reason_required=False,
    ),
    "approve": Transition(ClaimStatus.APPROVED, frozenset({ClaimStatus.SUBMITTED}), True, False),
    "reject": Transition(ClaimStatus.REJECTED, frozenset({ClaimStatus.SUBMITTED}), True, True),
    "request_changes": Transition(
        ClaimStatus.CHANGES_REQUESTED, frozenset({ClaimStatus.SUBMITTED}), True, True
    ),
}


def transition_refusal(*, actor: User, claim: Claim, action: str) -> str | None:
    """Why `actor` may not make this move on `claim` (None if they may); the status is checked apart."""
    transition = TRANSITIONS[action]
    if transition.moderator_only and not permissions.is_moderator(actor):
        return "Only moderators decide on submitted claims."
    if not transition.moderator_only and not (claim.author_id == actor.pk or permissions.is_moderator(actor)):
        return "Only the claim's author can submit it."
    return None


def can_transition(*, actor: User, claim: Claim, action: str) -> bool:
    """May `actor` make this move now: allowed for them, and from the claim's status."""
    return transition_refusal(actor=actor, claim=claim, action=action) is None and (
        claim.status in TRANSITIONS[action].sources
    )


def claim_transition(
    *, claim: Claim, actor: User, action: str, reason: str = "", expected_version: int | None = None
) -> Claim:
    """Move a claim along draft -> submitted -> approved / rejected / changes requested.

    Every move is recorded with who, when and why; a reason is required to reject
    or send back. The version grows, so an edit made before the move is refused. With
    `expected_version` (the version a moderator reviewed), a claim edited since is refused
    with a ClaimConflict instead of being decided unseen.
    """
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise ValidationError({"action": f"“{action}” is not a moderation action."})
    refuse_nul(reason=reason)
    reason = reason.strip()
    with transaction.atomic():
        current = locked_claim(claim)
        refusal = transition_refusal(actor=actor, claim=current, action=action)
        if refusal:
            raise PermissionDenied(refusal)
        if expected_version is not None and current.version != expected_version:
            # A decision is about the version the moderator read: an edit since then is not decided unseen.
            raise ClaimConflict(current, expected_version)
        if current.status not in transition.sources:
            allowed = ", ".join(sorted(ClaimStatus(s).label.lower() for s in transition.sources))
            raise ValidationError(
                {
                    "status": f"Cannot {action.replace('_', ' ')} a claim that is "
                    f"{current.get_status_display().lower()}: only {allowed} claims can be."
                }
            )
        if transition.reason_required and not reason:
            raise ValidationError(
                {"reason": f"Give a reason to {action.replace('_', ' ')}: the reviewer reads it."}
            )
        ModerationDecision.objects.create(
            claim=current, actor=actor, from_status=current.status, to_status=transition.target, reason=reason
        )
        current.status = transition.target
        current.version += 1
        audited(current, by=actor, reason=reason)
        current.save(update_fields=["status", "version", "updated_at"])
    return current


def claim_accept_as_gold(*, claim: Claim, actor: User) -> Claim:
    """Make a copy of a reviewer's claim the reference (gold) annotation for its span.

    The copy belongs to the lead who accepted it and is approved at once; gold claims it
    overlaps are replaced. The lead can then edit the copy on the reader page to write
    a merged version, and the export's `gold=true` filter gives the reference set.
    """
    if not permissions.is_moderator(actor):
        raise PermissionDenied("Only moderators adjudicate.")
    with transaction.atomic():
        original = locked_claim(claim)
        if original.is_gold:
            raise ValidationError({"claim": "This claim is already the gold version."})
        Claim.objects.filter(
            document_id=original.document_id, is_gold=True, start__lt=original.end, end__gt=original.start
        ).delete()
        gold = Claim(
            document_id=original.document_id,
            start=original.start,
            end=original.end,
            quote=original.quote,
            prefix=original.prefix,
            suffix=original.suffix,
            note=original.note,
            credibility=original.credibility,
            likelihood=original.likelihood,
            chain_text=original.chain_text,
            status=ClaimStatus.APPROVED,
            author=actor,
            is_gold=True,
            adjudicated_from=original,
        )
        audited(gold, by=actor, reason=f"accepted as gold from claim #{original.pk}")
        gold.save()
        AttributionHop.objects.bulk_create(
            AttributionHop(
                claim=gold, position=hop.position, source_id=hop.source_id, cue=hop.cue, cue_text=hop.cue_text
            )
            for hop in original.hops.order_by("position")
        )
        ModerationDecision.objects.create(
            claim=gold,
            actor=actor,
            from_status=ClaimStatus.DRAFT,
            to_status=ClaimStatus.APPROVED,
            reason=f"Accepted as gold from {original.author.username}'s claim #{original.pk}.",
        )
    return gold
