"""Importing hostile files: JSON nested thousands deep, integers too long to convert, NaN,
and values of the wrong type anywhere in a record are refused with their line and reason,
never a 500; a refused item leaves nothing behind (documents, publishers, sources and
accounts included)."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from annotations import services
from annotations.models import Claim, Document, Source
from annotations.scales import Cue, SourceKind
from annotations.services import HopSpec

from .factories import ClaimFactory, DocumentFactory, SourceFactory
from .helpers import EVERY_STATUS, api, export, import_body

pytestmark = pytest.mark.django_db
DEEP = 5000  # Python's json gives up near 1,000 levels (RecursionError)
HUGE = "7" * 5000  # Python refuses int strings over 4,300 digits (ValueError)
TEXT = "Ankara will keep its S-400s, Bloomberg reports.\nOfficials added nothing."
CONTENT_TYPES = {"json": "application/json", "jsonl": "application/x-ndjson", "w3c": "application/ld+json"}


@pytest.fixture
def exported(moderator):
    """`export(fmt)`: one claim's export in a format, the claim then deleted (so it imports anew)."""
    press_tv = SourceFactory(name="Press TV", kind=SourceKind.OUTLET)
    bloomberg = SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY, reliability_grade="B")
    document = DocumentFactory(
        title="Turkey keeps its S-400s", publisher=press_tv, text=TEXT, url="https://example.org/s400"
    )
    claim = ClaimFactory(
        document=document,
        author=moderator,
        words="S-400s",
        chain=[press_tv, HopSpec(cue=Cue.CITING, source=bloomberg, cue_text="reports")],
        credibility=2,
    )
    bodies = {
        fmt: export(
            moderator,
            format=fmt,
            status=EVERY_STATUS,
            **({"with_documents": "true"} if fmt == "json" else {}),
        )[1]
        for fmt in ("json", "jsonl", "w3c")
    }
    claim.delete()
    return lambda fmt: json.loads(bodies[fmt]) if fmt != "jsonl" else json.loads(bodies[fmt].splitlines()[0])


def state():
    """Everything an import can write."""
    return (
        sorted(Claim.objects.values_list("quote", flat=True)),
        sorted(Document.objects.values_list("title", flat=True)),
        sorted(Source.objects.values_list("name", flat=True)),
        sorted(get_user_model().objects.values_list("username", flat=True)),
    )


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def refusals(response) -> dict[int, str]:
    assert response.status_code == 200, response.content[:500]
    return {
        item["line"]: " ".join(item["messages"])
        for item in response.json()["items"]
        if item["outcome"] == "refused"
    }


# --- what Python's parser crashes on or lets through -----------------------------------------


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (nested(DEEP), "Nested more than 100 levels deep, at column 110"),  # where level 101 opens
        ('{"a": ' * DEEP + "1" + "}" * DEEP, "Nested more than 100 levels deep, at column 605"),
        (HUGE, "A number of more than 4300 digits, at column 11"),
        ("NaN", "NaN is not a JSON value, at column 11"),
        ("-Infinity", "-Infinity is not a JSON value, at column 11"),
    ],
)
def test_a_jsonl_line_python_cannot_read_is_refused_with_its_line(moderator, exported, value, reason):
    good = exported("jsonl")
    before = state()
    body = "\n".join([f'{{"quote": {value}}}', json.dumps({**good, "note": "second"}), json.dumps(good)])

    response = import_body(moderator, body, content_type="application/x-ndjson")

    assert refusals(response) == {1: refusals(response)[1]} and reason in refusals(response)[1]
    assert response.json()["counts"]["imported"] == 2
    assert state()[1:] == before[1:]


@pytest.mark.parametrize("fmt", ["json", "w3c"])
@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (nested(DEEP), "nested more than 100 levels deep"),
        (HUGE, "a number of more than 4300 digits"),
        ("Infinity", "Infinity is not a JSON value"),
    ],
)
def test_a_whole_file_python_cannot_read_is_a_400_naming_the_line(moderator, exported, fmt, value, reason):
    data = exported(fmt)
    claims = data["claims"] if fmt == "json" else data["first"]["items"]
    claims.append({"quote": "__HOSTILE__"})
    text = json.dumps(data, indent=1).replace('"__HOSTILE__"', value)
    line = text[: text.index(value)].count("\n") + 1
    before = state()

    response = import_body(moderator, text, content_type=CONTENT_TYPES[fmt])

    assert response.status_code == 400, response.content[:500]
    assert response.json()["errors"]["file"][0].startswith(f"Line {line}, column ")
    assert reason in response.json()["errors"]["file"][0]
    assert state() == before


