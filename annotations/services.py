"""Writes. Every change to documents, sources and claims goes through here.

The HTML views, the admin and (later) the API call these functions, so each
rule about a valid claim is written once. Each function runs in one transaction.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import roles, selectors
from .anchoring import AnchorError, anchor_span
from .models import AttributionHop, Claim, ClaimStatus, Document, ModerationDecision, Source
from .names import INVISIBLE_NAME, clean_name, has_visible, name_key
from .scales import Credibility, Cue, Likelihood, ReliabilityGrade, SourceKind

MAX_CHAIN_LENGTH = 12
# Said when the database connection fails mid-write: every write is one transaction, so this is true.
DATABASE_FAILED = "The database did not answer while saving: nothing was saved. Try again in a moment."
DATABASE_UNAVAILABLE = "The database did not answer. Try again in a moment."
CUE_TEXT_MAX = AttributionHop._meta.get_field("cue_text").max_length


@dataclass(frozen=True)
class HopSpec:
    """One hop as a client sends it: an existing `source`, or a name (and a kind to create it)."""

    cue: str
    source: Source | None = None
    source_name: str = ""
    source_kind: str = ""
    cue_text: str = ""


class ClaimConflict(Exception):
    """The claim changed since the client read it; `current` is what is stored now."""

    def __init__(self, current: Claim, expected_version: int):
        self.current = current
        self.expected_version = expected_version
        super().__init__(
            f"This claim was changed after you opened it (you edited version "
            f"{expected_version}, it is now at version {current.version})."
        )


# --- documents and sources ---------------------------------------------------------


def _refuse_nul(**fields) -> None:
    """PostgreSQL cannot store NUL characters in text: refuse them with a message, not a crash."""
    message = "This text contains a NUL character (\\x00), which cannot be stored."
    bad = {name: message for name, value in fields.items() if isinstance(value, str) and "\x00" in value}
    if bad:
        raise ValidationError(bad)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_get_or_create(
    *, name: str, kind: str, reliability_grade: str = ReliabilityGrade.F, graded_by=None
) -> tuple[Source, bool]:
    """Find a source by name, case-insensitively, or create it with `kind` (and a grade, for imports)."""
    _refuse_nul(name=name)
    name = clean_name(name)
    existing = selectors.source_named(name=name)
    if existing:
        return existing, False
    source = Source(name=name, kind=kind, reliability_grade=reliability_grade)
    if reliability_grade != ReliabilityGrade.F:
        source.graded_by, source.graded_at = graded_by, timezone.now()
    source.full_clean(validate_constraints=False)
    try:
        # A savepoint: when another request adds the same name at the same moment, the
        # unique index refuses ours and we use theirs, without breaking the caller's transaction.
        with transaction.atomic():
            source.save()
    except IntegrityError:
        existing = selectors.source_named(name=name)
        if existing is None:
            raise
        return existing, False
    return source, True


def _clean_aliases(name: str, aliases) -> list[str]:
    """Trimmed, de-duplicated (case-insensitively), never the name itself."""
    if aliases is None:
        return []
    if not isinstance(aliases, list | tuple) or not all(isinstance(a, str) for a in aliases):
        raise ValidationError({"aliases": "Give the aliases as a list of names."})
    seen, result = {name.lower()}, []
    for alias in (clean_name(a) for a in aliases):
        if has_visible(alias) and alias.lower() not in seen:
            seen.add(alias.lower())
            result.append(alias)
    return result


def check_parent(source: Source) -> None:
    ancestor, hops = source.parent, 0
    while ancestor is not None and hops < 50:
        if ancestor.pk == source.pk:
            raise ValidationError({"parent": "A source cannot belong to itself or to one of its own parts."})
        ancestor, hops = ancestor.parent, hops + 1


GRADE_FIELDS = {"reliability_grade", "reliability_rationale"}


def _refuse_taken_name(name: str, source: Source | None = None) -> None:
    """A new name may not be another source's name or alias: it would mean that source."""
    existing = selectors.source_named(name=name)
    if existing is None or (source is not None and existing.pk == source.pk):
        return
    if name_key(existing.name) == name_key(name):
        raise ValidationError({"name": f"“{name}” is already in the registry."})
    taken = f"“{name}” is already in the registry, as another name of “{existing.name}”."
    raise ValidationError({"name": taken})


