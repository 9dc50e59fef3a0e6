"""The annotated set as claim records (interchange.records), read in flat memory, and streamed in a format."""

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from ..domain.chains import chain_display
from ..domain.strength import HopFacts, chain_strength
from ..models import AttributionHop, Claim, ClaimStatus, Document, ModerationDecision
from ..scales import Credibility, Cue, Likelihood, ReliabilityGrade, SourceKind
from . import provenance
from .formats import STREAMERS, stream_json
from .records import ClaimRecord, HopRecord, StrengthRecord

# 1.1 added `gold`, `adjudicated_from`, `strength`; 1.2 `content_hash`, `documents`; 1.3 where a
# document was found (`found_url`, `found_site`, `retrieved_at`) and its `author`.
SCHEMA_VERSION = "1.3"


SCHEMA_FILE = Path(__file__).parent / "schemas" / "export-v1.schema.json"


FORMATS = {
    "json": ("application/json", "json"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "w3c": ('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "jsonld"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    # PROV-JSON (W3C Member Submission) names application/json as its media type.
    "prov": ("application/json", "prov.json"),
    "prov-ttl": ("text/turtle; charset=utf-8", "ttl"),
}


_CURSOR_CHUNK = 2000


# Decisions a moderator makes (a reviewer's own submission is a decision too, but not moderation).
MODERATED = (ClaimStatus.APPROVED, ClaimStatus.REJECTED, ClaimStatus.CHANGES_REQUESTED)


_CREDIBILITY = dict(Credibility.choices)


_LIKELIHOOD = dict(Likelihood.choices)


_GRADE = dict(ReliabilityGrade.choices)


_KIND = dict(SourceKind.choices)


_CUE = dict(Cue.choices)


CLAIM_FIELDS = (
    "id",
    "document_id",
    "document__title",
    "document__url",
    "document__content_hash",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "note",
    "credibility",
    "likelihood",
    "status",
    "author__username",
    "is_gold",
    "adjudicated_from_id",
    "version",
    "created_at",
    "updated_at",
)


HOP_FIELDS = (
    "claim_id",
    "position",
    "source_id",
    "source__name",
    "source__kind",
    "source__reliability_grade",
    "cue",
    "cue_text",
)


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def hop_record(row: dict) -> HopRecord:
    return {
        "position": row["position"],
        "source_id": row["source_id"],
        "source_name": row["source__name"],
        "source_kind": row["source__kind"],
        "source_kind_words": _KIND.get(row["source__kind"], ""),
        "reliability_grade": row["source__reliability_grade"],
        "reliability_words": _GRADE.get(row["source__reliability_grade"], ""),
        "cue": row["cue"],
        "cue_words": _CUE.get(row["cue"], ""),
        "cue_text": row["cue_text"],
    }


def _strength(chain: list[HopRecord]) -> StrengthRecord | None:
    strength = chain_strength(
        [HopFacts(hop["source_name"], hop["source_kind"], hop["reliability_grade"]) for hop in chain]
    )
    return cast(StrengthRecord, strength.as_record()) if strength else None


def claim_record(row: dict, chain: list[HopRecord]) -> ClaimRecord:
    """Our own documented claim object (see annotations/interchange/schemas/export-v1.schema.json)."""
    return {
        "id": row["id"],
        "document": {
            "id": row["document_id"],
            "title": row["document__title"],
            "url": row["document__url"],
            "content_hash": row["document__content_hash"],
        },
        "start": row["start"],
        "end": row["end"],
        "quote": row["quote"],
        "prefix": row["prefix"],
        "suffix": row["suffix"],
        "chain": chain,
        "chain_display": chain_display(hop["source_name"] for hop in chain),
        "strength": _strength(chain),
        "confidence": {
            "credibility": row["credibility"],
            "credibility_words": _CREDIBILITY.get(row["credibility"], ""),
            "likelihood": row["likelihood"] or None,
            "likelihood_words": _LIKELIHOOD.get(row["likelihood"]) if row["likelihood"] else None,
        },
        "note": row["note"],
        "status": row["status"],
        "reviewer": row["author__username"],
        "gold": row["is_gold"],
        "adjudicated_from": row["adjudicated_from_id"],
        "version": row["version"],
        "created_at": _iso(row["created_at"]),
        "updated_at": _iso(row["updated_at"]),
    }


def record_from_claim(claim: Claim) -> ClaimRecord:
    """The record of a claim instance loaded with its document, author and hops."""
    row = {field: _follow(claim, field) for field in CLAIM_FIELDS}
    chain = [
        hop_record({field: _follow(hop, field) for field in HOP_FIELDS})
        for hop in sorted(claim.hops.all(), key=lambda hop: hop.position)
    ]
    return claim_record(row, chain)


def _follow(obj, path: str):
    for part in path.split("__"):
        obj = getattr(obj, part)
    return obj


def iter_records(claims: QuerySet[Claim]) -> Iterator[ClaimRecord]:
    """Claim records in id order, streaming: two cursors walked together."""
    claim_rows = claims.order_by("pk").values(*CLAIM_FIELDS).iterator(chunk_size=_CURSOR_CHUNK)
    hop_rows = (
        AttributionHop.objects.filter(claim__in=claims.values("pk"))
        .order_by("claim_id", "position")
        .values(*HOP_FIELDS)
        .iterator(chunk_size=_CURSOR_CHUNK * 4)
    )
    pending = next(hop_rows, None)
    for row in claim_rows:
        chain = []
        while pending is not None and pending["claim_id"] < row["id"]:
            pending = next(hop_rows, None)  # hop of a claim outside the set (changed meanwhile)
        while pending is not None and pending["claim_id"] == row["id"]:
            chain.append(hop_record(pending))
            pending = next(hop_rows, None)
        yield claim_record(row, chain)


def document_record(document: Document) -> dict:
    """A document with its stored text, so an export can restore the set on its own."""
    publisher = document.publisher
    return {
        "id": document.pk,
        "title": document.title,
        "publisher": {
            "name": publisher.name,
            "kind": publisher.kind,
            "reliability_grade": publisher.reliability_grade,
        },
        "url": document.url,
        "published_on": document.published_on.isoformat() if document.published_on else None,
        "dateline": document.dateline,
        "author": document.author,
        # Who published it (above) and where it was found: a republisher's page, or the publisher's.
        "found_url": document.found_url,
        "found_site": document.found_site,
        "retrieved_at": document.retrieved_at.isoformat() if document.retrieved_at else None,
        "text": document.text,
        "content_hash": document.content_hash,
    }


def iter_documents(claims: QuerySet[Claim]) -> Iterator[dict]:
    """The documents the claims point into, in id order (texts can be long: small chunks)."""
    documents = (
        Document.objects.filter(pk__in=claims.values("document_id"))
        .select_related("publisher")
        .order_by("pk")
    )
    return (document_record(document) for document in documents.iterator(chunk_size=50))


LOCAL_BASE_URL = "http://localhost:8000"  # the quick start's address


def public_base(request=None) -> str:
    """The base of every address an export writes: PUBLIC_BASE_URL, else the request's own
    address, else the quick start's (the command line has no request)."""
    if settings.PUBLIC_BASE_URL:
        return settings.PUBLIC_BASE_URL
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return LOCAL_BASE_URL


def header(filters: dict, base_url: str = LOCAL_BASE_URL) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "exported_at": _iso(timezone.now()),
        "filters": filters,
        "source": base_url,
    }


def stream(
    fmt: str,
    claims: QuerySet[Claim],
    head: dict[str, Any],
    with_documents: bool = False,
    progress: Callable[[Iterator[ClaimRecord]], Iterator[ClaimRecord]] | None = None,
) -> Iterator[bytes]:
    """The export of `claims` in `fmt`, as bytes; `progress` may wrap the records (a progress bar)."""
    records = iter_records(claims)
    if progress is not None:
        records = progress(records)
    if with_documents:  # only the `json` format has room for documents
        return stream_json(records, head, documents=iter_documents(claims))
    if fmt in ("prov", "prov-ttl"):
        decisions = (
            ModerationDecision.objects.filter(claim__in=claims.values("pk"), to_status__in=MODERATED)
            .order_by("claim_id", "created_at", "pk")
            .values_list("claim_id", "actor__username")
        )
        moderators = provenance.moderators_by_claim(decisions.iterator(chunk_size=_CURSOR_CHUNK))
        return provenance.serialize(provenance.prov_document(records, head, moderators), fmt)
    return STREAMERS[fmt](records, head)
