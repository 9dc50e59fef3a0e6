"""GET /api/v1/documents/: the articles, with their texts on detail; POST adds articles."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response

from ... import permissions, selectors, services
from ...filters import DocumentFilter
from ...selectors import projects as project_selectors
from .. import intake_serializers as intake
from .. import serializers as s
from ..parsers import SafeJSONParser
from .common import ERRORS
from .imports import PayloadTooLarge


@extend_schema_view(
    create=extend_schema(
        summary="Add articles",
        description=(
            "JSON with the article (`text`, `title`, `publisher`, optional `published_on`, `url`): stored at "
            "once, 201 (200 with the stored document when the same text is already there; 409 when it is a "
            "near-duplicate of a stored article, unless `force`). JSON with `url` or `urls`, or a multipart "
            "body with `files`: 202 and a job (`GET /api/v1/jobs/{id}/`) that fetches or reads each in the "
            "background and stores what it finds (near-duplicates only with `force`)."
        ),
        request={
            "application/json": intake.DocumentCreateSerializer,
            "multipart/form-data": {
                "type": "object",
                "properties": {
                    "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                    "publisher": {"type": "string"},
                    "force": {"type": "boolean"},
                    "project": {"type": "integer", "minimum": 1},
                },
                "required": ["files"],
            },
        },
        responses={
            200: OpenApiResponse(s.DocumentDetailSerializer, description="The same text was already stored."),
            201: s.DocumentDetailSerializer,
            202: intake.IntakeJobSerializer,
            409: OpenApiResponse(
                intake.NearDuplicateSerializer, description="A near-duplicate; send `force`."
            ),
            413: OpenApiResponse(s.ErrorSerializer, description="The files are too large for one request."),
            **ERRORS,
        },
    ),
    list=extend_schema(summary="List documents", responses={200: s.DocumentSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(
        summary="A document with its text", responses={200: s.DocumentDetailSerializer, **ERRORS}
    ),
)
class DocumentViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    lookup_value_converter = "int"  # ids are whole numbers: the schema says so, a client sends one
    filterset_class = DocumentFilter
    parser_classes = [SafeJSONParser, MultiPartParser]

    def get_queryset(self):
        return selectors.documents_for_api(viewer=self.request.user)

    def get_serializer_class(self):
        return s.DocumentDetailSerializer if self.action == "retrieve" else s.DocumentSerializer

    def create(self, request, *args, **kwargs):
        if not permissions.can_add_articles(request.user):
            raise PermissionDenied(permissions.ADD_ARTICLES_REFUSAL)
        if request.content_type.startswith("multipart/"):
            return self._create_from_files(request)
        if not isinstance(request.data, dict):
            raise ApiValidationError({"detail": ["Send a JSON object."]})
        given = intake.DocumentCreateSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        project = self._project(request, data.get("project"))
        try:
            if "text" not in data:
                job = services.job_for_urls(
                    actor=request.user,
                    urls=data.get("urls") or [data["url"]],
                    review=False,
                    publisher_name=data.get("publisher", ""),
                    force=data["force"],
                    project=project,
                )
                return self._accepted(request, job)
            document, created = services.document_paste(
                actor=request.user,
                title=data["title"],
                publisher_name=data["publisher"],
                text=data["text"],
                published_on=data.get("published_on"),
                url=data.get("url", ""),
                force=data["force"],
                project=project,
            )
        except services.NearDuplicateError as error:
            return Response(
                {
                    "detail": str(error.message),
                    "near_duplicate": {
                        "id": error.document.pk,
                        "title": error.document.title,
                        "similarity": round(error.similarity, 3),
                    },
                },
                status=status.HTTP_409_CONFLICT,
            )
        except ValidationError as error:
            raise ApiValidationError(
                error.message_dict if hasattr(error, "error_dict") else error.messages
            ) from None
        document = selectors.documents_for_api(viewer=request.user).get(pk=document.pk)
        return Response(
            s.DocumentDetailSerializer(document, context={"request": request}).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )

    def _create_from_files(self, request):
        length = request.META.get("CONTENT_LENGTH") or "0"
        if length.isdigit() and int(length) > settings.INTAKE_MAX_UPLOAD_BYTES:
            raise PayloadTooLarge(
                f"The files are over {settings.INTAKE_MAX_UPLOAD_BYTES // 2**20} MiB in all."
            )
        unknown = sorted(set(request.data) - {"files", "file", "publisher", "force", "project"})
        if unknown:
            raise ApiValidationError(
                {name: ["Not a field this takes (files, publisher, force)."] for name in unknown}
            )
        uploads = request.FILES.getlist("files") + request.FILES.getlist("file")
        force = str(request.data.get("force", "false")).lower()
        if force not in {"true", "false", "1", "0"}:
            raise ApiValidationError({"force": ["Use true or false."]})
        try:
            job = services.job_for_files(
                actor=request.user,
                files=[(upload.name or "", upload.read(), upload.content_type or "") for upload in uploads],
                review=False,
                publisher_name=str(request.data.get("publisher", "")),
                force=force in {"true", "1"},
                project=self._project(request, request.data.get("project")),
            )
        except ValidationError as error:
            raise ApiValidationError(
                error.message_dict if hasattr(error, "error_dict") else error.messages
            ) from None
        return self._accepted(request, job)

    def _project(self, request, value):
        """The project named by id, among those the caller may add to; None when not given."""
        if value in (None, ""):
            return None
        text = str(value)
        project = (
            project_selectors.projects_for(viewer=request.user).filter(pk=int(text)).first()
            if text.isdigit()
            else None
        )
        if project is None:
            raise ApiValidationError({"project": ["No project of yours has this id."]})
        return project

    def _accepted(self, request, job):
        body = intake.IntakeJobSerializer(
            selectors.job_for(viewer=request.user, pk=job.pk), context={"request": request}
        ).data
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["url"]})
