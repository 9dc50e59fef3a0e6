"""The example client (examples/export_client.py) against a live server, as a script would use the API."""

import subprocess
import sys
from pathlib import Path

import pytest

from .factories import ClaimFactory, DocumentFactory, SourceFactory
from .helpers import api_token

CLIENT = Path(__file__).resolve().parent.parent / "examples" / "export_client.py"


@pytest.mark.django_db(transaction=True)
def test_a_token_script_pages_exports_every_format_and_validates(live_server, reviewer, moderator):
    document = DocumentFactory()
    officials = SourceFactory(name="officials", kind="unnamed")
    for n in range(130):
        ClaimFactory(
            document=document,
            author=reviewer,
            start=n % 40,
            status="approved" if n < 120 else "draft",
            moderator=moderator,
            chain=[document.publisher, officials] if n % 2 else [document.publisher],
        )
    token = api_token(reviewer)
    run = subprocess.run(
        [
            sys.executable,
            str(CLIENT),
            "--url",
            live_server.url,
            "--token",
            token,
            "--filter",
            "anonymous=true",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "claims list: 60 claims in 1 pages" in run.stdout
    assert "json: 60 claims, valid against schema 1.3" in run.stdout
    assert "csv: 60 rows" in run.stdout
    bad = subprocess.run(
        [sys.executable, str(CLIENT), "--url", live_server.url, "--token", "wrong"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode != 0 and "HTTP 401" in bad.stderr
