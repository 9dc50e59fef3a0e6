"""Helpers tests share: clients for pages and the API, exports and imports, a claim's form data
and API body, and a gunicorn server. Data comes from tests/factories.py."""

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import jsonschema
from django.db import connections
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from annotations.interchange import exporting
from annotations.models import ClaimStatus

ROOT = Path(__file__).resolve().parent.parent
HTMX = {"HTTP_HX_REQUEST": "true"}  # what htmx adds to the requests it sends
EVERY_STATUS = [status.value for status in ClaimStatus]  # as a status filter: every claim
PUBLISHER_HOP = (("Press TV", "", "published"),)  # the factories' documents' publisher


def api_token(user) -> str:
    """`user`'s API token, made on first use: what a script sends."""
    return Token.objects.get_or_create(user=user)[0].key


def api(user=None, *, token: str | None = None) -> APIClient:
    """An API client that sends `user`'s token, or the `token` given (neither: anonymous)."""
    client = APIClient()
    if user is not None:
        token = api_token(user)
    if token is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
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


def import_body(user, body: str, content_type="application/json", **params):
    """POST a file's text to /api/v1/import/ as `user`, with `params` in the query."""
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return api(user).post(f"/api/v1/import/?{query}", data=body.encode(), content_type=content_type)


def claim_body(document, words, *, hops=PUBLISHER_HOP, credibility=2, **extra) -> dict:
    """The API's JSON for a claim on `words` of `document`; hops are (name, kind, cue), as for the form."""
    start = document.text.index(words)
    chain = [{"source_name": name, "source_kind": kind, "cue": cue} for name, kind, cue in hops]
    body = {"document": document.pk, "start": start, "end": start + len(words), "quote": words}
    return body | {"chain": chain, "credibility": credibility} | extra


def claim_post(document, words, *, hops=PUBLISHER_HOP, credibility="2", **extra):
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


EXPORT_SCHEMA = json.loads(exporting.SCHEMA_FILE.read_text())
# The validator checks `format` too (date-time needs rfc3339-validator, in requirements.txt):
# without a format checker JSON Schema treats `format` as a note, and "yesterday" passes.
EXPORT_VALIDATOR = jsonschema.Draft202012Validator(
    EXPORT_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def claim_rule_problems(claim: dict) -> list[str]:
    """The cross-field rules the export schema states in words: start < end, len(quote) == end - start."""
    problems = []
    if not claim["start"] < claim["end"]:
        problems.append(f"claim {claim['id']}: start {claim['start']} is not before end {claim['end']}")
    if len(claim["quote"]) != claim["end"] - claim["start"]:
        problems.append(
            f"claim {claim['id']}: the quote has {len(claim['quote'])} characters, not end - start"
        )
    return problems


def validate_export(data: dict) -> None:
    """A `json` export against its schema (formats checked) and the rules the schema cannot state."""
    EXPORT_VALIDATOR.validate(data)
    problems = [problem for claim in data["claims"] for problem in claim_rule_problems(claim)]
    if problems:
        raise jsonschema.ValidationError("; ".join(problems))


def validate_claim(record: dict) -> None:
    """One claim record (an API answer, a jsonl line) the same way."""
    validate_export({"header": HEADER_FOR_CLAIMS, "claims": [record]})


HEADER_FOR_CLAIMS = {
    "schema_version": exporting.SCHEMA_VERSION,
    "exported_at": "2026-11-26T00:00:00Z",
    "filters": {},
    "source": "http://localhost:8000",
}


def at_once(workers: int, work) -> list:
    """Run work(index) in `workers` threads released together; their results, in order."""
    barrier = threading.Barrier(workers)
    results: list = [None] * workers
    errors: list = []

    def run(index: int) -> None:
        try:
            barrier.wait()
            results[index] = work(index)
        except Exception as error:  # noqa: BLE001  (reported below, with the thread's index)
            errors.append((index, error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results
