"""A project's guidelines: Markdown to HTML that is safe to put in a page."""

import markdown
import nh3


def guidelines_html(text: str) -> str:
    """Markdown rendered, with raw HTML shown as text (never passed through) and the result cleaned
    by nh3, so that a link to `javascript:` or an attribute with a script cannot reach the page."""
    renderer = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    # Raw HTML in the Markdown is escaped, not kept: the guidelines are Markdown only.
    renderer.preprocessors.deregister("html_block")
    renderer.inlinePatterns.deregister("html")
    return nh3.clean(renderer.convert(text), link_rel="noopener noreferrer nofollow")
