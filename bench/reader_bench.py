"""Reader benchmark: the reader page with 10 / 100 / 1,000 / 5,000 claims on one document.

    python bench/reader_bench.py                        # both articles, every size
    python bench/reader_bench.py --sizes 1000 --runs 5 --articles dense

Two articles: "long" (about 22,000 characters, a team's claims spread over it) and "dense"
(about 2,200 characters, so claims overlap dozens deep). Each claim comes from one of 10
reviewers, has a 3-hop chain (outlet > agency > unnamed officials) and a status from the
workflow's four. Pages are rendered by Django's test client with DEBUG off on PostgreSQL
(`workbench_bench`, BENCH_DATABASE_URL to change), as a moderator with others' claims shown.

Then a 1 MB article (`--large-chars`) with 100 claims: opening it, asking for the claim form
on a selection (what a mouse-up sends), and saving a claim, each timed on the server.

Prints, per article and size: the best and median server time of the reader page (`runs`
times after one warm-up), the best CPU time Django spent on it, its bytes, the bytes per
claim beyond the same page without claims, its queries; the same for the live poll's answer
when claims changed, and for the page of cards a click on a highlight asks for.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))
from benchdb import DB_URL, ensure_database  # noqa: E402

os.environ["DATABASE_URL"] = DB_URL
os.environ["DEBUG"] = "0"
os.environ.setdefault("SECRET_KEY", "reader-bench-" + "x" * 40)
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")

SENTENCE = (
    "Officials familiar with the matter said on Thursday that talks over the air defence "
    "systems would continue, according to a report by the agency. "
)
ARTICLES = {"long": 150, "dense": 15}  # sentences (of 146 characters), one paragraph per 5
STATUSES = ["draft", "submitted", "approved", "rejected"]


def article_text(sentences: int) -> str:
    paragraphs = [SENTENCE * 5 for _ in range(sentences // 5)]
    return "\n".join(f"Paragraph {n}. {p.strip()}" for n, p in enumerate(paragraphs))


def make_document(name: str, text: str, claims: int):
    """A fresh document with `claims` claims from 10 reviewers, written in bulk."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from annotations import permissions, services
    from annotations.domain import anchoring
    from annotations.models import AttributionHop, Claim, Document
    from annotations.scales import Cue, SourceKind

    random.seed(claims)
    permissions.ensure_roles()
    User = get_user_model()
    with transaction.atomic():
        old = Document.objects.filter(title__startswith=f"Reader bench {name} ")
        Claim.objects.filter(document__in=old).delete()
        old.delete()
        reviewers = [User.objects.get_or_create(username=f"bench-reviewer-{n}")[0] for n in range(10)]
        outlet = services.source_get_or_create(name="Bench Outlet 0", kind=SourceKind.OUTLET)[0]
        agencies = [
            services.source_get_or_create(name=f"Bench Agency {n}", kind=SourceKind.NEWS_AGENCY)[0]
            for n in range(10)
        ]
        unnamed = services.source_get_or_create(name="Bench unnamed officials", kind=SourceKind.UNNAMED)[0]
        text = f"{name} {claims} " + text
        document = Document.objects.create(
            title=f"Reader bench {name} {claims}",
            publisher=outlet,
            text=text,
            content_hash=services.content_hash(text),
            imported_from="bench",
        )
        batch = []
        for n in range(claims):
            start = random.randrange(0, len(text) - 200)
            anchor = anchoring.anchor_span(text, start, start + random.randrange(20, 180))
            batch.append(
                Claim(
                    document=document,
                    author=reviewers[n % len(reviewers)],
                    start=anchor.start,
                    end=anchor.end,
                    quote=anchor.quote,
                    prefix=anchor.prefix,
                    suffix=anchor.suffix,
                    credibility=random.randint(1, 6),
                    status=STATUSES[n % len(STATUSES)],
                    note="synthetic claim" if n % 3 else "",
                    chain_text=f"Bench Outlet 0 > Bench Agency {n % 10} > Bench unnamed officials",
                )
            )
        created = Claim.objects.bulk_create(batch)
        AttributionHop.objects.bulk_create(
            hop
            for claim in created
            for hop in (
                AttributionHop(claim=claim, position=0, source=outlet, cue=Cue.PUBLISHED),
                AttributionHop(claim=claim, position=1, source=random.choice(agencies), cue=Cue.CITING),
                AttributionHop(claim=claim, position=2, source=unnamed, cue=Cue.CITING),
            )
        )
    return document, created


