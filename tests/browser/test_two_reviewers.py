"""Two reviewers annotate the same article at once, in two browser sessions."""

import pytest
from django.core.management import call_command

from annotations.models import Claim, Document

from ..factories import UserFactory
from .conftest import highlight, log_in, select_words_with_mouse
from .test_reviewer_flow import WORDS, add_hop

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PURCHASE = "Turkey purchased four S-400 units from Russia"


def annotate(page, words, hops, credibility):
    select_words_with_mouse(page, words)
    form = page.locator("#claim-form")
    form.wait_for()
    for name, kind, cue in hops:
        add_hop(form, name=name, kind=kind, cue=cue)
    form.get_by_label(credibility).check()
    form.get_by_role("button", name="Save claim").click()
    page.get_by_text("Claim saved.").wait_for()


def test_two_reviewers_see_each_other_and_a_stale_edit_is_refused(new_page, settings):
    settings.LIVE_POLL_SECONDS = 0.5
    call_command("load_seeds", verbosity=0)
    UserFactory(username="rita")
    UserFactory(username="omar")
    document = Document.objects.get()
    if PURCHASE not in document.text:
        pytest.skip("the seed article changed")
    reader = document.get_absolute_url() + "?others=1"

    rita, omar = new_page(), new_page()
    for page, name in ((rita, "rita"), (omar, "omar")):
        log_in(page, name)
        page.goto(reader)
        page.wait_for_selector("#doc-text")

    annotate(
        rita,
        WORDS,
        [("Bloomberg", "News agency", "citing"), ("unnamed officials", "Unnamed source", "citing")],
        "2 — Probably true",
    )
    ritas = Claim.objects.get(author__username="rita")
    # omar's page shows it without a reload, in rita's colour, named in the legend.
    omar.locator(f"#card-{ritas.pk}").wait_for()
    assert highlight(omar, ritas).inner_text() == WORDS
    assert "c1" in omar.locator(f"#card-{ritas.pk}").get_attribute("class")
    assert omar.locator(".legend").get_by_text("rita").is_visible()

    annotate(omar, WORDS, [("Bloomberg", "— in registry —", "citing")], "2 — Probably true")
    annotate(omar, PURCHASE, [], "1 — Confirmed by other sources")
    omars = list(Claim.objects.filter(author__username="omar").order_by("start"))
    for claim in omars:
        rita.locator(f"#card-{claim.pk}").wait_for()

    # rita edits her claim in two tabs: the second save, made on the old version, is refused.
    stale_tab = rita
    stale_tab.locator(f"#card-{ritas.pk}").get_by_role("button", name="Edit").click()
    stale_form = stale_tab.locator("#claim-form")
    stale_form.wait_for()
    fresh_tab = rita.context.new_page()
    fresh_tab.goto(reader)
    fresh_tab.locator(f"#card-{ritas.pk}").get_by_role("button", name="Edit").click()
    fresh_tab.locator("#claim-form").get_by_label("Note").fill("Bloomberg alone; no second source.")
    fresh_tab.locator("#claim-form").get_by_role("button", name="Save claim").click()
    fresh_tab.get_by_text("Claim updated.").wait_for()

    stale_form.get_by_label("3 — Possibly true").check()
    stale_form.get_by_role("button", name="Save claim").click()
    conflict = stale_tab.locator(".conflict")
    conflict.wait_for()
    assert "This claim was changed after you opened it" in conflict.inner_text()
    assert "Bloomberg alone; no second source." in conflict.locator("table.changes").inner_text()
    ritas.refresh_from_db()
    assert (ritas.credibility, ritas.version, ritas.note) == (2, 2, "Bloomberg alone; no second source.")

    # The agreement page: rita 1 claim, omar 2; one exact match, chains differ at the origin.
    rita.goto(f"/agreement/?document={document.pk}")
    row = rita.locator("#pair-table tbody tr").first
    cells = [cell.inner_text() for cell in row.locator("th, td").all()]
    assert cells[:6] == ["omar · rita", "2 · 1", "1", "0.67", "1", "0.67"]
    assert cells[6:9] == ["0%", "100%", "0%"]  # same chain, first hop, origin
