"""Projects: creating and changing them, their articles and members, and the work queue.

The queue's rule: an article's slots are its `reviews_needed`; a slot is taken by a reviewer who
marked the article done, or who holds it (a hold that has not expired). *Next article* gives a
member the article with the fewest reviews done, then the oldest (the earliest added to the
project; articles added at once go in the order they were stored), that still has a free slot
and that they have not taken before. The order is read from an index, so asking costs about the
same in a project of 50 articles or 50,000. Two members racing for the last slot: each takes the article's
row lock (`select_for_update`, skipping rows another member is taking) and counts the slots again
under it, in a statement that sees every commit made before the lock was granted, so exactly one
gets it.
"""

from collections.abc import Iterable
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from .. import permissions
from ..models import (
    Assignment,
    AssignmentStatus,
    Document,
    Membership,
    Project,
    ProjectDocument,
    ProjectMode,
    ProjectRole,
)
from .common import refuse_nul

DEFAULT_PROJECT = "Default"
PROJECT_FIELDS = ("name", "description", "guidelines", "reviews_needed", "due_on", "mode")
MAX_DOCUMENTS_AT_ONCE = 10_000  # one "add" adds at most this many articles: linear and capped
NOT_A_MEMBER = "You are not a member of this project: ask its moderator to add you."
ONLY_MODERATORS = "Only moderators create and change projects."
# How often `queue_next` looks again when the article it locked filled up meanwhile.
_ATTEMPTS = 50


def _require_moderator(actor: User | None) -> None:
    """None is the command line or a migration, as for `claim_restore`."""
    if actor is not None and not permissions.is_moderator(actor):
        raise PermissionDenied(ONLY_MODERATORS)


def default_mode() -> str:
    """New projects start as SHARE_DRAFTS says (the site-wide switch that modes replaced)."""
    return ProjectMode.SHARED if settings.SHARE_DRAFTS else ProjectMode.INDEPENDENT


def check_fields(fields: dict, *, project: Project | None) -> dict:
    """The fields cleaned, or a ValidationError naming each bad one (all at once)."""
    refuse_nul(**{name: value for name, value in fields.items() if isinstance(value, str)})
    errors: dict[str, list[str]] = {}
    unknown = sorted(set(fields) - set(PROJECT_FIELDS))
    for name in unknown:
        errors[name] = [f"Projects have no field “{name}”."]
    if "name" in fields:
        fields["name"] = " ".join(str(fields["name"]).split())
        if not fields["name"]:
            errors["name"] = ["Give the project a name."]
        else:
            taken = Project.objects.filter(name__iexact=fields["name"])
            if project is not None:
                taken = taken.exclude(pk=project.pk)
            if taken.exists():
                errors["name"] = [f"A project named “{fields['name']}” already exists."]
    if "reviews_needed" in fields:
        needed = fields["reviews_needed"]
        if not isinstance(needed, int) or isinstance(needed, bool) or not 1 <= needed <= 5:
            errors["reviews_needed"] = ["Each article needs between 1 and 5 reviews."]
    due = fields.get("due_on")
    if due is not None:
        if not isinstance(due, date):
            errors["due_on"] = ["Give the due date as a date (YYYY-MM-DD)."]
        elif due < timezone.localdate() and (project is None or project.due_on != due):
            errors["due_on"] = [f"The due date {due:%Y-%m-%d} is in the past: choose today or a later day."]
    if "mode" in fields and fields["mode"] not in ProjectMode.values:
        errors["mode"] = [f"Choose a mode: {', '.join(ProjectMode.values)}."]
    if errors:
        raise ValidationError(errors)
    return fields


@transaction.atomic
def project_create(
    *,
    actor: User | None,
    name: str,
    description: str = "",
    guidelines: str = "",
    reviews_needed: int = 2,
    due_on: date | None = None,
    mode: str = "",
    documents: Iterable[Document] = (),
    reviewers: Iterable[User] = (),
    moderators: Iterable[User] = (),
) -> Project:
    """A new project; its articles and members may come now or later (a project may start empty)."""
    _require_moderator(actor)
    fields = check_fields(
        {
            "name": name,
            "description": description,
            "guidelines": guidelines,
            "reviews_needed": reviews_needed,
            "due_on": due_on,
            "mode": mode or default_mode(),
        },
        project=None,
    )
    project = Project(created_by=actor, **fields)
    project.full_clean()
    project.save()
    project_add_documents(project=project, actor=actor, documents=documents)
    project_add_members(project=project, actor=actor, users=moderators, role=ProjectRole.MODERATOR)
    project_add_members(project=project, actor=actor, users=reviewers, role=ProjectRole.REVIEWER)
    return project


