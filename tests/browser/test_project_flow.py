"""A project from start to finish: a moderator sets it up, three reviewers work its queue in
three browser sessions, the moderator adjudicates, and agreement is shown for the project."""

import re

import pytest

from annotations.models import Claim, Project

from ..factories import DocumentFactory, ModeratorFactory, UserFactory
from .conftest import log_in
from .test_two_reviewers import annotate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WORDS = "Turkey will not abandon its S-400 systems"
REVIEWERS = ("ana", "ben", "cy")


def take_next(page, project_url: str) -> bool:
    """Next article on the project page: True if an article opened, False if nothing is left."""
    page.goto(project_url)
    page.locator("#next-article").click()
    page.wait_for_load_state()
    if "/documents/" not in page.url:
        assert "Nothing left for you in this project" in page.content()
        return False
    page.wait_for_selector("#doc-text")
    return True


def test_a_team_works_a_project_from_queue_to_adjudication_and_agreement(new_page):
    ModeratorFactory(username="mona", projects=[])
    for name in REVIEWERS:
        UserFactory(username=name, projects=[])
    articles = [DocumentFactory(title=f"Batch article {n}", projects=[]) for n in range(3)]

    moderator = new_page()
    log_in(moderator, "mona")
    moderator.goto("/projects/new/")
    moderator.get_by_label("Name").fill("Friday batch")
    moderator.get_by_label("Reviews needed per article").fill("2")
    moderator.get_by_role("radio", name=re.compile("Independent")).check()
    for name in REVIEWERS:
        moderator.locator("fieldset", has_text="Reviewers").get_by_label(name, exact=True).check()
    moderator.get_by_role("button", name="Create project").click()
    moderator.get_by_text("Project “Friday batch” created.").wait_for()
    moderator.get_by_label("Or these article ids").fill(" ".join(str(a.pk) for a in articles))
    moderator.get_by_role("button", name="Add to the project").click()
    moderator.get_by_text("3 article(s) added.").wait_for()
    assert "0 of 6 reviews done" in moderator.locator("#progress-figures").inner_text()
    project_url = Project.objects.get(name="Friday batch").get_absolute_url()

    pages = {}
    for name in REVIEWERS:
        pages[name] = new_page()
        log_in(pages[name], name)

    # Reviewers take turns until the queue has nothing left for any of them.
    checked_independence = False
    active = list(REVIEWERS)
    while active:
        for name in list(active):
            page = pages[name]
            if not take_next(page, project_url):
                active.remove(name)
                continue
            document_id = int(re.search(r"/documents/(\d+)/", page.url).group(1))
            hidden = (
                []
                if checked_independence
                else list(Claim.objects.filter(document_id=document_id).exclude(author__username=name))
            )
            if hidden:
                # Independent mode: another reviewer's claims stay hidden until this one marks done.
                page.goto(f"/documents/{document_id}/?others=1")
                assert all(page.locator(f"#card-{claim.pk}").count() == 0 for claim in hidden)
            annotate(page, WORDS, [], "2 — Probably true")
            page.get_by_role("button", name="Mark done").click()
            page.locator(".messages").get_by_text("marked done").wait_for()
            if hidden:
                page.goto(f"/documents/{document_id}/?others=1")
                for claim in hidden:
                    page.locator(f"#card-{claim.pk}").wait_for()
                checked_independence = True
    assert checked_independence

    moderator.goto(project_url)
    assert "6 of 6 reviews done" in moderator.locator("#progress-figures").inner_text()
    grid = moderator.locator("#progress-grid")
    for article in articles:
        row = grid.locator(f"#entry-{article.pk}")
        assert "ready to adjudicate" in row.locator(".status").inner_text()
        assert row.locator("td.cell.done").count() == 2

    grid.locator(f"#entry-{articles[0].pk}").get_by_role("link", name="adjudicate").click()
    moderator.get_by_role("button", name=re.compile("^Accept .* as gold")).first.click()
    moderator.get_by_text("version is now the gold claim").wait_for()
    moderator.goto(project_url)
    assert "1 adjudicated" in moderator.locator("#progress-figures").inner_text()
    assert grid.locator(f"#entry-{articles[0].pk}").locator("td.cell.adjudicated").count() == 2

    moderator.get_by_role("link", name="Agreement in this project").click()
    moderator.locator("#pair-table").wait_for()
    assert "Friday batch" in moderator.locator("#figures").inner_text()
    assert moderator.locator("#overall-alpha").inner_text()
