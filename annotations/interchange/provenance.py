"""The export as W3C PROV (PROV-JSON, and PROV-O in Turtle), built with the `prov` package.

How a claim reads in PROV (docs/api.md, "PROV"):
- the document is an entity attributed to its publisher; the claim is an entity (its quote
  as `prov:value`) `wasQuotedFrom` the document, and attributed to the publisher (hop 0);
- each further hop is a statement entity (`wb:Statement`) attributed to that hop's source: the
  claim `wasQuotedFrom` the first, each statement `wasQuotedFrom` the next, down to the origin
  (the cue rides on the quotation); the claim `hadPrimarySource` the origin's statement;
- sources are agents (`prov:Organization`, `prov:Person`, or plain agents for unnamed ones)
  with their Admiralty grade as `wb:reliabilityGrade`;
- the annotating is an activity that generated the claim and used the document; its agents are
  the reviewer (role `wb:reviewer`) and each moderator who decided on it (role `wb:moderator`).

PROV has no streaming form: the document is built in memory, one record at a time, in time and
space linear in the set (as is every serialiser the `prov` package has).
"""

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from prov.constants import PROV_ROLE, PROV_TYPE, PROV_VALUE
from prov.model import PROV, ProvDocument

from ..scales import SourceKind
from . import jsonld
from .records import ClaimRecord

_AGENT_TYPES = {
    SourceKind.NAMED_PERSON: PROV["Person"],
    SourceKind.UNNAMED: PROV["Agent"],
    SourceKind.SOCIAL_MEDIA: PROV["Agent"],
    SourceKind.OTHER: PROV["Agent"],
}  # outlets, agencies, official bodies, documents' authors: organisations


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def prov_document(
    records: Iterable[ClaimRecord], head: dict[str, Any], moderators: dict[int, list[str]]
) -> ProvDocument:
    """The PROV document of `records`; `moderators` names who decided on each claim (by claim id)."""
    base = head["source"]
    document = ProvDocument()
    wb = document.add_namespace("wb", jsonld.vocabulary_iri())
    claim_ns = document.add_namespace("claim", f"{base}/api/v1/claims/")
    doc_ns = document.add_namespace("doc", f"{base}/api/v1/documents/")
    source_ns = document.add_namespace("source", f"{base}/api/v1/sources/")
    user_ns = document.add_namespace("user", f"{base}/users/")
    seen_agents: set[str] = set()
    seen_documents: set[int] = set()

    def agent_for_hop(hop) -> Any:
        identifier = source_ns[f"{hop['source_id']}/"]
        if str(identifier) not in seen_agents:
            seen_agents.add(str(identifier))
            document.agent(
                identifier,
                {
                    PROV_TYPE: _AGENT_TYPES.get(hop["source_kind"], PROV["Organization"]),
                    "prov:label": hop["source_name"],
                    wb["sourceKind"]: hop["source_kind"],
                    wb["reliabilityGrade"]: hop["reliability_grade"],
                    wb["reliabilityWords"]: hop["reliability_words"],
                },
            )
        return identifier

    def person(username: str) -> Any:
        identifier = user_ns[username]
        if str(identifier) not in seen_agents:
            seen_agents.add(str(identifier))
            document.agent(identifier, {PROV_TYPE: PROV["Person"], "prov:label": username})
        return identifier

    for record in records:
        chain = record["chain"]
        reference = record["document"]
        page = doc_ns[f"{reference['id']}/"]
        publisher = agent_for_hop(chain[0]) if chain else None
        if reference["id"] not in seen_documents:
            seen_documents.add(reference["id"])
            attributes: dict[Any, Any] = {PROV_TYPE: wb["Document"], "prov:label": reference["title"]}
            attributes[wb["contentHash"]] = reference["content_hash"]
            if reference["url"]:
                attributes[wb["url"]] = reference["url"]
            document.entity(page, attributes)
            if publisher is not None:
                document.wasAttributedTo(page, publisher)
        claim_id = record["id"]
        claim = claim_ns[f"{claim_id}/"]
        confidence = record["confidence"]
        claim_attributes: dict[Any, Any] = {
            PROV_TYPE: wb["Claim"],
            PROV_VALUE: record["quote"],
            wb["start"]: record["start"],
            wb["end"]: record["end"],
            wb["credibility"]: confidence["credibility"],
            wb["credibilityWords"]: confidence["credibility_words"],
            wb["status"]: record["status"],
            wb["gold"]: record["gold"],
            wb["chain"]: record["chain_display"],
        }
        if confidence["likelihood"]:
            claim_attributes[wb["likelihood"]] = confidence["likelihood"]
        document.entity(claim, claim_attributes)
        document.wasQuotedFrom(claim, page, other_attributes={PROV_TYPE: wb["Excerpt"]})
        if publisher is not None:
            document.wasAttributedTo(claim, publisher)
        quoting = claim
        for hop in chain[1:]:
            statement = claim_ns[f"{claim_id}/#statement-{hop['position']}"]
            document.entity(
                statement,
                {PROV_TYPE: wb["Statement"], "prov:label": f"{hop['source_name']}'s account"},
            )
            document.wasAttributedTo(statement, agent_for_hop(hop))
            cue: dict[Any, Any] = {
                PROV_TYPE: wb["Attribution"],
                wb["position"]: hop["position"],
                wb["cue"]: hop["cue"],
            }
            if hop["cue_text"]:
                cue[wb["cueText"]] = hop["cue_text"]
            document.wasQuotedFrom(quoting, statement, other_attributes=cue)
            quoting = statement
        if quoting is not claim:
            document.hadPrimarySource(claim, quoting)
        annotating = claim_ns[f"{claim_id}/#annotating"]
        document.activity(
            annotating,
            _time(record["created_at"]),
            _time(record["updated_at"]),
            {PROV_TYPE: wb["Annotating"]},
        )
        document.wasGeneratedBy(claim, annotating)
        document.used(annotating, page)
        document.wasAssociatedWith(
            annotating, person(record["reviewer"]), other_attributes={PROV_ROLE: wb["reviewer"]}
        )
        for moderator in moderators.get(claim_id, []):
            document.wasAssociatedWith(
                annotating, person(moderator), other_attributes={PROV_ROLE: wb["moderator"]}
            )
    return document


def moderators_by_claim(decisions: Iterable[tuple[int, str]]) -> dict[int, list[str]]:
    """(claim id, moderator's username) rows to each claim's moderators, in order, once each."""
    found: dict[int, list[str]] = defaultdict(list)
    for claim_id, username in decisions:
        if username not in found[claim_id]:
            found[claim_id].append(username)
    return found


def serialize(document: ProvDocument, fmt: str) -> Iterator[bytes]:
    if fmt == "prov-ttl":
        text = document.serialize(format="rdf", rdf_format="turtle")
    else:
        text = document.serialize(format="json", indent=1)
    yield text.encode() if isinstance(text, str) else (text or b"")
