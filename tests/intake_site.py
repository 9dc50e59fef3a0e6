"""A local HTTP server for the article-intake tests (issue 13).

It serves the static pages in ``tests/data/intake/`` plus a few special routes that
misbehave on purpose (statuses, a slow answer, oversized bodies, binary junk,
redirects to a private address, redirect loops). Stdlib only; quiet; one server per
use::

    with IntakeSite() as site:
        fetch(site.url("/wire.html"))
        assert "/private/blocked.html" not in site.requests

or, in pytest, the ``intake_site`` fixture (import it into a conftest).

In text files (.html, .htm, .rss, .atom, .xml, .txt, .md) the literal ``{{BASE}}`` is
replaced by ``site.base`` before serving, in each file's own encoding, so feeds and
canonical links point back at this server.

Routes besides the files (see also tests/data/intake/README.md):

- ``/status/<code>``: that status (e.g. 404, 500) with a small HTML body
- ``/slow`` (``?seconds=N``, default 10): waits before answering
- ``/big``: streams 30 MB of HTML in chunks with no Content-Length
- ``/big-declared``: declares ``Content-Length: 50000000`` and sends a few bytes
- ``/binary``: 4 KB of random bytes as application/octet-stream
- ``/junk-html``: 4 KB of random bytes declared as ``text/html``
- ``/image.png``: a 1x1 PNG
- ``/redirect?to=<url>``: 302 to the given URL (absolute or a path on this server)
- ``/redirect-chain/<n>``: n successive 302s (1 <= n <= 10) ending at /wire.html
- ``/redirect-private``: 302 to http://169.254.169.254/latest/meta-data/
- ``/redirect-loop``: 302 to itself
"""

from __future__ import annotations

import contextlib
import mimetypes
import random
import struct
import sys
import threading
import zlib
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

DATA_DIR = Path(__file__).resolve().parent / "data" / "intake"

PLACEHOLDER = "{{BASE}}"
TEXT_SUFFIXES = {".html", ".htm", ".rss", ".atom", ".xml", ".txt", ".md"}

# The encoding each file is stored in (for the {{BASE}} replacement); utf-8 otherwise.
FILE_ENCODINGS = {
    "persian-1256.html": "cp1256",
    "russian-1251.html": "cp1251",
    "japanese-sjis.html": "shift_jis",
}

# Content-Type per file name, where the charset test needs something other than the default.
CONTENT_TYPE_OVERRIDES = {
    "persian-1256.html": "text/html",  # the page's <meta charset="windows-1256"> declares it
    "russian-1251.html": "text/html",  # declared nowhere: the reader has to detect cp1251
    "japanese-sjis.html": "text/html; charset=Shift_JIS",  # declared only in the HTTP header
}

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".png": "image/png",
}

PRIVATE_REDIRECT_TARGET = "http://169.254.169.254/latest/meta-data/"
BIG_BYTES = 30 * 1024 * 1024
BIG_DECLARED_LENGTH = 50_000_000
SLOW_SECONDS = 10.0
MAX_CHAIN = 10

_CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)


def _png_1x1() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1x1, 8-bit RGB
    pixels = zlib.compress(b"\x00\xcc\x33\x33")  # filter byte + one red-ish pixel
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


PNG_BYTES = _png_1x1()


