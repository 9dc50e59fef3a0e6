"""The admin as the moderators' tool: a review queue of claims, decisions, history, the source registry."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from . import services
from .domain.storable import printable
from .models import AttributionHop, Claim, Document, ModerationDecision, Project, Source


class ProjectListFilter(admin.SimpleListFilter):
    """By project: the rows on (or of) a project's articles. `path` is the lookup to its id."""

    title = "project"
    parameter_name = "project"
    path = "document__project_entries__project_id"

    def lookups(self, request, model_admin):
        return list(Project.objects.order_by("name").values_list("pk", "name"))

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        if not str(value).isdigit():
            return queryset.none()
        return queryset.filter(**{self.path: int(value)})


class DocumentProjectFilter(ProjectListFilter):
    path = "project_entries__project_id"


class HistoryAdmin(SimpleHistoryAdmin):
    """The audit history, to read. Reverting would write an old version back past the services
    (no decision recorded, a chain that disagrees with its text, a stale client's edit accepted).
    SIMPLE_HISTORY_REVERT_DISABLED only hides the button: the old version's form is refused here."""

    def has_change_history_permission(self, request, obj=None) -> bool:
        return False

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method != "GET":
            raise PermissionDenied("History is read-only: change the current version instead.")
        return super().history_form_view(request, object_id, version_id, extra_context)


class PrintableJSONField(forms.JSONField):
    """The admin's JSON field, drawn back safely when what was typed cannot be stored (a lone
    surrogate in a refused alias would otherwise break the page that says it was refused)."""

    def prepare_value(self, value):
        return printable(super().prepare_value(value))


def _ids_only(data, names: tuple[str, ...]):
    """Form data with non-numeric ids in autocomplete fields emptied: Django's widget looks the
    typed id up while drawing the form again, and an id such as "abc" would crash it."""
    if data is None or not any(data.get(name, "").strip() and not data[name].isdigit() for name in names):
        return data
    data = data.copy()
    for name in names:
        if data.get(name, "").strip() and not data[name].isdigit():
            data[name] = ""
    return data


class SourceAdminForm(forms.ModelForm):
    url = forms.URLField(required=False, assume_scheme="https", max_length=500)
    aliases = PrintableJSONField(
        required=False, initial=list, help_text=Source._meta.get_field("aliases").help_text
    )
    domains = PrintableJSONField(
        required=False, initial=list, help_text=Source._meta.get_field("domains").help_text
    )

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(_ids_only(data, ("parent",)), *args, **kwargs)

    class Meta:
        model = Source
        fields = [
            "name", "aliases", "kind", "parent", "country", "url", "domains", "description",
            "reliability_grade", "reliability_rationale",
        ]  # fmt: skip

    def clean(self):
        # The registry's own rules (names taken or aliased, aliases, NUL, parent loops), asked
        # before anything is saved so they show as form errors; save_model then calls the service.
        data = super().clean()
        changed = {name: data[name] for name in self.changed_data if name in data}
        source = self.instance if self.instance.pk else None
        try:
            data.update(services.source_fields_check(fields=changed, source=source))
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                self.add_error(field if field in self.fields else None, messages)
        return data


