"""The HTML card and the PNG renderer in a real headless Chromium (marker `browser`).

Pixels are checked by the browser itself: a screenshot is drawn on a canvas and its
colours counted, so a blank or cut-off image fails.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import CHROMIUM, PIXEL_STATS, launch_chromium
from bs4 import BeautifulSoup
from data.render_labels import HOSTILE_QUOTE, bare_label, hostile_label, rich_label

from summarizer.render import VIEW_NAMES, render_label
from summarizer.render.png import MAX_HEIGHT, WIDTH, read_png_info

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium: apt-get install chromium"),
]

sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")

DESK = [0xE9, 0xE7, 0xE1]  # the page background around the card (base.html.j2 --desk)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = launch_chromium(playwright)
        yield launched
        launched.close()


class Watched:
    """A page with every console error, page error, failed request and dialog recorded."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page(viewport={"width": WIDTH, "height": 900})
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def open_card(self, html: str, folder: Path) -> None:
        path = folder / "card.html"
        path.write_text(html, encoding="utf-8")
        self.page.goto(path.as_uri(), wait_until="load")

    def assert_quiet(self) -> None:
        assert self.errors == []
        assert self.failed == []
        assert self.dialogs == []
        assert all(url.startswith("file:") for url in self.requests), self.requests


def pixel_stats(browser: Any, png: bytes) -> dict[str, Any]:
    page = browser.new_page()
    try:
        url = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        return page.evaluate(PIXEL_STATS, url)
    finally:
        page.close()


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_card_loads_cleanly_and_draws_something(browser, tmp_path, view):
    html = render_label(rich_label(), "html", view)
    watched = Watched(browser)
    watched.open_card(html, tmp_path)
    watched.assert_quiet()
    page = watched.page
    assert page.evaluate("document.scripts.length") == 0
    # valid nesting: the browser keeps every element where the template put it
    # (a <details> inside a <p>, say, would be moved out by the HTML parser)
    in_browser = page.evaluate(
        "Array.from(document.querySelectorAll('details, table, ul, div'))"
        ".map(e => e.tagName + '<' + e.parentElement.tagName)"
    )
    as_written = [
        f"{e.name.upper()}<{e.parent.name.upper()}"
        for e in BeautifulSoup(html, "html.parser").find_all(["details", "table", "ul", "div"])
    ]
    assert in_browser == as_written
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH
    assert "Acme Maps" in page.inner_text("header.top")
    shot = page.screenshot(full_page=True)
    stats = pixel_stats(browser, shot)
    assert stats["width"] == WIDTH
    assert stats["colours"] > 20 and stats["std"] > 20, stats
    page.close()


def test_blank_page_is_told_apart_from_the_card(browser):
    """The pixel check itself: a blank page has almost one colour."""
    page = browser.new_page(viewport={"width": WIDTH, "height": 600})
    page.set_content("<html><body></body></html>")
    stats = pixel_stats(browser, page.screenshot())
    page.close()
    assert stats["colours"] <= 2 and stats["std"] < 1


def test_quotes_open_from_the_claims(browser, tmp_path):
    watched = Watched(browser)
    watched.open_card(render_label(rich_label(), "html"), tmp_path)
    page = watched.page
    point = page.locator("#summary details.claim").first
    quote = point.locator("blockquote.quote").first
    assert not quote.is_visible()
    point.locator("summary").click()
    assert quote.is_visible()
    assert "If you link a fitness tracker" in quote.inner_text()
    toggle = page.locator('tr[data-right="deletion"] details.ev')
    toggle.locator("summary").click()
    assert "delete your account" in toggle.locator("blockquote").inner_text()
    cell = page.locator('tr[data-category="location"] td.cell.on').first
    assert "precise location" in cell.get_attribute("title")
    watched.assert_quiet()
    page.close()


def test_hostile_policy_text_stays_text_in_the_browser(browser, tmp_path):
    watched = Watched(browser)
    watched.open_card(render_label(hostile_label(), "html"), tmp_path)
    page = watched.page
    page.locator("details.claim summary").first.click()
    assert page.evaluate("document.querySelectorAll('script, img, iframe, object').length") == 0
    assert page.evaluate("window.pwned === undefined")
    assert HOSTILE_QUOTE in page.inner_text("body")
    watched.assert_quiet()
    page.close()


def test_png_renderer_makes_a_whole_non_blank_card(browser):
    png = render_label(rich_label(), "png")
    assert isinstance(png, bytes)
    info = read_png_info(png)
    assert info.width == WIDTH and 1000 < info.height < MAX_HEIGHT
    stats = pixel_stats(browser, png)
    assert stats["colours"] > 20 and stats["std"] > 20, stats
    # the desk shows at the top and below the card: nothing is cut off
    assert stats["topLeft"] == DESK
    assert stats["bottomLeft"] == DESK and stats["bottomMiddle"] == DESK


@pytest.mark.parametrize("view", ["apple", "google", "opp115"])
def test_png_of_every_view_fits_its_content(browser, tmp_path, view):
    html = render_label(rich_label(), "html", view)
    watched = Watched(browser)
    watched.open_card(html, tmp_path)
    page_height = watched.page.evaluate("document.documentElement.scrollHeight")
    watched.page.close()
    info = read_png_info(render_label(rich_label(), "png", view))
    assert abs(info.height - page_height) <= 4, (info.height, page_height)


def test_png_of_a_silent_label_still_renders(browser):
    stats = pixel_stats(browser, render_label(bare_label(), "png"))
    assert stats["colours"] > 10
