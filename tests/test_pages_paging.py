"""Paging a filtered list keeps every filter: one pagination partial, built with `{% querystring %}`."""

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from annotations import services
from annotations.pages.reader import DOCUMENTS_PER_PAGE
from annotations.pages.sources import SOURCES_PER_PAGE

from .factories import DocumentFactory
from .helpers import HTMX

pytestmark = pytest.mark.django_db

SOURCE_FILTERS = {"q": "Agency", "kind": "news_agency", "grade": "B", "country": "TR"}


def link(page: str, rel: str) -> dict[str, list[str]]:
    """The query of the page's previous or next link (`rel`), as parse_qs reads it."""
    found = re.search(rf'<a href="([^"]*)" rel="{rel}">', page)
    assert found, f"no {rel} link"
    address = urlsplit(html.unescape(found.group(1)))
    assert address.path == "" and address.query, address  # same page, other parameters
    return parse_qs(address.query, keep_blank_values=True)


def source_names(page: str) -> set[str]:
    return set(re.findall(r'<th scope="row"><a href="/sources/\d+/">([^<]+)</a>', page))


def add_source(moderator, name: str, kind: str = "news_agency", grade: str = "B", country: str = "TR"):
    services.source_create(actor=moderator, name=name, kind=kind, reliability_grade=grade, country=country)


def test_paging_the_source_list_keeps_every_filter(client, moderator):
    matching = SOURCES_PER_PAGE + 5
    for number in range(matching):
        add_source(moderator, f"Agency {number:02}")
    # One source for each filter, let through should that filter alone be lost.
    add_source(moderator, "Agency outlet", kind="outlet")
    add_source(moderator, "Agency graded C", grade="C")
    add_source(moderator, "Agency in France", country="FR")
    add_source(moderator, "Bureau")
    client.force_login(moderator)
    url = reverse("annotations:source-list")

    first = client.get(url, SOURCE_FILTERS).content.decode()
    assert f"Page 1 of 2 ({matching} sources)" in first
    query = link(first, "next")
    assert query == {name: [value] for name, value in SOURCE_FILTERS.items()} | {"page": ["2"]}

    second = client.get(url, query).content.decode()
    assert source_names(second) == {f"Agency {number:02}" for number in range(SOURCES_PER_PAGE, matching)}
    assert link(second, "prev") == {name: [value] for name, value in SOURCE_FILTERS.items()} | {"page": ["1"]}

    # The table htmx swaps in after a filter changes carries the same links.
    fragment = client.get(url, SOURCE_FILTERS, **HTMX).content.decode()
    assert "<html" not in fragment and link(fragment, "next") == query


def test_paging_the_document_list_keeps_the_search(client, reviewer):
    DocumentFactory.create_batch(DOCUMENTS_PER_PAGE + 3, title="Zeppelin story")
    DocumentFactory.create_batch(3, title="Eurofighter story")
    client.force_login(reviewer)
    url = reverse("annotations:document-list")

    first = client.get(url, {"q": "Zeppelin"}).content.decode()
    assert link(first, "next") == {"q": ["Zeppelin"], "page": ["2"]}
    second = client.get(url, {"q": "Zeppelin", "page": "2"}).content.decode()
    assert second.count("Zeppelin story") == 3 and "Eurofighter" not in second
    fragment = client.get(url, {"q": "Zeppelin"}, **HTMX).content.decode()
    assert "<html" not in fragment and link(fragment, "next") == {"q": ["Zeppelin"], "page": ["2"]}


def test_the_pagination_partial_keeps_parameters_it_does_not_know():
    # Any list that includes it: repeated values (the agreement form's documents), empty ones,
    # a view switch like the source page's `as=origin`; only `page` changes.
    request = RequestFactory().get(
        "/sources/1/", {"as": "origin", "document": ["1", "2"], "q": "", "page": "2"}
    )
    page = Paginator(range(30), 10).get_page(2)
    rendered = render_to_string(
        "partials/pagination.html", {"page": page, "noun": "citations"}, request=request
    )
    assert "Page 2 of 3 (30 citations)" in rendered
    expected = {"as": ["origin"], "document": ["1", "2"], "q": [""]}
    assert link(rendered, "prev") == expected | {"page": ["1"]}
    assert link(rendered, "next") == expected | {"page": ["3"]}


def test_a_single_page_shows_no_pagination(client, reviewer):
    DocumentFactory(title="Alone")
    client.force_login(reviewer)
    page = client.get(reverse("annotations:document-list")).content.decode()
    assert "Alone" in page and 'class="pagination"' not in page
