"""Small helpers the API tests share: a client with a user's token, and reading an export."""

from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


def api(user=None) -> APIClient:
    """An API client that sends `user`'s token (none: anonymous)."""
    client = APIClient()
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def export(user, **params):
    """GET /api/v1/export/ as `user`: (the response, its whole body as text)."""
    response = api(user).get("/api/v1/export/", params)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body.decode()
