"""Documents for the list page and the API."""

from django.db.models import Count, Q, QuerySet

from ..models import Document
from ..permissions import Account


def documents_for_list(*, viewer: Account, search: str = "") -> QuerySet[Document]:
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


def documents_for_api() -> QuerySet[Document]:
    return Document.objects.select_related("publisher").annotate(claim_count=Count("claims")).order_by("pk")
