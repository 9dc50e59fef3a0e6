"""Writes of the article intake: raw captures, jobs and their items, saving an item as a document,
feeds. The work a job does (fetching, reading files) is `annotations.intake.jobs`, in a worker."""

import hashlib
from collections.abc import Sequence
from datetime import date
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone

from .. import permissions, selectors
from ..domain import near_duplicates
from ..domain.extraction import Extracted
from ..models import (
    Document,
    IntakeItem,
    IntakeJob,
    ItemStatus,
    JobKind,
    Membership,
    Project,
    RawCapture,
)
from .common import refuse_nul
from .documents import document_import


def require_adder(actor: User) -> None:
    if not permissions.can_add_articles(actor):
        raise PermissionDenied(permissions.ADD_ARTICLES_REFUSAL)


NO_PROJECT = "You are in no project: ask a moderator to add you to one (the articles you add go into it)."


def intake_project(*, actor: User, project: Project | None) -> Project | None:
    """The project added articles go into: the one chosen, if the person is on it; else their only
    project. Reviewers read only their projects' articles, so a reviewer always adds into one;
    moderators (who read everything) may add articles to no project and place them later."""
    require_adder(actor)
    if project is not None:
        if (
            not permissions.is_moderator(actor)
            and not Membership.objects.filter(project=project, user=actor).exists()
        ):
            raise PermissionDenied("You are not a member of that project: choose one of yours.")
        return project
    if permissions.is_moderator(actor):
        return None
    mine = list(Project.objects.filter(memberships__user=actor).order_by("name", "pk")[:2])
    if not mine:
        raise PermissionDenied(NO_PROJECT)
    if len(mine) > 1:
        raise ValidationError(
            {"project": "You are in several projects: choose the one these articles go into."}
        )
    return mine[0]


def _place(document: Document, project: Project | None) -> None:
    if project is not None:
        from .projects import project_add_documents

        # The person's own project (checked by intake_project): added as the system, not as a moderator.
        project_add_documents(project=project, actor=None, documents=[document])


def raw_capture_store(*, content: bytes, content_type: str = "", name: str = "") -> RawCapture:
    """Keep the bytes an article came from, once per SHA-256 (the same page twice is one row)."""
    digest = hashlib.sha256(content).hexdigest()
    existing = RawCapture.objects.filter(sha256=digest).first()
    if existing is not None:
        return existing
    capture = RawCapture(
        sha256=digest, content=content, content_type=content_type[:200], name=name[:500], size=len(content)
    )
    try:
        # A savepoint: the same bytes kept by another worker at this moment are theirs to keep.
        with transaction.atomic():
            capture.save()
    except IntegrityError:
        existing = RawCapture.objects.filter(sha256=digest).first()
        if existing is None:
            raise
        return existing
    return capture


def check_urls(urls: Sequence[str]) -> list[str]:
    """The addresses, one per line, checked for shape (fetching checks where they lead)."""
    validate = URLValidator(schemes=["http", "https"])
    cleaned, problems = [], []
    for number, url in enumerate(urls, start=1):
        url = url.strip()
        if not url:
            continue
        try:
            refuse_nul(url=url)
            validate(url)
        except ValidationError:
            problems.append(f"Line {number}: “{url[:200]}” is not an http or https address.")
            continue
        if len(url) > 2000:
            problems.append(f"Line {number}: the address is over 2,000 characters.")
            continue
        if url not in cleaned:
            cleaned.append(url)
    if problems:
        raise ValidationError({"urls": problems})
    if not cleaned:
        raise ValidationError({"urls": "Give at least one address, one per line."})
    if len(cleaned) > settings.INTAKE_MAX_ITEMS:
        raise ValidationError({"urls": f"At most {settings.INTAKE_MAX_ITEMS} addresses at once."})
    return cleaned


def _check_publisher(publisher_name: str) -> str:
    refuse_nul(publisher=publisher_name)
    if len(publisher_name.strip()) > 200:
        raise ValidationError({"publisher": "A publisher's name is at most 200 characters."})
    return publisher_name.strip()


def _new_job(
    kind: str,
    actor: User,
    project: Project | None,
    review: bool,
    publisher_name: str,
    total: int,
    force: bool,
) -> IntakeJob:
    return IntakeJob.objects.create(
        kind=kind,
        project=project,
        created_by=actor,
        review=review,
        publisher_name=publisher_name,
        total=total,
        options={"force": force},
    )


def _enqueue(job: IntakeJob) -> None:
    from ..intake.tasks import run_claim_import_job, run_intake_job

    # Queued in this transaction (the database backend writes the task as a row): the job and
    # its task commit together, or neither does.
    task = run_claim_import_job if job.kind == JobKind.CLAIMS else run_intake_job
    task.enqueue(job.pk)


