"""Suggested chains and claims on the reader page (nothing is saved)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .. import permissions, selectors
from ..domain import suggesting
from ..models import Claim, Document
from .editor import span_from
from .errors import document_or_404, editor_errors
from .forms import HopFormSet, suggestion_initial


def suggestion_for(document: Document, start: int, end: int):
    return suggesting.suggest_chain(
        document.text, document.publisher.name, start, end, selectors.source_registry()
    )


@login_required
@require_GET
@editor_errors
def suggested_hops(request: HttpRequest, pk: int) -> HttpResponse:
    """The chain builder's rows filled with the chain suggested for a span (nothing is saved)."""
    permissions.require_annotator(request.user, permissions.SUGGESTIONS_REFUSAL)
    document = document_or_404(request, pk)
    span = span_from(request, document)
    initial = suggestion_initial(suggestion_for(document, span.start, span.end), publisher=document.publisher)
    hops = HopFormSet(prefix="hops", initial=initial)
    return render(request, "annotations/partials/claim_form.html#hop_rows", {"hops": hops})


@login_required
@require_GET
@editor_errors
def suggested_claims(request: HttpRequest, pk: int) -> HttpResponse:
    """Sentences that carry an attributed assertion, with their chains, to review one by one."""
    permissions.require_annotator(request.user, permissions.SUGGESTIONS_REFUSAL)
    document = document_or_404(request, pk)
    mine = sorted(Claim.objects.filter(document=document, author=request.user).values_list("start", "end"))
    suggestions = suggesting.suggest_claims(
        document.text, document.publisher.name, selectors.source_registry()
    )
    # Suggestions come in text order, so one walk along my claims (by start) finds those a
    # sentence overlaps: `reach` is the furthest end of my claims that begin before it ends.
    candidates, walked, reach = [], 0, -1
    for candidate in suggestions:
        while walked < len(mine) and mine[walked][0] < candidate.sentence_end:
            reach = max(reach, mine[walked][1])
            walked += 1
        if reach <= candidate.sentence_start:
            candidates.append(candidate)
    rows = [(c, document.text[c.sentence_start : c.sentence_end]) for c in candidates]
    context = {
        "document": document,
        "candidates": rows,
        # A long document is read only in part (suggesting.CLAIMS_LIMIT): the page says how far.
        "read_up_to": suggestions.read_up_to,
        "text_length": len(document.text),
    }
    return render(request, "annotations/partials/suggested_claims.html", context)
