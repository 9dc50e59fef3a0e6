"""Projects as their pages show them: the list, the progress grid and figures, and each reviewer's work."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth.models import User
from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from .. import permissions
from ..models import (
    Assignment,
    AssignmentStatus,
    Claim,
    ClaimStatus,
    Document,
    Membership,
    ModerationDecision,
    Project,
    ProjectDocument,
    ProjectRole,
)
from ..permissions import Account
from .claims import readable_by

# What a cell of the documents x reviewers grid says, in the order work moves.
NOT_STARTED, IN_PROGRESS, DONE, ADJUDICATED = "not started", "in progress", "done", "adjudicated"
PACE_DAYS = 7  # pace: reviews marked done per day over the last week
CHART_DAYS = 30


def _subcount(queryset: QuerySet, outer: str = "pk") -> Coalesce:
    counted = queryset.order_by().values(outer).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def projects_for(*, viewer: Account) -> QuerySet[Project]:
    """The projects `viewer` sees: moderators every one, others those they are a member of."""
    projects = Project.objects.all()
    if not viewer.is_authenticated:
        projects = projects.none()
    elif not permissions.is_moderator(viewer):
        projects = projects.filter(Exists(Membership.objects.filter(Q(user=viewer), project=OuterRef("pk"))))
    reviews = (
        ProjectDocument.objects.filter(project=OuterRef("pk"))
        .order_by()
        .values("project")
        .annotate(n=Sum("reviews_done"))
        .values("n")
    )
    return projects.annotate(
        document_count=_subcount(ProjectDocument.objects.filter(project=OuterRef("pk")), "project"),
        reviewer_count=_subcount(
            Membership.objects.filter(project=OuterRef("pk"), role=ProjectRole.REVIEWER), "project"
        ),
        reviews_marked=Coalesce(Subquery(reviews, output_field=IntegerField()), 0),
    ).order_by("name", "pk")


def project_visible(*, pk: int, viewer: Account) -> Project | None:
    return projects_for(viewer=viewer).filter(pk=pk).first()


def is_member(*, project: Project, user: Account) -> bool:
    return bool(user.is_authenticated and Membership.objects.filter(project=project, user=user).exists())


def project_members(*, project: Project) -> list[Membership]:
    return list(
        Membership.objects.filter(project=project).select_related("user").order_by("role", "user__username")
    )


def project_reviewers(*, project: Project) -> list[User]:
    """Reviewers to show: members in the reviewer role, and former ones whose reviews still count."""
    former = Assignment.objects.filter(entry__project=project, reviewer=OuterRef("pk"))
    member = Membership.objects.filter(project=project, user=OuterRef("pk"), role=ProjectRole.REVIEWER)
    return list(User.objects.filter(Exists(member) | Exists(former)).order_by("username"))


@dataclass
class Summary:
    documents: int
    reviews_needed: int
    reviews_done: int
    ready: int  # articles with the reviews they need, not yet adjudicated
    adjudicated: int
    holding: int

    @property
    def share(self) -> float:
        return self.reviews_done / self.reviews_needed if self.reviews_needed else 0.0


def _gold_documents(project: Project) -> QuerySet:
    return Claim.objects.filter(is_gold=True, document_id=OuterRef("document_id"))


def project_summary(*, project: Project) -> Summary:
    now = timezone.now()
    entries = ProjectDocument.objects.filter(project=project)
    needed = project.reviews_needed
    figures = entries.annotate(gold=Exists(_gold_documents(project))).aggregate(
        documents=Count("pk"),
        # A review past the needed number (a reviewer who marked done while a slot was free
        # before the number was lowered) does not count twice towards the bar.
        capped=Coalesce(Sum("reviews_done", filter=Q(reviews_done__lte=needed)), 0),
        full=Count("pk", filter=Q(reviews_done__gt=needed)),
        ready=Count("pk", filter=Q(reviews_done__gte=needed, gold=False)),
        adjudicated=Count("pk", filter=Q(gold=True)),
    )
    holding = Assignment.objects.filter(
        entry__project=project, status=AssignmentStatus.HELD, held_until__gt=now
    ).count()
    return Summary(
        documents=figures["documents"],
        reviews_needed=figures["documents"] * needed,
        reviews_done=figures["capped"] + figures["full"] * needed,
        ready=figures["ready"],
        adjudicated=figures["adjudicated"],
        holding=holding,
    )


@dataclass
class ReviewerFigures:
    username: str
    done: int
    holding: int
    claims: int
    pace: float  # reviews done per day over the last PACE_DAYS days
    member: bool


def reviewer_figures(*, project: Project, reviewers: list[User]) -> list[ReviewerFigures]:
    now = timezone.now()
    since = now - timedelta(days=PACE_DAYS)
    assignments = Assignment.objects.filter(entry__project=project)
    counts = {
        row["reviewer"]: row
        for row in assignments.values("reviewer").annotate(
            done=Count("pk", filter=Q(status=AssignmentStatus.DONE)),
            recent=Count("pk", filter=Q(status=AssignmentStatus.DONE, done_at__gte=since)),
            holding=Count("pk", filter=Q(status=AssignmentStatus.HELD, held_until__gt=now)),
        )
    }
    claims = dict(
        Claim.objects.filter(document__project_entries__project=project, is_gold=False)
        .values("author")
        .annotate(n=Count("pk"))
        .values_list("author", "n")
    )
    members = set(Membership.objects.filter(project=project).values_list("user_id", flat=True))
    empty = {"done": 0, "recent": 0, "holding": 0}
    return [
        ReviewerFigures(
            username=user.username,
            done=counts.get(user.pk, empty)["done"],
            holding=counts.get(user.pk, empty)["holding"],
            claims=claims.get(user.pk, 0),
            pace=counts.get(user.pk, empty)["recent"] / PACE_DAYS,
            member=user.pk in members,
        )
        for user in reviewers
    ]


@dataclass
class Row:
    entry: ProjectDocument
    document: Document
    cells: list[str]
    adjudicated: bool

    @property
    def status(self) -> str:
        if self.adjudicated:
            return "adjudicated"
        needed = self.entry.project.reviews_needed
        if self.entry.reviews_done >= needed:
            return "ready to adjudicate"
        return f"needs {needed - self.entry.reviews_done} more"


def project_entries(*, project: Project) -> QuerySet[ProjectDocument]:
    """The project's articles in queue order's tie-break (oldest first), with their documents."""
    return (
        ProjectDocument.objects.filter(project=project)
        .select_related("document__publisher", "project")
        .annotate(adjudicated=Exists(_gold_documents(project)))
        .order_by("document__created_at", "document_id")
    )


def progress_rows(*, project: Project, entries: list[ProjectDocument], reviewers: list[User]) -> list[Row]:
    """The documents x reviewers grid for `entries` (a page of them), in three queries."""
    now = timezone.now()
    ids = [entry.pk for entry in entries]
    state: dict[tuple[int, int], str] = {}
    for entry_id, reviewer_id, status, held_until in Assignment.objects.filter(entry_id__in=ids).values_list(
        "entry_id", "reviewer_id", "status", "held_until"
    ):
        if status == AssignmentStatus.DONE:
            state[entry_id, reviewer_id] = DONE
        elif held_until and held_until > now:
            state[entry_id, reviewer_id] = IN_PROGRESS
    documents = {entry.document_id: entry.pk for entry in entries}
    started = set(
        Claim.objects.filter(document_id__in=list(documents), is_gold=False)
        .values_list("document_id", "author_id")
        .distinct()
    )
    rows = []
    for entry in entries:
        adjudicated = bool(getattr(entry, "adjudicated", False))
        cells = []
        for reviewer in reviewers:
            cell = state.get((entry.pk, reviewer.pk))
            if cell == DONE and adjudicated:
                cell = ADJUDICATED
            elif cell is None:
                cell = IN_PROGRESS if (entry.document_id, reviewer.pk) in started else NOT_STARTED
            cells.append(cell)
        rows.append(Row(entry, entry.document, cells, adjudicated))
    return rows


def progress_csv_rows(*, project: Project, chunk: int = 1000) -> Iterator[list[str]]:
    """The grid as CSV rows, header first, read `chunk` articles at a time (a constant number of
    queries per chunk, flat memory however large the project)."""
    reviewers = project_reviewers(project=project)
    yield ["document_id", "title", "status", "reviews_done", *(user.username for user in reviewers)]
    entries = project_entries(project=project)
    last = None
    while True:
        page = (
            entries
            if last is None
            else entries.filter(
                Q(document__created_at__gt=last[0]) | Q(document__created_at=last[0], document_id__gt=last[1])
            )
        )
        batch = list(page[:chunk])
        if not batch:
            return
        for row in progress_rows(project=project, entries=batch, reviewers=reviewers):
            yield [
                str(row.document.pk),
                row.document.title,
                row.status,
                str(row.entry.reviews_done),
                *row.cells,
            ]
        last = (batch[-1].document.created_at, batch[-1].document_id)


@dataclass
class Day:
    day: date
    done: int
    cumulative: int


def reviews_by_day(*, project: Project, days: int = CHART_DAYS) -> list[Day]:
    """Reviews marked done per day over the last `days` days, with the running total."""
    today = timezone.localdate()
    first = today - timedelta(days=days - 1)
    done = Assignment.objects.filter(entry__project=project, status=AssignmentStatus.DONE)
    before = done.filter(done_at__date__lt=first).count()
    per_day = dict(
        done.filter(done_at__date__gte=first)
        .annotate(day=TruncDate("done_at"))
        .values("day")
        .annotate(n=Count("pk"))
        .values_list("day", "n")
    )
    result, total = [], before
    for offset in range(days):
        day = first + timedelta(days=offset)
        total += per_day.get(day, 0)
        result.append(Day(day, per_day.get(day, 0), total))
    return result


@dataclass
class Held:
    project: Project
    document: Document
    held_until: object
    expired: bool


@dataclass
class Work:
    projects: list[Project]
    held: list[Held]
    sent_back: list[Claim] = field(default_factory=list)


SENT_BACK = (ClaimStatus.REJECTED, ClaimStatus.CHANGES_REQUESTED)
SENT_BACK_SHOWN = 100


def my_work(*, viewer: User) -> Work:
    """A reviewer's projects, what they hold, and their claims a moderator rejected or sent back
    (with the reason: `claim.reason`), newest first, at most SENT_BACK_SHOWN."""
    now = timezone.now()
    projects = list(
        projects_for(viewer=viewer).filter(
            Exists(Membership.objects.filter(project=OuterRef("pk"), user=viewer))
        )
    )
    held = [
        Held(a.entry.project, a.entry.document, a.held_until, a.held_until is None or a.held_until <= now)
        for a in Assignment.objects.filter(reviewer=viewer, status=AssignmentStatus.HELD)
        .select_related("entry__project", "entry__document")
        .order_by("held_until")
    ]
    decisions = ModerationDecision.objects.filter(to_status__in=SENT_BACK).select_related("actor")
    claims = list(
        Claim.objects.filter(readable_by(viewer), author=viewer, status__in=SENT_BACK)
        .select_related("document")
        .prefetch_related(Prefetch("decisions", queryset=decisions, to_attr="sent_back_decisions"))
        .order_by("-updated_at", "-pk")[:SENT_BACK_SHOWN]
    )
    for claim in claims:
        latest = claim.sent_back_decisions[0] if claim.sent_back_decisions else None
        claim.reason = latest.reason if latest else ""
        claim.decided_by = latest.actor.username if latest else ""
    return Work(projects, held, claims)


@dataclass
class InProject:
    project: Project
    status: str  # the viewer's turn on the article: "", "held" or "done"
    reviews_done: int


def reader_projects(*, document: Document, viewer: Account) -> list[InProject]:
    """The viewer's projects that hold `document`, with their turn on it (the reader's Mark done)."""
    if not viewer.is_authenticated:
        return []
    mine = Assignment.objects.filter(entry=OuterRef("pk"), reviewer=viewer).values("status")[:1]
    entries = (
        ProjectDocument.objects.filter(document=document, project__memberships__user=viewer)
        .select_related("project")
        .annotate(mine=Subquery(mine))
        .order_by("project__name")
    )
    return [InProject(entry.project, entry.mine or "", entry.reviews_done) for entry in entries]