def measure(client, url: str, runs: int, headers: dict | None = None) -> tuple[float, float, int, int, float]:
    """(best ms, median ms, bytes, queries, best CPU ms) of GET `url`, after one warm-up request.

    The CPU time is this process's (Django's) alone, without PostgreSQL's and without the time
    spent waiting for a core: on a shared machine it varies far less than the elapsed time."""
    from django.db import connection

    headers = headers or {}
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(url, secure=True, **headers)
    assert response.status_code in (200, 204), (url, response.status_code)
    times, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(url, secure=True, **headers)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return min(times), statistics.median(times), len(response.content), len(queries), min(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 5000])
    parser.add_argument("--articles", nargs="+", default=list(ARTICLES), choices=list(ARTICLES))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large-chars", type=int, default=1_000_000, help="0 to skip the large article")
    args = parser.parse_args()
    ensure_database()

    import django

    django.setup()
    from django.conf import settings

    # The pages name static files; the bench serves none, so skip the collectstatic manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    from annotations import permissions

    permissions.ensure_roles()
    moderator, _ = get_user_model().objects.get_or_create(username="bench-moderator")
    moderator.groups.add(Group.objects.get(name=permissions.MODERATOR))
    client = Client()
    client.force_login(moderator)
    htmx = {"HTTP_HX_REQUEST": "true"}

    print(
        f"{'article':>7} {'chars':>6} {'claims':>6} | {'page best':>9} {'median':>7} {'cpu':>5} {'KB':>7} "
        f"{'B/claim':>7} {'queries':>7} | {'poll ms':>7} {'KB':>6} {'q':>2} | {'cards ms':>7} {'q':>2}"
    )
    for name in args.articles:
        text = article_text(ARTICLES[name])
        empty, _ = make_document(name, text, 0)
        _, _, empty_bytes, _, _ = measure(client, empty.get_absolute_url() + "?others=1", 1)
        for size in args.sizes:
            document, claims = make_document(name, text, size)
            url = document.get_absolute_url() + "?others=1"
            best, median, size_bytes, queries, cpu = measure(client, url, args.runs)
            per_claim = (size_bytes - empty_bytes) / size
            poll = f"/documents/{document.pk}/live/?others=1&state=stale"
            poll_best, _, poll_bytes, poll_queries, _ = measure(client, poll, args.runs, htmx)
            # A click on a highlight whose card is not on the list's page: the page of cards holding it.
            cards = f"{url}&focus={claims[len(claims) // 2].pk}"
            card_best, _, _, card_queries, _ = measure(
                client, cards, args.runs, htmx | {"HTTP_HX_TARGET": "claim-list"}
            )
            print(
                f"{name:>7} {len(document.text):>6} {size:>6} | {best:>9.1f} {median:>7.1f} {cpu:>5.0f} "
                f"{size_bytes / 1024:>7.1f} {per_claim:>7.0f} {queries:>7} | {poll_best:>7.1f} "
                f"{poll_bytes / 1024:>6.1f} {poll_queries:>2} | {card_best:>8.1f} {card_queries:>2}",
                flush=True,
            )
            document.claims.all().delete()
            document.delete()
        empty.delete()
    if args.large_chars:
        large(client, args.large_chars, args.runs)


def large(client, chars: int, runs: int) -> None:
    """Open, select and save on an article of `chars` characters with 100 claims."""
    text = article_text(ARTICLES["long"])
    text = (text + "\n") * (chars // (len(text) + 1) + 1)
    document, _ = make_document("large", text[:chars], 100)
    url = document.get_absolute_url() + "?others=1"
    htmx = {"HTTP_HX_REQUEST": "true"}
    start = len(document.text) // 2
    start = document.text.index("Officials", start)
    end = document.text.index(".", start) + 1
    new = f"/documents/{document.pk}/claims/new/?start={start}&end={end}"
    open_best, _, open_bytes, open_queries, _ = measure(client, url, runs)
    select_best, _, _, select_queries, _ = measure(client, new, runs, htmx)
    data = {
        "start": start,
        "end": end,
        "quote": document.text[start:end],
        "credibility": "2",
        "likelihood": "",
        "note": "",
        "hops-TOTAL_FORMS": "1",
        "hops-INITIAL_FORMS": "0",
        "hops-0-source_name": document.publisher.name,
        "hops-0-source_kind": "",
        "hops-0-cue": "published",
        "hops-0-cue_text": "",
    }
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.post(f"/documents/{document.pk}/claims/new/", data, secure=True, **htmx)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.content[:500]
        document.claims.filter(start=start, end=end).delete()
    print(
        f"\n{len(document.text) / 1e6:.1f} MB article, 100 claims: open {open_best:.0f} ms "
        f"({open_bytes / 1e6:.2f} MB, {open_queries} queries), select {select_best:.0f} ms "
        f"({select_queries} queries), save {min(times):.0f} ms (best of {runs})"
    )
    document.claims.all().delete()
    document.delete()


if __name__ == "__main__":
    main()
