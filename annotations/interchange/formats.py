"""The export's writers: JSON, JSON Lines, W3C Web Annotation and CSV, each streamed in small byte chunks."""

import csv
import io
import itertools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlencode

from ..scales import SourceKind
from . import jsonld
from .records import ClaimRecord

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


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    """Without its null values: JSON-LD drops a null, so the export never writes one."""
    return {name: value for name, value in values.items() if value is not None}


def w3c_annotation(record: ClaimRecord, base_url: str) -> dict:
    """A claim as a W3C Web Annotation; our chain and confidence ride in an extra body.

    Every address is absolute (`base_url` is the workbench's public address). The assessment
    body is an embedded resource with its own id, so the model recognises it as a body
    (Web Annotation Data Model 3.2); its terms are declared in our context (jsonld.py).
    """
    claim_iri = f"{base_url}/api/v1/claims/{record['id']}/"
    document = record["document"]
    document_iri = f"{base_url}/api/v1/documents/{document['id']}/"
    assessment = {
        "id": f"{claim_iri}#assessment",
        "type": "wb:Assessment",
        "wb:chain": record["chain"],
        "wb:strength": record["strength"],
        "wb:confidence": _present(record["confidence"]),
        "wb:status": record["status"],
        "wb:gold": record["gold"],
        "wb:adjudicatedFrom": record["adjudicated_from"],
        "wb:version": record["version"],
        "wb:document": {
            "id": document_iri,
            "document_id": document["id"],
            "title": document["title"],
            "url": document["url"],
            "content_hash": document["content_hash"],
        },
    }
    bodies = [
        {
            "type": "TextualBody",
            "purpose": "classifying",
            "value": f"{record['chain_display']} · credibility {record['confidence']['credibility']} "
            f"({record['confidence']['credibility_words']})",
            "format": "text/plain",
        },
        _present(assessment),
    ]
    if record["note"]:
        bodies.insert(
            0,
            {"type": "TextualBody", "purpose": "commenting", "value": record["note"], "format": "text/plain"},
        )
    return {
        "id": claim_iri,
        "type": "Annotation",
        "motivation": "assessing",
        "created": record["created_at"],
        "modified": record["updated_at"],
        "creator": {"type": "Person", "nickname": record["reviewer"]},
        "body": bodies,
        "target": {
            "source": document["url"] or document_iri,
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


def collection_iri(head: Mapping[str, Any]) -> str:
    """The collection's address: the export that makes it, with its filters."""
    query = urlencode({**head["filters"], "format": "w3c"}, doseq=True)
    return f"{head['source']}/api/v1/export/?{query}"


def stream_w3c(records: Iterable[ClaimRecord], head: dict[str, Any]) -> Iterator[bytes]:
    base_url = head["source"]
    identifier = collection_iri(head)
    collection = {
        "@context": [jsonld.ANNO_CONTEXT, jsonld.context_iri()],
        "id": identifier,
        "type": "AnnotationCollection",
        "label": "Workbench claims",
        "generated": head["exported_at"],
        "wb:schemaVersion": head["schema_version"],
        "wb:filters": head["filters"],
    }
    page = {"id": f"{identifier}#page-1", "type": "AnnotationPage", "partOf": identifier, "startIndex": 0}

    def parts():
        claims = iter(records)
        first = next(claims, None)
        if first is None:  # a page has one or more annotations (5.2): an empty set has no page
            yield _dumps({**collection, "total": 0}) + "\n"
            return
        yield _dumps(collection)[:-1] + ',"first":' + _dumps(page)[:-1] + ',"items":['
        annotations = (w3c_annotation(record, base_url) for record in itertools.chain([first], claims))
        yield from _array_items(annotations)
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
