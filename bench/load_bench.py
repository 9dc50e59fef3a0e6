"""Load benchmark: many reviewers creating and editing claims on the same documents at once.

    python bench/load_bench.py                          # 50 reviewers, 10 documents, 120 s
    python bench/load_bench.py --reviewers 10 --seconds 20

Serves the app with gunicorn (DEBUG off) on PostgreSQL (`workbench_bench`,
BENCH_DATABASE_URL to change). Each simulated reviewer, in its own thread with its
own API token, loops: create a claim on one of the 10 documents (45 %), edit one of
its claims with the version it last saw (35 %; a new note, credibility and chain),
or list a document's claims (20 %). Two of them are moderators who also edit other
reviewers' claims, so some edits race and are refused with 409, as they should be.

Afterwards every acknowledged write (a 2xx answer) is checked in the database: the
claim exists, and where no later write was acknowledged, its note, credibility and
whole chain are exactly what that answer said. Prints requests per second,
latency percentiles per kind, status counts, and the number of lost writes.
"""

import argparse
import http.client
import json
import os
import random
import secrets
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from benchdb import DB_URL, ensure_database  # noqa: E402

PORT = int(os.environ.get("BENCH_PORT", "8798"))
os.environ["DATABASE_URL"] = DB_URL
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "Turkey will not abandon its S-400 systems, Bloomberg reported on Thursday.",
    "Officials familiar with the matter said Ankara is open to limited compromises.",
    "The ministry said in a statement that talks would continue next week.",
    "According to Reuters, the delivery was completed in October 2019.",
    "A senior official told the agency that no decision had been taken.",
]
AGENCIES = ["Bloomberg", "Reuters", "Anadolu Agency", "AFP", "TASS"]


