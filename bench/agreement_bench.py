"""Agreement benchmark: 10 reviewers x 100 documents x 50 claims each (50,000 claims).

    python bench/agreement_bench.py                 # the issue's size
    python bench/agreement_bench.py --reviewers 4 --documents 20 --claims 10

Each document has `claims` passages; every reviewer marks each passage with a
jittered span, a chain that sometimes differs at the origin and a credibility
near the passage's own, so matching, chains and alpha all have real work to do.
Uses its own PostgreSQL database, `workbench_bench` (BENCH_DATABASE_URL to change),
and prints the time to read the claims and to compute the figures.
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from benchdb import DB_URL, ensure_database  # noqa: E402

os.environ["DATABASE_URL"] = DB_URL
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
sys.path.insert(0, str(ROOT))


SENTENCE = "Officials familiar with the matter said the talks over the air defence systems would go on. "


def generate(*, reviewers: int, documents: int, claims: int, seed: int = 11) -> list[int]:
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from annotations import services
    from annotations.models import AttributionHop, Claim, Document
    from annotations.scales import Cue, SourceKind

    random.seed(seed)
    users = [get_user_model().objects.get_or_create(username=f"agree-{n}")[0] for n in range(reviewers)]
    outlet = services.source_get_or_create(name="Agreement Outlet", kind=SourceKind.OUTLET)[0]
    agencies = [
        services.source_get_or_create(name=f"Agreement Agency {n}", kind=SourceKind.NEWS_AGENCY)[0]
        for n in range(3)
    ]
    with transaction.atomic():
        old = Document.objects.filter(title__startswith="Agreement article ")
        Claim.objects.filter(document__in=old).delete()
        old.delete()
        text = SENTENCE * (claims + 2)
        docs = Document.objects.bulk_create(
            Document(
                title=f"Agreement article {n}",
                publisher=outlet,
                text=text,
                content_hash=services.content_hash(f"{n}{text}"),
                imported_from="bench",
            )
            for n in range(documents)
        )
    step = len(SENTENCE)
    for document in docs:
        with transaction.atomic():
            rows, chains = [], []
            for passage in range(claims):
                base_cred = random.randint(1, 5)
                origin = random.choice(agencies)
                for user in users:
                    start = passage * step + random.choice((0, 0, 0, 3, 10))
                    end = passage * step + step - 1 - random.choice((0, 0, 0, 5))
                    rows.append(
                        Claim(
                            document=document,
                            author=user,
                            start=start,
                            end=end,
                            quote=text[start:end],
                            credibility=min(6, max(1, base_cred + random.choice((0, 0, 0, 1, -1)))),
                        )
                    )
                    chains.append(origin if random.random() < 0.8 else random.choice(agencies))
            created = Claim.objects.bulk_create(rows)
            AttributionHop.objects.bulk_create(
                hop
                for claim, agency in zip(created, chains, strict=True)
                for hop in (
                    AttributionHop(claim=claim, position=0, source=outlet, cue=Cue.PUBLISHED),
                    AttributionHop(claim=claim, position=1, source=agency, cue=Cue.CITING),
                )
            )
    return [document.pk for document in docs]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reviewers", type=int, default=10)
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--claims", type=int, default=50, help="claims per reviewer per document")
    args = parser.parse_args()
    ensure_database()
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from annotations import selectors
    from annotations.domain import agreement

    started = time.perf_counter()
    document_ids = generate(reviewers=args.reviewers, documents=args.documents, claims=args.claims)
    total = args.reviewers * args.documents * args.claims
    print(f"generated {total} claims in {time.perf_counter() - started:.1f} s")

    names = [f"agree-{n}" for n in range(args.reviewers)]
    started = time.perf_counter()
    lead = get_user_model().objects.filter(is_superuser=True).first() or get_user_model()(is_superuser=True)
    annotations = selectors.agreement_annotations(viewer=lead, documents=document_ids, reviewers=names)
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    report = agreement.agreement(annotations, reviewers=names)
    computed = time.perf_counter() - started
    f1 = [pair.overlap_f1 for pair in report.pairs]
    kappas = [pair.kappa for pair in report.pairs if pair.kappa is not None]
    print(
        f"{args.reviewers} reviewers x {args.documents} documents x {args.claims} claims = "
        f"{len(annotations)} claims, {len(report.pairs)} reviewer pairs, {report.units} units"
    )
    print(
        f"read claims and chains: {loaded:.2f} s; compute all figures: {computed:.2f} s; "
        f"total {loaded + computed:.2f} s"
    )
    print(
        f"overlap F1 {min(f1):.3f}-{max(f1):.3f}; exact F1 mean "
        f"{sum(p.exact_f1 for p in report.pairs) / len(report.pairs):.3f}; "
        f"kappa mean {sum(kappas) / len(kappas):.3f}; alpha (all reviewers) {report.alpha:.3f}"
    )


if __name__ == "__main__":
    main()
