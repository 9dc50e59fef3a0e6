"""The user's profile: roles and API token."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods
from rest_framework.authtoken.models import Token

from .. import services


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    """The user's roles and API token; POST creates or rotates the token."""
    if request.method == "POST":
        services.token_rotate(user=request.user)
        messages.success(request, "New API token created; the old one no longer works.")
        return redirect("annotations:profile")
    token = Token.objects.filter(user=request.user).first()
    groups = sorted(request.user.groups.values_list("name", flat=True))
    return render(request, "annotations/profile.html", {"token": token, "groups": groups})
