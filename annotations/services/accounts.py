"""Account writes: API tokens."""

from django.contrib.auth.models import User
from django.db import transaction
from rest_framework.authtoken.models import Token


def token_rotate(*, user: User) -> Token:
    """Give a user a new API token, revoking the old one."""

    with transaction.atomic():
        Token.objects.filter(user=user).delete()
        return Token.objects.create(user=user)
