"""What every write shares: NUL refusal, the database-failure messages, the conflict error, the claim lock."""

from django.core.exceptions import ValidationError
from django.db.models import Model

from ..domain.storable import unstorable_reason
from ..models import Claim

# Said when the database connection fails mid-write: every write is one transaction, so this is true.
DATABASE_FAILED = "The database did not answer while saving: nothing was saved. Try again in a moment."


DATABASE_UNAVAILABLE = "The database did not answer. Try again in a moment."


class ClaimConflict(Exception):
    """The claim changed since the client read it; `current` is what is stored now."""

    def __init__(self, current: Claim, expected_version: int):
        self.current = current
        self.expected_version = expected_version
        super().__init__(
            f"This claim was changed after you opened it (you edited version "
            f"{expected_version}, it is now at version {current.version})."
        )


def refuse_nul(**fields) -> None:
    """Refuse text the database cannot store (NUL, lone surrogates) with a message, not a crash."""
    bad = {
        name: f"This text {unstorable_reason(value)}."
        for name, value in fields.items()
        if isinstance(value, str) and unstorable_reason(value)
    }
    if bad:
        raise ValidationError(bad)


CLAIM_GONE = "This claim no longer exists: it was deleted."


def locked_claim(claim: Claim) -> Claim:
    """The claim's row, locked until the transaction ends; `Claim.DoesNotExist` if it was deleted."""
    current = Claim.objects.select_for_update().filter(pk=claim.pk).first()
    if current is None:
        raise Claim.DoesNotExist(CLAIM_GONE)
    return current


def audited(record: Model, *, by: object, reason: str = "") -> None:
    """Tell the audit history (django-simple-history) who makes the next save of `record`, and why.

    The history reads these two attributes when the row is saved; setting them here keeps
    the spelling, and the 100-character limit of the reason, in one place.
    """
    record._history_user = by  # type: ignore[attr-defined]
    if reason:
        record._change_reason = reason[:100]  # type: ignore[attr-defined]
