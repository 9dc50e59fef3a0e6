"""What the API views share: the documented error answers and the yes/no parameter."""

from drf_spectacular.utils import OpenApiResponse
from rest_framework.exceptions import ValidationError as ApiValidationError

from .. import serializers as s

ERRORS = {
    400: OpenApiResponse(s.ErrorSerializer, description="Invalid input; `errors` names each parameter."),
    401: OpenApiResponse(s.ErrorSerializer, description="No or bad credentials."),
    403: OpenApiResponse(s.ErrorSerializer, description="Not allowed for this user."),
    404: OpenApiResponse(s.ErrorSerializer, description="No such object."),
}


def yes_or_no(params, name: str) -> bool:
    """A yes/no query parameter; anything but true/false (or 1/0) is a 400 naming it."""
    value = params.get(name, "false").lower()
    if value not in {"true", "false", "1", "0"}:
        raise ApiValidationError({name: [f"“{value}” is not a yes/no value: use true or false."]})
    return value in {"true", "1"}
