"""Storing articles: the text exactly as given, once per content hash."""

import hashlib

from django.core.exceptions import ValidationError
from django.db import transaction

from ..models import Document
from ..scales import SourceKind
from .common import refuse_nul
from .sources import source_get_or_create


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
    refuse_nul(title=title, publisher=publisher_name, text=text, dateline=dateline, url=url)
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
