"""/api/v1/projects/: the caller's projects, and the work queue (next article, mark done)."""

from django.http import Http404
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from ... import selectors, services
from ...selectors import projects as project_selectors
from .. import serializers as s
from .common import ERRORS


@extend_schema_view(
    list=extend_schema(
        summary="The caller's projects (moderators: every project)",
        responses={200: s.ProjectSerializer(many=True), **ERRORS},
    ),
    retrieve=extend_schema(summary="A project", responses={200: s.ProjectSerializer, **ERRORS}),
)
class ProjectViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_value_converter = "int"  # ids are whole numbers: the schema says so
    serializer_class = s.ProjectSerializer

    def get_queryset(self):
        return project_selectors.projects_for(viewer=self.request.user)

    @extend_schema(
        summary="Take the next article (held for you)",
        description=(
            "The article in the project that still needs reviews and that you have not taken, fewest "
            "reviews first, then oldest; held for you for `QUEUE_HOLD_MINUTES` (asking again gives the "
            "same article, its hold renewed). 204 when nothing is left for you. Members only (403)."
        ),
        request=None,
        responses={
            200: s.QueueNextSerializer,
            204: OpenApiResponse(description="Nothing left for you in this project."),
            **ERRORS,
        },
    )
    @action(detail=True, methods=["post"])
    def next(self, request, pk=None):
        project = self.get_object()
        assignment = services.queue_next(project=project, reviewer=request.user)
        if assignment is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        document = selectors.documents_for_api(viewer=request.user).get(pk=assignment.entry.document_id)
        body = {"project": project.pk, "document": document, "held_until": assignment.held_until}
        return Response(s.QueueNextSerializer(body).data)

    @extend_schema(
        summary="Mark an article done",
        description=(
            "Your hold on the article becomes one of its reviews (once: again is a no-op). Allowed "
            "without taking it first while a slot is free; 400 with the reason when it already has "
            "the reviews it needs."
        ),
        request=None,
        responses={200: s.QueueDoneSerializer, **ERRORS},
    )
    @action(detail=True, methods=["post"], url_path="documents/<int:document_pk>/done")
    def done(self, request, pk=None, document_pk=None):
        project = self.get_object()
        document = selectors.document_readable(pk=int(document_pk), viewer=request.user)
        if document is None:
            raise Http404("No such document.")
        assignment = services.queue_done(project=project, document=document, reviewer=request.user)
        entry = assignment.entry
        body = {
            "project": project.pk,
            "document": document.pk,
            "status": assignment.status,
            "reviews_done": entry.reviews_done,
            "reviews_needed": project.reviews_needed,
            "ready_to_adjudicate": entry.reviews_done >= project.reviews_needed,
        }
        return Response(s.QueueDoneSerializer(body).data)
