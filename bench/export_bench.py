"""Export benchmark: stream the export over HTTP from gunicorn and measure it.

    python bench/export_bench.py                       # 10,000 and 100,000 claims
    python bench/export_bench.py --sizes 1000 --formats jsonl

For each size it generates the data (bench/generate.py), starts a fresh gunicorn
worker, downloads /api/v1/export/ in each format, and prints time, claims per
second and the worker's peak resident memory (VmHWM). The floor is the same rows
read by `psql` with COPY (SELECT ...) TO STDOUT. Uses its own PostgreSQL
database, `workbench_bench` (BENCH_DATABASE_URL to change).
"""

import argparse
import os
import secrets
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from benchdb import DB_URL, ensure_database  # noqa: E402

PYTHON = sys.executable
PORT = int(os.environ.get("BENCH_PORT", "8799"))

# The rows the export reads: each claim with its document and author, and each hop with its source.
COPY_SQL = """
COPY (
  SELECT c.id, c.document_id, d.title, d.url, c.start, c."end", c.quote, c.prefix, c.suffix, c.note,
         c.credibility, c.likelihood, c.status, u.username, c.version, c.created_at, c.updated_at,
         (SELECT json_agg(json_build_object('position', h.position, 'source_id', s.id, 'name', s.name,
                 'kind', s.kind, 'grade', s.reliability_grade, 'cue', h.cue, 'cue_text', h.cue_text)
                 ORDER BY h.position)
            FROM annotations_attributionhop h JOIN annotations_source s ON s.id = h.source_id
           WHERE h.claim_id = c.id)
    FROM annotations_claim c
    JOIN annotations_document d ON d.id = c.document_id
    JOIN auth_user u ON u.id = c.author_id
   WHERE c.status = 'approved'
   ORDER BY c.id
) TO STDOUT
"""


def env() -> dict:
    return {
        **os.environ,
        "DATABASE_URL": DB_URL,
        "DEBUG": "1",
        "DJANGO_SETTINGS_MODULE": "workbench.settings",
    }


def manage(*args: str) -> str:
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env(), check=True, capture_output=True, text=True
    ).stdout


def token() -> str:
    key = secrets.token_hex(20)
    manage(
        "shell",
        "-c",
        (
            "from django.contrib.auth.models import User; from rest_framework.authtoken.models import Token; "
            "u, _ = User.objects.get_or_create(username='bench-exporter'); "
            "Token.objects.filter(user=u).delete(); "
            f"Token.objects.create(user=u, key='{key}')"
        ),
    )
    return key


def peak_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def worker_pid(master: int) -> int:
    for _ in range(100):
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        if children:
            return int(children[0])
        time.sleep(0.1)
    raise RuntimeError("gunicorn worker did not start")


def serve() -> subprocess.Popen:
    server = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "workbench.wsgi",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            "1",
            "--timeout",
            "900",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env(),
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/login/", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("gunicorn did not answer")


def download(fmt: str, key: str) -> tuple[float, int]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{PORT}/api/v1/export/?format={fmt}", headers={"Authorization": f"Token {key}"}
    )
    started = time.perf_counter()
    size = 0
    with urllib.request.urlopen(request, timeout=900) as response:
        while chunk := response.read(1 << 16):
            size += len(chunk)
    return time.perf_counter() - started, size


def copy_floor() -> float:
    started = time.perf_counter()
    subprocess.run(
        ["psql", DB_URL, "-qc", COPY_SQL.replace("\n", " ")], stdout=subprocess.DEVNULL, check=True
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--formats", nargs="+", default=["jsonl", "json", "w3c", "csv"])
    args = parser.parse_args()
    ensure_database()
    key = token()
    print(
        f"{'claims':>8} {'format':>6} {'seconds':>8} {'claims/s':>9} {'MB':>7} "
        f"{'peak RSS MiB':>13} {'x COPY':>7}"
    )
    peaks = {}
    for size in args.sizes:
        subprocess.run(
            [PYTHON, "bench/generate.py", "--claims", str(size), "--documents", str(max(1, size // 100))],
            cwd=ROOT,
            env=env(),
            check=True,
        )
        floor = min(copy_floor() for _ in range(3))
        print(f"{size:>8} {'COPY':>6} {floor:>8.2f} {size / floor:>9.0f} {'':>7} {'':>13} {1:>7.2f}")
        for fmt in args.formats:
            server = serve()  # a fresh worker per run: its peak memory is this export's alone
            try:
                worker = worker_pid(server.pid)
                seconds, size_bytes = download(fmt, key)
                peak = peak_rss_kib(worker) / 1024
            finally:
                server.terminate()
                server.wait()
            peaks[(size, fmt)] = peak
            print(
                f"{size:>8} {fmt:>6} {seconds:>8.2f} {size / seconds:>9.0f} {size_bytes / 1e6:>7.1f} "
                f"{peak:>13.1f} {seconds / floor:>7.2f}",
                flush=True,
            )
    if len(args.sizes) > 1:
        small, large = min(args.sizes), max(args.sizes)
        for fmt in args.formats:
            ratio = peaks[(large, fmt)] / peaks[(small, fmt)]
            print(f"peak memory {fmt}: {large} / {small} claims = {ratio:.2f}x")


if __name__ == "__main__":
    main()
