"""The document list and the reader page, with its live updates."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .. import permissions, selectors, services
from ..domain.highlighting import paragraphs
from ..models import Document
from ..selectors import projects as project_selectors
from .errors import document_or_404

DOCUMENTS_PER_PAGE = 20


@login_required
@require_GET
def document_list(request: HttpRequest) -> HttpResponse:
    search = request.GET.get("q", "")
    documents = selectors.documents_for_list(viewer=request.user, search=search)
    page = Paginator(documents, DOCUMENTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"page": page, "search": search}
    template = "annotations/document_list.html"
    return render(request, f"{template}#document_table" if request.htmx else template, context)


def wants_others(request: HttpRequest) -> bool:
    return request.GET.get("others") == "1" or request.POST.get("others") == "1"


PALETTE_SIZE = 6  # reviewer colours besides the viewer's own (workbench.css: .c1 ... .c6)


def reader_context(request: HttpRequest, document: Document) -> dict:
    include_others = wants_others(request)
    claims = selectors.claims_for_document(
        document=document, viewer=request.user, include_others=include_others
    )
    # Colours follow the order in which reviewers first annotated the document, so a
    # newcomer gets a new colour without changing anyone else's.
    first_claim: dict[str, int] = {}
    for claim in claims:
        if claim.author_id != request.user.pk:
            name = claim.author.username
            first_claim[name] = min(first_claim.get(name, claim.pk), claim.pk)
    colour = {
        name: index % PALETTE_SIZE + 1 for index, name in enumerate(sorted(first_claim, key=first_claim.get))
    }
    for claim in claims:
        claim.is_mine = claim.author_id == request.user.pk
        claim.colour = 0 if claim.is_mine else colour[claim.author.username]
        claim.can_edit = permissions.can_edit_claim(request.user, claim)
        claim.can_submit = services.can_transition(actor=request.user, claim=claim, action="submit")
    return {
        "document": document,
        "claims": claims,
        "paragraphs": paragraphs(document.text, claims),
        "include_others": include_others,
        "legend": [(name, colour[name]) for name in sorted(colour, key=colour.get)],
        "others_count": selectors.other_reviewers_count(document=document, viewer=request.user),
        "can_annotate": permissions.can_annotate(request.user),
        "is_moderator": permissions.is_moderator(request.user),
        "state": selectors.claims_digest((claim.pk, claim.version) for claim in claims),
        "poll_seconds": settings.LIVE_POLL_SECONDS,
        "in_projects": project_selectors.reader_projects(document=document, viewer=request.user),
    }


@login_required
@require_GET
def document_read(request: HttpRequest, pk: int) -> HttpResponse:
    document = document_or_404(request, pk)
    context = reader_context(request, document)
    return render(request, "annotations/reader.html", context)


@login_required
@require_GET
def document_live(request: HttpRequest, pk: int) -> HttpResponse:
    """Polled by an open reader page: 204 if nothing changed, else the redrawn claims."""
    document = document_or_404(request, pk)
    state = selectors.claims_state(
        document=document, viewer=request.user, include_others=wants_others(request)
    )
    if state == request.GET.get("state"):
        return HttpResponse(status=204)
    return render(request, "annotations/reader.html#live_update", reader_context(request, document))
