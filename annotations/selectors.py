"""Reads. Each selector returns what a page needs in a fixed number of queries."""

import hashlib
import re
from collections import defaultdict
from datetime import date

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.db.models.functions import TruncWeek

from . import roles
from .agreement import GOLD, Annotation, agreement
from .models import AttributionHop, Claim, ClaimStatus, Document, ModerationDecision, Source
from .names import clean_name, name_key
from .suggesting import KnownSource, Registry


def documents_for_list(*, viewer, search: str = "") -> QuerySet[Document]:
    documents = Document.objects.select_related("publisher").annotate(
        claim_count=Count("claims", distinct=True),
        my_claim_count=Count("claims", filter=Q(claims__author=viewer), distinct=True),
    )
    search = search.strip()
    if search:
        documents = documents.filter(
            Q(title__icontains=search) | Q(publisher__name__icontains=search) | Q(text__icontains=search)
        )
    return documents.order_by("-published_on", "title", "pk")


def _with_chain(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    return claims.select_related("author").prefetch_related(
        Prefetch(
            "hops",
            queryset=AttributionHop.objects.select_related("source").order_by("position"),
        ),
        Prefetch("decisions", queryset=ModerationDecision.objects.select_related("actor")),
    )


def readable_by(viewer, prefix: str = "") -> Q:
    """Which claims `viewer` may read: the one rule behind pages, live updates, API and exports.

    Moderators read every claim. Reviewers read their own, and the team's once they leave
    draft; the team's drafts too while `SHARE_DRAFTS` is on (the default: reviewers see each
    other's work as it is saved). A signed-in account in neither role, such as a downstream
    tool's token, reads approved claims only; anonymous users read none. `prefix` applies
    the rule through a relation (e.g. "claim__" on hops).
    """
    if not viewer.is_authenticated:
        return Q(pk__in=[])
    if roles.is_moderator(viewer) or (roles.can_annotate(viewer) and settings.SHARE_DRAFTS):
        return Q()
    if roles.can_annotate(viewer):
        return Q(**{f"{prefix}author": viewer}) | ~Q(**{f"{prefix}status": ClaimStatus.DRAFT})
    return Q(**{f"{prefix}status": ClaimStatus.APPROVED})


def claims_for_document(*, document: Document, viewer, include_others: bool) -> list[Claim]:
    """The claims a viewer sees on a document, in text order: their own, and others' on demand."""
    claims = claims_visible(viewer=viewer).filter(document=document)
    if not include_others:
        claims = claims.filter(author=viewer)
    return list(_with_chain(claims).order_by("start", "end", "pk"))


def claims_digest(versions) -> str:
    """A short digest of (id, version) pairs: it changes with any save, new claim or deletion."""
    text = ",".join(f"{pk}:{version}" for pk, version in sorted(versions))
    return hashlib.blake2s(text.encode(), digest_size=8).hexdigest()


def claims_state(*, document: Document, viewer, include_others: bool) -> str:
    """The digest of the claims a viewer sees on a document, in one small query."""
    claims = claims_visible(viewer=viewer).filter(document=document)
    if not include_others:
        claims = claims.filter(author=viewer)
    return claims_digest(claims.values_list("pk", "version"))


def claim_with_chain(*, pk: int, viewer=None) -> Claim:
    """One claim with its chain; with a `viewer`, only if they may read it (else DoesNotExist)."""
    claims = Claim.objects.all() if viewer is None else claims_visible(viewer=viewer)
    return _with_chain(claims.select_related("document")).get(pk=pk)


def other_reviewers_count(*, document: Document, viewer) -> int:
    others = claims_visible(viewer=viewer).filter(document=document).exclude(author=viewer)
    return others.values("author").distinct().count()


def claims_visible(*, viewer) -> QuerySet[Claim]:
    """Every claim `viewer` may read (see `readable_by`)."""
    return Claim.objects.filter(readable_by(viewer))


def claims_for_api(*, viewer) -> QuerySet[Claim]:
    return _with_chain(claims_visible(viewer=viewer).select_related("document")).order_by("pk")


def documents_for_api() -> QuerySet[Document]:
    return Document.objects.select_related("publisher").annotate(claim_count=Count("claims")).order_by("pk")


# --- agreement, adjudication, activity ---------------------------------------------------


def agreement_annotations(
    *, viewer, documents=None, reviewers=None, include_gold: bool = False
) -> list[Annotation]:
    """Claims as agreement sees them, in two queries however many there are.

    Only claims `viewer` may read count (`readable_by`): agreement computed over drafts the
    viewer cannot open would tell them what those drafts say. `documents` and `reviewers`
    (usernames) narrow the set; gold claims join as the pseudo-reviewer `agreement.GOLD`.
    """
    claims = claims_visible(viewer=viewer)
    if documents is not None:
        claims = claims.filter(document__in=documents)
    chosen = Q(is_gold=False)
    if reviewers is not None:
        chosen &= Q(author__username__in=list(reviewers))
    if include_gold:
        chosen |= Q(is_gold=True)
    claims = claims.filter(chosen)
    chains: dict[int, list[int]] = defaultdict(list)
    hops = AttributionHop.objects.filter(claim__in=claims).order_by("claim_id", "position")
    for claim_id, source_id in hops.values_list("claim_id", "source_id").iterator(chunk_size=5000):
        chains[claim_id].append(source_id)
    rows = claims.values_list(
        "pk", "document_id", "author__username", "start", "end", "credibility", "is_gold"
    )
    return [
        Annotation(pk, document_id, GOLD if gold else username, start, end, tuple(chains[pk]), credibility)
        for pk, document_id, username, start, end, credibility, gold in rows.iterator(chunk_size=5000)
    ]


def reviewers_with_claims(*, documents=None) -> list[str]:
    claims = Claim.objects.filter(is_gold=False)
    if documents is not None:
        claims = claims.filter(document__in=documents)
    return sorted(set(claims.values_list("author__username", flat=True)))


def activity_counts(*, usernames=None) -> list[dict]:
    """Per reviewer: claims made and how moderation treated them."""
    claims = Claim.objects.filter(is_gold=False)
    if usernames is not None:
        claims = claims.filter(author__username__in=usernames)
    by_status = {status: Count("pk", filter=Q(status=status)) for status in ClaimStatus.values}
    return list(
        claims.values("author__username").annotate(made=Count("pk"), **by_status).order_by("author__username")
    )


def claim_weeks(*, username: str) -> dict[int, date]:
    """Each of a reviewer's claims and the Monday of the week it was made."""
    rows = Claim.objects.filter(author__username=username, is_gold=False).annotate(
        week=TruncWeek("created_at")
    )
    return {pk: week.date() for pk, week in rows.values_list("pk", "week")}


def agreement_report(*, viewer, documents=None, reviewers=None, include_gold: bool = False):
    annotations = agreement_annotations(
        viewer=viewer, documents=documents, reviewers=reviewers, include_gold=include_gold
    )
    names = list(reviewers) if reviewers else sorted({a.reviewer for a in annotations} - {GOLD})
    if include_gold:
        names.append(GOLD)
    return agreement(annotations, reviewers=names)


CONFLICT_FIELDS = ("quote", "start", "end", "chain_text", "credibility", "likelihood", "note", "status")


def claim_changes_since(*, claim: Claim, version: int) -> list[dict]:
    """What changed in a claim since `version`, from its audit history: [{field, was, now}]."""
    records = claim.history.order_by("history_date", "history_id")
    old = records.filter(version=version).last()
    new = records.last()
    if old is None or new is None or old.pk == new.pk:
        return []
    delta = new.diff_against(old, included_fields=list(CONFLICT_FIELDS))
    labels = {name: Claim._meta.get_field(name).verbose_name for name in CONFLICT_FIELDS}
    labels["chain_text"] = "chain"
    return [
        {"field": labels[change.field], "was": change.old, "now": change.new}
        for change in sorted(delta.changes, key=lambda c: CONFLICT_FIELDS.index(c.field))
    ]


# --- source registry ---------------------------------------------------------------------


def source_named(*, name: str) -> Source | None:
    """The registry source a typed name means: the one so named, else the one with that alias.

    The one rule for which source a name is, used wherever a name comes in (the claim form,
    the API, import, suggestions, new sources): case, spacing and invisible characters at the
    ends do not matter, and a name beats an alias ("Bloomberg News" is the source of that name
    if there is one, else Bloomberg, whose alias it is).
    """
    key = name_key(name)
    if not key:
        return None
    named = Source.objects.filter(name__iexact=clean_name(name)).first()
    if named is not None:
        return named
    # Aliases live in a JSON list: narrow by the longest piece of the name that JSON writes
    # as is (no quotes or backslashes), then compare each alias exactly.
    pieces = [piece for piece in re.split(r'[\s"\\]+', clean_name(name)) if piece]
    if not pieces:
        return None
    candidates = Source.objects.filter(aliases__icontains=max(pieces, key=len)).order_by("pk")
    for source in candidates:
        if any(name_key(alias) == key for alias in source.aliases or []):
            return source
    return None


def source_registry() -> Registry:
    """Every source by name and alias, for matching names found in text (one query).

    Names first, then aliases, as `source_named` decides: a name never loses to an alias.
    """
    rows = list(Source.objects.order_by("pk").values_list("pk", "name", "kind", "aliases"))
    entries: dict[str, KnownSource] = {}
    for pk, name, kind, _ in rows:
        entries.setdefault(name_key(name), KnownSource(pk, name, kind))
    for pk, name, kind, aliases in rows:
        for alias in aliases or []:
            entries.setdefault(name_key(alias), KnownSource(pk, name, kind))
    return Registry(entries)


def sources_for_list(
    *, search: str = "", kind: str = "", grade: str = "", country: str = ""
) -> QuerySet[Source]:
    sources = Source.objects.select_related("parent").annotate(
        claim_count=Count("hops__claim", distinct=True)
    )
    search = search.strip()
    if search:
        sources = sources.filter(
            Q(name__icontains=search) | Q(aliases__icontains=search) | Q(description__icontains=search)
        )
    if kind:
        sources = sources.filter(kind=kind)
    if grade:
        sources = sources.filter(reliability_grade=grade)
    if country:
        sources = sources.filter(country__iexact=country)
    return sources.order_by("name", "pk")


def source_suggestions(*, query: str, limit: int = 8) -> list[Source]:
    """Registry entries whose name or alias contains `query`, names starting with it first."""
    query = " ".join(query.split())
    if not query:
        return []
    matches = Source.objects.filter(Q(name__icontains=query) | Q(aliases__icontains=query))
    ranked = sorted(
        matches[:50], key=lambda s: (not s.name.lower().startswith(query.lower()), s.name.lower())
    )
    for source in ranked:
        source.matched_alias = next(
            (
                a
                for a in source.aliases
                if query.lower() in a.lower() and query.lower() not in source.name.lower()
            ),
            "",
        )
    return ranked[:limit]


def source_citations(*, source: Source, viewer, origin_only: bool = False) -> QuerySet[AttributionHop]:
    """Hops naming a source, with their claim, document and author; `is_origin` marks the last hop."""
    later = AttributionHop.objects.filter(claim=OuterRef("claim"), position__gt=OuterRef("position"))
    hops = (
        AttributionHop.objects.filter(readable_by(viewer, prefix="claim__"), source=source)
        .annotate(is_origin=~Exists(later))
        .select_related("claim__document", "claim__author")
        .order_by("-claim__created_at", "claim_id", "position")
    )
    return hops.filter(is_origin=True) if origin_only else hops


def source_credibility_counts(*, source: Source, viewer) -> dict[int, int]:
    """How the claims citing a source that `viewer` may read were rated: {credibility code: claims}."""
    rows = (
        claims_visible(viewer=viewer)
        .filter(hops__source=source)
        .values("credibility")
        .annotate(n=Count("pk", distinct=True))
        .order_by("credibility")
    )
    return {row["credibility"]: row["n"] for row in rows}


def source_grade_history(*, source: Source) -> list:
    """The registry entry's history records where its grade or rationale changed, newest first."""
    records = list(source.history.select_related("history_user").order_by("history_date", "history_id"))
    changes, previous = [], None
    for record in records:
        if previous is None or (record.reliability_grade, record.reliability_rationale) != (
            previous.reliability_grade,
            previous.reliability_rationale,
        ):
            changes.append(record)
        previous = record
    return list(reversed(changes))
