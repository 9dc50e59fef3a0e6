"""Claims: validate a span, its chain and confidence, and write them whole (create, restore, edit, delete)."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Literal

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from .. import permissions, selectors
from ..domain import chains
from ..domain.anchoring import AnchorError, anchor_span
from ..domain.names import INVISIBLE_NAME, clean_name, has_visible, name_key
from ..domain.storable import unstorable_reason
from ..domain.suggesting import suggestion_flagged
from ..models import (
    AttributionHop,
    Claim,
    ClaimStatus,
    Document,
    ModerationDecision,
    Source,
    SuggestionOutcome,
)
from ..scales import Credibility, Cue, Likelihood, SourceKind
from .common import ClaimConflict, audited, locked_claim, refuse_nul
from .sources import source_get_or_create

MAX_CHAIN_LENGTH = 12


CUE_TEXT_MAX: int = AttributionHop._meta.get_field("cue_text").max_length or 200


SOURCE_NAME_MAX: int = Source._meta.get_field("name").max_length or 200


@dataclass(frozen=True)
class HopSpec:
    """One hop as a client sends it: an existing `source`, or a name (and a kind to create it)."""

    cue: str
    source: Source | None = None
    source_name: str = ""
    source_kind: str = ""
    cue_text: str = ""


def _resolve_chain(chain: Sequence[HopSpec]) -> list[tuple[Source, str, str]]:
    """Turn hop specs into sources, creating named new ones; report every bad hop at once."""
    if not chain:
        raise ValidationError({"chain": "The attribution chain needs at least one hop: the publisher."})
    if len(chain) > MAX_CHAIN_LENGTH:
        raise ValidationError({"chain": f"A chain has at most {MAX_CHAIN_LENGTH} hops."})
    errors: list[str] = []
    resolved: list[tuple[Source, str, str]] = []
    for number, spec in enumerate(chain, start=1):
        reason = unstorable_reason(spec.source_name) or unstorable_reason(spec.cue_text)
        if reason:
            errors.append(f"Hop {number}: the text {reason}.")
            continue
        if spec.cue not in Cue.values:
            errors.append(f"Hop {number}: “{spec.cue}” is not a known cue.")
        if len(spec.cue_text.strip()) > CUE_TEXT_MAX:
            errors.append(f"Hop {number}: the cue as written is longer than {CUE_TEXT_MAX} characters.")
        source = spec.source
        name = clean_name(spec.source_name)
        if source is None and not name:
            errors.append(f"Hop {number}: name its source, or remove the hop.")
        elif source is None and not has_visible(name):
            errors.append(f"Hop {number}: {INVISIBLE_NAME}")
        elif source is None:
            source = selectors.source_named(name=name)
            if source is None:
                if spec.source_kind not in SourceKind.values:
                    errors.append(
                        f"Hop {number}: “{name}” is not in the source registry; choose its kind to add it."
                    )
                else:
                    source, _ = source_get_or_create(name=name, kind=spec.source_kind)
        if source is not None:
            resolved.append((source, spec.cue, spec.cue_text.strip()))
    if errors:
        raise ValidationError({"chain": errors})
    return resolved


def _validated_fields(
    *, document: Document, start: int, end: int, quote: str | None, credibility, likelihood: str
) -> dict:
    errors: dict[str, list[str]] = {}
    anchor = None
    try:
        anchor = anchor_span(document.text, start, end, quote)
    except AnchorError as error:
        errors["quote"] = [str(error)]
    try:
        credibility = int(credibility)
    except (TypeError, ValueError):
        credibility = None
    if credibility not in Credibility.values:
        errors["credibility"] = [
            "Choose how far you trust this claim: a credibility grade from "
            "1 (confirmed by other sources) to 6 (truth cannot be judged)."
        ]
    if likelihood and likelihood not in Likelihood.values:
        errors["likelihood"] = [f"“{likelihood}” is not an ICD 203 likelihood word."]
    if errors or anchor is None:
        raise ValidationError(errors)
    return {
        "start": anchor.start,
        "end": anchor.end,
        "quote": anchor.quote,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "credibility": credibility,
        "likelihood": likelihood or "",
    }


def _validate_all(*, document, start, end, quote, credibility, likelihood, chain):
    """Validate fields and chain together so the user sees every problem at once."""
    errors: dict[str, list[str]] = {}
    fields = resolved = None
    try:
        fields = _validated_fields(
            document=document,
            start=start,
            end=end,
            quote=quote,
            credibility=credibility,
            likelihood=likelihood,
        )
    except ValidationError as error:
        errors.update(error.message_dict)
    try:
        resolved = _resolve_chain(chain)
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    return fields, resolved


def chain_text(resolved: list[tuple[Source, str, str]]) -> str:
    return chains.chain_text((source.name, Cue(cue).label) for source, cue, _ in resolved)


def _write_chain(claim: Claim, resolved: list[tuple[Source, str, str]], *, replace: bool = True) -> None:
    if replace:
        claim.hops.all().delete()
    AttributionHop.objects.bulk_create(
        AttributionHop(claim=claim, position=position, source=source, cue=cue, cue_text=cue_text)
        for position, (source, cue, cue_text) in enumerate(resolved)
    )


# full_clean() would ask the database once per check constraint: the rules behind them
# (offsets, scales, status) are checked above with messages people can read, and the
# database still enforces every constraint. The related objects are loaded instances.
_CLEAN_EXCLUDE = ["document", "author", "adjudicated_from"]


def _lock_for_change(*, claim: Claim, actor: User, verb: str, expected_version: int) -> Claim:
    """Lock the row, then ask the rules that depend on its state of the locked row itself.

    Asked of a copy read before the lock, a moderator's approval could land between the
    check and the write, and the author would edit or delete an approved claim.
    """
    current = locked_claim(claim)
    refusal = permissions.claim_change_refusal(actor, current, verb)
    if refusal:
        raise PermissionDenied(refusal)
    if current.version != expected_version:
        raise ClaimConflict(current, expected_version)
    return current


def _insert_claim(
    *,
    document: Document,
    author: User,
    history_user,
    start: int,
    end: int,
    quote: str | None,
    chain: Sequence[HopSpec],
    credibility: int | None,
    likelihood: str,
    note: str,
    reason: str = "",
    **extra,
) -> Claim:
    """Validate a new claim and write it with its chain. The caller holds the transaction."""
    refuse_nul(note=note, quote=quote or "")
    fields, resolved = _validate_all(
        document=document,
        start=start,
        end=end,
        quote=quote,
        credibility=credibility,
        likelihood=likelihood,
        chain=chain,
    )
    claim = Claim(
        document=document,
        author=author,
        note=note.strip(),
        chain_text=chain_text(resolved),
        **fields,
        **extra,
    )
    claim.full_clean(exclude=_CLEAN_EXCLUDE, validate_constraints=False)
    audited(claim, by=history_user, reason=reason)
    claim.save()
    _write_chain(claim, resolved, replace=False)
    return claim


NOT_IN_YOUR_PROJECTS = "This article is in none of your projects: ask a project's moderator to add you."


def claim_create(
    *,
    document: Document,
    author: User,
    start: int,
    end: int,
    quote: str | None,
    chain: Sequence[HopSpec],
    credibility: int | None,
    likelihood: str = "",
    note: str = "",
    suggested_chain: Sequence[str] | None = None,
) -> Claim:
    """Add a claim. `suggested_chain` is the chain the engine suggested when the reviewer made it
    (source names, publisher first), if one was shown: what they did with it is recorded."""
    if not permissions.can_annotate(author):
        raise PermissionDenied("Only reviewers and moderators can add claims.")
    if not selectors.documents_visible(viewer=author).filter(pk=document.pk).exists():
        raise PermissionDenied(NOT_IN_YOUR_PROJECTS)
    with transaction.atomic():
        errors: dict[str, list[str]] = {}
        try:
            suggested = _checked_suggestion(suggested_chain)
        except ValidationError as error:
            errors.update(error.message_dict)
        try:
            claim = _insert_claim(
                document=document,
                author=author,
                history_user=author,
                start=start,
                end=end,
                quote=quote,
                chain=chain,
                credibility=credibility,
                likelihood=likelihood,
                note=note,
            )
        except ValidationError as error:
            raise ValidationError(error.message_dict | errors) from error
        if errors:
            raise ValidationError(errors)
        if suggested:
            _record_suggestion_outcome(claim, suggested)
        return claim


def _checked_suggestion(suggested_chain: Sequence[str] | None) -> list[str]:
    """The suggested chain's names, cleaned; a malformed one is refused (nothing is saved)."""
    if not suggested_chain:
        return []
    if not isinstance(suggested_chain, list | tuple) or not all(
        isinstance(name, str) for name in suggested_chain
    ):
        raise ValidationError({"suggested_chain": ["The suggested chain is a list of source names."]})
    names = [clean_name(name) for name in suggested_chain]
    if not 2 <= len(names) <= MAX_CHAIN_LENGTH:
        raise ValidationError(
            {
                "suggested_chain": [
                    f"A suggested chain has the publisher and 1 to {MAX_CHAIN_LENGTH - 1} sources."
                ]
            }
        )
    problems = []
    for number, name in enumerate(names, start=1):
        reason = unstorable_reason(name)
        if reason:
            problems.append(f"Suggested hop {number}: the name {reason}.")
        elif not has_visible(name) or len(name) > SOURCE_NAME_MAX:
            problems.append(f"Suggested hop {number}: a name of 1 to {SOURCE_NAME_MAX} visible characters.")
    if problems:
        raise ValidationError({"suggested_chain": problems})
    return names


