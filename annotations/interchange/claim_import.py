"""Importing claims: our own `json` / `jsonl` export and W3C Web Annotations (`w3c`).

Each claim read is placed on this instance's documents (found by content hash, then
address, then title), re-anchored by its quote and context when its offsets no longer
fit, its sources matched by name or alias or added to the registry, and reported as
imported, re-anchored, merged (the same claim is already here: nothing written) or
refused with every reason. Every value is checked for its type before it is used, and
what Python's JSON parser crashes on (nesting thousands deep, integers of thousands of
digits) or lets through (NaN, Infinity) is refused with its line. An item's writes (the
document the file carries for it, its publisher and sources, its reviewer's account and
the claim) share one savepoint: a refused item writes nothing, and a document is written
only with a claim kept on it. With `atomic="file"` nothing at all is written unless every
item is good. Writes go through `services`.
"""

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from datetime import date
from itertools import islice
from typing import IO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from .. import permissions, services
from ..domain.anchoring import AnchorError, anchor_span, reanchor
from ..models import Claim, ClaimStatus, Document, Source
from ..scales import ReliabilityGrade, SourceKind
from ..services import HopSpec

FORMATS = ("json", "jsonl", "w3c")
ATOMIC_MODES = ("item", "file")
IMPORTED, REANCHORED, MERGED, REFUSED = "imported", "reanchored", "merged", "refused"
OUTCOMES = (IMPORTED, REANCHORED, MERGED, REFUSED)
# Items are committed this many at a time, each in a savepoint of its own: a refused item
# still writes nothing, and the disk is not flushed once per claim.
BATCH = 500


class ImportFileError(ValueError):
    """The file as a whole cannot be read: not UTF-8, not JSON, or not a shape we know."""


@dataclass
class Item:
    """One claim read from a file (in our record shape), or why it could not be read."""

    line: int
    record: dict | None
    problem: str = ""


@dataclass
class Outcome:
    line: int
    outcome: str
    file_id: object = None  # the claim's id in the file
    claim: int | None = None  # its id here
    messages: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    format: str
    atomic: str
    dry_run: bool
    committed: bool = False
    # Documents the file carries: created (with a claim kept on it), already here, refused,
    # or unused (new here, but no claim on it was kept: not written).
    documents: dict = field(default_factory=lambda: {"created": 0, "existing": 0, "refused": 0, "unused": 0})
    document_problems: list[str] = field(default_factory=list)
    reviewers_created: list[str] = field(default_factory=list)
    items: list[Outcome] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(OUTCOMES, 0)
        for item in self.items:
            counts[item.outcome] += 1
        return counts

    @property
    def failed(self) -> bool:
        return bool(self.counts[REFUSED] or self.document_problems)

    def as_dict(self) -> dict:
        return {
            "format": self.format,
            "atomic": self.atomic,
            "dry_run": self.dry_run,
            "committed": self.committed,
            "counts": self.counts,
            "documents": self.documents,
            "document_problems": self.document_problems,
            "reviewers_created": self.reviewers_created,
            "items": [asdict(item) for item in self.items],
        }


class _Refused(Exception):
    def __init__(self, messages: list[str]):
        self.messages = messages


class _RollBack(Exception):
    """Leaves the outer transaction: a dry run, or a whole-file import with a refused item."""


# --- reading files ------------------------------------------------------------------------

# Our records nest a few levels deep. Python's parser recurses once per level and gives up
# near its recursion limit (about a thousand), so anything nested past this is reported
# as too deep, wherever the parser gave up.
MAX_DEPTH = 100
_TOKEN = re.compile(
    r'(?P<string>"(?:[^"\\]|\\.)*")|(?P<open>[\[{])|(?P<close>[\]}])'
    r"|(?P<number>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(?P<constant>NaN|-?Infinity)"
)


class _Unreadable(ValueError):
    """Text that is not JSON we can read, with where it goes wrong (an index into the text)."""

    def __init__(self, reason: str, position: int):
        super().__init__(reason)
        self.reason, self.position = reason, position

    def where(self, text: str) -> tuple[int, int]:
        line = text.count("\n", 0, self.position) + 1
        return line, self.position - (text.rfind("\n", 0, self.position) + 1) + 1


class _Constant(ValueError):
    pass


def _refuse_constant(name: str):
    raise _Constant(name)


