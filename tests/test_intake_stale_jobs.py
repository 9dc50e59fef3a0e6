"""A worker killed mid-job (SIGKILL, a restart) cannot say so: its job, running with no progress
for INTAKE_JOB_STALE_MINUTES, is marked failed with the reason, and can be run again for the rest.

Times are set on the rows (or passed as `now`), never waited for."""

import threading
from datetime import timedelta
from unittest import mock

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, connections, transaction
from django.urls import reverse
from django.utils import timezone

from annotations import services
from annotations.intake import jobs
from annotations.models import IntakeJob, ItemStatus, JobKind, JobStatus

from .factories import UserFactory
from .helpers import HTMX, api, at_once, page_client

REASON = "The worker stopped while this job was running"
TEXT = (
    "The regional council said on Friday that the ferry service would resume in April.\n"
    "Operators told the Island Courier that two new vessels had been leased for the season."
)
OTHER_TEXT = (
    "Dock workers at the port of Antwerp walked out on Tuesday over a dispute about night shifts.\n"
    "The union said the strike would last until the operators agreed to talks."
)


@pytest.fixture
def tasks_wait(settings):
    """Jobs queue and wait, as for a worker that has not taken them yet (the test plays the worker)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def files_job(actor, *, review: bool = True) -> IntakeJob:
    files = [
        ("ferry.txt", f"Ferry to resume\n{TEXT}".encode(), "text/plain"),
        ("strike.txt", f"Dock strike\n{OTHER_TEXT}".encode(), "text/plain"),
    ]
    return services.job_for_files(actor=actor, files=files, review=review, publisher_name="Courier")


def minutes_ago(minutes: float):
    return timezone.now() - timedelta(minutes=minutes)


def running(job: IntakeJob, *, progress_minutes_ago: float | None, started_minutes_ago: float = 60) -> None:
    """The job as a worker left it: running since `started_minutes_ago`, last progress as given."""
    IntakeJob.objects.filter(pk=job.pk).update(
        status=JobStatus.RUNNING,
        started_at=minutes_ago(started_minutes_ago),
        last_progress_at=None if progress_minutes_ago is None else minutes_ago(progress_minutes_ago),
        finished_at=None,
        error="",
    )


def killed_after_its_first_item(job: IntakeJob, *, progress_minutes_ago: float) -> None:
    """A finished job put back as a worker killed before its second item would have left it."""
    second = job.items.get(position=1)
    second.status, second.text, second.title = ItemStatus.PENDING, "", ""
    second.save()
    running(job, progress_minutes_ago=progress_minutes_ago)
    IntakeJob.objects.filter(pk=job.pk).update(done=1)


def stale() -> float:
    return settings.INTAKE_JOB_STALE_MINUTES + 1


# --- which jobs are given up --------------------------------------------------------------


@pytest.mark.parametrize(
    ("progress", "started", "given_up"),
    [
        (stale(), 60, True),  # no progress for longer than the limit
        (1, 60, False),  # a long job that moved a minute ago is alive
        (None, 60, True),  # started before progress was recorded: its start stands for it
        (None, 1, False),
    ],
)
def test_a_running_job_is_failed_only_after_the_limit_without_progress(
    reviewer, tasks_wait, progress, started, given_up
):
    job = files_job(reviewer)
    running(job, progress_minutes_ago=progress, started_minutes_ago=started)

    assert services.jobs_fail_stale() == ([job.pk] if given_up else [])

    job.refresh_from_db()
    if given_up:
        assert job.status == JobStatus.FAILED and job.finished and job.finished_at is not None
        assert job.error.startswith(REASON) and "Run it again" in job.error
    else:
        assert job.status == JobStatus.RUNNING and job.error == "" and job.finished_at is None


def test_queued_and_finished_jobs_are_never_given_up(reviewer, tasks_wait):
    queued = files_job(reviewer)
    done = files_job(reviewer)
    IntakeJob.objects.filter(pk=done.pk).update(status=JobStatus.DONE, last_progress_at=minutes_ago(999))
    IntakeJob.objects.filter(pk=queued.pk).update(created_at=minutes_ago(999))
    assert services.jobs_fail_stale() == []
    assert IntakeJob.objects.get(pk=queued.pk).status == JobStatus.QUEUED
    assert IntakeJob.objects.get(pk=done.pk).status == JobStatus.DONE


def test_a_worker_records_progress_as_it_goes(reviewer, tasks_wait):
    job = files_job(reviewer)
    before = timezone.now()
    jobs.run_job(job.pk)
    job.refresh_from_db()
    assert job.status == JobStatus.DONE and job.done == job.total == 2
    assert job.started_at >= before and job.last_progress_at >= job.started_at


# --- what a person sees -------------------------------------------------------------------


def test_the_job_page_of_a_dead_worker_shows_the_reason_stops_polling_and_offers_to_run_it_again(
    reviewer, tasks_wait
):
    job = files_job(reviewer)
    running(job, progress_minutes_ago=stale())
    url = reverse("annotations:intake-job", args=[job.pk])

    poll = page_client(reviewer).get(url, **HTMX).content.decode()

    assert REASON in poll and "hx-trigger" not in poll and "Run it again" in poll
    assert IntakeJob.objects.get(pk=job.pk).status == JobStatus.FAILED
    listed = page_client(reviewer).get(reverse("annotations:add-articles")).content.decode()
    assert REASON in listed


def test_the_job_page_of_a_live_worker_keeps_polling(reviewer, tasks_wait):
    job = files_job(reviewer)
    running(job, progress_minutes_ago=1)
    url = reverse("annotations:intake-job", args=[job.pk])
    poll = page_client(reviewer).get(url, **HTMX).content.decode()
    assert 'hx-trigger="every 1s"' in poll and REASON not in poll and "Run it again" not in poll
    assert IntakeJob.objects.get(pk=job.pk).status == JobStatus.RUNNING


def test_a_script_following_the_job_reads_it_as_failed_with_the_reason(reviewer, tasks_wait):
    job = files_job(reviewer, review=False)
    running(job, progress_minutes_ago=stale())
    body = api(reviewer).get(f"/api/v1/jobs/{job.pk}/").json()
    assert body["status"] == "failed" and body["error"].startswith(REASON)
    assert body["last_progress_at"] is not None and body["finished_at"] is not None


# --- running it again ---------------------------------------------------------------------


def test_running_it_again_reads_only_the_items_still_waiting(reviewer):
    client = page_client(reviewer)
    job = files_job(reviewer)  # (read at once: the tests' tasks run in the request)
    first = job.items.get(position=0)
    first.title = "Corrected by hand"
    first.save()
    killed_after_its_first_item(job, progress_minutes_ago=stale())
    client.get(reverse("annotations:intake-job", args=[job.pk]))  # the person opens the page

    response = client.post(reverse("annotations:intake-job-retry", args=[job.pk]), follow=True)

    job.refresh_from_db()
    assert job.status == JobStatus.DONE and job.error == "" and job.done == job.total == 2
    second = job.items.get(position=1)
    assert second.status == ItemStatus.READY and second.title == "Dock strike" and second.text == OTHER_TEXT
    assert job.items.get(position=0).title == "Corrected by hand"  # not read again
    assert "will run again" in response.content.decode()


def test_only_a_failed_job_with_items_waiting_is_run_again(reviewer, other_reviewer):
    job = files_job(reviewer)
    job.refresh_from_db()
    assert job.status == JobStatus.DONE
    with pytest.raises(ValidationError):
        services.job_retry(job=job, actor=reviewer)
    killed_after_its_first_item(job, progress_minutes_ago=stale())
    services.jobs_fail_stale()
    url = reverse("annotations:intake-job-retry", args=[job.pk])
    assert page_client(other_reviewer).post(url).status_code == 404
    assert IntakeJob.objects.get(pk=job.pk).status == JobStatus.FAILED


def test_a_claim_import_given_up_runs_whole_again(moderator, document, settings):
    from annotations.models import Claim

    from .factories import ClaimFactory
    from .helpers import export

    ClaimFactory(document=document, author=moderator, words="Turkey will not abandon its S-400 systems")
    _, body = export(moderator, format="jsonl", status="draft")
    Claim.objects.all().delete()
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    job = services.job_for_claim_import(
        actor=moderator, content=body.encode(), name="claims.jsonl", fmt=None, atomic="item", content_type=""
    )
    running(job, progress_minutes_ago=stale())
    assert services.jobs_fail_stale() == [job.pk]
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

    job = services.job_retry(job=job, actor=moderator)

    assert job.kind == JobKind.CLAIMS and job.status == JobStatus.DONE
    assert job.report["committed"] and Claim.objects.count() == 1


# --- a worker that was only slow ----------------------------------------------------------


def test_a_worker_whose_job_was_given_up_meanwhile_stops_and_leaves_the_reason(reviewer, tasks_wait):
    job = files_job(reviewer)
    read = jobs._read_upload

    def read_then_be_given_up(job_run, item):
        read(job_run, item)
        if item.position == 0:  # a reader an hour on finds no progress since the start
            later = timezone.now() + timedelta(minutes=stale())
            assert services.jobs_fail_stale(now=later) == [job.pk]

    with mock.patch.object(jobs, "_read_upload", side_effect=read_then_be_given_up):
        jobs.run_job(job.pk)

    job.refresh_from_db()
    assert job.status == JobStatus.FAILED and job.error.startswith(REASON)
    assert job.items.get(position=1).status == ItemStatus.PENDING  # not read by the given-up run
    assert services.job_retryable(job=job, pending_items=1)


def test_a_worker_never_runs_a_job_that_is_not_queued(reviewer, tasks_wait):
    job = files_job(reviewer)
    running(job, progress_minutes_ago=1)  # another worker's
    jobs.run_job(job.pk)
    assert set(job.items.values_list("status", flat=True)) == {ItemStatus.PENDING}


# --- readers at once (PostgreSQL row locks) -----------------------------------------------

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks are PostgreSQL's")


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_readers_at_once_give_a_dead_job_up_exactly_once(tasks_wait):
    job = files_job(UserFactory(username="rita"))
    running(job, progress_minutes_ago=stale())
    results = at_once(8, lambda _: services.jobs_fail_stale())
    assert sorted(results, key=len) == [[]] * 7 + [[job.pk]]
    assert IntakeJob.objects.get(pk=job.pk).status == JobStatus.FAILED


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_job_its_worker_is_writing_is_skipped_not_waited_for(tasks_wait):
    job = files_job(UserFactory(username="rita"))
    running(job, progress_minutes_ago=stale())
    writing, finish, committed = threading.Event(), threading.Event(), threading.Event()

    def worker() -> None:
        # As a claim import with atomic=file does: its progress is written inside its transaction.
        try:
            with transaction.atomic():
                IntakeJob.objects.filter(pk=job.pk).update(last_progress_at=timezone.now())
                writing.set()
                finish.wait(10)
            committed.set()
        finally:
            connections.close_all()

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        assert writing.wait(30)
        assert services.jobs_fail_stale() == []
        assert not committed.is_set()  # answered while the worker still held the row
    finally:
        finish.set()
        thread.join(30)
    assert services.jobs_fail_stale() == []  # the worker's progress, committed, wins
    assert IntakeJob.objects.get(pk=job.pk).status == JobStatus.RUNNING


def test_the_item_a_running_job_is_reading_says_so_and_the_rest_wait(reviewer):
    job = files_job(reviewer)
    for item in job.items.all():
        item.status, item.text, item.title = ItemStatus.PENDING, "", ""
        item.save()
    running(job, progress_minutes_ago=0)
    page = page_client(reviewer).get(reverse("annotations:intake-job", args=[job.pk])).content.decode()
    first, second = (f'id="item-{item.pk}"' for item in job.items.order_by("position"))
    assert "Reading now" in page.split(first)[1].split(second)[0]  # the first item's entry
    assert "Reading now" not in page.split(second)[1] and "Waiting" in page.split(second)[1]
    assert "(1 reading now, 1 waiting)" in page  # the summary counts it so too
