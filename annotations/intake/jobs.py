"""The work of an intake job, run by a background worker: each item fetched or read, extracted,
checked for duplicates, then left for a person to check (`review`) or stored at once.

Each item is its own transaction: a failure is that item's reason, the others go on, and the
progress (`done` of `total`, and `last_progress_at`) moves as each one finishes.

A worker killed mid-job cannot say so: its job is given up by `services.jobs_fail_stale` once it
has shown no progress for INTAKE_JOB_STALE_MINUTES, and may then be run again. Each run is known
by its `started_at`, and every progress write names it: a worker that was only slow, not dead,
finds its run given up (or started again elsewhere) and stops, rather than race the new run.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .. import services
from ..domain.extraction import ExtractionError, from_html, from_pdf, from_text, read_file, zip_members
from ..models import IntakeItem, IntakeJob, ItemStatus, JobKind, JobStatus
from .fetching import FetchError, fetch
from .limits import limited

logger = logging.getLogger(__name__)

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/pdf")


class RunGivenUp(Exception):
    """This run's job was given up as stale (or queued and started again): stop, write nothing more."""


def _start(job_id: int) -> IntakeJob | None:
    """The queued job, claimed for this run; None when there is none (finished, or another run's)."""
    job = IntakeJob.objects.filter(pk=job_id).select_related("created_by").first()
    if job is None:
        return None
    now = timezone.now()
    claimed = IntakeJob.objects.filter(pk=job.pk, status=JobStatus.QUEUED).update(
        status=JobStatus.RUNNING, started_at=now, last_progress_at=now
    )
    if not claimed:
        return None
    job.status, job.started_at, job.last_progress_at = JobStatus.RUNNING, now, now
    return job


def _progress(job: IntakeJob, **fields) -> None:
    """Write the job's progress and that its worker is alive, if the job is still this run's."""
    written = IntakeJob.objects.filter(pk=job.pk, status=JobStatus.RUNNING, started_at=job.started_at).update(
        last_progress_at=timezone.now(), **fields
    )
    if not written:
        raise RunGivenUp(f"intake job {job.pk} was given up while this worker ran it")


def run_job(job_id: int) -> None:
    job = _start(job_id)
    if job is None:
        return
    try:
        position = 0
        while True:
            # Items are read a few at a time: a zip adds items as it is opened.
            items = list(
                job.items.filter(status=ItemStatus.PENDING, position__gte=position).order_by("position")[:50]
            )
            if not items:
                break
            for item in items:
                position = item.position + 1
                item.job = job  # (read once for all its items)
                _run_item(job, item)
        # Items that failed before the job ran (too large to keep) count as done too.
        finished = job.items.exclude(status=ItemStatus.PENDING).count()
        _progress(job, done=finished, total=job.items.count())
    except RunGivenUp:
        logger.warning("intake job %s was given up as stale while this worker ran it: stopped", job.pk)
        return
    except Exception as error:  # the job must end as failed, not stay "running", whatever happened
        logger.exception("intake job %s failed", job.pk)
        services.job_finish(job, error=f"The job stopped: {type(error).__name__}.")
        raise
    services.job_finish(job)


def _run_item(job: IntakeJob, item: IntakeItem) -> None:
    try:
        # Fetching and reading hold no transaction open (they can take a while) ...
        if job.kind in (JobKind.URLS, JobKind.FEED):
            _read_address(job, item)
        else:
            _read_upload(job, item)
        # ... storing is a savepoint: a write the database refuses leaves the item to be marked
        # failed, and the job (or the request running it) goes on.
        with transaction.atomic():
            if item.status == ItemStatus.PENDING:
                signature = services.item_triage(item)
                if job.review:
                    item.save()
                else:
                    force = bool(job.options.get("force"))
                    services.item_store_now(
                        item=item, actor=job.created_by, force=force, fingerprint=signature
                    )
    except (ExtractionError, FetchError) as error:
        _fail(item, str(error))
    except RunGivenUp:
        raise  # not this item's fault: the whole run stops
    except Exception as error:  # one bad item must not stop the others
        from django.core.exceptions import ValidationError

        if isinstance(error, ValidationError):
            _fail(item, " ".join(error.messages))
        else:
            logger.exception("intake item %s failed", item.pk)
            _fail(item, f"Could not be read ({type(error).__name__}).")
    _progress(job, done=F("done") + 1)


def _fail(item: IntakeItem, reason: str) -> None:
    """Only the status and a printable reason are written: whatever else was read may be what
    the database refused."""
    reason = "".join(ch if ch.isprintable() else " " for ch in reason)[:2000]
    IntakeItem.objects.filter(pk=item.pk).update(status=ItemStatus.FAILED, reason=reason, text="")
    item.status, item.reason, item.text = ItemStatus.FAILED, reason, ""


