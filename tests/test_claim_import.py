"""Importing claims (POST /api/v1/import/, manage.py import_claims): round trips, re-anchoring,
per-item reports, and bad files that leave existing data as it was."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from annotations import services
from annotations.interchange import exporting
from annotations.models import Claim, ClaimStatus, Document, Source
from annotations.scales import Cue, ReliabilityGrade, SourceKind
from annotations.services import HopSpec

from .factories import ClaimFactory, DocumentFactory, SourceFactory
from .helpers import EVERY_STATUS, api, export, import_body, validate_export

pytestmark = pytest.mark.django_db
SCHEMA = json.loads(exporting.SCHEMA_FILE.read_text())
# What may differ between two instances holding the same annotations.
# A restore keeps when the work was done: created_at/updated_at (created/modified) are compared too.
VOLATILE = {"id", "source_id", "exported_at", "generated"}
CROSS_REFERENCES = {"adjudicated_from", "wb:adjudicatedFrom"}


@pytest.fixture
def varied_set(reviewer, other_reviewer, moderator):
    """Claims in every status, a gold claim, long chains with graded sources, and awkward text."""
    press_tv = SourceFactory(name="Press TV", kind=SourceKind.OUTLET, reliability_grade="C")
    bloomberg = SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY, reliability_grade="B")
    officials = SourceFactory(name="officials familiar with the matter", kind=SourceKind.UNNAMED)
    seed = DocumentFactory(
        title="Turkey keeps its S-400s",
        publisher=press_tv,
        text="Ankara — “S-400” 🚀 stays, the Bloomberg reports.\nIt ruled out their removal.\n"
        "Officials added a joint mechanism.",
        url="https://example.org/s400",
        dateline="Friday, 07 November 2025",
    )
    other = DocumentFactory(publisher=press_tv, title="Second article")

    def hops(*sources):
        return [
            HopSpec(
                cue=Cue.PUBLISHED if n == 0 else Cue.CITING, source=s, cue_text="" if n == 0 else "citing"
            )
            for n, s in enumerate(sources)
        ]

    draft = ClaimFactory(
        document=seed,
        author=reviewer,
        words="“S-400” 🚀 stays",
        chain=hops(press_tv, bloomberg),
        credibility=2,
        note="naïve — “x”\nsecond line",
    )
    chained = ClaimFactory(
        document=seed,
        author=other_reviewer,
        words="It ruled out their removal.",
        chain=hops(press_tv, bloomberg, officials),
        likelihood="likely",
        status=ClaimStatus.APPROVED,
        moderator=moderator,
    )
    ClaimFactory(
        document=other,
        author=reviewer,
        words=other.text[:12],
        chain=hops(press_tv),
        credibility=6,
        status=ClaimStatus.SUBMITTED,
    )
    ClaimFactory(
        document=seed,
        author=other_reviewer,
        words="Officials added",
        chain=hops(press_tv, officials),
        credibility=2,
        status=ClaimStatus.REJECTED,
        moderator=moderator,
        reason="Wrong span.",
    )
    services.claim_accept_as_gold(claim=chained, actor=moderator)
    return draft


def normalised(data):
    """The export without ids and timestamps; cross references become the referenced claim's quote."""
    if isinstance(data, dict):
        return {
            key: normalised(value)
            for key, value in data.items()
            if key not in VOLATILE and key not in CROSS_REFERENCES
        }
    if isinstance(data, list):
        return [normalised(value) for value in data]
    return data


def adjudicated_quotes(claims: list[dict]) -> list:
    by_id = {claim["id"]: claim for claim in claims}
    return [
        by_id[claim["adjudicated_from"]]["reviewer"] if claim["adjudicated_from"] else None
        for claim in claims
    ]


def wipe(keep_user):
    """An empty workbench: no claims, documents, sources, or accounts but the importer's."""
    Claim.objects.all().delete()
    Document.objects.all().delete()
    Source.objects.all().delete()
    get_user_model().objects.exclude(pk=keep_user.pk).delete()


# --- round trips ---------------------------------------------------------------------------


