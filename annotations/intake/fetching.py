"""Fetching a page for a person, safely: a server that fetches any address it is given is a door
into the network behind it (server-side request forgery).

So: http and https only; every address a host name resolves to is checked, and the connection
goes to the checked address (a second lookup could answer otherwise); each redirect is checked
again, at most FETCH_MAX_REDIRECTS of them; the body is read up to FETCH_MAX_BYTES within
FETCH_TIMEOUT seconds in all; the content type must be one the caller reads. Loopback and private
networks are refused unless FETCH_ALLOW_PRIVATE_NETWORKS is on (tests and local demos);
link-local (cloud metadata at 169.254.169.254), multicast, reserved and unspecified addresses are
refused always.
"""

import contextlib
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings
from django.utils import timezone


class FetchError(Exception):
    """Why an address could not be read; said to the person who gave it."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int
    content_type: str  # without parameters, lower case
    charset: str | None
    content: bytes
    retrieved_at: datetime


# Special-purpose ranges that older Pythons do not call private (CVE-2024-4032): IETF protocol
# assignments, and IPv6 transition prefixes that embed an IPv4 address (6to4, Teredo, NAT64).
_ALWAYS_REFUSED = [
    ipaddress.ip_network(network)
    for network in (
        "192.0.0.0/24",
        "198.18.0.0/15",
        "2002::/16",
        "2001::/32",
        "64:ff9b::/96",
        "64:ff9b:1::/48",
    )
]


def address_refusal(address: str) -> str | None:
    """Why a connection to this IP address is refused, or None."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    allow_local = settings.FETCH_ALLOW_PRIVATE_NETWORKS
    if ip.is_loopback:  # (::1 also counts as reserved)
        return None if allow_local else "a loopback or private network address"
    if ip.is_link_local or ip.is_multicast or ip.is_unspecified or ip.is_reserved:
        return "a link-local, multicast or reserved address"
    if any(ip in network for network in _ALWAYS_REFUSED):
        return "a special-purpose address"
    if ip.is_private or not ip.is_global:
        return None if allow_local else "a loopback or private network address"
    return None


def _resolve(host: str, port: int) -> str:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"The host “{host}” cannot be found ({error}).") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise FetchError(f"The host “{host}” has no address.")
    for address in addresses:
        refusal = address_refusal(address)
        if refusal:
            # The address itself is not said: it would tell people about the internal network.
            raise FetchError(f"Not fetched: “{host}” leads to {refusal}.")
    return addresses[0]


def _pool(
    scheme: str, host: str, address: str, port: int, timeout: float, opened: list
) -> urllib3.HTTPConnectionPool:
    """A pool to the checked address whose connections are remembered in `opened`, so that the
    watchdog can close them when the fetch's time is up (a socket timeout is per read: a server
    dripping a byte at a time would never trip it)."""
    timeouts = urllib3.Timeout(connect=min(10.0, timeout), read=timeout)
    pool: urllib3.HTTPConnectionPool
    if scheme == "https":
        # Connect to the checked address, but verify the certificate for the host name.
        pool = urllib3.HTTPSConnectionPool(
            address,
            port,
            timeout=timeouts,
            retries=False,
            cert_reqs="CERT_REQUIRED",
            server_hostname=host,
            assert_hostname=host,
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeouts, retries=False)
    base = pool.ConnectionCls

    class Tracked(base):  # type: ignore[valid-type, misc]
        def connect(self) -> None:
            super().connect()
            # The socket itself: http.client lets go of `sock` once a response that ends with the
            # connection is under way, but the response still reads from it.
            opened.append(self.sock)

    pool.ConnectionCls = Tracked
    return pool


def _cut(opened: list, done: threading.Event) -> None:
    done.set()
    for sock in opened:
        with contextlib.suppress(OSError):  # already closed: nothing to cut
            sock.shutdown(socket.SHUT_RDWR)


def fetch(
    url: str, *, accept: tuple[str, ...], timeout: float | None = None, max_bytes: int | None = None
) -> Fetched:
    """GET `url`; raises FetchError with the reason when it cannot or may not be read, within
    `timeout` seconds in all (headers, redirects and body)."""
    timeout = settings.FETCH_TIMEOUT if timeout is None else timeout
    opened: list = []
    cut = threading.Event()  # set when the watchdog closed the connections: the time is up
    watchdog = threading.Timer(timeout, _cut, args=(opened, cut))
    watchdog.daemon = True
    started = time.monotonic()
    watchdog.start()
    try:
        fetched = _fetch(url, accept=accept, timeout=timeout, max_bytes=max_bytes, opened=opened)
    except FetchError:
        # (the watchdog's cut surfaces as whatever the read was doing, a closed connection say, and
        # may land a hair before `timeout` by this clock: the flag says the time was up)
        if cut.is_set() or time.monotonic() - started >= timeout:
            raise FetchError(f"The page took over {timeout:g} seconds to arrive.") from None
        raise
    except (ValueError, UnicodeError) as error:  # an address or redirect that cannot be parsed
        raise FetchError(f"The address cannot be read ({type(error).__name__}).") from None
    finally:
        watchdog.cancel()
    if cut.is_set():
        # A body read until the server closes (no length given) ends quietly when the watchdog closes
        # the connection: what arrived is cut short, not the page.
        raise FetchError(f"The page took over {timeout:g} seconds to arrive.")
    return fetched


