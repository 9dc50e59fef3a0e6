"""Query-string filters of the API and the export, and a backend that rejects unknown parameters."""

from datetime import UTC

import django_filters
from django import forms
from django.db.models import Count, Exists, OuterRef, Q
from django_filters.fields import IsoDateTimeField
from rest_framework.exceptions import ValidationError

from ..models import AttributionHop, Claim, ClaimStatus, Document, Source
from ..scales import Credibility, ReliabilityGrade, SourceKind

_YES_NO = [("true", "true"), ("false", "false")]
BIGINT_MAX = 2**63 - 1


class _IdField(forms.IntegerField):
    """A database id: a whole number the database can hold (no 1.5, no 1e30)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", BIGINT_MAX)
        super().__init__(*args, **kwargs)


class _CountField(forms.IntegerField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("max_value", 10_000)
        super().__init__(*args, **kwargs)


class _UtcDateTimeField(IsoDateTimeField):
    """An ISO 8601 date-time, moved to UTC: PostgreSQL refuses offsets past ±15:59."""

    def to_python(self, value):
        value = super().to_python(value)
        if value is None:
            return None
        try:
            return value.astimezone(UTC)
        except OverflowError:
            raise forms.ValidationError("This date-time is out of range.", code="invalid") from None


class IdFilter(django_filters.NumberFilter):
    field_class = _IdField


class CountFilter(django_filters.NumberFilter):
    field_class = _CountField


class SinceFilter(django_filters.IsoDateTimeFilter):
    field_class = _UtcDateTimeField


class ClaimFilter(django_filters.FilterSet):
    document = IdFilter(field_name="document_id", help_text="Document id.")
    reviewer = django_filters.CharFilter(field_name="author__username", help_text="Reviewer's username.")
    status = django_filters.MultipleChoiceFilter(
        choices=ClaimStatus.choices, help_text="Repeat to allow several statuses."
    )
    credibility = django_filters.MultipleChoiceFilter(
        choices=Credibility.choices, help_text="Admiralty credibility 1-6; repeat for several."
    )
    credibility_max = django_filters.TypedChoiceFilter(
        field_name="credibility",
        lookup_expr="lte",
        choices=Credibility.choices,
        coerce=int,
        help_text="At most this credibility grade (1 is strongest).",
    )
    source = IdFilter(method="filter_source", help_text="Source id anywhere in the chain.")
    origin = IdFilter(method="filter_origin", help_text="Source id as the chain's origin.")
    chain_length = CountFilter(field_name="chain_length", help_text="Exact number of hops.")
    chain_length_min = CountFilter(field_name="chain_length", lookup_expr="gte")
    chain_length_max = CountFilter(field_name="chain_length", lookup_expr="lte")
    anonymous = django_filters.ChoiceFilter(
        choices=_YES_NO, method="filter_anonymous", help_text="An unnamed source anywhere in the chain."
    )
    gold = django_filters.ChoiceFilter(
        choices=_YES_NO, method="filter_gold", help_text="true: only the adjudicated reference (gold) claims."
    )
    created_since = SinceFilter(
        field_name="created_at", lookup_expr="gte", help_text="ISO 8601 date-time, e.g. 2026-11-01T00:00:00Z."
    )
    updated_since = SinceFilter(field_name="updated_at", lookup_expr="gte", help_text="ISO 8601 date-time.")

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_queryset(self, queryset):
        data = self.form.cleaned_data
        if any(
            data.get(name) not in (None, "")
            for name in ("chain_length", "chain_length_min", "chain_length_max")
        ):
            queryset = queryset.alias(chain_length=Count("hops", distinct=True))
        return super().filter_queryset(queryset)

    def filter_source(self, queryset, name, value):
        return queryset.filter(Exists(AttributionHop.objects.filter(claim=OuterRef("pk"), source_id=value)))

    def filter_origin(self, queryset, name, value):
        later = AttributionHop.objects.filter(claim=OuterRef("claim"), position__gt=OuterRef("position"))
        origin = AttributionHop.objects.filter(claim=OuterRef("pk"), source_id=value).exclude(Exists(later))
        return queryset.filter(Exists(origin))

    def filter_gold(self, queryset, name, value):
        return queryset.filter(is_gold=value == "true")

    def filter_anonymous(self, queryset, name, value):
        unnamed = Exists(AttributionHop.objects.filter(claim=OuterRef("pk"), source__kind=SourceKind.UNNAMED))
        return queryset.filter(unnamed if value == "true" else ~unnamed)


class SourceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", help_text="Part of the name or of an alias.")
    country = django_filters.CharFilter(field_name="country", lookup_expr="iexact")
    parent = IdFilter(field_name="parent_id", help_text="Id of the source it belongs to.")
    kind = django_filters.MultipleChoiceFilter(choices=SourceKind.choices)
    reliability_grade = django_filters.MultipleChoiceFilter(choices=ReliabilityGrade.choices)

    class Meta:
        model = Source
        fields: list[str] = []

    def filter_q(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(aliases__icontains=value))


class DocumentFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", help_text="Words in the title, publisher or text.")
    publisher = IdFilter(field_name="publisher_id", help_text="Publisher source id.")
    published_since = django_filters.DateFilter(field_name="published_on", lookup_expr="gte")

    class Meta:
        model = Document
        fields: list[str] = []

    def filter_q(self, queryset, name, value):
        return queryset.filter(
            Q(title__icontains=value) | Q(publisher__name__icontains=value) | Q(text__icontains=value)
        )


class StrictFilterBackend(django_filters.rest_framework.DjangoFilterBackend):
    """django-filter, plus a 400 naming any query parameter the endpoint does not know.

    A typo such as `?reviwer=ana` would otherwise return everything, silently.
    """

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        known = set(getattr(view, "extra_query_params", ())) | {"page", "page_size"}
        if filterset_class is not None:
            known |= set(filterset_class.base_filters)
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise ValidationError(
                {name: [f"Unknown parameter. Known ones: {', '.join(sorted(known))}."] for name in unknown}
            )
        return super().filter_queryset(request, queryset, view)


EXPORT_DEFAULT_STATUS = "approved"


def export_filters(params, *, queryset, extra: tuple[str, ...] = ()) -> tuple[dict, object]:
    """Validate an export's filters; without a `status`, only approved claims are exported.

    Returns (the effective filters, the filtered queryset); raises ValidationError
    naming each unknown parameter or bad value. The API export and `export_claims` share it.
    """
    params = params.copy()
    unknown = sorted(set(params) - set(ClaimFilter.base_filters) - set(extra))
    if unknown:
        known = ", ".join(sorted([*ClaimFilter.base_filters, *extra]))
        raise ValidationError({name: [f"Unknown parameter. Known ones: {known}."] for name in unknown})
    if "status" not in params:
        params.setlist("status", [EXPORT_DEFAULT_STATUS])
    filterset = ClaimFilter(data=params, queryset=queryset)
    if not filterset.is_valid():
        raise ValidationError(filterset.errors)
    effective = {key: values if len(values) > 1 else values[0] for key, values in params.lists()}
    return effective, filterset.qs
