"""What the claim editor's answers share: the editor fragment, a message in it, a span a request names."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ..domain.anchoring import AnchorError, anchor_span
from ..models import Document


def editor_response(request, context: dict, status: int = 200) -> HttpResponse:
    return render(request, "annotations/partials/claim_form.html", context, status=status)


def editor_message(request, text: str, status: int, kind: str = "error") -> HttpResponse:
    return render(
        request,
        "annotations/partials/editor_message.html",
        {"text": text, "kind": kind},
        status=status,
    )


class BadSpan(Exception):
    """Offsets that do not make a span of the document."""


def span_from(request: HttpRequest, document: Document) -> tuple[int, int]:
    try:
        anchor = anchor_span(
            document.text, int(request.GET.get("start", "")), int(request.GET.get("end", ""))
        )
    except AnchorError as error:
        raise BadSpan(str(error)) from None
    except ValueError:
        raise BadSpan("The selection has no valid offsets.") from None
    return anchor.start, anchor.end
