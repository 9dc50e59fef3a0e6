"""Adding articles on the page, as a reviewer does: paste, addresses, files, feeds; checking and saving."""

import io
import zipfile

import pytest
from django.urls import reverse

from annotations.models import Document, Feed, IntakeItem, IntakeJob, ItemStatus, JobStatus, RawCapture

from .factories import SourceFactory
from .helpers import page_client

ADD = reverse("annotations:add-articles")


@pytest.fixture
def private_allowed(settings):
    settings.FETCH_ALLOW_PRIVATE_NETWORKS = True


def fetch_urls(client, site, *paths, publisher=""):
    urls = "\n".join(site.url(path) for path in paths)
    response = client.post(reverse("annotations:add-urls"), {"urls": urls, "publisher": publisher})
    assert response.status_code == 302, response.content.decode()[:2000]
    return IntakeJob.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))


def items_by_label(job):
    return {item.label.rsplit("/", 1)[-1]: item for item in job.items.order_by("position")}


# --- addresses -------------------------------------------------------------------------


def test_fetching_news_pages_extracts_the_article_and_leaves_the_rest(reviewer, private_allowed, intake_site):
    client = page_client(reviewer)
    job = fetch_urls(client, intake_site, "/wire.html", "/broadcaster.html", "/newspaper.html", "/status/404")
    job.refresh_from_db()
    assert job.status == JobStatus.DONE and job.done == job.total == 4
    items = items_by_label(job)
    wire = items["wire.html"]
    assert wire.status == ItemStatus.READY
    assert wire.title.startswith("China and Philippines") and wire.found_site == "Harbour Wire"
    assert wire.publisher_name == "Harbour Wire" and wire.author == "Lena Marsh"
    assert str(wire.published_on) == "2026-03-14"
    for item in (wire, items["broadcaster.html"], items["newspaper.html"]):
        lowered = item.text.lower()
        for boilerplate in (
            "cookie",
            "newsletter",
            "related stories",
            "most read",
            "comments",
            "subscribe to",
        ):
            assert boilerplate not in lowered, (item.label, boilerplate)
    assert items["404"].status == ItemStatus.FAILED and "404" in items["404"].reason
    # Nothing is stored until the person checks and saves.
    assert not Document.objects.exists()
    page = client.get(reverse("annotations:intake-job", args=[job.pk])).content.decode()
    assert "Ready to check" in page and "answered 404" in page and 'list="publisher-options"' in page


def test_saving_a_checked_item_stores_the_text_exactly_with_where_it_was_found(
    reviewer, private_allowed, intake_site
):
    client = page_client(reviewer)
    job = fetch_urls(client, intake_site, "/republished.html")
    item = job.items.get()
    assert item.publisher_name == "Iran Press TV" and item.found_site == "GlobalWatch.org"
    response = client.post(
        reverse("annotations:intake-item-save", args=[item.pk]),
        {f"item{item.pk}-title": "Drone exports", f"item{item.pk}-publisher": "Iran Press TV"},
    )
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.title == "Drone exports" and document.publisher.name == "Iran Press TV"
    assert document.found_site == "GlobalWatch.org" and document.found_url == intake_site.url(
        "/republished.html"
    )
    assert document.text == item.text and document.retrieved_at is not None and document.added_by == reviewer
    # The page as fetched is kept, content-addressed, so the extraction can be re-run.
    assert bytes(document.raw.content) == intake_site.body("/republished.html")
    item.refresh_from_db()
    assert item.status == ItemStatus.IMPORTED and item.document == document
    # The reader opens it.
    assert client.get(document.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    ("page", "words"),
    [
        ("/persian-1256.html", "خبرگزاري"),
        ("/russian-1251.html", "Свердловская"),
        ("/japanese-sjis.html", "地方鉄道"),
    ],
)
def test_pages_in_other_encodings_are_read_in_theirs(reviewer, private_allowed, intake_site, page, words):
    job = fetch_urls(page_client(reviewer), intake_site, page)
    item = job.items.get()
    assert item.status == ItemStatus.READY, item.reason
    assert words in item.title + item.found_site + item.text
    assert "\ufffd" not in item.text


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("/empty.html", "No article text"),
        ("/junk-html", "not text"),
        ("/image.png", "image/png"),
        ("/redirect-private", "169.254.169.254"),
    ],
)
def test_pages_without_an_article_fail_with_a_reason_and_the_others_still_import(
    reviewer, private_allowed, intake_site, page, reason
):
    job = fetch_urls(page_client(reviewer), intake_site, page, "/wire.html")
    items = job.items.order_by("position")
    assert items[0].status == ItemStatus.FAILED and reason in items[0].reason
    assert items[1].status == ItemStatus.READY


