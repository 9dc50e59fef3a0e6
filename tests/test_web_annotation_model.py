"""The W3C export against the Web Annotation Data Model (W3C Recommendation, 23 February 2017).

One test per MUST of the model for annotations, bodies, targets, selectors, collections and
pages, each named for its section and quoting the sentence it checks; the checks read a real
export, made through the API and through `manage.py export_claims`. The W3C test suite's
`annotation-model` MUST schemas test the same assertions (e.g. 3.2-bodyObjectsRecognized).
"""

import json
import re
from datetime import datetime

import pytest
from django.core.management import call_command

from annotations.interchange import jsonld
from annotations.models import ClaimStatus
from annotations.scales import SourceKind

from .factories import ClaimFactory, DocumentFactory, SourceFactory
from .helpers import EVERY_STATUS, export

pytestmark = pytest.mark.django_db

ANNO = "http://www.w3.org/ns/anno.jsonld"
MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
    "identifying", "linking", "moderating", "questioning", "replying", "tagging",
}  # fmt: skip
SELECTOR_TYPES = {
    "FragmentSelector", "CssSelector", "XPathSelector", "TextQuoteSelector", "TextPositionSelector",
    "DataPositionSelector", "SvgSelector", "RangeSelector",
}  # fmt: skip
# RFC 3987 absolute IRI: a scheme, a colon, and no white space (what the test suite's `format: uri` checks).
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")


@pytest.fixture
def annotated(reviewer, other_reviewer):
    bloomberg = SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY)
    officials = SourceFactory(name="officials familiar with the matter", kind=SourceKind.UNNAMED)
    document = DocumentFactory(title="Turkey keeps its S-400s")
    ClaimFactory(document=document, author=reviewer, length=6, note="first claim")
    ClaimFactory(
        document=document,
        author=other_reviewer,
        start=7,
        length=4,
        credibility=4,
        likelihood="unlikely",
        status=ClaimStatus.APPROVED,
        chain=[document.publisher, bloomberg, officials],
    )
    return document


def command_export(path, *filters: str) -> str:
    call_command("export_claims", format="w3c", output=str(path), filter=list(filters), no_progress=True)
    return path.read_text()


@pytest.fixture(params=["api", "command"])
def collection(request, reviewer, annotated, settings, tmp_path):
    """The W3C export of the set, from the API and from the command line (no request there)."""
    if request.param == "api":
        return json.loads(export(reviewer, format="w3c", status=EVERY_STATUS)[1])
    settings.PUBLIC_BASE_URL = "https://workbench.test"
    return json.loads(command_export(tmp_path / "out.jsonld", *[f"status={s}" for s in EVERY_STATUS]))


def annotations_of(collection):
    return collection["first"]["items"]


def as_list(value):
    return value if isinstance(value, list) else [value]


def is_iri(value) -> bool:
    return isinstance(value, str) and bool(ABSOLUTE_IRI.match(value))


