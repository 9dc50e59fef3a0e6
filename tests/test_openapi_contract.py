"""What the OpenAPI schema promises, the API does (the contract failures schemathesis found)."""

import json

import pytest
import yaml

from .factories import SourceFactory
from .helpers import api

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema():
    response = api().get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.oai.openapi+json")
    return json.loads(response.content)


def parameter(schema, path, name, method="get"):
    return next(p for p in schema["paths"][path][method]["parameters"] if p["name"] == name)


def test_the_schema_answers_yaml_by_default_json_on_request_and_refuses_other_formats():
    assert yaml.safe_load(api().get("/api/v1/schema/").content)["openapi"].startswith("3.")
    assert json.loads(api().get("/api/v1/schema/?format=json").content)["paths"]
    refused = api().get("/api/v1/schema/", {"format": "xml"})
    assert refused.status_code == 400 and "format" in refused.json()["errors"]


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/api/v1/claims/", "document"),
        ("/api/v1/claims/", "source"),
        ("/api/v1/claims/", "origin"),
        ("/api/v1/documents/", "publisher"),
        ("/api/v1/sources/", "parent"),
        ("/api/v1/export/", "document"),
    ],
)
def test_id_filters_are_whole_numbers_from_1_in_the_schema_and_0_is_refused(schema, moderator, path, name):
    assert parameter(schema, path, name)["schema"] == {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}
    response = api(moderator).get(path, {name: 0})
    assert response.status_code == 400 and name in response.json()["errors"]
    assert api(moderator).get(path, {name: 1}).status_code == 200


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/api/v1/claims/", "anonymous"),
        ("/api/v1/claims/", "gold"),
        ("/api/v1/claims/", "created_since"),
        ("/api/v1/documents/", "published_since"),
        ("/api/v1/export/", "gold"),
        ("/api/v1/sources/", "kind"),
    ],
)
def test_a_filter_sent_empty_is_refused_by_name(moderator, path, name):
    response = api(moderator).get(f"{path}?{name}=")
    assert response.status_code == 400
    assert response.json()["errors"][name] == ["Give a value, or leave the parameter out."]


def test_an_empty_text_filter_still_means_no_filter(moderator):
    assert api(moderator).get("/api/v1/sources/?q=").status_code == 200


def test_page_bounds_are_in_the_schema(schema):
    size = parameter(schema, "/api/v1/claims/", "page_size")["schema"]
    assert (size["minimum"], size["maximum"]) == (1, 500)
    assert parameter(schema, "/api/v1/claims/", "page")["schema"]["minimum"] == 1


def test_graded_by_is_nullable_and_is_null_for_an_ungraded_source(schema, moderator):
    assert schema["components"]["schemas"]["Source"]["properties"]["graded_by"]["nullable"] is True
    source = SourceFactory(name="Ungraded")
    assert api(moderator).get(f"/api/v1/sources/{source.pk}/").json()["graded_by"] is None


@pytest.mark.parametrize(
    "body",
    [
        {"name": "Gazette", "kind": "outlet", "reliability_rationale": 5},
        {"name": 7, "kind": "outlet"},
        {"name": "Gazette", "kind": "outlet", "parent": "1"},
    ],
)
def test_a_value_of_another_type_than_the_schema_says_is_refused(moderator, body):
    response = api(moderator).post("/api/v1/sources/", body, format="json")
    assert response.status_code == 400
    assert set(response.json()["errors"]) & {"reliability_rationale", "name", "parent"}


def test_claim_numbers_sent_as_text_are_refused(reviewer, document):
    body = {"document": str(document.pk), "start": "0", "end": 6, "quote": document.text[:6], "chain": [],
            "credibility": 2}  # fmt: skip
    errors = api(reviewer).post("/api/v1/claims/", body, format="json").json()["errors"]
    assert {"document", "start"} <= set(errors)


def test_an_import_refused_before_reading_answers_the_documented_400(schema, moderator):
    refused = schema["components"]["schemas"]["ImportRefused"]
    assert "report" not in refused.get("required", [])
    response = api(moderator).post("/api/v1/import/", {}, format="json")
    assert response.status_code == 400
    assert set(refused["required"]) <= set(response.json())


def test_the_export_is_a_file_for_generated_clients(schema):
    content = schema["paths"]["/api/v1/export/"]["get"]["responses"]["200"]["content"]
    assert next(iter(content)) == "application/octet-stream"
    assert content["application/octet-stream"]["schema"] == {"type": "string", "format": "binary"}
    assert {
        "application/json",
        "application/x-ndjson",
        "application/ld+json",
        "text/csv",
        "text/turtle",
    } <= set(content)


def test_a_page_size_past_the_largest_is_refused_not_cut(moderator):
    response = api(moderator).get("/api/v1/claims/", {"page_size": 501})
    assert response.status_code == 400 and "page_size" in response.json()["errors"]
    assert api(moderator).get("/api/v1/claims/", {"page_size": 500}).status_code == 200


def test_agreement_gold_takes_only_true_or_false(moderator):
    response = api(moderator).get("/api/v1/agreement/", {"gold": "null"})
    assert response.status_code == 400 and "gold" in response.json()["errors"]
    assert api(moderator).get("/api/v1/agreement/", {"gold": "true"}).status_code == 200


def test_an_import_header_that_is_not_an_object_is_refused(moderator):
    body = {"header": [None, None], "documents": [], "claims": []}
    response = api(moderator).post("/api/v1/import/?dry_run=true", body, format="json")
    assert response.status_code == 400 and "header" in str(response.json()["errors"]["file"])


def test_a_name_longer_than_its_limit_is_refused_before_white_space_is_trimmed(moderator):
    body = {"name": "\u00a0" + "n" * 200, "kind": "outlet"}
    response = api(moderator).post("/api/v1/sources/", body, format="json")
    assert response.status_code == 400 and "name" in response.json()["errors"]


def test_an_import_header_of_null_is_refused(moderator):
    body = {"header": None, "documents": [], "claims": []}
    response = api(moderator).post("/api/v1/import/?dry_run=true", body, format="json")
    assert response.status_code == 400 and "header" in str(response.json()["errors"]["file"])


def test_every_operation_documents_the_servers_414(schema):
    operations = [op for ops in schema["paths"].values() for op in ops.values() if "responses" in op]
    assert operations and all("414" in op["responses"] for op in operations)


def test_a_source_write_refuses_fields_it_does_not_take(moderator):
    body = {"name": "Gazette", "kind": "outlet", "errors": {}}
    response = api(moderator).post("/api/v1/sources/", body, format="json")
    assert response.status_code == 400 and "errors" in response.json()["errors"]