def test_a_republication_is_flagged_as_a_near_duplicate_and_imported_only_when_asked(
    reviewer, private_allowed, intake_site
):
    client = page_client(reviewer)
    first = fetch_urls(client, intake_site, "/wire.html")
    client.post(reverse("annotations:intake-save-ready", args=[first.pk]))
    client.post(reverse("annotations:intake-item-save", args=[first.items.get().pk]), {})
    original = Document.objects.get()
    second = fetch_urls(client, intake_site, "/near-duplicate.html")
    item = second.items.get()
    assert item.status == ItemStatus.NEAR_DUPLICATE and item.similar_to == original
    page = client.get(reverse("annotations:intake-job", args=[second.pk])).content.decode()
    assert "Open existing" in page and "Import anyway" in page and original.get_absolute_url() in page
    fields = {f"item{item.pk}-title": item.title, f"item{item.pk}-publisher": item.publisher_name}
    client.post(reverse("annotations:intake-item-save", args=[item.pk]), fields)
    assert Document.objects.count() == 1
    client.post(reverse("annotations:intake-item-save", args=[item.pk]), {**fields, "force": "1"})
    assert Document.objects.count() == 2


def test_the_same_page_twice_is_not_stored_twice(reviewer, private_allowed, intake_site):
    client = page_client(reviewer)
    first = fetch_urls(client, intake_site, "/wire.html")
    client.post(reverse("annotations:intake-save-ready", args=[first.pk]))
    client.post(
        reverse("annotations:intake-item-save", args=[first.items.get().pk]),
        {f"item{first.items.get().pk}-title": "A", f"item{first.items.get().pk}-publisher": "Harbour Wire"},
    )
    again = fetch_urls(client, intake_site, "/wire.html")
    item = again.items.get()
    assert item.status == ItemStatus.DUPLICATE and item.document == Document.objects.get()
    assert RawCapture.objects.count() == 1


def test_the_publisher_is_matched_to_the_registry_by_domain(reviewer, private_allowed, intake_site):
    from annotations import services

    source = SourceFactory(name="Harbour Wire Service")
    services.source_update(source=source, actor=None, domains=["127.0.0.1"]) if False else None
    type(source).objects.filter(pk=source.pk).update(domains=["127.0.0.1"])
    job = fetch_urls(page_client(reviewer), intake_site, "/broadcaster.html")
    assert job.items.get().publisher_name == "Harbour Wire Service"


