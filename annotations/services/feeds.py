"""Following feeds: a feed's new entries are fetched and stored by the worker on a schedule
(`annotations.intake.feeds`), into the project the feed was followed for."""

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from .. import permissions
from ..models import Feed, Project
from ..scales import SourceKind
from .intake import check_urls, intake_project, require_adder
from .sources import source_get_or_create


@transaction.atomic
def feed_subscribe(
    *, actor: User, url: str, publisher_name: str = "", project: Project | None = None
) -> Feed:
    """Follow a feed: its new entries are fetched and imported by the worker on a schedule, into
    the project it is followed for."""
    target = intake_project(actor=actor, project=project)
    (url,) = check_urls([url])
    if Feed.objects.filter(url=url).exists():
        raise ValidationError({"url": "This feed is already followed."})
    publisher = None
    if publisher_name.strip():
        publisher, _ = source_get_or_create(name=publisher_name, kind=SourceKind.OUTLET)
    try:
        with transaction.atomic():  # two people following it at the same moment: one follows
            feed = Feed.objects.create(url=url, publisher=publisher, added_by=actor, project=target)
    except IntegrityError:
        raise ValidationError({"url": "This feed is already followed."}) from None
    from ..intake.tasks import schedule_feed_checks

    schedule_feed_checks(now=True)
    return feed


def feed_set_active(*, actor: User, feed: Feed, active: bool) -> Feed:
    """Pause or resume a feed: whoever followed it, or a moderator."""
    require_adder(actor)
    if feed.added_by_id != actor.pk and not permissions.is_moderator(actor):
        raise PermissionDenied("Only whoever followed this feed, or a moderator, pauses it.")
    Feed.objects.filter(pk=feed.pk).update(active=active)
    feed.active = active
    return feed