def _loads(text: str):
    """JSON as Python reads it, minus what it reads but JSON forbids (NaN, Infinity) and what
    makes it crash (nesting past its recursion limit, integers too long to convert)."""
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise _Unreadable(f"not JSON ({error.msg})", error.pos) from None
    except RecursionError:
        raise _Unreadable(f"nested more than {MAX_DEPTH} levels deep", _first(text, "open")) from None
    except _Constant as error:
        raise _Unreadable(f"{error} is not a JSON value", _first(text, "constant")) from None
    except ValueError:  # an integer past sys.get_int_max_str_digits()
        limit = sys.get_int_max_str_digits()
        raise _Unreadable(f"a number of more than {limit} digits", _first(text, "number")) from None


def _first(text: str, kind: str) -> int:
    """Where the parser's complaint lies: only called once the parser has refused the text."""
    depth, limit = 0, sys.get_int_max_str_digits()
    for token in _TOKEN.finditer(text):
        found, value = token.lastgroup, token.group().lstrip("-")
        depth += (found == "open") - (found == "close")
        if found == kind and (
            kind == "constant"
            or (kind == "open" and depth > MAX_DEPTH)
            or (kind == "number" and value.isdigit() and len(value) > limit)
        ):
            return token.start()
    return 0


def guess_format(handle: IO[bytes], *, name: str = "", content_type: str = "") -> str:
    """The format from the file name or content type, else from the first bytes."""
    lowered = name.lower()
    if lowered.endswith((".jsonl", ".ndjson")) or "ndjson" in content_type:
        return "jsonl"
    if lowered.endswith(".jsonld") or "ld+json" in content_type:
        return "w3c"
    head = handle.read(65536)
    handle.seek(0)
    first_line = head.split(b"\n", 1)[0].strip().lstrip(b"\xef\xbb\xbf")
    try:
        first = _loads(first_line.decode("utf-8"))
    except (UnicodeDecodeError, _Unreadable):
        first = None
    if isinstance(first, dict) and "quote" in first:
        return "jsonl"
    if b'"@context"' in head or b'"Annotation' in head:
        return "w3c"
    if b'"claims"' in head or b'"header"' in head:
        return "json"
    raise ImportFileError("Cannot tell the file's format: name it (json, jsonl or w3c).")


def read(handle: IO[bytes], fmt: str) -> tuple[list[tuple[int, object]], Iterable[Item]]:
    """(documents with their lines, claim items): jsonl streams; json and w3c are read whole."""
    if fmt == "jsonl":
        return [], _jsonl_items(handle)
    text = _decode(handle.read())
    try:
        data = _loads(text)
    except _Unreadable as error:
        line, column = error.where(text)
        raise ImportFileError(f"Line {line}, column {column}: {error.reason}.") from None
    if fmt == "json":
        return _json_parts(text, data)
    return [], _w3c_items(text, data)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise ImportFileError(f"Line {line}: the file is not UTF-8 text.") from None


def _jsonl_items(handle: IO[bytes]) -> Iterator[Item]:
    for number, raw in enumerate(handle, start=1):
        raw = raw.strip()
        if number == 1:
            raw = raw.lstrip(b"\xef\xbb\xbf")
        if not raw:
            continue
        try:
            text = raw.decode("utf-8")
            value = _loads(text)
        except UnicodeDecodeError:
            yield Item(number, None, "The line is not UTF-8 text.")
            continue
        except _Unreadable as error:
            reason = error.reason[0].upper() + error.reason[1:]
            yield Item(number, None, f"{reason}, at column {error.where(text)[1]}.")
            continue
        if not isinstance(value, dict):
            yield Item(number, None, "Not a claim object.")
        else:
            yield Item(number, value)


def _json_parts(text: str, data) -> tuple[list[tuple[int, object]], list[Item]]:
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
        raise ImportFileError("Not a workbench export: the file has no `claims` list.")
    header = data.get("header") if isinstance(data.get("header"), dict) else {}
    version = header.get("schema_version", "1")
    if isinstance(version, bool) or not isinstance(version, str | int):
        raise ImportFileError("The header's `schema_version` is not a version number.")
    version = _abridge(str(version))
    if version.split(".")[0] != "1":
        raise ImportFileError(f"Export schema version {version}: this workbench reads version 1 files.")
    documents = data.get("documents") or []
    if not isinstance(documents, list):
        raise ImportFileError("`documents` is not a list.")
    items = [
        Item(line, value) if isinstance(value, dict) else Item(line, None, "Not a claim object.")
        for line, value in _with_lines(text, ["claims"], data["claims"])
    ]
    return _with_lines(text, ["documents"], documents), items


