"""The claim record: the one definition of the claim object every API answer and export carries.

`exporting.claim_record` builds it; the API's ClaimSerializer documents it for OpenAPI; the
export's JSON Schema (schemas/export-v1.schema.json) documents it for other tools; the
import reads it back. `tests/test_record_contract.py` checks the three descriptions and real
output against these types, field by field, so none of them can drift alone.
"""

from typing import TypedDict


class HopRecord(TypedDict):
    position: int
    source_id: int
    source_name: str
    source_kind: str
    source_kind_words: str
    reliability_grade: str
    reliability_words: str
    cue: str
    cue_words: str
    cue_text: str


class DocumentReference(TypedDict):
    id: int
    title: str
    url: str
    content_hash: str


class StrengthRecord(TypedDict):
    hop_count: int
    anonymous_source: bool
    weakest_grade: str
    origin: str
    origin_grade: str
    origin_type: str
    origin_is_primary: bool
    summary: str


class ConfidenceRecord(TypedDict):
    credibility: int
    credibility_words: str
    likelihood: str | None
    likelihood_words: str | None


class ClaimRecord(TypedDict):
    id: int
    document: DocumentReference
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    chain: list[HopRecord]
    chain_display: str
    strength: StrengthRecord | None
    confidence: ConfidenceRecord
    note: str
    status: str
    reviewer: str
    gold: bool
    adjudicated_from: int | None
    version: int
    created_at: str
    updated_at: str