def _record_suggestion_outcome(claim: Claim, suggested: list[str]) -> None:
    """Compare the saved chain with the suggestion: used as is, edited (which hops) or ignored."""
    saved = [
        {name_key(hop.source.name), *(name_key(alias) for alias in hop.source.aliases or [])}
        for hop in claim.hops.select_related("source").order_by("position")
    ]
    outcome, changed = chains.suggestion_outcome([name_key(name) for name in suggested], saved)
    # Whether it was shown as a guess is worked out here from the text, not taken from the client.
    flagged = suggestion_flagged(claim.document.text, claim.start, suggested[1:])
    SuggestionOutcome.objects.create(
        claim=claim, suggested_chain=suggested, outcome=outcome, changed_hops=changed, flagged=flagged
    )


def claim_restore(
    *,
    document: Document,
    author: User,
    actor: User,
    start: int,
    end: int,
    quote: str,
    chain: Sequence[HopSpec],
    credibility: int | None,
    likelihood: str = "",
    note: str = "",
    status: str = ClaimStatus.DRAFT,
    is_gold: bool = False,
    adjudicated_from: Claim | None = None,
    version: int = 1,
    reason: str = "Imported.",
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
) -> Claim:
    """Write a claim read from an export, keeping its author, status, gold flag and times.

    The same validation as `claim_create` runs (offsets, quote, chain, scales). Only
    moderators, or the command line (`actor` None), restore claims: the status they
    carry skips the review workflow, so the move is recorded as a decision.
    """
    if actor is not None and not permissions.is_moderator(actor):
        raise PermissionDenied("Only moderators import claims.")
    if status not in ClaimStatus.values:
        raise ValidationError({"status": f"“{status}” is not a claim status."})
    with transaction.atomic():
        claim = _insert_claim(
            document=document,
            author=author,
            history_user=actor,
            start=start,
            end=end,
            quote=quote,
            chain=chain,
            credibility=credibility,
            likelihood=likelihood,
            note=note,
            reason=reason,
            status=status,
            is_gold=is_gold,
            adjudicated_from=adjudicated_from,
            version=max(1, int(version)),
        )
        # A restore keeps when the work was done (the fields are auto_now: update() leaves them be).
        times = {"created_at": created_at, "updated_at": updated_at or created_at}
        times = {name: value for name, value in times.items() if value is not None}
        if times:
            Claim.objects.filter(pk=claim.pk).update(**times)
            for name, value in times.items():
                setattr(claim, name, value)
        if status != ClaimStatus.DRAFT and actor is not None:  # the command line leaves its history note
            ModerationDecision.objects.create(
                claim=claim, actor=actor, from_status=ClaimStatus.DRAFT, to_status=status, reason=reason
            )
    return claim


