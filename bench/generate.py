"""Fill the database with synthetic claims fast (bulk inserts), for the benchmarks.

    DATABASE_URL=postgres://... python bench/generate.py --claims 100000 --documents 1000

Each claim gets a 3-hop chain (outlet > agency > unnamed officials) and is approved
(what the export gives by default). Existing
benchmark data (documents titled "Bench article ...") is removed first.
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from annotations import permissions, services  # noqa: E402
from annotations.domain import anchoring  # noqa: E402
from annotations.models import AttributionHop, Claim, ClaimStatus, Document  # noqa: E402
from annotations.scales import Cue, SourceKind  # noqa: E402

SENTENCE = (
    "Officials familiar with the matter said on Thursday that talks over the air defence "
    "systems would continue, according to a report by the agency. "
)
BATCH = 5000


def generate(*, claims: int, documents: int, seed: int = 7) -> float:
    random.seed(seed)
    started = time.perf_counter()
    permissions.ensure_roles()
    User = get_user_model()
    with transaction.atomic():
        old = Document.objects.filter(title__startswith="Bench article ")
        Claim.objects.filter(document__in=old).delete()
        old.delete()
        reviewers = []
        for n in range(10):
            user, _ = User.objects.get_or_create(username=f"bench-reviewer-{n}")
            reviewers.append(user)
        outlets = [
            services.source_get_or_create(name=f"Bench Outlet {n}", kind=SourceKind.OUTLET)[0]
            for n in range(20)
        ]
        agencies = [
            services.source_get_or_create(name=f"Bench Agency {n}", kind=SourceKind.NEWS_AGENCY)[0]
            for n in range(10)
        ]
        unnamed = services.source_get_or_create(name="Bench unnamed officials", kind=SourceKind.UNNAMED)[0]
        texts = [f"Article {n}. " + SENTENCE * 15 for n in range(documents)]
        docs = Document.objects.bulk_create(
            Document(
                title=f"Bench article {n}",
                publisher=outlets[n % len(outlets)],
                text=text,
                content_hash=services.content_hash(text),
                imported_from="bench",
            )
            for n, text in enumerate(texts)
        )
    per_document = max(1, claims // documents)
    made = 0
    while made < claims:
        with transaction.atomic():
            batch = []
            for _ in range(min(BATCH, claims - made)):
                document = docs[made // per_document % len(docs)]
                start = random.randrange(0, len(document.text) - 200)
                end = start + random.randrange(20, 180)
                anchor = anchoring.anchor_span(document.text, start, end)
                batch.append(
                    Claim(
                        document=document,
                        author=reviewers[made % len(reviewers)],
                        start=anchor.start,
                        end=anchor.end,
                        quote=anchor.quote,
                        prefix=anchor.prefix,
                        suffix=anchor.suffix,
                        credibility=random.randint(1, 6),
                        status=ClaimStatus.APPROVED,  # what the export gives by default
                        note="synthetic claim" if made % 3 else "",
                    )
                )
                made += 1
            created = Claim.objects.bulk_create(batch)
            AttributionHop.objects.bulk_create(
                hop
                for claim in created
                for hop in (
                    AttributionHop(
                        claim=claim, position=0, source=claim.document.publisher, cue=Cue.PUBLISHED
                    ),
                    AttributionHop(claim=claim, position=1, source=random.choice(agencies), cue=Cue.CITING),
                    AttributionHop(claim=claim, position=2, source=unnamed, cue=Cue.CITING),
                )
            )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # fresh planner statistics after the bulk load
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()
    seconds = generate(claims=args.claims, documents=args.documents)
    print(
        f"generated {args.claims} claims with 3-hop chains over {args.documents} documents in {seconds:.1f} s"
    )


if __name__ == "__main__":
    main()
