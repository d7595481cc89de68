"""HTML to the text a policy is read from: the page's visible text as markdown-ish
plain text (headings as `#` lines, list items as `* `), without navigation, site
header and footer. Imported only when a page is HTML (BeautifulSoup is slow to import).
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page's policy, with markdown-style headings and list
    items: the page's one `<main>` when it holds the policy, else the page without its
    navigation, site header and site footer (menus and "Do Not Sell" links are not
    policy statements). A page that is all chrome is kept whole."""
    soup = BeautifulSoup(html, "html.parser")
    whole = _HtmlText().render(soup)
    mains = soup.find_all(_is_main)
    if len(mains) == 1:
        main = _HtmlText().render(mains[0])
        if len(main) >= _MIN_MAIN_SHARE * len(whole):
            return main
    for chrome in soup.find_all(_is_chrome):
        if not chrome.decomposed:  # not already gone with an enclosing piece of chrome
            chrome.decompose()
    return _HtmlText().render(soup) or whole


# --- HTML to text -------------------------------------------------------------------

_DROPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "svg", "canvas", "iframe", "object"}
)
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "header", "hgroup", "hr", "html", "legend", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
        "thead", "tr", "ul",
    }
)  # fmt: skip
_HEADING_TAGS = {f"h{level}": level for level in range(1, 7)}
_BOLD_TAGS = frozenset({"b", "strong"})
_CELL_TAGS = frozenset({"td", "th"})
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_MAX_BOLD_HEADING_CHARS = 200


_MIN_MAIN_SHARE = 0.3
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
_CONTENT_TAGS = frozenset({"main", "article"})


def _is_main(tag: Tag) -> bool:
    return tag.name == "main" or tag.get("role") == "main"


def _is_chrome(tag: Tag) -> bool:
    """Site navigation, or a header/footer of the page rather than of its content."""
    if tag.name == "nav" or tag.get("role") in _CHROME_ROLES:
        return True
    if tag.name in ("header", "footer"):
        return not any(parent.name in _CONTENT_TAGS or _is_main(parent) for parent in tag.parents)
    return False


class _HtmlText:
    """Walks a parsed page once (iteratively: deep nesting cannot overflow the stack)."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.parts: list[str] = []
        self.has_text = False
        self.all_bold = True
        self.bold_depth = 0
        self.list_depth = 0
        self.prefix = ""

    def render(self, soup: Tag) -> str:
        stack: list[tuple[bool, object]] = [(False, child) for child in reversed(soup.contents)]
        while stack:
            leaving, node = stack.pop()
            if isinstance(node, Tag):
                if leaving:
                    self._leave(node)
                    continue
                name = node.name.lower()
                if name in _DROPPED_TAGS:
                    continue
                self._enter(node)
                stack.append((True, node))
                stack.extend((False, child) for child in reversed(node.contents))
            elif isinstance(node, NavigableString) and not isinstance(node, _SKIPPED_STRINGS):
                self._add_text(str(node))
        self._flush()
        return "\n\n".join(self.blocks)

    def _enter(self, tag: Tag) -> None:
        name = tag.name.lower()
        if name in _HEADING_TAGS or name in _BLOCK_TAGS or name == "li":
            self._flush()
            if name in ("ul", "ol"):
                self.list_depth += 1
            elif name == "li":
                self.prefix = "  " * max(self.list_depth - 1, 0) + "* "
        elif name == "br":
            self.parts.append("\n")
        elif name in _CELL_TAGS:
            if self.has_text:
                self.parts.append(" | ")
        elif name in _BOLD_TAGS:
            self.bold_depth += 1

    def _leave(self, tag: Tag) -> None:
        name = tag.name.lower()
        if name in _HEADING_TAGS:
            self._flush(heading_level=_HEADING_TAGS[name])
        elif name in _BLOCK_TAGS or name == "li":
            self._flush()
            if name in ("ul", "ol"):
                self.list_depth = max(self.list_depth - 1, 0)
            elif name == "li":
                self.prefix = ""
        elif name in _BOLD_TAGS:
            self.bold_depth = max(self.bold_depth - 1, 0)

    def _add_text(self, text: str) -> None:
        if text.strip():
            self.has_text = True
            if self.bold_depth == 0:
                self.all_bold = False
        self.parts.append(text.replace("\n", " "))

    def _flush(self, heading_level: int = 0) -> None:
        """Emit the text gathered since the last block boundary as one block."""
        raw, all_bold = "".join(self.parts), self.all_bold
        self.parts, self.has_text, self.all_bold = [], False, True
        lines = [_INLINE_SPACE.sub(" ", line).strip() for line in raw.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            return
        prefix, self.prefix = self.prefix, ""
        if heading_level:
            self.blocks.append("#" * heading_level + " " + " ".join(lines))
            return
        body = "\n".join(lines)
        if all_bold and not prefix and len(body) <= _MAX_BOLD_HEADING_CHARS:
            body = f"**{' '.join(lines)}**"
        self.blocks.append(prefix + body)