def test_bad_address_lists_are_refused_on_the_form(reviewer):
    client = page_client(reviewer)
    response = client.post(reverse("annotations:add-urls"), {"urls": "not a url\nftp://x.example/a"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Line 1" in body and "Line 2" in body and not IntakeJob.objects.exists()
    response = client.post(reverse("annotations:add-urls"), {"urls": "\n \n"})
    assert response.status_code == 400 and not IntakeJob.objects.exists()


def test_the_progress_poll_answers_the_fragment_and_stops_when_done(reviewer, private_allowed, intake_site):
    client = page_client(reviewer)
    job = fetch_urls(client, intake_site, "/wire.html")
    IntakeJob.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING, done=0)
    url = reverse("annotations:intake-job", args=[job.pk])
    running = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert 'hx-trigger="every 1s"' in running and "<html" not in running and 'value="0"' in running
    IntakeJob.objects.filter(pk=job.pk).update(status=JobStatus.DONE, done=1)
    finished = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "hx-trigger" not in finished and "Save article" in finished


def test_the_job_page_runs_a_constant_number_of_queries(
    reviewer, private_allowed, intake_site, django_assert_max_num_queries
):
    client = page_client(reviewer)
    job = fetch_urls(client, intake_site, *[f"/wire.html?copy={n}" for n in range(30)])
    assert job.items.count() == 30
    with django_assert_max_num_queries(12):
        assert client.get(reverse("annotations:intake-job", args=[job.pk])).status_code == 200


# --- paste -----------------------------------------------------------------------------

ARTICLE = (
    "The port authority said on Monday that the harbour would reopen next week.\n"
    "Dock workers told the Harbour Wire that repairs to the north quay were nearly finished.\n"
    "Shipping lines have diverted around forty vessels since the storm."
)


def paste(client, **fields):
    data = {"title": "Harbour to reopen", "publisher": "Harbour Wire", "text": ARTICLE, "action": "save"}
    return client.post(reverse("annotations:add-pasted"), {**data, **fields})


def test_a_pasted_article_is_previewed_then_saved_and_opened(reviewer):
    client = page_client(reviewer)
    preview = paste(client, action="preview", text="  The port   reopens.\r\n\r\n\r\nShips return.  ")
    assert preview.status_code == 200 and not Document.objects.exists()
    body = preview.content.decode()
    assert "<p>The port reopens.</p><p>Ships return.</p>" in body
    response = paste(client)
    document = Document.objects.get()
    assert response.status_code == 302 and response["Location"] == document.get_absolute_url()
    assert document.text == ARTICLE and document.publisher.name == "Harbour Wire"
    assert document.added_by == reviewer and document.imported_from == "pasted"


def test_pasting_a_near_duplicate_offers_the_existing_article_or_import_anyway(reviewer):
    client = page_client(reviewer)
    paste(client)
    republished = ARTICLE.replace("Monday", "Monday morning") + "\nRead more at harbourwire.example."
    response = paste(client, text=republished, title="Harbour reopening")
    assert response.status_code == 409 and Document.objects.count() == 1
    body = response.content.decode()
    assert "Open existing" in body and "Import anyway" in body
    assert paste(client, text=republished, title="Harbour reopening", force="1").status_code == 302
    assert Document.objects.count() == 2


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"text": "   "}, "text"),
        ({"title": ""}, "title"),
        ({"publisher": ""}, "publisher"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"published_on": "yesterday"}, "published_on"),
    ],
)
def test_bad_pasted_input_is_a_form_error_and_nothing_is_stored(reviewer, fields, field):
    response = paste(page_client(reviewer), **fields)
    assert response.status_code == 400 and not Document.objects.exists()
    assert f'id="id_{field}_errors"' in response.content.decode() or "errorlist" in response.content.decode()


# --- files -----------------------------------------------------------------------------


def upload(client, *files, publisher=""):
    handles = []
    for name, content in files:
        handle = io.BytesIO(content)
        handle.name = name
        handles.append(handle)
    response = client.post(reverse("annotations:add-files"), {"files": handles, "publisher": publisher})
    assert response.status_code == 302, response.content.decode()[:2000]
    return IntakeJob.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))


def test_uploaded_files_of_every_kind_become_articles_to_check(reviewer, intake_site):
    from tests.intake_files import docx_bytes, pdf_bytes

    data = intake_site.data_dir
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("inner/article.md", (data / "article.md").read_bytes())
        archive.writestr("__MACOSX/._article.md", b"junk")
        archive.writestr("notes.xlsx", b"PK not an article")
    job = upload(
        page_client(reviewer),
        ("article.txt", (data / "article.txt").read_bytes()),
        ("seeds-layout.txt", (data / "seeds-layout.txt").read_bytes()),
        ("article.htm", (data / "article.htm").read_bytes()),
        (
            "report.docx",
            docx_bytes("Council approves budget", ["The council approved the budget on Tuesday."] * 3),
        ),
        (
            "statement.pdf",
            pdf_bytes(["Ministry statement on the harbour.", "The quay reopens on Monday, it said."]),
        ),
        ("bundle.zip", zipped.getvalue()),
    )
    items = {item.label: item for item in job.items.all()}
    assert all(
        item.status in (ItemStatus.READY, ItemStatus.UNPACKED)
        for label, item in items.items()
        if "xlsx" not in label
    ), {label: item.reason for label, item in items.items() if item.status == ItemStatus.FAILED} or items
    seeds = items["seeds-layout.txt"]
    assert seeds.publisher_name and seeds.published_on is not None and seeds.dateline
    assert items["report.docx"].title == "Council approves budget"
    assert "The quay reopens on Monday, it said." in items["statement.pdf"].text
    assert items["bundle.zip"].status == ItemStatus.UNPACKED
    member = items["bundle.zip › inner/article.md"]
    assert member.status == ItemStatus.READY and "#" not in member.text.split("\n", 1)[0]
    failed = items["bundle.zip › notes.xlsx"]
    assert failed.status == ItemStatus.FAILED and "not a kind of file" in failed.reason
    job.refresh_from_db()
    assert job.done == job.total == len(items)


