"""Account writes: API tokens."""

from django.db import transaction


def token_rotate(*, user):
    """Give a user a new API token, revoking the old one."""
    from rest_framework.authtoken.models import Token

    with transaction.atomic():
        Token.objects.filter(user=user).delete()
        return Token.objects.create(user=user)