def source_create(
    *,
    actor,
    name: str,
    kind: str,
    description: str = "",
    reliability_grade: str = "",
    reliability_rationale: str = "",
    aliases=None,
    parent: Source | None = None,
    country: str = "",
    url: str = "",
) -> Source:
    """Add a source to the registry. Grading a source is a moderator's call."""
    _refuse_nul(
        name=name,
        description=description,
        reliability_rationale=reliability_rationale,
        country=country,
        url=url,
    )
    _refuse_nul(aliases=" ".join(a for a in aliases or [] if isinstance(a, str)))
    if not roles.can_annotate(actor):
        raise PermissionDenied("Only reviewers and moderators can add sources.")
    if reliability_grade and reliability_grade != ReliabilityGrade.F and not roles.is_moderator(actor):
        raise PermissionDenied("Only moderators grade sources; new sources start at F (cannot be judged).")
    name = clean_name(name)
    _refuse_taken_name(name)
    graded = bool(reliability_grade or reliability_rationale) and roles.is_moderator(actor)
    source = Source(
        name=name,
        kind=kind,
        description=description,
        aliases=_clean_aliases(name, aliases),
        parent=parent,
        country=country.strip(),
        url=url,
        reliability_grade=reliability_grade or ReliabilityGrade.F,
        reliability_rationale=reliability_rationale.strip(),
        graded_by=actor if graded else None,
        graded_at=timezone.now() if graded else None,
    )
    source.full_clean()
    source._history_user = actor
    source.save()
    return source


def source_update(*, source: Source, actor, **fields) -> Source:
    """Change a registry entry; a new grade or rationale records who set it and when."""
    _refuse_nul(**{name: value for name, value in fields.items() if isinstance(value, str)})
    _refuse_nul(aliases=" ".join(a for a in fields.get("aliases") or [] if isinstance(a, str)))
    if not roles.is_moderator(actor):
        raise PermissionDenied("Only moderators change sources in the registry.")
    with transaction.atomic():
        source = Source.objects.select_for_update().get(pk=source.pk)
        if "name" in fields:
            fields["name"] = clean_name(fields["name"])
            _refuse_taken_name(fields["name"], source=source)
        if "aliases" in fields:
            fields["aliases"] = _clean_aliases(fields.get("name", source.name), fields["aliases"])
        regraded = any(name in fields and fields[name] != getattr(source, name) for name in GRADE_FIELDS)
        for name, value in fields.items():
            setattr(source, name, value)
        if regraded:
            source.graded_by, source.graded_at = actor, timezone.now()
        check_parent(source)
        source.full_clean()
        source._history_user = actor
        source.save()
    return source


def token_rotate(*, user):
    """Give a user a new API token, revoking the old one."""
    from rest_framework.authtoken.models import Token

    with transaction.atomic():
        Token.objects.filter(user=user).delete()
        return Token.objects.create(user=user)


@transaction.atomic
def document_import(
    *,
    title: str,
    publisher_name: str,
    text: str,
    published_on=None,
    dateline: str = "",
    url: str = "",
    imported_from: str = "",
) -> tuple[Document, bool]:
    """Store an article unless the same text is already stored. Returns (document, created)."""
    _refuse_nul(title=title, publisher=publisher_name, text=text, dateline=dateline, url=url)
    if not text.strip():
        raise ValidationError({"text": "The article has no body text."})
    digest = content_hash(text)
    existing = Document.objects.filter(content_hash=digest).first()
    if existing:
        return existing, False
    publisher, _ = source_get_or_create(name=publisher_name, kind=SourceKind.OUTLET)
    document = Document(
        title=title.strip(),
        publisher=publisher,
        text=text,
        content_hash=digest,
        published_on=published_on,
        dateline=dateline,
        url=url,
        imported_from=imported_from,
    )
    document.full_clean()
    document.save()
    return document, True


# --- claims ---------------------------------------------------------------------------


