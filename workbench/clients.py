"""Who is asking: the client's address, one rule for login lockouts (django-axes) and API throttles."""

import ipaddress

from django.conf import settings
from django.http import HttpRequest
from rest_framework import throttling


def client_address(request: HttpRequest) -> str:
    """The address the first of our trusted proxies saw, else the connection's own.

    With `TRUSTED_PROXY_COUNT` = n, the n right-most X-Forwarded-For entries were written by
    our proxies; the left-most of those is the client as the first proxy saw it. Anything
    further left was sent by the client and is never believed. An entry that is not an
    address (a misconfigured proxy) counts as the connection's own address. An IPv6 address
    stands for its /64 network, as one client holds the whole of it.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    candidate = remote
    if count > 0 and forwarded.strip():
        entries = [entry.strip() for entry in forwarded.split(",")]
        candidate = entries[-min(count, len(entries))]
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        return remote
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        # One IPv6 client is given a whole /64 and can pick any address in it: count the /64.
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)


class _ByClientAddress:
    def get_ident(self, request) -> str:
        return client_address(request)


class UserRateThrottle(_ByClientAddress, throttling.UserRateThrottle):
    """DRF's per-user throttle; callers without an account are told apart by `client_address`."""


class AnonRateThrottle(_ByClientAddress, throttling.AnonRateThrottle):
    """DRF's anonymous throttle, by `client_address` (DRF's own would trust any X-Forwarded-For)."""