@pytest.mark.parametrize(
    ("name", "content_maker", "reason"),
    [
        ("scan.pdf", "blank_pdf", "no text layer"),
        ("broken.pdf", lambda: b"%PDF-1.4 not really", "cannot be read"),
        ("noise.txt", lambda: bytes(range(256)) * 40, "not text"),
        ("empty.txt", lambda: b"", "No article text"),
        ("bomb.zip", "zip_bomb", "zip bomb"),
        ("nested.zip", "nested_zip", "zip inside a zip"),
        ("fake.docx", lambda: b"PK\x03\x04 not a word file", "not a readable Word"),
        ("photo.jpg", lambda: b"\xff\xd8\xff\xe0 jpeg", "not a kind of file"),
    ],
)
def test_bad_files_fail_with_a_reason_and_the_others_still_import(
    reviewer, intake_site, name, content_maker, reason
):
    from tests import intake_files

    content = getattr(intake_files, content_maker)() if isinstance(content_maker, str) else content_maker()
    job = upload(
        page_client(reviewer),
        (name, content),
        ("article.txt", (intake_site.data_dir / "article.txt").read_bytes()),
    )
    items = {item.label: item for item in job.items.all()}
    bad = [item for label, item in items.items() if label.startswith(name)]
    assert any(item.status == ItemStatus.FAILED and reason in item.reason for item in bad), [
        (item.label, item.status, item.reason) for item in bad
    ]
    assert items["article.txt"].status == ItemStatus.READY


def test_a_text_file_in_a_legacy_encoding_is_decoded(reviewer):
    text = "Москва заявила, что переговоры продолжатся на следующей неделе, сообщили в министерстве."
    job = upload(page_client(reviewer), ("news.txt", ("Заголовок\n" + text).encode("cp1251")))
    item = job.items.get()
    assert item.status == ItemStatus.READY and item.title == "Заголовок" and item.text == text


def test_an_upload_over_the_limit_is_refused_before_it_is_read(reviewer, settings):
    settings.INTAKE_MAX_UPLOAD_BYTES = 1024
    client = page_client(reviewer)
    handle = io.BytesIO(b"x" * 4096)
    handle.name = "huge.txt"
    response = client.post(reverse("annotations:add-files"), {"files": [handle]})
    assert (
        response.status_code == 413
        and "over 0 MiB" in response.content.decode()
        or response.status_code == 413
    )
    # A declared 2 GB body is refused from its length alone.
    response = client.post(
        reverse("annotations:add-files"), {"files": [io.BytesIO(b"x")]}, CONTENT_LENGTH=str(2 * 2**30)
    )
    assert response.status_code == 413 and not IntakeJob.objects.exists()


def test_a_nul_in_a_pasted_article_is_refused(reviewer):
    response = paste(page_client(reviewer), text="Bad \x00 text that is long enough to be an article body.")
    assert response.status_code == 400 and not Document.objects.exists()


def test_no_files_is_a_clear_error(reviewer):
    response = page_client(reviewer).post(reverse("annotations:add-files"), {})
    assert response.status_code == 400 and "Choose at least one file" in response.content.decode()


# --- feeds -----------------------------------------------------------------------------


def test_following_a_feed_imports_its_entries_once(reviewer, private_allowed, intake_site):
    from annotations.intake import feeds

    client = page_client(reviewer)
    response = client.post(reverse("annotations:add-feed"), {"url": intake_site.url("/feed.rss")})
    assert response.status_code == 302
    feed = Feed.objects.get()
    assert feed.title and feed.checked_at is not None and feed.entries.count() == 3
    assert Document.objects.count() == 3
    assert set(Document.objects.values_list("found_url", flat=True)) == {
        intake_site.url(f"/feed-items/{name}.html") for name in ("one", "two", "three")
    }
    # The next check finds nothing new.
    assert feeds.check_due_feeds(force=True) == [] and Document.objects.count() == 3
    page = client.get(f"{ADD}?way=feeds").content.decode()
    assert feed.title in page and "Pause" in page


