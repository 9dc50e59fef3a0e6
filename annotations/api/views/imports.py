"""POST /api/v1/import/: our exports and W3C annotations back in, with a report per item."""

import io

from django.conf import settings
from django.core.exceptions import PermissionDenied
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.parsers import BaseParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from ... import permissions, services
from ...filters import refuse_unknown
from ...interchange import claim_import
from .. import serializers as s
from ..intake_serializers import IntakeJobSerializer
from .common import ERRORS, yes_or_no


def _size(handle) -> int:
    handle.seek(0, io.SEEK_END)
    size = handle.tell()
    handle.seek(0)
    return size


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

_W3C_ANNOTATIONS = {
    "type": "object",
    "description": "An Annotation, an AnnotationPage (`items`) or an AnnotationCollection (`first`).",
    "properties": {
        "type": {"type": "string", "enum": ["Annotation", "AnnotationPage", "AnnotationCollection"]},
        "id": _TEXT,
        "body": {"type": "array", "items": {"type": "object"}},
        "target": {
            "type": "object",
            "properties": {"source": _TEXT, "selector": {"type": "array", "items": {"type": "object"}}},
        },
        "creator": {"type": "object", "properties": {"nickname": _TEXT}},
        "items": {"type": "array", "items": {"type": "object"}},
        "first": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "object"}}}},
    },
}

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


# Named components: two JSON request bodies described inline would get one generated name.
SCHEMA_COMPONENTS = {"ClaimExportFile": _IMPORT_JSON, "W3CAnnotationFile": _W3C_ANNOTATIONS}


# Answered by the HTTP server before the app sees the request (gunicorn refuses a request line
# over 4094 bytes), so any operation may get it: documented on each, with no body promised.
URI_TOO_LONG = {"description": "The address is longer than the server takes (gunicorn: 4094 bytes)."}


def add_import_components(result, generator, request, public):
    """drf-spectacular post-processing hook (settings): the import's request bodies as components,
    and the server's own 414 on every operation."""
    result.setdefault("components", {}).setdefault("schemas", {}).update(SCHEMA_COMPONENTS)
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            if isinstance(operation, dict) and "responses" in operation:
                operation["responses"].setdefault("414", URI_TOO_LONG)
    return result


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
        "application/json": {"$ref": "#/components/schemas/ClaimExportFile"},
        # A collection or page holds the annotations; a bare list of them is read too.
        "application/ld+json": {"$ref": "#/components/schemas/W3CAnnotationFile"},
        # Any file as it is (a `jsonl` export, say): its format is named by `format` or read from it.
        "application/octet-stream": {"type": "string", "format": "binary"},
        "multipart/form-data": {
            "type": "object",
            "properties": {"file": {"type": "string", "format": "binary"}},
            "required": ["file"],
        },
    },
    responses={
        200: s.ImportReportSerializer,
        202: OpenApiResponse(
            IntakeJobSerializer,
            description="A file over IMPORT_BACKGROUND_BYTES: imported by a worker; the job's `report` "
            "is the import's report when it is done.",
        ),
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
        refuse_unknown(params, self.PARAMETERS)
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
        dry_run = yes_or_no(params, "dry_run")
        handle, name = self._file(request)
        if not dry_run and _size(handle) > settings.IMPORT_BACKGROUND_BYTES:
            # Thousands of claims take longer than a request should: a worker imports them.
            job = services.job_for_claim_import(
                actor=request.user,
                content=handle.read(),
                name=name,
                fmt=fmt,
                atomic=atomic,
                content_type=request.content_type,
            )
            body = IntakeJobSerializer(job, context={"request": request}).data
            return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["url"]})
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
