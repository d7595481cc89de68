"""The compare and diff pages and the highlighted policy: working on this session's
labels only, and as safe as the label card (own styles by hash, sandboxed frame,
escaped policy text)."""

from __future__ import annotations

import re
import shutil
from typing import Any

import pytest

pytest.importorskip("starlette", reason="needs the web extra: pip install 'summarizer[web]'")
pytest.importorskip("multipart", reason="needs the web extra: pip install 'summarizer[web]'")

from fakes import POLICIES
from web_support import Visitor

from summarizer.settings import Settings
from summarizer.web.app import create_app

SEED_A = (POLICIES / "001_419ecedd7c3c2f36.txt").read_text(encoding="utf-8")
SEED_B = (POLICIES / "003_b808c7326c12b3a8.txt").read_text(encoding="utf-8")
OLD_VERSION = (
    "# Privacy Policy\n\nWe collect your email address to create your account.\n\n"
    "# Sharing\n\nWe do not sell your personal information.\n\n"
    "# Your rights\n\nYou can delete your account at any time.\n"
)
NEW_VERSION = OLD_VERSION.replace(
    "We do not sell your personal information.",
    "We sell your personal information to data brokers and advertisers.",
)
HOSTILE = (
    "# Privacy Policy\n\nWe collect your email address <script>window.pwned=1</script>.\n\n"
    '# Sharing\n\nWe share your email address with advertisers <img src=x onerror="pwned=1">.\n'
)


@pytest.fixture
def app():
    return create_app(Settings.resolve(engine="rules"))


def labelled(visitor: Visitor, *texts: str) -> list[str]:
    ids = []
    for text in texts:
        job, status = visitor.label(text=text)
        assert status["state"] == "done"
        ids.append(job.rsplit("/", 1)[-1])
    return ids


def test_navigation_links_the_compare_and_diff_pages(app) -> None:
    visitor = Visitor(app)
    page = visitor.client.get("/").text
    assert 'href="/compare"' in page and 'href="/diff"' in page
    job, _ = visitor.label(text=SEED_A)
    result = visitor.client.get(job).text
    assert f'href="/compare?job={job.rsplit("/", 1)[-1]}"' in result
    assert f"{job}?view=policy" in result


def test_compare_shows_two_labels_side_by_side(app) -> None:
    visitor = Visitor(app)
    a, b = labelled(visitor, SEED_A, SEED_B)
    assert "Label at least two policies" not in visitor.client.get("/compare").text
    page = visitor.client.get(f"/compare?job={a}&job={b}")
    assert page.status_code == 200
    assert f'src="/compare/table.html?job={a}&amp;job={b}"' in page.text
    table = visitor.client.get(f"/compare/table.html?job={a}&job={b}")
    assert table.status_code == 200 and "IMVBox" in table.text
    csp = table.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    for fmt in ("md", "csv", "json"):
        download = visitor.client.get(f"/compare/table.{fmt}?job={a}&job={b}")
        assert (
            download.status_code == 200 and "attachment" in download.headers["content-disposition"]
        )
        assert "IMVBox" in download.text


def test_compare_needs_two_of_this_sessions_labels(app) -> None:
    alice, mallory = Visitor(app), Visitor(app)
    a, b = labelled(alice, SEED_A, SEED_B)
    (m,) = labelled(mallory, SEED_B)
    assert "Label at least two policies" in mallory.client.get("/compare").text
    one = alice.client.get(f"/compare?job={a}")
    assert one.status_code == 400 and "at least two labels" in one.text
    stolen = mallory.client.get(f"/compare?job={a}&job={m}")
    assert stolen.status_code == 400 and "not a label made in this browser" in stolen.text
    assert mallory.client.get(f"/compare/table.html?job={a}&job={b}").status_code == 404
    assert "IMVBox" not in mallory.client.get(f"/compare/table.md?job={a}&job={b}").text


def test_diff_shows_what_changed_between_two_versions(app) -> None:
    visitor = Visitor(app)
    old, new = labelled(visitor, OLD_VERSION, NEW_VERSION)
    page = visitor.client.get(f"/diff?old={old}&new={new}")
    assert page.status_code == 200
    assert f'src="/diff/changes.html?old={old}&amp;new={new}"' in page.text
    shown = visitor.client.get(f"/diff/changes.html?old={old}&new={new}")
    assert shown.status_code == 200 and "data brokers" in shown.text
    assert "script-src" not in shown.headers["content-security-policy"]
    changes = visitor.client.get(f"/diff/changes.json?old={old}&new={new}").json()
    assert changes["changed"] is True
    assert any(change["field"] == "sells_personal_data" for change in changes["changes"])
    same = visitor.client.get(f"/diff/changes.json?old={old}&new={old}")
    assert same.status_code == 404  # the same label twice is not a diff
    markdown = visitor.client.get(f"/diff/changes.md?old={old}&new={new}")
    assert markdown.status_code == 200 and "data brokers" in markdown.text


def test_diff_of_another_sessions_labels_is_refused(app) -> None:
    alice, mallory = Visitor(app), Visitor(app)
    old, new = labelled(alice, OLD_VERSION, NEW_VERSION)
    assert mallory.client.get(f"/diff/changes.json?old={old}&new={new}").status_code == 404
    assert mallory.client.get(f"/diff?old={old}&new={new}").status_code == 400


def test_highlighted_policy_marks_the_quotes_and_escapes_the_text(app) -> None:
    visitor = Visitor(app)
    job, _ = visitor.label(text=HOSTILE)
    page = visitor.client.get(f"{job}?view=policy").text
    assert f'src="{job}/policy.html"' in page
    shown = visitor.client.get(f"{job}/policy.html")
    assert shown.status_code == 200
    assert "<script>" not in shown.text and "&lt;script&gt;" in shown.text
    assert not re.search(r"<img\b", shown.text)
    assert "script-src" not in shown.headers["content-security-policy"]
    assert Visitor(app).client.get(f"{job}/policy.html").status_code == 404


CHROMIUM = shutil.which("chromium")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium: apt-get install chromium")
def test_extra_pages_load_cleanly_in_a_browser(app) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright")
    from test_web_browser import LiveServer

    with LiveServer(app) as live, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        errors: list[str] = []
        page = browser.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        for text in (OLD_VERSION, NEW_VERSION, HOSTILE):
            page.goto(live.url + "/")
            page.fill("#policy-text", text)
            page.click("button[type=submit]")
            page.wait_for_selector("#glance")
        page.click("text=Policy, highlighted")
        page.frame_locator("#card").locator("body").wait_for()
        highlighted = page.frame(url=lambda url: "policy.html" in url)
        assert highlighted is not None
        assert "window.pwned" in highlighted.locator("body").text_content()
        safe: Any = highlighted.evaluate("window.pwned === undefined")
        assert safe and page.evaluate("window.pwned === undefined")
        page.goto(live.url + "/compare")
        for box in page.locator("input[name=job]").all():
            box.check()
        page.click("#compare-form button")
        page.frame_locator("#card").locator("table").first.wait_for()
        page.goto(live.url + "/diff")
        page.click("#diff-form button")
        page.frame_locator("#card").locator("body").wait_for()
        assert errors == []
        browser.close()
