"""Intake benchmark: articles through the URL path, and a big claim import, on background workers.

    python bench/intake_bench.py                    # 1,000 articles with 1 and 2 workers; 10,000 claims
    python bench/intake_bench.py --articles 200 --workers 1 --claims 0

A local web server (in this process) serves generated news pages, about 5 KB of article text
each with a header, navigation and footer around it. For each worker count, a fresh database
gets the articles queued as URL jobs (100 addresses a job, stored without review, as the API
does), then that many `manage.py db_worker --batch` processes fetch, extract (trafilatura),
fingerprint and store them. Prints articles per second and the workers' peak resident memory
(VmHWM), and checks that every article was stored once. Then a claim export of `--claims`
claims (bench/generate.py, export_claims) goes through POST /api/v1/import/'s background job.
Uses its own PostgreSQL databases (`workbench_intake_bench`, and the benchmarks' `workbench_bench`).
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from benchdb import DB_URL, ensure_database  # noqa: E402

TARGET_URL = DB_URL.rsplit("/", 1)[0] + "/workbench_intake_bench"
WORDS = [
    "minister",
    "ministry",
    "harbour",
    "council",
    "officials",
    "said",
    "reported",
    "according",
    "talks",
    "agreement",
    "border",
    "trade",
    "election",
    "vote",
    "police",
    "court",
    "judge",
    "strike",
    "union",
    "workers",
    "company",
    "shares",
    "market",
    "prices",
    "energy",
    "gas",
    "oil",
    "drought",
    "rain",
    "flood",
    "bridge",
    "road",
    "rail",
    "port",
    "airport",
    "hospital",
    "school",
    "students",
    "teachers",
    "doctors",
    "patients",
    "army",
    "navy",
    "drone",
    "missile",
    "ceasefire",
    "embassy",
    "envoy",
    "summit",
    "budget",
    "tax",
    "inflation",
    "bank",
    "rates",
    "exports",
    "imports",
]


def article_page(number: int, *, seed: int) -> bytes:
    rng = random.Random(seed * 1_000_003 + number)
    paragraphs = []
    while sum(len(p) for p in paragraphs) < 5000:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(10, 22))]
            sentences.append(" ".join(words).capitalize() + ".")
        paragraphs.append(" ".join(sentences))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>Story {number} | Bench Wire</title><meta property='og:site_name' content='Bench Wire'>"
        f"<meta name='author' content='Reporter {number % 17}'>"
        "<meta property='article:published_time' content='2026-05-04T10:00:00Z'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/business'>Business</a></nav>"
        "<div class='cookie-banner'>We use cookies. <button>Accept</button></div>"
        f"<article><h1>Story {number}</h1>{body}</article>"
        "<aside class='related'><h2>Related stories</h2><ul><li><a href='/x'>Other news</a></li></ul></aside>"
        "<footer><div class='newsletter'>Sign up for our newsletter</div>© Bench Wire</footer>"
        "</body></html>"
    ).encode()


class _Site(ThreadingHTTPServer):
    daemon_threads = True
    seed = 1


class _Handler(BaseHTTPRequestHandler):
    server: _Site

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        number = int(self.path.rsplit("/", 1)[1].split(".")[0])
        data = article_page(number, seed=self.server.seed)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


def env(database: str) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database,
        "DEBUG": "1",
        "FETCH_ALLOW_PRIVATE_NETWORKS": "1",
        "TASKS_BACKEND": "database",
    }


def manage(*args: str, database: str = TARGET_URL) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env(database),
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def fresh_target() -> None:
    name, base = TARGET_URL.rsplit("/", 1)[1], TARGET_URL.rsplit("/", 1)[0] + "/postgres"
    subprocess.run(["psql", base, "-qc", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'], check=True)
    subprocess.run(["psql", base, "-qc", f'CREATE DATABASE "{name}"'], check=True)
    manage("migrate", "--no-input", "-v0")


def shell(code: str) -> str:
    return manage("shell", "-v0", "-c", code).strip().splitlines()[-1]


def run_workers(count: int) -> tuple[float, int]:
    """Start `count` workers that exit when the queue is empty; (seconds, peak RSS in KiB of any)."""
    started = time.perf_counter()
    workers = [
        subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--batch", "--no-reload", "--no-startup-delay"],
            cwd=ROOT,
            env=env(TARGET_URL),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(count)
    ]
    peak = 0
    while any(worker.poll() is None for worker in workers):
        for worker in workers:
            try:
                status = Path(f"/proc/{worker.pid}/status").read_text()
            except (FileNotFoundError, ProcessLookupError):
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        time.sleep(0.1)
    return time.perf_counter() - started, peak


def url_path(articles: int, workers: int, site: _Site) -> None:
    fresh_target()
    base = f"http://127.0.0.1:{site.server_address[1]}"
    shell(
        "from django.contrib.auth.models import User, Group; from annotations import services; "
        "u = User.objects.create(username='bench'); "
        # A moderator: articles added by a reviewer go into their project; these go into none.
        "u.groups.add(Group.objects.get_or_create(name='moderator')[0]); "
        f"urls = ['{base}/a/%d.html' % n for n in range({articles})]; "
        "[services.job_for_urls(actor=u, urls=urls[i:i + 100], review=False) "
        "for i in range(0, len(urls), 100)]; "
        "print('queued')"
    )
    seconds, peak = run_workers(workers)
    stored = shell(
        "from annotations.models import Document, IntakeItem; "
        "print(Document.objects.count(), IntakeItem.objects.filter(status='imported').count(), "
        "IntakeItem.objects.exclude(status='imported').count())"
    )
    documents, imported, other = map(int, stored.split())
    print(
        f"{'urls':>7} {workers:>7} {articles:>8} {seconds:>8.1f} {articles / seconds:>9.1f} "
        f"{peak / 1024:>10.0f}"
        f"   stored {documents}, not imported {other}"
    )
    if documents != articles or imported != articles:
        sys.exit("some articles were not stored")


def claim_import(claims: int) -> None:
    ensure_database()
    subprocess.run(
        [
            sys.executable,
            "bench/generate.py",
            "--claims",
            str(claims),
            "--documents",
            str(max(1, claims // 100)),
        ],
        cwd=ROOT,
        env=env(DB_URL),
        check=True,
        capture_output=True,
    )
    fresh_target()
    with tempfile.TemporaryDirectory() as folder:
        backup = Path(folder) / "backup.jsonl"
        manage(
            "export_claims", "--format", "jsonl", "--no-progress", "--output", str(backup), database=DB_URL
        )
        documents = Path(folder) / "documents.json"
        manage(
            "export_claims",
            "--format",
            "json",
            "--with-documents",
            "--no-progress",
            "--output",
            str(documents),
            database=DB_URL,
        )
        # The documents first (a JSON export with documents and no claims would be refused), then the
        # JSON-lines file through the background job, as POST /api/v1/import/ queues it.
        manage("import_claims", str(documents), "--no-progress")
        shell("from annotations.models import Claim; Claim.objects.all().delete(); print('cleared')")
        shell(
            "from django.contrib.auth.models import User, Group; from annotations import services; "
            "u = User.objects.create(username='bench-moderator'); "
            "u.groups.add(Group.objects.get_or_create(name='moderator')[0]); "
            f"services.job_for_claim_import(actor=u, content=open('{backup}', 'rb').read(), "
            "name='backup.jsonl', "
            "fmt='jsonl', atomic='item', content_type='application/x-ndjson'); print('queued')"
        )
        size_mb = backup.stat().st_size / 1e6
    seconds, peak = run_workers(1)
    stored = int(shell("from annotations.models import Claim; print(Claim.objects.count())"))
    print(
        f"{'claims':>7} {1:>7} {claims:>8} {seconds:>8.1f} {claims / seconds:>9.0f} {peak / 1024:>10.0f}"
        f"   stored {stored} ({size_mb:.1f} MB file)"
    )
    if stored != claims:
        sys.exit("the import is incomplete")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--claims", type=int, default=10_000)
    args = parser.parse_args()
    site = _Site(("127.0.0.1", 0), _Handler)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    print(f"{'path':>7} {'workers':>7} {'items':>8} {'seconds':>8} {'items/s':>9} {'peak MiB':>10}")
    for round_number, workers in enumerate(args.workers, start=1):
        site.seed = round_number  # new texts each round: nothing is a duplicate of the last round's
        url_path(args.articles, workers, site)
    if args.claims:
        claim_import(args.claims)
    site.shutdown()


if __name__ == "__main__":
    main()
