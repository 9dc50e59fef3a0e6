"""Claim, source and document filters: one set used by the API, the export, the command line and
the admin; unknown parameters are refused by name (a typo would otherwise return everything)."""

from datetime import UTC

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django_filters.fields import IsoDateTimeField
from drf_spectacular.utils import extend_schema_field

from .models import Claim, ClaimStatus, Document, Source
from .scales import Credibility, ReliabilityGrade, SourceKind

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


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": BIGINT_MAX})
class IdFilter(django_filters.NumberFilter):
    field_class = _IdField


@extend_schema_field({"type": "integer", "minimum": 0, "maximum": 10_000})
class CountFilter(django_filters.NumberFilter):
    field_class = _CountField


class SinceFilter(django_filters.IsoDateTimeFilter):
    field_class = _UtcDateTimeField


class ClaimFilter(django_filters.FilterSet):
    document = IdFilter(field_name="document_id", help_text="Document id.")
    project = IdFilter(
        field_name="document__project_entries__project_id", help_text="Project id: claims on its articles."
    )
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
        return queryset.citing(value)

    def filter_origin(self, queryset, name, value):
        return queryset.with_origin(value)

    def filter_gold(self, queryset, name, value):
        return queryset.filter(is_gold=value == "true")

    def filter_anonymous(self, queryset, name, value):
        return queryset.with_unnamed_source(value == "true")


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
    project = IdFilter(field_name="project_entries__project_id", help_text="Project id: its articles.")

    class Meta:
        model = Document
        fields: list[str] = []

    def filter_q(self, queryset, name, value):
        return queryset.filter(
            Q(title__icontains=value) | Q(publisher__name__icontains=value) | Q(text__icontains=value)
        )


EXPORT_DEFAULT_STATUS = "approved"


def refuse_unknown(params, known) -> None:
    """A ValidationError naming each query parameter not in `known`."""
    unknown = sorted(set(params) - set(known))
    if unknown:
        listed = ", ".join(sorted(known))
        raise ValidationError({name: [f"Unknown parameter. Known ones: {listed}."] for name in unknown})


def refuse_empty(params, filterset_class) -> None:
    """A ValidationError naming each filter sent empty that is not a text: `gold=` is neither
    true nor false, and would otherwise be ignored, returning everything."""
    filters = filterset_class.base_filters
    empty = sorted(
        name
        for name in params
        if name in filters
        and not isinstance(filters[name], django_filters.CharFilter)
        and "" in params.getlist(name)
    )
    if empty:
        raise ValidationError({name: ["Give a value, or leave the parameter out."] for name in empty})


def export_filters(params, *, queryset, extra: tuple[str, ...] = ()) -> tuple[dict, object]:
    """Validate an export's filters; without a `status`, only approved claims are exported.

    Returns (the effective filters, the filtered queryset); raises ValidationError
    naming each unknown parameter or bad value. The API export and `export_claims` share it.
    """
    params = params.copy()
    refuse_unknown(params, [*ClaimFilter.base_filters, *extra])
    refuse_empty(params, ClaimFilter)
    if "status" not in params:
        params.setlist("status", [EXPORT_DEFAULT_STATUS])
    filterset = ClaimFilter(data=params, queryset=queryset)
    if not filterset.is_valid():
        raise ValidationError({name: list(errors) for name, errors in filterset.errors.items()})
    effective = {key: values if len(values) > 1 else values[0] for key, values in params.lists()}
    return effective, filterset.qs
