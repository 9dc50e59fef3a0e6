"""The source registry: which source a name means, lists, suggestions, citations, grade history."""

import re

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Lower

from ..domain.names import clean_name, name_key
from ..domain.suggesting import KnownSource, Registry
from ..models import AttributionHop, Source
from ..permissions import Account
from .claims import claims_visible, readable_by


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
    # Compared as the unique index compares them (LOWER in the database): Python's casefold
    # and the database's UPPER/LOWER disagree on a few letters ("İ"), and the index decides.
    named = (
        Source.objects.annotate(lowered=Lower("name")).filter(lowered=Lower(Value(clean_name(name)))).first()
    )
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
        source.matched_alias = next(  # type: ignore[attr-defined]
            (
                a
                for a in source.aliases
                if query.lower() in a.lower() and query.lower() not in source.name.lower()
            ),
            "",
        )
    return ranked[:limit]


def source_citations(
    *, source: Source, viewer: Account, origin_only: bool = False
) -> QuerySet[AttributionHop]:
    """Hops naming a source, with their claim, document and author; `is_origin` marks the last hop."""
    later = AttributionHop.objects.filter(claim=OuterRef("claim"), position__gt=OuterRef("position"))
    hops = (
        AttributionHop.objects.filter(readable_by(viewer, prefix="claim__"), source=source)
        .annotate(is_origin=~Exists(later))
        .select_related("claim__document", "claim__author")
        .order_by("-claim__created_at", "claim_id", "position")
    )
    return hops.filter(is_origin=True) if origin_only else hops


def source_credibility_counts(*, source: Source, viewer: Account) -> dict[int, int]:
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
