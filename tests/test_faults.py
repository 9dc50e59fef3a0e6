"""Faults: the database connection dies during a save; a client hangs up in the middle of an export."""

import json
import os
import secrets
import socket
import struct
import time

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from django.urls import reverse

from annotations.models import AttributionHop, Claim, ClaimStatus
from annotations.services import DATABASE_FAILED

from .factories import ClaimFactory, DocumentFactory
from .helpers import HTMX, api, api_token, claim_body, claim_post, gunicorn, http_get, page_client

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="kills PostgreSQL backends and serves from PostgreSQL"
)
WORDS = "Turkey will not abandon its S-400 systems"


def admin_connection() -> psycopg.Connection:
    db = settings.DATABASES["default"]
    return psycopg.connect(
        host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"], dbname=db["NAME"], autocommit=True
    )


@pytest.fixture
def connection_dies_before_the_chain_is_written(monkeypatch):
    """Terminate this session's PostgreSQL backend after the claim row is inserted, before its hops."""
    real_bulk_create = type(AttributionHop.objects).bulk_create
    killed = []

    def die_then_write(manager, *args, **kwargs):
        if manager.model is not AttributionHop:  # the class is every plain manager's (projects' too)
            return real_bulk_create(manager, *args, **kwargs)
        assert Claim.objects.exists()  # the claim row is in: the save is half-way
        pid = connection.connection.info.backend_pid
        with admin_connection() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        killed.append(pid)
        return real_bulk_create(manager, *args, **kwargs)

    monkeypatch.setattr(type(AttributionHop.objects), "bulk_create", die_then_write)
    return killed


def nothing_written() -> bool:
    connection.close()  # the next query opens a fresh session
    return not Claim.objects.exists() and not AttributionHop.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_page_save_whose_connection_dies_writes_nothing_and_keeps_the_form(
    reviewer, connection_dies_before_the_chain_is_written
):
    document = DocumentFactory()
    client = page_client(reviewer)
    data = claim_post(
        document, WORDS, hops=(("Press TV", "", "published"), ("Bloomberg", "news_agency", "citing"))
    )

    response = client.post(reverse("annotations:claim-new", args=[document.pk]), data, **HTMX)

    assert connection_dies_before_the_chain_is_written, "the backend was not terminated"
    assert response.status_code == 503
    page = response.content.decode()
    assert "nothing was saved" in page and 'value="Bloomberg"' in page  # what was typed is still there
    assert nothing_written()


@pytest.mark.django_db(transaction=True)
def test_an_api_save_whose_connection_dies_is_a_json_503_and_writes_nothing(
    reviewer, connection_dies_before_the_chain_is_written
):
    document = DocumentFactory()

    response = api(reviewer).post("/api/v1/claims/", claim_body(document, WORDS), format="json")

    assert response.status_code == 503 and response.json() == {"detail": DATABASE_FAILED}
    assert nothing_written()


@pytest.mark.django_db(transaction=True)
def test_an_edit_whose_connection_dies_leaves_the_claim_and_its_chain_as_they_were(reviewer, monkeypatch):
    claim = ClaimFactory(author=reviewer, length=len("Turkey"))
    before = [(hop.position, hop.source_id, hop.cue) for hop in claim.chain]
    real_bulk_create = type(AttributionHop.objects).bulk_create

    def die(manager, *args, **kwargs):  # the old chain is deleted by now, the new one not written
        with admin_connection() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [connection.connection.info.backend_pid])
        return real_bulk_create(manager, *args, **kwargs)

    monkeypatch.setattr(type(AttributionHop.objects), "bulk_create", die)
    client = page_client(reviewer)
    data = claim_post(claim.document, "Turkey", version=claim.version, note="changed")

    response = client.post(reverse("annotations:claim-edit", args=[claim.pk]), data, **HTMX)

    assert response.status_code == 503 and "nothing was saved" in response.content.decode()
    connection.close()
    claim.refresh_from_db()
    assert claim.note == "" and claim.version == 1
    assert [(hop.position, hop.source_id, hop.cue) for hop in claim.hops.order_by("position")] == before


# --- a client that hangs up --------------------------------------------------------------------


def server_env() -> dict:
    db = settings.DATABASES["default"]
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {
        **inherited,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}",
    }


def busy_backends(database: str) -> list[tuple]:
    with admin_connection() as admin:
        return admin.execute(
            "SELECT pid, state, query FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid() AND (state LIKE 'idle in transaction%%' "
            "OR (state = 'active' AND query ILIKE '%%annotations_%%'))",
            [database],
        ).fetchall()


@pytest.mark.django_db(transaction=True)
def test_the_export_survives_a_client_that_hangs_up_mid_stream(reviewer):
    document = DocumentFactory()
    # 4,000 claims, enough for an export longer than the socket buffers: written in two bulk
    # inserts: ClaimFactory writes one claim at a time through the services, tens of seconds for these.
    claims = Claim.objects.bulk_create(
        Claim(
            document=document,
            author=reviewer,
            start=0,
            end=6,
            quote="Turkey",
            credibility=3,
            status=ClaimStatus.APPROVED,
            chain_text="Press TV",
        )
        for _ in range(4000)
    )
    AttributionHop.objects.bulk_create(
        AttributionHop(claim=claim, position=0, source=document.publisher, cue="published")
        for claim in claims
    )
    token = api_token(reviewer)
    database = settings.DATABASES["default"]["NAME"]

    with gunicorn(server_env()) as base:  # one sync worker: if it hung, nothing else would answer
        port = int(base.rsplit(":", 1)[1])
        for _ in range(3):
            sock = socket.create_connection(("127.0.0.1", port))
            sock.sendall(
                f"GET /api/v1/export/?format=jsonl HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                f"Authorization: Token {token}\r\n\r\n".encode()
            )
            received = b""
            while len(received) < 65536:
                chunk = sock.recv(65536)
                if not chunk:  # the server closed early: fail on what it said rather than wait forever
                    break
                received += chunk
            assert received.startswith(b"HTTP/1.1 200"), received[:500]
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset, not FIN
            sock.close()

        status, _, body = http_get(f"{base}/healthz")
        assert status == 200 and json.loads(body)["database"] == "ok"
        status, headers, body = http_get(
            f"{base}/api/v1/export/?format=jsonl", {"Authorization": f"Token {token}"}
        )
        assert status == 200
        records = [json.loads(line) for line in body.decode().splitlines()]
        assert len(records) == 4000 and records[-1]["chain_display"] == "Press TV"

        for _ in range(50):  # the abandoned exports' queries and cursors are gone
            busy = busy_backends(database)
            if not busy:
                break
            time.sleep(0.1)
        assert busy == []
