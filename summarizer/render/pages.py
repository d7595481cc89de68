"""What the diff, comparison and highlight pages share: one jinja environment over
`templates/` (autoescaped, a missing variable is an error), the CSS class of a grade,
and a rich renderable as plain text for the terminal formats."""

from __future__ import annotations

import io
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from rich.console import Console, RenderableType

PAGES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def grade_css(grade: str) -> str:
    """The CSS class of a grade badge: "a" ... "e", or "na"."""
    return "na" if grade == "N/A" else grade.lower()


def plain_text(renderable: RenderableType, width: int) -> str:
    """`renderable` drawn `width` columns wide, without colour."""
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.export_text()