def test_a_hostile_multipart_upload_is_refused_with_its_line(moderator):
    upload = io.BytesIO(('{"header": {},\n"claims": [\n' + nested(DEEP) + "]}").encode())
    upload.name = "claims.json"

    response = api(moderator).post("/api/v1/import/", {"file": upload}, format="multipart")

    assert response.status_code == 400
    assert response.json()["errors"]["file"] == ["Line 3, column 99: nested more than 100 levels deep."]


@pytest.mark.parametrize("first_line", [nested(DEEP), f'{{"quote": {nested(DEEP)}}}', HUGE, "NaN"])
def test_a_hostile_first_line_does_not_break_guessing_the_format(moderator, exported, first_line):
    good = json.dumps(exported("jsonl"))

    body = f"{first_line}\n{good}"

    unknown = import_body(moderator, body, content_type="application/octet-stream")
    named = import_body(moderator, body, content_type="application/octet-stream", format="jsonl")

    assert unknown.status_code == 400, unknown.content[:500]
    assert "Cannot tell the file's format" in unknown.json()["errors"]["file"][0]
    assert set(refusals(named)) == {1} and named.json()["counts"]["imported"] == 1


# --- values of the wrong type ----------------------------------------------------------------


CLAIM_ODDITIES = [
    # (change to the record, what the refusal names)
    ({"document": {"id": [1]}}, "document.id: not an id"),
    ({"created_at": "yesterday"}, "created_at: “yesterday” is not a date-time"),
    ({"updated_at": "2026-11-24T10:00:00"}, "updated_at: give the time zone"),
    ({"document": {"content_hash": ["a"]}}, "document.content_hash: not text"),
    ({"document": {"url": {"href": "x"}, "title": 5}}, "document.url: not text"),
    ({"document": "Turkey keeps its S-400s"}, "document: not an object"),
    ({"document": None}, "does not say which document"),
    ({"id": [1]}, "id: not an id"),
    ({"id": 1.5}, "id: not an id"),
    ({"id": True}, "id: not an id"),
    ({"start": "29", "end": 35}, "start: not a whole number"),
    ({"start": 29.0}, "start: not a whole number"),
    ({"end": 10**30}, "end: 1000000000000000000… is out of range"),
    ({"start": False}, "start: not a whole number"),
    ({"quote": ["S-400s"]}, "quote: not text"),
    ({"quote": None}, "The claim has no quote"),
    ({"prefix": 3}, "prefix: not text"),
    ({"suffix": {"x": 1}}, "suffix: not text"),
    ({"chain": "Press TV"}, "no attribution chain"),
    ({"chain": {"source_name": "Press TV"}}, "no attribution chain"),
    ({"chain": None}, "no attribution chain"),
    ({"chain": ["Press TV"]}, "Hop 1: not an object"),
    ({"chain": [{"source_name": ["Press TV"], "cue": "published"}]}, "Hop 1, source_name: not text"),
    ({"chain": [{"source_name": "Press TV", "cue": None}]}, "not a known cue"),
    ({"chain": [{"source_name": "Press TV", "cue": True}]}, "Hop 1, cue: not text"),
    (
        {"chain": [{"source_name": "X", "source_kind": ["outlet"], "cue": "published"}]},
        "source_kind: not text",
    ),
    (
        {"chain": [{"source_name": "X", "reliability_grade": 1, "cue": "published"}]},
        "reliability_grade: not text",
    ),
    ({"chain": [{"source_name": "Press TV", "cue": "published", "cue_text": []}]}, "cue_text: not text"),
    ({"confidence": 2}, "confidence: not an object"),
    ({"confidence": None}, "no confidence"),
    ({"confidence": {"credibility": "2"}}, "confidence.credibility: not a whole number"),
    ({"confidence": {"credibility": 2.0}}, "confidence.credibility: not a whole number"),
    ({"confidence": {"credibility": [2]}}, "confidence.credibility: not a whole number"),
    ({"confidence": {"credibility": 10**40}}, "confidence.credibility: 1000000000000000000… is out of range"),
    ({"confidence": {"credibility": 2, "likelihood": 0.7}}, "confidence.likelihood: not text"),
    ({"note": ["a"]}, "note: not text"),
    ({"status": ["draft"]}, "status: not text"),
    ({"status": "x" * 5000}, "is not a claim status"),
    ({"reviewer": 7}, "reviewer: not text"),
    ({"reviewer": {"name": "rita"}}, "reviewer: not text"),
    ({"gold": "yes"}, "gold: use true or false"),
    ({"gold": 1}, "gold: use true or false"),
    ({"adjudicated_from": {"id": 1}}, "adjudicated_from: not an id"),
    ({"adjudicated_from": 2.5}, "adjudicated_from: not an id"),
    ({"version": "two"}, "version: not a whole number"),
    ({"version": 0}, "version: 0 is out of range"),
    ({"version": 10**20}, "version: 1000000000000000000… is out of range"),
    # PostgreSQL can neither store NUL characters nor look them up
    ({"reviewer": "ze\x00d"}, "reviewer: contains a NUL character"),
    ({"document": {"url": "https://example.org/\x00"}}, "document.url: contains a NUL character"),
    (
        {"chain": [{"source_name": "New\x00Wire", "source_kind": "outlet", "cue": "published"}]},
        "source_name: contains",
    ),
]


