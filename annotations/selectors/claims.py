"""Claims as viewers may read them (`readable_by`), with their chains, states and changes."""

import hashlib
from collections.abc import Iterable
from typing import NamedTuple

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import QueryDict

from .. import permissions
from ..filters import ClaimFilter
from ..models import (
    Assignment,
    AssignmentStatus,
    AttributionHop,
    Claim,
    ClaimStatus,
    Document,
    ModerationDecision,
    ProjectDocument,
    ProjectMode,
    Source,
)
from ..permissions import Account


def _with_chain(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    return claims.select_related("author").prefetch_related(
        Prefetch(
            "hops",
            queryset=AttributionHop.objects.select_related("source").order_by("position"),
        ),
        Prefetch("decisions", queryset=ModerationDecision.objects.select_related("actor")),
    )


def readable_by(viewer: Account, prefix: str = "") -> Q:
    """Which claims `viewer` may read: the one rule behind pages, live updates, API and exports.

    Moderators (and superusers) read every claim: they run the projects and the admin. A reviewer
    reads claims only on documents of a project they are a member of: in a *shared* project every
    claim there (drafts too, as they are saved); in an *independent* one only their own until they
    mark the document done, then everyone's. Leaving a project ends this at once; their claims
    stay, still theirs. A signed-in account in neither role, such as a downstream tool's token,
    reads approved claims only; anonymous users read none. `prefix` applies the rule through a
    relation (e.g. "claim__" on hops).
    """
    if not viewer.is_authenticated:
        return Q(pk__in=[])
    if permissions.is_moderator(viewer):
        return Q()
    if permissions.can_annotate(viewer):
        entries = ProjectDocument.objects.filter(project__memberships__user=viewer)
        done = Assignment.objects.filter(entry=OuterRef("pk"), reviewer=viewer, status=AssignmentStatus.DONE)
        open_to_viewer = entries.filter(Q(project__mode=ProjectMode.SHARED) | Exists(done))
        return Q(**{f"{prefix}document_id__in": open_to_viewer.values("document_id")}) | Q(
            **{f"{prefix}author": viewer, f"{prefix}document_id__in": entries.values("document_id")}
        )
    return Q(**{f"{prefix}status": ClaimStatus.APPROVED})


def documents_readable_by(viewer: Account) -> Q:
    """Which documents `viewer` may open: `readable_by`'s rule for the documents themselves.

    Moderators every one; a reviewer those of their projects; an account in neither role all of
    them (it reads only their approved claims); anonymous users none.
    """
    if not viewer.is_authenticated:
        return Q(pk__in=[])
    if permissions.is_moderator(viewer) or not permissions.can_annotate(viewer):
        return Q()
    return Q(pk__in=ProjectDocument.objects.filter(project__memberships__user=viewer).values("document_id"))


def claims_for_document(*, document: Document, viewer: Account, include_others: bool) -> list[Claim]:
    """The claims a viewer sees on a document, in text order: their own, and others' on demand."""
    claims = claims_visible(viewer=viewer).filter(document=document)
    if not include_others:
        claims = claims.filter(author_id=viewer.pk)
    return list(_with_chain(claims).order_by("start", "end", "pk"))


class ClaimMark(NamedTuple):
    """What a highlight needs of a claim: its span, author, status and version; no chain."""

    pk: int
    start: int
    end: int
    author_id: int
    author: str
    status: str
    version: int
    mine: bool


READER_FILTERS = ("status", "reviewer", "source", "credibility", "anonymous")


def claim_marks(
    *, document: Document, viewer: Account, include_others: bool, filters: QueryDict | None = None
) -> list[ClaimMark]:
    """The claims a viewer sees on a document as marks, in text order, in one query.

    `filters` are the reader's (READER_FILTERS of `ClaimFilter`); a value that does not validate
    is left out, so a stale link still shows the page.
    """
    claims = claims_visible(viewer=viewer).filter(document=document)
    if not include_others:
        claims = claims.filter(author_id=viewer.pk)
    if filters is not None:
        data = QueryDict(mutable=True)
        for name in READER_FILTERS:
            values = [value for value in filters.getlist(name) if value]
            if values:
                data.setlist(name, values)
        filterset = ClaimFilter(data=data, queryset=claims)
        filterset.is_valid()
        claims = filterset.qs
    rows = claims.order_by("start", "end", "pk").values_list(
        "pk", "start", "end", "author_id", "author__username", "status", "version"
    )
    return [ClaimMark(*row, mine=row[3] == viewer.pk) for row in rows]


def sources_cited_on(*, document: Document, viewer: Account) -> list[Source]:
    """The sources in the chains of the claims a viewer may read on a document, by name."""
    cited = Source.objects.filter(readable_by(viewer, prefix="hops__claim__"), hops__claim__document=document)
    return list(cited.distinct().order_by("name"))


def claims_by_ids(ids: Iterable[int]) -> list[Claim]:
    """Claims with their chains and decisions, in text order; the ids come from `claim_marks`."""
    return list(_with_chain(Claim.objects.filter(pk__in=list(ids))).order_by("start", "end", "pk"))


def claims_digest(versions) -> str:
    """A short digest of (id, version) pairs: it changes with any save, new claim or deletion.

    The reader also digests (id, what its highlight shows) pairs, to tell which pieces changed."""
    text = ",".join(f"{pk}:{version}" for pk, version in sorted(versions))
    return hashlib.blake2s(text.encode(), digest_size=8).hexdigest()


def claim_with_chain(*, pk: int, viewer: Account | None = None) -> Claim:
    """One claim with its chain; with a `viewer`, only if they may read it (else DoesNotExist)."""
    claims = Claim.objects.all() if viewer is None else claims_visible(viewer=viewer)
    return _with_chain(claims.select_related("document")).get(pk=pk)


def other_reviewers_count(*, document: Document, viewer: Account) -> int:
    others = claims_visible(viewer=viewer).filter(document=document).exclude(author_id=viewer.pk)
    return others.values("author").distinct().count()


def claims_visible(*, viewer: Account) -> QuerySet[Claim]:
    """Every claim `viewer` may read (see `readable_by`)."""
    return Claim.objects.filter(readable_by(viewer))


def claims_for_api(*, viewer: Account) -> QuerySet[Claim]:
    return _with_chain(claims_visible(viewer=viewer).select_related("document")).order_by("pk")


CONFLICT_FIELDS = ("quote", "start", "end", "chain_text", "credibility", "likelihood", "note", "status")


def claim_changes_since(*, claim: Claim, version: int) -> list[dict]:
    """What changed in a claim since `version`, from its audit history: [{field, was, now}]."""
    records = claim.history.order_by("history_date", "history_id")
    old = records.filter(version=version).last()
    new = records.last()
    if old is None or new is None or old.pk == new.pk:
        return []
    delta = new.diff_against(old, included_fields=list(CONFLICT_FIELDS))
    labels = {
        name: str(getattr(Claim._meta.get_field(name), "verbose_name", name)) for name in CONFLICT_FIELDS
    }
    labels["chain_text"] = "chain"
    return [
        {"field": labels[change.field], "was": change.old, "now": change.new}
        for change in sorted(delta.changes, key=lambda c: CONFLICT_FIELDS.index(c.field))
    ]
