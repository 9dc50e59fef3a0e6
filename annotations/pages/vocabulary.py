"""/ns/workbench-v1.jsonld: our JSON-LD context, public, so any JSON-LD processor can read the export."""

import json

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from ..interchange import jsonld


@require_safe
def workbench_context(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        json.dumps(jsonld.workbench_context(), indent=2), content_type="application/ld+json"
    )
    # JSON-LD processors in browsers fetch contexts from other origins (JSON-LD 1.1 API, 9.4).
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=86400"
    return response
