"""Reads for the article intake: near-duplicates, which registry source a web site is, jobs."""

from dataclasses import dataclass

from django.db.models import Count, QuerySet

from .. import permissions
from ..domain import near_duplicates
from ..models import Document, Feed, FingerprintBand, IntakeJob, Source
from ..permissions import Account
from .sources import source_named

# Candidates sharing the most bands are compared first; a few are enough to find the closest.
_CANDIDATES = 20


@dataclass(frozen=True)
class NearDuplicate:
    document: Document
    similarity: float


def near_duplicate(*, text: str, signature: bytes | None = None) -> NearDuplicate | None:
    """The stored document most like `text`, if it is at least THRESHOLD alike (two queries).

    `signature` is the text's fingerprint when the caller computed it to store the text too
    (`services.document_import(fingerprint=...)`): a long article is then hashed once, not twice.
    """
    if signature is None:
        signature = near_duplicates.fingerprint(text)
    candidates = list(
        FingerprintBand.objects.filter(band__in=near_duplicates.bands(signature))
        .values("document")
        .annotate(shared=Count("pk"))
        .order_by("-shared", "document")
        .values_list("document", flat=True)[:_CANDIDATES]
    )
    best: NearDuplicate | None = None
    for document in Document.objects.filter(pk__in=candidates).only(
        "pk", "title", "fingerprint", "publisher_id"
    ):
        score = near_duplicates.similarity(signature, bytes(document.fingerprint or b""))
        if score >= near_duplicates.THRESHOLD and (best is None or score > best.similarity):
            best = NearDuplicate(document, score)
    return best


def _host_suffixes(host: str) -> list[str]:
    """news.example.co.uk → itself, example.co.uk, co.uk (a registry never lists a bare suffix)."""
    host = host.lower().strip(".").removeprefix("www.")
    parts = host.split(".")
    return [".".join(parts[i:]) for i in range(len(parts) - 1)]


def source_for_site(*, host: str = "", site_name: str = "") -> Source | None:
    """The registry source a web site is: by its domains (the host or a parent domain), else by
    the site's name or an alias of it."""
    suffixes = _host_suffixes(host) if host else []
    if suffixes:
        # The registry lists domains on few sources: read those, compare here (JSON lists are
        # searched differently on each database).
        listed = Source.objects.exclude(domains=[]).only("pk", "name", "domains")
        by_domain = {
            domain.lower().removeprefix("www."): source
            for source in listed
            for domain in source.domains or []
        }
        for suffix in suffixes:
            if suffix in by_domain:
                return by_domain[suffix]
    return source_named(name=site_name) if site_name.strip() else None


def jobs_for(*, viewer: Account) -> QuerySet[IntakeJob]:
    """The jobs a person may follow: their own; every job for moderators."""
    jobs = IntakeJob.objects.select_related("created_by", "feed").order_by("-created_at", "-pk")
    return jobs if permissions.is_moderator(viewer) else jobs.filter(created_by=viewer.pk)


def job_for(*, viewer: Account, pk: int) -> IntakeJob | None:
    return jobs_for(viewer=viewer).filter(pk=pk).first()


def feeds_for_list() -> QuerySet[Feed]:
    return (
        Feed.objects.select_related("publisher")
        .annotate(entry_count=Count("entries"))
        .order_by("title", "url")
    )
