"""The reader's text with its highlights, as HTML built in one pass.

A document with a thousand claims has thousands of highlight segments: built here with
string joins rather than a template loop (which costs ~100x more per segment), and each
segment carries only its offset and classes. What a claim says (chain, credibility, note)
lives in its card, which the page renders in pages of cards or on demand.
"""

from html import escape

from django.utils.safestring import SafeString, mark_safe

from ..domain.highlighting import paragraphs
from ..selectors import ClaimMark

PALETTE_SIZE = 6  # reviewer colours besides the viewer's own (workbench.css: .c1 ... .c6)


def reviewer_colours(marks: list[ClaimMark]) -> dict[str, int]:
    """Colours follow the order in which reviewers first annotated the document, so a newcomer
    gets a new colour without changing anyone else's."""
    first_claim: dict[str, int] = {}
    for mark in marks:
        if not mark.mine:
            first_claim[mark.author] = min(first_claim.get(mark.author, mark.pk), mark.pk)
    order = sorted(first_claim, key=first_claim.__getitem__)
    return {name: index % PALETTE_SIZE + 1 for index, name in enumerate(order)}


def text_html(text: str, marks: list[ClaimMark], colours: dict[str, int]) -> SafeString:
    """One line per paragraph, no whitespace inside <p>: the browser maps a selection back to
    offsets of the stored text (each <p> says where it starts, each <mark> where it starts)."""
    parts: list[str] = []
    for paragraph in paragraphs(text, marks):
        parts.append(f'<p data-start="{paragraph.start}">')
        for segment in paragraph.segments:
            words = escape(segment.text, quote=False)
            if segment.top is None:
                parts.append(words)
                continue
            top = marks[segment.top]
            colour = 0 if segment.mine else colours.get(top.author, 1)
            classes = f"claim c{colour} st-{top.status}" + (" overlap" if segment.depth > 1 else "")
            parts.append(f'<mark class="{classes}" data-o="{segment.start}">{words}</mark>')
        parts.append("</p>\n")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped


def claim_spans(marks: list[ClaimMark]) -> str:
    """The claims as "id:start:end", space-separated: the browser finds the claims under a highlight."""
    return " ".join(f"{mark.pk}:{mark.start}:{mark.end}" for mark in marks)