def test_every_wrong_type_in_a_jsonl_record_is_refused_with_its_line_and_reason(moderator, exported):
    good = exported("jsonl")
    before = state()
    lines = [json.dumps({**good, **change}) for change, _ in CLAIM_ODDITIES]

    response = import_body(moderator, "\n".join(lines), content_type="application/x-ndjson")

    refused = refusals(response)
    for line, (change, reason) in enumerate(CLAIM_ODDITIES, start=1):
        assert reason in refused.get(line, "(imported)"), (line, change, refused.get(line))
    assert state() == before


def test_every_wrong_type_in_a_json_file_is_refused_with_its_line(moderator, exported):
    data = exported("json")
    good = data["claims"][0]
    data["claims"] = [{**good, **change} for change, _ in CLAIM_ODDITIES] + [good]
    text = json.dumps(data, indent=1)
    before = state()

    response = import_body(moderator, text)

    refused = refusals(response)
    lines = sorted(refused)
    assert len(lines) == len(CLAIM_ODDITIES) and len(set(lines)) == len(lines) and lines[0] > 1
    for line, (_, reason) in zip(lines, CLAIM_ODDITIES, strict=True):
        assert reason in refused[line]
    assert response.json()["counts"]["imported"] == 1
    assert state()[1:] == before[1:]


W3C_ODDITIES = [
    ({"target": [["x"]]}, "target: not an object or an address"),
    ({"target": 5}, "target: not an object or an address"),
    (
        {"target": {"source": ["x"], "selector": {"type": "TextQuoteSelector", "exact": "S-400s"}}},
        "target.source",
    ),
    ({"target": {"selector": "TextQuoteSelector"}}, "target.selector: each selector is an object"),
    ({"target": {"selector": {"type": "TextQuoteSelector", "exact": ["S-400s"]}}}, "quote: not text"),
    ({"target": {"selector": [{"type": "TextPositionSelector", "start": "1"}]}}, "no TextQuoteSelector"),
    ({"body": [1, 2]}, "body: each body is an object or an address"),
    ({"body": "https://example.org/tag"}, "no wb:Assessment body"),
    ({"creator": ["rita"]}, "creator: not a person's name"),
    ({"creator": {"nickname": 7}}, "creator: not a person's name"),
    ({"id": 12}, "id: not an address"),
]
ASSESSMENT_ODDITIES = [
    ({"wb:chain": "Press TV"}, "no attribution chain"),
    ({"wb:confidence": [2]}, "confidence: not an object"),
    ({"wb:document": {"id": [1]}}, "document.id: not an id"),
    ({"wb:document": {"content_hash": ["a"]}}, "document.content_hash: not text"),
    ({"wb:status": {}}, "status: not text"),
    ({"wb:gold": "no"}, "gold: use true or false"),
    ({"wb:version": 1.5}, "version: not a whole number"),
    ({"wb:adjudicatedFrom": [1]}, "adjudicated_from: not an id"),
]


def test_every_malformed_w3c_annotation_is_refused_with_its_line_and_reason(moderator, exported):
    page = exported("w3c")
    good = page["first"]["items"][0]
    annotations = [{**good, **change} for change, _ in W3C_ODDITIES]
    for change, _ in ASSESSMENT_ODDITIES:
        bodies = [{**body, **change} if body["type"] == "wb:Assessment" else body for body in good["body"]]
        annotations.append({**good, "body": bodies})
    text = json.dumps(annotations, indent=1)
    before = state()

    response = import_body(moderator, text, content_type="application/ld+json")

    refused = refusals(response)
    lines = sorted(refused)
    assert len(lines) == len(annotations) and lines[0] > 1
    for line, (_, reason) in zip(lines, W3C_ODDITIES + ASSESSMENT_ODDITIES, strict=True):
        assert reason in refused[line], (line, refused[line])
    assert state() == before