@pytest.mark.smoke  # also on SQLite, the quick start's database
def test_an_export_with_documents_restores_an_empty_workbench_losslessly(moderator, varied_set):
    _, first = export(moderator, format="json", with_documents="true", status=EVERY_STATUS)
    before = json.loads(first)
    validate_export(before)
    assert len(before["documents"]) == 2 and len(before["claims"]) == 5
    wipe(keep_user=moderator)
    assert not Claim.objects.exists() and not Source.objects.exists()

    response = import_body(moderator, first)

    assert response.status_code == 200, response.json()
    report = response.json()
    assert report["committed"] and report["counts"] == {
        "imported": 5,
        "reanchored": 0,
        "merged": 0,
        "refused": 0,
    }
    assert report["documents"] == {"created": 2, "existing": 0, "refused": 0, "unused": 0}
    assert sorted(report["reviewers_created"]) == ["omar", "rita"]
    _, second = export(moderator, format="json", with_documents="true", status=EVERY_STATUS)
    after = json.loads(second)
    assert normalised(after) == normalised(before)
    assert adjudicated_quotes(after["claims"]) == adjudicated_quotes(before["claims"])
    assert Source.objects.get(name="Bloomberg").reliability_grade == ReliabilityGrade.B
    assert not get_user_model().objects.get(username="rita").has_usable_password()


@pytest.mark.parametrize("fmt", ["jsonl", "w3c"])
def test_jsonl_and_w3c_exports_round_trip_onto_the_same_documents(moderator, varied_set, fmt):
    _, first = export(moderator, format=fmt, status=EVERY_STATUS)
    Claim.objects.all().delete()
    Source.objects.exclude(published_documents__isnull=False).delete()
    get_user_model().objects.exclude(pk=moderator.pk).delete()

    content_type = {"jsonl": "application/x-ndjson", "w3c": "application/ld+json"}[fmt]
    response = import_body(moderator, first, content_type=content_type)

    assert response.status_code == 200 and response.json()["counts"]["imported"] == 5, response.json()
    _, second = export(moderator, format=fmt, status=EVERY_STATUS)
    if fmt == "jsonl":
        first, second = [[json.loads(line) for line in body.splitlines()] for body in (first, second)]
    else:
        first, second = json.loads(first), json.loads(second)
    assert normalised(second) == normalised(first)


def test_importing_the_same_file_twice_merges_instead_of_duplicating(moderator, varied_set):
    _, body = export(moderator, format="jsonl", status=EVERY_STATUS)
    count = Claim.objects.count()

    report = import_body(moderator, body, content_type="application/x-ndjson").json()

    assert report["counts"] == {"imported": 0, "reanchored": 0, "merged": 5, "refused": 0}
    assert Claim.objects.count() == count
    assert all(item["claim"] for item in report["items"])


def test_restoring_a_backup_twice_merges_its_claims_and_finds_its_documents(moderator, varied_set):
    _, body = export(moderator, format="json", with_documents="true", status=EVERY_STATUS)
    wipe(keep_user=moderator)
    first = import_body(moderator, body).json()

    second = import_body(moderator, body).json()

    assert first["documents"]["created"] == 2 and first["counts"]["imported"] == 5
    assert second["documents"] == {"created": 0, "existing": 2, "refused": 0, "unused": 0}
    assert second["counts"] == {"imported": 0, "reanchored": 0, "merged": 5, "refused": 0}
    assert Claim.objects.count() == 5 and Document.objects.count() == 2


# --- re-anchoring --------------------------------------------------------------------------


def test_claims_are_reanchored_by_quote_and_context_when_the_text_moved(moderator, varied_set):
    _, body = export(moderator, format="jsonl", status=EVERY_STATUS)
    records = [json.loads(line) for line in body.splitlines()]
    Claim.objects.all().delete()
    document = Document.objects.get(title="Turkey keeps its S-400s")
    # The workbench never changes a stored text (a corrected article is a new document): the
    # text an import meets on another instance is written here with the ORM.
    inserted = "UPDATE: corrected on 8 November.\n"
    document.text = inserted + document.text.replace("Officials added", "Officials said")
    document.content_hash = services.content_hash(document.text)
    document.save()

    report = import_body(moderator, body, content_type="application/x-ndjson").json()

    outcomes = {item["file_id"]: item for item in report["items"]}
    moved = [
        r for r in records if r["document"]["title"] == document.title and r["quote"] != "Officials added"
    ]
    for record in moved:
        outcome = outcomes[record["id"]]
        assert outcome["outcome"] == "reanchored", outcome
        claim = Claim.objects.get(pk=outcome["claim"])
        assert (claim.start, claim.end) == (record["start"] + len(inserted), record["end"] + len(inserted))
        assert document.text[claim.start : claim.end] == record["quote"]
        assert f"{record['start']}-{record['end']} in the file" in outcome["messages"][0]
    gone = next(r for r in records if r["quote"] == "Officials added")
    assert outcomes[gone["id"]]["outcome"] == "refused"
    assert "“Officials added” is not in “Turkey keeps its S-400s”" in outcomes[gone["id"]]["messages"][0]
    other = next(r for r in records if r["document"]["title"] == "Second article")
    assert outcomes[other["id"]]["outcome"] == "imported"  # same text there: offsets kept