def project_update(*, project: Project, actor: User | None, **fields) -> Project:
    """Change a project's name, description, guidelines, reviews needed, due date or mode."""
    _require_moderator(actor)
    with transaction.atomic():
        project = Project.objects.select_for_update().get(pk=project.pk)
        fields = check_fields(dict(fields), project=project)
        for name, value in fields.items():
            setattr(project, name, value)
        project.full_clean()
        project.save()
    return project


def project_default() -> Project:
    """The "Default" project that existing work was put in (made by the migration, or here)."""
    project = Project.objects.filter(name__iexact=DEFAULT_PROJECT).first()
    if project is None:
        project = project_create(actor=None, name=DEFAULT_PROJECT, mode=default_mode())
    return project


def project_add_documents(
    *, project: Project, actor: User | None, documents: Iterable[Document] | QuerySet
) -> int:
    """Put articles in a project (those already in it are left as they are). Returns how many were added."""
    _require_moderator(actor)
    ids = sorted(  # oldest first: the queue's tie-break is the order articles were added
        documents.values_list("pk", flat=True)[: MAX_DOCUMENTS_AT_ONCE + 1]
        if isinstance(documents, QuerySet)
        else [document.pk for document in documents]
    )
    if len(ids) > MAX_DOCUMENTS_AT_ONCE:
        raise ValidationError(
            {"documents": [f"At most {MAX_DOCUMENTS_AT_ONCE:,} articles at once: narrow the filter."]}
        )
    with transaction.atomic():
        before = ProjectDocument.objects.filter(project=project).count()
        ProjectDocument.objects.bulk_create(
            [ProjectDocument(project=project, document_id=pk) for pk in ids],
            ignore_conflicts=True,
            batch_size=2000,
        )
        return ProjectDocument.objects.filter(project=project).count() - before


def project_remove_documents(*, project: Project, actor: User | None, documents: Iterable[Document]) -> int:
    """Take articles out of a project: their queue state goes, their claims stay."""
    _require_moderator(actor)
    ids = [document.pk for document in documents]
    with transaction.atomic():
        removed, _ = ProjectDocument.objects.filter(project=project, document_id__in=ids).delete()
    return removed


def project_add_members(
    *, project: Project, actor: User | None, users: Iterable[User], role: str = ProjectRole.REVIEWER
) -> int:
    """Add people to a project in `role` (one already there changes role); how many are new."""
    _require_moderator(actor)
    users = list(users)
    if role not in ProjectRole.values:
        raise ValidationError({"role": [f"Choose a role: {', '.join(ProjectRole.values)}."]})
    refused = [user.username for user in users if not permissions.can_annotate(user)]
    if refused:
        raise ValidationError(
            {"members": [f"{', '.join(refused)}: only reviewers and moderators join projects."]}
        )
    if role == ProjectRole.MODERATOR:
        not_moderators = [user.username for user in users if not permissions.is_moderator(user)]
        if not_moderators:
            raise ValidationError({"moderators": [f"{', '.join(not_moderators)} is not a moderator."]})
    added = 0
    with transaction.atomic():
        for user in users:
            _, created = Membership.objects.update_or_create(
                project=project, user=user, defaults={"role": role}
            )
            added += created
    return added


def project_remove_member(*, project: Project, actor: User | None, user: User) -> bool:
    """Take someone off a project: they lose access to its articles at once (the read rule asks
    the membership on every request); articles they hold go back to the queue; what they marked
    done still counts; their claims stay, still theirs."""
    _require_moderator(actor)
    with transaction.atomic():
        removed, _ = Membership.objects.filter(project=project, user=user).delete()
        Assignment.objects.filter(
            entry__project=project, reviewer=user, status=AssignmentStatus.HELD
        ).delete()
    return bool(removed)


# --- the work queue ----------------------------------------------------------------------


def hold_length() -> timedelta:
    return timedelta(minutes=settings.QUEUE_HOLD_MINUTES)


