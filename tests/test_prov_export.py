"""The PROV export read back with the `prov` package: each chain followed from publisher to origin."""

import pytest
from prov.constants import PROV_ROLE, PROV_TYPE, PROV_VALUE
from prov.model import (
    PROV,
    ProvAgent,
    ProvAssociation,
    ProvAttribution,
    ProvDerivation,
    ProvDocument,
    ProvEntity,
)

from annotations import services
from annotations.interchange import jsonld
from annotations.models import Claim, ClaimStatus
from annotations.scales import ReliabilityGrade, SourceKind

from .factories import ClaimFactory, DocumentFactory, SourceFactory
from .helpers import EVERY_STATUS, export

pytestmark = pytest.mark.django_db


@pytest.fixture
def chains(reviewer, moderator):
    bloomberg = SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY)
    officials = SourceFactory(name="officials familiar with the matter", kind=SourceKind.UNNAMED)
    services.source_update(source=bloomberg, actor=moderator, reliability_grade=ReliabilityGrade.B)
    document = DocumentFactory()
    own = ClaimFactory(document=document, author=reviewer, length=6)
    relayed = ClaimFactory(
        document=document,
        author=reviewer,
        start=7,
        length=4,
        status=ClaimStatus.APPROVED,
        moderator=moderator,
        chain=[document.publisher, bloomberg, officials],
    )
    return own, relayed


def read_back(reviewer, fmt: str) -> ProvDocument:
    response, body = export(reviewer, format=fmt, status=EVERY_STATUS)
    assert response.status_code == 200
    if fmt == "prov":
        assert response["Content-Type"] == "application/json"
        return ProvDocument.deserialize(content=body, format="json")
    assert response["Content-Type"].startswith("text/turtle")
    return ProvDocument.deserialize(content=body, format="rdf", rdf_format="turtle")


def relations(document: ProvDocument, kind, prov_type=None) -> list:
    """Records of `kind`; derivations of one PROV type (prov:Quotation, prov:PrimarySource)."""
    found = document.get_records(kind)
    if prov_type is None:
        return list(found)
    return [r for r in found if str(prov_type.uri) in {str(t.uri) for t in r.get_attribute(PROV_TYPE)}]


def follow_chain(document: ProvDocument, claim_iri: str) -> list[tuple[str, str]]:
    """(source name, grade) from the publisher down to the origin, by the PROV relations alone."""
    wb = jsonld.vocabulary_iri()
    attributed = {
        str(record.get_attribute("prov:entity").pop().uri): record.get_attribute("prov:agent").pop()
        for record in relations(document, ProvAttribution)
    }
    quoted = {}
    for record in relations(document, ProvDerivation, PROV["Quotation"]):
        if f"{wb}Attribution" in {str(t.uri) for t in record.get_attribute(PROV_TYPE)}:
            quoted[str(record.get_attribute("prov:generatedEntity").pop().uri)] = str(
                record.get_attribute("prov:usedEntity").pop().uri
            )
    agents = {str(record.identifier.uri): record for record in document.get_records(ProvAgent)}

    def named(agent_id) -> tuple[str, str]:
        agent = agents[str(agent_id.uri)]
        label = next(iter(agent.get_attribute("prov:label")))
        grade = next(iter(agent.get_attribute(f"{wb}reliabilityGrade")))
        return str(label), str(grade)

    steps = [named(attributed[claim_iri])]
    entity = claim_iri
    while entity in quoted:
        entity = quoted[entity]
        steps.append(named(attributed[entity]))
    return steps


@pytest.mark.parametrize("fmt", ["prov", "prov-ttl"])
def test_every_chain_is_followed_from_the_publisher_to_the_origin(reviewer, chains, fmt):
    document = read_back(reviewer, fmt)
    base = "http://testserver"
    for claim in Claim.objects.all():
        expected = [(hop.source.name, hop.source.reliability_grade) for hop in claim.chain]
        assert follow_chain(document, f"{base}/api/v1/claims/{claim.pk}/") == expected


@pytest.mark.parametrize("fmt", ["prov", "prov-ttl"])
def test_claims_are_quoted_from_their_document_and_the_origin_is_the_primary_source(reviewer, chains, fmt):
    document = read_back(reviewer, fmt)
    own, relayed = chains
    base = "http://testserver"
    claim_iri = f"{base}/api/v1/claims/{relayed.pk}/"
    entity = next(r for r in document.get_records(ProvEntity) if str(r.identifier.uri) == claim_iri)
    assert str(next(iter(entity.get_attribute(PROV_VALUE)))) == relayed.quote
    sources = {
        (
            str(r.get_attribute("prov:generatedEntity").pop().uri),
            str(r.get_attribute("prov:usedEntity").pop().uri),
        )
        for r in relations(document, ProvDerivation, PROV["Quotation"])
    }
    assert (claim_iri, f"{base}/api/v1/documents/{relayed.document_id}/") in sources
    primary = relations(document, ProvDerivation, PROV["PrimarySource"])
    assert [str(r.get_attribute("prov:generatedEntity").pop().uri) for r in primary] == [claim_iri]
    assert str(primary[0].get_attribute("prov:usedEntity").pop().uri) == f"{claim_iri}#statement-2"


@pytest.mark.parametrize("fmt", ["prov", "prov-ttl"])
def test_reviewers_and_moderators_are_the_agents_of_the_annotating(reviewer, moderator, chains, fmt):
    document = read_back(reviewer, fmt)
    own, relayed = chains
    wb = jsonld.vocabulary_iri()
    base = "http://testserver"
    roles: dict[str, set] = {}
    for record in relations(document, ProvAssociation):
        activity = str(record.get_attribute("prov:activity").pop().uri)
        agent = str(record.get_attribute("prov:agent").pop().uri)
        role = str(record.get_attribute(PROV_ROLE).pop().uri)
        roles.setdefault(activity, set()).add((agent.rsplit("/", 1)[-1], role.removeprefix(wb)))
    assert roles[f"{base}/api/v1/claims/{own.pk}/#annotating"] == {(reviewer.username, "reviewer")}
    assert roles[f"{base}/api/v1/claims/{relayed.pk}/#annotating"] == {
        (reviewer.username, "reviewer"),
        (moderator.username, "moderator"),
    }
