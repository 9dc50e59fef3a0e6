"""Storing articles: the text exactly as given, once per content hash."""

import hashlib

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from .. import permissions
from ..models import Document
from ..scales import SourceKind
from .common import refuse_nul
from .sources import source_get_or_create


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_text_check(text: str) -> None:
    """What an article's text must be to be stored (asked by `document_import` and by forms)."""
    refuse_nul(text=text)
    if not text.strip():
        raise ValidationError({"text": "The article has no body text."})


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
    document_text_check(text)
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


# What may change on a stored document: its description. The text never changes (claim
# offsets index into it); a corrected text is a new document.
DOCUMENT_DETAILS = ("title", "publisher", "url", "published_on", "dateline")


def document_update(*, document: Document, actor: User, **fields) -> Document:
    """Change a document's title, publisher, address, date or dateline (moderators)."""
    if not permissions.is_moderator(actor):
        raise PermissionDenied("Only moderators change documents.")
    unknown = sorted(set(fields) - set(DOCUMENT_DETAILS))
    if unknown:
        raise ValidationError({name: "The stored text and its hash never change." for name in unknown})
    refuse_nul(**{name: value for name, value in fields.items() if isinstance(value, str)})
    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document.pk)
        for name, value in fields.items():
            setattr(document, name, value.strip() if name == "title" else value)
        document.full_clean()
        document.save()
    return document
