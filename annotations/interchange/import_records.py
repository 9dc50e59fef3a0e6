"""Checking what an import file says, field by field: typed records or the reasons they are refused."""

from dataclasses import dataclass
from datetime import date, datetime

from django.core.exceptions import ValidationError

from .. import services
from ..domain.storable import printable, unstorable_reason
from ..models import ClaimStatus, Document
from .import_files import Refused, abridge, error_messages

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
        reason = unstorable_reason(value)  # PostgreSQL can neither store nor look up such text
        if reason:
            self._wrong(key, reason)
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
            self._wrong(key, f"{abridge(str(value), 20)} is out of range")
            return None
        return value

    def moment(self, key: str) -> datetime | None:
        """An ISO 8601 date-time with its time zone (as the export writes `created_at`)."""
        value = self.value.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self._wrong(key, "not text")
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            self._wrong(key, f"“{abridge(value, 40)}” is not a date-time")
            return None
        if moment.tzinfo is None:
            self._wrong(key, "give the time zone (e.g. 2026-11-24T10:00:00Z)")
            return None
        return moment

    def flag(self, key: str) -> bool:
        value = self.value.get(key, False)
        if value is not None and not isinstance(value, bool):
            self._wrong(key, "use true or false")
        return value is True

    def identifier(self, key: str) -> int | str | None:
        value = self.value.get(key)
        if isinstance(value, str) and unstorable_reason(value):
            self._wrong(key, str(unstorable_reason(value)))
            return None
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
class ImportedDocumentReference:
    """How a claim names its document: by its id in the file, content hash, address or title."""

    id: int | str | None = None
    content_hash: str = ""
    url: str = ""
    title: str = ""

    def __str__(self) -> str:
        return abridge(self.title or self.url or self.content_hash or str(self.id))


@dataclass(frozen=True)
class ImportedHop:
    source_name: str
    source_kind: str = ""
    reliability_grade: str = ""
    cue: str = ""
    cue_text: str = ""


@dataclass(frozen=True)
class ImportedClaim:
    """A claim read from a file, every value of the type it should have."""

    id: int | str | None
    document: ImportedDocumentReference
    start: int | None
    end: int | None
    quote: str
    prefix: str
    suffix: str
    chain: list[ImportedHop]
    credibility: int | None
    likelihood: str
    note: str
    status: str
    reviewer: str
    gold: bool
    adjudicated_from: int | str | None
    version: int
    created_at: datetime | None = None  # kept on restore: when the work was done
    updated_at: datetime | None = None


def record_file_id(record) -> int | str | None:
    """The claim's id in the file, for the report, when it is one."""
    value = record.get("id") if isinstance(record, dict) else None
    if isinstance(value, str):
        return printable(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _read_hop(value, number: int, problems: list[str]) -> ImportedHop:
    if not isinstance(value, dict):
        problems.append(f"Hop {number}: not an object.")
        return ImportedHop("")
    hop = _Fields(value, problems, f"Hop {number}, ")
    return ImportedHop(
        source_name=hop.text("source_name"),
        source_kind=hop.text("source_kind"),
        reliability_grade=hop.text("reliability_grade"),
        cue=hop.text("cue"),
        cue_text=hop.text("cue_text"),
    )


def read_claim(record: dict) -> ImportedClaim:
    """A record's values checked by type; raises `Refused` with every problem found."""
    problems: list[str] = []
    fields = _Fields(record, problems)
    reference = fields.object("document", "The claim does not say which document it is on.")
    document = (
        ImportedDocumentReference(
            id=reference.identifier("id"),
            content_hash=reference.text("content_hash"),
            url=reference.text("url"),
            title=reference.text("title"),
        )
        if reference
        else ImportedDocumentReference()
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
        problems.append(f"status: “{abridge(status)}” is not a claim status.")
    claim = ImportedClaim(
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
        created_at=fields.moment("created_at"),
        updated_at=fields.moment("updated_at"),
    )
    if problems:
        raise Refused(problems)
    return claim


@dataclass
class FileDocument:
    """A document the file carries: written with the first claim kept on it, never alone."""

    index: int
    line: int
    id: int | str | None
    title: str
    publisher: ImportedHop
    text: str
    content_hash: str
    url: str
    dateline: str
    published_on: date | None
    author: str = ""
    found_url: str = ""
    found_site: str = ""
    retrieved_at: datetime | None = None
    existing: Document | None = None  # the same text, already here before the import


def read_document(index: int, line: int, record) -> FileDocument:
    """A document record checked by type, by its hash and by the model's own field rules."""
    if not isinstance(record, dict):
        raise Refused(["Not a document object."])
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
            problems.append(f"published_on: “{abridge(published)}” is not a date (YYYY-MM-DD).")
    document = FileDocument(
        index=index,
        line=line,
        id=fields.identifier("id"),
        title=fields.text("title").strip(),
        publisher=ImportedHop(
            source_name=publisher.text("name"),
            source_kind=publisher.text("kind"),
            reliability_grade=publisher.text("reliability_grade"),
        )
        if publisher
        else ImportedHop(""),
        text=text,
        content_hash=fields.text("content_hash"),
        url=fields.text("url"),
        dateline=fields.text("dateline"),
        published_on=published_on,
        author=fields.text("author"),
        found_url=fields.text("found_url"),
        found_site=fields.text("found_site"),
        retrieved_at=fields.moment("retrieved_at"),
    )
    if text and document.content_hash and document.content_hash != services.content_hash(text):
        problems.append(f"The text of “{abridge(document.title)}” does not match its content_hash.")
    if not problems:
        # The model's own rules (lengths, a valid address), before anything is written.
        unsaved = Document(
            title=document.title,
            text=text,
            content_hash=services.content_hash(text),
            url=document.url,
            dateline=document.dateline,
            published_on=published_on,
            author=document.author,
            found_url=document.found_url,
            found_site=document.found_site,
        )
        try:
            unsaved.full_clean(
                exclude=["publisher", "fingerprint"], validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            problems.extend(error_messages(error))
    if problems:
        raise Refused(problems)
    return document
