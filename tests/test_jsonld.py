"""The W3C export read by a JSON-LD processor (pyld), with both contexts loaded from disk."""

import copy
import json

import pytest
from pyld import jsonld as pyld

from annotations.interchange import jsonld
from annotations.models import ClaimStatus
from annotations.scales import SourceKind

from .factories import ClaimFactory, DocumentFactory, SourceFactory
from .helpers import EVERY_STATUS, export, page_client

pytestmark = pytest.mark.django_db
OPTIONS = {"documentLoader": jsonld.document_loader}


@pytest.fixture
def collection(reviewer):
    officials = SourceFactory(name="officials familiar with the matter", kind=SourceKind.UNNAMED)
    bloomberg = SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY)
    document = DocumentFactory()
    ClaimFactory(document=document, author=reviewer, length=6, note="a note")
    ClaimFactory(
        document=document,
        author=reviewer,
        start=7,
        length=4,
        likelihood="likely",
        status=ClaimStatus.APPROVED,
        chain=[document.publisher, bloomberg, officials],
    )
    return json.loads(export(reviewer, format="w3c", status=EVERY_STATUS)[1])


def test_expanding_and_compacting_the_export_loses_nothing(collection):
    expanded = pyld.expand(copy.deepcopy(collection), OPTIONS)
    compacted = pyld.compact(expanded, {"@context": collection["@context"]}, OPTIONS)
    assert compacted == collection


def test_every_key_of_the_export_is_a_declared_term(collection):
    """Nothing is dropped on expansion because a term is unknown: every key is in a context."""
    declared = set(jsonld.anno_context()["@context"]) | jsonld.workbench_terms()
    used: set[str] = set()

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                used.add(key)
                if key != "wb:filters":  # a JSON literal (@json): its keys are data, not terms
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk({k: v for k, v in collection.items() if k != "@context"})
    assert used - declared == set()
    assert used & jsonld.workbench_terms()  # the check would fail without our context


def test_the_chain_is_an_ordered_list_and_filters_a_json_literal(collection):
    expanded = pyld.expand(copy.deepcopy(collection), OPTIONS)
    wb = jsonld.vocabulary_iri()
    annotations = expanded[0]["http://www.w3.org/ns/activitystreams#first"][0][
        "http://www.w3.org/ns/activitystreams#items"
    ][0]["@list"]
    bodies = annotations[1]["http://www.w3.org/ns/oa#hasBody"]
    assessment = next(b for b in bodies if f"{wb}Assessment" in b.get("@type", []))
    hops = assessment[f"{wb}chain"][0]["@list"]
    names = [hop[f"{wb}source_name"][0]["@value"] for hop in hops]
    assert names == ["Press TV", "Bloomberg", "officials familiar with the matter"]
    filters = expanded[0][f"{wb}filters"][0]
    assert filters["@type"] == "@json" and filters["@value"]["status"] == EVERY_STATUS


def test_the_context_is_served_at_its_address_and_matches_the_shipped_file(settings):
    response = page_client().get("/ns/workbench-v1.jsonld")
    assert response.status_code == 200 and response["Content-Type"] == "application/ld+json"
    served = json.loads(response.content)
    assert served == jsonld.workbench_context()
    assert served["@context"]["wb"] == jsonld.vocabulary_iri()
    assert jsonld.context_iri().endswith("/ns/workbench-v1.jsonld")


def test_the_loader_never_fetches(collection):
    with pytest.raises(pyld.JsonLdError):
        pyld.expand({"@context": "http://example.org/other.jsonld", "a": 1}, OPTIONS)
