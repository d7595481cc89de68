"""A parsed web page as markdown-ish plain text (`render_text`); evidence offsets index it.

- Headings (`h1`-`h6`, and a Termly embed's `data-custom-class="heading_N"` elements)
  become `#` lines, without the zero-width space a docs site's anchor link leaves in
  them; block elements become paragraphs separated by
  blank lines; list items become `* ` lines; `<br>` ends a line; the cells of a data
  table are joined with ` | `, the columns of a layout table are blocks of their own.
- A paragraph that is bold throughout becomes `**...**`, which the chunker takes as a
  heading; so does a short bold line that stands alone at the start of a paragraph
  (`<p><b>Sharing your data</b><br>We share ...</p>`, also after a blank line made of
  two `<br>`s), which then becomes a paragraph of its own. Bold words inside a sentence
  stay plain text.
- Items that a page sets apart with CSS are kept apart by a space even when the HTML
  has no space between them: links or buttons one after the other (a row of footer
  links `<a>Terms</a><a>Privacy</a>`, a list of opt-out tools), and the children of a
  flex or grid container (`<div class="flex gap-2"><span>Stripe</span><span>AWS</span>`,
  named by Tailwind's or Bootstrap's classes or an inline style). Real pages build such
  rows without whitespace (minified HTML, JSX drops the line breaks between elements)
  and separate them with margins or gaps a browser draws. Text run into an element stays
  one word (`<b>Pri</b>vacy`, `<a>cookie</a>s`): a browser shows it as one.
"""

from __future__ import annotations

import re

from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)

from summarizer.text.dating import find_policy_date

DROPPED_TAGS = frozenset(
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
# Inside a data table's cell these separate items of the cell, not blocks of the page.
_IN_CELL_BREAKS = frozenset(
    {"p", "div", "ul", "ol", "li", "br", "dl", "dt", "dd", "section", "blockquote", *_HEADING_TAGS}
)
# Elements that stand apart from the same element right after them.
_ITEM_TAGS = frozenset({"a", "button"})
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_MAX_BOLD_HEADING_CHARS = 200
# A bold lead line longer than this is a sentence in bold, not a section's title.
_MAX_LEAD_LINE_WORDS = 16
# A flex or grid container, by its class (Tailwind "flex", "md:grid"; Bootstrap
# "d-flex", "d-md-inline-flex") or its inline style.
_FLEX_CLASS = re.compile(
    r"^(?:[a-z0-9-]+:)*(?:inline-)?(?:flex|grid)$|^d(?:-[a-z]{2,3})?-(?:inline-)?(?:flex|grid)$"
)
_FLEX_STYLE = re.compile(r"display\s*:\s*(?:inline-)?(?:flex|grid)\b", re.IGNORECASE)


def render_text(root: Tag, bold_classes: frozenset[str] = frozenset()) -> str:
    """The text of `root` (a page or a part of one), as the module docstring says; an
    element of a class in `bold_classes` (`css_bold_classes`) is bold."""
    return _HtmlText(bold_classes).render(root)


# A style rule's selectors and body ("`.c3, .c7 { font-weight: 700 }`"), and a bold weight.
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_CLASS = re.compile(r"^\s*\.([\w-]+)\s*$")
_BOLD_WEIGHT = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.IGNORECASE)


def css_bold_classes(page: Tag) -> frozenset[str]:
    """The classes a page's style sheets make bold with a rule of their own (".c5 {
    font-weight: 700 }", as Google Docs and word processors export a bold line)."""
    found: set[str] = set()
    for style in page.find_all("style"):
        for selectors, body in _CSS_RULE.findall(style.get_text()):
            if _BOLD_WEIGHT.search(body):
                for selector in selectors.split(","):
                    simple = _CSS_CLASS.match(selector)
                    if simple:
                        found.add(simple.group(1))
    return frozenset(found)


_DATA_TABLE_TAGS = ["th", "thead", "caption"]
_CELL_BLOCKS = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "br"]
_MIN_LAYOUT_CELL_WORDS = 60


def _is_layout_table(table: Tag) -> bool:
    """Whether a <table> lays out the page (columns of a 2005 site) rather than holding
    data: it says so (role="presentation"), holds another table, or, with no header
    cells, has a cell holding a long text in paragraphs or lines."""
    if table.get("role") in ("presentation", "none"):
        return True
    if table.find("table") is not None:
        return True
    if table.find(_DATA_TABLE_TAGS) is not None:
        return False
    return any(
        len(cell.get_text(" ").split()) >= _MIN_LAYOUT_CELL_WORDS
        and len(cell.find_all(_CELL_BLOCKS, limit=2)) >= 2
        for cell in table.find_all("td")
    )