def _w3c_items(text: str, data) -> list[Item]:
    if isinstance(data, list):
        path, annotations = [], data
    elif isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        page = data.get("first")
        path, annotations = ["first", "items"], page.get("items") if isinstance(page, dict) else None
    elif isinstance(data, dict) and data.get("type") == "AnnotationPage":
        path, annotations = ["items"], data.get("items")
    elif isinstance(data, dict) and data.get("type") == "Annotation":
        return [_w3c_item(1, data)]
    else:
        raise ImportFileError("Not W3C Web Annotations: expected an Annotation, a page or a collection.")
    if not isinstance(annotations, list):
        raise ImportFileError("The collection's first page holds no `items` list.")
    return [_w3c_item(line, value) for line, value in _with_lines(text, path, annotations)]


def _w3c_item(line: int, annotation) -> Item:
    try:
        return Item(line, _record_from_annotation(annotation))
    except _Refused as refused:
        return Item(line, None, " ".join(refused.messages))


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value] if value else []


def _record_from_annotation(annotation) -> dict:
    """A W3C Annotation in our record shape; the chain and confidence ride in `wb:Assessment`.

    Only the annotation's own structure is checked here; the values it carries into the
    record are checked with every other claim's (`_read_claim`).
    """
    if not isinstance(annotation, dict) or annotation.get("type") != "Annotation":
        raise _Refused(["Not a W3C Annotation (its `type` is not “Annotation”)."])
    problems = []
    bodies = _as_list(annotation.get("body"))
    if not all(isinstance(body, dict | str) for body in bodies):
        problems.append("body: each body is an object or an address.")
    bodies = [body for body in bodies if isinstance(body, dict)]
    assessment = next((body for body in bodies if body.get("type") == "wb:Assessment"), None)
    if assessment is None:
        problems.append("The annotation has no wb:Assessment body: it carries no chain or confidence.")
        assessment = {}
    target = next(iter(_as_list(annotation.get("target"))), {})
    target = {"source": target} if isinstance(target, str) else target
    if not isinstance(target, dict):
        problems.append("target: not an object or an address.")
    elif not isinstance(target.get("source") or "", str):
        problems.append("target.source: not an address.")
    target = target if isinstance(target, dict) else {}
    selectors = _as_list(target.get("selector"))
    if not all(isinstance(selector, dict) for selector in selectors):
        problems.append("target.selector: each selector is an object.")
    selectors = [selector for selector in selectors if isinstance(selector, dict)]
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), {})
    if quote is None and not problems:
        problems.append("The annotation's target has no TextQuoteSelector.")
    creator = annotation.get("creator")
    if isinstance(creator, dict):
        creator = creator.get("nickname") or creator.get("name")
    if creator is not None and not isinstance(creator, str):
        problems.append("creator: not a person's name.")
    identifier = annotation.get("id")
    if identifier is not None and not isinstance(identifier, str):
        problems.append("id: not an address.")
    if problems:
        raise _Refused(problems)
    quote = quote or {}
    number = re.search(r"(?<!\d)(\d{1,18})/?$", identifier or "")
    return {
        "id": int(number.group(1)) if number else None,
        "document": assessment.get("wb:document") or {"url": target.get("source") or ""},
        "start": position.get("start"),
        "end": position.get("end"),
        "quote": quote.get("exact"),
        "prefix": quote.get("prefix"),
        "suffix": quote.get("suffix"),
        "chain": assessment.get("wb:chain"),
        "confidence": assessment.get("wb:confidence"),
        "note": next((b.get("value") for b in bodies if b.get("purpose") == "commenting"), None),
        "status": assessment.get("wb:status"),
        "reviewer": creator,
        "gold": assessment.get("wb:gold"),
        "adjudicated_from": assessment.get("wb:adjudicatedFrom"),
        "version": assessment.get("wb:version"),
    }


_DECODER = json.JSONDecoder()


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n\r":
        pos += 1
    return pos


def _value_start(text: str, pos: int, key: str) -> int | None:
    """Where the value of `key` starts in the object at `pos` (the text is valid JSON)."""
    pos = _skip_space(text, pos)
    if text[pos] != "{":
        return None
    pos = _skip_space(text, pos + 1)
    while text[pos] != "}":
        name, pos = _DECODER.raw_decode(text, pos)
        pos = _skip_space(text, _skip_space(text, pos) + 1)  # past the colon
        if name == key:
            return pos
        _, pos = _DECODER.raw_decode(text, pos)
        pos = _skip_space(text, pos)
        if text[pos] == ",":
            pos = _skip_space(text, pos + 1)
    return None


