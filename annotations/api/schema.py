"""GET /api/v1/schema/: the OpenAPI document, YAML by default, JSON with `?format=json`."""

from drf_spectacular.views import SpectacularAPIView
from rest_framework.exceptions import ValidationError


class SchemaView(SpectacularAPIView):
    """drf-spectacular's view, with `format` read from the query: the REST framework's own
    format override is off (URL_FORMAT_OVERRIDE), since `format` is the export's parameter."""

    def perform_content_negotiation(self, request, force=False):
        wanted = request.query_params.get("format")
        if wanted is None:
            return super().perform_content_negotiation(request, force)
        for renderer in self.get_renderers():
            if renderer.format == wanted:
                return renderer, renderer.media_type
        if force:
            return super().perform_content_negotiation(request, force)
        raise ValidationError({"format": ["Use `json` or `yaml`."]})
