"""What the claim editor's answers share: the editor fragment and the span a request names."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ..domain.anchoring import Anchor, AnchorError, anchor_span
from ..models import Document
from .errors import Refused


def editor_response(request: HttpRequest, context: dict, status: int = 200) -> HttpResponse:
    return render(request, "annotations/partials/claim_form.html", context, status=status)


def span_from(request: HttpRequest, document: Document) -> Anchor:
    """The span of `document` that the `start` and `end` parameters name; `Refused` (400) if none."""
    try:
        return anchor_span(document.text, int(request.GET.get("start", "")), int(request.GET.get("end", "")))
    except AnchorError as error:  # a ValueError too: first
        raise Refused(str(error), 400) from None
    except ValueError:
        raise Refused("The selection has no valid offsets.", 400) from None
