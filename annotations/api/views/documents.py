"""GET /api/v1/documents/: the articles, with their texts on detail."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from ... import selectors
from ...filters import DocumentFilter
from .. import serializers as s
from .common import ERRORS


@extend_schema_view(
    list=extend_schema(summary="List documents", responses={200: s.DocumentSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(
        summary="A document with its text", responses={200: s.DocumentDetailSerializer, **ERRORS}
    ),
)
class DocumentViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_value_converter = "int"  # ids are whole numbers: the schema says so, a client sends one
    filterset_class = DocumentFilter

    def get_queryset(self):
        return selectors.documents_for_api()

    def get_serializer_class(self):
        return s.DocumentDetailSerializer if self.action == "retrieve" else s.DocumentSerializer
