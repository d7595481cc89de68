"""Tables in a chunk's text: a markdown table (a header row, a rule of dashes, rows) and
the rows a web page's or a Word document's table becomes ("cell | cell | cell" lines,
perhaps with blank lines between them). `sentences` reads each cell as a sentence under
its column's name; this module finds the table, its columns and its rows' cells.

Offsets index the chunk's text, like every span in `sentences`.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

Cell = tuple[int, int]  # a cell's text, trimmed: text[start:end]

# A markdown table's rule under its header row: "|---|:---:|".
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*")
_CELL_BAR = re.compile(r"(?<!\\)\|")
_CELL_EDGE = " \t\r\n*_#>\\`|"
_MARKUP_TO_SPACE = str.maketrans({c: " " for c in "*_#>\\`"})
# A column that answers whether a row's data is collected ("Collected?", "Do we collect
# it?"), and an answer there that it is not: such a row names data they do not collect.
_COLLECTION_COLUMN = re.compile(r"\bcollect")
_NO_CELL = re.compile(r"(?i)(?:no|none|not collected|n/?a|[-–—✗✘×])[.*_ ]*")
# A column that gives examples of the one before it ("Category | Examples").
_EXAMPLES_COLUMN = re.compile(r"(?i)(?:examples?|e\.?g\.?|such as|includes?|including|details)")
# A column name: a short label ("Personal data", "Retention period (days)", "Collected?"),
# no sentence.
_LABEL_CELL = re.compile(r"[^.?!@:\n]{1,40}\??")


class Table(NamedTuple):
    columns: list[str]  # the header row's names ("Personal data"), markup left out
    rows: list[list[Cell]]
    end: int  # the index of the line after the table


def find_table(
    text: str, lines: list[tuple[int, int]], blank: list[bool], index: int
) -> Table | None:
    """The table starting at line `index` (`lines` are the chunk's line spans, `blank`
    which are empty), or None if no table starts there.

    A web page's table has no rule under its header: its first row is taken as the
    header when its cells are short labels and at least two rows after it have as many
    cells."""
    start, end = lines[index]
    if text.find("|", start, end) < 0:
        return None
    header = _cells(text, start, end)
    if len(header) < 2:
        return None
    following = next((i for i in range(index + 1, len(lines)) if not blank[i]), None)
    if following is None:
        return None
    if following == index + 1 and _TABLE_RULE.fullmatch(text, *lines[following]):
        rows, after = _rows(text, lines, blank, following + 1, width=None)
    elif all(_LABEL_CELL.fullmatch(text, a, b) for a, b in header) and _web_row(
        text, *lines[following], len(header)
    ):
        rows, after = _rows(text, lines, blank, following, width=len(header))
        if len(rows) < 2:
            return None  # two lines of "a | b" are more likely prose than a table
    else:
        return None
    if not rows:
        return None
    columns = [_column_name(text[a:b]) for a, b in header]
    for column in range(1, len(columns)):
        if _EXAMPLES_COLUMN.fullmatch(columns[column]):
            columns[column] = columns[column - 1]  # "Category | Examples": more of the same
    return Table(columns, rows, after)


def denies_collection(text: str, columns: list[str], cells: list[Cell]) -> bool:
    """Whether a row answers "No" under a "Collected?" column ("Biometric information |
    Fingerprints | No"): it names data they do not collect."""
    return any(
        column < len(cells) and _NO_CELL.fullmatch(text, *cells[column])
        for column, name in enumerate(columns)
        if _COLLECTION_COLUMN.search(name.lower())
    )


def row_span(text: str, cells: list[Cell]) -> Cell:
    """A row's quote: its first to its last filled cell, with the markup their trimmed
    text lost at the two ends ("_ga", not "ga")."""
    filled = [(a, b) for a, b in cells if b > a]
    start, end = filled[0][0], filled[-1][1]
    while start > 0 and text[start - 1] in "_*":
        start -= 1
    while end < len(text) and text[end] in "_*":
        end += 1
    return start, end


def _cells(text: str, start: int, end: int, outer: bool = False) -> list[Cell]:
    """The cells of a table row, trimmed; a row's outer bars ("| a | b |") bound no cell,
    unless `outer` (a web row's empty first or last cell: "| Phone number | Yes")."""
    bars = [m.start() for m in _CELL_BAR.finditer(text, start, end)]
    edges = [start - 1, *bars, end]
    cells = [_trim_cell(text, a + 1, b) for a, b in pairwise(edges)]
    if outer:
        return cells
    if bars and not text[start : bars[0]].strip():
        cells = cells[1:]
    if bars and not text[bars[-1] + 1 : end].strip():
        cells = cells[:-1]
    return cells


def _web_row(text: str, start: int, end: int, width: int) -> list[Cell] | None:
    """The `width` cells of a web page's or a Word document's table row, or None. Such a
    row keeps an empty cell's place, so a bar at its start or end bounds an empty cell
    when that makes the row as wide as the table."""
    cells = _cells(text, start, end)
    if len(cells) != width:
        cells = _cells(text, start, end, outer=True)
    return cells if len(cells) == width else None


def _trim_cell(text: str, start: int, end: int) -> Cell:
    while start < end and text[start] in _CELL_EDGE:
        start += 1
    while end > start and text[end - 1] in _CELL_EDGE:
        end -= 1
    return start, end


def _column_name(cell: str) -> str:
    return " ".join(cell.translate(_MARKUP_TO_SPACE).split()).strip(" :.-")


def _rows(
    text: str, lines: list[tuple[int, int]], blank: list[bool], index: int, width: int | None
) -> tuple[list[list[Cell]], int]:
    """The rows from line `index` on, and the index of the line after the last: a
    markdown table's rows (`width` None) run to the first line without a bar; a web
    table's rows all have `width` cells, and blank lines may come between them."""
    rows: list[list[Cell]] = []
    while index < len(lines):
        if blank[index]:
            if width is None:
                break
            following = next((i for i in range(index + 1, len(lines)) if not blank[i]), None)
            if following is None or _web_row(text, *lines[following], width) is None:
                break
            index = following
        start, end = lines[index]
        if text.find("|", start, end) < 0:
            break
        cells = _cells(text, start, end) if width is None else _web_row(text, start, end, width)
        if cells is None:
            break
        rows.append(cells)
        index += 1
    return rows, index
