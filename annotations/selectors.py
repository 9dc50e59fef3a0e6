"""Reads. Each selector returns what a page needs in a fixed number of queries."""

from django.db.models import Count, Prefetch, Q, QuerySet

from .models import AttributionHop, Claim, Document, ModerationDecision, Source


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


def claims_for_document(*, document: Document, viewer, include_others: bool) -> list[Claim]:
    """The claims a viewer sees on a document, in text order: their own, and others' on demand."""
    claims = Claim.objects.filter(document=document)
    if not include_others:
        claims = claims.filter(author=viewer)
    return list(_with_chain(claims).order_by("start", "end", "pk"))


def claim_with_chain(*, pk: int) -> Claim:
    return _with_chain(Claim.objects.select_related("document")).get(pk=pk)


def other_reviewers_count(*, document: Document, viewer) -> int:
    return Claim.objects.filter(document=document).exclude(author=viewer).values("author").distinct().count()


def source_choices() -> QuerySet[Source]:
    """Registry entries offered while typing a source name."""
    return Source.objects.order_by("name").only("name", "kind")


def claims_visible(*, viewer) -> QuerySet[Claim]:
    """Every claim a signed-in user may read through the API and exports.

    The workbench is a team tool: reviewers read each other's claims (the reader
    page shows them on demand). Narrow this one function to change who sees what.
    """
    if not viewer.is_authenticated:
        return Claim.objects.none()
    return Claim.objects.all()


def claims_for_api(*, viewer) -> QuerySet[Claim]:
    return _with_chain(claims_visible(viewer=viewer).select_related("document")).order_by("pk")


def documents_for_api() -> QuerySet[Document]:
    return Document.objects.select_related("publisher").annotate(claim_count=Count("claims")).order_by("pk")
