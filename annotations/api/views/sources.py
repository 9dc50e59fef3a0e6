"""/api/v1/sources/: the registry; reviewers add, moderators change and grade."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets

from ... import services
from ...filters import SourceFilter
from ...models import Source
from .. import serializers as s
from .common import ERRORS


@extend_schema_view(
    list=extend_schema(
        summary="List the source registry", responses={200: s.SourceSerializer(many=True), **ERRORS}
    ),
    retrieve=extend_schema(summary="A source", responses={200: s.SourceSerializer, **ERRORS}),
    create=extend_schema(
        summary="Add a source (reviewers and moderators)", responses={201: s.SourceSerializer, **ERRORS}
    ),
    update=extend_schema(
        summary="Change a source (moderators)", responses={200: s.SourceSerializer, **ERRORS}
    ),
    partial_update=extend_schema(
        summary="Change a source (moderators)", responses={200: s.SourceSerializer, **ERRORS}
    ),
)
class SourceViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, viewsets.ReadOnlyModelViewSet):
    lookup_value_converter = "int"  # ids are whole numbers: the schema says so, a client sends one
    serializer_class = s.SourceSerializer
    filterset_class = SourceFilter
    queryset = Source.objects.select_related("graded_by").order_by("name", "pk")

    def perform_create(self, serializer):
        serializer.instance = services.source_create(actor=self.request.user, **serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = services.source_update(
            source=serializer.instance, actor=self.request.user, **serializer.validated_data
        )
