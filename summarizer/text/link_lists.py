"""Menus without markup that says so: boxes of short links standing apart from prose.

A site's menus are not always `<nav>` or named "menu": a navbar of plain `<div>`s, a
left column of a table layout, a `list-group` of links, a footer's link columns. What
they share is their shape: nearly all their words are link text, in short items. A
policy has link lists too ("opt out with these tools:", a list of partners' policies),
but those flow with the policy's prose: a paragraph stands beside them in the same
parent, or, inside the page's <main> or <article>, a heading. So a link list is chrome
when no such sibling stands beside it (`link_list_chrome`).
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import Comment, NavigableString, Tag

_WORD = re.compile(r"\w+")
_MIN_LINKS = 2
_MIN_LINK_SHARE = 0.75  # of the box's words
_MAX_WORDS_PER_LINK = 6
_MIN_PROSE_WORDS = 12  # a paragraph this long beside a link list makes it the policy's
_MIN_LEAD_IN_WORDS = 3  # ... or a lead-in this long ending with ":"
_MAX_PROSE_LINK_SHARE = 0.5
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "svg"})
_NEVER = frozenset({"html", "body", "main", "article", "a"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A paragraph holds none of these: a box holding them is a container, not prose.
_BLOCK_TAGS = [
    "p", "div", "ul", "ol", "table", "section", "article", "aside", "header", "footer",
    "nav", "main", "form", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dl",
]  # fmt: skip


class _Counts:
    __slots__ = ("link_words", "links", "words")

    def __init__(self) -> None:
        self.words = 0
        self.link_words = 0
        self.links = 0


def link_list_chrome(soup: BeautifulSoup) -> list[Tag]:
    """The outermost boxes of `soup` that are link lists with no prose next to them."""
    counts = _count(soup)
    found: list[Tag] = []
    stack: list[Tag] = [soup]
    while stack:
        tag = stack.pop()
        for child in reversed(tag.contents):
            if not isinstance(child, Tag) or child.name in _SKIPPED:
                continue
            if child.name not in _NEVER and _is_link_list(counts.get(id(child))):
                if not _in_prose_flow(child, counts):
                    found.append(child)
                continue  # a kept link list's inner lists are kept with it
            stack.append(child)
    return found


def _is_link_list(count: _Counts | None) -> bool:
    return (
        count is not None
        and count.links >= _MIN_LINKS
        and count.link_words >= _MIN_LINK_SHARE * count.words
        and count.words <= _MAX_WORDS_PER_LINK * count.links
    )


def _in_prose_flow(tag: Tag, counts: dict[int, _Counts]) -> bool:
    """Whether a prose paragraph stands beside `tag` in its parent: the list is part of
    a text, not a box of its own."""
    parent = tag.parent
    if parent is None:
        return False
    in_content = any(_is_content(ancestor) for ancestor in tag.parents)
    for sibling in parent.contents:
        if sibling is tag or isinstance(sibling, Comment):
            continue
        if in_content and isinstance(sibling, Tag) and sibling.name in _HEADINGS:
            return True  # a section of the page's content: "Our partners" and their links
        if isinstance(sibling, NavigableString):
            if len(_WORD.findall(str(sibling))) >= _MIN_PROSE_WORDS:
                return True
        elif isinstance(sibling, Tag) and _is_paragraph(sibling, counts.get(id(sibling))):
            return True
    return False


def _is_content(tag: Tag) -> bool:
    return tag.name in ("main", "article") or tag.get("role") == "main"


def _is_paragraph(tag: Tag, count: _Counts | None) -> bool:
    """A block of running text, mostly not links: a sentence of some length, or a lead-in
    ending with a colon."""
    if count is None or tag.name in _SKIPPED or tag.name in _HEADINGS:
        return False
    prose_words = count.words - count.link_words
    if count.link_words > _MAX_PROSE_LINK_SHARE * count.words:
        return False
    long_enough = prose_words >= _MIN_PROSE_WORDS or (
        prose_words >= _MIN_LEAD_IN_WORDS and tag.get_text().rstrip().endswith(":")
    )
    return long_enough and tag.find(_BLOCK_TAGS) is None


def _count(soup: BeautifulSoup) -> dict[int, _Counts]:
    """Words, link words and links of every tag, in one pass after its children."""
    counts: dict[int, _Counts] = {}
    stack: list[tuple[bool, Tag]] = [(False, soup)]
    while stack:
        leaving, tag = stack.pop()
        if leaving:
            total = counts.setdefault(id(tag), _Counts())
            if tag.name == "a":
                total.links += 1
                total.link_words = total.words
            parent = tag.parent
            if parent is not None:
                into = counts.setdefault(id(parent), _Counts())
                into.words += total.words
                into.link_words += total.link_words
                into.links += total.links
            continue
        counts.setdefault(id(tag), _Counts())
        stack.append((True, tag))
        for child in tag.contents:
            if isinstance(child, Tag):
                if child.name not in _SKIPPED:
                    stack.append((False, child))
            elif isinstance(child, NavigableString) and not isinstance(child, Comment):
                counts[id(tag)].words += len(_WORD.findall(str(child)))
    return counts
