"""The site around a policy, named as such: boxes whose class or id says header, menu,
navbar or footer, and the small print ("© 2025 ...", "Powered by ...", "Made in
Framer"), outside the page's <main> and <article> (`drop_site_frame`)."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import Tag

_CONTENT_TAGS = frozenset({"main", "article"})
# Only boxes are judged by their class or id.
_FRAME_BOXES = frozenset({"div", "section", "aside", "header", "footer", "ul", "ol", "span"})

# A box named as chrome that holds this share of the page's words is its content
# (a template's wrapper "page with-sidebar", a builder's "promo-section" around the text).
MAX_CHROME_SHARE = 0.4
# Class or id words of a site's frame: its header, menus and footer. Weaker than the
# chrome words of `webpage` ("article-header" holds a policy's title), so they count
# only outside <main> and <article>, on a box without the page's <h1> that is not most
# of the page.
_FRAME_WORDS = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|navigation|menus?|menubar|megamenu|mega-menu|masthead|"
    r"topbar|top-bar|header|footer|colophon|toast)(?:$|[-_\s])",
    re.IGNORECASE,
)


def drop_site_frame(soup: BeautifulSoup) -> None:
    """Remove boxes named as the site's header, menus or footer (see `_FRAME_WORDS`), and
    its small print outside <main> and <article> (see `_COLOPHON`)."""
    page_words = len(soup.get_text(" ").split())
    for tag in soup.find_all(_FRAME_BOXES):
        if tag.decomposed or not _FRAME_WORDS.search(_names(tag)):
            continue
        if _is_main(tag) or _in_content(tag):
            continue
        if tag.find(_is_main) or tag.find(["h1", *_CONTENT_TAGS]) is not None:
            continue
        if len(tag.get_text(" ").split()) < MAX_CHROME_SHARE * page_words:
            tag.decompose()
    for line in soup.find_all(string=_COLOPHON):
        box = line.parent
        while box is not None and box.name not in _COLOPHON_BOXES:
            box = box.parent
        if box is None or box.decomposed or box.name in ("html", "body") or _is_main(box):
            continue
        if _in_content(box):
            continue
        if len(box.get_text(" ").split()) <= _MAX_COLOPHON_WORDS:
            box.decompose()


# A site's small print: "© 2025 ...", "Copyright 2025 ...", "... All rights reserved.",
# "Powered by ...", a site builder's badge ("Made in Framer", "Built with Docusaurus.")
# and the skip link a screen reader meets first ("Skip to content").
_COLOPHON = re.compile(
    r"^\s*(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|powered by\b|"
    r"skip to (?:the )?(?:main )?(?:content|navigation)\b)|\ball rights reserved\.?\s*$|"
    r"^\s*(?:made|built|created) (?:in|with|using) \w+\.?\s*$",
    re.IGNORECASE,
)
_COLOPHON_BOXES = frozenset({"p", "div", "small", "span", "font", "li", "td", "a", "section"})
_MAX_COLOPHON_WORDS = 20


def _in_content(tag: Tag) -> bool:
    return any(parent.name in _CONTENT_TAGS or _is_main(parent) for parent in tag.parents)


def _is_main(tag: Tag) -> bool:
    return tag.name == "main" or tag.get("role") == "main"


def _names(tag: Tag) -> str:
    classes = tag.get("class")
    listed = [classes] if isinstance(classes, str) else list(classes or [])
    layer = str(tag.get("data-framer-name") or "")  # a Framer layer's name ("Footer")
    return " ".join([*map(str, listed), str(tag.get("id") or ""), layer])
