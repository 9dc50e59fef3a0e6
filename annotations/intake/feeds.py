"""Checking followed feeds: new entries become a job that fetches and stores their articles.

A feed is read with feedparser; an entry is new when its id (or link) has not been seen. Entry
pages are fetched only where the site's robots.txt lets this fetcher in.
"""

import hashlib
import logging
from datetime import timedelta
from urllib import robotparser
from urllib.parse import urlsplit, urlunsplit

import feedparser
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ..models import Feed, FeedEntry, IntakeItem, IntakeJob, ItemStatus, JobKind
from .fetching import FetchError, fetch

logger = logging.getLogger(__name__)

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    "text/html",  # some servers send feeds as HTML; feedparser tells
    "text/plain",
)


class _Robots:
    """robots.txt per host, read once per check."""

    def __init__(self) -> None:
        self.parsers: dict[str, robotparser.RobotFileParser | None] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)  # (the caller passes only links that parse: _usable_link)
        root = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        if root not in self.parsers:
            parser: robotparser.RobotFileParser | None = robotparser.RobotFileParser()
            try:
                page = fetch(f"{root}/robots.txt", accept=("text/plain",), max_bytes=512 * 1024)
                parser.parse(page.content.decode("utf-8", errors="replace").splitlines())  # type: ignore[union-attr]
            except FetchError:
                parser = None  # no robots.txt (or none readable): everything is allowed
            self.parsers[root] = parser
        parser = self.parsers[root]
        return parser is None or parser.can_fetch(settings.FETCH_USER_AGENT, url)


def _printable(value: str) -> str:
    return "".join(ch for ch in value if ch.isprintable())


def _usable_link(link: str) -> str:
    """An entry's link if it is an http(s) address that parses and fits, else ""."""
    link = link.strip()
    if not link or len(link) > 2000 or not link.isprintable():
        return ""
    try:
        parts = urlsplit(link)
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError:
        return ""
    return link if parts.scheme in ("http", "https") and parts.hostname else ""


def _key(entry) -> str:
    ident = entry.get("id") or entry.get("link") or ""
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()


def check_feed(feed: Feed) -> IntakeJob | None:
    """Read the feed; queue its new entries as a job (stored without review). Returns the job."""
    from .tasks import run_intake_job

    now = timezone.now()
    try:
        page = fetch(feed.url, accept=FEED_TYPES)
    except FetchError as error:
        Feed.objects.filter(pk=feed.pk).update(checked_at=now, last_error=str(error))
        return None
    parsed = feedparser.parse(page.content, response_headers={"content-type": page.content_type})
    if parsed.bozo and not parsed.entries:
        Feed.objects.filter(pk=feed.pk).update(checked_at=now, last_error="This is not an RSS or Atom feed.")
        return None
    title = _printable(str(parsed.feed.get("title") or feed.title or ""))[:500]
    seen = set(feed.entries.values_list("key", flat=True))
    new = []
    for entry in parsed.entries[: settings.INTAKE_MAX_ITEMS]:
        link = _usable_link(str(entry.get("link") or ""))
        key = _key(entry)
        if not link or key in seen:
            continue
        seen.add(key)
        new.append((key, link))
    # robots.txt is read before the transaction: a slow site must not hold it open.
    robots = _Robots()
    allowed = {link: robots.allowed(link) for _, link in new}
    with transaction.atomic():
        Feed.objects.filter(pk=feed.pk).update(checked_at=now, last_error="", title=title)
        if not new:
            return None
        FeedEntry.objects.bulk_create(
            [FeedEntry(feed=feed, key=key, link=link) for key, link in new], ignore_conflicts=True
        )
        job = IntakeJob.objects.create(
            kind=JobKind.FEED,
            created_by=feed.added_by,
            feed=feed,
            project=feed.project,
            review=False,
            total=len(new),
        )
        items = []
        for position, (_, link) in enumerate(new):
            if allowed[link]:
                items.append(IntakeItem(job=job, position=position, label=link))
            else:
                items.append(
                    IntakeItem(
                        job=job,
                        position=position,
                        label=link,
                        status=ItemStatus.FAILED,
                        reason="The site's robots.txt asks fetchers like this one not to read this page.",
                    )
                )
        IntakeItem.objects.bulk_create(items)
        run_intake_job.enqueue(job.pk)
    return job


def check_due_feeds(*, force: bool = False) -> list[IntakeJob]:
    """Check every active feed not checked within FEED_INTERVAL_MINUTES (all of them with `force`)."""
    due = Feed.objects.filter(active=True)
    if not force:
        cutoff = timezone.now() - timedelta(minutes=settings.FEED_INTERVAL_MINUTES)
        due = due.filter(checked_at__isnull=True) | due.filter(checked_at__lt=cutoff)
    jobs = []
    for feed in due.select_related("publisher", "added_by", "project").order_by("pk"):
        try:
            job = check_feed(feed)
        except Exception as error:  # one broken feed must not stop the others' checks
            logger.exception("feed %s could not be checked", feed.pk)
            Feed.objects.filter(pk=feed.pk).update(
                checked_at=timezone.now(), last_error=f"This feed could not be read ({type(error).__name__})."
            )
            continue
        if job is not None:
            jobs.append(job)
    return jobs
