from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularRedocView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from . import exceptions, views
from .schema import SchemaView

router = DefaultRouter(trailing_slash=True, use_regex_path=False)
router.include_root_view = False
router.include_format_suffixes = False  # `format` is the export's parameter, not a suffix
router.register("documents", views.DocumentViewSet, basename="document")
router.register("sources", views.SourceViewSet, basename="source")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("jobs", views.JobViewSet, basename="job")
router.register("projects", views.ProjectViewSet, basename="project")

app_name = "api"

urlpatterns = [
    path("export/", views.ExportView.as_view(), name="export"),
    path("import/", views.ImportView.as_view(), name="import"),
    path("agreement/", views.AgreementView.as_view(), name="agreement"),
    path("suggest-chain/", views.SuggestChainView.as_view(), name="suggest-chain"),
    path("export/schema/", views.ExportSchemaView.as_view(), name="export-schema"),
    path("schema/", SchemaView.as_view(api_version="1"), name="schema"),
    # The split view serves Swagger UI's start-up script as a file: no inline script (CSP).
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
    path("", include(router.urls)),
    # Unknown API addresses answer JSON even with DEBUG on.
    re_path(r"^.*$", exceptions.not_found, name="not-found"),
]
