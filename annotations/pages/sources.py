"""The source registry's pages: search and filter, one source with what cites it, and name suggestions."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from .. import selectors
from ..models import Source
from ..scales import Credibility, ReliabilityGrade, SourceKind

SOURCES_PER_PAGE = 25
CITATIONS_PER_PAGE = 50


@login_required
@require_GET
def source_list(request: HttpRequest) -> HttpResponse:
    filters = {name: request.GET.get(name, "").strip() for name in ("q", "kind", "grade", "country")}
    sources = selectors.sources_for_list(
        search=filters["q"], kind=filters["kind"], grade=filters["grade"], country=filters["country"]
    )
    page = Paginator(sources, SOURCES_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "filters": filters,
        "kinds": SourceKind.choices,
        "grades": ReliabilityGrade.choices,
        "filtered": any(filters.values()),
    }
    template = "annotations/source_list.html"
    return render(request, f"{template}#source_table" if request.htmx else template, context)


@login_required
@require_GET
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(Source.objects.select_related("parent", "graded_by"), pk=pk)
    origin_only = request.GET.get("as") == "origin"
    citations = Paginator(
        selectors.source_citations(source=source, viewer=request.user, origin_only=origin_only),
        CITATIONS_PER_PAGE,
    )
    counts = selectors.source_credibility_counts(source=source, viewer=request.user)
    context = {
        "source": source,
        "children": source.children.order_by("name"),
        "page": citations.get_page(request.GET.get("page")),
        "origin_only": origin_only,
        "credibility": [(code, words, counts.get(code, 0)) for code, words in Credibility.choices],
        "cited_total": sum(counts.values()),
        "grade_history": selectors.source_grade_history(source=source),
    }
    return render(request, "annotations/source_detail.html", context)


@login_required
@require_GET
def source_suggest(request: HttpRequest) -> HttpResponse:
    """Registry names for the chain builder's source field (the field's own name varies by row)."""
    query = request.GET.get("q") or next(
        (value for name, value in request.GET.items() if name.endswith("source_name")), ""
    )
    context = {"sources": selectors.source_suggestions(query=query), "query": query.strip()}
    return render(request, "annotations/partials/hop_row.html#source_options", context)
