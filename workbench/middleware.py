"""Site-wide request handling that is not specific to one app."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import resolve_url

FORM_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}


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


class BodySizeLimitMiddleware:
    """Refuse a request whose declared body is over MAX_REQUEST_BYTES (413) before anything reads it.

    Django spools multipart uploads to disk as it parses them, and the first middleware to touch
    `request.POST` parses the whole body: without this, a 2 GB upload is written to disk before
    a view can say it is too large. Each endpoint has its own smaller cap besides.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        length = request.META.get("CONTENT_LENGTH") or "0"
        if length.isdigit() and int(length) > settings.MAX_REQUEST_BYTES:
            message = f"The request is over {settings.MAX_REQUEST_BYTES // 2**20} MiB: send less at once."
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message}, status=413)
            return HttpResponse(message, status=413, content_type="text/plain")
        return self.get_response(request)


class RejectNulMiddleware:
    """Refuse query or form values holding a NUL character (400), which PostgreSQL cannot take.

    Without this, a search such as `?q=%00` would reach the database and fail there (500).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        params = list(request.GET.lists())
        if request.method == "POST" and request.content_type in FORM_TYPES:
            params += list(request.POST.lists())
        bad = sorted({name for name, values in params if "\x00" in name or any("\x00" in v for v in values)})
        if bad:
            message = "A NUL character (\\x00) is not allowed."
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {"detail": "Invalid input: see `errors`.", "errors": {n: [message] for n in bad}},
                    status=400,
                )
            return HttpResponseBadRequest(f"{message} ({', '.join(bad)})", content_type="text/plain")
        return self.get_response(request)
