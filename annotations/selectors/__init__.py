"""Reads. Each selector returns what a page or endpoint needs in a fixed number of queries.

`claims.readable_by` is the one rule for who reads which claims; one module per thing read.
"""

from .claims import (
    CONFLICT_FIELDS,
    READER_FILTERS,
    ClaimMark,
    claim_changes_since,
    claim_marks,
    claim_with_chain,
    claims_by_ids,
    claims_digest,
    claims_for_api,
    claims_for_document,
    claims_visible,
    documents_readable_by,
    other_reviewers_count,
    readable_by,
    sources_cited_on,
)
from .documents import document_readable, documents_for_api, documents_for_list, documents_visible
from .intake import NearDuplicate, feeds_for_list, job_for, jobs_for, near_duplicate, source_for_site
from .sources import (
    source_citations,
    source_credibility_counts,
    source_grade_history,
    source_named,
    source_registry,
    source_suggestions,
    sources_for_list,
)
from .team import activity_counts, agreement_annotations, agreement_report, claim_weeks, reviewers_with_claims

__all__ = [
    "NearDuplicate",
    "feeds_for_list",
    "job_for",
    "jobs_for",
    "near_duplicate",
    "source_for_site",
    "CONFLICT_FIELDS",
    "READER_FILTERS",
    "ClaimMark",
    "claim_marks",
    "claims_by_ids",
    "sources_cited_on",
    "activity_counts",
    "agreement_annotations",
    "agreement_report",
    "claim_changes_since",
    "claim_weeks",
    "claim_with_chain",
    "claims_digest",
    "claims_for_api",
    "claims_for_document",
    "claims_visible",
    "document_readable",
    "documents_for_api",
    "documents_readable_by",
    "documents_visible",
    "documents_for_list",
    "other_reviewers_count",
    "readable_by",
    "reviewers_with_claims",
    "source_citations",
    "source_credibility_counts",
    "source_grade_history",
    "source_named",
    "source_registry",
    "source_suggestions",
    "sources_for_list",
]
