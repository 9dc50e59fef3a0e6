"""Who a client is, behind the documented TLS proxy or not: login lockouts and API throttles.

Behind a proxy every connection comes from the proxy. The client's own address is read from
X-Forwarded-For only as far as TRUSTED_PROXY_COUNT says; what a client writes there itself
is never believed.
"""

import pytest
from django.core.cache import cache
from django.test import Client
from rest_framework.throttling import SimpleRateThrottle

from .factories import PASSWORD, UserFactory
from .helpers import api

pytestmark = pytest.mark.django_db
PROXY = "10.0.0.2"  # the TLS proxy, as the app sees every connection behind it


def login(address: str | None, username: str, password: str, forged: str = "") -> int:
    """A login through the proxy from `address` (None: straight to the app, from 192.0.2.7)."""
    if address is None:
        meta = {"REMOTE_ADDR": "192.0.2.7"}
    else:  # nginx's $proxy_add_x_forwarded_for: what the client sent, then the address it saw
        meta = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": ", ".join(filter(None, [forged, address]))}
    return Client().post("/login/", {"username": username, "password": password}, **meta).status_code


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


@pytest.fixture
def accounts(reviewer, other_reviewer, moderator):
    """rita, omar and mona, who log in with PASSWORD."""
    return [reviewer, other_reviewer, moderator]


def test_guessing_one_password_locks_that_username_from_that_address_only(behind_proxy, accounts):
    for _ in range(4):
        assert login("198.51.100.1", "rita", "guess") == 200
    assert login("198.51.100.1", "rita", "guess") == 429  # the fifth
    assert login("198.51.100.1", "rita", PASSWORD) == 429  # locked, even with the right password
    # Behind the same proxy, the real user from their own address and others still log in.
    assert login("203.0.113.9", "rita", PASSWORD) == 302
    assert login("198.51.100.1", "omar", PASSWORD) == 302


def test_without_a_trusted_proxy_setting_the_proxy_is_the_client(settings, accounts):
    # The old behaviour behind a proxy, kept where no proxy is declared: every login is the
    # proxy's, so this is why TRUSTED_PROXY_COUNT must be set there (README, Deploying).
    settings.TRUSTED_PROXY_COUNT = 0
    for _ in range(5):
        login("198.51.100.1", "rita", "guess")
    assert login("203.0.113.9", "rita", PASSWORD) == 429


def test_a_forged_forwarded_for_does_not_escape_the_lockout(behind_proxy, accounts):
    for attempt in range(6):
        status = login("198.51.100.1", "rita", "guess", forged=f"192.0.2.{attempt}")
    assert status == 429


def test_spraying_a_few_guesses_over_many_usernames_locks_the_address(behind_proxy, settings):
    settings.AXES_ADDRESS_FAILURE_LIMIT = 12
    names = [f"user{number}" for number in range(4)]
    for name in names:
        UserFactory(username=name)
    statuses = [login("198.51.100.1", name, f"guess{n}") for n in range(3) for name in names]
    assert statuses[:11] == [200] * 11 and statuses[11] == 429  # 4 users x 3 guesses: under 5 each
    assert login("198.51.100.1", "user0", PASSWORD) == 429
    assert login("203.0.113.9", "user0", PASSWORD) == 302  # the users themselves are not locked


def test_a_successful_login_does_not_wipe_the_addresses_count(behind_proxy, settings, accounts):
    settings.AXES_ADDRESS_FAILURE_LIMIT = 6
    for name in ("rita", "rita", "omar", "omar"):
        login("198.51.100.1", name, "guess")
    assert login("198.51.100.1", "mona", PASSWORD) == 302  # the sprayer's own account
    login("198.51.100.1", "rita", "guess")
    assert login("198.51.100.1", "omar", "guess") == 429


def anonymous_get(address: str, forged: str = "") -> int:
    forwarded = ", ".join(filter(None, [forged, address]))
    response = api().get("/api/v1/export/schema/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)
    return response.status_code


@pytest.fixture
def anon_limit(monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": "1000/minute"})


def test_throttles_tell_clients_behind_the_proxy_apart_and_ignore_forged_addresses(
    behind_proxy, anon_limit
):
    assert [anonymous_get("198.51.100.1", forged=f"192.0.2.{n}") for n in range(4)] == [200, 200, 200, 429]
    assert anonymous_get("203.0.113.9") == 200  # another client behind the same proxy


def test_without_a_trusted_proxy_forwarded_for_does_not_reset_the_throttle(settings, anon_limit):
    settings.TRUSTED_PROXY_COUNT = 0
    statuses = [
        api().get("/api/v1/export/schema/", REMOTE_ADDR="192.0.2.7", HTTP_X_FORWARDED_FOR=f"10.9.9.{n}")
        for n in range(4)
    ]
    assert [response.status_code for response in statuses] == [200, 200, 200, 429]


def test_in_production_the_throttle_counts_live_in_the_database_shared_by_every_worker(settings, anon_limit):
    # Production's cache (settings.CACHE = "database"): the table `migrate` makes. Counts kept
    # there are seen by every worker process and survive a restart, unlike a worker's memory.
    from django.db import connection

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "workbench_cache"}
    }
    try:
        assert "workbench_cache" in connection.introspection.table_names()
        for _ in range(3):
            assert anonymous_get("198.51.100.1") == 200
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM workbench_cache")
            assert cursor.fetchone()[0] >= 1
        assert anonymous_get("198.51.100.1") == 429
    finally:
        cache.clear()


def test_ipv6_clients_are_counted_by_their_64_network(behind_proxy, accounts):
    # One client can use any address of its /64: rotating through them must not reset the count.
    statuses = [login(f"2001:db8:1:1::{n:x}", "rita", "guess") for n in range(1, 6)]
    assert statuses == [200, 200, 200, 200, 429]
    assert login("2001:db8:1:2::1", "rita", PASSWORD) == 302  # another /64 is another client
