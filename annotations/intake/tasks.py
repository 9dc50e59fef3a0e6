"""The background tasks (django-tasks): queued in the database, run by `manage.py db_worker`."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskResultStatus, default_task_backend, task

from . import feeds, jobs


@task()
def run_intake_job(job_id: int) -> None:
    jobs.run_job(job_id)


@task()
def run_claim_import_job(job_id: int) -> None:
    jobs.run_claim_import(job_id)


@task()
def check_feeds() -> None:
    """Check the feeds that are due, then queue the next check: the schedule keeps itself going."""
    try:
        feeds.check_due_feeds()
    finally:
        schedule_feed_checks()


def schedule_feed_checks(*, now: bool = False) -> None:
    """Queue a feed check (in FEED_INTERVAL_MINUTES, or now) unless one is already waiting."""
    if not default_task_backend.supports_defer:
        if now:  # a backend that runs tasks at once (the tests): check now, schedule nothing
            feeds.check_due_feeds()
        return
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.filter(task_path=check_feeds.module_path, status=TaskResultStatus.READY)
    if now:
        waiting.delete()
    elif waiting.exists():
        return
    run_after = None if now else timezone.now() + timedelta(minutes=settings.FEED_INTERVAL_MINUTES)
    check_feeds.using(run_after=run_after).enqueue()