class Keep(Enum):
    """A field left out of a partial update (PATCH): it stays as stored."""

    KEEP = "keep"


KEEP = Keep.KEEP


def claim_update(
    *,
    claim: Claim,
    actor: User,
    expected_version: int,
    start: int | Literal[Keep.KEEP] = KEEP,
    end: int | Literal[Keep.KEEP] = KEEP,
    quote: str | None | Literal[Keep.KEEP] = KEEP,
    chain: Sequence[HopSpec] | Literal[Keep.KEEP] = KEEP,
    credibility: int | None | Literal[Keep.KEEP] = KEEP,
    likelihood: str | Literal[Keep.KEEP] = KEEP,
    note: str | Literal[Keep.KEEP] = KEEP,
) -> Claim:
    """Change a claim's span, chain and confidence, refusing an edit of a stale version.

    A field left as KEEP stays as stored in the locked row (what a PATCH leaves out); a
    new span without a quote takes the text at its offsets.
    """
    refuse_nul(note=note if isinstance(note, str) else "", quote=quote if isinstance(quote, str) else "")
    with transaction.atomic():
        current = _lock_for_change(claim=claim, actor=actor, verb="edit", expected_version=expected_version)
        if quote is KEEP:
            quote = current.quote if start is KEEP and end is KEEP else None
        start = current.start if start is KEEP else start
        end = current.end if end is KEEP else end
        if chain is KEEP:
            chain = [
                HopSpec(cue=hop.cue, source=hop.source, cue_text=hop.cue_text)
                for hop in current.hops.select_related("source").order_by("position")
            ]
        credibility = current.credibility if credibility is KEEP else credibility
        likelihood = current.likelihood if likelihood is KEEP else likelihood
        note = current.note if note is KEEP else note
        fields, resolved = _validate_all(
            document=current.document,
            start=start,
            end=end,
            quote=quote,
            credibility=credibility,
            likelihood=likelihood,
            chain=chain,
        )
        stored_chain = [(hop.source_id, hop.cue, hop.cue_text) for hop in current.hops.order_by("position")]
        unchanged = (
            all(getattr(current, name) == value for name, value in fields.items())
            and current.note == note.strip()
            and stored_chain == [(source.pk, cue, cue_text) for source, cue, cue_text in resolved]
        )
        if unchanged:  # nothing to save: no new version, no history entry
            return current
        for name, value in fields.items():
            setattr(current, name, value)
        current.note = note.strip()
        current.chain_text = chain_text(resolved)
        current.version += 1  # the row is locked: no one else can bump it meanwhile
        current.full_clean(exclude=_CLEAN_EXCLUDE, validate_constraints=False)
        audited(current, by=actor)
        current.save()
        _write_chain(current, resolved)
    return current


def claim_delete(*, claim: Claim, actor: User, expected_version: int) -> None:
    """Delete a claim at the version the client read: a claim approved or edited since is kept."""
    with transaction.atomic():
        current = _lock_for_change(claim=claim, actor=actor, verb="delete", expected_version=expected_version)
        audited(current, by=actor)
        current.delete()
