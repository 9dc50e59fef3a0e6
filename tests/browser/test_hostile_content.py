"""Text people type or import is shown as text: nothing in it runs, on any page."""

import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.models import ClaimStatus
from annotations.scales import Cue
from annotations.services import HopSpec

from ..factories import ClaimFactory, DocumentFactory, ModeratorFactory, UserFactory
from ..helpers import api
from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCRIPT = "<script>window.__xss = (window.__xss || 0) + 1</script>"
IMG = '<img src="x" onerror="window.__xss = (window.__xss || 0) + 1">'
TEMPLATE = "{{ 7|add:42 }} {% now 'Y' %}"
HOSTILE = f"{SCRIPT} {IMG} {TEMPLATE}"


def test_hostile_text_in_every_field_is_shown_and_never_run(new_page):
    reviewer = UserFactory(username="rita")
    moderator = ModeratorFactory(username="mona")
    document = DocumentFactory(
        title=f"Title {IMG}",
        publisher=f"Outlet {IMG}",
        text=f"Turkey will not abandon its systems. {HOSTILE}\nSecond paragraph.",
    )
    claim = ClaimFactory(
        document=document,
        author=reviewer,
        words="Turkey",
        chain=[
            document.publisher,
            HopSpec(cue=Cue.CITING, source_name=f"Agency {SCRIPT}", source_kind="news_agency", cue_text=IMG),
        ],
        note=HOSTILE,
        status=ClaimStatus.REJECTED,
        moderator=moderator,
        reason=HOSTILE,
    )
    agency = claim.hops.get(position=1).source
    services.source_update(source=agency, actor=moderator, reliability_rationale=HOSTILE, aliases=[IMG])

    pages = [
        document.get_absolute_url() + "?others=1",
        "/",
        "/sources/",
        agency.get_absolute_url(),
        f"/agreement/?document={document.pk}",
        f"/documents/{document.pk}/adjudicate/",
        "/activity/?reviewer=rita",
        "/admin/annotations/claim/",
        f"/admin/annotations/claim/{claim.pk}/change/",
        f"/admin/annotations/claim/{claim.pk}/history/",
        "/admin/annotations/source/",
    ]
    page = new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(page, "mona")
    for url in pages:
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__xss") is None, url
        assert page.locator("img[onerror]").count() == 0, url  # escaped, not merely blocked by the policy
        assert page.locator("script:not([src])").count() == 0, url
    assert not dialogs

    page.goto(document.get_absolute_url() + "?others=1")
    assert TEMPLATE in page.locator("#doc-text").inner_text()  # template syntax is text, not evaluated
    card = page.locator(f"#card-{claim.pk}").inner_text()
    assert SCRIPT in card and "{{ 7|add:42 }}" in card
    page.locator(f"#card-{claim.pk}").get_by_role("button", name="Edit").click()
    page.locator("#claim-form").wait_for()
    assert page.evaluate("window.__xss") is None and page.locator("img[onerror]").count() == 0


def test_javascript_urls_are_refused_for_sources_and_documents(moderator):
    client = api(moderator)
    for url in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>"):
        response = client.post(
            "/api/v1/sources/", {"name": f"S {url[:4]}", "kind": "outlet", "url": url}, format="json"
        )
        assert response.status_code == 400 and "url" in response.json()["errors"]
    with pytest.raises(ValidationError):
        services.document_import(title="T", publisher_name="P", text="Body.", url="javascript:alert(1)")