def _is_flex(tag: Tag) -> bool:
    """Whether `tag` lays its children out as flex or grid items (each a box of its own)."""
    classes = tag.get("class")
    if isinstance(classes, list) and any(_FLEX_CLASS.match(str(name)) for name in classes):
        return True
    style = tag.get("style")
    return isinstance(style, str) and _FLEX_STYLE.search(style) is not None


class _Line:
    """A line of the block being gathered: its text so far, and whether it is all bold."""

    __slots__ = ("all_bold", "has_text", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.has_text = False
        self.all_bold = True


class _HtmlText:
    """Walks a parsed page once (iteratively: deep nesting cannot overflow the stack)."""

    def __init__(self, bold_classes: frozenset[str] = frozenset()) -> None:
        self.bold_classes = bold_classes
        self.blocks: list[str] = []
        self.lines: list[_Line] = [_Line()]
        self.has_text = False
        self.bold_depth = 0
        self.list_depth = 0
        self.prefix = ""
        self.layout_tables: list[bool] = []
        self.data_cell_depth = 0
        self.cell_texts = 0  # `texts` when the data cell being read began
        self.saw_data_cell = False  # the block holds a cell of a data table
        self.row_cells = 0  # the data cells begun since the last block boundary (a row)
        self.item_ended = False  # a link with text ended, and no text came after it
        self.texts = 0  # pieces of text so far
        self.item_starts: list[int] = []  # `texts` when each open link began
        self.flex: dict[int, bool] = {}

    def render(self, soup: Tag) -> str:
        stack: list[tuple[bool, object]] = [(False, child) for child in reversed(soup.contents)]
        while stack:
            leaving, node = stack.pop()
            if isinstance(node, Tag):
                if leaving:
                    self._leave(node)
                    continue
                name = node.name.lower()
                if name in DROPPED_TAGS:
                    continue
                self._enter(node)
                stack.append((True, node))
                stack.extend((False, child) for child in reversed(node.contents))
            elif isinstance(node, NavigableString) and not isinstance(node, _SKIPPED_STRINGS):
                self._add_text(node)
        self._flush()
        return "\n\n".join(self.blocks)

    def _in_flex(self, node: Tag | NavigableString) -> bool:
        parent = node.parent
        if parent is None:
            return False
        known = self.flex.get(id(parent))
        if known is None:
            known = self.flex[id(parent)] = _is_flex(parent)
        return known

    def _enter(self, tag: Tag) -> None:
        name = tag.name.lower()
        if self.data_cell_depth and name in _IN_CELL_BREAKS:
            self._cell_break()  # a row of a data table stays one line
            return
        if name in _HEADING_TAGS or name in _BLOCK_TAGS or name == "li" or _class_heading(tag):
            self._flush()
            if name in ("ul", "ol"):
                self.list_depth += 1
            elif name == "li":
                self.prefix = "  " * max(self.list_depth - 1, 0) + "* "
            elif name == "table":
                self.layout_tables.append(_is_layout_table(tag))
        elif name == "br":
            self.lines.append(_Line())
        elif name in _CELL_TAGS:
            if self.layout_tables and self.layout_tables[-1]:
                self._flush()  # a column of the page, not a cell of data
            else:
                self.data_cell_depth += 1
                self.saw_data_cell = True
                if self.row_cells:
                    # Every cell after a row's first, even an empty one, keeps its place:
                    # "| Phone number | Yes" under "Category | Examples | Collected?".
                    self.lines[-1].parts.append(" | ")
                self.row_cells += 1
                self.cell_texts = self.texts
        else:
            if self._is_bold(tag):
                self.bold_depth += 1
            if name in _ITEM_TAGS:
                self.item_starts.append(self.texts)
            if (name in _ITEM_TAGS and self.item_ended) or self._in_flex(tag):
                self._separate()

    def _leave(self, tag: Tag) -> None:
        name = tag.name.lower()
        if self.data_cell_depth and name in _IN_CELL_BREAKS:
            return
        if name in _HEADING_TAGS:
            self._flush(heading_level=_HEADING_TAGS[name])
        elif level := _class_heading(tag):
            self._flush(heading_level=level)
        elif name in _BLOCK_TAGS or name == "li":
            self._flush()
            if name in ("ul", "ol"):
                self.list_depth = max(self.list_depth - 1, 0)
            elif name == "li":
                self.prefix = ""
            elif name == "table" and self.layout_tables:
                self.layout_tables.pop()
        elif name in _CELL_TAGS:
            if self.layout_tables and self.layout_tables[-1]:
                self._flush()
            else:
                self.data_cell_depth = max(self.data_cell_depth - 1, 0)
        else:
            if self._is_bold(tag):
                self.bold_depth = max(self.bold_depth - 1, 0)
            if name in _ITEM_TAGS and self.item_starts and self.item_starts.pop() < self.texts:
                self.item_ended = True  # not an empty anchor (`<a id="top"></a>`)

    def _cell_break(self) -> None:
        """Between two paragraphs, list items or lines of one data cell: "; ", so the
        cell's items stay apart and its row stays one line ("Name; Email address")."""
        if self.texts == self.cell_texts:
            return  # nothing in the cell yet
        line = self.lines[-1]
        last = "".join(line.parts).rstrip()
        if last and last[-1] not in ";,.:|":
            line.parts.append("; ")
        else:
            line.parts.append(" ")

    def _is_bold(self, tag: Tag) -> bool:
        """`<b>`, `<strong>`, or an element a style makes bold (inline or by its class)."""
        if tag.name.lower() in _BOLD_TAGS:
            return True
        style = tag.get("style")
        if isinstance(style, str) and _BOLD_WEIGHT.search(style):
            return True
        classes = tag.get("class")
        return (
            bool(self.bold_classes)
            and isinstance(classes, list)
            and any(name in self.bold_classes for name in classes)
        )

    def _separate(self) -> None:
        """A space before what comes next, unless the text so far ends in one."""
        if not self.has_text:
            return
        for line in reversed(self.lines):
            for part in reversed(line.parts):
                if part:
                    if not part[-1].isspace():
                        self.lines[-1].parts.append(" ")
                    return
            return  # a line break separates already

    def _add_text(self, node: NavigableString) -> None:
        text = str(node)
        if not text:
            return
        if text.strip():
            if self._in_flex(node):
                self._separate()  # text beside flex items is an item of its own
            self.has_text = True
            self.item_ended = False
            self.texts += 1
            line = self.lines[-1]
            line.has_text = True
            if self.bold_depth == 0:
                line.all_bold = False
        self.lines[-1].parts.append(text.replace("\n", " "))

    def _flush(self, heading_level: int = 0) -> None:
        """Emit the text gathered since the last block boundary as one block (or, when it
        opens with bold lead lines, as those headings and the text after them)."""
        gathered, in_data_cell = self.lines, self.data_cell_depth > 0 or self.saw_data_cell
        self.lines, self.has_text, self.item_ended = [_Line()], False, False
        self.saw_data_cell, self.row_cells = False, 0
        lines: list[tuple[str, bool, bool]] = []  # (text, all bold, after a blank line)
        blank_before = True
        for line in gathered:
            text = _INLINE_SPACE.sub(" ", "".join(line.parts)).strip()
            if not text or not line.has_text:  # (a table row of empty cells is " | | ")
                blank_before = True
                continue
            lines.append((text, line.has_text and line.all_bold, blank_before))
            blank_before = False
        if not lines:
            return
        prefix, self.prefix = self.prefix, ""
        if heading_level:
            # (a docs site's "#" anchor after a heading holds a zero-width space)
            title = " ".join(text for text, _, _ in lines).replace("\u200b", "").strip()
            if title:
                self.blocks.append("#" * heading_level + " " + title)
            return
        if all(bold for _, bold, _ in lines) and not prefix:
            body = " ".join(text for text, _, _ in lines)
            if len(body) <= _MAX_BOLD_HEADING_CHARS:
                self.blocks.append(f"**{body}**")
                return
        if prefix or in_data_cell:
            self.blocks.append(prefix + "\n".join(text for text, _, _ in lines))
            return
        paragraph: list[str] = []
        for index, (text, bold, after_blank) in enumerate(lines):
            if bold and after_blank and index + 1 < len(lines) and _is_lead_line(text):
                if paragraph:
                    self.blocks.append("\n".join(paragraph))
                    paragraph = []
                self.blocks.append(f"**{text}**")
            else:
                paragraph.append(text)
        if paragraph:
            self.blocks.append("\n".join(paragraph))


# Termly's embedded policies mark headings with a data attribute on a <div> or <span>
# ("heading_1" a section, "heading_2" a subsection) rather than with <h2>/<h3>.
_CLASS_HEADING = re.compile(r"^heading_([1-5])$")
_MAX_CLASS_HEADING_CHARS = 200


def _class_heading(tag: Tag) -> int:
    """The heading level a `data-custom-class="heading_N"` element stands for (N + 1:
    the page's title is the h1), or 0 when it is not one or holds more than a title."""
    value = tag.get("data-custom-class")
    if not isinstance(value, str):
        return 0
    match = _CLASS_HEADING.match(value.strip())
    if match is None or len(tag.get_text()) > _MAX_CLASS_HEADING_CHARS:
        return 0
    return int(match.group(1)) + 1


def _is_lead_line(text: str) -> bool:
    """Whether a bold line could title what follows it: short, not a sentence, not the
    policy's date ("Last updated: March 3, 2025" opens the text, not a section)."""
    words = text.split()
    return (
        len(text) <= _MAX_BOLD_HEADING_CHARS
        and len(words) <= _MAX_LEAD_LINE_WORDS
        and not (text.endswith((".", "!", "?")) and len(words) > 4)
        and find_policy_date(text) is None
    )
