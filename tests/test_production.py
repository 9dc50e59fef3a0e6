"""Production posture: deploy checks, the production server, health, throttling, CSP."""

import os
import secrets
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db.utils import OperationalError
from rest_framework.throttling import UserRateThrottle

from .helpers import api, gunicorn, page_client
from .helpers import http_get as _get

ROOT = Path(__file__).resolve().parent.parent


def production_env(tmp_path, **extra) -> dict:
    # The browser tests lift Django's async guard in this process; a server must not inherit that.
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {
        **inherited,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "workbench.example.org,127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
        **extra,
    }


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_check_deploy_is_clean_under_production_settings(tmp_path):
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = production_env(tmp_path)
    del env["SECRET_KEY"]
    result = manage(env, "check")
    assert result.returncode != 0 and "SECRET_KEY must be set when DEBUG is off" in result.stderr


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_the_production_server_serves_pages_static_files_and_health(tmp_path):
    env = production_env(tmp_path)
    assert manage(env, "migrate", "--no-input").returncode == 0
    assert manage(env, "collectstatic", "--no-input").returncode == 0
    with gunicorn(env) as base:
        status, _, body = _get(f"{base}/healthz")
        assert status == 200 and b'"database": "ok"' in body  # plain HTTP: exempt from the HTTPS redirect

        opener = urllib.request.build_opener(NoRedirect)
        with pytest.raises(urllib.error.HTTPError) as redirect:
            opener.open(f"{base}/login/", timeout=10)
        assert redirect.value.code == 301 and redirect.value.headers["Location"].startswith("https://")

        status, headers, body = _get(f"{base}/login/", {"X-Forwarded-Proto": "https"})
        assert status == 200
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert "max-age=31536000" in headers["Strict-Transport-Security"]
        assert (
            "Secure" in headers["Set-Cookie"]
            and "HttpOnly" not in headers["Set-Cookie"].split("csrftoken")[0]
        )
        page = body.decode()
        css = page[page.index("/static/annotations/workbench.") :].split('"')[0]
        assert css != "/static/annotations/workbench.css"  # hashed by collectstatic
        status, headers, _ = _get(base + css, {"X-Forwarded-Proto": "https"})
        assert status == 200 and "max-age=315360000" in headers["Cache-Control"]


@pytest.mark.django_db
def test_health_answers_503_when_the_database_does_not(client, monkeypatch):
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok"}

    def refuse(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1 failed\nmore detail")

    monkeypatch.setattr("workbench.health.connection.cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "connection to server at 127.0.0.1 failed",
    }


@pytest.mark.django_db
def test_api_clients_are_throttled_with_a_json_429(reviewer, monkeypatch):
    monkeypatch.setattr(UserRateThrottle, "rate", "3/minute", raising=False)
    client = api(reviewer)
    answers = [client.get("/api/v1/sources/") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert "throttled" in answers[-1].json()["detail"].lower() and answers[-1]["Retry-After"]


@pytest.mark.django_db
def test_every_page_carries_a_policy_without_inline_script(reviewer, document):
    client = page_client(reviewer)
    for url in (
        "/",
        document.get_absolute_url(),
        "/sources/",
        "/agreement/",
        "/api/v1/docs/",
        "/admin/login/",
    ):
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        assert (
            "script-src 'self'" in policy
            and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
        )
        body = response.content.decode()
        inline = [chunk for chunk in body.split("<script")[1:] if "src=" not in chunk.split(">")[0]]
        assert not inline, f"{url} has inline script: {inline[0][:80]}"
