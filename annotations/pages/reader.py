"""The document list and the reader page, with its live updates and its claim cards.

The reader renders in time proportional to the text plus a little per claim: the highlights
are compact marks built in one pass (pages/highlights.py), the claims' cards come a page at a
time (CLAIMS_PER_PAGE, in text order) or on demand (a click on a highlight asks for the page
holding its claim), and the live poll redraws only the pieces whose claims changed.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from .. import permissions, selectors, services
from ..models import ClaimStatus, Document
from ..scales import Credibility
from ..selectors import projects as project_selectors
from .errors import document_or_404
from .highlights import claim_spans, reviewer_colours, text_html

DOCUMENTS_PER_PAGE = 20
CLAIMS_PER_PAGE = 25
# What a reader URL may carry besides the filters; the live poll and the list's pages keep them.
READER_PARAMS = ("others", "page", *selectors.READER_FILTERS)


@login_required
@require_GET
def document_list(request: HttpRequest) -> HttpResponse:
    search = request.GET.get("q", "")
    documents = selectors.documents_for_list(viewer=request.user, search=search)
    page = Paginator(documents, DOCUMENTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"page": page, "search": search, "statuses": ClaimStatus.choices}
    template = "annotations/document_list.html"
    return render(request, f"{template}#document_table" if request.htmx else template, context)


def reader_params(request: HttpRequest) -> QueryDict:
    """The reader's own parameters (others, page, filters): from the query of a GET, or, for an
    htmx POST from the page (a save, a delete), from the page's address that htmx sends along."""
    if request.method == "GET":
        source = request.GET
    else:
        current = getattr(request, "htmx", None) and request.htmx.current_url
        source = QueryDict(urlsplit(current).query if current else "")
    params = QueryDict(mutable=True)
    for name in READER_PARAMS:
        values = [value for value in source.getlist(name) if value]
        if values:
            params.setlist(name, values)
    if request.POST.get("others") == "1":
        params["others"] = "1"
    return params


def wants_others(request: HttpRequest) -> bool:
    return reader_params(request).get("others") == "1"


def reader_marks(request: HttpRequest, document: Document) -> list[selectors.ClaimMark]:
    params = reader_params(request)
    return selectors.claim_marks(
        document=document, viewer=request.user, include_others=params.get("others") == "1", filters=params
    )


def reader_context(
    request: HttpRequest,
    document: Document,
    *,
    focus: int | None = None,
    marks: list[selectors.ClaimMark] | None = None,
) -> dict:
    """What the reader page and its fragments show. The pieces only some fragments show (the
    text, the filters' sources, the count of other reviewers) are callables, which the template
    calls only where it renders them."""
    params = reader_params(request)
    include_others = params.get("others") == "1"
    if marks is None:
        marks = reader_marks(request, document)
    colours = reviewer_colours(marks)
    # The list shows a page of cards; `focus` (a claim a highlight click asked for) picks its page.
    number = params.get("page")
    if focus is not None:
        index = next((i for i, mark in enumerate(marks) if mark.pk == focus), 0)
        number = str(index // CLAIMS_PER_PAGE + 1)
    list_page = Paginator(marks, CLAIMS_PER_PAGE).get_page(number)
    if list_page.number > 1:  # the live poll and later saves keep to the page shown
        params["page"] = str(list_page.number)
    else:
        params.pop("page", None)
    claims = selectors.claims_by_ids(mark.pk for mark in list_page)
    for claim in claims:
        claim.is_mine = claim.author_id == request.user.pk
        claim.colour = 0 if claim.is_mine else colours.get(claim.author.username, 1)
        claim.can_edit = permissions.can_edit_claim(request.user, claim)
        claim.can_submit = services.can_transition(actor=request.user, claim=claim, action="submit")
        claim.paragraphs = claim.quote.count("\n") + 1
    query = params.copy()
    query.pop("page", None)
    return {
        "document": document,
        "text_html": lambda: text_html(document.text, marks, colours),
        "claim_spans": claim_spans(marks),
        "claims": claims,
        "claim_count": len(marks),
        "list_page": list_page,
        "include_others": include_others,
        "legend": [(name, colour) for name, colour in colours.items()],
        "others_count": lambda: selectors.other_reviewers_count(document=document, viewer=request.user),
        "can_annotate": permissions.can_annotate(request.user),
        "is_moderator": permissions.is_moderator(request.user),
        # Three digests, so the live poll redraws only what changed: any claim (the quick 204),
        # the highlights (spans, statuses, authors), and the cards on the page shown.
        "state": selectors.claims_digest((mark.pk, mark.version) for mark in marks),
        "marks_state": selectors.claims_digest(
            (m.pk, f"{m.start}-{m.end}-{m.status}-{m.author_id}") for m in marks
        ),
        "listed_state": selectors.claims_digest((claim.pk, claim.version) for claim in claims),
        "poll_seconds": settings.LIVE_POLL_SECONDS,
        "filters": params,
        "filter_query": query.urlencode(),
        "list_query": params.urlencode(),
        "statuses": ClaimStatus.choices,
        "credibilities": Credibility.choices,
        "reviewers": sorted({mark.author for mark in marks} | set(params.getlist("reviewer"))),
        "sources": lambda: selectors.sources_cited_on(document=document, viewer=request.user),
        "in_projects": project_selectors.reader_projects(document=document, viewer=request.user),
    }


@login_required
@require_GET
def document_read(request: HttpRequest, pk: int) -> HttpResponse:
    document = document_or_404(request, pk)
    focus = request.GET.get("focus")
    context = reader_context(request, document, focus=int(focus) if focus and focus.isdigit() else None)
    if request.htmx and request.htmx.target == "claim-list":  # a page of the list, or a card asked for
        return render(request, "annotations/reader.html#claim_list_page", context)
    return render(request, "annotations/reader.html", context)


@login_required
@require_GET
def document_live(request: HttpRequest, pk: int) -> HttpResponse:
    """Polled by an open reader page: 204 if nothing changed, else only the pieces that did."""
    document = document_or_404(request, pk)
    marks = reader_marks(request, document)
    if selectors.claims_digest((mark.pk, mark.version) for mark in marks) == request.GET.get("state"):
        return HttpResponse(status=204)
    context = reader_context(request, document, marks=marks)
    context["redraw_text"] = context["marks_state"] != request.GET.get("marks")
    context["redraw_list"] = context["listed_state"] != request.GET.get("listed")
    return render(request, "annotations/reader.html#live_update", context)


@login_required
@require_GET
def export_download(request: HttpRequest) -> HttpResponse:
    """The Export dialog's form, as the API's export address: a plain form sends its empty fields
    too ("either"), which the API refuses as values; here they are left out, then the browser
    downloads from the API with its session."""
    query = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        kept = [value for value in values if value.strip()]
        if kept:
            query.setlist(name, kept)
    return HttpResponseRedirect(f"{reverse('api:export')}?{query.urlencode()}")
