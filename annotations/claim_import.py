"""Importing claims: our own `json` / `jsonl` export and W3C Web Annotations (`w3c`).

Each claim read is placed on this instance's documents (found by content hash, then
address, then title), re-anchored by its quote and context when its offsets no longer
fit, its sources matched by name or alias or added to the registry, and reported as
imported, re-anchored, merged (the same claim is already here: nothing written) or
refused with every reason. A refused item writes nothing; with `atomic="file"` nothing
at all is written unless every item is good. Writes go through `services`.
"""

import json
import re
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

from . import roles, services
from .anchoring import AnchorError, anchor_span, reanchor
from .models import Claim, ClaimStatus, Document, Source
from .scales import ReliabilityGrade, SourceKind
from .services import HopSpec

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
    documents: dict = field(default_factory=lambda: {"created": 0, "existing": 0, "refused": 0})
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
        first = json.loads(first_line)
    except ValueError:
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
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(f"Line {error.lineno}, column {error.colno}: not JSON ({error.msg}).") from None
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
            value = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield Item(number, None, "The line is not UTF-8 text.")
            continue
        except json.JSONDecodeError as error:
            yield Item(number, None, f"Not JSON: {error.msg}: column {error.colno}.")
            continue
        if not isinstance(value, dict):
            yield Item(number, None, "Not a claim object.")
        else:
            yield Item(number, value)


def _json_parts(text: str, data) -> tuple[list[tuple[int, object]], list[Item]]:
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
        raise ImportFileError("Not a workbench export: the file has no `claims` list.")
    header = data.get("header") if isinstance(data.get("header"), dict) else {}
    version = str(header.get("schema_version", "1"))
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
    except ValueError as error:
        return Item(line, None, str(error))


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value] if value else []