def _resolve_chain(chain: Sequence[HopSpec]) -> list[tuple[Source, str, str]]:
    """Turn hop specs into sources, creating named new ones; report every bad hop at once."""
    if not chain:
        raise ValidationError({"chain": "The attribution chain needs at least one hop: the publisher."})
    if len(chain) > MAX_CHAIN_LENGTH:
        raise ValidationError({"chain": f"A chain has at most {MAX_CHAIN_LENGTH} hops."})
    errors: list[str] = []
    resolved: list[tuple[Source, str, str]] = []
    for number, spec in enumerate(chain, start=1):
        if "\x00" in spec.source_name or "\x00" in spec.cue_text:
            errors.append(f"Hop {number}: the text contains a NUL character (\\x00), which cannot be stored.")
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
    if errors:
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
    return " > ".join(
        source.name if position == 0 else f"({Cue(cue).label}) {source.name}"
        for position, (source, cue, _) in enumerate(resolved)
    )


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
_CLEAN_CLAIM = {"exclude": ["document", "author", "adjudicated_from"], "validate_constraints": False}


CLAIM_GONE = "This claim no longer exists: it was deleted."


def _locked_claim(claim: Claim) -> Claim:
    """The claim's row, locked until the transaction ends; `Claim.DoesNotExist` if it was deleted."""
    current = Claim.objects.select_for_update().filter(pk=claim.pk).first()
    if current is None:
        raise Claim.DoesNotExist(CLAIM_GONE)
    return current


def _lock_for_change(*, claim: Claim, actor, verb: str, expected_version: int) -> Claim:
    """Lock the row, then ask the rules that depend on its state of the locked row itself.

    Asked of a copy read before the lock, a moderator's approval could land between the
    check and the write, and the author would edit or delete an approved claim.
    """
    current = _locked_claim(claim)
    refusal = roles.claim_change_refusal(actor, current, verb)
    if refusal:
        raise PermissionDenied(refusal)
    if current.version != expected_version:
        raise ClaimConflict(current, expected_version)
    return current


def _insert_claim(
    *,
    document: Document,
    author,
    history_user,
    start: int,
    end: int,
    quote: str | None,
    chain: Sequence[HopSpec],
    credibility: int,
    likelihood: str,
    note: str,
    reason: str = "",
    **extra,
) -> Claim:
    """Validate a new claim and write it with its chain. The caller holds the transaction."""
    _refuse_nul(note=note, quote=quote or "")
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
    claim.full_clean(**_CLEAN_CLAIM)
    claim._history_user = history_user
    if reason:
        claim._change_reason = reason[:100]
    claim.save()
    _write_chain(claim, resolved, replace=False)
    return claim


