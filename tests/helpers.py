"""Helpers tests share: API clients, exports, the claim form's data, and a gunicorn server."""

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

ROOT = Path(__file__).resolve().parent.parent
HTMX = {"HTTP_HX_REQUEST": "true"}  # what htmx adds to the requests it sends


def api(user=None) -> APIClient:
    """An API client that sends `user`'s token (none: anonymous)."""
    client = APIClient()
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def page_client(user=None) -> Client:
    """A browser-like client logged in as `user` (none: anonymous)."""
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def export(user, **params):
    """GET /api/v1/export/ as `user`: (the response, its whole body as text)."""
    response = api(user).get("/api/v1/export/", params)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body.decode()


def claim_post(document, words, *, hops=(("Press TV", "", "published"),), credibility="2", **extra):
    """The claim editor's form data for `words` of `document`; hops are (name, kind, cue)."""
    start = document.text.index(words)
    data = {
        "start": start,
        "end": start + len(words),
        "quote": words,
        "credibility": credibility,
        "likelihood": "",
        "note": "",
        "hops-TOTAL_FORMS": len(hops),
        "hops-INITIAL_FORMS": 0,
    }
    for index, (name, kind, cue) in enumerate(hops):
        data |= {
            f"hops-{index}-source_name": name,
            f"hops-{index}-source_kind": kind,
            f"hops-{index}-cue": cue,
        }
    return data | extra


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_get(url, headers=None) -> tuple[int, dict, bytes]:
    """(status, headers, body) of a GET, without raising on 4xx/5xx."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@contextmanager
def gunicorn(env: dict, workers: int = 1) -> Iterator[str]:
    """The app under gunicorn with `env`, as a base address, stopped afterwards."""
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "workbench.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(workers),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                http_get(f"{base}/healthz")
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)