def _read_address(job: IntakeJob, item: IntakeItem) -> None:
    page = fetch(item.label, accept=PAGE_TYPES)
    raw = services.raw_capture_store(content=page.content, content_type=page.content_type, name=page.url)
    item.raw, item.found_url, item.retrieved_at = raw, page.url, page.retrieved_at
    if page.content_type == "application/pdf" or page.content.startswith(b"%PDF-"):
        article = limited(from_pdf, page.content, name=page.url)
    elif page.content_type == "text/plain":
        article = limited(from_text, page.content, name=page.url, charset=page.charset)
    else:
        article = limited(from_html, page.content, url=page.url, charset=page.charset, name=page.url)
    publisher = job.publisher_name or (job.feed.publisher.name if job.feed and job.feed.publisher else "")
    services.item_fill(item, article, publisher_name=publisher)


def _read_upload(job: IntakeJob, item: IntakeItem) -> None:
    if item.raw is None:
        raise ExtractionError("The file was not kept.")
    content = bytes(item.raw.content)
    name = item.label
    # A zip's members are read; a zip inside one is not opened (read_file says so).
    is_member = " › " in name
    is_zip = name.lower().endswith(".zip") or (
        content.startswith(b"PK\x03\x04") and not name.lower().endswith(".docx")
    )
    if is_zip and not is_member:
        _unpack(job, item, content)
        return
    article = limited(read_file, name, content, content_type=item.raw.content_type)
    services.item_fill(item, article, publisher_name=job.publisher_name)


def _unpack(job: IntakeJob, item: IntakeItem, content: bytes) -> None:
    """A zip becomes one item per file in it, added to the end of the job."""
    members = zip_members(
        content,
        max_member_bytes=settings.INTAKE_MAX_FILE_BYTES,
        max_total_bytes=settings.INTAKE_MAX_UPLOAD_BYTES,
    )
    # However many zips one upload holds, a job stays within bounds.
    unpacked = job.options.get("unpacked_bytes", 0) + sum(len(data) for _, data in members)
    if unpacked > 2 * settings.INTAKE_MAX_UPLOAD_BYTES:
        raise ExtractionError("This import's zips unpack to more than is read at once: send fewer.")
    if job.items.count() + len(members) > settings.INTAKE_MAX_JOB_ITEMS:
        raise ExtractionError(
            f"An import holds at most {settings.INTAKE_MAX_JOB_ITEMS} articles: send fewer."
        )
    job.options["unpacked_bytes"] = unpacked
    _progress(job, options=job.options)
    with transaction.atomic():
        last = job.items.order_by("-position").values_list("position", flat=True).first() or 0
        new = [
            IntakeItem(
                job=job,
                position=last + 1 + i,
                label=f"{item.label} › {name}"[:2000],
                raw=services.raw_capture_store(content=data, name=name),
            )
            for i, (name, data) in enumerate(members)
        ]
        IntakeItem.objects.bulk_create(new)
        _progress(job, total=F("total") + len(new))
        item.status, item.reason = ItemStatus.UNPACKED, f"{len(new)} files inside."
        item.save()


def run_claim_import(job_id: int) -> None:
    """A big claim import (POST /api/v1/import/ past IMPORT_BACKGROUND_BYTES): the file kept as a raw
    capture is imported as the request would have, with progress, and its report kept on the job."""
    import io

    from ..interchange import claim_import

    job = _start(job_id)
    if job is None:
        return
    item = job.items.select_related("raw").get()
    content = bytes(item.raw.content) if item.raw else b""
    options = job.options

    def counted(items):
        # The total is known once the file is read: a list's length, or a JSON-lines file's lines.
        total = len(items) if isinstance(items, list) else content.count(b"\n") + 1
        _progress(job, total=total)
        for number, entry in enumerate(items, start=1):
            if number % 200 == 0:
                _progress(job, done=number)
            yield entry

    try:
        report = claim_import.import_claims(
            io.BytesIO(content),
            fmt=options.get("format"),
            actor=job.created_by,
            atomic=options.get("atomic", "item"),
            name=item.label,
            content_type=options.get("content_type", ""),
            wrap=counted,
        )
    except claim_import.ImportFileError as error:
        _fail(item, str(error))
        services.job_finish(job, error=str(error))
        return
    except RunGivenUp:
        # (Batches already committed are kept; with atomic=file, nothing is: the whole import rolled back.)
        logger.warning("claim import job %s was given up as stale while this worker ran it: stopped", job.pk)
        return
    except Exception as error:
        logger.exception("claim import job %s failed", job.pk)
        services.job_finish(job, error=f"The import stopped: {type(error).__name__}; nothing more was kept.")
        raise
    body = report.as_dict()
    done = sum(body["counts"].values()) if isinstance(body.get("counts"), dict) else 0
    try:
        _progress(job, report=body, done=done, total=done)
    except RunGivenUp:
        logger.warning("claim import job %s was given up as stale as it finished", job.pk)
        return
    item.status = ItemStatus.IMPORTED if report.committed else ItemStatus.FAILED
    item.reason = "" if report.committed else "Nothing was imported (atomic=file and a refused item)."
    item.save()
    services.job_finish(job)