DOCUMENT_ODDITIES = [
    ({"id": [1]}, "id: not an id"),
    ({"text": 5}, "text: not text"),
    ({"text": None}, "needs its `text`"),
    ({"text": "Ankara\x00 will keep its S-400s."}, "text: contains a NUL character"),
    ({"publisher": "Gazette"}, "publisher: not an object"),
    ({"publisher": {"name": ["Gazette"], "kind": "outlet"}}, "publisher.name: not text"),
    ({"publisher": {"name": "Gazette", "kind": {}}}, "publisher.kind: not text"),
    ({"publisher": {"name": "Gazette", "kind": "rumour"}}, "“rumour” is not a source kind"),
    ({"published_on": 20251107}, "published_on: not text"),
    ({"published_on": "yesterday"}, "“yesterday” is not a date"),
    ({"title": {"en": "x"}}, "title: not text"),
    ({"title": "x" * 600}, "title: Ensure this value has at most 500 characters"),
    ({"url": "not an address"}, "url: Enter a valid URL"),
    ({"content_hash": ["a"]}, "content_hash: not text"),
    ({"content_hash": "0" * 64}, "does not match its content_hash"),
]


def test_every_malformed_document_is_refused_with_its_line_and_its_claims_with_it(moderator, exported):
    data = exported("json")
    good_claim, good_document = data["claims"][0], data["documents"][0]
    Document.objects.all().delete()
    data["documents"], data["claims"] = [], []
    for number, (change, _) in enumerate(DOCUMENT_ODDITIES):
        text = f"Gazette number {number}: Ankara will keep its S-400s."
        document = {
            **good_document,
            "id": 100 + number,
            "title": f"Gazette {number}",
            "text": text,
            "content_hash": services.content_hash(text),
            "publisher": {"name": "Gazette", "kind": "outlet", "reliability_grade": "C"},
        }
        data["documents"].append({**document, **change})
        data["claims"].append({**good_claim, "document": {"id": 100 + number}, "start": None, "end": None})
    text = json.dumps(data, indent=1)
    before = state()

    response = import_body(moderator, text)

    report = response.json()
    assert response.status_code == 200 and report["documents"]["refused"] == len(DOCUMENT_ODDITIES)
    for problem, (_, reason) in zip(report["document_problems"], DOCUMENT_ODDITIES, strict=True):
        assert problem.startswith("Line ") and reason in problem, problem
    assert report["counts"]["refused"] == len(DOCUMENT_ODDITIES)
    assert all("No document here matches" in " ".join(item["messages"]) for item in report["items"])
    assert state() == before


# --- a refused item leaves nothing behind ----------------------------------------------------


def new_document(data: dict, text: str = "Gazette: Ankara will keep its S-400s, officials say.") -> dict:
    """`data` (a json export) carrying one more document, new here, with a new publisher."""
    document = {
        "id": 900,
        "title": "Gazette article",
        "publisher": {"name": "The Gazette", "kind": "outlet", "reliability_grade": "C"},
        "url": "https://gazette.example/s400",
        "published_on": "2025-11-07",
        "dateline": "",
        "text": text,
        "content_hash": services.content_hash(text),
    }
    data["documents"] = [document]
    return document


def claim_on(good: dict, document: dict, **changes) -> dict:
    start = document["text"].index("S-400s")
    reference = {"id": document["id"], "title": document["title"], "url": "", "content_hash": ""}
    return {**good, "document": reference, "start": start, "end": start + 6, **changes}


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"confidence": {"credibility": 9}}, "credibility: "),  # refused by the claim's own rules
        ({"confidence": {"credibility": [9]}}, "confidence.credibility: not a whole number"),
        ({"chain": [{"source_name": "The Gazette", "cue": "whispered"}]}, "not a known cue"),
        ({"quote": "words nobody wrote", "start": None}, "is not in “Gazette article”"),
    ],
)
def test_a_new_document_with_a_refused_claim_writes_nothing(moderator, exported, changes, reason):
    data = exported("json")
    document = new_document(data)
    bad = claim_on(data["claims"][0], document, reviewer="zed", **changes)
    bad["chain"] = bad["chain"] + [{"source_name": "New Wire", "source_kind": "news_agency", "cue": "citing"}]
    data["claims"] = [bad]
    before = state()

    response = import_body(moderator, json.dumps(data, indent=1))

    assert reason in refusals(response)[_line_of(data, 0)]
    report = response.json()
    assert report["documents"] == {"created": 0, "existing": 0, "refused": 0, "unused": 1}
    assert report["reviewers_created"] == []
    assert state() == before  # no document, no publisher, no "New Wire", no account for "zed"


