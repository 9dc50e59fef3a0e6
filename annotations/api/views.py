"""API views: an input serializer validates shapes, a service acts, a record renders."""

import io
import json

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import APIException
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.parsers import BaseParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from .. import permissions, selectors, services
from ..domain import suggesting
from ..domain.agreement import GOLD
from ..interchange import claim_import, exporting
from ..models import Document, Source
from ..pages.forms import AgreementForm
from ..services import HopSpec
from . import serializers as s
from .filters import ClaimFilter, DocumentFilter, SourceFilter, StrictFilterBackend, export_filters

ERRORS = {
    400: OpenApiResponse(s.ErrorSerializer, description="Invalid input; `errors` names each parameter."),
    401: OpenApiResponse(s.ErrorSerializer, description="No or bad credentials."),
    403: OpenApiResponse(s.ErrorSerializer, description="Not allowed for this user."),
    404: OpenApiResponse(s.ErrorSerializer, description="No such object."),
}


@extend_schema_view(
    list=extend_schema(summary="List documents", responses={200: s.DocumentSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(
        summary="A document with its text", responses={200: s.DocumentDetailSerializer, **ERRORS}
    ),
)
class DocumentViewSet(viewsets.ReadOnlyModelViewSet):
    filterset_class = DocumentFilter

    def get_queryset(self):
        return selectors.documents_for_api()

    def get_serializer_class(self):
        return s.DocumentDetailSerializer if self.action == "retrieve" else s.DocumentSerializer


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
    serializer_class = s.SourceSerializer
    filterset_class = SourceFilter
    queryset = Source.objects.select_related("graded_by").order_by("name", "pk")

    def perform_create(self, serializer):
        serializer.instance = services.source_create(actor=self.request.user, **serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = services.source_update(
            source=serializer.instance, actor=self.request.user, **serializer.validated_data
        )


def _flag(params, name: str) -> bool:
    """A yes/no query parameter; anything but true/false (or 1/0) is a 400 naming it."""
    value = params.get(name, "false").lower()
    if value not in {"true", "false", "1", "0"}:
        raise ApiValidationError({name: [f"“{value}” is not a yes/no value: use true or false."]})
    return value in {"true", "1"}


def _chain_specs(hops: list[dict]) -> list[HopSpec]:
    """Hop inputs to specs, resolving source ids in one query; unknown ids are named."""
    ids = {hop["source"] for hop in hops if hop.get("source") is not None}
    sources = Source.objects.in_bulk(ids)
    missing = [
        f"Hop {number}: no source with id {hop['source']}."
        for number, hop in enumerate(hops, start=1)
        if hop.get("source") is not None and hop["source"] not in sources
    ]
    if missing:
        raise ValidationError({"chain": missing})
    return [
        HopSpec(
            cue=hop["cue"],
            source=sources.get(hop.get("source")),
            source_name=hop.get("source_name", ""),
            source_kind=hop.get("source_kind", ""),
            cue_text=hop.get("cue_text", ""),
        )
        for hop in hops
    ]


@extend_schema_view(
    list=extend_schema(
        summary="List claims with their chains", responses={200: s.ClaimSerializer(many=True), **ERRORS}
    ),
    retrieve=extend_schema(summary="A claim", responses={200: s.ClaimSerializer, **ERRORS}),
    create=extend_schema(
        summary="Add a claim", request=s.ClaimInputSerializer, responses={201: s.ClaimSerializer, **ERRORS}
    ),
    update=extend_schema(
        summary="Replace a claim's span, chain and confidence",
        request=s.ClaimUpdateSerializer,
        responses={200: s.ClaimSerializer, 409: s.ConflictSerializer, **ERRORS},
    ),
    partial_update=extend_schema(
        summary="Change some of a claim's fields (send `version`)",
        request=s.ClaimUpdateSerializer,
        responses={200: s.ClaimSerializer, 409: s.ConflictSerializer, **ERRORS},
    ),
    destroy=extend_schema(
        summary="Delete a claim (its author or a moderator)",
        description="Send the `version` you read: a claim edited, submitted or approved since is kept (409).",
        parameters=[s.ClaimDeleteSerializer],
        responses={204: None, 409: s.ConflictSerializer, **ERRORS},
    ),
)
class ClaimViewSet(viewsets.ModelViewSet):
    serializer_class = s.ClaimSerializer
    filterset_class = ClaimFilter

    def get_queryset(self):
        return selectors.claims_for_api(viewer=self.request.user)

    @property
    def extra_query_params(self) -> tuple[str, ...]:
        return ("version",) if self.action == "destroy" else ()

    def create(self, request, *args, **kwargs):
        data = s.ClaimInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        document = self._document(fields["document"])
        claim = services.claim_create(
            document=document,
            author=request.user,
            start=fields["start"],
            end=fields["end"],
            quote=fields["quote"],
            chain=_chain_specs(fields["chain"]),
            credibility=fields["credibility"],
            likelihood=fields["likelihood"],
            note=fields["note"],
        )
        return Response(self._record(claim.pk), status=status.HTTP_201_CREATED)

    def update(self, request, *args, **kwargs):
        claim = self.get_object()
        partial = kwargs.get("partial", False)
        data = s.ClaimUpdateSerializer(data=request.data, partial=partial)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        if "version" not in fields:
            raise ApiValidationError({"version": ["Send the version you read; a stale one gets 409."]})
        chain = (
            _chain_specs(fields["chain"])
            if "chain" in fields
            else [HopSpec(cue=hop.cue, source=hop.source, cue_text=hop.cue_text) for hop in claim.chain]
        )
        services.claim_update(
            claim=claim,
            actor=request.user,
            expected_version=fields["version"],
            start=fields.get("start", claim.start),
            end=fields.get("end", claim.end),
            quote=fields.get("quote", claim.quote if "start" not in fields else None),
            chain=chain,
            credibility=fields.get("credibility", claim.credibility),
            likelihood=fields.get("likelihood", claim.likelihood),
            note=fields.get("note", claim.note),
        )
        return Response(self._record(claim.pk))

    def destroy(self, request, *args, **kwargs):
        claim = self.get_object()
        data = s.ClaimDeleteSerializer(data=request.query_params)
        data.is_valid(raise_exception=True)
        version = data.validated_data["version"]
        services.claim_delete(claim=claim, actor=request.user, expected_version=version)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _document(self, pk: int):
        try:
            return Document.objects.get(pk=pk)
        except Document.DoesNotExist:
            raise ApiValidationError({"document": [f"No document with id {pk}."]}) from None

    def _record(self, pk: int) -> dict:
        return exporting.record_from_claim(selectors.claim_with_chain(pk=pk))


@extend_schema(
    summary="Export claims (streamed)",
    description=(
        "The whole set matching the claim filters, streamed. `format`: `json` (a header object and "
        "the claims; schema in annotations/interchange/schemas/export-v1.schema.json), `jsonl` (one claim per "
        "line), `w3c` (W3C Web Annotation JSON-LD AnnotationCollection), `csv` (one row per claim, the "
        'chain flattened as "A > B > C"). Without a `status` filter only approved claims are '
        "exported; repeat `status` to include others (e.g. `status=approved&status=submitted`)."
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
        (200, "application/json"): OpenApiTypes.OBJECT,
        (200, "application/x-ndjson"): OpenApiTypes.STR,
        (200, "application/ld+json"): OpenApiTypes.OBJECT,
        (200, "text/csv"): OpenApiTypes.STR,
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
        if fmt not in exporting.FORMATS:
            raise ApiValidationError(
                {"format": [f"Unknown format “{fmt}”: use one of {', '.join(exporting.FORMATS)}."]}
            )
        with_documents = _flag(request.query_params, "with_documents")
        if with_documents and fmt != "json":
            raise ApiValidationError({"with_documents": ["Only the `json` format carries documents."]})
        filters, claims = export_filters(
            request.query_params, queryset=self.get_queryset(), extra=self.extra_query_params
        )
        head = exporting.header(filters, base_url=request.build_absolute_uri("/").rstrip("/"))
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


@extend_schema(
    summary="Agreement between reviewers",
    description=(
        "Span agreement (exact and overlap F1), chain agreement (same sources in order, first hop, "
        "origin) and confidence agreement (Cohen's kappa, ordinal Krippendorff's alpha) for each pair "
        "of reviewers, over the chosen documents. Repeat `document` and `reviewer`; without them, "
        "every document and every reviewer with claims. `gold=true` adds the adjudicated gold set "
        f"as the reviewer “{GOLD}”."
    ),
    parameters=[
        OpenApiParameter("document", OpenApiTypes.INT, many=True, description="Document id; repeat."),
        OpenApiParameter("reviewer", OpenApiTypes.STR, many=True, description="Username; repeat."),
        OpenApiParameter("gold", OpenApiTypes.BOOL, description="Compare with the gold set too."),
    ],
    responses={200: s.AgreementSerializer, **ERRORS},
)
class AgreementView(APIView):
    def get(self, request):
        if not permissions.can_annotate(request.user):
            raise PermissionDenied("Only reviewers and moderators see agreement.")
        params = request.query_params
        unknown = sorted(set(params) - {"document", "reviewer", "gold"})
        if unknown:
            raise ApiValidationError({name: ["Unknown parameter."] for name in unknown})
        form = AgreementForm(params)
        if not form.is_valid():
            raise ApiValidationError({name: list(errors) for name, errors in form.errors.items()})
        data = form.cleaned_data
        report = selectors.agreement_report(
            viewer=request.user,
            documents=list(data["document"]) or None,
            reviewers=data["reviewer"] or None,
            include_gold=data["gold"],
        )
        return Response(s.AgreementSerializer(report).data)


@extend_schema(
    summary="Suggest an attribution chain for a span",
    description=(
        "Reads the text around the span (the sentence and the attribution carried over from earlier "
        "sentences) and proposes a chain, publisher first, each hop with its kind, matching registry "
        "source (by name or alias, or null), cue, and the offsets of the cue and of the source's mention. "
        "Send a `document` id, or a raw `text` (at most 200,000 characters) with its `publisher`. "
        "Only the span's part of the text is read (at most 32,000 characters; references back reach "
        "8,000 or more), so a long document answers as fast as a short one. Nothing is saved."
    ),
    request=s.SuggestChainInputSerializer,
    responses={200: s.SuggestionSerializer, **ERRORS},
)
class SuggestChainView(APIView):
    def post(self, request):
        if not permissions.can_annotate(request.user):
            raise PermissionDenied("Only reviewers and moderators ask for suggestions.")
        data = s.SuggestChainInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        if "document" in fields:
            document = Document.objects.select_related("publisher").filter(pk=fields["document"]).first()
            if document is None:
                raise ApiValidationError({"document": [f"No document with id {fields['document']}."]})
            text, publisher = document.text, document.publisher.name
        else:
            text, publisher = fields["text"], fields["publisher"].strip()
        if fields["end"] > len(text):
            raise ApiValidationError({"end": [f"The text has {len(text)} characters; `end` is past it."]})
        suggestion = suggesting.suggest_chain(
            text, publisher, fields["start"], fields["end"], selectors.source_registry()
        )
        return Response(s.SuggestionSerializer(suggestion).data)


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The file is too large to send in one request."


class ImportFileParser(BaseParser):
    """The request body itself is the file to import (any JSON or JSON-lines type), as bytes."""

    media_type = "*/*"

    def parse(self, stream, media_type=None, parser_context=None) -> bytes:
        limit = settings.IMPORT_MAX_BYTES
        data = stream.read(limit + 1) if stream is not None else b""
        if len(data) > limit:
            raise PayloadTooLarge(
                f"The file is over {limit // 2**20} MiB: send it as a multipart `file` field, "
                "or use `manage.py import_claims`."
            )
        return data


# The import's request bodies, for the docs and for fuzzing: the shapes a file has, loosely
# (the export's own JSON Schema, /api/v1/export/schema/, is the strict one). Whatever is
# sent, each value is checked in claim_import: a wrong one is a refusal naming it.
_TEXT, _WHOLE = {"type": "string"}, {"type": "integer", "nullable": True}
_IMPORT_HOP = {
    "type": "object",
    "properties": {
        "source_name": _TEXT,
        "source_kind": _TEXT,
        "reliability_grade": _TEXT,
        "cue": _TEXT,
        "cue_text": _TEXT,
    },
}
_IMPORT_CLAIM = {
    "type": "object",
    "properties": {
        "id": _WHOLE,
        "document": {
            "type": "object",
            "properties": {"id": _WHOLE, "title": _TEXT, "url": _TEXT, "content_hash": _TEXT},
        },
        "start": _WHOLE,
        "end": _WHOLE,
        "quote": _TEXT,
        "prefix": _TEXT,
        "suffix": _TEXT,
        "chain": {"type": "array", "items": _IMPORT_HOP},
        "confidence": {"type": "object", "properties": {"credibility": _WHOLE, "likelihood": _TEXT}},
        "note": _TEXT,
        "status": _TEXT,
        "reviewer": _TEXT,
        "gold": {"type": "boolean"},
        "adjudicated_from": _WHOLE,
        "version": _WHOLE,
    },
}
_IMPORT_JSON = {
    "type": "object",
    "required": ["claims"],
    "properties": {
        "header": {"type": "object", "properties": {"schema_version": _TEXT}},
        "documents": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "id": _WHOLE,
                    "title": _TEXT,
                    "publisher": {
                        "type": "object",
                        "properties": {"name": _TEXT, "kind": _TEXT, "reliability_grade": _TEXT},
                    },
                    "url": _TEXT,
                    "published_on": {"type": "string", "format": "date", "nullable": True},
                    "dateline": _TEXT,
                    "text": _TEXT,
                    "content_hash": _TEXT,
                },
            },
        },
        "claims": {"type": "array", "items": _IMPORT_CLAIM},
    },
}
_W3C_ANNOTATIONS = {
    "type": "object",
    "description": "An Annotation, an AnnotationPage (`items`) or an AnnotationCollection (`first`).",
    "properties": {
        "type": {"type": "string", "enum": ["Annotation", "AnnotationPage", "AnnotationCollection"]},
        "id": _TEXT,
        "body": {"type": "array", "items": {"type": "object"}},
        "target": {"type": "object", "properties": {"source": _TEXT, "selector": {"type": "array"}}},
        "creator": {"type": "object", "properties": {"nickname": _TEXT}},
        "items": {"type": "array", "items": {"type": "object"}},
        "first": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "object"}}}},
    },
}


