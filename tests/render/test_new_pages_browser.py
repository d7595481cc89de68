"""The diff, compare and evidence-highlight pages in a real headless Chromium (marker
`browser`): no console error, no request beyond the file, no dialog from hostile text,
and the links of the highlight page land where they point."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from data.policy_versions import OLD_POLICY, hostile, updated

from summarizer.engines.rules import RulesExtractor
from summarizer.label.changes import diff_labels
from summarizer.label.comparison import compare_labels
from summarizer.pipeline import label_document
from summarizer.render.changes import render_diff
from summarizer.render.comparison import render_comparison
from summarizer.render.highlight import render_highlight
from summarizer.render.png import find_chromium
from summarizer.text.loading import load_text

CHROMIUM = shutil.which("chromium") or find_chromium()

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium: apt-get install chromium"),
]

sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")


def labelled(text: str):
    return label_document(load_text(text, source="p.md", format="markdown"), RulesExtractor())


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking"]
        )
        yield launched
        launched.close()


def open_quietly(browser: Any, html: str, folder: Path) -> Any:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append("dialog " + d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    path = folder / "page.html"
    path.write_text(html, encoding="utf-8")
    page.goto(path.as_uri(), wait_until="load")
    assert problems == []
    assert all(url.startswith("file:") for url in requests), requests
    assert page.evaluate("document.scripts.length") == 0
    return page


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    """Made before the browser starts: labelling runs its own event loop."""
    old_text, new_text, bad_text = OLD_POLICY, updated(), hostile()
    old, new, bad = labelled(old_text), labelled(new_text), labelled(bad_text)
    return {
        "diff": render_diff(diff_labels(old, bad, old_text, bad_text), "html"),
        "diff-updated": render_diff(diff_labels(old, new, old_text, new_text), "html"),
        "compare": render_comparison(compare_labels([old, new, bad], ["A", "B", "C"]), "html"),
        "highlight": render_highlight(bad, bad_text),
    }


@pytest.mark.parametrize("name", ["diff", "diff-updated", "compare", "highlight"])
def test_page_opens_without_errors_requests_or_dialogs(rendered, browser, tmp_path, name):
    page = open_quietly(browser, rendered[name], tmp_path)
    assert page.inner_text("body").strip()
    page.close()


def test_highlight_links_land_on_the_claim_and_back(rendered, browser, tmp_path):
    page = open_quietly(browser, rendered["highlight"], tmp_path)
    page.click("a.to-claim >> nth=0")
    target = page.evaluate("document.querySelector(':target').id")
    assert target.startswith("c")
    page.click(f"li#{target} a.to-span >> nth=0")
    assert page.evaluate("document.querySelector(':target').className") == "anchor"
    page.close()
