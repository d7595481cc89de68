"""Markdown shows the label's text as written, and nothing in that text is live.

The raw `.md` is read as it is (printed by `summarizer label --format md`) and rendered
by Markdown renderers (checked here with markdown-it-py's CommonMark and GFM tables, raw
HTML allowed as in CommonMark): both must show a policy's words, and neither may turn a
quote into HTML, a link, emphasis or a block.
"""

from __future__ import annotations

import string

import pytest
from bs4 import BeautifulSoup
from data.render_labels import HOSTILE_QUOTE, hostile_label, rich_label
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.label.schema import Contact
from summarizer.render import VIEW_NAMES, render_label
from summarizer.render.markdown import md_text
from summarizer.render.views import complete_label

markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py renders the Markdown")

RENDERER = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
# Token types our own document makes; anything else came from the label's text.
OWN_TOKENS = {
    "heading_open", "heading_close", "paragraph_open", "paragraph_close", "inline", "text",
    "text_special", "softbreak", "bullet_list_open", "bullet_list_close", "list_item_open",
    "list_item_close", "blockquote_open", "blockquote_close", "table_open", "table_close",
    "thead_open", "thead_close", "tbody_open", "tbody_close", "tr_open", "tr_close",
    "th_open", "th_close", "td_open", "td_close", "strong_open", "strong_close",
    "em_open", "em_close",
}  # fmt: skip
ATTACK = "a <script>alert(1)</script> [click](javascript:alert(1)) <http://evil.example> &lt;b&gt; *x* `y`"


def tokens(markdown: str) -> list:
    def walk(items: list) -> list:
        return [t for item in items for t in [item, *walk(item.children or [])]]

    return walk(RENDERER.parse(markdown))


def rendered_text(markdown: str) -> str:
    return BeautifulSoup(RENDERER.render(markdown), "html.parser").get_text()


def labelled(service_name: str, quote: str):
    label = complete_label(rich_label())
    label.service_name = service_name
    label.data_collected[0].evidence[0].quote = quote
    label.data_collected[0].evidence[0].section = quote
    label.summary.headline = quote
    label.summary.key_points[0].text = quote
    label.contact = Contact(emails=["privacy_team@bait.example"], phones=["+1 (800) 555-0199"])
    return label


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_markdown_shows_ampersands_and_underscores_as_written(view: str) -> None:
    label = labelled("Bait & Tackle", "Bait & Tackle shares data with R&D partners.")

    text = render_label(label, "md", view)

    assert "&amp;" not in text
    assert text.startswith(f"# {text.splitlines()[0][2:].split(':')[0]}: Bait & Tackle\n")
    assert "Bait & Tackle shares data with R&D partners." in text
    if view in ("label", "opp115"):
        assert "privacy_team@bait.example" in text
        assert "+1 (800) 555-0199" in text
    assert "Bait & Tackle" in rendered_text(text)


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_markdown_hostile_text_stays_inert_once_rendered(view: str) -> None:
    text = render_label(labelled(ATTACK, ATTACK), "md", view)

    kinds = {token.type for token in tokens(text)}
    html = RENDERER.render(text)

    assert kinds <= OWN_TOKENS, kinds - OWN_TOKENS
    assert "<script" not in html and "href" not in html and "<code" not in html
    assert ATTACK in rendered_text(text)


def test_markdown_hostile_label_reads_as_written_once_rendered() -> None:
    text = render_label(hostile_label(), "md")

    assert {token.type for token in tokens(text)} <= OWN_TOKENS
    shown = rendered_text(text)
    assert HOSTILE_QUOTE in shown
    assert 'Evil <img src=x onerror="alert(1)"> Corp' in shown


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Bait & Tackle", "Bait & Tackle"),
        ("&amp; is an entity", "\\&amp; is an entity"),
        ("a < b, <3", "a < b, <3"),
        ("<script>", "\\<script>"),
        ("privacy_team and _this_", "privacy_team and \\_this\\_"),
        ("see https://example.com/privacy#contact", "see https://example.com/privacy#contact"),
        ("# not a heading #", "\\# not a heading \\#"),
        ("- not a list", "\\- not a list"),
        ("1. not a list; 1.5 GB", "1\\. not a list; 1.5 GB"),
        ("C:\\Users and \\*", "C:\\Users and \\\\\\*"),
    ],
)
def test_md_text_escapes_only_what_could_mean_something(text: str, raw: str) -> None:
    assert md_text(text) == raw


CONTEXTS = {
    "list item": ("- {}\n", "{}"),
    "quote": ("> {}\n", "{}"),
    "heading": ("# Privacy label: {}\n", "Privacy label: {}"),
    "table cell": ("| A | B |\n|---|---|\n| {} | x |\n", "A B\n{} x"),
    "quoted evidence": ("- They share it — “{}” (§ Sharing)\n", "They share it — “{}” (§ Sharing)"),
}
_characters = st.sampled_from(string.printable.strip() + " éß“”—€")


@settings(max_examples=300, deadline=None)
@given(text=st.text(_characters, min_size=1, max_size=30), context=st.sampled_from(list(CONTEXTS)))
def test_any_text_renders_as_written_and_nothing_in_it_is_live(text: str, context: str) -> None:
    words = " ".join(text.split())
    if not words:
        return
    template, shown = CONTEXTS[context]
    markdown = template.format(md_text(text))

    kinds = {token.type for token in tokens(markdown)}

    assert kinds <= OWN_TOKENS - {"em_open", "strong_open"}, (markdown, kinds)
    assert " ".join(rendered_text(markdown).split()) == " ".join(shown.format(words).split())
