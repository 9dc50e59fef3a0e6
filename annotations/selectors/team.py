"""Team figures: claims as agreement reads them, activity counts, the weeks claims were made."""

from collections import defaultdict
from datetime import date

from django.db.models import Count, Q
from django.db.models.functions import TruncWeek

from ..domain.agreement import GOLD, Annotation, agreement
from ..models import AttributionHop, Claim, ClaimStatus
from ..permissions import Account
from .claims import claims_visible


def agreement_annotations(
    *, viewer, documents=None, reviewers=None, include_gold: bool = False, project=None
) -> list[Annotation]:
    """Claims as agreement sees them, in two queries however many there are.

    Only claims `viewer` may read count (`readable_by`): agreement computed over drafts the
    viewer cannot open would tell them what those drafts say. `documents` and `reviewers`
    (usernames) narrow the set, and `project` to its articles; gold claims join as the
    pseudo-reviewer `agreement.GOLD`.
    """
    claims = claims_visible(viewer=viewer)
    if project is not None:
        claims = claims.filter(document__project_entries__project=project)
    if documents is not None:
        claims = claims.filter(document__in=documents)
    chosen = Q(is_gold=False)
    if reviewers is not None:
        chosen &= Q(author__username__in=list(reviewers))
    if include_gold:
        chosen |= Q(is_gold=True)
    claims = claims.filter(chosen)
    chains: dict[int, list[int]] = defaultdict(list)
    hops = AttributionHop.objects.filter(claim__in=claims).order_by("claim_id", "position")
    for claim_id, source_id in hops.values_list("claim_id", "source_id").iterator(chunk_size=5000):
        chains[claim_id].append(source_id)
    rows = claims.values_list(
        "pk", "document_id", "author__username", "start", "end", "credibility", "is_gold"
    )
    return [
        Annotation(pk, document_id, GOLD if gold else username, start, end, tuple(chains[pk]), credibility)
        for pk, document_id, username, start, end, credibility, gold in rows.iterator(chunk_size=5000)
    ]


def reviewers_with_claims(*, documents=None, project=None) -> list[str]:
    claims = Claim.objects.filter(is_gold=False)
    if project is not None:
        claims = claims.filter(document__project_entries__project=project)
    if documents is not None:
        claims = claims.filter(document__in=documents)
    return sorted(set(claims.values_list("author__username", flat=True)))


def activity_counts(*, usernames=None, project=None) -> list[dict]:
    """Per reviewer: claims made and how moderation treated them (on `project`'s articles, if given)."""
    claims = Claim.objects.filter(is_gold=False)
    if project is not None:
        claims = claims.filter(document__project_entries__project=project)
    if usernames is not None:
        claims = claims.filter(author__username__in=usernames)
    by_status = {status: Count("pk", filter=Q(status=status)) for status in ClaimStatus.values}
    return list(
        claims.values("author__username").annotate(made=Count("pk"), **by_status).order_by("author__username")
    )


def claim_weeks(*, username: str, project=None) -> dict[int, date]:
    """Each of a reviewer's claims and the Monday of the week it was made."""
    claims = Claim.objects.filter(author__username=username, is_gold=False)
    if project is not None:
        claims = claims.filter(document__project_entries__project=project)
    rows = claims.annotate(week=TruncWeek("created_at"))
    return {pk: week.date() for pk, week in rows.values_list("pk", "week")}


def agreement_report(
    *, viewer: Account, documents=None, reviewers=None, include_gold: bool = False, project=None
):
    """Agreement over `documents` (or `project`'s articles, or every document) between `reviewers`
    (or, in a project, its reviewers with claims there; else everyone with claims)."""
    chosen = list(reviewers) if reviewers else None
    among = chosen
    if project is not None and among is None:
        from .projects import project_reviewers

        among = [user.username for user in project_reviewers(project=project)]
    annotations = agreement_annotations(
        viewer=viewer, documents=documents, reviewers=among, include_gold=include_gold, project=project
    )
    names = chosen or sorted({a.reviewer for a in annotations} - {GOLD})
    if include_gold:
        names.append(GOLD)
    return agreement(annotations, reviewers=names)
