"""Renderers: the right sections, every claim shown with its quote, hostile text inert."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup
from data.render_labels import (
    HOSTILE_QUOTE,
    bare_label,
    hostile_label,
    random_labels,
    rich_label,
)
from hypothesis import HealthCheck, given, settings

from summarizer.label.schema import PrivacyNutritionLabel, Purpose, Right
from summarizer.label.vocabulary import CATEGORY_TERMS, PURPOSE_TERMS, RECIPIENT_TERMS, RIGHT_TERMS
from summarizer.render import (
    FORMATS,
    VIEW_NAMES,
    RenderError,
    render_label,
    render_terminal,
)
from summarizer.render import png as png_module
from summarizer.render.markdown import md_text
from summarizer.render.views import apple_view, complete_label, google_view, opp115_view

TEXT_FORMATS = [f for f in FORMATS if f != "png"]


def soup_of(label: PrivacyNutritionLabel, view: str = "label") -> BeautifulSoup:
    return BeautifulSoup(render_label(label, "html", view), "html.parser")


# ------------------------------------------------------------------ json


def test_json_label_view_is_the_label_itself():
    label = rich_label()
    assert render_label(label, "json") == label.model_dump_json(indent=2)
    assert PrivacyNutritionLabel.model_validate_json(render_label(label, "json")) == label


@pytest.mark.parametrize(
    ("view", "build"), [("apple", apple_view), ("google", google_view), ("opp115", opp115_view)]
)
def test_json_of_a_view_is_the_view_object(view, build):
    payload = json.loads(render_label(rich_label(), "json", view))
    assert payload == json.loads(build(rich_label()).model_dump_json())
    assert payload["view"] == view
    assert payload["limitations"]


# ------------------------------------------------------------------ markdown

LABEL_SECTIONS = [
    "## Key points",
    "## Concerns",
    "## How the grade was worked out",
    "## What they collect",
    "## Why they use it",
    "## Who gets it",
    "## Yes or no",
    "## Your rights",
    "## Retention, security, children, contact",
    "## What was read",
]


def test_markdown_label_has_its_sections_in_order():
    text = render_label(rich_label(), "md")
    assert text.startswith("# Privacy label: Acme Maps\n")
    positions = [text.index(section + "\n") for section in LABEL_SECTIONS]
    assert positions == sorted(positions)
    assert "**Grade: C** (balance -5)" in text


def test_markdown_shows_every_claim_with_its_first_quote_and_section():
    label = rich_label()
    text = render_label(label, "md")
    for item in label.data_collected:
        row = next(
            line
            for line in text.splitlines()
            if line.startswith(f"| {CATEGORY_TERMS[item.category].title} |")
        )
        assert f"“{md_text(item.evidence[0].quote)}” (§ {item.evidence[0].section})" in row
    for claim in label.sharing:
        row = next(
            line
            for line in text.splitlines()
            if line.startswith(f"| {RECIPIENT_TERMS[claim.recipient].title} |")
        )
        assert md_text(claim.evidence[0].quote) in row
    for right in Right:
        row = next(
            line for line in text.splitlines() if line.startswith(f"| {RIGHT_TERMS[right].title} |")
        )
        answer = label.rights[right]
        assert ("Not stated" in row) == (answer.value == "not_stated")
        if answer.evidence:
            assert md_text(answer.evidence[0].quote) in row


def test_markdown_tables_keep_their_columns_whatever_the_quote():
    label = rich_label()
    label.data_collected[0].evidence[0].quote = "a | b | c\nd"
    text = render_label(label, "md")
    table = [line for line in text.splitlines() if line.startswith("| Contact details |")]
    assert len(re.findall(r"(?<!\\)\|", table[0])) == 5


def test_markdown_escapes_hostile_text_the_markdown_way():
    text = render_label(hostile_label(), "md")
    for tag in ("<script", "</script", "<img", "<b>", "<i>"):
        assert tag not in text.replace("\\<", "")  # every tag opener is backslash-escaped
    assert '\\<script>alert("pwned")\\</script> partners & "friends".' in text


@pytest.mark.parametrize("view", ["apple", "google", "opp115"])
def test_markdown_views_have_their_sections_and_limits(view):
    text = render_label(rich_label(), "md", view)
    expected = {
        "apple": [
            "## Data Used to Track You",
            "## Data Linked to You",
            "## Data Not Linked to You",
            "## Data Not Collected",
        ],
        "google": ["## Data shared", "## Data collected", "## Security practices"],
        "opp115": [
            "## First Party Collection/Use",
            "## Third Party Sharing/Collection",
            "## Other",
        ],
    }[view]
    for heading in [*expected, "## What this view cannot show"]:
        assert heading + "\n" in text


# ------------------------------------------------------------------ html


def test_html_is_one_self_contained_page_without_scripts():
    for view in VIEW_NAMES:
        soup = soup_of(rich_label(), view)
        assert soup.find("script") is None
        assert soup.find("link") is None
        for tag in soup.find_all(src=True):
            pytest.fail(f"external asset {tag}")
        assert soup.find("style") is not None
        assert "@import" not in soup.find("style").text
        assert "url(" not in soup.find("style").text


def test_html_card_shows_every_category_with_its_purposes_marked():
    label = rich_label()
    soup = soup_of(label)
    rows = {row["data-category"]: row for row in soup.select("tr[data-category]")}
    assert set(rows) == {item.category.value for item in label.data_collected}
    columns = [th.get_text(strip=True) for th in soup.select("table.grid th.purpose")]
    for item in label.data_collected:
        row = rows[item.category.value]
        assert CATEGORY_TERMS[item.category].title in row.get_text()
        marked = [cell["title"].split(":")[0] for cell in row.select("td.cell.on")]
        # columns follow the Purpose enum; a row marks exactly its own purposes
        assert marked == [PURPOSE_TERMS[p].title for p in Purpose if p in item.purposes]
        assert set(marked) <= set(columns)
        if not item.purposes:
            assert "No use stated" in row.get_text()
        quote = row.select_one("details blockquote.quote")
        assert item.evidence[0].quote in quote.get_text()
        assert item.evidence[0].section in quote.cite.get_text()


def test_html_card_has_recipients_rights_answers_grade_and_summary():
    label = complete_label(rich_label())
    soup = soup_of(label)
    recipients = [row["data-recipient"] for row in soup.select("tr[data-recipient]")]
    assert sorted(recipients) == sorted(claim.recipient.value for claim in label.sharing)
    rights = {row["data-right"]: row for row in soup.select("tr[data-right]")}
    assert set(rights) == {right.value for right in Right}
    assert "Yes" in rights["deletion"].select_one(".tone-good").get_text()
    assert "No" in rights["portability"].select_one(".tone-bad").get_text()
    assert "Not stated" in rights["cookie_controls"].select_one(".tone-unknown").get_text()
    assert rights["cookie_controls"].select_one("details") is None
    sells = soup.select_one('tr[data-question="sells_personal_data"]')
    assert sells.select_one(".tone-good") is not None  # "No" is the good answer here
    badge = soup.select_one(".badge")
    assert badge.select_one(".letter").get_text() == "C"
    assert "grade-c" in badge["class"]
    assert soup.select_one("#headline").get_text() == label.summary.headline
    points = soup.select("#summary ul.points:not(.concerns) > li")
    assert len(points) == len(label.summary.key_points)
    for li, point in zip(points, label.summary.key_points, strict=True):
        assert li.summary.get_text() == point.text
        assert point.evidence[0].quote in li.blockquote.get_text()
    concerns = [li.get_text(strip=True) for li in soup.select("ul.concerns > li")]
    assert concerns == label.summary.concerns
    assert len(soup.select("#grade td.kind")) == len(label.grade.points)


def test_html_escapes_hostile_text_everywhere():
    html = render_label(hostile_label(), "html")
    assert "<script" not in html
    assert "<img" not in html
    assert "<b>Sharing" not in html and "<i>both" not in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None and soup.find("img") is None
    quotes = [q.get_text() for q in soup.select("blockquote.quote")]
    assert any(HOSTILE_QUOTE in q for q in quotes)
    assert 'Evil <img src=x onerror="alert(1)"> Corp' in soup.select_one(".service").get_text()
    for tag in soup.find_all(True):
        for name in tag.attrs:
            assert not name.startswith("on"), tag


def test_html_of_a_silent_label_says_so():
    soup = soup_of(bare_label())
    assert soup.select_one(".badge .letter").get_text() == "N/A"
    assert "lists no data collected" in soup.get_text()
    assert "No points" in soup.get_text()


@pytest.mark.parametrize("view", ["apple", "google", "opp115"])
def test_html_views_show_their_parts_and_limits(view):
    label = rich_label()
    soup = soup_of(label, view)
    text = soup.get_text()
    assert "What this view cannot show" in text
    if view == "apple":
        assert [p["data-panel"] for p in soup.select("[data-panel]")] == [
            "track",
            "linked",
            "not_linked",
            "not_collected",
        ]
        linked = {row["data-apple"] for row in soup.select('[data-panel="linked"] tr[data-apple]')}
        assert {
            "Contact Info",
            "Location",
            "Health & Fitness",
            "Financial Info",
            "Diagnostics",
        } <= linked
    elif view == "google":
        shared = {row["data-google"] for row in soup.select("#shared tr[data-google]")}
        collected = {row["data-google"] for row in soup.select("#collected tr[data-google]")}
        assert shared == {"Location", "Device or other IDs"}
        assert "Health and fitness" in collected
        assert "Data is encrypted in transit" in soup.select_one("#security").get_text()
    else:
        assert len(soup.select("section[data-opp]")) == 10
    for details in soup.select("details.claim"):
        assert details.select_one("blockquote.quote") is not None


# ------------------------------------------------------------------ terminal


def test_terminal_card_names_every_category_recipient_and_the_grade():
    label = rich_label()
    text = render_label(label, "terminal", console_width=100)
    assert isinstance(text, str)
    assert "Acme Maps" in text and " C " in text and "many concerns" in text
    for item in label.data_collected:
        assert CATEGORY_TERMS[item.category].title in text
    for claim in label.sharing:
        assert RECIPIENT_TERMS[claim.recipient].title in text
    assert "\x1b[" not in text  # plain text; colour goes through render_terminal


@pytest.mark.parametrize("width", [60, 100, 140])
def test_terminal_card_fits_the_console_width(width):
    for view in VIEW_NAMES:
        text = render_label(rich_label(), "terminal", view, console_width=width)
        assert max(len(line) for line in text.splitlines()) == width


def test_render_terminal_colours_the_grade_badge():
    from io import StringIO

    from rich.console import Console

    console = Console(file=StringIO(), force_terminal=True, color_system="truecolor", width=100)
    render_terminal(rich_label(), "label", console)
    output = console.file.getvalue()
    assert "\x1b[" in output
    # the letter sits on a background colour (48;5;n or 48;2;r;g;b)
    assert re.search(r"\x1b\[[0-9;]*48;(5;\d+|2;\d+;\d+;\d+)m\s+C\s+\x1b\[0m", output)


# ------------------------------------------------------------------ every view, every format


@pytest.mark.parametrize("view", VIEW_NAMES)
@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_every_view_renders_in_every_text_format(view, fmt):
    for label in (rich_label(), bare_label(), hostile_label()):
        out = render_label(label, fmt, view)
        assert isinstance(out, str) and out.strip()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_labels())
def test_random_labels_render_without_errors_or_live_markup(label):
    for view in VIEW_NAMES:
        html = render_label(label, "html", view)
        assert "<script" not in html
        render_label(label, "md", view)
        render_label(label, "terminal", view, console_width=80)


def test_unknown_format_or_view_is_a_render_error():
    with pytest.raises(RenderError, match="Unknown format"):
        render_label(rich_label(), "pdf")  # type: ignore[arg-type]
    with pytest.raises(RenderError, match="Unknown view"):
        render_label(rich_label(), "md", "facebook")  # type: ignore[arg-type]


def test_png_without_a_browser_says_how_to_get_one(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("SUMMARIZER_CHROMIUM", raising=False)
    assert png_module.find_chromium() is None
    with pytest.raises(RenderError, match="PNG output needs Chromium: apt-get install chromium"):
        render_label(rich_label(), "png")


def test_png_browser_can_be_named_by_environment(monkeypatch, tmp_path):
    fake = tmp_path / "my-chrome"
    fake.write_text("#!/bin/sh\nexit 0\n")
    fake.chmod(0o755)
    monkeypatch.setenv("SUMMARIZER_CHROMIUM", str(fake))
    assert png_module.find_chromium() == str(fake)
    # a browser that makes no screenshot is an error, not an empty image
    with pytest.raises(RenderError, match="could not screenshot"):
        render_label(rich_label(), "png")


@pytest.mark.parametrize("view", ["label", "apple", "google", "opp115"])
@pytest.mark.parametrize("fmt", ["md", "html", "terminal"])
def test_every_card_shows_the_balance_and_every_point_with_its_value(view, fmt):
    label = rich_label()
    text = render_label(label, fmt, view, console_width=160)
    assert isinstance(text, str)
    if fmt == "html":
        text = BeautifulSoup(text, "html.parser").get_text(" ")
    assert "balance -5" in text or "balance −5" in text
    for point in complete_label(label).grade.points:
        assert point.reason in text, (fmt, view, point.reason)
    assert "−4 bad" in text and "+1 good" in text
