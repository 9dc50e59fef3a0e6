"""The README's quick start: migrate, load seeds, demo accounts, read the seed article.

scripts/test runs this module a second time on SQLite, the quick start's database.
"""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from annotations.models import Document

from ..helpers import HTMX

pytestmark = [pytest.mark.smoke, pytest.mark.django_db]


@override_settings(DEBUG=True)  # pytest-django turns DEBUG off; the quick start runs with it on
def test_quick_start_commands_then_a_reviewer_reads_and_annotates(client):
    call_command("load_seeds", stdout=StringIO())
    out = StringIO()
    call_command("setup_demo", "--reset-passwords", stdout=out)
    logins = dict(re.findall(r"login: (\S+)\s+password: (\S+)", out.getvalue()))
    assert set(logins) == {"reviewer", "reviewer2", "moderator"}

    login = client.post("/login/", {"username": "reviewer", "password": logins["reviewer"]})
    assert login.status_code == 302 and login["Location"] == "/"
    assert "Turkey &#x27;refuses to jettison&#x27;" in client.get("/").content.decode()
    document = Document.objects.get()
    words = "Turkey will not abandon"
    response = client.post(
        f"/documents/{document.pk}/claims/new/",
        {
            "start": 0,
            "end": len(words),
            "quote": words,
            "credibility": 2,
            "hops-TOTAL_FORMS": 2,
            "hops-INITIAL_FORMS": 0,
            "hops-0-source_name": "Iran Press TV",
            "hops-0-cue": "published",
            "hops-1-source_name": "Bloomberg",
            "hops-1-source_kind": "news_agency",
            "hops-1-cue": "reported",
        },
        **HTMX,
    )
    assert response.status_code == 200
    page = client.get(document.get_absolute_url()).content.decode()
    assert f">{words}</mark>" in page and "Iran Press TV &gt; Bloomberg" in page

    export = client.get("/api/v1/export/", {"format": "jsonl", "status": "draft"})
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert len(lines) == 1 and '"chain_display":"Iran Press TV > Bloomberg"' in lines[0]

    assert (
        client.post("/login/", {"username": "moderator", "password": logins["moderator"]}).status_code == 302
    )
    assert client.get("/admin/annotations/claim/").status_code == 200
    claim_id = document.claims.get().pk
    change_page = client.get(f"/admin/annotations/claim/{claim_id}/change/")
    assert change_page.status_code == 200 and b"Attribution hops" in change_page.content


@override_settings(DEBUG=True)
def test_existing_demo_passwords_are_kept_unless_reset():
    call_command("setup_demo", stdout=StringIO())
    out = StringIO()
    call_command("setup_demo", stdout=out)
    assert "password unchanged" in out.getvalue() and "password: " not in out.getvalue()


@override_settings(DEBUG=False)
def test_demo_accounts_are_refused_in_production():
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("setup_demo", stdout=StringIO())
