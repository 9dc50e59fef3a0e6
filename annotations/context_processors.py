"""What every page's header needs to know about the viewer."""

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from . import permissions


def abilities(request: HttpRequest) -> dict:
    # Lazy: asked only by pages that show the link (the groups are read once per request).
    return {"can_add_articles": SimpleLazyObject(lambda: permissions.can_add_articles(request.user))}
