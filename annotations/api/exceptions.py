"""JSON errors everywhere under /api/: `{"detail": ..., "errors": {name: [messages]}}`."""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, RequestDataTooBig
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import InterfaceError, OperationalError
from django.http import JsonResponse
from django.views import defaults
from django.views.defaults import page_not_found
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from .. import selectors
from ..interchange.exporting import record_from_claim
from ..services import DATABASE_FAILED, DATABASE_UNAVAILABLE, ClaimConflict


def json_exception_handler(exc, context):
    if isinstance(exc, ClaimConflict):
        current = selectors.claim_with_chain(pk=exc.current.pk)
        changes = selectors.claim_changes_since(claim=current, version=exc.expected_version)
        return Response(
            {"detail": str(exc), "changes": changes, "current": record_from_claim(current)},
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, OperationalError | InterfaceError):
        # The connection failed. Writes are transactions: a failed one left nothing behind.
        request = context.get("request")
        safe = request is not None and request.method in ("GET", "HEAD", "OPTIONS")
        detail = DATABASE_UNAVAILABLE if safe else DATABASE_FAILED
        return Response({"detail": detail}, status=status.HTTP_503_SERVICE_UNAVAILABLE)
    if isinstance(exc, ObjectDoesNotExist):  # e.g. a claim deleted while the request waited for its lock
        return Response({"detail": str(exc) or "Not found."}, status=status.HTTP_404_NOT_FOUND)
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        errors = response.data if isinstance(response.data, dict) else {"non_field_errors": response.data}
        response.data = {"detail": "Invalid input: see `errors`.", "errors": errors}
    elif not isinstance(response.data, dict):
        response.data = {"detail": response.data}
    return response


def not_found(request, exception=None):
    """A JSON 404 for unknown API addresses; the usual page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return page_not_found(request, exception)


def csrf_failure(request, reason=""):
    """A form POST (or an API request with a session cookie and no CSRF token) that fails the
    CSRF check: JSON under /api/, Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": "CSRF check failed: send the X-CSRFToken header with a session, or use a token."},
            status=403,
        )
    from django.views.csrf import csrf_failure as django_csrf_failure

    return django_csrf_failure(request, reason=reason)


def bad_request(request, exception=None):
    """A request Django itself refused (a body over DATA_UPLOAD_MAX_MEMORY_SIZE, too many fields):
    JSON under /api/ like every API error; the usual page elsewhere."""
    if not request.path.startswith("/api/"):
        return defaults.bad_request(request, exception)
    if isinstance(exception, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        detail = f"The request body is over {limit / 2**20:.1f} MiB, more than one request may carry."
    else:
        detail = "The request could not be read."
    return JsonResponse({"detail": detail}, status=400)


def server_error(request):
    """Should a fault slip through, an API client still gets JSON it can parse."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Something went wrong on the server."}, status=500)
    return defaults.server_error(request)
