"""The document list's search: "s400", "S 400" and "S-400" all find the seed article (PostgreSQL:
full text, unaccent, trigrams, punctuation squeezed out); SQLite, the quick start, uses icontains."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from annotations.models import Document
from annotations.selectors import documents_for_list

from .factories import DocumentFactory, UserFactory
from .helpers import HTMX, page_client

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL search")


@pytest.fixture
def seed(db):
    call_command("load_seeds", verbosity=0)
    DocumentFactory(title="Weather in Ankara", text="Rain all week, said the forecasters.")
    return Document.objects.get(title__startswith="Turkey")


def titles(viewer, search: str) -> list[str]:
    return [document.title for document in documents_for_list(viewer=viewer, search=search)]


@postgres_only
@pytest.mark.parametrize("search", ["s400", "S 400", "S-400", "s-400 systems", "Erdogan", "refuses jettison"])
def test_spellings_of_a_name_find_the_seed_article(seed, search):
    assert titles(UserFactory(), search) == [seed.title]


@postgres_only
def test_a_misspelt_title_word_still_finds_it_and_nonsense_finds_nothing(seed):
    viewer = UserFactory()
    assert titles(viewer, "jetison") == [seed.title]
    assert titles(viewer, "zqxw 999") == []


def test_the_search_box_answers_with_the_table(seed):
    client = page_client(UserFactory())
    page = client.get(reverse("annotations:document-list"), {"q": "S-400"}, **HTMX).content.decode()
    assert seed.title.replace("'", "&#x27;") in page and "Weather in Ankara" not in page