def test_a_quote_found_twice_goes_to_the_place_whose_context_matches(moderator, reviewer):
    document = DocumentFactory(text="The ministry said no. Later, the army said no. Then silence.")
    start = document.text.index("said no", 30)
    claim = ClaimFactory(document=document, author=reviewer, start=start, length=len("said no"))
    _, body = export(moderator, format="jsonl", status=EVERY_STATUS)
    claim.delete()
    document.text = "Breaking. " + document.text  # another instance's text, as above
    document.save()

    report = import_body(moderator, body, content_type="application/x-ndjson").json()

    imported = Claim.objects.get(pk=report["items"][0]["claim"])
    assert imported.start == start + len("Breaking. ") and imported.prefix.endswith("the army ")


# --- bad files -----------------------------------------------------------------------------


@pytest.fixture
def mixed_file(moderator, varied_set, tmp_path):
    """A jsonl file: two good claims around every kind of bad line."""
    _, body = export(moderator, format="jsonl", status=EVERY_STATUS)
    good = json.loads(body.splitlines()[1])
    Claim.objects.filter(quote=good["quote"]).delete()

    def variant(**changes):
        record = json.loads(json.dumps(good))
        for key, value in changes.items():
            record[key] = value
        return json.dumps(record, ensure_ascii=False)

    mystery = {"source_name": "Mystery Wire", "source_kind": "rumour", "cue": "citing", "cue_text": ""}
    lines = [
        variant(),  # 1: good
        '{"quote": "broken',  # 2: not JSON
        variant(chain=[]),  # 3: empty chain
        variant(chain=[good["chain"][0], mystery]),  # 4: unknown source, unknown kind
        variant(quote="words nobody wrote", start=0, end=18),  # 5: quote not in the document
        variant(confidence={"credibility": 9}),  # 6: off the scale
        variant(status="published"),  # 7: unknown status
        variant(document={"id": 999, "title": "Never imported", "url": ""}),  # 8: unknown document
        variant(chain=[{**good["chain"][0], "cue": "whispered"}]),  # 9: unknown cue
        "[1, 2]",  # 10: not an object
        variant(note="second good one", start=good["start"]),  # 11: good
    ]
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


EXPECTED_REFUSALS = {
    2: "Not JSON",
    3: "no attribution chain",
    4: "“Mystery Wire” is not in the registry here and “rumour” is not a source kind",
    5: "“words nobody wrote” is not in “Turkey keeps its S-400s”",
    6: "credibility: Choose how far you trust this claim",
    7: "status: “published” is not a claim status",
    8: "No document here matches “Never imported”",
    9: "“whispered” is not a known cue",
    10: "Not a claim object",
}


def snapshot():
    return [
        exporting.record_from_claim(claim)
        for claim in Claim.objects.order_by("pk").prefetch_related("hops__source")
    ]


def test_a_partly_invalid_file_keeps_the_good_items_and_names_each_bad_line(moderator, mixed_file):
    before = snapshot()
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError, match="9 problems"):
        call_command("import_claims", str(mixed_file), "--no-progress", stdout=out, stderr=err)

    for line, reason in EXPECTED_REFUSALS.items():
        assert f"claims.jsonl:{line}: refused: " in err.getvalue()
        refusal = next(row for row in err.getvalue().splitlines() if row.startswith(f"{mixed_file}:{line}:"))
        assert reason in refusal, refusal
    assert "2 imported (0 re-anchored), 0 already here, 9 refused" in out.getvalue()
    after = snapshot()
    assert after[: len(before)] == before  # existing claims untouched
    assert [record["note"] for record in after[len(before) :]] == ["", "second good one"]
    assert not Source.objects.filter(name="Mystery Wire").exists()


