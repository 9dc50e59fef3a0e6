"""Property-based tests (hypothesis): anchoring and chain validation hold for any input."""

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from annotations import services
from annotations.domain.anchoring import AnchorError, anchor_span, reanchor
from annotations.domain.graphemes import is_boundary
from annotations.models import AttributionHop, Claim
from annotations.scales import Cue, SourceKind
from annotations.services import HopSpec

from .helpers import page_client

# Any Unicode text, including characters outside the BMP that would shift UTF-16 offsets.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)


@given(text=TEXT, data=st.data())
def test_any_span_with_content_anchors_to_exactly_its_text(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assume(text[start:end].strip() and is_boundary(text, start) and is_boundary(text, end))
    anchor = anchor_span(text, start, end)
    assert (anchor.quote, anchor.start, anchor.end) == (text[start:end], start, end)
    assert text.endswith(anchor.prefix + anchor.quote + anchor.suffix, 0, end + len(anchor.suffix))
    assert anchor_span(text, start, end, quote=anchor.quote) == anchor


@given(text=TEXT, start=st.integers(-50, 400), end=st.integers(-50, 400), quote=st.none() | TEXT)
def test_bad_spans_raise_anchor_errors_and_nothing_else(text, start, end, quote):
    try:
        anchor = anchor_span(text, start, end, quote=quote)
    except AnchorError as error:
        assert str(error)  # a message people can read
    else:
        assert 0 <= anchor.start < anchor.end <= len(text) and anchor.quote == text[start:end]
        # Never half a character: the span and its context start and end between clusters.
        edges = (start - len(anchor.prefix), start, end, end + len(anchor.suffix))
        assert all(is_boundary(text, edge) for edge in edges)


@given(
    text=TEXT,
    data=st.data(),
    inserted=st.text(max_size=40),
    removed=st.integers(0, 30),
)
def test_a_quote_is_found_again_after_text_changes_before_it(text, data, inserted, removed):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assume(text[start:end].strip() and is_boundary(text, start) and is_boundary(text, end))
    anchor = anchor_span(text, start, end)
    cut = min(removed, start)
    changed = inserted + text[cut:]  # characters gained and lost before the span
    shift = len(inserted) - cut
    found = reanchor(
        changed, quote=anchor.quote, prefix=anchor.prefix, suffix=anchor.suffix, hint=start + shift
    )
    assert found is not None and found.quote == anchor.quote
    if changed.count(anchor.quote) == 1:
        assert found.start == start + shift


HOP = st.fixed_dictionaries(
    {
        "name": st.text(min_size=0, max_size=30),
        "kind": st.sampled_from([*SourceKind.values, "", "rumour"]),
        "cue": st.sampled_from([*Cue.values, "", "whispered"]),
        "cue_text": st.text(max_size=20),
    }
)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hops=st.lists(HOP, min_size=0, max_size=14), credibility=st.integers(-2, 9))
def test_any_chain_is_saved_whole_or_refused_with_a_message(reviewer, document, hops, credibility):
    before = (Claim.objects.count(), AttributionHop.objects.count())
    chain = [
        HopSpec(cue=h["cue"], source_name=h["name"], source_kind=h["kind"], cue_text=h["cue_text"])
        for h in hops
    ]
    try:
        claim = services.claim_create(
            document=document,
            author=reviewer,
            start=0,
            end=6,
            quote=None,
            chain=chain,
            credibility=credibility,
        )
    except ValidationError as error:
        assert error.messages and all(isinstance(m, str) and m for m in error.messages)
        assert (Claim.objects.count(), AttributionHop.objects.count()) == before  # nothing half-written
    else:
        assert claim.hops.count() == len(hops) >= 1 and 1 <= claim.credibility <= 6
        assert [hop.cue for hop in claim.chain] == [h["cue"] for h in hops]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/?q=%00", "/sources/?q=a%00b", "/api/v1/sources/?q=%00", "/api/v1/claims/?reviewer=%00"]
)
def test_a_nul_character_in_a_query_is_a_400_not_a_crash(reviewer, url):
    response = page_client(reviewer).get(url)
    assert response.status_code == 400
    if url.startswith("/api/"):
        assert "NUL" in str(response.json()["errors"])
