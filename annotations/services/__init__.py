"""Writes. Every change to documents, sources, claims and accounts goes through here.

Pages, the API, the admin, import and the command line call these functions, so each
rule is written once; each runs in one transaction. One module per thing written.
"""

from .accounts import token_rotate
from .claims import (
    CUE_TEXT_MAX,
    MAX_CHAIN_LENGTH,
    HopSpec,
    chain_text,
    claim_create,
    claim_delete,
    claim_restore,
    claim_update,
)
from .common import CLAIM_GONE, DATABASE_FAILED, DATABASE_UNAVAILABLE, ClaimConflict
from .documents import DOCUMENT_DETAILS, content_hash, document_import, document_text_check, document_update
from .moderation import (
    TRANSITIONS,
    Transition,
    can_transition,
    claim_accept_as_gold,
    claim_transition,
    transition_refusal,
)
from .projects import (
    DEFAULT_PROJECT,
    NOT_A_MEMBER,
    project_add_documents,
    project_add_members,
    project_create,
    project_default,
    project_remove_documents,
    project_remove_member,
    project_update,
    queue_done,
    queue_held,
    queue_next,
)
from .sources import (
    GRADE_FIELDS,
    check_parent,
    source_create,
    source_fields_check,
    source_get_or_create,
    source_merge,
    source_update,
)

__all__ = [
    "DEFAULT_PROJECT",
    "NOT_A_MEMBER",
    "project_add_documents",
    "project_add_members",
    "project_create",
    "project_default",
    "project_remove_documents",
    "project_remove_member",
    "project_update",
    "queue_done",
    "queue_held",
    "queue_next",
    "document_text_check",
    "source_fields_check",
    "DOCUMENT_DETAILS",
    "document_update",
    "CLAIM_GONE",
    "CUE_TEXT_MAX",
    "ClaimConflict",
    "DATABASE_FAILED",
    "DATABASE_UNAVAILABLE",
    "GRADE_FIELDS",
    "HopSpec",
    "MAX_CHAIN_LENGTH",
    "TRANSITIONS",
    "Transition",
    "can_transition",
    "chain_text",
    "check_parent",
    "claim_accept_as_gold",
    "claim_create",
    "claim_delete",
    "claim_restore",
    "claim_transition",
    "claim_update",
    "content_hash",
    "document_import",
    "source_create",
    "source_get_or_create",
    "source_merge",
    "source_update",
    "token_rotate",
    "transition_refusal",
]
