"""Site-wide request handling that is not specific to one app."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import resolve_url


class HtmxLoginRedirectMiddleware:
    """Send an htmx request whose session has expired to the login page as a whole page.

    login_required answers 302; htmx would follow it in the background and swap the login
    form into the claim editor. Instead answer 401 with HX-Redirect, which htmx turns into
    a full navigation, coming back to the page the user was on.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        htmx = getattr(request, "htmx", None)
        login_url = resolve_url(settings.LOGIN_URL)
        if htmx and response.status_code == 302 and response["Location"].startswith(login_url):
            back_to = htmx.current_url_abs_path or "/"
            redirect = redirect_to_login(back_to, login_url)["Location"]
            answer = HttpResponse("Your session has ended: log in again.", status=401)
            answer["HX-Redirect"] = redirect
            return answer
        return response
