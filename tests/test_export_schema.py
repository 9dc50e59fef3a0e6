"""The export's own JSON Schema, checked with formats on, plus the rules it states in words.

Without a format checker JSON Schema reads `format` as a note: a created_at of "yesterday"
would pass. The cross-field rules (start < end, the quote's length) cannot be said in JSON
Schema; the schema states them in its claim description and these tests check them on real
output, so a regression in the export itself fails here.
"""

import copy
import json

import jsonschema
import pytest

from annotations.models import ClaimStatus
from annotations.scales import SourceKind

from .factories import ClaimFactory, DocumentFactory, SourceFactory
from .helpers import EVERY_STATUS, claim_rule_problems, export, validate_export

pytestmark = pytest.mark.django_db


@pytest.fixture
def real_export(reviewer):
    """An export with documents, of claims on text with characters outside the BMP and marks."""
    officials = SourceFactory(name="officials", kind=SourceKind.UNNAMED)
    document = DocumentFactory(
        text="Ankara 🇹🇷 said the S-400 stays. "
        "Cafe\u0301 owners 👨\u200d👩\u200d👧 agreed, Bloomberg reports.",
        published_on="2025-11-07",
    )
    text = document.text
    ClaimFactory(document=document, author=reviewer, words="🇹🇷 said the S-400 stays")
    ClaimFactory(
        document=document,
        author=reviewer,
        words="Cafe\u0301 owners 👨\u200d👩\u200d👧 agreed",
        status=ClaimStatus.APPROVED,
        chain=[document.publisher, officials],
    )
    assert len(text) < len(text.encode("utf-16-le")) // 2  # offsets in code points differ from UTF-16's
    _, body = export(reviewer, format="json", with_documents="true", status=EVERY_STATUS)
    return json.loads(body)


def test_a_real_export_passes_the_schema_with_formats_and_the_cross_field_rules(real_export):
    validate_export(real_export)
    assert len(real_export["claims"]) == 2 and len(real_export["documents"]) == 1
    text = real_export["documents"][0]["text"]
    for claim in real_export["claims"]:
        assert claim_rule_problems(claim) == []
        assert text[claim["start"] : claim["end"]] == claim["quote"]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("claims", 0, "created_at"), "yesterday"),
        (("claims", 0, "updated_at"), "2026-13-45T99:00:00Z"),
        (("header", "exported_at"), "now"),
        (("documents", 0, "published_on"), "7 November 2025"),
    ],
)
def test_a_bad_date_fails_the_format_check(real_export, path, value):
    data = copy.deepcopy(real_export)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError, match="is not a"):
        validate_export(data)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda c: c.update(start=c["end"] + 1), id="start-after-end"),
        pytest.param(lambda c: c.update(start=c["end"]), id="empty-span"),
        pytest.param(lambda c: c.update(quote=c["quote"] + "!"), id="quote-longer-than-its-span"),
        pytest.param(lambda c: c.update(end=c["end"] - 1), id="span-shorter-than-its-quote"),
    ],
)
def test_a_claim_that_breaks_a_cross_field_rule_fails(real_export, change):
    data = copy.deepcopy(real_export)
    change(data["claims"][1])
    with pytest.raises(jsonschema.ValidationError):
        validate_export(data)
