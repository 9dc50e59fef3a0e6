"""The two roles of the workbench, as Django groups, and the questions asked of them."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, Group, Permission, User
from django.core.exceptions import PermissionDenied

REVIEWER = "reviewer"
MODERATOR = "moderator"

# Who asks: a signed-in account, or a visitor who is not (every question below takes either).
Account = User | AnonymousUser

# Moderators work in the admin on every annotation model.
MODERATOR_MODELS = ("claim", "attributionhop", "source", "document", "project")


def ensure_roles() -> None:
    """Create the groups and give moderators their admin permissions (idempotent)."""
    Group.objects.get_or_create(name=REVIEWER)
    moderators, _ = Group.objects.get_or_create(name=MODERATOR)
    permissions = Permission.objects.filter(
        content_type__app_label="annotations", content_type__model__in=MODERATOR_MODELS
    )
    moderators.permissions.add(*permissions)
    # Decisions are made by the workflow only; moderators read them on each claim's admin page.
    moderators.permissions.add(
        *Permission.objects.filter(content_type__app_label="annotations", codename="view_moderationdecision")
    )


def _groups(user: Account) -> set[str]:
    # Cached on the user object: asked once per request however many claims a page shows.
    cached: set[str] | None = getattr(user, "_workbench_groups", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        setattr(user, "_workbench_groups", cached)  # noqa: B010  (not a field: a per-request cache)
    return cached


def is_moderator(user: Account) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or MODERATOR in _groups(user)))


def can_annotate(user: Account) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or _groups(user) & {REVIEWER, MODERATOR}))


def can_add_articles(user: Account) -> bool:
    """Who brings articles in: ARTICLE_ADDERS is `annotators` (reviewers and moderators, the
    default) or `moderators`."""
    if settings.ARTICLE_ADDERS == "moderators":
        return is_moderator(user)
    return can_annotate(user)


ADD_ARTICLES_REFUSAL = "Your account cannot add articles: ask a moderator."


SUGGESTIONS_REFUSAL = "Only reviewers and moderators ask for suggestions."


def require_annotator(user: Account, refusal: str) -> None:
    """PermissionDenied(refusal) unless `user` may annotate (pages and API ask the same way)."""
    if not can_annotate(user):
        raise PermissionDenied(refusal)


def can_edit_claim(user: Account, claim) -> bool:
    """Authors edit their own claims until they are approved; moderators edit any."""
    return claim_change_refusal(user, claim, "edit") is None


def claim_change_refusal(user: Account, claim, verb: str) -> str | None:
    """Why `user` may not edit or delete (`verb`) `claim`, in the words every surface shows.

    None if they may. Asked by the services of the locked row, and by pages to show or hide buttons.
    """
    if user.is_authenticated and is_moderator(user):
        return None
    if not user.is_authenticated or claim.author_id != user.pk:
        return f"You can {verb} only your own claims."
    if claim.status == "approved":
        return f"This claim is approved: it is locked. Ask a moderator to {verb} it."
    return None
