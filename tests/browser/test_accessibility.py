"""axe-core finds no violations on the reviewers' pages, on a desktop (1366 px) and a phone (390 px)."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse

from annotations.models import ClaimStatus

from ..factories import ClaimFactory, DocumentFactory, ModeratorFactory, UserFactory
from .conftest import highlight, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Axe()


def violations(page) -> list[str]:
    """Each violation as "rule: the elements it found", to read in the failure."""
    results = AXE.run(page)
    return [
        f"{violation['id']}: {[node['target'] for node in violation['nodes']]}"
        for violation in results.response["violations"]
    ]


@pytest.mark.parametrize("phone", [False, True], ids=["1366px", "390px-touch"])
def test_no_axe_violations_on_the_reviewers_pages(new_page, phone):
    reviewer = UserFactory(username="rita")
    ModeratorFactory(username="mona")
    document = DocumentFactory(title="S-400 article")
    mine = ClaimFactory(document=document, author=reviewer, length=12, note="Only one source.")
    ClaimFactory(document=document, author=reviewer, start=20, length=8, status=ClaimStatus.APPROVED)
    theirs = UserFactory(username="omar")  # others' colours, overlapping mine
    ClaimFactory(document=document, author=theirs, start=6, length=20, status=ClaimStatus.SUBMITTED)
    page = new_page(phone=phone, width=1366)

    page.goto(reverse("login"))
    found = {"login": violations(page)}
    log_in(page, "rita")
    found["document list"] = violations(page)
    for name in ("source-list", "agreement", "activity", "profile", "add-articles"):
        page.goto(reverse(f"annotations:{name}"))
        found[name] = violations(page)
    page.locator("summary", has_text="Upload files").click()
    found["add articles, files open"] = violations(page)
    from annotations import services

    job = services.job_for_files(
        actor=reviewer,
        files=[
            ("a.txt", b"A title\nThe council said the bridge would reopen in May after repairs.", ""),
            ("b.bin", b"\x00\x01", ""),
        ],
        review=True,
    )
    page.goto(reverse("annotations:intake-job", args=[job.pk]))
    found["an import to check"] = violations(page)

    page.goto(document.get_absolute_url() + "?others=1")
    found["reader, idle"] = violations(page)
    page.get_by_role("button", name="Shortcuts (?)").click()
    found["reader, shortcuts"] = violations(page)
    page.keyboard.press("Escape")
    highlight(page, mine).click()
    page.locator(f"#card-{mine.pk}.is-active").wait_for()
    found["reader, a card open"] = violations(page)
    page.locator(f"#card-{mine.pk}").get_by_role("button", name="Edit").click()
    page.locator("#claim-form").wait_for()
    found["reader, the form open"] = violations(page)

    assert {page_name: problems for page_name, problems in found.items() if problems} == {}
