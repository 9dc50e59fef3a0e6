"""Documents for the list page and the API, as `documents_readable_by` lets the viewer open them."""

from django.db.models import Count, Q, QuerySet

from ..models import Document
from ..permissions import Account
from .claims import documents_readable_by


def documents_visible(*, viewer: Account) -> QuerySet[Document]:
    """Every document `viewer` may open (see `documents_readable_by`)."""
    return Document.objects.filter(documents_readable_by(viewer))


def document_readable(*, pk: int, viewer: Account) -> Document | None:
    """The document with its publisher if `viewer` may open it; None alike for unknown and unreadable ids."""
    return documents_visible(viewer=viewer).select_related("publisher").filter(pk=pk).first()


def documents_for_list(*, viewer: Account, search: str = "") -> QuerySet[Document]:
    documents = (
        documents_visible(viewer=viewer)
        .select_related("publisher")
        .annotate(
            claim_count=Count("claims", distinct=True),
            my_claim_count=Count("claims", filter=Q(claims__author=viewer), distinct=True),
        )
    )
    search = search.strip()
    if search:
        documents = documents.filter(
            Q(title__icontains=search) | Q(publisher__name__icontains=search) | Q(text__icontains=search)
        )
    return documents.order_by("-published_on", "title", "pk")


def documents_for_api(*, viewer: Account) -> QuerySet[Document]:
    return (
        documents_visible(viewer=viewer)
        .select_related("publisher")
        .annotate(claim_count=Count("claims"))
        .order_by("pk")
    )