@transaction.atomic
def job_for_urls(
    *,
    actor: User,
    urls: Sequence[str],
    review: bool,
    publisher_name: str = "",
    force: bool = False,
    project: Project | None = None,
) -> IntakeJob:
    """A background job that fetches each address and reads its article."""
    target = intake_project(actor=actor, project=project)
    cleaned = check_urls(urls)
    publisher_name = _check_publisher(publisher_name)
    job = _new_job(JobKind.URLS, actor, target, review, publisher_name, len(cleaned), force)
    IntakeItem.objects.bulk_create(
        [IntakeItem(job=job, position=i, label=url) for i, url in enumerate(cleaned)]
    )
    _enqueue(job)
    return job


@transaction.atomic
def job_for_files(
    *,
    actor: User,
    files: Sequence[tuple[str, bytes, str]],
    review: bool,
    publisher_name: str = "",
    force: bool = False,
    project: Project | None = None,
) -> IntakeJob:
    """A background job that reads each uploaded file (name, content, content type); the bytes are
    kept as raw captures first, so the worker (on any machine) reads them from the database."""
    target = intake_project(actor=actor, project=project)
    if not files:
        raise ValidationError({"files": "Choose at least one file."})
    if len(files) > settings.INTAKE_MAX_ITEMS:
        raise ValidationError({"files": f"At most {settings.INTAKE_MAX_ITEMS} files at once."})
    publisher_name = _check_publisher(publisher_name)
    job = _new_job(JobKind.FILES, actor, target, review, publisher_name, len(files), force)
    items = []
    for position, (name, content, content_type) in enumerate(files):
        name = (name or f"file {position + 1}")[:500]
        if len(content) > settings.INTAKE_MAX_FILE_BYTES and not name.lower().endswith(".zip"):
            items.append(
                IntakeItem(
                    job=job,
                    position=position,
                    label=name,
                    status=ItemStatus.FAILED,
                    reason=f"The file is over {settings.INTAKE_MAX_FILE_BYTES // 2**20} MiB.",
                )
            )
            continue
        raw = raw_capture_store(content=content, content_type=content_type, name=name)
        items.append(IntakeItem(job=job, position=position, label=name, raw=raw))
    IntakeItem.objects.bulk_create(items)
    _enqueue(job)
    return job


@transaction.atomic
def job_for_claim_import(
    *, actor: User, content: bytes, name: str, fmt: str | None, atomic: str, content_type: str
) -> IntakeJob:
    """A claim import too big to run within a request: the file is kept, a worker imports it."""
    if not permissions.is_moderator(actor):
        raise PermissionDenied("Only moderators import claims: imports keep each claim's status.")
    job = IntakeJob.objects.create(
        kind=JobKind.CLAIMS,
        created_by=actor,
        options={"format": fmt, "atomic": atomic, "content_type": content_type},
    )
    raw = raw_capture_store(content=content, content_type=content_type, name=name or "import")
    IntakeItem.objects.create(job=job, position=0, label=name or "request body", raw=raw)
    _enqueue(job)
    return job


def item_fill(item: IntakeItem, article: Extracted, *, publisher_name: str = "") -> None:
    """Put what was read into the item (not saved): the publisher is the one given for the job,
    else the one the article names, else the registry's source for the site, else the site."""
    item.title = article.title[:500]
    item.text = article.text
    item.author = article.author[:300]
    item.published_on = article.published_on
    item.dateline = article.dateline[:200]
    item.url = article.url[:2000] if article.url else item.url
    host = (urlsplit(item.found_url).hostname or "") if item.found_url else ""
    site = selectors.source_for_site(host=host, site_name=article.site_name)
    item.found_site = (article.site_name or (site.name if site else "") or host)[:200]
    item.publisher_name = (
        publisher_name or article.publisher or (site.name if site else "") or article.site_name or host
    )[:200]


