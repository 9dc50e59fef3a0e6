"""Highlight segments from one sweep agree with counting every claim over every segment."""

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from annotations.domain.highlighting import paragraphs

from .factories import ClaimFactory, DocumentFactory
from .helpers import page_client


@dataclass
class Span:
    start: int
    end: int
    mine: bool


texts = st.text(alphabet="ab \n", min_size=1, max_size=40)


@st.composite
def text_and_spans(draw):
    text = draw(texts)
    spans = []
    for _ in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        spans.append(Span(start, end, draw(st.booleans())))
    spans.sort(key=lambda span: (span.start, span.end))
    return text, spans


@given(text_and_spans())
def test_each_segment_knows_its_claims_as_a_brute_force_count_does(case):
    text, spans = case
    result = paragraphs(text, spans)
    assert "\n".join("".join(s.text for s in p.segments) for p in result) == text  # nothing lost
    assert [p.start for p in result] == [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    for paragraph in result:
        for segment in paragraph.segments:
            end = segment.start + len(segment.text)
            covering = [i for i, s in enumerate(spans) if s.start < end and s.end > segment.start]
            assert segment.depth == len(covering)
            assert segment.top == (covering[0] if covering else None)
            assert segment.mine == any(spans[i].mine for i in covering)
            # A segment is never cut through by a claim boundary.
            assert all(not segment.start < b < end for s in spans for b in (s.start, s.end))


def test_a_claim_across_paragraphs_says_so_on_its_card(reviewer):
    document = DocumentFactory(text="First paragraph here.\nSecond one follows.")
    ClaimFactory(document=document, author=reviewer, start=6, length=25)
    page = page_client(reviewer).get(document.get_absolute_url()).content.decode()
    assert "Spans 2 paragraphs" in page
    assert page.count('data-o="') == 2  # one highlight in each paragraph