def _with_lines(text: str, path: list[str], values: list) -> list[tuple[int, object]]:
    try:
        lines = _array_lines(text, path)
    except RecursionError:  # an element nested about as deep as the parser could go
        lines = []
    if len(lines) != len(values):  # a repeated key: JSON keeps the last, the scan found the first
        lines = [0] * len(values)
    return list(zip(lines, values, strict=True))


def _array_lines(text: str, path: list[str]) -> list[int]:
    """The line on which each element of the array at `path` starts, to name it in the report."""
    pos: int | None = _skip_space(text, 0)
    for key in path:
        pos = _value_start(text, pos, key)
        if pos is None:
            return []
    if text[pos] != "[":
        return []
    lines, line, counted = [], 1, 0
    pos = _skip_space(text, pos + 1)
    while text[pos] != "]":
        line += text.count("\n", counted, pos)
        counted = pos
        lines.append(line)
        _, pos = _DECODER.raw_decode(text, pos)
        pos = _skip_space(text, pos)
        if text[pos] == ",":
            pos = _skip_space(text, pos + 1)
    return lines


# --- checking records ---------------------------------------------------------------------

_INT_RANGE = (-(2**31), 2**31 - 1)  # what the database's integer columns hold


class _Fields:
    """Reads the fields of one JSON object by type, collecting every problem under its name.

    A field that is absent or null takes its default; one of the wrong type is a problem
    (and the default stands in, so the other fields are still checked).
    """

    def __init__(self, value: dict, problems: list[str], prefix: str = ""):
        self.value, self.problems, self.prefix = value, problems, prefix

    def _wrong(self, key: str, message: str) -> None:
        self.problems.append(f"{self.prefix}{key}: {message}.")

    def text(self, key: str, default: str = "") -> str:
        value = self.value.get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            self._wrong(key, "not text")
            return default
        if "\x00" in value:  # PostgreSQL can neither store nor look up such text
            self._wrong(key, "contains a NUL character (\\x00), which cannot be stored")
            return default
        return value

    def whole(self, key: str, *, minimum: int = _INT_RANGE[0]) -> int | None:
        value = self.value.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self._wrong(key, "not a whole number")
            return None
        if not minimum <= value <= _INT_RANGE[1]:
            self._wrong(key, f"{_abridge(str(value), 20)} is out of range")
            return None
        return value

    def flag(self, key: str) -> bool:
        value = self.value.get(key, False)
        if value is not None and not isinstance(value, bool):
            self._wrong(key, "use true or false")
        return value is True

    def identifier(self, key: str) -> int | str | None:
        value = self.value.get(key)
        if value is None or (isinstance(value, int | str) and not isinstance(value, bool)):
            return value
        self._wrong(key, "not an id (a number or text)")
        return None

    def object(self, key: str, missing: str) -> "_Fields | None":
        value = self.value.get(key)
        if isinstance(value, dict):
            return _Fields(value, self.problems, f"{self.prefix}{key}.")
        self.problems.append(missing if value is None else f"{self.prefix}{key}: not an object.")
        return None


@dataclass(frozen=True)
class _DocumentReference:
    """How a claim names its document: by its id in the file, content hash, address or title."""

    id: int | str | None = None
    content_hash: str = ""
    url: str = ""
    title: str = ""

    def __str__(self) -> str:
        return _abridge(self.title or self.url or self.content_hash or str(self.id))


@dataclass(frozen=True)
class _HopRecord:
    source_name: str
    source_kind: str = ""
    reliability_grade: str = ""
    cue: str = ""
    cue_text: str = ""


@dataclass(frozen=True)
class _ClaimRecord:
    """A claim read from a file, every value of the type it should have."""

    id: int | str | None
    document: _DocumentReference
    start: int | None
    end: int | None
    quote: str
    prefix: str
    suffix: str
    chain: list[_HopRecord]
    credibility: int | None
    likelihood: str
    note: str
    status: str
    reviewer: str
    gold: bool
    adjudicated_from: int | str | None
    version: int


def _file_id(record) -> int | str | None:
    """The claim's id in the file, for the report, when it is one."""
    value = record.get("id") if isinstance(record, dict) else None
    return value if isinstance(value, int | str) and not isinstance(value, bool) else None