def _fetch(
    url: str, *, accept: tuple[str, ...], timeout: float, max_bytes: int | None, opened: list
) -> Fetched:
    max_bytes = settings.FETCH_MAX_BYTES if max_bytes is None else max_bytes
    deadline = time.monotonic() + timeout
    for _ in range(settings.FETCH_MAX_REDIRECTS + 1):
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"Only http and https addresses are fetched, not “{parts.scheme or url}”.")
        host = parts.hostname
        if not host:
            raise FetchError(f"“{url}” has no host name.")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise FetchError(f"“{url}” has an invalid port.") from None
        if parts.username or parts.password:
            raise FetchError("Addresses with a user name or password are not fetched.")
        if len(url) > 2000:
            raise FetchError("The address (or one it redirects to) is over 2,000 characters.")
        address = _resolve(host, port)
        if port not in settings.FETCH_PORTS and not settings.FETCH_ALLOW_PRIVATE_NETWORKS:
            raise FetchError(
                f"Only the usual web ports are fetched ({', '.join(map(str, settings.FETCH_PORTS))})."
            )
        host_header = f"[{host}]" if ":" in host else host
        if parts.port:
            host_header += f":{parts.port}"
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        pool = _pool(parts.scheme, host, address, port, max(0.1, deadline - time.monotonic()), opened)
        try:
            response = pool.urlopen(
                "GET",
                path,
                headers={
                    "Host": host_header,
                    "User-Agent": settings.FETCH_USER_AGENT,
                    "Accept": ", ".join(accept) + ", */*;q=0.1",
                    "Accept-Encoding": "gzip, deflate",
                },
                redirect=False,
                preload_content=False,
                retries=False,
            )
        except urllib3.exceptions.TimeoutError:
            raise FetchError(f"“{host}” did not answer within {timeout:g} seconds.") from None
        except urllib3.exceptions.SSLError as error:
            raise FetchError(f"The secure connection to “{host}” failed ({error}).") from None
        except (urllib3.exceptions.HTTPError, OSError) as error:
            raise FetchError(f"“{host}” could not be reached ({type(error).__name__}).") from None
        try:
            if 300 <= response.status < 400 and response.headers.get("Location"):
                url = urljoin(url, response.headers["Location"])
                continue
            return _read(
                response, url=url, accept=accept, deadline=deadline, max_bytes=max_bytes, timeout=timeout
            )
        finally:
            response.release_conn()
            pool.close()
    raise FetchError(f"More than {settings.FETCH_MAX_REDIRECTS} redirects: not followed further.")


def _read(
    response, *, url: str, accept: tuple[str, ...], deadline: float, max_bytes: int, timeout: float
) -> Fetched:
    if response.status >= 400:
        raise FetchError(f"The server answered {response.status} {response.reason or ''}".rstrip() + ".")
    if response.status != 200:
        raise FetchError(f"The server answered {response.status}, not a page.")
    header = response.headers.get("Content-Type", "")
    content_type = header.split(";")[0].strip().lower()
    charset = None
    for parameter in header.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("'\"") or None
    if content_type and content_type not in accept:
        raise FetchError(f"This address serves {content_type}, not {' or '.join(accept[:3])}.")
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(
            f"The page is {int(declared) // 2**20} MiB: at most {max_bytes // 2**20} MiB are read."
        )
    chunks = []
    size = 0
    try:
        for chunk in response.stream(64 * 1024, decode_content=True):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"The page is over {max_bytes // 2**20} MiB: not read further.")
            if time.monotonic() > deadline:
                raise FetchError(f"The page took over {timeout:g} seconds to arrive.")
            chunks.append(chunk)
    except urllib3.exceptions.TimeoutError:
        raise FetchError(f"The page took over {timeout:g} seconds to arrive.") from None
    except (urllib3.exceptions.HTTPError, OSError) as error:
        raise FetchError(f"The connection broke while reading ({type(error).__name__}).") from None
    return Fetched(
        url=url,
        status=response.status,
        content_type=content_type,
        charset=charset,
        content=b"".join(chunks),
        retrieved_at=timezone.now(),
    )