def item_triage(item: IntakeItem) -> bytes | None:
    """Mark an extracted item: already stored, a near-duplicate of a stored one, or ready.

    Returns the text's fingerprint, which the near-duplicate check computed, for storing the item
    without computing it again (`item_store_now`); None when the same text is already stored.
    """
    exact = Document.objects.filter(content_hash=_hash(item.text)).only("pk").first()
    if exact is not None:
        item.status, item.document, item.reason = (
            ItemStatus.DUPLICATE,
            exact,
            "The same text is already stored.",
        )
        return None
    signature = near_duplicates.fingerprint(item.text)
    near = selectors.near_duplicate(text=item.text, signature=signature)
    if near is not None:
        item.status = ItemStatus.NEAR_DUPLICATE
        item.similar_to, item.similarity = near.document, near.similarity
        item.reason = (
            f"{round(near.similarity * 100)}% alike with a stored article: open it, or import anyway."
        )
        return signature
    item.status = ItemStatus.READY
    return signature


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def item_save(
    *,
    item: IntakeItem,
    actor: User,
    title: str | None = None,
    publisher_name: str | None = None,
    published_on: date | None = None,
    force: bool = False,
) -> IntakeItem:
    """Store a checked item as a document, with the title, publisher and date the person gave.
    A near-duplicate is stored only with `force` ("import anyway")."""
    require_adder(actor)
    with transaction.atomic():
        item = IntakeItem.objects.select_for_update().select_related("job").get(pk=item.pk)
        if item.job.created_by_id != actor.pk and not permissions.is_moderator(actor):
            raise PermissionDenied("This is someone else's import.")
        if item.status == ItemStatus.IMPORTED:
            return item
        if item.status not in (ItemStatus.READY, ItemStatus.NEAR_DUPLICATE):
            raise ValidationError(f"This item cannot be saved: it is “{item.get_status_display()}”.")
        if item.status == ItemStatus.NEAR_DUPLICATE and not force:
            raise ValidationError("This article is a near-duplicate: choose “Import anyway” to keep both.")
        signature = None
        if item.status == ItemStatus.READY and not force:
            # Asked again now: an article stored since this one was read (another item of the
            # same import, say) may be the one it republishes.
            signature = item_triage(item)
            if item.status != ItemStatus.READY:
                item.save(update_fields=["status", "reason", "document", "similar_to", "similarity"])
                return item
        if title is not None:
            item.title = title
        if publisher_name is not None:
            item.publisher_name = publisher_name
        if published_on is not None:
            item.published_on = published_on
        _store(item, actor, fingerprint=signature)
    return item


def _store(item: IntakeItem, actor: User | None, *, fingerprint: bytes | None) -> None:
    """Store the item's article (inside the caller's transaction) and mark what became of it;
    `fingerprint` is its text's, when `item_triage` has just computed it."""
    document, created = document_import(
        title=item.title,
        publisher_name=item.publisher_name,
        text=item.text,
        published_on=item.published_on,
        dateline=item.dateline,
        url=item.url,
        imported_from=item.label[:500],
        author=item.author,
        found_url=item.found_url,
        found_site=item.found_site,
        retrieved_at=item.retrieved_at,
        raw=item.raw,
        added_by=actor,
        fingerprint=fingerprint,
    )
    _place(document, item.job.project)
    item.document = document
    if created:
        item.status, item.reason = ItemStatus.IMPORTED, ""
    else:
        item.status, item.reason = ItemStatus.DUPLICATE, "The same text is already stored."
    item.save()


def item_store_now(
    *, item: IntakeItem, actor: User | None, force: bool = False, fingerprint: bytes | None = None
) -> None:
    """A job without review (the API, feeds) stores each triaged item at once; near-duplicates
    only when the job was asked to (`force`). `fingerprint` is what `item_triage` returned."""
    if item.status == ItemStatus.READY or (item.status == ItemStatus.NEAR_DUPLICATE and force):
        with transaction.atomic():
            _store(item, actor, fingerprint=fingerprint)
    else:
        item.save()


def item_discard(*, item: IntakeItem, actor: User) -> IntakeItem:
    require_adder(actor)
    with transaction.atomic():
        item = IntakeItem.objects.select_for_update().select_related("job").get(pk=item.pk)
        if item.job.created_by_id != actor.pk and not permissions.is_moderator(actor):
            raise PermissionDenied("This is someone else's import.")
        if item.status in (ItemStatus.READY, ItemStatus.NEAR_DUPLICATE):
            item.status, item.reason = ItemStatus.DISCARDED, "Not imported."
            item.save(update_fields=["status", "reason"])
    return item


@transaction.atomic
def document_paste(
    *,
    actor: User,
    title: str,
    publisher_name: str,
    text: str,
    published_on: date | None = None,
    url: str = "",
    force: bool = False,
    project: Project | None = None,
) -> tuple[Document, bool]:
    """An article typed or pasted in. Refuses a near-duplicate unless `force`."""
    target = intake_project(actor=actor, project=project)
    from ..domain.extraction import clean_text

    refuse_nul(text=text)
    text = clean_text(text)
    signature = None
    if not force and not Document.objects.filter(content_hash=_hash(text)).exists():
        signature = near_duplicates.fingerprint(text)
        near = selectors.near_duplicate(text=text, signature=signature)
        if near is not None:
            raise NearDuplicateError(near.document, near.similarity)
    document, created = document_import(
        title=title,
        publisher_name=publisher_name,
        text=text,
        published_on=published_on,
        url=url,
        found_url=url,
        imported_from="pasted",
        added_by=actor,
        retrieved_at=timezone.now(),
        fingerprint=signature,
    )
    _place(document, target)
    return document, created


class NearDuplicateError(ValidationError):
    def __init__(self, document: Document, similarity: float):
        self.document, self.similarity = document, similarity
        super().__init__(
            f"This text is {round(similarity * 100)}% alike with “{document.title}” "
            f"(document {document.pk}): open it, or import anyway."
        )
