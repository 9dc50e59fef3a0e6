"""The benchmarks' own PostgreSQL database (`workbench_bench`, or BENCH_DATABASE_URL)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/workbench_bench")


def ensure_database() -> None:
    """Create the database if it is missing and bring its schema up to date."""
    name, base = DB_URL.rsplit("/", 1)[1], DB_URL.rsplit("/", 1)[0] + "/postgres"
    query = f"SELECT 1 FROM pg_database WHERE datname = '{name}'"
    exists = subprocess.run(["psql", base, "-tAc", query], capture_output=True, text=True, check=True)
    if not exists.stdout.strip():
        subprocess.run(["psql", base, "-qc", f'CREATE DATABASE "{name}"'], check=True)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": DB_URL},
        check=True,
    )
