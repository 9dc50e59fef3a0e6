"""Importing claims: place each item's document, re-anchor it, match its sources, write it, report it."""

from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from itertools import islice
from typing import IO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from .. import permissions, services
from ..domain.anchoring import AnchorError, anchor_span, reanchor
from ..domain.names import clean_name, name_key
from ..models import Claim, Document, Source
from ..scales import ReliabilityGrade, SourceKind
from ..services import HopSpec
from .import_files import ImportFileError as ImportFileError  # the API and the command catch it here
from .import_files import Item, Refused, abridge, error_messages, guess_format, read
from .import_records import (
    FileDocument,
    ImportedClaim,
    ImportedDocumentReference,
    ImportedHop,
    read_claim,
    read_document,
    record_file_id,
)

FORMATS = ("json", "jsonl", "w3c")


ATOMIC_MODES = ("item", "file")


IMPORTED, REANCHORED, MERGED, REFUSED = "imported", "reanchored", "merged", "refused"


OUTCOMES = (IMPORTED, REANCHORED, MERGED, REFUSED)


# Items are committed this many at a time, each in a savepoint of its own: a refused item
# still writes nothing, and the disk is not flushed once per claim.
BATCH = 500


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


class _RollBack(Exception):
    """Leaves the outer transaction: a dry run, or a whole-file import with a refused item."""


class _Importer:
    """Looks things up once per file; what an item creates is kept only if the item is."""

    def __init__(self, *, actor, report: ImportReport, label: str):
        self.actor = actor
        self.report = report
        self.label = label
        # The registry read once (an import names thousands of sources), keyed as
        # selectors.source_named decides: by name_key, a name winning over another's alias.
        registry = list(Source.objects.order_by("pk"))
        self.sources: dict[str, Source] = {}
        for source in registry:
            for key in source.aliases or []:
                self.sources.setdefault(name_key(key), source)
        for source in registry:
            self.sources[name_key(source.name)] = source
        self.users: dict[str, object] = {}
        # Documents the file carries, by their id in the file and by content hash; those new
        # here are written by the first item kept that places a claim on them.
        self.carried: dict[tuple[str, object], FileDocument] = {}
        self.carried_written: dict[int, Document] = {}
        self.documents_found: dict[ImportedDocumentReference, Document | None] = {}
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
        except Refused:
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
                document = read_document(index, line, record)
                self._source(document.publisher, number=0, create=False)
            except Refused as refused:
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

    def _write_document(self, carried: FileDocument) -> Document:
        """Store a document the file carries, and its publisher, as part of the claim's item."""
        publisher = self._source(carried.publisher, number=0)
        if publisher is None:
            raise Refused([f"The document on line {carried.line}: its publisher cannot be placed."])
        try:
            document, created = services.document_import(
                title=carried.title,
                publisher_name=publisher.name,
                text=carried.text,
                published_on=carried.published_on,
                dateline=carried.dateline,
                url=carried.url,
                imported_from=self.label,
                author=carried.author,
                found_url=carried.found_url,
                found_site=carried.found_site,
                retrieved_at=carried.retrieved_at,
            )
        except ValidationError as error:
            raise Refused(
                [f"The document on line {carried.line}: {m}" for m in error_messages(error)]
            ) from None
        self._remember(self.carried_written, carried.index, document)
        if created:  # whatever claims it gets, this import writes (and remembers)
            self.documents_with_claims[document.pk] = False
        # A lookup that found nothing before may find this document now.
        self.documents_found = {key: found for key, found in self.documents_found.items() if found}
        return document

    def _find_document(self, reference: ImportedDocumentReference) -> Document | FileDocument | None:
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

    def _source(self, hop: ImportedHop, number: int, *, create: bool = True) -> Source | None:
        """The hop's source from the registry, else added to it (`create=False`: only checked)."""
        where = f"Hop {number}: " if number else "Publisher: "
        name = clean_name(hop.source_name)
        if not name:
            raise Refused([f"{where}the source has no name."])
        grade = hop.reliability_grade or ReliabilityGrade.F
        known = self.sources.get(name_key(name))
        if known is not None:
            if create and grade != known.reliability_grade and known.name not in self.grade_notes:
                self.grade_notes.add(known.name)
                self.notes.append(
                    f"Kept the registry's grade {known.reliability_grade} for “{known.name}” "
                    f"(the file says {abridge(grade)})."
                )
            return known
        kind = hop.source_kind
        if kind not in SourceKind.values:
            raise Refused(
                [
                    f"{where}“{abridge(name)}” is not in the registry here and "
                    f"“{abridge(kind)}” is not a source kind."
                ]
            )
        if grade not in ReliabilityGrade.values:
            raise Refused([f"{where}“{abridge(grade)}” is not a reliability grade (A-F)."])
        if not create:
            return None
        try:
            source, _ = services.source_get_or_create(
                name=name, kind=kind, reliability_grade=grade, graded_by=self.actor
            )
        except ValidationError as error:
            raise Refused([f"{where}{message}" for message in error.messages]) from None
        self._remember(self.sources, name_key(name), source)
        return source

    def _reviewer(self, username: str):
        if not username:
            if self.actor is None:
                raise Refused(["The claim names no reviewer."])
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
                    raise Refused([f"Reviewer “{abridge(username)}”: {' '.join(error.messages)}"]) from None
                user.save()
                user.groups.add(Group.objects.get_or_create(name=permissions.REVIEWER)[0])
                self.created_reviewers.append(username)
            self._remember(self.users, username, user)
        return self.users[username]

    # --- claims

    def import_item(self, item: Item) -> None:
        """One claim: its document (when the file carries it), sources, reviewer and the claim
        itself are written in one savepoint, so a refused item leaves nothing behind."""
        file_id = record_file_id(item.record)
        if item.problem:
            self.report.items.append(Outcome(item.line, REFUSED, file_id, messages=[item.problem]))
            return
        self.notes = []
        self.created_reviewers = []
        try:
            record = read_claim(item.record or {})
            outcome = self._in_savepoint(lambda: self._claim(record))
        except Refused as refused:
            outcome = Outcome(item.line, REFUSED, file_id, messages=refused.messages)
        else:
            outcome.line, outcome.file_id = item.line, file_id
            outcome.messages.extend(self.notes)
            self.report.reviewers_created.extend(self.created_reviewers)
            if outcome.claim is not None and record.id is not None:
                self.claim_ids[record.id] = outcome.claim
        self.report.items.append(outcome)

    def _claim(self, record: ImportedClaim) -> Outcome:
        placed = self._find_document(record.document)
        if placed is None:
            raise Refused(
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
            found = reanchor(
                placed.text,
                quote=record.quote,
                prefix=record.prefix,
                suffix=record.suffix,
                hint=record.start or 0,
            )
            if found is None:
                raise Refused(
                    [f"The quote “{abridge(record.quote)}” is not in “{abridge(placed.title)}”."]
                ) from None
            anchor = found
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
            tuple((name_key(hop.source_name), hop.cue) for hop in record.chain),
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
                created_at=record.created_at,
                updated_at=record.updated_at,
            )
        except ValidationError as error:
            raise Refused(error_messages(error)) from None
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
            if tuple((name_key(hop.source.name), hop.cue) for hop in claim.chain) == chain:
                return claim.pk
        return None


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
