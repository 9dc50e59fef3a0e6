"""How pages answer what goes wrong, in one place; and the lookups that answer 404.

Full pages leave it to Django: a view raises `PermissionDenied` or `Http404`, and the project's
handlers answer with `403.html` or the 404 page. The claim editor's views answer *inside the
editor* instead (their htmx target), so the reviewer reads why next to the text: they raise, and
`@editor_errors` turns the exception into the editor's message with its status. A view that can
show a failure inside its form, keeping what was typed (422, 409, 503), catches it first.
"""

from collections.abc import Callable
from functools import wraps

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from .. import selectors, services
from ..models import Claim, Document  # noqa: F401  (Document: typing)


class Refused(Exception):
    """A request a page refuses, with the words to show and the status to answer with.

    For what no exception of Django's or of the services says, e.g. a delete that names no version.
    """

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def editor_message(request: HttpRequest, text: str, status: int) -> HttpResponse:
    """An error shown in the claim editor (the reader page's `#claim-editor`)."""
    context = {"text": text, "kind": "error"}
    return render(request, "annotations/reader.html#editor_message", context, status=status)


def error_answer(request: HttpRequest, error: Exception) -> tuple[str, int] | None:
    """The message and status a page answers `error` with; None for an error that is a fault."""
    match error:
        case Refused():
            return str(error), error.status
        case PermissionDenied():
            return str(error) or "You do not have permission to do this.", 403
        case Http404() | ObjectDoesNotExist():  # e.g. a claim deleted while the request waited for its lock
            return str(error) or "Not found.", 404
        case services.ClaimConflict():
            return str(error), 409
        case ValidationError():
            return " ".join(error.messages), 400
        case OperationalError() | InterfaceError():  # the connection failed; a write left nothing behind
            reading = request.method in ("GET", "HEAD", "OPTIONS")
            return (services.DATABASE_UNAVAILABLE if reading else services.DATABASE_FAILED), 503
    return None


def editor_errors(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Answer what a claim-editor view raises with a message in the editor (see `error_answer`)."""

    @wraps(view)
    def answered(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except Exception as error:
            answer = error_answer(request, error)
            if answer is None:
                raise
            return editor_message(request, *answer)

    return answered


def document_or_404(request: HttpRequest, pk: int) -> Document:
    """The document with its publisher if the user may open it; 404 alike for unknown and unreadable ids."""
    document = selectors.document_readable(pk=pk, viewer=request.user)
    if document is None:
        raise Http404("No such document.")
    return document


def claim_or_404(request: HttpRequest, pk: int) -> Claim:
    """The claim if the user may read it (`readable_by`); 404 alike for unknown and unreadable ids."""
    try:
        return selectors.claim_with_chain(pk=pk, viewer=request.user)
    except Claim.DoesNotExist:
        raise Http404("No such claim.") from None