def _random_bytes(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def content_type_for(path: Path) -> str:
    if path.name in CONTENT_TYPE_OVERRIDES:
        return CONTENT_TYPE_OVERRIDES[path.name]
    suffix = path.suffix.lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, site: IntakeSite) -> None:
        self.site = site
        self.stopping = threading.Event()
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request, client_address) -> None:
        # A client that hangs up (a size or time cap doing its job) is not an error here;
        # anything else is a bug in this helper and keeps socketserver's traceback.
        if not isinstance(sys.exc_info()[1], _CLIENT_GONE):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "IntakeTestSite/1.0"
    protocol_version = "HTTP/1.0"  # one request per connection; bodies without a length end at close

    # --- plumbing ---------------------------------------------------------------------------------

    def log_message(self, format, *args) -> None:
        pass

    def handle(self) -> None:
        with contextlib.suppress(_CLIENT_GONE):
            super().handle()

    def do_GET(self) -> None:
        self._dispatch(send_body=True)

    def do_HEAD(self) -> None:
        self._dispatch(send_body=False)

    def _dispatch(self, send_body: bool) -> None:
        site = self.server.site
        site._record(LoggedRequest(self.command, self.path, dict(self.headers.items())))
        self.send_body = send_body
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        query = parse_qs(parts.query)
        with contextlib.suppress(_CLIENT_GONE):
            self._route(path, query)

    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.send_body:
            self.wfile.write(body)

    def _status_page(self, status: int) -> None:
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "Status"
        body = (
            f"<!DOCTYPE html><html><head><title>{status} {phrase}</title></head>"
            f"<body><h1>{status} {phrase}</h1><p>The test site answered {status} on purpose.</p>"
            "</body></html>"
        ).encode()
        self._send(status, body, "text/html; charset=utf-8")

    def _redirect(self, location: str, status: int = 302) -> None:
        if location.startswith("/"):
            location = self.server.site.base + location
        body = f'<html><body>Moved to <a href="{location}">{location}</a></body></html>'.encode()
        self._send(status, body, "text/html; charset=utf-8", {"Location": location})

    # --- routes -----------------------------------------------------------------------------------

    def _route(self, path: str, query: dict[str, list[str]]) -> None:
        if path.startswith("/status/"):
            code = path.removeprefix("/status/").strip("/")
            if code.isdigit() and 200 <= int(code) <= 599:
                self._status_page(int(code))
            else:
                self._status_page(404)
        elif path == "/slow":
            seconds = float(query.get("seconds", [SLOW_SECONDS])[0])
            if self.server.stopping.wait(seconds):
                return
            self._send(200, b"<html><body><p>Finally.</p></body></html>", "text/html; charset=utf-8")
        elif path == "/drip":
            self._drip(float(query.get("seconds", ["6"])[0]))
        elif path == "/bad-location":
            self._send(302, b"", "text/html", {"Location": "http://[::1/broken"})
        elif path == "/big":
            self._big()
        elif path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(BIG_DECLARED_LENGTH))
            self.end_headers()
            if self.send_body:
                self.wfile.write(b"<!DOCTYPE html><html><body><p>This is not 50 MB.</p>")
        elif path == "/binary":
            self._send(200, _random_bytes(4096, seed=1), "application/octet-stream")
        elif path == "/junk-html":
            self._send(200, _random_bytes(4096, seed=2), "text/html; charset=utf-8")
        elif path == "/image.png":
            self._send(200, PNG_BYTES, "image/png")
        elif path == "/redirect":
            target = query.get("to", [""])[0]
            if not target:
                self._status_page(400)
            else:
                self._redirect(target)
        elif path.startswith("/redirect-chain/"):
            n = path.removeprefix("/redirect-chain/").strip("/")
            if not n.isdigit() or not 1 <= int(n) <= MAX_CHAIN:
                self._status_page(404)
            elif int(n) == 1:
                self._redirect("/wire.html")
            else:
                self._redirect(f"/redirect-chain/{int(n) - 1}")
        elif path == "/redirect-private":
            self._redirect(PRIVATE_REDIRECT_TARGET)
        elif path == "/redirect-loop":
            self._redirect("/redirect-loop")
        else:
            self._file(path)

    def _drip(self, seconds: float) -> None:
        """A byte every 0.2 s for `seconds`: each read is quick, the whole is not."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        if not self.send_body:
            return
        for _ in range(int(seconds / 0.2)):
            if self.server.stopping.wait(0.2):
                return
            self.wfile.write(b"x")
            self.wfile.flush()

    def _big(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()  # no Content-Length: the body ends when the connection closes
        if not self.send_body:
            return
        paragraph = b"<p>" + b"This page never ends and must be cut off by the size cap. " * 16 + b"</p>\n"
        chunk = paragraph * max(1, 64 * 1024 // len(paragraph))
        self.wfile.write(b"<!DOCTYPE html><html><head><title>Big</title></head><body><article>\n")
        sent = 0
        while sent < BIG_BYTES and not self.server.stopping.is_set():
            self.wfile.write(chunk)
            sent += len(chunk)
        self.wfile.write(b"</article></body></html>\n")

    def _file(self, path: str) -> None:
        if path.endswith("/"):
            path += "index.html"
        root = DATA_DIR.resolve()
        target = (root / path.lstrip("/")).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            self._status_page(404)
            return
        self._send(200, self.server.site.file_body(target), content_type_for(target))


class IntakeSite:
    """The test site on 127.0.0.1 with an OS-chosen port, served from a background thread."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.log: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.base = ""

    # --- lifecycle --------------------------------------------------------------------------------

    def start(self) -> IntakeSite:
        self._server = _Server(self)
        host, port = self._server.server_address[:2]
        self.base = f"http://{host}:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="intake-site", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> IntakeSite:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- helpers for tests ------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self.base.rsplit(":", 1)[1])

    def url(self, path: str = "/") -> str:
        """The absolute URL of ``path`` on this server (a leading slash is optional)."""
        return self.base + "/" + path.lstrip("/")

    data_dir = DATA_DIR

    def file_body(self, target: Path) -> bytes:
        """What the server sends for a file: {{BASE}} replaced, in the file's own encoding."""
        data = target.read_bytes()
        if target.suffix.lower() in TEXT_SUFFIXES:
            encoding = FILE_ENCODINGS.get(target.name, "utf-8")
            text = data.decode(encoding)
            if PLACEHOLDER in text:
                data = text.replace(PLACEHOLDER, self.base).encode(encoding)
        return data

    def body(self, path: str) -> bytes:
        """The bytes served for the file at ``path``."""
        return self.file_body(DATA_DIR / path.lstrip("/"))

    def paths(self) -> list[str]:
        """The requested paths without their query strings."""
        return [urlsplit(p).path for p in self.requests]

    def was_requested(self, path: str) -> bool:
        return path in self.paths()

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()
            self.log.clear()

    def _record(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.requests.append(entry.path)
            self.log.append(entry)


@pytest.fixture
def intake_site():
    """A running IntakeSite for one test; stopped afterwards."""
    with IntakeSite() as site:
        yield site


__all__ = ["DATA_DIR", "IntakeSite", "LoggedRequest", "PRIVATE_REDIRECT_TARGET", "intake_site"]
