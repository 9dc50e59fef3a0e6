"""Documents for the list page and the API, as `documents_readable_by` lets the viewer open them."""

import re
import unicodedata

from django.db import connection
from django.db.models import CharField, Count, F, Func, Q, QuerySet, TextField, Value
from django.db.models.functions import Concat, Lower

from ..models import Document
from ..permissions import Account
from .claims import documents_readable_by


def documents_visible(*, viewer: Account) -> QuerySet[Document]:
    """Every document `viewer` may open (see `documents_readable_by`)."""
    return Document.objects.filter(documents_readable_by(viewer))


def document_readable(*, pk: int, viewer: Account) -> Document | None:
    """The document with its publisher if `viewer` may open it; None alike for unknown and unreadable ids."""
    return documents_visible(viewer=viewer).select_related("publisher").filter(pk=pk).first()


class Unaccent(Func):
    """PostgreSQL's unaccent(): "Erdoğan" -> "Erdogan" (the extension comes with migration 0008)."""

    function = "unaccent"
    output_field = TextField()


def squashed(text: str) -> str:
    """Lower case, no accents, letters and digits only: "S-400", "S 400" and "s400" all give "s400"."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[\W_]+", "", "".join(c for c in folded if not unicodedata.combining(c)))


def _squashed_in_database(expression) -> Func:
    return Func(
        Lower(Unaccent(expression)),
        Value(r"[^[:alnum:]]+"),
        Value(""),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )


def _search(documents: QuerySet[Document], search: str) -> QuerySet[Document]:
    """On PostgreSQL: full-text search (simple dictionary, unaccented) on title and text, the
    title's trigram similarity (typos), and the words with spaces and punctuation squeezed out
    (so "s400" finds "S-400"). Elsewhere (the SQLite quick start) a plain icontains."""
    plain = Q(title__icontains=search) | Q(publisher__name__icontains=search) | Q(text__icontains=search)
    if connection.vendor != "postgresql":
        return documents.filter(plain)
    from django.contrib.postgres.search import SearchQuery, SearchVector, TrigramWordSimilarity

    vector = SearchVector(Unaccent(F("title")), Unaccent(F("text")), config="simple")
    query = SearchQuery(
        Func(Value(search), function="unaccent", output_field=CharField()),
        config="simple",
        search_type="websearch",
    )
    everything = Concat(
        F("title"), Value(" "), F("publisher__name"), Value(" "), F("text"), output_field=TextField()
    )
    key = squashed(search)
    return documents.alias(
        found=vector,
        title_likeness=TrigramWordSimilarity(search, Unaccent(F("title"))),
        squashed=_squashed_in_database(everything),
    ).filter(
        plain
        | Q(found=query)
        | Q(title_likeness__gte=0.6)
        | (Q(squashed__contains=key) if key else Q(pk__in=[]))
    )


def documents_for_list(*, viewer: Account, search: str = "") -> QuerySet[Document]:
    documents = documents_visible(viewer=viewer).select_related("publisher")
    search = search.strip()
    if search:
        documents = _search(documents, search)
    return documents.annotate(
        claim_count=Count("claims", distinct=True),
        my_claim_count=Count("claims", filter=Q(claims__author=viewer), distinct=True),
    ).order_by("-published_on", "title", "pk")


def documents_for_api(*, viewer: Account) -> QuerySet[Document]:
    return (
        documents_visible(viewer=viewer)
        .select_related("publisher")
        .annotate(claim_count=Count("claims"))
        .order_by("pk")
    )
