"""Project pages: the list, create and edit, the progress page (and its CSV), the queue's buttons, My work."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import permissions, selectors, services
from ..domain import charts
from ..domain.guidelines import guidelines_html
from ..models import Membership, Project, ProjectRole
from ..selectors import projects as project_selectors
from .errors import document_or_404
from .forms import ProjectDocumentsForm, ProjectForm

ROWS_PER_PAGE = 50


def _project_or_404(request: HttpRequest, pk: int) -> Project:
    """The project if the user sees it (moderators: every one; others: theirs); 404 alike otherwise."""
    project = project_selectors.project_visible(pk=pk, viewer=request.user)
    if project is None:
        raise Http404("No such project, or you are not a member of it.")
    return project


def _require_moderator(request: HttpRequest) -> None:
    if not permissions.is_moderator(request.user):
        raise PermissionDenied(services.projects.ONLY_MODERATORS)


@login_required
@require_GET
def project_list(request: HttpRequest) -> HttpResponse:
    projects = list(project_selectors.projects_for(viewer=request.user))
    context = {"projects": projects, "is_moderator": permissions.is_moderator(request.user)}
    return render(request, "annotations/project_list.html", context)


def _members_chosen(form: ProjectForm) -> tuple[list, list]:
    moderators = list(form.cleaned_data["moderators"])
    reviewers = [user for user in form.cleaned_data["reviewers"] if user not in moderators]
    return reviewers, moderators


@login_required
@require_http_methods(["GET", "POST"])
def project_new(request: HttpRequest) -> HttpResponse:
    _require_moderator(request)
    form = ProjectForm(request.POST or None, initial={"mode": services.projects.default_mode()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        reviewers, moderators = _members_chosen(form)
        try:
            project = services.project_create(
                actor=request.user,
                name=data["name"],
                description=data["description"],
                guidelines=data["guidelines"],
                reviews_needed=data["reviews_needed"],
                due_on=data["due_on"],
                mode=data["mode"],
                reviewers=reviewers,
                moderators=moderators,
            )
        except ValidationError as error:
            form.add_service_errors(error)
        else:
            messages.success(request, f"Project “{project.name}” created. Add its articles below.")
            return redirect(project.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    return render(request, "annotations/project_form.html", {"form": form, "project": None}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def project_edit(request: HttpRequest, pk: int) -> HttpResponse:
    _require_moderator(request)
    project = _project_or_404(request, pk)
    members = Membership.objects.filter(project=project)
    initial = {name: getattr(project, name) for name in services.projects.PROJECT_FIELDS} | {
        "reviewers": [m.user_id for m in members if m.role == ProjectRole.REVIEWER],
        "moderators": [m.user_id for m in members if m.role == ProjectRole.MODERATOR],
    }
    form = ProjectForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        reviewers, moderators = _members_chosen(form)
        try:
            services.project_update(
                project=project,
                actor=request.user,
                **{name: data[name] for name in services.projects.PROJECT_FIELDS},
            )
            chosen = {user.pk for user in reviewers + moderators}
            for membership in members.select_related("user"):
                if membership.user_id not in chosen:
                    services.project_remove_member(project=project, actor=request.user, user=membership.user)
            services.project_add_members(
                project=project, actor=request.user, users=moderators, role="moderator"
            )
            services.project_add_members(
                project=project, actor=request.user, users=reviewers, role="reviewer"
            )
        except ValidationError as error:
            form.add_service_errors(error)
        else:
            messages.success(request, f"Project “{data['name']}” saved.")
            return redirect(project.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "project": project}
    return render(request, "annotations/project_form.html", context, status=status)


@login_required
@require_GET
def project_detail(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project_or_404(request, pk)
    reviewers = project_selectors.project_reviewers(project=project)
    page = Paginator(project_selectors.project_entries(project=project), ROWS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    days = project_selectors.reviews_by_day(project=project)
    summary = project_selectors.project_summary(project=project)
    member = project_selectors.is_member(project=project, user=request.user)
    context = {
        "project": project,
        "guidelines": guidelines_html(project.guidelines),
        "summary": summary,
        "reviewers": reviewers,
        "figures": project_selectors.reviewer_figures(project=project, reviewers=reviewers),
        "page": page,
        "rows": project_selectors.progress_rows(
            project=project, entries=list(page.object_list), reviewers=reviewers
        ),
        "days": days,
        "chart": charts.progress_chart(days, total=summary.reviews_needed),
        "is_moderator": permissions.is_moderator(request.user),
        "is_member": member,
        "held": services.queue_held(project=project, reviewer=request.user) if member else None,
        "overdue": bool(project.due_on and project.due_on < timezone.localdate()),
        "documents_form": ProjectDocumentsForm(),
    }
    return render(request, "annotations/project_detail.html", context)


class _Echo:
    def write(self, value: str) -> str:
        return value


@login_required
@require_GET
def project_progress_csv(request: HttpRequest, pk: int) -> StreamingHttpResponse:
    project = _project_or_404(request, pk)
    writer = csv.writer(_Echo())
    rows = (writer.writerow(row) for row in project_selectors.progress_csv_rows(project=project))
    response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="project-{project.pk}-progress.csv"'
    return response


@login_required
@require_POST
def project_next(request: HttpRequest, pk: int) -> HttpResponse:
    """Next article: the member's held article (or a newly held one) opens in the reader."""
    project = _project_or_404(request, pk)
    assignment = services.queue_next(project=project, reviewer=request.user)
    if assignment is None:
        messages.info(
            request, "Nothing left for you in this project: every article has its reviews or yours."
        )
        return redirect(project.get_absolute_url())
    return redirect(f"{assignment.entry.document.get_absolute_url()}?project={project.pk}")


