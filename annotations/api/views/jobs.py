"""GET /api/v1/jobs/: background imports and their progress (the caller's own; every one for moderators)."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from ... import selectors, services
from .. import intake_serializers as intake
from .common import ERRORS


@extend_schema_view(
    list=extend_schema(
        summary="List background jobs", responses={200: intake.IntakeJobSerializer(many=True), **ERRORS}
    ),
    retrieve=extend_schema(
        summary="A background job: status, progress and each item's outcome",
        responses={200: intake.IntakeJobSerializer, **ERRORS},
    ),
)
class JobViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = intake.IntakeJobSerializer
    lookup_value_converter = "int"  # ids are whole numbers: the schema says so
    filter_backends: list = []

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # A script polling a job whose worker died reads it as failed, with the reason.
        services.jobs_fail_stale()

    def get_queryset(self):
        return selectors.jobs_for(viewer=self.request.user).prefetch_related("items")
