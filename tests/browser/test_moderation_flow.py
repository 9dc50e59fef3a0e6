"""A moderator decides in the admin; the reviewer sees why, edits and resubmits; history shows it all."""

import pytest

from annotations.models import Claim, ClaimStatus

from ..factories import PASSWORD, ClaimFactory, DocumentFactory, ModeratorFactory, SourceFactory, UserFactory
from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_moderator_approves_in_bulk_rejects_one_and_the_reviewer_resubmits(new_page):
    reviewer = UserFactory(username="rita")
    ModeratorFactory(username="mona")
    document = DocumentFactory(title="S-400 article")
    bloomberg = SourceFactory(name="Bloomberg")
    first, second, weak = (
        ClaimFactory(
            document=document,
            author=reviewer,
            start=start,
            length=6,
            status=ClaimStatus.SUBMITTED,
            chain=[document.publisher, bloomberg],
        )
        for start in (0, 20, 40)
    )
    ClaimFactory(document=document, author=reviewer, start=60, length=5)  # a draft: not in the queue

    admin = new_page()
    admin.goto("/admin/login/")
    admin.get_by_label("Username:").fill("mona")
    admin.get_by_label("Password:").fill(PASSWORD)
    admin.get_by_role("button", name="Log in").click()
    admin.goto("/admin/annotations/claim/")
    admin.get_by_role("link", name="Submitted").click()
    admin.get_by_text("3 results").wait_for()
    rows = admin.locator("#result_list tbody tr")
    assert rows.count() == 3
    assert "Press TV > Bloomberg" in rows.first.inner_text()

    for claim in (first, second):
        admin.locator(f'input[name="_selected_action"][value="{claim.pk}"]').check()
    admin.locator('select[name="action"]').select_option("decide_approve")
    admin.get_by_role("button", name="Go").click()
    admin.get_by_role("button", name="Approve").click()
    admin.get_by_text("Approve: 2 claim(s).").wait_for()

    admin.locator(f'input[name="_selected_action"][value="{weak.pk}"]').check()
    admin.locator('select[name="action"]').select_option("decide_reject")
    admin.get_by_role("button", name="Go").click()
    admin.get_by_role("button", name="Reject").click()  # no reason yet: the browser holds the form back
    assert admin.locator("#id_reason").evaluate("el => el.validity.valueMissing")
    assert Claim.objects.get(pk=weak.pk).status == ClaimStatus.SUBMITTED
    admin.get_by_label("Reason").fill("Bloomberg never said this; find the original report.")
    admin.get_by_role("button", name="Reject").click()
    admin.get_by_text("Reject: 1 claim(s).").wait_for()
    assert [Claim.objects.get(pk=c.pk).status for c in (first, second, weak)] == [
        "approved",
        "approved",
        "rejected",
    ]

    page = new_page()
    log_in(page, "rita")
    page.goto(document.get_absolute_url())
    card = page.locator(f"#card-{weak.pk}")
    assert "Rejected" in card.inner_text()
    assert "Bloomberg never said this; find the original report." in card.inner_text()
    assert (
        page.locator(f"#card-{first.pk}").get_by_role("button", name="Edit").count() == 0
    )  # approved: locked

    card.get_by_role("button", name="Edit").click()
    form = page.locator("#claim-form")
    form.get_by_label("4 — Doubtful").check()
    form.get_by_role("button", name="Save claim").click()
    page.get_by_text("Claim updated.").wait_for()
    page.locator(f"#card-{weak.pk}").get_by_role("button", name="Resubmit").click()
    page.get_by_text("Claim submitted for review.").wait_for()
    weak.refresh_from_db()
    assert (weak.status, weak.credibility) == ("submitted", 4)

    admin.goto(f"/admin/annotations/claim/{weak.pk}/history/")
    history = admin.locator("#change-history").inner_text()
    assert history.count("rita") >= 2 and "mona" in history
    assert "Bloomberg never said this" in history
