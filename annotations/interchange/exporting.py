"""The annotated set as records, and its streamed formats (json, jsonl, w3c, csv).

One record shape serves the API's claim objects and every export, so downstream
tools see one contract. Exports read claims and hops with two server-side
cursors walked in step (a merge on claim id): two queries and flat memory,
whatever the size of the set.
"""

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from django.db.models import QuerySet
from django.utils import timezone

from ..domain.strength import HopFacts, chain_strength
from ..models import AttributionHop, Claim, Document
from ..scales import Credibility, Cue, Likelihood, ReliabilityGrade, SourceKind
from .records import ClaimRecord, HopRecord, StrengthRecord

SCHEMA_VERSION = "1.2"  # 1.1 added `gold`, `adjudicated_from`, `strength`; 1.2 `content_hash`, `documents`
SCHEMA_FILE = Path(__file__).parent / "schemas" / "export-v1.schema.json"
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FORMATS = {
    "json": ("application/json", "json"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "w3c": ('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "jsonld"),
    "csv": ("text/csv; charset=utf-8", "csv"),
}
CSV_COLUMNS = [
    "claim_id",
    "document_id",
    "document_title",
    "start",
    "end",
    "quote",
    "chain",
    "chain_length",
    "origin",
    "origin_kind",
    "anonymous_in_chain",
    "weakest_grade",
    "origin_is_primary",
    "strength",
    "credibility",
    "credibility_words",
    "likelihood",
    "likelihood_words",
    "note",
    "status",
    "reviewer",
    "gold",
    "created_at",
    "updated_at",
]
_CHUNK_RECORDS = 200
_CURSOR_CHUNK = 2000

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
        "chain_display": " > ".join(hop["source_name"] for hop in chain),
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


# --- formats -------------------------------------------------------------------------


def _batched(strings: Iterable[str]) -> Iterator[bytes]:
    batch: list[str] = []
    for value in strings:
        batch.append(value)
        if len(batch) >= _CHUNK_RECORDS:
            yield "".join(batch).encode()
            batch = []
    if batch:
        yield "".join(batch).encode()


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def header(filters: dict, base_url: str = "") -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "exported_at": _iso(timezone.now()),
        "filters": filters,
        "source": base_url,
    }


def _array_items(values: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """The members of a JSON array, one per line (so a reader can name the line of each)."""
    first = True
    for value in values:
        yield ("" if first else ",") + "\n" + _dumps(value)
        first = False


def stream_json(
    records: Iterable[ClaimRecord], head: dict[str, Any], documents: Iterable[dict] | None = None
) -> Iterator[bytes]:
    def parts():
        yield '{"header":' + _dumps(head)
        if documents is not None:
            yield ',"documents":['
            yield from _array_items(documents)
            yield "\n]"
        yield ',"claims":['
        yield from _array_items(records)
        yield "\n]}\n"

    return _batched(parts())


# Legal inside JSON strings, but line readers (Python's str.splitlines, JavaScript before ES2019)
# end a line at them: escaped, each record stays on one line for every reader.
_LINE_BREAKERS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def stream_jsonl(records: Iterable[ClaimRecord], head: dict[str, Any]) -> Iterator[bytes]:
    return _batched(_dumps(record).translate(_LINE_BREAKERS) + "\n" for record in records)


def w3c_annotation(record: ClaimRecord, base_url: str) -> dict:
    """A claim as a W3C Web Annotation; our chain and confidence ride in an extra body."""
    document_url = record["document"]["url"] or f"{base_url}/api/v1/documents/{record['document']['id']}/"
    bodies = [
        {
            "type": "TextualBody",
            "purpose": "classifying",
            "value": f"{record['chain_display']} · credibility {record['confidence']['credibility']} "
            f"({record['confidence']['credibility_words']})",
            "format": "text/plain",
        },
        {
            "type": "wb:Assessment",
            "wb:chain": record["chain"],
            "wb:strength": record["strength"],
            "wb:confidence": record["confidence"],
            "wb:status": record["status"],
            "wb:gold": record["gold"],
            "wb:adjudicatedFrom": record["adjudicated_from"],
            "wb:version": record["version"],
            "wb:document": record["document"],
        },
    ]
    if record["note"]:
        bodies.insert(
            0,
            {"type": "TextualBody", "purpose": "commenting", "value": record["note"], "format": "text/plain"},
        )
    return {
        "id": f"{base_url}/api/v1/claims/{record['id']}/",
        "type": "Annotation",
        "motivation": "assessing",
        "created": record["created_at"],
        "modified": record["updated_at"],
        "creator": {"type": "Person", "nickname": record["reviewer"]},
        "body": bodies,
        "target": {
            "source": document_url,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": record["quote"],
                    "prefix": record["prefix"],
                    "suffix": record["suffix"],
                },
                {"type": "TextPositionSelector", "start": record["start"], "end": record["end"]},
            ],
        },
    }


