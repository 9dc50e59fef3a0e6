"""Pages for teams: agreement between reviewers, adjudication into a gold set, activity."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from .. import permissions, selectors, services
from ..domain import charts
from ..domain.agreement import GOLD
from ..models import Claim
from ..selectors import activity, adjudication
from ..selectors import projects as project_selectors
from .errors import document_or_404
from .forms import AgreementForm


@login_required
@require_GET
def agreement_page(request: HttpRequest) -> HttpResponse:
    if not permissions.can_annotate(request.user):
        raise PermissionDenied("Only reviewers and moderators see agreement.")
    form = AgreementForm(request.GET or None, viewer=request.user)
    context = {"form": form, "gold_name": GOLD}
    if request.GET and not form.is_valid():
        return render(request, "annotations/agreement.html", context, status=400)
    data = form.cleaned_data if form.is_bound else {}
    documents = list(data.get("document") or []) or None
    context["documents"] = documents
    context["project"] = data.get("project")
    context["report"] = selectors.agreement_report(
        viewer=request.user,
        documents=documents,
        reviewers=data.get("reviewer") or None,
        include_gold=data.get("gold", False),
        project=data.get("project"),
    )
    return render(request, "annotations/agreement.html", context)


def _project_param(request: HttpRequest):
    """The project `?project=` names, if the user sees it; 404 for an id that is not one of theirs."""
    value = request.GET.get("project", "")
    if not value:
        return None
    project = (
        project_selectors.project_visible(pk=int(value), viewer=request.user) if value.isdigit() else None
    )
    if project is None:
        raise Http404("No such project, or you are not a member of it.")
    return project


def _require_moderator(request: HttpRequest) -> None:
    if not permissions.is_moderator(request.user):
        raise PermissionDenied("Only moderators adjudicate.")


@login_required
@require_GET
def document_adjudicate(request: HttpRequest, pk: int) -> HttpResponse:
    _require_moderator(request)
    document = document_or_404(request, pk)
    claims = selectors.claims_for_document(document=document, viewer=request.user, include_others=True)
    project = _project_param(request)
    if project is not None:  # the project's reviewers only, and the gold set
        members = {user.pk for user in project_selectors.project_reviewers(project=project)}
        claims = [claim for claim in claims if claim.is_gold or claim.author_id in members]
    reviewers, rows = adjudication.rows(claims)
    context = {
        "document": document,
        "reviewers": reviewers,
        "rows": rows,
        "disagreements": sum(not row.agreed for row in rows),
        "gold_count": sum(1 for claim in claims if claim.is_gold),
        "project": project,
    }
    return render(request, "annotations/adjudicate.html", context)


@login_required
@require_POST
def claim_accept_gold(request: HttpRequest, pk: int) -> HttpResponse:
    _require_moderator(request)
    claim = get_object_or_404(Claim.objects.select_related("author", "document"), pk=pk)
    try:
        gold = services.claim_accept_as_gold(claim=claim, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"{claim.author.username}'s version is now the gold claim (#{gold.pk}).")
    return redirect(f"{claim.document.get_absolute_url()}adjudicate/#claim-{pk}")


@login_required
@require_GET
def reviewer_activity(request: HttpRequest) -> HttpResponse:
    """Moderators see every reviewer; a reviewer sees themself."""
    moderator = permissions.is_moderator(request.user)
    project = _project_param(request)
    counts = selectors.activity_counts(
        usernames=None if moderator else [request.user.username], project=project
    )
    chosen = request.GET.get("reviewer") or request.user.username
    if not moderator and chosen != request.user.username:
        raise PermissionDenied("You can see only your own activity.")
    weeks = activity.reviewer_weeks(chosen, viewer=request.user, project=project)
    acceptance, acceptance_overall = activity.suggestion_acceptance(
        usernames=None if moderator else [request.user.username], project=project
    )
    context = {
        "acceptance": acceptance,
        "acceptance_overall": acceptance_overall,
        "counts": counts,
        "chosen": chosen,
        "weeks": weeks,
        "chart": charts.weekly_chart(weeks),
        "versus_gold": activity.gold_agreement(chosen, viewer=request.user, project=project),
        "moderator": moderator,
        "project": project,
    }
    return render(request, "annotations/activity.html", context)
