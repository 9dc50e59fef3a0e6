"""Members racing for the queue at once, each in its own thread and database connection (PostgreSQL)."""

from collections import Counter

import pytest
from django.db import connection

from annotations import services
from annotations.models import Assignment, AssignmentStatus, ProjectDocument

from .factories import DocumentFactory, ModeratorFactory, UserFactory
from .helpers import at_once

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks are PostgreSQL's"),
]


def project_with(documents: int, reviews: int, reviewers: int):
    moderator = ModeratorFactory(projects=[])
    members = [UserFactory(projects=[]) for _ in range(reviewers)]
    project = services.project_create(
        actor=moderator,
        name="Race",
        reviews_needed=reviews,
        documents=[DocumentFactory(projects=[]) for _ in range(documents)],
        reviewers=members,
    )
    return project, members


def test_members_racing_for_the_last_slot_exactly_one_gets_it():
    project, members = project_with(documents=1, reviews=2, reviewers=9)
    (entry,) = ProjectDocument.objects.filter(project=project)
    services.queue_done(project=project, document=entry.document, reviewer=members[0])  # one slot left
    racers = members[1:]

    got = at_once(len(racers), lambda i: services.queue_next(project=project, reviewer=racers[i]))

    assert sum(assignment is not None for assignment in got) == 1
    taking = Assignment.objects.filter(entry=entry)
    assert taking.count() == 2 and taking.filter(status=AssignmentStatus.HELD).count() == 1


def test_members_pulling_until_nothing_is_left_give_every_article_exactly_its_reviews():
    project, members = project_with(documents=15, reviews=2, reviewers=6)

    def pull(index: int) -> int:
        done = 0
        while (assignment := services.queue_next(project=project, reviewer=members[index])) is not None:
            services.queue_done(project=project, document=assignment.entry.document, reviewer=members[index])
            done += 1
        return done

    counts = at_once(len(members), pull)

    assert sum(counts) == 15 * 2
    per_article = Counter(
        Assignment.objects.filter(entry__project=project, status=AssignmentStatus.DONE).values_list(
            "entry_id", flat=True
        )
    )
    assert len(per_article) == 15 and set(per_article.values()) == {2}  # none skipped, none over
    assert set(ProjectDocument.objects.filter(project=project).values_list("reviews_done", flat=True)) == {2}