def stream_w3c(records: Iterable[ClaimRecord], head: dict[str, Any]) -> Iterator[bytes]:
    base_url = head.get("source", "")
    collection = {
        "@context": [W3C_CONTEXT, {"wb": f"{base_url}/api/v1/export/schema/#"}],
        "type": "AnnotationCollection",
        "label": "Workbench claims",
        "generated": head["exported_at"],
        "wb:schemaVersion": head["schema_version"],
        "wb:filters": head["filters"],
    }

    def parts():
        yield _dumps(collection)[:-1] + ',"first":{"type":"AnnotationPage","startIndex":0,"items":['
        yield from _array_items(w3c_annotation(record, base_url) for record in records)
        yield "\n]}}\n"

    return _batched(parts())


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...) sends
# data away, =cmd|... runs programs): OWASP's advice is to make such a cell plain text with a
# leading apostrophe. Numbers are written as numbers and are never touched.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(value):
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(record: ClaimRecord) -> list:
    return [_inert(value) for value in _csv_values(record)]


def _csv_values(record: ClaimRecord) -> list:
    chain, strength = record["chain"], record["strength"]
    origin = chain[-1] if chain else None
    return [
        record["id"],
        record["document"]["id"],
        record["document"]["title"],
        record["start"],
        record["end"],
        record["quote"],
        record["chain_display"],
        len(chain),
        origin["source_name"] if origin else "",
        origin["source_kind"] if origin else "",
        "yes" if any(hop["source_kind"] == SourceKind.UNNAMED for hop in chain) else "no",
        strength["weakest_grade"] if strength else "",
        "yes" if strength and strength["origin_is_primary"] else "no",
        strength["summary"] if strength else "",
        record["confidence"]["credibility"],
        record["confidence"]["credibility_words"],
        record["confidence"]["likelihood"] or "",
        record["confidence"]["likelihood_words"] or "",
        record["note"],
        record["status"],
        record["reviewer"],
        "yes" if record["gold"] else "no",
        record["created_at"],
        record["updated_at"],
    ]


def stream_csv(records: Iterable[ClaimRecord], head: dict[str, Any]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def parts():
        writer.writerow(CSV_COLUMNS)
        for record in records:
            writer.writerow(csv_row(record))
            value = buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            yield value
        yield buffer.getvalue()

    return _batched(parts())


STREAMERS: dict[str, Callable[[Iterable[ClaimRecord], dict[str, Any]], Iterator[bytes]]] = {
    "json": stream_json,
    "jsonl": stream_jsonl,
    "w3c": stream_w3c,
    "csv": stream_csv,
}


def stream(
    fmt: str, claims: QuerySet[Claim], head: dict[str, Any], with_documents: bool = False
) -> Iterator[bytes]:
    if with_documents:  # only the `json` format has room for documents
        return stream_json(iter_records(claims), head, documents=iter_documents(claims))
    return STREAMERS[fmt](iter_records(claims), head)