def test_a_new_document_is_written_once_with_the_first_claim_kept_on_it(moderator, exported):
    data = exported("json")
    document = new_document(data)
    good = data["claims"][0]
    data["claims"] = [
        claim_on(good, document, confidence={"credibility": 9}),
        claim_on(good, document, reviewer="zed"),
        claim_on(good, document, note="a second look"),
    ]

    report = import_body(moderator, json.dumps(data, indent=1)).json()

    assert [item["outcome"] for item in report["items"]] == ["refused", "imported", "imported"]
    assert report["documents"] == {"created": 1, "existing": 0, "refused": 0, "unused": 0}
    gazette = Document.objects.get(title="Gazette article")
    assert gazette.publisher.name == "The Gazette" and gazette.publisher.reliability_grade == "C"
    assert gazette.claims.count() == 2 and report["reviewers_created"] == ["zed"]


def test_all_or_nothing_names_the_refused_line_and_writes_no_document(moderator, exported):
    data = exported("json")
    document = new_document(data)
    data["claims"] = [claim_on(data["claims"][0], document), claim_on(data["claims"][0], document, gold="no")]
    before = state()

    response = import_body(moderator, json.dumps(data, indent=1), atomic="file")

    assert response.status_code == 400
    assert response.json()["errors"]["file"] == [f"Line {_line_of(data, 1)}: gold: use true or false."]
    assert state() == before


def _line_of(data: dict, claim: int) -> int:
    """The line claim number `claim` starts on in json.dumps(data, indent=1)."""
    marker = dict(data, claims=[*data["claims"][:claim], "__HERE__", *data["claims"][claim + 1 :]])
    text = json.dumps(marker, indent=1)
    return text[: text.index('"__HERE__"')].count("\n") + 1


# --- the command line ------------------------------------------------------------------------


def test_the_command_refuses_a_file_python_cannot_read_without_a_traceback(moderator, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"header": {},\n "claims": [' + nested(DEEP) + "]}")

    with pytest.raises(
        CommandError, match=r"deep.json: Line 2, column \d+: nested more than 100 levels deep"
    ):
        call_command("import_claims", str(path), "--no-progress", stdout=io.StringIO(), stderr=io.StringIO())


def test_the_command_names_each_hostile_line(moderator, exported, tmp_path):
    good = exported("jsonl")
    path = tmp_path / "claims.jsonl"
    lines = [
        json.dumps(good),
        f'{{"quote": {nested(DEEP)}}}',
        HUGE,
        json.dumps({**good, "document": {"id": [1]}}),
    ]
    path.write_text("\n".join(lines))
    err = io.StringIO()

    with pytest.raises(CommandError, match="3 problems"):
        call_command("import_claims", str(path), "--no-progress", stdout=io.StringIO(), stderr=err)

    assert "claims.jsonl:2: refused: Nested more than 100 levels deep" in err.getvalue()
    assert "claims.jsonl:3: refused: A number of more than 4300 digits" in err.getvalue()
    assert "claims.jsonl:4: refused: document.id: not an id" in err.getvalue()
    assert Claim.objects.count() == 1


def test_the_command_writes_no_document_for_a_refused_claim(moderator, exported, tmp_path):
    data = exported("json")
    document = new_document(data)
    data["claims"] = [claim_on(data["claims"][0], document, reviewer="zed", confidence={"credibility": 9})]
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(data, indent=1))
    before = state()
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError, match="1 problems"):
        call_command("import_claims", str(path), "--no-progress", stdout=out, stderr=err)

    assert f"backup.json:{_line_of(data, 0)}: refused: credibility: " in err.getvalue()
    assert "documents: 0 created, 0 already here, 0 refused, 1 not written" in out.getvalue()
    assert state() == before


SURROGATE = "\ud800"  # legal in JSON text as an escape, not text Python can encode or PostgreSQL store


@pytest.mark.parametrize(
    "change",
    [
        {"note": SURROGATE},
        {"quote": SURROGATE},
        {"reviewer": f"rita{SURROGATE}"},
        {"status": SURROGATE},
        {"id": SURROGATE},
        {"chain": [{"source_name": f"Press{SURROGATE}", "cue": "published"}]},
        {"confidence": {"credibility": 2, "likelihood": SURROGATE}},
    ],
)
def test_a_lone_surrogate_anywhere_is_refused_with_its_line_and_the_good_items_kept(
    moderator, exported, change
):
    good = exported("jsonl")
    lines = [json.dumps({**good, **change}), json.dumps(good)]  # json.dumps writes \ud800 as an escape
    response = import_body(moderator, "\n".join(lines), content_type="application/x-ndjson")
    refused = refusals(response)
    assert "lone surrogate" in refused[1]
    assert 2 not in refused