def test_an_atom_feed_is_read_too(reviewer, private_allowed, intake_site):
    page_client(reviewer).post(reverse("annotations:add-feed"), {"url": intake_site.url("/feed.atom")})
    assert Document.objects.count() == 2


def test_feeds_respect_robots_txt(reviewer, private_allowed, intake_site):
    page_client(reviewer).post(reverse("annotations:add-feed"), {"url": intake_site.url("/feed-blocked.rss")})
    items = {item.label.rsplit("/", 1)[-1]: item for item in IntakeItem.objects.all()}
    assert items["blocked.html"].status == ItemStatus.FAILED and "robots.txt" in items["blocked.html"].reason
    assert items["six.html"].status == ItemStatus.IMPORTED
    assert "/private/blocked.html" not in intake_site.paths()


def test_a_feed_that_is_not_a_feed_is_reported_on_the_page(reviewer, private_allowed, intake_site):
    client = page_client(reviewer)
    client.post(reverse("annotations:add-feed"), {"url": intake_site.url("/status/404")})
    feed = Feed.objects.get()
    assert "404" in feed.last_error
    assert "answered 404" in client.get(f"{ADD}?way=feeds").content.decode()
    response = client.post(reverse("annotations:add-feed"), {"url": intake_site.url("/status/404")})
    assert response.status_code == 400 and "already followed" in response.content.decode()


# --- who may ---------------------------------------------------------------------------


def test_only_reviewers_and_moderators_add_articles(outsider, reviewer, moderator, settings):
    assert page_client().get(ADD).status_code == 302  # to the login page
    assert page_client(outsider).get(ADD).status_code == 403
    assert paste(page_client(outsider)).status_code == 403
    assert page_client(reviewer).get(ADD).status_code == 200
    settings.ARTICLE_ADDERS = "moderators"
    assert page_client(reviewer).get(ADD).status_code == 403
    assert paste(page_client(reviewer)).status_code == 403
    assert page_client(moderator).get(ADD).status_code == 200
    assert not Document.objects.exists()


def test_an_import_is_its_owners_and_the_moderators(
    reviewer, other_reviewer, moderator, private_allowed, intake_site
):
    job = fetch_urls(page_client(reviewer), intake_site, "/wire.html")
    item = job.items.get()
    url = reverse("annotations:intake-job", args=[job.pk])
    assert page_client(other_reviewer).get(url).status_code == 404
    fields = {f"item{item.pk}-title": "T", f"item{item.pk}-publisher": "P"}
    assert (
        page_client(other_reviewer)
        .post(reverse("annotations:intake-item-save", args=[item.pk]), fields)
        .status_code
        == 404
    )
    assert (
        page_client(other_reviewer)
        .post(reverse("annotations:intake-item-discard", args=[item.pk]))
        .status_code
        == 404
    )
    assert page_client(moderator).get(url).status_code == 200
    assert not Document.objects.exists()


def test_the_add_articles_link_shows_to_those_who_may_add(outsider, reviewer):
    assert ADD in page_client(reviewer).get(reverse("annotations:document-list")).content.decode()
    assert ADD not in page_client(outsider).get(reverse("annotations:document-list")).content.decode()


# --- projects --------------------------------------------------------------------------


def test_added_articles_go_into_the_chosen_project_and_its_members_read_them(db):
    from annotations import services
    from annotations.models import Project

    from .factories import UserFactory

    harbour = services.project_create(actor=None, name="Harbour desk", mode="shared")
    rita = UserFactory(username="rita2", projects=[harbour, services.project_default()])
    colleague = UserFactory(username="colleague", projects=[harbour])
    outsider = UserFactory(username="elsewhere", projects=[services.project_default()])
    client = page_client(rita)
    # In two projects: the form asks which.
    response = paste(client)
    assert response.status_code == 400 and "several projects" in response.content.decode()
    assert paste(client, project=str(harbour.pk)).status_code == 302
    document = Document.objects.get()
    assert list(document.projects.all()) == [harbour]
    assert page_client(colleague).get(document.get_absolute_url()).status_code == 200
    assert page_client(outsider).get(document.get_absolute_url()).status_code == 404
    # A project one is not on cannot be chosen.
    other = Project.objects.create(name="Not mine")
    response = paste(client, project=str(other.pk), text=ARTICLE + "\nMore.", force="1")
    assert response.status_code == 400 and Document.objects.count() == 1


