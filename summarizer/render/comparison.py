"""A `Comparison` (services side by side) as Markdown, CSV, HTML or a terminal table.

    render_comparison(table, "md" | "csv" | "html" | "terminal")

Rows where the services differ are marked: bold in Markdown and the terminal, a
`differs` class (tinted) in HTML, a `differs` column in CSV. HTML is one
self-contained page with no script; every cell is escaped.
"""

from __future__ import annotations

import csv
import io
from typing import Literal

from rich import box
from rich.console import RenderableType
from rich.table import Table

from summarizer import __version__
from summarizer.label.comparison import Comparison
from summarizer.render.markdown import md_text
from summarizer.render.pages import PAGES, grade_css, plain_text
from summarizer.render.views import RenderError

CompareFormat = Literal["terminal", "md", "html", "csv"]
COMPARE_FORMATS: tuple[CompareFormat, ...] = ("terminal", "md", "html", "csv")

NOT_SAID_MARK = "–"


def comparison_markdown(table: Comparison) -> str:
    names = [md_text(service.name) for service in table.services]
    lines = [
        "# Privacy labels compared",
        "",
        "Rows in **bold** differ between the services; – means the policy does not say.",
        "",
        "| | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    group = None
    for row in table.rows:
        if row.group != group:
            group = row.group
            lines.append(f"| _{md_text(group)}_ |" + " |" * len(names))
        title = md_text(row.title)
        cells = [md_text(cell) if cell else NOT_SAID_MARK for cell in row.cells]
        if row.differs:
            title = f"**{title}**"
            cells = [f"**{cell}**" for cell in cells]
        lines.append(f"| {title} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def comparison_csv(table: Comparison) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["group", "row", "field", "differs", *[s.name for s in table.services]])
    for row in table.rows:
        writer.writerow([row.group, row.title, row.key, "yes" if row.differs else "no", *row.cells])
    return out.getvalue()


def comparison_card(table: Comparison) -> RenderableType:
    grid = Table(box=box.SIMPLE_HEAD, title="Privacy labels compared", title_justify="left")
    grid.add_column("", no_wrap=False)
    for service in table.services:
        grid.add_column(service.name, overflow="fold")
    group = None
    for row in table.rows:
        if row.group != group:
            group = row.group
            grid.add_row(f"[grey50]{group}[/]", *["" for _ in table.services])
        style = "bold yellow" if row.differs else None
        grid.add_row(row.title, *[cell or NOT_SAID_MARK for cell in row.cells], style=style)
    return grid


def comparison_terminal_text(table: Comparison, width: int = 120) -> str:
    return plain_text(comparison_card(table), width)


def comparison_html(table: Comparison) -> str:
    return PAGES.get_template("compare.html.j2").render(
        table=table,
        not_said=NOT_SAID_MARK,
        css=grade_css,
        version=__version__,
    )


def render_comparison(table: Comparison, fmt: CompareFormat, *, width: int = 120) -> str:
    """The comparison as text in `fmt`."""
    if fmt == "md":
        return comparison_markdown(table)
    if fmt == "csv":
        return comparison_csv(table)
    if fmt == "html":
        return comparison_html(table)
    if fmt == "terminal":
        return comparison_terminal_text(table, width)
    raise RenderError(f"Unknown format {fmt!r}: choose one of {', '.join(COMPARE_FORMATS)}.")