def _read_hop(value, number: int, problems: list[str]) -> _HopRecord:
    if not isinstance(value, dict):
        problems.append(f"Hop {number}: not an object.")
        return _HopRecord("")
    hop = _Fields(value, problems, f"Hop {number}, ")
    return _HopRecord(
        source_name=hop.text("source_name"),
        source_kind=hop.text("source_kind"),
        reliability_grade=hop.text("reliability_grade"),
        cue=hop.text("cue"),
        cue_text=hop.text("cue_text"),
    )


def _read_claim(record: dict) -> _ClaimRecord:
    """A record's values checked by type; raises `_Refused` with every problem found."""
    problems: list[str] = []
    fields = _Fields(record, problems)
    reference = fields.object("document", "The claim does not say which document it is on.")
    document = (
        _DocumentReference(
            id=reference.identifier("id"),
            content_hash=reference.text("content_hash"),
            url=reference.text("url"),
            title=reference.text("title"),
        )
        if reference
        else _DocumentReference()
    )
    quote = fields.text("quote")
    if record.get("quote") in (None, ""):
        problems.append("The claim has no quote.")
    chain = record.get("chain")
    if not isinstance(chain, list) or not chain:
        problems.append("The claim has no attribution chain (a list of hops, publisher first).")
        chain = []
    hops = [_read_hop(hop, number, problems) for number, hop in enumerate(chain, start=1)]
    confidence = fields.object("confidence", "The claim has no confidence (a credibility grade 1-6).")
    status = fields.text("status") or ClaimStatus.DRAFT
    if status not in ClaimStatus.values:
        problems.append(f"status: “{_abridge(status)}” is not a claim status.")
    claim = _ClaimRecord(
        id=fields.identifier("id"),
        document=document,
        start=fields.whole("start"),
        end=fields.whole("end"),
        quote=quote,
        prefix=fields.text("prefix"),
        suffix=fields.text("suffix"),
        chain=hops,
        credibility=confidence.whole("credibility") if confidence else None,
        likelihood=confidence.text("likelihood") if confidence else "",
        note=fields.text("note"),
        status=status,
        reviewer=fields.text("reviewer").strip(),
        gold=fields.flag("gold"),
        adjudicated_from=fields.identifier("adjudicated_from"),
        version=fields.whole("version", minimum=1) or 1,
    )
    if problems:
        raise _Refused(problems)
    return claim


@dataclass
class _FileDocument:
    """A document the file carries: written with the first claim kept on it, never alone."""

    index: int
    line: int
    id: int | str | None
    title: str
    publisher: _HopRecord
    text: str
    content_hash: str
    url: str
    dateline: str
    published_on: date | None
    existing: Document | None = None  # the same text, already here before the import


