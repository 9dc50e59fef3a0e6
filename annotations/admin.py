from django.contrib import admin

from .models import AttributionHop, Claim, Document, ModerationDecision, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "reliability_grade", "created_at"]
    list_filter = ["kind", "reliability_grade"]
    search_fields = ["name", "description"]


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "published_on", "imported_from"]
    list_select_related = ["publisher"]
    search_fields = ["title", "text"]
    readonly_fields = ["content_hash", "text", "created_at"]


class AttributionHopInline(admin.TabularInline):
    model = AttributionHop
    extra = 0
    ordering = ["position"]
    autocomplete_fields = ["source"]


class ModerationDecisionInline(admin.TabularInline):
    """Status moves, newest first; made by the workflow only, so read-only here."""

    model = ModerationDecision
    extra = 0
    can_delete = False
    fields = readonly_fields = ["created_at", "actor", "from_status", "to_status", "reason"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["short_quote", "document", "author", "chain", "credibility", "status", "updated_at"]
    list_filter = ["status", "credibility"]
    list_select_related = ["document", "author"]
    search_fields = ["quote", "note", "hops__source__name"]
    # Status moves only through the workflow (services.claim_transition), which keeps the record.
    readonly_fields = [
        "start",
        "end",
        "quote",
        "prefix",
        "suffix",
        "status",
        "version",
        "created_at",
        "updated_at",
    ]
    inlines = [AttributionHopInline, ModerationDecisionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("hops__source")

    @admin.display(description="Quote")
    def short_quote(self, claim: Claim) -> str:
        return claim.quote[:80]

    @admin.display(description="Chain")
    def chain(self, claim: Claim) -> str:
        return claim.chain_display