def prepare(reviewers: int, documents: int) -> tuple[list[tuple[str, bool]], list[dict]]:
    """Users with tokens (two moderators) and documents; earlier load data is removed."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from rest_framework.authtoken.models import Token

    from annotations import permissions, services
    from annotations.models import Claim, Document
    from annotations.scales import SourceKind

    permissions.ensure_roles()
    old = Document.objects.filter(title__startswith="Load article ")
    Claim.objects.filter(document__in=old).delete()
    old.delete()
    services.source_get_or_create(name="Load Outlet", kind=SourceKind.OUTLET)
    docs = []
    for n in range(documents):
        text = " ".join(random.sample(SENTENCES * 8, 40)) + f" Load article {n}."
        docs.append(
            services.document_import(title=f"Load article {n}", publisher_name="Load Outlet", text=text)[0]
        )
    users = []
    for n in range(reviewers):
        moderator = n < 2
        user, _ = get_user_model().objects.get_or_create(username=f"load-{n}")
        group = permissions.MODERATOR if moderator else permissions.REVIEWER
        user.groups.set([Group.objects.get(name=group)])
        Token.objects.filter(user=user).delete()
        users.append((Token.objects.create(user=user, key=secrets.token_hex(20)).key, moderator))
    return users, [{"id": d.pk, "text": d.text} for d in docs]


def serve(workers: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "ERROR",  # 409s are expected; server errors still print
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on the loopback
        "API_THROTTLE_USER": "1000000/hour",  # measure the server, not the throttle
    }
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "workbench.wsgi",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            connection.request("GET", "/api/v1/schema/")
            connection.getresponse().read()
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not answer")


class Reviewer(threading.Thread):
    def __init__(self, key, moderator, documents, deadline, shared, results):
        super().__init__(daemon=True)
        self.key, self.moderator, self.documents = key, moderator, documents
        self.deadline, self.shared, self.results = deadline, shared, results
        self.mine: dict[int, int] = {}  # claim id -> version last seen
        self.random = random.Random(key)

    def call(self, method, path, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        headers = {"Authorization": f"Token {self.key}", "Content-Type": "application/json"}
        started = time.perf_counter()
        try:
            connection.request(method, path, json.dumps(body) if body is not None else None, headers)
            response = connection.getresponse()
            status, payload = response.status, response.read()
        except OSError as error:
            status, payload = 0, str(error).encode()
        finally:
            connection.close()
        return status, payload, time.perf_counter() - started

    def chain(self):
        hops = [{"source_name": "Load Outlet", "cue": "published"}]
        for _ in range(self.random.randint(0, 2)):
            hops.append(
                {"source_name": self.random.choice(AGENCIES), "source_kind": "news_agency", "cue": "citing"}
            )
        if self.random.random() < 0.5:
            hops.append(
                {
                    "source_name": "officials familiar with the matter",
                    "source_kind": "unnamed",
                    "cue": "citing",
                }
            )
        return hops

    def span(self, document):
        sentence = self.random.choice(SENTENCES)
        start = document["text"].find(sentence, self.random.randrange(len(document["text"]) // 2))
        if start < 0:
            start = document["text"].find(sentence)
        end = start + self.random.randint(20, len(sentence))
        return start, end, document["text"][start:end]

    def run(self):
        while time.monotonic() < self.deadline:
            roll = self.random.random()
            document = self.random.choice(self.documents)
            if roll < 0.45 or not self.mine:
                start, end, quote = self.span(document)
                body = {
                    "document": document["id"],
                    "start": start,
                    "end": end,
                    "quote": quote,
                    "chain": self.chain(),
                    "credibility": self.random.randint(1, 6),
                    "note": f"first note {secrets.token_hex(4)}",
                }
                status, payload, seconds = self.call("POST", "/api/v1/claims/", body)
                self.record("create", status, seconds, payload)
                if status == 201:
                    claim = json.loads(payload)
                    self.mine[claim["id"]] = claim["version"]
                    with self.shared["lock"]:
                        self.shared["claims"].append(claim["id"])
            elif roll < 0.80:
                if self.moderator and self.shared["claims"] and self.random.random() < 0.7:
                    claim_id = self.random.choice(self.shared["claims"][-200:])
                    version = self.shared["seen"].get(claim_id, 1)
                else:
                    claim_id = self.random.choice(list(self.mine))
                    version = self.mine[claim_id]
                body = {
                    "version": version,
                    "note": f"edited {secrets.token_hex(4)}",
                    "credibility": self.random.randint(1, 6),
                    "chain": self.chain(),
                }
                status, payload, seconds = self.call("PATCH", f"/api/v1/claims/{claim_id}/", body)
                self.record("edit", status, seconds, payload)
                if status == 200:
                    claim = json.loads(payload)
                    if claim_id in self.mine:
                        self.mine[claim_id] = claim["version"]
                    self.shared["seen"][claim_id] = claim["version"]
                elif status == 409:
                    current = json.loads(payload)["current"]
                    self.shared["seen"][claim_id] = current["version"]
                    if claim_id in self.mine:
                        self.mine[claim_id] = current["version"]  # re-read, as a client should
            else:
                status, _, seconds = self.call(
                    "GET", f"/api/v1/claims/?document={document['id']}&page_size=50"
                )
                self.record("list", status, seconds, None)

    def record(self, kind, status, seconds, payload):
        entry = {"kind": kind, "status": status, "seconds": seconds}
        if status in (200, 201) and kind in ("create", "edit"):
            claim = json.loads(payload)
            entry["ack"] = (
                claim["id"],
                claim["version"],
                claim["note"],
                claim["confidence"]["credibility"],
                [hop["source_id"] for hop in claim["chain"]],
            )
        elif status not in (200, 201, 409):
            entry["error"] = payload[:300]
        self.results.append(entry)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else float("nan")


def verify(results) -> tuple[int, int]:
    """Every acknowledged write is in the database; the last acknowledged one exactly."""
    from annotations.models import AttributionHop, Claim

    latest: dict[int, tuple] = {}
    for entry in results:
        if "ack" in entry:
            claim_id, version, *_ = entry["ack"]
            if claim_id not in latest or version > latest[claim_id][1]:
                latest[claim_id] = entry["ack"]
    stored = {c.pk: c for c in Claim.objects.filter(pk__in=list(latest))}
    chains = defaultdict(list)
    for hop in AttributionHop.objects.filter(claim_id__in=list(latest)).order_by("claim_id", "position"):
        chains[hop.claim_id].append(hop.source_id)
    lost = 0
    for claim_id, (_, version, note, credibility, chain) in latest.items():
        claim = stored.get(claim_id)
        if claim is None or claim.version != version:
            lost += 1  # nothing else writes here, so the last acknowledged version must be the stored one
        elif (claim.note, claim.credibility, chains[claim_id]) != (note, credibility, chain):
            lost += 1
    return len(latest), lost


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reviewers", type=int, default=50)
    parser.add_argument("--documents", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    args = parser.parse_args()
    ensure_database()
    import django

    django.setup()
    random.seed(5)
    users, documents = prepare(args.reviewers, args.documents)
    server = serve(args.workers)
    results: list[dict] = []
    shared = {"lock": threading.Lock(), "claims": [], "seen": {}}
    try:
        started = time.monotonic()
        deadline = started + args.seconds
        clients = [Reviewer(key, moderator, documents, deadline, shared, results) for key, moderator in users]
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
        f"{args.reviewers} reviewers ({sum(m for _, m in users)} moderators), {args.documents} documents, "
        f"{elapsed:.0f} s, gunicorn {args.workers} sync workers, PostgreSQL"
    )
    print(
        f"requests: {len(results)} ({len(results) / elapsed:.1f}/s); "
        f"statuses: {dict(sorted(statuses.items()))}"
    )
    everything = [entry["seconds"] for entry in results]
    print(
        f"latency all: p50 {percentile(everything, 0.5):.0f} ms, p95 {percentile(everything, 0.95):.0f} ms, "
        f"p99 {percentile(everything, 0.99):.0f} ms"
    )
    for kind in ("create", "edit", "list"):
        times = [entry["seconds"] for entry in results if entry["kind"] == kind]
        print(
            f"  {kind:6} {len(times):6} requests: p50 {percentile(times, 0.5):.0f} ms, "
            f"p95 {percentile(times, 0.95):.0f} ms, p99 {percentile(times, 0.99):.0f} ms"
        )
    checked, lost = verify(results)
    print(f"errors (besides the expected 409s): {len(errors)}; conflicts (409): {statuses.get(409, 0)}")
    print(f"acknowledged claims checked in the database: {checked}; lost or half-written: {lost}")
    for entry in errors[:5]:
        print("  error:", entry["kind"], entry["status"], entry["error"])
    sys.exit(1 if errors or lost else 0)


if __name__ == "__main__":
    main()
