"""Import benchmark: how long a restore takes.

    python bench/import_bench.py                  # 10,000 claims
    python bench/import_bench.py --claims 2000

Generates the claims in the benchmark database (bench/generate.py: 3-hop chains, 100
claims a document), exports them with their documents (`export_claims --format json
--with-documents`), imports the file into a new, empty database (`import_claims`), checks
that every claim arrived, and prints the time and claims per second of each step.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from benchdb import DB_URL, ensure_database  # noqa: E402

TARGET_URL = DB_URL.rsplit("/", 1)[0] + "/workbench_import_bench"


def run(*args: str, database: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "DATABASE_URL": database, "DEBUG": "1"},
        check=True,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - started, done.stdout + done.stderr


def fresh_target() -> None:
    name, base = TARGET_URL.rsplit("/", 1)[1], TARGET_URL.rsplit("/", 1)[0] + "/postgres"
    subprocess.run(["psql", base, "-qc", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'], check=True)
    subprocess.run(["psql", base, "-qc", f'CREATE DATABASE "{name}"'], check=True)
    run("manage.py", "migrate", "--no-input", "-v0", database=TARGET_URL)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=10_000)
    args = parser.parse_args()
    ensure_database()
    run(
        "bench/generate.py",
        "--claims",
        str(args.claims),
        "--documents",
        str(max(1, args.claims // 100)),
        database=DB_URL,
    )
    fresh_target()
    with tempfile.TemporaryDirectory() as folder:
        backup = Path(folder) / "backup.json"
        export_seconds, _ = run(
            "manage.py",
            "export_claims",
            "--format",
            "json",
            "--with-documents",
            "--no-progress",
            "--output",
            str(backup),
            database=DB_URL,
        )
        exported = json.loads(backup.read_text())
        size_mb = backup.stat().st_size / 1e6
        import_seconds, report = run(
            "manage.py", "import_claims", str(backup), "--no-progress", database=TARGET_URL
        )
    _, counted = run(
        "manage.py",
        "shell",
        "-v0",
        "-c",
        "from annotations.models import Claim, AttributionHop; "
        "print(Claim.objects.count(), AttributionHop.objects.count())",
        database=TARGET_URL,
    )
    claims, hops = map(int, counted.split()[-2:])
    n = len(exported["claims"])
    print(f"{'step':>8} {'claims':>8} {'seconds':>8} {'claims/s':>9} {'MB':>7}")
    print(f"{'export':>8} {n:>8} {export_seconds:>8.2f} {n / export_seconds:>9.0f} {size_mb:>7.1f}")
    print(f"{'import':>8} {n:>8} {import_seconds:>8.2f} {n / import_seconds:>9.0f}")
    print(report.strip().splitlines()[-1])
    print(f"in the new database: {claims} claims, {hops} hops (expected {n} and {3 * n})")
    if claims != n or hops != 3 * n:
        sys.exit("the restore is incomplete")


if __name__ == "__main__":
    main()