def claim_create(
    *,
    document: Document,
    author,
    start: int,
    end: int,
    quote: str | None,
    chain: Sequence[HopSpec],
    credibility: int,
    likelihood: str = "",
    note: str = "",
) -> Claim:
    if not roles.can_annotate(author):
        raise PermissionDenied("Only reviewers and moderators can add claims.")
    with transaction.atomic():
        return _insert_claim(
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


def claim_restore(
    *,
    document: Document,
    author,
    actor,
    start: int,
    end: int,
    quote: str,
    chain: Sequence[HopSpec],
    credibility: int,
    likelihood: str = "",
    note: str = "",
    status: str = ClaimStatus.DRAFT,
    is_gold: bool = False,
    adjudicated_from: Claim | None = None,
    version: int = 1,
    reason: str = "Imported.",
) -> Claim:
    """Write a claim read from an export, keeping its author, status and gold flag.

    The same validation as `claim_create` runs (offsets, quote, chain, scales). Only
    moderators, or the command line (`actor` None), restore claims: the status they
    carry skips the review workflow, so the move is recorded as a decision.
    """
    if actor is not None and not roles.is_moderator(actor):
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
        if status != ClaimStatus.DRAFT and actor is not None:  # the command line leaves its history note
            ModerationDecision.objects.create(
                claim=claim, actor=actor, from_status=ClaimStatus.DRAFT, to_status=status, reason=reason
            )
    return claim


def claim_update(
    *,
    claim: Claim,
    actor,
    expected_version: int,
    start: int,
    end: int,
    quote: str | None,
    chain: Sequence[HopSpec],
    credibility: int,
    likelihood: str = "",
    note: str = "",
) -> Claim:
    """Replace a claim's span, chain and confidence, refusing an edit of a stale version."""
    _refuse_nul(note=note, quote=quote or "")
    with transaction.atomic():
        current = _lock_for_change(claim=claim, actor=actor, verb="edit", expected_version=expected_version)
        fields, resolved = _validate_all(
            document=current.document,
            start=start,
            end=end,
            quote=quote,
            credibility=credibility,
            likelihood=likelihood,
            chain=chain,
        )
        for name, value in fields.items():
            setattr(current, name, value)
        current.note = note.strip()
        current.chain_text = chain_text(resolved)
        current.version += 1  # the row is locked: no one else can bump it meanwhile
        current.full_clean(**_CLEAN_CLAIM)
        current._history_user = actor
        current.save()
        _write_chain(current, resolved)
    return current


def claim_delete(*, claim: Claim, actor, expected_version: int) -> None:
    """Delete a claim at the version the client read: a claim approved or edited since is kept."""
    with transaction.atomic():
        current = _lock_for_change(claim=claim, actor=actor, verb="delete", expected_version=expected_version)
        current._history_user = actor
        current.delete()


# --- moderation -------------------------------------------------------------------------


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


def transition_refusal(*, actor, claim: Claim, action: str) -> str | None:
    """Why `actor` may not make this move on `claim` (None if they may); the status is checked apart."""
    transition = TRANSITIONS[action]
    if transition.moderator_only and not roles.is_moderator(actor):
        return "Only moderators decide on submitted claims."
    if not transition.moderator_only and not (claim.author_id == actor.pk or roles.is_moderator(actor)):
        return "Only the claim's author can submit it."
    return None


def can_transition(*, actor, claim: Claim, action: str) -> bool:
    """May `actor` make this move now: allowed for them, and from the claim's status."""
    return transition_refusal(actor=actor, claim=claim, action=action) is None and (
        claim.status in TRANSITIONS[action].sources
    )


def claim_transition(*, claim: Claim, actor, action: str, reason: str = "") -> Claim:
    """Move a claim along draft -> submitted -> approved / rejected / changes requested.

    Every move is recorded with who, when and why; a reason is required to reject
    or send back. The version grows, so an edit made before the move is refused.
    """
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise ValidationError({"action": f"“{action}” is not a moderation action."})
    _refuse_nul(reason=reason)
    reason = reason.strip()
    with transaction.atomic():
        current = _locked_claim(claim)
        refusal = transition_refusal(actor=actor, claim=current, action=action)
        if refusal:
            raise PermissionDenied(refusal)
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
        current._history_user = actor
        current._change_reason = reason[:100]
        current.save(update_fields=["status", "version", "updated_at"])
    return current


def source_merge(*, keep: Source, merge: Source, actor) -> int:
    """Fold `merge` into `keep` (e.g. "Bloomberg News" into "Bloomberg"): every hop and
    document that named `merge` names `keep`, and `merge` leaves the registry. One
    transaction; returns how many hops moved."""
    if not roles.is_moderator(actor):
        raise PermissionDenied("Only moderators merge sources.")
    if keep.pk == merge.pk:
        raise ValidationError({"keep": "A source cannot be merged into itself."})
    with transaction.atomic():
        keep = Source.objects.select_for_update().get(pk=keep.pk)
        merge = Source.objects.select_for_update().get(pk=merge.pk)
        keep.aliases = _clean_aliases(keep.name, [*keep.aliases, merge.name, *merge.aliases])
        if keep.parent_id == merge.pk:
            # Folding a whole into one of its parts: the part takes the whole's place in the tree,
            # rather than becoming its own parent.
            keep.parent_id = merge.parent_id if merge.parent_id != keep.pk else None
        keep._history_user = actor
        keep.save(update_fields=["aliases", "parent"])
        Source.objects.filter(parent=merge).exclude(pk=keep.pk).update(parent=keep)
        moved = AttributionHop.objects.filter(source=merge).update(source=keep)
        Document.objects.filter(publisher=merge).update(publisher=keep)
        merge._history_user = actor
        merge._change_reason = f"merged into {keep.name} (#{keep.pk})"
        merge.delete()
    return moved


# --- adjudication ------------------------------------------------------------------------


def claim_accept_as_gold(*, claim: Claim, actor) -> Claim:
    """Make a copy of a reviewer's claim the reference (gold) annotation for its span.

    The copy belongs to the lead who accepted it and is approved at once; gold claims it
    overlaps are replaced. The lead can then edit the copy on the reader page to write
    a merged version, and the export's `gold=true` filter gives the reference set.
    """
    if not roles.is_moderator(actor):
        raise PermissionDenied("Only moderators adjudicate.")
    with transaction.atomic():
        original = _locked_claim(claim)
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
        gold._history_user = actor
        gold._change_reason = f"accepted as gold from claim #{original.pk}"
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
