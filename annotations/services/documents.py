"""Storing articles: the text exactly as given, once per content hash."""

import hashlib

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from .. import permissions
from ..domain import near_duplicates
from ..models import Document, FingerprintBand, RawCapture
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
    author: str = "",
    found_url: str = "",
    found_site: str = "",
    retrieved_at=None,
    raw: RawCapture | None = None,
    added_by: User | None = None,
    fingerprint: bytes | None = None,
) -> tuple[Document, bool]:
    """Store an article unless the same text is already stored. Returns (document, created).

    Every way in (the Add articles page, the API, feeds, `load_seeds`, claim import) comes here:
    the text is stored exactly as given, and its fingerprint is kept for near-duplicate checks.
    `fingerprint` is `near_duplicates.fingerprint(text)` when the caller has it already (the
    intake's near-duplicate check just computed it); it is computed here otherwise.
    """
    refuse_nul(
        title=title,
        publisher=publisher_name,
        text=text,
        dateline=dateline,
        url=url,
        author=author,
        found_url=found_url,
        found_site=found_site,
    )
    document_text_check(text)
    if not title.strip():
        raise ValidationError({"title": "The article needs a title."})
    if not publisher_name.strip():
        raise ValidationError({"publisher": "Say who published the article."})
    digest = content_hash(text)
    existing = Document.objects.filter(content_hash=digest).first()
    if existing:
        return existing, False
    publisher, _ = source_get_or_create(name=publisher_name, kind=SourceKind.OUTLET)
    signature = near_duplicates.fingerprint(text) if fingerprint is None else fingerprint
    document = Document(
        title=title.strip(),
        publisher=publisher,
        text=text,
        content_hash=digest,
        published_on=published_on,
        dateline=dateline.strip(),
        url=url.strip(),
        imported_from=imported_from,
        author=author.strip(),
        found_url=found_url.strip(),
        found_site=found_site.strip(),
        retrieved_at=retrieved_at,
        raw=raw,
        fingerprint=signature,
        added_by=added_by,
    )
    # Uniqueness of the text is the savepoint's to settle below (a check here would race).
    document.full_clean(exclude=["fingerprint"], validate_unique=False)
    try:
        # A savepoint: the same text stored by another request at this moment is theirs to keep.
        with transaction.atomic():
            document.save()
    except IntegrityError:
        existing = Document.objects.filter(content_hash=digest).first()
        if existing is None:
            raise
        return existing, False
    FingerprintBand.objects.bulk_create(
        [FingerprintBand(document=document, band=band) for band in set(near_duplicates.bands(signature))]
    )
    return document, True


def fingerprint_backfill() -> int:
    """Fingerprint the documents stored before fingerprints were kept; returns how many."""
    count = 0
    for document in Document.objects.filter(fingerprint__isnull=True).only("pk", "text").iterator():
        signature = near_duplicates.fingerprint(document.text)
        with transaction.atomic():
            Document.objects.filter(pk=document.pk).update(fingerprint=signature)
            FingerprintBand.objects.bulk_create(
                [
                    FingerprintBand(document=document, band=band)
                    for band in set(near_duplicates.bands(signature))
                ],
                ignore_conflicts=True,
            )
        count += 1
    return count


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