def test_all_or_nothing_keeps_nothing_when_one_item_is_refused(moderator, mixed_file):
    before = snapshot()
    out = io.StringIO()

    with pytest.raises(CommandError):
        call_command(
            "import_claims",
            str(mixed_file),
            "--all-or-nothing",
            "--no-progress",
            stdout=out,
            stderr=io.StringIO(),
        )

    assert out.getvalue().startswith("Nothing was imported (--all-or-nothing)")
    assert snapshot() == before


def test_all_or_nothing_over_the_api_is_a_400_with_the_report(moderator, mixed_file):
    before = snapshot()

    response = import_body(
        moderator, mixed_file.read_text(), content_type="application/x-ndjson", atomic="file"
    )

    assert response.status_code == 400
    body = response.json()
    assert body["detail"] == "Nothing was imported: 9 problems (atomic=file)."
    assert body["errors"]["file"][0].startswith("Line 2: Not JSON")
    assert body["report"]["committed"] is False and body["report"]["counts"]["imported"] == 2
    assert snapshot() == before


def test_a_dry_run_reports_and_keeps_nothing(moderator, mixed_file):
    before = snapshot()

    response = import_body(
        moderator, mixed_file.read_text(), content_type="application/x-ndjson", dry_run="true"
    )

    assert response.status_code == 200
    report = response.json()
    assert report["dry_run"] and not report["committed"]
    assert report["counts"] == {"imported": 2, "reanchored": 0, "merged": 0, "refused": 9}
    assert snapshot() == before


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        ('{"header": {}, "claims": [\n{"quote": 1},\n', "application/json", "Line 3, column 1: not JSON"),
        ("\ufeff" + '{"claims": "none"}', "application/json", "no `claims` list"),
        ('{"header": {"schema_version": "2.0"}, "claims": []}', "application/json", "schema version 2.0"),
        ('{"type": "Thing"}', "application/ld+json", "Not W3C Web Annotations"),
        ("hello", "text/plain", "Cannot tell the file's format"),
    ],
)
def test_a_file_that_cannot_be_read_is_a_400_naming_where(moderator, varied_set, body, content_type, message):
    count = Claim.objects.count()

    response = import_body(moderator, body, content_type=content_type)

    assert response.status_code == 400
    assert message in response.json()["errors"]["file"][0]
    assert Claim.objects.count() == count


def test_a_file_that_is_not_utf8_is_refused_with_its_line(moderator):
    response = api(moderator).post(
        "/api/v1/import/?format=json", data=b'{"claims": [\n"\xff"]}', content_type="application/json"
    )
    assert response.status_code == 400 and response.json()["errors"]["file"] == [
        "Line 2: the file is not UTF-8 text."
    ]


def test_w3c_annotations_from_other_tools_are_refused_for_want_of_a_chain(moderator, varied_set):
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://annotations.example/anno/7",
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "interesting"},
        "target": {
            "source": "https://example.org/s400",
            "selector": {"type": "TextQuoteSelector", "exact": "It ruled out their removal."},
        },
    }

    report = import_body(moderator, json.dumps(annotation), content_type="application/ld+json").json()

    assert report["items"] == [
        {
            "line": 1,
            "outcome": "refused",
            "file_id": None,
            "claim": None,
            "messages": ["The annotation has no wb:Assessment body: it carries no chain or confidence."],
        }
    ]


def test_a_document_whose_text_does_not_match_its_hash_is_refused(moderator, varied_set):
    _, body = export(moderator, format="json", with_documents="true", status=EVERY_STATUS)
    data = json.loads(body)
    wipe(keep_user=moderator)
    data["documents"][0]["text"] += " tampered"

    report = import_body(moderator, json.dumps(data, indent=1)).json()

    assert report["documents"] == {"created": 1, "existing": 0, "refused": 1, "unused": 0}
    assert "does not match its content_hash" in report["document_problems"][0]
    assert report["document_problems"][0].startswith("Line ")
    refused = [item for item in report["items"] if item["outcome"] == "refused"]
    assert refused and all("No document here matches" in item["messages"][0] for item in refused)


# --- the API's own rules -------------------------------------------------------------------