def test_a_reviewer_in_no_project_is_told_to_ask_for_one(db):
    from .factories import UserFactory

    stranger = UserFactory(username="stranger", projects=[])
    page = page_client(stranger).get(ADD).content.decode()
    assert "You are in no project" in page
    response = paste(page_client(stranger))
    assert response.status_code == 403 and not Document.objects.exists()


def test_a_feed_fills_the_project_it_is_followed_for(reviewer, private_allowed, intake_site):
    from annotations import services

    project = services.project_default()
    page_client(reviewer).post(
        reverse("annotations:add-feed"), {"url": intake_site.url("/feed.atom"), "project": project.pk}
    )
    assert Document.objects.count() == 2
    assert all(list(d.projects.all()) == [project] for d in Document.objects.all())


def test_hostile_files_fail_alone(reviewer, settings):
    """Found by a hostile probe: a NUL in a file's title, a Word zip bomb, a parser that runs long."""
    settings.INTAKE_ITEM_SECONDS = 3
    nul_title = (
        b"Title with \x00 NUL\nIran Press TV\nFriday, 07 November 2025 8:33 AM\n" + b"Body text. " * 20
    )
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>" + " " * (20 * 2**20) + "</w:document>")
    slow = b"<html><body><p " + b" ".join(b"a%d=1" % n for n in range(60000)) + b">x</p></body></html>"
    good = b"Harbour reopens\nThe port authority said the harbour would reopen on Monday after repairs."
    job = upload(
        page_client(reviewer),
        ("nul.txt", nul_title),
        ("bomb.docx", bomb.getvalue()),
        ("slow.html", slow),
        ("good.txt", good),
    )
    items = {item.label: item for item in job.items.all()}
    job.refresh_from_db()
    assert job.status == JobStatus.DONE
    assert items["nul.txt"].status == ItemStatus.READY and "\x00" not in items["nul.txt"].title
    assert items["bomb.docx"].status == ItemStatus.FAILED and "zip bomb" in items["bomb.docx"].reason
    assert items["slow.html"].status in (
        ItemStatus.FAILED,
        ItemStatus.READY,
    )  # either read or cut off in time
    assert items["good.txt"].status == ItemStatus.READY


def test_a_broken_feed_does_not_stop_the_others(reviewer, private_allowed, intake_site, settings):
    from annotations import services
    from annotations.intake import feeds
    from annotations.models import Feed

    broken = Feed.objects.create(url=intake_site.url("/bad-location"), added_by=reviewer)
    good = services.feed_subscribe(actor=reviewer, url=intake_site.url("/feed.atom"))
    Feed.objects.update(checked_at=None)
    feeds.check_due_feeds()
    broken.refresh_from_db()
    good.refresh_from_db()
    assert broken.last_error and good.checked_at is not None and good.entries.count() == 2


def test_only_whoever_followed_a_feed_or_a_moderator_pauses_it(reviewer, other_reviewer, moderator):
    from annotations.models import Feed

    feed = Feed.objects.create(url="https://news.example/feed.rss", added_by=reviewer)
    page_client(other_reviewer).post(reverse("annotations:feed-toggle", args=[feed.pk]))
    feed.refresh_from_db()
    assert feed.active
    page_client(moderator).post(reverse("annotations:feed-toggle", args=[feed.pk]))
    feed.refresh_from_db()
    assert not feed.active


def test_a_republication_fetched_with_its_original_is_flagged_when_saved(
    reviewer, private_allowed, intake_site
):
    client = page_client(reviewer)
    job = fetch_urls(client, intake_site, "/wire.html", "/near-duplicate.html")
    assert [item.status for item in job.items.order_by("position")] == [ItemStatus.READY, ItemStatus.READY]
    client.post(reverse("annotations:intake-save-ready", args=[job.pk]))
    statuses = [item.status for item in job.items.order_by("position")]
    assert statuses == [ItemStatus.IMPORTED, ItemStatus.NEAR_DUPLICATE] and Document.objects.count() == 1
