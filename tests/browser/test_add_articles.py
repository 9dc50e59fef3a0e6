"""A reviewer brings articles in by address and by file, watches a real background worker read
them, opens one and annotates it (the local test site stands in for the web)."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from annotations.models import Claim, Document

from ..factories import UserFactory
from .conftest import log_in, select_words_with_mouse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def worker(settings, live_server):
    """`manage.py db_worker` in its own process, on the test database, as production runs it."""
    if connection.vendor != "postgresql":
        pytest.skip("the worker process shares the test database only on PostgreSQL")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.FETCH_ALLOW_PRIVATE_NETWORKS = True
    db = connection.settings_dict
    address = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{address}/{db['NAME']}",
        "FETCH_ALLOW_PRIVATE_NETWORKS": "1",
        "TASKS_BACKEND": "database",
    }
    process = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    yield process
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def wait_for_job(page) -> None:
    """The progress bar polls until the job is done; then the status line says so."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        status = page.locator("#job-status").inner_text()
        if status.startswith("Done"):
            return
        page.wait_for_timeout(200)
    raise AssertionError(f"the job did not finish: {status}")


def test_articles_come_in_by_address_and_by_file_and_are_annotated(new_page, worker, intake_site):
    UserFactory(username="reviewer")
    page = new_page()
    log_in(page, "reviewer")

    # By address: two pages, one that fails.
    page.get_by_role("link", name="Add articles").first.click()
    page.locator("summary", has_text="From web addresses").click()
    page.get_by_label("Addresses, one per line").fill(
        "\n".join([intake_site.url("/wire.html"), intake_site.url("/status/404")])
    )
    page.get_by_role("button", name="Fetch articles").click()
    assert page.locator("#job-bar").is_visible()
    wait_for_job(page)
    items = page.locator(".intake-item")
    assert items.count() == 2
    assert "Ready to check" in items.nth(0).inner_text()
    assert "answered 404" in items.nth(1).inner_text()
    first = items.nth(0)
    first.get_by_label("Title").fill("Manila and Beijing to talk")
    first.get_by_role("button", name="Save article").click()
    page.get_by_role("link", name="Open “Manila and Beijing to talk”").click()
    page.wait_for_selector("#doc-text")
    document = Document.objects.get(title="Manila and Beijing to talk")
    assert document.found_url == intake_site.url("/wire.html") and document.publisher.name == "Harbour Wire"

    # Annotate the fetched article with the mouse.
    words = document.text.split("\n")[0].split(",")[0]
    select_words_with_mouse(page, words)
    form = page.locator("#claim-form")
    form.wait_for()
    form.get_by_label("2 — Probably true").check()
    form.get_by_role("button", name="Save claim").click()
    page.get_by_text("Claim saved.").wait_for()
    claim = Claim.objects.get()
    assert claim.document == document and document.text[claim.start : claim.end] == words

    # By file: two files at once, saved together.
    page.get_by_role("link", name="Add articles").first.click()
    page.locator("summary", has_text="Upload files").click()
    page.get_by_label("Files").set_input_files(
        [str(intake_site.data_dir / "article.txt"), str(intake_site.data_dir / "seeds-layout.txt")]
    )
    page.get_by_role("button", name="Read files").click()
    wait_for_job(page)
    # The plain-text file does not say who published it: the page asks before saving it.
    plain = page.locator(".intake-item", has_text="article.txt").first
    assert "Give it a publisher" in plain.inner_text()
    plain.get_by_label("Publisher").fill("Harbour Wire")
    plain.get_by_role("button", name="Save article").click()
    page.get_by_text("was added.").wait_for()
    page.get_by_role("button", name="Save the ready article as read").click()
    page.get_by_text("1 article added.").wait_for()
    assert Document.objects.count() == 3
    assert page.locator(".intake-item.status-imported").count() == 2
