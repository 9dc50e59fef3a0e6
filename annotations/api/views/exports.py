"""GET /api/v1/export/ (streamed, four formats) and the export's JSON Schema."""

import json

from django.http import StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from ... import selectors
from ...filters import ClaimFilter, export_filters
from ...interchange import exporting
from ..filters import StrictFilterBackend
from .common import ERRORS, yes_or_no


def _prefers_turtle(accept: str) -> bool:
    """Whether an Accept header names Turtle before any JSON type."""
    for item in accept.split(","):
        media_type = item.split(";")[0].strip().lower()
        if media_type == "text/turtle":
            return True
        if media_type in ("application/json", "application/ld+json"):
            return False
    return False


@extend_schema(
    summary="Export claims (streamed)",
    description=(
        "The whole set matching the claim filters, streamed. `format`: `json` (a header object and "
        "the claims; schema in annotations/interchange/schemas/export-v1.schema.json), `jsonl` "
        "(one claim per line), `w3c` (W3C Web Annotation JSON-LD AnnotationCollection), `csv` "
        '(one row per claim, the chain flattened as "A > B > C"), `prov` (W3C PROV-JSON: each chain '
        "as quotations and attributions down to its origin; Turtle instead with `Accept: text/turtle`), "
        "`prov-ttl` (PROV-O in Turtle). Without a `status` filter only "
        "approved claims are exported; repeat `status` to include others "
        "(e.g. `status=approved&status=submitted`)."
    ),
    parameters=[
        OpenApiParameter("format", OpenApiTypes.STR, enum=list(exporting.FORMATS), default="json"),
        OpenApiParameter(
            "with_documents",
            OpenApiTypes.BOOL,
            default=False,
            description="`json` only: add the documents the claims point into, with their texts, so the "
            "export restores the set on its own (`POST /api/v1/import/`).",
        ),
    ],
    filters=True,
    responses={
        # A generated client reads the first media type it knows: the body as a file, whatever
        # the format (the Content-Type header names it). The others are what the server sends.
        (200, "application/octet-stream"): OpenApiResponse(
            OpenApiTypes.BINARY, description="The export as a file; Content-Type names its format."
        ),
        (200, "application/json"): OpenApiTypes.OBJECT,
        (200, "application/x-ndjson"): OpenApiTypes.STR,
        (200, "application/ld+json"): OpenApiTypes.OBJECT,
        (200, "text/csv"): OpenApiTypes.STR,
        (200, "text/turtle"): OpenApiTypes.STR,
        **ERRORS,
    },
)
class ExportView(APIView):
    filter_backends = [StrictFilterBackend]
    filterset_class = ClaimFilter
    extra_query_params = ("format", "with_documents")

    def get_queryset(self):
        return selectors.claims_visible(viewer=self.request.user)

    def get(self, request):
        fmt = request.query_params.get("format", "json")
        if fmt == "prov" and _prefers_turtle(request.headers.get("Accept", "")):
            fmt = "prov-ttl"  # PROV asked for as Turtle by content negotiation
        if fmt not in exporting.FORMATS:
            raise ApiValidationError(
                {"format": [f"Unknown format “{fmt}”: use one of {', '.join(exporting.FORMATS)}."]}
            )
        with_documents = yes_or_no(request.query_params, "with_documents")
        if with_documents and fmt != "json":
            raise ApiValidationError({"with_documents": ["Only the `json` format carries documents."]})
        filters, claims = export_filters(
            request.query_params, queryset=self.get_queryset(), extra=self.extra_query_params
        )
        head = exporting.header(filters, base_url=exporting.public_base(request))
        content_type, extension = exporting.FORMATS[fmt]
        response = StreamingHttpResponse(
            exporting.stream(fmt, claims, head, with_documents=with_documents), content_type=content_type
        )
        stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
        response["Content-Disposition"] = f'attachment; filename="workbench-claims-{stamp}.{extension}"'
        response["X-Export-Schema-Version"] = exporting.SCHEMA_VERSION
        return response


@extend_schema(summary="The JSON Schema of the export's own shape", responses={200: OpenApiTypes.OBJECT})
class ExportSchemaView(APIView):
    permission_classes: list = []
    authentication_classes: list = []

    def get(self, request):
        return Response(json.loads(exporting.SCHEMA_FILE.read_text()))