def is_datetime(value) -> bool:
    """xsd:dateTime with a time zone (3.3.1: 'SHOULD have a timezone specified'; we always do)."""
    return (
        isinstance(value, str)
        and bool(re.fullmatch(r"-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value))
        and datetime.fromisoformat(value) is not None
    )


def bodies(collection):
    return [body for annotation in annotations_of(collection) for body in as_list(annotation["body"])]


def selectors(collection):
    return [
        selector
        for annotation in annotations_of(collection)
        for target in as_list(annotation["target"])
        for selector in as_list(target.get("selector", []))
    ]


# --- 3.1 Annotations --------------------------------------------------------------------


def test_3_1_annotation_context_includes_the_anno_context(collection):
    # "The Annotation MUST have 1 or more @context values and http://www.w3.org/ns/anno.jsonld
    # MUST be one of them." Embedded in a collection, the annotations share its @context (5.1).
    assert ANNO in as_list(collection["@context"])
    for annotation in annotations_of(collection):
        assert "@context" not in annotation or ANNO in as_list(annotation["@context"])


def test_3_1_annotation_has_exactly_one_iri(collection):
    # "An Annotation MUST have exactly 1 IRI that identifies it."
    ids = [annotation["id"] for annotation in annotations_of(collection)]
    assert all(is_iri(identifier) for identifier in ids)
    assert len(set(ids)) == len(ids) == 2


def test_3_1_annotation_type_includes_annotation(collection):
    # "An Annotation MUST have 1 or more types, and the Annotation class MUST be one of them."
    for annotation in annotations_of(collection):
        assert "Annotation" in as_list(annotation["type"])


def test_3_1_annotation_has_one_or_more_targets(collection):
    # "An Annotation MUST have 1 or more Targets."
    for annotation in annotations_of(collection):
        targets = as_list(annotation["target"])
        assert targets and all(is_iri(t) or isinstance(t, dict) for t in targets)


# --- 3.2 Bodies and Targets -------------------------------------------------------------


def test_3_2_every_body_is_a_resource_the_model_recognises(collection):
    # 3.2: a body is an External Web Resource (an IRI, or an object with one), an Embedded
    # Textual Body (a `value`), a Specific Resource (a `source`) or a Choice/Set (`items`).
    # The W3C test suite's 3.2-bodyObjectsRecognized checks exactly this.
    for body in bodies(collection):
        recognised = (
            is_iri(body)
            or (isinstance(body, dict) and (is_iri(body.get("id")) or "value" in body or "source" in body))
            or (isinstance(body, dict) and isinstance(body.get("items"), list))
        )
        assert recognised, body


def test_3_2_1_external_resources_have_exactly_one_iri(collection):
    # 3.2.1: "The Body or Target MUST have exactly 1 IRI that identifies it" (External Web Resources).
    for body in bodies(collection):
        if isinstance(body, dict) and "value" not in body:
            assert is_iri(body["id"]) and not isinstance(body["id"], list)
    for annotation in annotations_of(collection):
        for target in as_list(annotation["target"]):
            assert is_iri(target) or is_iri(target["source"])


def test_3_2_4_textual_bodies_have_exactly_one_value(collection):
    # 3.2.4: "The Textual Body MUST have exactly 1 value property", a string.
    textual = [body for body in bodies(collection) if "TextualBody" in as_list(body.get("type", []))]
    assert len(textual) == 3  # a comment, and a classifying summary for each of the two claims
    for body in textual:
        assert isinstance(body["value"], str) and body["value"]
        assert "id" not in body or is_iri(body["id"])


def test_3_3_1_lifecycle_datetimes_are_xsd_datetimes(collection):
    # 3.3.1: created, modified, generated: "The datetime MUST be expressed in the xsd:dateTime
    # format", exactly 1 each.
    assert is_datetime(collection["generated"])
    for annotation in annotations_of(collection):
        assert is_datetime(annotation["created"]) and is_datetime(annotation["modified"])


def test_3_3_5_motivations_and_purposes_are_motivations(collection):
    # 3.3.5: motivation "MUST be one or more instances of the Motivation class"; a body's purpose
    # likewise ("Each purpose MUST be a Motivation").
    for annotation in annotations_of(collection):
        assert set(as_list(annotation["motivation"])) <= MOTIVATIONS
    for body in bodies(collection):
        if isinstance(body, dict) and "purpose" in body:
            assert set(as_list(body["purpose"])) <= MOTIVATIONS


# --- 4 Specific Resources and Selectors ---------------------------------------------------


def test_4_1_specific_resource_has_exactly_one_source(collection):
    # 4.1: "The Specific Resource MUST have exactly 1 source relationship" (an IRI).
    for annotation in annotations_of(collection):
        for target in as_list(annotation["target"]):
            assert isinstance(target, dict) and is_iri(target["source"])


def test_4_2_selectors_are_of_the_selector_classes(collection):
    # 4.2: each selector is an IRI or an object whose type is one of the Selector classes.
    found = selectors(collection)
    assert len(found) == 4
    for selector in found:
        assert is_iri(selector) or (
            len(as_list(selector["type"])) == 1 and selector["type"] in SELECTOR_TYPES
        )


def test_4_2_4_text_quote_selector(collection):
    # 4.2.4: "The Text Quote Selector MUST have exactly 1 type and the value MUST be
    # TextQuoteSelector"; "MUST have exactly 1 exact property"; prefix and suffix 0 or 1.
    quotes = [s for s in selectors(collection) if s["type"] == "TextQuoteSelector"]
    assert len(quotes) == 2
    for selector in quotes:
        assert isinstance(selector["exact"], str) and selector["exact"]
        for optional in ("prefix", "suffix"):
            assert isinstance(selector.get(optional, ""), str)


def test_4_2_5_text_position_selector(collection, annotated):
    # 4.2.5: "MUST have exactly 1 type and the value MUST be TextPositionSelector"; "exactly 1
    # start property, and the value MUST be a non-negative integer"; the same for end.
    for annotation in annotations_of(collection):
        selectors_here = as_list(annotation["target"]["selector"])
        position = next(s for s in selectors_here if s["type"] == "TextPositionSelector")
        quote = next(s for s in selectors_here if s["type"] == "TextQuoteSelector")
        for key in ("start", "end"):
            assert isinstance(position[key], int) and not isinstance(position[key], bool)
            assert position[key] >= 0
        # Both selectors select the same characters (code points) of the document's text.
        assert annotated.text[position["start"] : position["end"]] == quote["exact"]


# --- 5 Collections ------------------------------------------------------------------------


def test_5_1_collection_context_iri_and_type(collection):
    # 5.1: "The Collection MUST have 1 or more @context values and http://www.w3.org/ns/anno.jsonld
    # MUST be one of them"; "MUST have exactly 1 IRI that identifies it"; "MUST have 1 or more
    # types and the AnnotationCollection class MUST be one of them".
    assert ANNO in as_list(collection["@context"])
    assert is_iri(collection["id"])
    assert "AnnotationCollection" in as_list(collection["type"])


def test_5_1_collection_with_annotations_has_exactly_one_first_page(collection):
    # 5.1: "If there are any Annotations in the Collection, then it MUST have exactly 1 first" page.
    first = collection["first"]
    assert isinstance(first, dict) and not isinstance(first, list)


def test_5_1_empty_collection_has_no_first_page(reviewer, annotated):
    # A page MUST have items (5.2): a set with no claims is a collection with no page.
    collection = json.loads(export(reviewer, format="w3c", reviewer="nobody")[1])
    assert "first" not in collection and collection["total"] == 0
    assert is_iri(collection["id"]) and "AnnotationCollection" in as_list(collection["type"])


def test_5_2_page_iri_type_and_items(collection):
    # 5.2: "The Page MUST have an IRI that identifies it"; "MUST have 1 or more types and the
    # AnnotationPage class MUST be one of them"; "MUST have exactly 1 items property, an ordered
    # list of 1 or more Annotations"; a last page has no `next`.
    page = collection["first"]
    assert is_iri(page["id"]) and page["id"] != collection["id"]
    assert "AnnotationPage" in as_list(page["type"])
    assert isinstance(page["items"], list) and len(page["items"]) >= 1
    assert "next" not in page
    assert page.get("partOf", collection["id"]) == collection["id"]
    assert isinstance(page["startIndex"], int) and page["startIndex"] >= 0


def test_command_line_export_names_everything_under_public_base_url(annotated, settings, tmp_path):
    settings.PUBLIC_BASE_URL = "https://workbench.test"
    text = command_export(tmp_path / "out.jsonld", "status=approved")
    data = json.loads(text)
    assert data["id"].startswith("https://workbench.test/api/v1/export/?")
    assert data["first"]["items"][0]["id"].startswith("https://workbench.test/api/v1/claims/")
    assert jsonld.context_iri() in data["@context"]
    # No relative address anywhere: every "id" and "source" is absolute.
    for key, value in re.findall(r'"(id|source)":"([^"]*)"', text):
        assert is_iri(value), (key, value)