def _record_from_annotation(annotation) -> dict:
    """A W3C Annotation in our record shape; the chain and confidence ride in `wb:Assessment`."""
    if not isinstance(annotation, dict) or annotation.get("type") != "Annotation":
        raise ValueError("Not a W3C Annotation (its `type` is not “Annotation”).")
    bodies = [body for body in _as_list(annotation.get("body")) if isinstance(body, dict)]
    assessment = next((body for body in bodies if body.get("type") == "wb:Assessment"), None)
    if assessment is None:
        raise ValueError("The annotation has no wb:Assessment body: it carries no chain or confidence.")
    target = next(iter(_as_list(annotation.get("target"))), {})
    target = {"source": target} if isinstance(target, str) else target
    selectors = [s for s in _as_list(target.get("selector")) if isinstance(s, dict)]
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), {})
    if quote is None:
        raise ValueError("The annotation's target has no TextQuoteSelector.")
    creator = annotation.get("creator")
    reviewer = (creator.get("nickname") or creator.get("name")) if isinstance(creator, dict) else creator
    number = re.search(r"(\d+)/?$", str(annotation.get("id", "")))
    return {
        "id": int(number.group(1)) if number else None,
        "document": assessment.get("wb:document") or {"url": target.get("source", "")},
        "start": position.get("start"),
        "end": position.get("end"),
        "quote": quote.get("exact"),
        "prefix": quote.get("prefix", ""),
        "suffix": quote.get("suffix", ""),
        "chain": assessment.get("wb:chain"),
        "confidence": assessment.get("wb:confidence"),
        "note": next((b.get("value", "") for b in bodies if b.get("purpose") == "commenting"), ""),
        "status": assessment.get("wb:status", ClaimStatus.DRAFT),
        "reviewer": reviewer,
        "gold": assessment.get("wb:gold", False),
        "adjudicated_from": assessment.get("wb:adjudicatedFrom"),
        "version": assessment.get("wb:version", 1),
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
    lines = _array_lines(text, path)
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
        self.documents_in_file: dict[object, Document] = {}
        self.documents_found: dict[tuple, Document | None] = {}
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

    def import_documents(self, documents: list[tuple[int, object]]) -> None:
        for line, record in documents:
            try:
                document, created = self._in_savepoint(lambda record=record: self._document(record))
            except _Refused as refused:
                self.report.documents["refused"] += 1
                self.report.document_problems.extend(f"Line {line}: {m}" for m in refused.messages)
                continue
            self.report.documents["created" if created else "existing"] += 1
            if isinstance(record.get("id"), int | str):
                self.documents_in_file[record.get("id")] = document

    def _document(self, record) -> tuple[Document, bool]:
        if not isinstance(record, dict):
            raise _Refused(["Not a document object."])
        text, publisher = record.get("text"), record.get("publisher")
        if not isinstance(text, str) or not isinstance(publisher, dict):
            raise _Refused(["A document needs its `text` and its `publisher`."])
        if record.get("content_hash") and record["content_hash"] != services.content_hash(text):
            raise _Refused([f"The text of “{record.get('title')}” does not match its content_hash."])
        publisher_hop = {
            "source_name": publisher.get("name"),
            "source_kind": publisher.get("kind"),
            "reliability_grade": publisher.get("reliability_grade"),
        }
        self._source(publisher_hop, number=0)
        try:
            published_on = date.fromisoformat(record["published_on"]) if record.get("published_on") else None
            return services.document_import(
                title=str(record.get("title") or ""),
                publisher_name=str(publisher.get("name") or ""),
                text=text,
                published_on=published_on,
                dateline=str(record.get("dateline") or ""),
                url=str(record.get("url") or ""),
                imported_from=self.label,
            )
        except (TypeError, ValueError, ValidationError) as error:
            messages = error.messages if isinstance(error, ValidationError) else [str(error)]
            raise _Refused(messages) from None

    def _find_document(self, reference) -> Document | None:
        if not isinstance(reference, dict):
            return None
        if reference.get("id") in self.documents_in_file:
            return self.documents_in_file[reference["id"]]
        key = (reference.get("content_hash"), reference.get("url"), reference.get("title"))
        if key not in self.documents_found:
            document = None
            if key[0]:
                document = Document.objects.filter(content_hash=key[0]).first()
            if document is None and key[1]:
                document = Document.objects.filter(url=key[1]).order_by("pk").first()
            if document is None and key[2]:
                titled = list(Document.objects.filter(title=key[2])[:2])
                document = titled[0] if len(titled) == 1 else None
            self.documents_found[key] = document
        return self.documents_found[key]

    # --- sources and reviewers

    def _source(self, hop: dict, number: int) -> Source:
        where = f"Hop {number}: " if number else "Publisher: "
        if not isinstance(hop.get("source_name") or "", str):
            raise _Refused([f"{where}the source's name is not text."])
        name = " ".join((hop.get("source_name") or "").split())
        if not name:
            raise _Refused([f"{where}the source has no name."])
        grade = hop.get("reliability_grade") or ReliabilityGrade.F
        known = self.sources.get(name.lower())
        if known is not None:
            if grade != known.reliability_grade and known.name not in self.grade_notes:
                self.grade_notes.add(known.name)
                self.notes.append(
                    f"Kept the registry's grade {known.reliability_grade} for “{known.name}” "
                    f"(the file says {grade})."
                )
            return known
        kind = hop.get("source_kind")
        if kind not in SourceKind.values:
            raise _Refused(
                [f"{where}“{name}” is not in the registry here and “{kind}” is not a source kind."]
            )
        if grade not in ReliabilityGrade.values:
            raise _Refused([f"{where}“{grade}” is not a reliability grade (A-F)."])
        try:
            source, _ = services.source_get_or_create(
                name=name, kind=kind, reliability_grade=grade, graded_by=self.actor
            )
        except ValidationError as error:
            raise _Refused([f"{where}{message}" for message in error.messages]) from None
        self._remember(self.sources, name.lower(), source)
        return source

    def _reviewer(self, username):
        if username is not None and not isinstance(username, str):
            raise _Refused(["The reviewer is not a username."])
        if not username or not username.strip():
            if self.actor is None:
                raise _Refused(["The claim names no reviewer."])
            return self.actor
        username = username.strip()
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
                    raise _Refused([f"Reviewer “{username}”: {' '.join(error.messages)}"]) from None
                user.save()
                user.groups.add(Group.objects.get_or_create(name=roles.REVIEWER)[0])
                self.created_reviewers.append(username)
            self._remember(self.users, username, user)
        return self.users[username]

    # --- claims

    def import_item(self, item: Item) -> None:
        file_id = item.record.get("id") if item.record else None
        if item.problem:
            self.report.items.append(Outcome(item.line, REFUSED, file_id, messages=[item.problem]))
            return
        self.notes: list[str] = []
        self.created_reviewers: list[str] = []
        try:
            outcome = self._in_savepoint(lambda: self._claim(item.record))
        except _Refused as refused:
            outcome = Outcome(item.line, REFUSED, file_id, messages=refused.messages)
        else:
            outcome.line, outcome.file_id = item.line, file_id
            outcome.messages.extend(self.notes)
            self.report.reviewers_created.extend(self.created_reviewers)
            if outcome.claim is not None and isinstance(file_id, int | str):
                self.claim_ids[file_id] = outcome.claim
        self.report.items.append(outcome)

    def _claim(self, record: dict) -> Outcome:
        document = self._find_document(record.get("document"))
        if document is None:
            reference = record.get("document")
            title = reference.get("title") if isinstance(reference, dict) else None
            raise _Refused(
                [
                    f"No document here matches “{title or reference}”: import its text first "
                    "(load_seeds, or an export made with documents)."
                ]
            )
        quote = record.get("quote")
        if not isinstance(quote, str) or not quote:
            raise _Refused(["The claim has no quote."])
        chain = record.get("chain")
        if not isinstance(chain, list) or not chain or not all(isinstance(h, dict) for h in chain):
            raise _Refused(["The claim has no attribution chain (a list of hops, publisher first)."])
        confidence = record.get("confidence")
        if not isinstance(confidence, dict):
            raise _Refused(["The claim has no confidence (a credibility grade 1-6)."])
        start, end = record.get("start"), record.get("end")
        messages = []
        try:
            anchor = anchor_span(document.text, start, end, quote)
            outcome = IMPORTED
        except (AnchorError, TypeError):
            anchor = reanchor(
                document.text,
                quote=quote,
                prefix=str(record.get("prefix") or ""),
                suffix=str(record.get("suffix") or ""),
                hint=start if isinstance(start, int) else 0,
            )
            if anchor is None:
                raise _Refused([f"The quote “{_abridge(quote)}” is not in “{document.title}”."]) from None
            outcome = REANCHORED
            messages.append(f"Re-anchored: {start}-{end} in the file, {anchor.start}-{anchor.end} here.")
        if not isinstance(record.get("note") or "", str):
            raise _Refused(["note: not text."])
        if not isinstance(record.get("gold", False), bool):
            raise _Refused(["gold: use true or false."])
        note, status = record.get("note") or "", record.get("status") or ClaimStatus.DRAFT
        if status not in ClaimStatus.values:
            raise _Refused([f"status: “{status}” is not a claim status."])
        gold = record.get("gold", False)
        signature = (
            document.pk,
            anchor.start,
            anchor.end,
            str(record.get("reviewer") or "").strip(),
            gold,
            credibility
            if isinstance(credibility := confidence.get("credibility"), int)
            else repr(credibility),
            str(confidence.get("likelihood") or ""),
            note.strip(),
            status,
            tuple(
                (" ".join(str(hop.get("source_name") or "").split()).lower(), str(hop.get("cue")))
                for hop in chain
            ),
        )
        existing = self.written.get(signature)
        if existing is None and isinstance(credibility, int) and self._had_claims(document):
            existing = self._same_claim(signature)
        if existing is not None:
            return Outcome(0, MERGED, claim=existing, messages=["Already here: nothing written."])
        specs = [
            HopSpec(
                cue=str(hop.get("cue") or ""),
                source=self._source(hop, number),
                cue_text=str(hop.get("cue_text") or ""),
            )
            for number, hop in enumerate(chain, start=1)
        ]
        original = record.get("adjudicated_from")
        adjudicated = self.claim_ids.get(original) if isinstance(original, int | str) else None
        version = record.get("version")
        try:
            claim = services.claim_restore(
                document=document,
                author=self._reviewer(record.get("reviewer")),
                actor=self.actor,
                start=anchor.start,
                end=anchor.end,
                quote=anchor.quote,
                chain=specs,
                credibility=confidence.get("credibility"),
                likelihood=confidence.get("likelihood") or "",
                note=note,
                status=status,
                is_gold=gold,
                adjudicated_from=Claim.objects.filter(pk=adjudicated).first() if adjudicated else None,
                version=version if isinstance(version, int) and version > 0 else 1,
                reason=f"Imported from {self.label}."[:100],
            )
        except ValidationError as error:
            raise _Refused(_messages(error)) from None
        self._remember(self.written, signature, claim.pk)
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
    if actor is not None and not roles.is_moderator(actor):
        raise PermissionDenied("Only moderators import claims: imports keep each claim's status.")
    if atomic not in ATOMIC_MODES:
        raise ValueError(f"atomic must be one of {ATOMIC_MODES}")
    fmt = fmt or guess_format(handle, name=name, content_type=content_type)
    documents, items = read(handle, fmt)
    report = ImportReport(format=fmt, atomic=atomic, dry_run=dry_run)
    importer = _Importer(actor=actor, report=report, label=name or "an import")
    outer = transaction.atomic() if atomic == "file" or dry_run else nullcontext()
    try:
        with outer:
            with transaction.atomic():
                importer.import_documents(documents)
            pending = iter(wrap(items))
            while batch := list(islice(pending, BATCH)):
                with transaction.atomic():
                    for item in batch:
                        importer.import_item(item)
            if dry_run or (atomic == "file" and report.failed):
                raise _RollBack
    except _RollBack:
        return report
    report.committed = True
    return report