@admin.register(Source)
class SourceAdmin(HistoryAdmin):
    form = SourceAdminForm
    list_display = ["name", "kind", "reliability_grade", "country", "parent", "graded_by", "graded_at"]
    list_filter = ["kind", "reliability_grade", "country"]
    list_select_related = ["parent", "graded_by"]
    search_fields = ["name", "aliases", "description"]
    autocomplete_fields = ["parent"]
    readonly_fields = ["graded_by", "graded_at"]
    actions = ["merge_sources"]

    def save_model(self, request, obj, form, change):
        # Through the services, as the pages and the API write: grading records who and when.
        fields = {name: form.cleaned_data[name] for name in form.changed_data}
        if change:
            saved = services.source_update(source=obj, actor=request.user, **fields)
        else:
            saved = services.source_create(actor=request.user, **form.cleaned_data)
        obj.pk = saved.pk
        obj.refresh_from_db()

    @admin.action(description="Merge the selected sources into one")
    def merge_sources(self, request, queryset):
        sources = list(queryset.order_by("name"))
        if len(sources) < 2:
            self.message_user(request, "Select at least two sources to merge.", messages.WARNING)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, sources=sources)
        if form.is_valid():
            keep = form.cleaned_data["keep"]
            moved = 0
            try:
                for source in sources:
                    if source.pk != keep.pk:
                        moved += services.source_merge(keep=keep, merge=source, actor=request.user)
            except (PermissionDenied, ValidationError) as error:
                self.message_user(request, " ".join(getattr(error, "messages", [str(error)])), messages.ERROR)
                return None
            self.message_user(
                request,
                f"Merged {len(sources) - 1} source(s) into “{keep.name}”; {moved} hop(s) moved.",
                messages.SUCCESS,
            )
            return None
        return TemplateResponse(
            request,
            "admin/annotations/merge_sources.html",
            {
                **self.admin_site.each_context(request),
                "title": "Merge sources",
                "form": form,
                "sources": sources,
                "opts": self.model._meta,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(
        queryset=Source.objects.none(), label="Keep this one", widget=forms.RadioSelect
    )

    def __init__(self, *args, sources, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = Source.objects.filter(pk__in=[s.pk for s in sources])


class DocumentForm(forms.ModelForm):
    url = forms.URLField(required=False, assume_scheme="https", max_length=1000)

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(_ids_only(data, ("publisher",)), *args, **kwargs)

    class Meta:
        model = Document
        fields = ["title", "publisher", "url", "published_on", "dateline"]


class DocumentAddForm(DocumentForm):
    """A new article, pasted: stored by the same service as every other way in."""

    # Exactly as pasted, spaces and all: claim offsets index into the stored text.
    text = forms.CharField(widget=forms.Textarea, strip=False)

    class Meta:
        model = Document
        fields = ["title", "publisher", "url", "published_on", "dateline", "text"]

    def clean_text(self):
        text = self.cleaned_data["text"]
        try:
            services.document_text_check(text)
        except ValidationError as error:
            raise ValidationError(error.message_dict["text"]) from None
        stored = Document.objects.filter(content_hash=services.content_hash(text)).first()
        if stored is not None:
            raise ValidationError(f"This text is already stored, as “{stored.title}” (#{stored.pk}).")
        return text


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "found_site", "published_on", "imported_from"]
    list_filter = [DocumentProjectFilter]
    list_select_related = ["publisher"]
    search_fields = ["title", "text"]
    autocomplete_fields = ["publisher"]
    form = DocumentForm

    def has_delete_permission(self, request, obj=None):
        return False  # a document's claims point into it: nothing deletes one

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = DocumentAddForm
        return super().get_form(request, obj, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        # The text is what claims point into: set once, never edited.
        return (
            []
            if obj is None
            else [
                "content_hash", "text", "imported_from", "author", "found_url", "found_site",
                "retrieved_at", "raw", "added_by", "created_at",
            ]
        )  # fmt: skip

    def get_exclude(self, request, obj=None):
        return ["content_hash", "imported_from"] if obj is None else []

    def save_model(self, request, obj, form, change):
        if change:
            details = {name: form.cleaned_data[name] for name in form.changed_data}
            saved = services.document_update(document=obj, actor=request.user, **details)
        else:
            data = form.cleaned_data
            saved, _ = services.document_import(
                title=data["title"],
                publisher_name=data["publisher"].name,
                text=data["text"],
                published_on=data["published_on"],
                dateline=data["dateline"],
                url=data["url"],
                imported_from=f"admin ({request.user.username})",
                added_by=request.user,
            )
        obj.pk = saved.pk
        obj.refresh_from_db()


class AttributionHopInline(admin.TabularInline):
    """The chain, read-only: claims change through the reader page, where the rules run."""

    model = AttributionHop
    extra = 0
    ordering = ["position"]
    can_delete = False
    fields = readonly_fields = ["position", "source", "cue", "cue_text"]

    def has_add_permission(self, request, obj=None):
        return False


class ModerationDecisionInline(admin.TabularInline):
    """Status moves, newest first; made by the workflow only, so read-only here."""

    model = ModerationDecision
    extra = 0
    can_delete = False
    fields = readonly_fields = ["created_at", "actor", "from_status", "to_status", "reason"]

    def has_add_permission(self, request, obj=None):
        return False


class AnonymousSourceFilter(admin.SimpleListFilter):
    title = "anonymous source in chain"
    parameter_name = "anonymous"

    def lookups(self, request, model_admin):
        return [("yes", "Yes"), ("no", "No")]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.with_unnamed_source(self.value() == "yes")
        return queryset


class DecisionForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 4, "cols": 60}), required=False)

    def __init__(self, *args, reason_required: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = reason_required
        self.fields["reason"].error_messages["required"] = "Give a reason: the reviewers read it."


def _reviewed_version(request, claim: Claim) -> int:
    """The version of `claim` the moderator saw on the confirmation page (0 if none: refused as stale)."""
    value = request.POST.get(f"version-{claim.pk}", "")
    return int(value) if value.isascii() and value.isdigit() and len(value) < 10 else 0


def _decide(action: str, label: str):
    """A bulk action that asks for a reason on an intermediate page, then moves each claim."""

    def decide(modeladmin, request, queryset):
        reason_required = services.TRANSITIONS[action].reason_required
        form = DecisionForm(
            request.POST if "apply" in request.POST else None, reason_required=reason_required
        )
        if form.is_valid():
            done, refused = 0, []
            for claim in queryset:
                try:
                    services.claim_transition(
                        claim=claim,
                        actor=request.user,
                        action=action,
                        reason=form.cleaned_data["reason"],
                        expected_version=_reviewed_version(request, claim),
                    )
                    done += 1
                except services.ClaimConflict as conflict:
                    if conflict.expected_version == 0:
                        missing = "the page did not say which version you reviewed: open it again."
                        refused.append(f"#{claim.pk}: {missing}")
                    else:
                        refused.append(f"#{claim.pk}: {conflict} Review it again before deciding.")
                except (ValidationError, PermissionDenied, Claim.DoesNotExist) as error:
                    text = " ".join(getattr(error, "messages", [])) or str(error)
                    refused.append(f"#{claim.pk}: {text}")
            if done:
                modeladmin.message_user(request, f"{label}: {done} claim(s).", messages.SUCCESS)
            for message in refused:
                modeladmin.message_user(request, message, messages.ERROR)
            return None
        return TemplateResponse(
            request,
            "admin/annotations/decide_claims.html",
            {
                **modeladmin.admin_site.each_context(request),
                "title": f"{label}: give a reason",
                "form": form,
                "claims": queryset.prefetch_related("hops__source"),
                "action": f"decide_{action}",
                "label": label,
                "reason_required": reason_required,
                "opts": modeladmin.model._meta,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    decide.__name__ = f"decide_{action}"
    return admin.action(description=f"{label} selected claims", permissions=["change"])(decide)


@admin.register(Claim)
class ClaimAdmin(HistoryAdmin):
    list_display = [
        "short_quote",
        "document",
        "author",
        "chain",
        "confidence",
        "status",
        "updated_at",
        "reader_link",
    ]
    list_filter = [
        "status",
        ("author", admin.RelatedOnlyFieldListFilter),
        ("document", admin.RelatedOnlyFieldListFilter),
        ("hops__source", admin.RelatedOnlyFieldListFilter),
        "credibility",
        AnonymousSourceFilter,
        ProjectListFilter,
    ]
    list_select_related = ["document", "author"]
    search_fields = ["quote", "note", "hops__source__name"]
    date_hierarchy = "created_at"
    # Content changes through the reader page (services.claim_update) and status through the
    # decision actions (services.claim_transition): the admin shows, it does not bypass the rules.
    readonly_fields = [
        "document",
        "author",
        "start",
        "end",
        "quote",
        "prefix",
        "suffix",
        "note",
        "credibility",
        "likelihood",
        "status",
        "version",
        "is_gold",  # gold is made by adjudication (services.claim_accept_as_gold), never ticked
        "adjudicated_from",
        "chain_text",
        "created_at",
        "updated_at",
        "reader_link",
    ]
    inlines = [AttributionHopInline, ModerationDecisionInline]
    history_list_display = ["status", "version", "chain_text", "credibility"]
    actions = [
        _decide("approve", "Approve"),
        _decide("reject", "Reject"),
        _decide("request_changes", "Request changes"),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("hops__source")

    def has_add_permission(self, request):
        return False  # claims are made on the reader page or through the API, where the rules run

    def has_delete_permission(self, request, obj=None):
        return False  # deleted on the reader page or the API, at the version the user read

    @admin.display(description="Quote")
    def short_quote(self, claim: Claim) -> str:
        return claim.quote[:80]

    @admin.display(description="Chain")
    def chain(self, claim: Claim) -> str:
        return claim.chain_display

    @admin.display(description="Confidence", ordering="credibility")
    def confidence(self, claim: Claim) -> str:
        return claim.confidence_display

    @admin.display(description="Reader")
    def reader_link(self, claim: Claim) -> str:
        url = reverse("annotations:document-read", args=[claim.document_id]) + f"?others=1#claim-{claim.pk}"
        return format_html('<a href="{}">open</a>', url)


class ProjectAdminForm(forms.ModelForm):
    class Meta:
        model = Project
        fields = ["name", "description", "guidelines", "reviews_needed", "due_on", "mode"]

    def clean(self):
        # The service's rules (name taken, 1-5 reviews, a due date in the past), shown as form errors
        # before anything is saved; save_model then calls the service.
        data = super().clean()
        try:
            services.projects.check_fields(
                {name: data[name] for name in self.changed_data if name in data},
                project=self.instance if self.instance.pk else None,
            )
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                self.add_error(field if field in self.fields else None, messages)
        return data


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    """Projects' settings, written through the services; articles and members on the project's page."""

    form = ProjectAdminForm
    list_display = ["name", "mode", "reviews_needed", "due_on", "created_at", "page_link"]
    list_filter = ["mode"]
    search_fields = ["name", "description"]

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        if change:
            fields = {name: data[name] for name in form.changed_data}
            saved = services.project_update(project=obj, actor=request.user, **fields)
        else:
            saved = services.project_create(actor=request.user, **data)
        obj.pk = saved.pk
        obj.refresh_from_db()

    @admin.display(description="Progress, articles and members")
    def page_link(self, project: Project) -> str:
        return format_html('<a href="{}">open</a>', project.get_absolute_url())