def _read_document(index: int, line: int, record) -> _FileDocument:
    """A document record checked by type, by its hash and by the model's own field rules."""
    if not isinstance(record, dict):
        raise _Refused(["Not a document object."])
    problems: list[str] = []
    fields = _Fields(record, problems)
    text = fields.text("text")
    publisher = fields.object("publisher", "A document needs its `text` and its `publisher`.")
    if not text and not problems:
        problems.append("A document needs its `text` and its `publisher`.")
    published_on = None
    if published := fields.text("published_on"):
        try:
            published_on = date.fromisoformat(published)
        except ValueError:
            problems.append(f"published_on: “{_abridge(published)}” is not a date (YYYY-MM-DD).")
    document = _FileDocument(
        index=index,
        line=line,
        id=fields.identifier("id"),
        title=fields.text("title").strip(),
        publisher=_HopRecord(
            source_name=publisher.text("name"),
            source_kind=publisher.text("kind"),
            reliability_grade=publisher.text("reliability_grade"),
        )
        if publisher
        else _HopRecord(""),
        text=text,
        content_hash=fields.text("content_hash"),
        url=fields.text("url"),
        dateline=fields.text("dateline"),
        published_on=published_on,
    )
    if text and document.content_hash and document.content_hash != services.content_hash(text):
        problems.append(f"The text of “{_abridge(document.title)}” does not match its content_hash.")
    if not problems:
        # The model's own rules (lengths, a valid address), before anything is written.
        unsaved = Document(
            title=document.title,
            text=text,
            content_hash=services.content_hash(text),
            url=document.url,
            dateline=document.dateline,
            published_on=published_on,
        )
        try:
            unsaved.full_clean(exclude=["publisher"], validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            problems.extend(_messages(error))
    if problems:
        raise _Refused(problems)
    return document


# --- placing claims -----------------------------------------------------------------------


def _abridge(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


class _Importer:
    """Looks things up once per file; what an item creates is kept only if the item is."""

    def __init__(self, *, actor, report: ImportReport, label: str):
        self.actor = actor
        self.report = report
        self.label = label
        registry = list(Source.objects.all())
        self.sources: dict[str, Source] = {}
        for source in registry:
            for key in source.aliases or []:
                self.sources.setdefault(key.lower(), source)
        for source in registry:
            self.sources[source.name.lower()] = source  # a name wins over another's alias
        self.users: dict[str, object] = {}
        # Documents the file carries, by their id in the file and by content hash; those new
        # here are written by the first item kept that places a claim on them.
        self.carried: dict[tuple[str, object], _FileDocument] = {}
        self.carried_written: dict[int, Document] = {}
        self.documents_found: dict[_DocumentReference, Document | None] = {}
        self.claim_ids: dict[object, int] = {}
        # "Already here?" asks the database only for documents that had claims before the
        # import; claims this import wrote are remembered by their signature.
        self.documents_with_claims: dict[int, bool] = {}
        self.written: dict[tuple, int] = {}
        self.grade_notes: set[str] = set()
        self.notes: list[str] = []
        self.created_reviewers: list[str] = []
        self._pending: list[tuple[dict, object]] = []

    # Caches hold only what is committed (or kept in the outer transaction).
    def _remember(self, cache: dict, key, value) -> None:
        cache[key] = value
        self._pending.append((cache, key))

    def _settle(self, kept: bool) -> None:
        if not kept:
            for cache, key in self._pending:
                cache.pop(key, None)
        self._pending = []

    def _in_savepoint(self, work: Callable[[], object]):
        try:
            with transaction.atomic():
                result = work()
        except _Refused:
            self._settle(kept=False)
            raise
        self._settle(kept=True)
        return result

    # --- documents carried by the file

    def read_documents(self, documents: list[tuple[int, object]]) -> None:
        """Check the file's documents; nothing is written until a claim kept needs one."""
        problems = self.report.document_problems
        for index, (line, record) in enumerate(documents):
            try:
                document = _read_document(index, line, record)
                self._source(document.publisher, number=0, create=False)
            except _Refused as refused:
                self.report.documents["refused"] += 1
                problems.extend(f"Line {line}: {message}" for message in refused.messages)
                continue
            digest = services.content_hash(document.text)
            document.existing = Document.objects.filter(content_hash=digest).first()
            if document.id is not None:
                self.carried.setdefault(("id", document.id), document)
            self.carried.setdefault(("hash", digest), document)
            self.report.documents["existing" if document.existing else "unused"] += 1

    def count_documents(self) -> None:
        written = len(self.carried_written)
        self.report.documents["created"] += written
        self.report.documents["unused"] -= written

    def _write_document(self, carried: _FileDocument) -> Document:
        """Store a document the file carries, and its publisher, as part of the claim's item."""
        publisher = self._source(carried.publisher, number=0)
        try:
            document, created = services.document_import(
                title=carried.title,
                publisher_name=publisher.name,
                text=carried.text,
                published_on=carried.published_on,
                dateline=carried.dateline,
                url=carried.url,
                imported_from=self.label,
            )
        except ValidationError as error:
            raise _Refused([f"The document on line {carried.line}: {m}" for m in _messages(error)]) from None
        self._remember(self.carried_written, carried.index, document)
        if created:  # whatever claims it gets, this import writes (and remembers)
            self.documents_with_claims[document.pk] = False
        # A lookup that found nothing before may find this document now.
        self.documents_found = {key: found for key, found in self.documents_found.items() if found}
        return document

    def _find_document(self, reference: _DocumentReference) -> Document | _FileDocument | None:
        """The document a claim is on: one the file carries (written or not yet), or one here."""
        carried = self.carried.get(("id", reference.id)) if reference.id is not None else None
        if carried is None and reference.content_hash:
            carried = self.carried.get(("hash", reference.content_hash))
        if carried is not None:
            return carried.existing or self.carried_written.get(carried.index) or carried
        if reference not in self.documents_found:
            document = None
            if reference.content_hash:
                document = Document.objects.filter(content_hash=reference.content_hash).first()
            if document is None and reference.url:
                document = Document.objects.filter(url=reference.url).order_by("pk").first()
            if document is None and reference.title:
                titled = list(Document.objects.filter(title=reference.title)[:2])
                document = titled[0] if len(titled) == 1 else None
            self.documents_found[reference] = document
        return self.documents_found[reference]

    # --- sources and reviewers

    def _source(self, hop: _HopRecord, number: int, *, create: bool = True) -> Source | None:
        """The hop's source from the registry, else added to it (`create=False`: only checked)."""
        where = f"Hop {number}: " if number else "Publisher: "
        name = " ".join(hop.source_name.split())
        if not name:
            raise _Refused([f"{where}the source has no name."])
        grade = hop.reliability_grade or ReliabilityGrade.F
        known = self.sources.get(name.lower())
        if known is not None:
            if create and grade != known.reliability_grade and known.name not in self.grade_notes:
                self.grade_notes.add(known.name)
                self.notes.append(
                    f"Kept the registry's grade {known.reliability_grade} for “{known.name}” "
                    f"(the file says {_abridge(grade)})."
                )
            return known
        kind = hop.source_kind
        if kind not in SourceKind.values:
            raise _Refused(
                [
                    f"{where}“{_abridge(name)}” is not in the registry here and "
                    f"“{_abridge(kind)}” is not a source kind."
                ]
            )
        if grade not in ReliabilityGrade.values:
            raise _Refused([f"{where}“{_abridge(grade)}” is not a reliability grade (A-F)."])
        if not create:
            return None
        try:
            source, _ = services.source_get_or_create(
                name=name, kind=kind, reliability_grade=grade, graded_by=self.actor
            )
        except ValidationError as error:
            raise _Refused([f"{where}{message}" for message in error.messages]) from None
        self._remember(self.sources, name.lower(), source)
        return source

    def _reviewer(self, username: str):
        if not username:
            if self.actor is None:
                raise _Refused(["The claim names no reviewer."])
            return self.actor
        if username not in self.users:
            user_model = get_user_model()
            user = user_model.objects.filter(username=username).first()
            if user is None:
                # The account keeps the claims' authorship; it cannot log in until given a password.
                user = user_model(username=username)
                user.set_unusable_password()
                try:
                    user.full_clean(exclude=["password"])
                except ValidationError as error:
                    raise _Refused([f"Reviewer “{_abridge(username)}”: {' '.join(error.messages)}"]) from None
                user.save()
                user.groups.add(Group.objects.get_or_create(name=permissions.REVIEWER)[0])
                self.created_reviewers.append(username)
            self._remember(self.users, username, user)
        return self.users[username]

    # --- claims

    def import_item(self, item: Item) -> None:
        """One claim: its document (when the file carries it), sources, reviewer and the claim
        itself are written in one savepoint, so a refused item leaves nothing behind."""
        file_id = _file_id(item.record)
        if item.problem:
            self.report.items.append(Outcome(item.line, REFUSED, file_id, messages=[item.problem]))
            return
        self.notes: list[str] = []
        self.created_reviewers: list[str] = []
        try:
            record = _read_claim(item.record)
            outcome = self._in_savepoint(lambda: self._claim(record))
        except _Refused as refused:
            outcome = Outcome(item.line, REFUSED, file_id, messages=refused.messages)
        else:
            outcome.line, outcome.file_id = item.line, file_id
            outcome.messages.extend(self.notes)
            self.report.reviewers_created.extend(self.created_reviewers)
            if outcome.claim is not None and record.id is not None:
                self.claim_ids[record.id] = outcome.claim
        self.report.items.append(outcome)

    def _claim(self, record: _ClaimRecord) -> Outcome:
        placed = self._find_document(record.document)
        if placed is None:
            raise _Refused(
                [
                    f"No document here matches “{record.document}”: import its text first "
                    "(load_seeds, or an export made with documents)."
                ]
            )
        messages = []
        try:
            if record.start is None or record.end is None:
                raise AnchorError("No offsets.")
            anchor = anchor_span(placed.text, record.start, record.end, record.quote)
            outcome = IMPORTED
        except AnchorError:
            anchor = reanchor(
                placed.text,
                quote=record.quote,
                prefix=record.prefix,
                suffix=record.suffix,
                hint=record.start or 0,
            )
            if anchor is None:
                raise _Refused(
                    [f"The quote “{_abridge(record.quote)}” is not in “{_abridge(placed.title)}”."]
                ) from None
            outcome = REANCHORED
            messages.append(
                f"Re-anchored: {record.start}-{record.end} in the file, {anchor.start}-{anchor.end} here."
            )
        claim_key = (
            anchor.start,
            anchor.end,
            record.reviewer,
            record.gold,
            record.credibility,
            record.likelihood,
            record.note.strip(),
            record.status,
            tuple((" ".join(hop.source_name.split()).lower(), hop.cue) for hop in record.chain),
        )
        if isinstance(placed, Document):
            existing = self.written.get((placed.pk, *claim_key))
            if existing is None and record.credibility is not None and self._had_claims(placed):
                existing = self._same_claim((placed.pk, *claim_key))
            if existing is not None:
                return Outcome(0, MERGED, claim=existing, messages=["Already here: nothing written."])
        document = placed if isinstance(placed, Document) else self._write_document(placed)
        specs = [
            HopSpec(cue=hop.cue, source=self._source(hop, number), cue_text=hop.cue_text)
            for number, hop in enumerate(record.chain, start=1)
        ]
        adjudicated = self.claim_ids.get(record.adjudicated_from) if record.adjudicated_from else None
        try:
            claim = services.claim_restore(
                document=document,
                author=self._reviewer(record.reviewer),
                actor=self.actor,
                start=anchor.start,
                end=anchor.end,
                quote=anchor.quote,
                chain=specs,
                credibility=record.credibility,
                likelihood=record.likelihood,
                note=record.note,
                status=record.status,
                is_gold=record.gold,
                adjudicated_from=Claim.objects.filter(pk=adjudicated).first() if adjudicated else None,
                version=record.version,
                reason=f"Imported from {self.label}."[:100],
            )
        except ValidationError as error:
            raise _Refused(_messages(error)) from None
        self._remember(self.written, (document.pk, *claim_key), claim.pk)
        return Outcome(0, outcome, claim=claim.pk, messages=messages)

    def _had_claims(self, document: Document) -> bool:
        if document.pk not in self.documents_with_claims:
            self.documents_with_claims[document.pk] = Claim.objects.filter(document=document).exists()
        return self.documents_with_claims[document.pk]

    def _same_claim(self, signature: tuple) -> int | None:
        """A claim already here with the same span, reviewer, chain, confidence, note and status."""
        document, start, end, reviewer, gold, credibility, likelihood, note, status, chain = signature
        candidates = Claim.objects.filter(
            document_id=document,
            start=start,
            end=end,
            author__username=reviewer,
            is_gold=gold,
            credibility=credibility,
            likelihood=likelihood,
            note=note,
            status=status,
        ).prefetch_related("hops__source")
        for claim in candidates:
            if tuple((hop.source.name.lower(), hop.cue) for hop in claim.chain) == chain:
                return claim.pk
        return None


def _messages(error: ValidationError) -> list[str]:
    if hasattr(error, "error_dict"):
        return [
            message if field in {"chain", "__all__"} else f"{field}: {message}"
            for field, messages in error.message_dict.items()
            for message in messages
        ]
    return list(error.messages)


def import_claims(
    handle: IO[bytes],
    *,
    fmt: str | None = None,
    actor=None,
    atomic: str = "item",
    dry_run: bool = False,
    name: str = "",
    content_type: str = "",
    wrap: Callable[[Iterable[Item]], Iterable[Item]] = lambda items: items,
) -> ImportReport:
    """Import the claims of an open binary file; `actor` None is the command line.

    `atomic="item"` keeps every good item (committed `BATCH` at a time: if the process
    dies, the batch under way is rolled back whole, never half); `atomic="file"` keeps
    nothing unless all are good. A dry run reports what would happen and keeps nothing.
    """
    if actor is not None and not permissions.is_moderator(actor):
        raise PermissionDenied("Only moderators import claims: imports keep each claim's status.")
    if atomic not in ATOMIC_MODES:
        raise ValueError(f"atomic must be one of {ATOMIC_MODES}")
    fmt = fmt or guess_format(handle, name=name, content_type=content_type)
    documents, items = read(handle, fmt)
    report = ImportReport(format=fmt, atomic=atomic, dry_run=dry_run)
    importer = _Importer(actor=actor, report=report, label=name or "an import")
    importer.read_documents(documents)
    outer = transaction.atomic() if atomic == "file" or dry_run else nullcontext()
    try:
        with outer:
            pending = iter(wrap(items))
            while batch := list(islice(pending, BATCH)):
                with transaction.atomic():
                    for item in batch:
                        importer.import_item(item)
            importer.count_documents()
            if dry_run or (atomic == "file" and report.failed):
                raise _RollBack
    except _RollBack:
        return report
    report.committed = True
    return report
