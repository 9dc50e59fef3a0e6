"""Deleting from a claim card: Undo for a few seconds, then final; the page sends the version it
shows, so a stale card cannot delete."""

import pytest

from annotations import services
from annotations.models import Claim, ClaimStatus

from ..factories import ClaimFactory, DocumentFactory, ModeratorFactory, UserFactory
from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_delete_from_the_card_and_a_stale_card_approved_meanwhile_keeps_the_claim(new_page):
    reviewer = UserFactory(username="rita")
    moderator = ModeratorFactory(username="mona")
    document = DocumentFactory(title="S-400 article")
    doomed = ClaimFactory(document=document, author=reviewer, length=6)
    kept = ClaimFactory(document=document, author=reviewer, start=20, length=6, status=ClaimStatus.SUBMITTED)

    page = new_page()
    log_in(page, "rita")
    page.goto(document.get_absolute_url())
    # Delete hides the card at once and offers Undo for a few seconds; nothing is deleted yet.
    page.locator(f"#card-{doomed.pk}").get_by_role("button", name="Delete").click()
    page.locator(f"#card-{doomed.pk}").wait_for(state="hidden")
    page.get_by_role("button", name="Undo").click()
    page.locator(f"#card-{doomed.pk}").wait_for(state="visible")
    page.wait_for_timeout(5_500)  # past the undo window: an undone delete is never sent
    assert Claim.objects.filter(pk=doomed.pk).exists()
    # Without Undo the delete goes to the server when the time is up, and is final.
    page.locator(f"#card-{doomed.pk}").get_by_role("button", name="Delete").click()
    page.get_by_text("Claim deleted.").wait_for()
    assert not Claim.objects.filter(pk=doomed.pk).exists()
    assert Claim.history.filter(id=doomed.pk, history_type="-").exists()  # the audit history keeps it

    # The moderator approves while the reviewer's page still shows the submitted card.
    services.claim_transition(claim=kept, actor=moderator, action="approve")
    page.locator(f"#card-{kept.pk}").get_by_role("button", name="Delete").click()
    page.get_by_text("approved: it is locked").wait_for()
    assert Claim.objects.get(pk=kept.pk).status == ClaimStatus.APPROVED


def test_leaving_the_page_makes_a_waiting_delete_final(new_page):
    reviewer = UserFactory(username="rita")
    document = DocumentFactory(title="S-400 article")
    doomed = ClaimFactory(document=document, author=reviewer, length=6)
    page = new_page()
    log_in(page, "rita")
    page.goto(document.get_absolute_url())
    page.locator(f"#card-{doomed.pk}").get_by_role("button", name="Delete").click()
    page.goto("/")  # well inside the undo window
    for _ in range(50):
        if not Claim.objects.filter(pk=doomed.pk).exists():
            break
        page.wait_for_timeout(100)
    assert not Claim.objects.filter(pk=doomed.pk).exists()