@login_required
@require_POST
def project_done(request: HttpRequest, pk: int, document_pk: int) -> HttpResponse:
    project = _project_or_404(request, pk)
    document = document_or_404(request, document_pk)
    try:
        assignment = services.queue_done(project=project, document=document, reviewer=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(f"{document.get_absolute_url()}?project={project.pk}")
    messages.success(
        request,
        f"“{document.title}” marked done "
        f"({assignment.entry.reviews_done} of {project.reviews_needed} reviews).",
    )
    return redirect(project.get_absolute_url())


@login_required
@require_POST
def project_documents(request: HttpRequest, pk: int) -> HttpResponse:
    """Add articles to a project (or take them out: `remove`), by a search or a list of ids."""
    _require_moderator(request)
    project = _project_or_404(request, pk)
    form = ProjectDocumentsForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
        return redirect(project.get_absolute_url())
    chosen = selectors.documents_for_list(viewer=request.user, search=form.cleaned_data["q"])
    if form.cleaned_data["ids"]:
        ids = form.cleaned_data["ids"]
        chosen = selectors.documents_visible(viewer=request.user).filter(pk__in=ids)
        missing = sorted(set(ids) - set(chosen.values_list("pk", flat=True)))
        if missing:
            messages.error(
                request, f"No article with id {', '.join(map(str, missing[:10]))}: nothing changed."
            )
            return redirect(project.get_absolute_url())
    try:
        if "remove" in request.POST:
            count = services.project_remove_documents(
                project=project, actor=request.user, documents=list(chosen)
            )
            messages.success(request, f"{count} article(s) taken out of the project; their claims stay.")
        else:
            count = services.project_add_documents(project=project, actor=request.user, documents=chosen)
            if count:
                messages.success(request, f"{count} article(s) added.")
            else:
                messages.warning(
                    request, "No article added: none matched, or they were in the project already."
                )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(project.get_absolute_url())


@login_required
@require_GET
def my_work(request: HttpRequest) -> HttpResponse:
    work = project_selectors.my_work(viewer=request.user)
    return render(request, "annotations/my_work.html", {"work": work})
