"""Queue benchmark: many reviewers pulling articles from one project until nothing is left.

    python bench/queue_bench.py                              # 50 reviewers, 5,000 articles, 2 reviews each
    python bench/queue_bench.py --reviewers 10 --documents 500

Serves the app with gunicorn (DEBUG off) on PostgreSQL (`workbench_bench`, BENCH_DATABASE_URL to
change). The project and its articles are written straight to the database (fast set-up; the
queue is what is measured). Each simulated reviewer, in its own thread with its own API token,
loops: POST /api/v1/projects/<id>/next/ (200: an article held for them; 204: nothing left for
them, and they stop), then POST .../documents/<doc>/done/.

Afterwards the database is checked: every article got exactly the reviews it needed (none
more: no slot given twice; none fewer: no article skipped while reviewers were turned away),
and no reviewer reviewed an article twice. Prints requests per second and latency percentiles
per kind; exits 1 if a check fails or a request errs.
"""

import argparse
import http.client
import json
import os
import secrets
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from benchdb import DB_URL, ensure_database  # noqa: E402

PORT = int(os.environ.get("BENCH_PORT", "8799"))
os.environ["DATABASE_URL"] = DB_URL
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
sys.path.insert(0, str(ROOT))
PROJECT = "Queue bench"


def prepare(reviewers: int, documents: int, reviews: int) -> tuple[int, list[str]]:
    """The project (made afresh), its articles and reviewers with tokens."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from rest_framework.authtoken.models import Token

    from annotations import permissions, services
    from annotations.models import Document, Project, ProjectDocument
    from annotations.scales import SourceKind

    permissions.ensure_roles()
    Project.objects.filter(name=PROJECT).delete()
    publisher, _ = services.source_get_or_create(name="Queue Outlet", kind=SourceKind.OUTLET)
    stamp = secrets.token_hex(4)
    texts = [f"Queue article {stamp}-{n}. Officials said the talks would continue." for n in range(documents)]
    created = Document.objects.bulk_create(
        [
            Document(
                title=f"Queue {n}", publisher=publisher, text=text, content_hash=services.content_hash(text)
            )
            for n, text in enumerate(texts)
        ],
        batch_size=1000,
    )
    project = services.project_create(actor=None, name=PROJECT, reviews_needed=reviews, mode="independent")
    ProjectDocument.objects.bulk_create(
        [ProjectDocument(project=project, document=document) for document in created], batch_size=2000
    )
    group = Group.objects.get(name=permissions.REVIEWER)
    keys, users = [], []
    for n in range(reviewers):
        user, _ = get_user_model().objects.get_or_create(username=f"queue-{n}")
        user.groups.set([group])
        users.append(user)
        Token.objects.filter(user=user).delete()
        keys.append(Token.objects.create(user=user, key=secrets.token_hex(20)).key)
    services.project_add_members(project=project, actor=None, users=users)
    return project.pk, keys


def serve(workers: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "ERROR",
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on the loopback
        "API_THROTTLE_USER": "1000000/hour",  # measure the server, not the throttle
    }
    command = [str(Path(sys.executable).parent / "gunicorn"), "workbench.wsgi", "-b", f"127.0.0.1:{PORT}"]
    server = subprocess.Popen([*command, "-w", str(workers), "--log-level", "warning"], cwd=ROOT, env=env)
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            connection.request("GET", "/healthz")
            connection.getresponse().read()
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not answer")


class Reviewer(threading.Thread):
    def __init__(self, key: str, project: int, results: list):
        super().__init__(daemon=True)
        self.key, self.project, self.results = key, project, results

    def call(self, kind: str, path: str) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
        started = time.perf_counter()
        try:
            connection.request("POST", path, None, {"Authorization": f"Token {self.key}"})
            response = connection.getresponse()
            status, payload = response.status, response.read()
        except OSError as error:
            status, payload = 0, str(error).encode()
        finally:
            connection.close()
        entry = {"kind": kind, "status": status, "seconds": time.perf_counter() - started}
        if status not in (200, 204):
            entry["error"] = payload[:300]
        self.results.append(entry)
        return status, payload

    def run(self) -> None:
        while True:
            status, payload = self.call("next", f"/api/v1/projects/{self.project}/next/")
            if status != 200:
                return  # 204: nothing left for this reviewer (anything else is counted as an error)
            document = json.loads(payload)["document"]["id"]
            status, _ = self.call("done", f"/api/v1/projects/{self.project}/documents/{document}/done/")
            if status != 200:
                return


def percentile(values, share) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else float("nan")


def check(project_id: int, reviews: int) -> dict[str, int]:
    from django.db.models import Count

    from annotations.models import Assignment, AssignmentStatus, ProjectDocument

    done = Assignment.objects.filter(entry__project_id=project_id, status=AssignmentStatus.DONE)
    per_article = Counter(done.values_list("entry_id", flat=True))
    entries = list(ProjectDocument.objects.filter(project_id=project_id).values_list("pk", "reviews_done"))
    return {
        "articles": len(entries),
        "over": sum(1 for pk, _ in entries if per_article[pk] > reviews),
        "short": sum(1 for pk, _ in entries if per_article[pk] < reviews),
        "counter_off": sum(1 for pk, counted in entries if counted != per_article[pk]),
        "still_held": Assignment.objects.filter(
            entry__project_id=project_id, status=AssignmentStatus.HELD
        ).count(),
        "twice_by_one": done.values("entry_id", "reviewer_id")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reviewers", type=int, default=50)
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--reviews", type=int, default=2)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    args = parser.parse_args()
    ensure_database()
    import django

    django.setup()
    project_id, keys = prepare(args.reviewers, args.documents, args.reviews)
    server = serve(args.workers)
    results: list[dict] = []
    try:
        started = time.monotonic()
        clients = [Reviewer(key, project_id, results) for key in keys]
        for client in clients:
            client.start()
        for client in clients:
            client.join()
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=30)

    statuses = Counter(entry["status"] for entry in results)
    errors = [entry for entry in results if "error" in entry]
    print(
        f"{args.reviewers} reviewers, {args.documents} articles x {args.reviews} reviews, "
        f"{elapsed:.0f} s, gunicorn {args.workers} sync workers, PostgreSQL"
    )
    rate = len(results) / elapsed
    print(f"requests: {len(results)} ({rate:.1f}/s); statuses: {dict(sorted(statuses.items()))}")
    for kind in ("next", "done"):
        times = [entry["seconds"] for entry in results if entry["kind"] == kind]
        print(
            f"  {kind:4} {len(times):6} requests: p50 {percentile(times, 0.5):.0f} ms, "
            f"p95 {percentile(times, 0.95):.0f} ms, p99 {percentile(times, 0.99):.0f} ms"
        )
    figures = check(project_id, args.reviews)
    print(
        f"articles: {figures['articles']}; with more reviews than needed: {figures['over']}; "
        f"with fewer (skipped): {figures['short']}; "
        f"reviewed twice by one reviewer: {figures['twice_by_one']}; "
        f"counter disagreeing: {figures['counter_off']}; holds left: {figures['still_held']}"
    )
    for entry in errors[:5]:
        print("  error:", entry["kind"], entry["status"], entry["error"])
    bad = errors or figures["over"] or figures["short"] or figures["twice_by_one"] or figures["counter_off"]
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
