"""One claim record, described three ways: the typed record, the OpenAPI schema, the export's JSON Schema.

Each description and real output (API list, json and jsonl exports) must name the same fields,
at every level, with the same nullability: a field added to one and not the others fails here.
"""

import json
import types
import typing

import pytest
from drf_spectacular.generators import SchemaGenerator

from annotations.interchange import exporting, records
from annotations.models import ClaimStatus

from .factories import ClaimFactory, DocumentFactory, SourceFactory
from .helpers import api, export

pytestmark = pytest.mark.django_db
EXPORT_SCHEMA = json.loads(exporting.SCHEMA_FILE.read_text())
# The typed record's nested types and where each one is described in the two schemas.
NESTED = {
    records.ClaimRecord: ("Claim", "claim"),
    records.HopRecord: ("HopRecord", "hop"),
    records.DocumentReference: ("DocumentRef", None),  # written inline in the export schema
    records.StrengthRecord: ("Strength", "strength"),
    records.ConfidenceRecord: ("Confidence", "confidence"),
}


def fields(record_type) -> dict[str, tuple[object, bool]]:
    """Each field: (its nested record type or None, whether it may be null)."""
    out = {}
    for name, hint in typing.get_type_hints(record_type).items():
        args = typing.get_args(hint)
        nullable = isinstance(hint, types.UnionType) and type(None) in args
        inner = next((a for a in args if a is not type(None)), hint) if nullable else hint
        if typing.get_origin(inner) is list:
            inner = typing.get_args(inner)[0]
        out[name] = (inner if inner in NESTED else None, nullable)
    return out


@pytest.fixture(scope="module")
def openapi():
    return SchemaGenerator().get_schema(request=None, public=True)["components"]["schemas"]


def _openapi_nullable(prop: dict) -> bool:
    return bool(prop.get("nullable"))


def _export_nullable(prop: dict) -> bool:
    kinds = prop.get("type")
    in_type = "null" in kinds if isinstance(kinds, list) else kinds == "null"
    in_enum = None in prop.get("enum", [])
    return in_type or in_enum or any(option.get("type") == "null" for option in prop.get("oneOf", []))


@pytest.mark.parametrize("record_type", list(NESTED), ids=lambda t: t.__name__)
def test_the_openapi_schema_describes_the_typed_record(openapi, record_type):
    component = openapi[NESTED[record_type][0]]
    expected = fields(record_type)
    assert set(component["properties"]) == set(expected)
    assert set(component.get("required", [])) == set(expected)
    for name, (_, nullable) in expected.items():
        assert _openapi_nullable(component["properties"][name]) is nullable, name


def _export_definition(record_type) -> dict:
    name = NESTED[record_type][1]
    if name is not None:
        return EXPORT_SCHEMA["$defs"][name]
    return EXPORT_SCHEMA["$defs"]["claim"]["properties"]["document"]


@pytest.mark.parametrize("record_type", list(NESTED), ids=lambda t: t.__name__)
def test_the_export_json_schema_describes_the_typed_record(record_type):
    definition = _export_definition(record_type)
    expected = fields(record_type)
    assert set(definition["properties"]) == set(expected)
    assert set(definition["required"]) == set(expected)
    assert definition.get("additionalProperties") is False
    for name, (_, nullable) in expected.items():
        assert _export_nullable(definition["properties"][name]) is nullable, name


def assert_shaped_like(value, record_type, where="claim"):
    expected = fields(record_type)
    assert set(value) == set(expected), where
    for name, (nested, nullable) in expected.items():
        item = value[name]
        if item is None:
            assert nullable, f"{where}.{name} is null"
        elif nested is not None:
            for part in item if isinstance(item, list) else [item]:
                assert_shaped_like(part, nested, f"{where}.{name}")


def test_real_output_has_exactly_the_records_fields_everywhere(reviewer, moderator):
    document = DocumentFactory()
    officials = SourceFactory(name="officials", kind="unnamed")
    plain = ClaimFactory(document=document, author=reviewer, length=6, status=ClaimStatus.APPROVED)
    ClaimFactory(
        document=document,
        author=reviewer,
        start=10,
        likelihood="likely",
        status=ClaimStatus.APPROVED,
        chain=[document.publisher, officials],
    )
    listed = api(moderator).get("/api/v1/claims/").json()["results"]
    single = api(moderator).get(f"/api/v1/claims/{plain.pk}/").json()
    exported = json.loads(export(moderator, format="json")[1])["claims"]
    lines = [json.loads(line) for line in export(moderator, format="jsonl")[1].splitlines()]
    for claim in [*listed, single, *exported, *lines]:
        assert_shaped_like(claim, records.ClaimRecord)
    assert {claim["confidence"]["likelihood"] for claim in listed} == {None, "likely"}
