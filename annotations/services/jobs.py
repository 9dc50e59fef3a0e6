"""A job's life after it is queued: its worker ends it (`job_finish`), a reader gives it up when its
worker died (`jobs_fail_stale`), and its owner runs it again (`job_retry`). Making a job and reading
its items are in `intake`."""

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from .. import permissions
from ..models import IntakeJob, ItemStatus, JobStatus
from .intake import _enqueue, require_adder


def job_finish(job: IntakeJob, *, error: str = "") -> None:
    """End the worker's run of the job: done, or failed with `error`. A run given up meanwhile
    (`jobs_fail_stale`) keeps the reason it was given up for."""
    IntakeJob.objects.filter(pk=job.pk, status=JobStatus.RUNNING, started_at=job.started_at).update(
        status=JobStatus.FAILED if error else JobStatus.DONE, error=error, finished_at=timezone.now()
    )


STALE_JOB_REASON = (
    "The worker stopped while this job was running (no progress for {minutes:g} minutes): "
    "what it finished is kept. Run it again to do the rest."
)


def jobs_fail_stale(*, now: datetime | None = None) -> list[int]:
    """Mark failed the running jobs whose worker has shown no progress for INTAKE_JOB_STALE_MINUTES
    (it was killed, or its machine restarted: a dead worker cannot say so itself), with a reason
    that says to run them again. Returns their ids. Asked wherever jobs are shown, so a person
    never watches a dead job: the usual answer, nothing stale, costs one query."""
    now = now or timezone.now()
    minutes = settings.INTAKE_JOB_STALE_MINUTES
    stale = IntakeJob.objects.alias(
        # A job started before progress was recorded has none: its start stands for it.
        progressed=Coalesce("last_progress_at", "started_at", "created_at")
    ).filter(status=JobStatus.RUNNING, progressed__lt=now - timedelta(minutes=minutes))
    if not stale.exists():
        return []
    with transaction.atomic():
        # Locked, and so read again as committed: progress a worker wrote since, or another
        # reader's marking, wins. A row locked right now is a worker's (mid-write) or another
        # reader's: skipped, not waited for.
        given_up = list(stale.select_for_update(skip_locked=True).values_list("pk", flat=True))
        IntakeJob.objects.filter(pk__in=given_up).update(
            status=JobStatus.FAILED, error=STALE_JOB_REASON.format(minutes=minutes), finished_at=now
        )
    return given_up


def job_retryable(*, job: IntakeJob, pending_items: int) -> bool:
    """A failed job with items still waiting can be run again; one that read them all has nothing
    left to do (a claim import's one item waits until the import ends)."""
    return job.status == JobStatus.FAILED and pending_items > 0


def job_retry(*, job: IntakeJob, actor: User) -> IntakeJob:
    """Queue a failed job again. An intake job reads only the items still waiting (those read are
    kept); a claim import runs whole again, which writes nothing twice (claims already here merge)."""
    require_adder(actor)
    with transaction.atomic():
        job = IntakeJob.objects.select_for_update().get(pk=job.pk)
        if job.created_by_id != actor.pk and not permissions.is_moderator(actor):
            raise PermissionDenied("This is someone else's import.")
        if not job_retryable(job=job, pending_items=job.items.filter(status=ItemStatus.PENDING).count()):
            raise ValidationError("Only a failed import with items still to read can be run again.")
        job.status, job.error, job.finished_at = JobStatus.QUEUED, "", None
        job.save(update_fields=["status", "error", "finished_at"])
        _enqueue(job)
    job.refresh_from_db()  # (a backend that runs tasks at once has run it already)
    return job
