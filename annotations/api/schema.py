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
        renderers = self.get_renderers()
        for renderer in renderers:
            if renderer.format == wanted:
                return renderer, renderer.media_type
        if force:  # the refusal below, answered as JSON like every API error
            json_renderer = next(r for r in reversed(renderers) if r.format == "json")
            return json_renderer, "application/json"
        raise ValidationError({"format": ["Use `json` or `yaml`."]})
