"""Add articles: paste, files, addresses and feeds; an import's progress and its items to check."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from .. import permissions, selectors, services
from ..models import Feed, IntakeItem, ItemStatus, JobStatus, Project, Source
from ..scales import SourceKind
from ..selectors import projects as project_selectors

TEMPLATE = "annotations/add_articles.html"
JOB_TEMPLATE = "annotations/intake_job.html"
JOBS_PER_PAGE = 10
# The publisher field's suggestions: the registry's outlets, by name (a datalist, typed to filter).
PUBLISHER_CHOICES = 500


class PasteForm(forms.Form):
    title = forms.CharField(max_length=500)
    publisher = forms.CharField(
        max_length=200, help_text="Who published it first (a registry name, or a new one)."
    )
    published_on = forms.DateField(
        required=False, label="Published on", widget=forms.DateInput(attrs={"type": "date"})
    )
    url = forms.URLField(required=False, max_length=2000, label="Address (optional)", assume_scheme="https")
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 14}), strip=False, max_length=2_000_000)


class UrlsForm(forms.Form):
    urls = forms.CharField(
        label="Addresses, one per line",
        widget=forms.Textarea(attrs={"rows": 5, "placeholder": "https://example.com/news/story"}),
        max_length=400_000,
    )
    publisher = forms.CharField(
        max_length=200, required=False, help_text="Leave empty to read it from each page."
    )


class FeedForm(forms.Form):
    url = forms.URLField(label="Feed address (RSS or Atom)", max_length=2000, assume_scheme="https")
    publisher = forms.CharField(
        max_length=200, required=False, help_text="Leave empty to read it from each page."
    )


class ItemForm(forms.Form):
    title = forms.CharField(max_length=500)
    publisher = forms.CharField(max_length=200)
    published_on = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))


def _chosen_project(request: HttpRequest) -> Project | None:
    """The project chosen on the form, among those the person may add to (unknown ids: a 400)."""
    value = request.POST.get("project", "").strip()
    if not value:
        return None
    project = (
        project_selectors.projects_for(viewer=request.user).filter(pk=int(value)).first()
        if value.isdigit()
        else None
    )
    if project is None:
        raise ValidationError({"project": "Choose one of your projects."})
    return project


def _require_adder(request: HttpRequest) -> None:
    if not permissions.can_add_articles(request.user):
        raise PermissionDenied(permissions.ADD_ARTICLES_REFUSAL)


def _page(request: HttpRequest, **forms_given) -> dict:
    services.jobs_fail_stale()  # a job whose worker died is listed as failed, not running forever
    jobs = Paginator(selectors.jobs_for(viewer=request.user), JOBS_PER_PAGE).get_page(request.GET.get("page"))
    return {
        "paste_form": forms_given.get("paste_form") or PasteForm(),
        "urls_form": forms_given.get("urls_form") or UrlsForm(),
        "feed_form": forms_given.get("feed_form") or FeedForm(),
        "file_error": forms_given.get("file_error", ""),
        "near_duplicate": forms_given.get("near_duplicate"),
        "preview": forms_given.get("preview"),
        "publishers": Source.objects.filter(kind=SourceKind.OUTLET)
        .order_by("name")
        .values_list("name", flat=True)[:PUBLISHER_CHOICES],
        "feeds": selectors.feeds_for_list(),
        "jobs": jobs,
        "max_upload_mib": settings.INTAKE_MAX_UPLOAD_BYTES // 2**20,
        "max_file_mib": settings.INTAKE_MAX_FILE_BYTES // 2**20,
        "max_items": settings.INTAKE_MAX_ITEMS,
        "active": forms_given.get("active", "paste"),
        "projects": list(project_selectors.projects_for(viewer=request.user).only("pk", "name")),
        "chosen_project": request.POST.get("project", ""),
        "is_moderator": permissions.is_moderator(request.user),
    }


@login_required
@require_GET
def add_articles(request: HttpRequest) -> HttpResponse:
    _require_adder(request)
    return render(request, TEMPLATE, _page(request, active=request.GET.get("way", "paste")))


def _form_errors(form: forms.Form, error: ValidationError, fields: dict[str, str]) -> None:
    """A service's refusal onto the form: its field names mapped to the form's."""
    if hasattr(error, "error_dict"):
        for name, problems in error.message_dict.items():
            form.add_error(fields.get(name) if fields.get(name) in form.fields else None, problems)
    else:
        form.add_error(None, error.messages)


@login_required
@require_POST
def add_pasted(request: HttpRequest) -> HttpResponse:
    _require_adder(request)
    form = PasteForm(request.POST)
    if not form.is_valid():
        return render(request, TEMPLATE, _page(request, paste_form=form), status=400)
    data = form.cleaned_data
    if request.POST.get("action") == "preview":
        from ..domain.extraction import clean_text

        text = clean_text(data["text"])
        near = selectors.near_duplicate(text=text) if text else None
        preview = {"paragraphs": text.split("\n") if text else [], "characters": len(text)}
        return render(
            request, TEMPLATE, _page(request, paste_form=form, preview=preview, near_duplicate=near)
        )
    try:
        document, created = services.document_paste(
            project=_chosen_project(request),
            actor=request.user,
            title=data["title"],
            publisher_name=data["publisher"],
            text=data["text"],
            published_on=data["published_on"],
            url=data["url"],
            force=request.POST.get("force") == "1",
        )
    except services.NearDuplicateError as error:
        near = selectors.NearDuplicate(error.document, error.similarity)
        return render(request, TEMPLATE, _page(request, paste_form=form, near_duplicate=near), status=409)
    except ValidationError as error:
        _form_errors(form, error, {"publisher": "publisher", "text": "text", "title": "title", "url": "url"})
        return render(request, TEMPLATE, _page(request, paste_form=form), status=400)
    except PermissionDenied as error:
        form.add_error(None, str(error))
        return render(request, TEMPLATE, _page(request, paste_form=form), status=403)
    if created:
        messages.success(request, f"“{document.title}” was added: select a passage to annotate it.")
    else:
        messages.info(request, "This text was already stored: here it is.")
    return redirect(document.get_absolute_url())


def _upload_too_large(request: HttpRequest) -> bool:
    length = request.META.get("CONTENT_LENGTH") or "0"
    return length.isdigit() and int(length) > settings.INTAKE_MAX_UPLOAD_BYTES


@login_required
@require_POST
def add_files(request: HttpRequest) -> HttpResponse:
    _require_adder(request)
    # Refused before the body is read: a 2 GB upload is not spooled to disk to be thrown away.
    if _upload_too_large(request):
        error = (
            f"The files are over {settings.INTAKE_MAX_UPLOAD_BYTES // 2**20} MiB in all: add fewer at once."
        )
        return render(request, TEMPLATE, _page(request, file_error=error, active="files"), status=413)
    try:
        uploads = request.FILES.getlist("files")
    except Exception as error:  # Django's own refusals of a malformed or oversized multipart body
        return render(request, TEMPLATE, _page(request, file_error=str(error), active="files"), status=400)
    files = [(upload.name or "", upload.read(), upload.content_type or "") for upload in uploads]
    try:
        job = services.job_for_files(
            actor=request.user,
            files=files,
            review=True,
            publisher_name=request.POST.get("publisher", ""),
            project=_chosen_project(request),
        )
    except PermissionDenied as error:
        return render(request, TEMPLATE, _page(request, file_error=str(error), active="files"), status=403)
    except ValidationError as error:
        return render(
            request, TEMPLATE, _page(request, file_error=" ".join(error.messages), active="files"), status=400
        )
    return redirect("annotations:intake-job", pk=job.pk)


@login_required
@require_POST
def add_urls(request: HttpRequest) -> HttpResponse:
    _require_adder(request)
    form = UrlsForm(request.POST)
    if form.is_valid():
        try:
            job = services.job_for_urls(
                actor=request.user,
                urls=form.cleaned_data["urls"].splitlines(),
                review=True,
                publisher_name=form.cleaned_data["publisher"],
                project=_chosen_project(request),
            )
        except PermissionDenied as error:
            form.add_error(None, str(error))
            return render(request, TEMPLATE, _page(request, urls_form=form, active="urls"), status=403)
        except ValidationError as error:
            _form_errors(form, error, {"urls": "urls", "publisher": "publisher"})
        else:
            return redirect("annotations:intake-job", pk=job.pk)
    return render(request, TEMPLATE, _page(request, urls_form=form, active="urls"), status=400)


@login_required
@require_POST
def add_feed(request: HttpRequest) -> HttpResponse:
    _require_adder(request)
    form = FeedForm(request.POST)
    if form.is_valid():
        try:
            feed = services.feed_subscribe(
                actor=request.user,
                url=form.cleaned_data["url"],
                publisher_name=form.cleaned_data["publisher"],
            )
        except ValidationError as error:
            _form_errors(form, error, {"url": "url", "urls": "url", "publisher": "publisher"})
        else:
            messages.success(
                request,
                f"Following {feed.url}: new articles are fetched "
                f"every {settings.FEED_INTERVAL_MINUTES} minutes.",
            )
            return redirect(f"{_add_url()}?way=feeds#feeds")
    return render(request, TEMPLATE, _page(request, feed_form=form, active="feeds"), status=400)


@login_required
@require_POST
def feed_toggle(request: HttpRequest, pk: int) -> HttpResponse:
    _require_adder(request)
    feed = get_object_or_404(Feed, pk=pk)
    try:
        services.feed_set_active(actor=request.user, feed=feed, active=not feed.active)
    except PermissionDenied as error:
        messages.error(request, str(error))
        return redirect(f"{_add_url()}?way=feeds#feeds")
    messages.info(request, f"{feed} is {'followed again' if not feed.active else 'paused'}.")
    return redirect(f"{_add_url()}?way=feeds#feeds")


def _add_url() -> str:
    from django.urls import reverse

    return reverse("annotations:add-articles")


def _job_or_404(request: HttpRequest, pk: int):
    job = selectors.job_for(viewer=request.user, pk=pk)
    if job is None:
        raise Http404("No such import.")
    return job


def _job_context(job) -> dict:
    items = job.items.select_related("document", "similar_to").order_by("position")
    if not job.finished:  # the poll, every second: the texts are shown only once it is done
        items = items.defer("text")
    items = list(items)
    for item in items:
        if item.status in (ItemStatus.READY, ItemStatus.NEAR_DUPLICATE):
            item.form = ItemForm(
                prefix=f"item{item.pk}",
                initial={
                    "title": item.title,
                    "publisher": item.publisher_name,
                    "published_on": item.published_on,
                },
            )
            item.needs = [name for name in ("title", "publisher_name") if not getattr(item, name).strip()]
    if job.status == JobStatus.RUNNING:  # the worker takes items in order: the first waiting is being read
        reading = next((item for item in items if item.status == ItemStatus.PENDING), None)
        if reading:
            reading.reading = True
    counts: dict[str, int] = {}
    for item in items:
        shown = "Reading now" if getattr(item, "reading", False) else item.get_status_display()
        counts[shown] = counts.get(shown, 0) + 1
    pending = sum(item.status == ItemStatus.PENDING for item in items)
    return {
        "job": job,
        "items": items,
        "counts": counts,
        "retryable": services.job_retryable(job=job, pending_items=pending),
        "ready": sum(
            item.status == ItemStatus.READY and bool(item.title.strip() and item.publisher_name.strip())
            for item in items
        ),
        "publishers": Source.objects.filter(kind=SourceKind.OUTLET)
        .order_by("name")
        .values_list("name", flat=True)[:PUBLISHER_CHOICES],
    }


@login_required
@require_GET
def intake_job(request: HttpRequest, pk: int) -> HttpResponse:
    # Asked on every poll: the page of a job whose worker died turns to failed, with its reason
    # and a way to run it again, instead of polling forever.
    services.jobs_fail_stale()
    job = _job_or_404(request, pk)
    template = f"{JOB_TEMPLATE}#job_progress" if request.htmx else JOB_TEMPLATE
    return render(request, template, _job_context(job))


@login_required
@require_POST
def job_retry(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job_or_404(request, pk)
    try:
        job = services.job_retry(job=job, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.info(request, f"{job} will run again: what it had finished is kept.")
    return redirect(job_url(job))


@login_required
@require_POST
def item_save(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(IntakeItem.objects.select_related("job"), pk=pk)
    job = _job_or_404(request, item.job_id)
    form = ItemForm(request.POST, prefix=f"item{item.pk}")
    if not form.is_valid():
        messages.error(
            request, f"{item.label}: " + " ".join(e for errors in form.errors.values() for e in errors)
        )
        return redirect(job_url(job))
    try:
        item = services.item_save(
            item=item,
            actor=request.user,
            title=form.cleaned_data["title"],
            publisher_name=form.cleaned_data["publisher"],
            published_on=form.cleaned_data["published_on"],
            force=request.POST.get("force") == "1",
        )
    except ValidationError as error:
        messages.error(request, f"{item.label}: {' '.join(error.messages)}")
        return redirect(job_url(job))
    if item.status == ItemStatus.IMPORTED:
        messages.success(request, f"“{item.title}” was added.")
    else:  # found to be stored already, or a near-duplicate of an article stored meanwhile
        messages.warning(request, f"“{item.title}” was not added: {item.reason}")
    return redirect(job_url(job))


@login_required
@require_POST
def item_discard(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(IntakeItem.objects.select_related("job"), pk=pk)
    job = _job_or_404(request, item.job_id)
    services.item_discard(item=item, actor=request.user)
    return redirect(job_url(job))


@login_required
@require_POST
def job_save_ready(request: HttpRequest, pk: int) -> HttpResponse:
    """Save every item that is ready, as extracted (near-duplicates wait for a decision)."""
    job = _job_or_404(request, pk)
    saved, problems, incomplete = 0, [], 0
    for item in job.items.filter(status=ItemStatus.READY).order_by("position"):
        if not (item.title.strip() and item.publisher_name.strip()):
            incomplete += 1  # said below: saving it would only be refused
            continue
        try:
            if services.item_save(item=item, actor=request.user).status == ItemStatus.IMPORTED:
                saved += 1
        except ValidationError as error:
            problems.append(f"{item.label}: {' '.join(error.messages)}")
    if saved:
        messages.success(request, f"{saved} article{'s' if saved != 1 else ''} added.")
    if incomplete:
        messages.warning(
            request,
            f"{incomplete} of the articles still lack a title or publisher: fill it in and save each one.",
        )
    for problem in problems:
        messages.error(request, problem)
    return redirect(job_url(job))


def job_url(job) -> str:
    from django.urls import reverse

    return reverse("annotations:intake-job", args=[job.pk])