@extend_schema(
    summary="Import claims (moderators)",
    description=(
        "Imports our own `json` (with or without documents) or `jsonl` export, or W3C Web Annotations "
        "(`w3c`), sent as the request body or as a multipart `file` field. Each claim is placed on this "
        "instance's documents (by content hash, address, then title), re-anchored by its quote and "
        "context when its offsets differ, its sources matched by name or alias or created, and reported "
        "per item as `imported`, `reanchored`, `merged` (already here) or `refused` with the reasons and "
        "the line it starts on. `atomic=item` (default) keeps every good item; `atomic=file` keeps "
        "nothing unless every item is good (a refusal is then a 400 carrying the report). `dry_run=true` "
        "reports and keeps nothing. Claims keep their reviewer, status and gold flag: reviewers unknown "
        "here get an account without a password."
    ),
    parameters=[
        OpenApiParameter("format", OpenApiTypes.STR, enum=list(claim_import.FORMATS), required=False),
        OpenApiParameter("atomic", OpenApiTypes.STR, enum=list(claim_import.ATOMIC_MODES), default="item"),
        OpenApiParameter("dry_run", OpenApiTypes.BOOL, default=False),
    ],
    request={
        "application/json": _IMPORT_JSON,
        "application/x-ndjson": {"type": "string", "description": "One claim object a line."},
        "application/ld+json": {"oneOf": [_W3C_ANNOTATIONS, {"type": "array", "items": _W3C_ANNOTATIONS}]},
        "multipart/form-data": {
            "type": "object",
            "properties": {"file": {"type": "string", "format": "binary"}},
            "required": ["file"],
        },
    },
    responses={
        200: s.ImportReportSerializer,
        400: OpenApiResponse(
            s.ImportRefusedSerializer,
            description="A file that cannot be read, a bad parameter, or (atomic=file) a refused item.",
        ),
        401: ERRORS[401],
        403: ERRORS[403],
        413: OpenApiResponse(s.ErrorSerializer, description="Too large for one request body."),
    },
)
class ImportView(APIView):
    parser_classes = [MultiPartParser, ImportFileParser]
    PARAMETERS = ("format", "atomic", "dry_run")

    def post(self, request):
        if not permissions.is_moderator(request.user):
            raise PermissionDenied("Only moderators import claims: imports keep each claim's status.")
        params = request.query_params
        unknown = sorted(set(params) - set(self.PARAMETERS))
        if unknown:
            raise ApiValidationError({name: ["Unknown parameter."] for name in unknown})
        fmt = params.get("format") or None
        if fmt is not None and fmt not in claim_import.FORMATS:
            raise ApiValidationError(
                {"format": [f"Unknown format “{fmt}”: use one of {', '.join(claim_import.FORMATS)}."]}
            )
        atomic = params.get("atomic", "item")
        if atomic not in claim_import.ATOMIC_MODES:
            raise ApiValidationError(
                {"atomic": ["Use `item` (keep every good item) or `file` (all or none)."]}
            )
        dry_run = _flag(params, "dry_run")
        handle, name = self._file(request)
        try:
            report = claim_import.import_claims(
                handle,
                fmt=fmt,
                actor=request.user,
                atomic=atomic,
                dry_run=dry_run,
                name=name,
                content_type=request.content_type,
            )
        except claim_import.ImportFileError as error:
            raise ApiValidationError({"file": [str(error)]}) from None
        body = s.ImportReportSerializer(report.as_dict()).data
        if atomic == "file" and report.failed:
            problems = report.document_problems + [
                f"Line {item.line}: {' '.join(item.messages)}"
                for item in report.items
                if item.outcome == claim_import.REFUSED
            ]
            return Response(
                {
                    "detail": f"Nothing was imported: {len(problems)} problems (atomic=file).",
                    "errors": {"file": problems},
                    "report": body,
                },
                status=status.HTTP_400_BAD_REQUEST,
            )
        return Response(body)

    def _file(self, request):
        if isinstance(request.data, bytes) and request.data.strip():
            return io.BytesIO(request.data), ""
        upload = request.FILES.get("file")
        if upload is None:
            raise ApiValidationError(
                {"file": ["The request has no file: send it as the body or as a multipart `file` field."]}
            )
        return upload, upload.name