def test_only_moderators_import(reviewer, varied_set):
    _, body = export(reviewer, format="jsonl", status=EVERY_STATUS)
    count = Claim.objects.count()

    anonymous = import_body(None, body, content_type="application/x-ndjson")
    refused = import_body(reviewer, body, content_type="application/x-ndjson")

    assert anonymous.status_code == 401 and "detail" in anonymous.json()
    assert refused.status_code == 403 and "Only moderators import" in refused.json()["detail"]
    assert Claim.objects.count() == count


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"atomic": "some"}, "atomic"),
        ({"format": "xml"}, "format"),
        ({"dry_run": "maybe"}, "dry_run"),
        ({"mode": "x"}, "mode"),
    ],
)
def test_bad_import_parameters_are_400s_naming_them(moderator, params, name):
    response = import_body(moderator, '{"claims": []}', **params)
    assert response.status_code == 400 and name in response.json()["errors"]


def test_an_empty_request_is_a_400(moderator):
    response = api(moderator).post("/api/v1/import/", data=b"", content_type="application/json")
    assert response.status_code == 400 and "no file" in response.json()["errors"]["file"][0]


def test_a_file_can_be_uploaded_as_a_multipart_field(moderator, varied_set):
    _, body = export(moderator, format="json", status=EVERY_STATUS)
    Claim.objects.all().delete()
    upload = io.BytesIO(body.encode())
    upload.name = "claims.json"

    response = api(moderator).post("/api/v1/import/", {"file": upload}, format="multipart")

    assert response.status_code == 200 and response.json()["counts"]["imported"] == 5


def test_a_request_body_over_the_limit_is_a_413(moderator, settings):
    settings.IMPORT_MAX_BYTES = 100
    response = import_body(moderator, '{"claims": []}' + " " * 200)
    assert response.status_code == 413 and "import_claims" in response.json()["detail"]


def test_with_documents_is_for_the_json_format_only(moderator, varied_set):
    csv_response, _ = export(moderator, format="csv", with_documents="true")
    unclear, _ = export(moderator, with_documents="perhaps")
    assert csv_response.status_code == 400 and "with_documents" in csv_response.json()["errors"]
    assert unclear.status_code == 400 and "with_documents" in unclear.json()["errors"]


def test_the_command_reads_standard_input_and_records_the_moderator(moderator, varied_set, monkeypatch):
    _, body = export(moderator, format="jsonl", status=EVERY_STATUS)
    Claim.objects.all().delete()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(body.encode())))
    out = io.StringIO()

    call_command("import_claims", "-", "--user", moderator.username, "--no-progress", stdout=out)

    assert "5 imported" in out.getvalue()
    approved = Claim.objects.get(status=ClaimStatus.APPROVED, is_gold=False)
    assert approved.decisions.get().actor == moderator
    assert approved.history.first().history_change_reason == "Imported from standard input."


def test_values_of_the_wrong_type_anywhere_are_refused_not_crashed(moderator, varied_set):
    _, body = export(moderator, format="jsonl", status=EVERY_STATUS)
    good = json.loads(body.splitlines()[0])
    Claim.objects.all().delete()
    oddities = [
        {"confidence": {"credibility": [3]}},
        {"confidence": "high"},
        {"chain": [{**good["chain"][0], "cue": ["published"]}]},
        {"chain": [{**good["chain"][0], "source_name": {"name": "x"}}]},
        {"start": "12", "end": None},
        {"status": ["draft"]},
        {"reviewer": 7},
        {"document": ["x"]},
        {"adjudicated_from": {"id": 1}, "id": [1]},
        {"version": "two", "gold": "yes", "note": 5},
    ]
    lines = [json.dumps({**good, **odd}) for odd in oddities]

    response = import_body(moderator, "\n".join(lines), content_type="application/x-ndjson")

    assert response.status_code == 200
    items = response.json()["items"]
    assert [(item["line"], item["outcome"]) for item in items] == [
        (line, "refused") for line in range(1, len(oddities) + 1)
    ]
    assert [" ".join(item["messages"]) for item in items] == [
        "confidence.credibility: not a whole number.",
        "confidence: not an object.",
        "Hop 1, cue: not text.",
        "Hop 1, source_name: not text.",
        "start: not a whole number.",
        "status: not text.",
        "reviewer: not text.",
        "document: not an object.",
        "id: not an id (a number or text). adjudicated_from: not an id (a number or text).",
        "note: not text. gold: use true or false. version: not a whole number.",
    ]
    assert not Claim.objects.exists()
