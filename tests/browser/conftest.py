"""Playwright driving Debian's chromium against pytest-django's live server."""

import os
from pathlib import Path

import pytest

from ..factories import PASSWORD

# Playwright's sync API keeps an event loop in this thread; the ORM calls made by
# the tests themselves are still synchronous, so Django's async guard is lifted here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


PHONE = {
    "viewport": {"width": 390, "height": 844},
    "has_touch": True,
    "is_mobile": True,
    "device_scale_factor": 2,
}


@pytest.fixture
def new_page(browser, live_server):
    """Open pages in fresh browser contexts (one per simulated person); `phone=True` opens one as
    a 390 x 844 touch screen."""
    contexts = []

    def open_page(phone: bool = False, width: int = 1400):
        screen = PHONE if phone else {"viewport": {"width": width, "height": 1000}}
        context = browser.new_context(base_url=live_server.url, **screen)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def log_in(page, username: str) -> None:
    """Log in by the form, as a person would; every factory-made account has PASSWORD."""
    page.goto("/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/")


def select_words_with_mouse(page, words: str) -> None:
    """Press the mouse before the first letter of `words` and release it after the last."""
    box = page.evaluate(
        """(words) => {
          const walker = document.createTreeWalker(document.getElementById('doc-text'), NodeFilter.SHOW_TEXT);
          const rect = (node, from, to) => {
            const r = document.createRange(); r.setStart(node, from); r.setEnd(node, to);
            return r.getClientRects()[0];
          };
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(words);
            if (at < 0) continue;
            const first = rect(node, at, at + 1);
            const last = rect(node, at + words.length - 1, at + words.length);
            return {x1: first.left + 1, y1: first.top + first.height / 2,
                    x2: last.right - 1, y2: last.top + last.height / 2};
          }
          return null;
        }""",
        words,
    )
    assert box, f"“{words}” is not on the page as one run of text"
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move(box["x2"], box["y2"], steps=8)
    page.mouse.up()


def highlight(page, claim):
    """The highlight where `claim` starts (each <mark> carries the offset it starts at)."""
    return page.locator(f'#doc-text mark.claim[data-o="{claim.start}"]')