def slots_taken(now, *, entry=None, besides: User | None = None):
    """Slots taken on an article (done, or held and not expired): a subquery on each entry row,
    or, with `entry`, a count now. `besides` leaves that reviewer's own out."""
    taking = Q(status=AssignmentStatus.DONE) | Q(status=AssignmentStatus.HELD, held_until__gt=now)
    if entry is not None:
        assignments = Assignment.objects.filter(taking, entry=entry)
        if besides is not None:
            assignments = assignments.exclude(reviewer=besides)
        return assignments.count()
    counted = (
        Assignment.objects.filter(taking, entry=OuterRef("pk"))
        .order_by()
        .values("entry")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def _membership(project: Project, user: User, *, lock: bool = False) -> Membership:
    # No ordering: Membership's default joins the project and user tables, whose rows a lock
    # would then take too, making every member of a project wait for each other.
    memberships = Membership.objects.filter(project=project, user=user).order_by()
    if lock:
        memberships = memberships.select_for_update(of=("self",))
    membership = memberships.first()
    if membership is None:
        raise PermissionDenied(NOT_A_MEMBER)
    return membership


def queue_held(*, project: Project, reviewer: User) -> Assignment | None:
    """The article `reviewer` holds in `project` (expired or not), if any."""
    return (
        Assignment.objects.filter(entry__project=project, reviewer=reviewer, status=AssignmentStatus.HELD)
        .select_related("entry__document")
        .first()
    )


def queue_next(*, project: Project, reviewer: User) -> Assignment | None:
    """The article `reviewer` should do next in `project`, held for them; None when nothing is left for them.

    One hold per member and project: asking again gives the same article (its hold renewed).
    """
    with transaction.atomic():
        # A member's own requests (two tabs) wait for each other; other members' do not.
        _membership(project, reviewer, lock=True)
        now = timezone.now()
        mine = queue_held(project=project, reviewer=reviewer)
        if mine is not None:
            held = ProjectDocument.objects.select_for_update(of=("self",)).get(pk=mine.entry_id)
            if slots_taken(now, entry=held, besides=reviewer) < project.reviews_needed:
                mine.held_until = now + hold_length()
                mine.save(update_fields=["held_until"])
                return mine
            mine.delete()  # the hold expired and the slot went to someone else
        candidates = (
            ProjectDocument.objects.filter(project=project)
            .exclude(Exists(Assignment.objects.filter(entry=OuterRef("pk"), reviewer=reviewer)))
            .annotate(taken=slots_taken(now))
            .filter(taken__lt=project.reviews_needed)
            .order_by("reviews_done", "pk")
        )
        tried: list[int] = []
        entry: ProjectDocument | None
        for _ in range(_ATTEMPTS):
            remaining = candidates.exclude(pk__in=tried)
            # Rows another member is locking are skipped; when only such rows are left, wait for
            # them, so that an article is never passed over while it still has a free slot.
            entry = remaining.select_for_update(skip_locked=True, of=("self",)).first()
            if entry is None:
                entry = remaining.select_for_update(of=("self",)).first()
            if entry is None:
                return None
            # Counted again under the lock, in a new statement: it sees every hold committed before.
            if slots_taken(timezone.now(), entry=entry) >= project.reviews_needed:
                tried.append(entry.pk)
                continue
            assignment = Assignment.objects.create(
                entry=entry,
                reviewer=reviewer,
                status=AssignmentStatus.HELD,
                taken_at=now,
                held_until=now + hold_length(),
            )
            assignment.entry = entry
            return assignment
        return None


def queue_done(*, project: Project, document: Document, reviewer: User) -> Assignment:
    """Mark `document` done by `reviewer` in `project`: their hold becomes a review (once).

    Allowed without taking it first while a slot is free; refused, with the reason, when the
    article already has the reviews it needs (e.g. the hold expired and another reviewer took it).
    """
    with transaction.atomic():
        _membership(project, reviewer)
        entry = (
            ProjectDocument.objects.filter(project=project, document=document)
            .order_by()
            .select_for_update(of=("self",))
            .first()
        )
        if entry is None:
            raise ValidationError({"document": ["This article is not in the project."]})
        mine = Assignment.objects.filter(entry=entry, reviewer=reviewer).first()
        if mine is not None and mine.status == AssignmentStatus.DONE:
            return mine  # marked done already: once is enough
        now = timezone.now()
        if slots_taken(now, entry=entry, besides=reviewer) >= project.reviews_needed:
            raise ValidationError(
                {
                    "document": [
                        f"This article already has the {project.reviews_needed} review(s) it needs"
                        + (": your hold expired and another reviewer took the slot." if mine else ".")
                    ]
                }
            )
        if mine is None:
            mine = Assignment(entry=entry, reviewer=reviewer, taken_at=now)
        # Set here, from checked values: the database's constraints back them (no full_clean queries).
        mine.status, mine.done_at, mine.held_until = AssignmentStatus.DONE, now, None
        mine.save()
        entry.reviews_done = Assignment.objects.filter(entry=entry, status=AssignmentStatus.DONE).count()
        entry.save(update_fields=["reviews_done"])
        mine.entry = entry
        return mine
