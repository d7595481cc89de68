"""Renderers: one label, five formats, four views.

    render_label(label, "md")                      # Markdown text
    render_label(label, "html", "apple")           # one self-contained HTML page
    render_label(label, "png")                     # PNG bytes (needs Chromium)
    render_label(label, "json", "google")          # the view as JSON
    render_terminal(label, "label", Console())     # print a rich card

Every view works with every format. A label without a summary or grade (read from
hand-written JSON, say) gets them computed for every format but `json`, which prints
the label or view as it is.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, get_args

from summarizer.label.schema import PrivacyNutritionLabel
from summarizer.render.views import VIEW_NAMES, RenderError, ViewName, build_view

if TYPE_CHECKING:
    from summarizer.render.html import render_html
    from summarizer.render.markdown import render_markdown
    from summarizer.render.png import find_chromium
    from summarizer.render.terminal import render_terminal, terminal_text

# Imported when first used (jinja2 and rich are slow to import; JSON needs neither).
_LAZY = {
    "render_html": "html",
    "render_markdown": "markdown",
    "find_chromium": "png",
    "screenshot_html": "png",
    "render_terminal": "terminal",
    "terminal_text": "terminal",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f"summarizer.render.{_LAZY[name]}"), name)
    raise AttributeError(name)


Format = Literal["json", "md", "html", "png", "terminal"]
FORMATS: tuple[Format, ...] = get_args(Format)


def render_json(label: PrivacyNutritionLabel, view: ViewName = "label") -> str:
    """The label (or the view built from it) as indented JSON."""
    return build_view(label, view).model_dump_json(indent=2)


def render_png(label: PrivacyNutritionLabel, view: ViewName = "label") -> bytes:
    """The HTML card screenshotted by headless Chromium (RenderError if there is none)."""
    from summarizer.render.html import render_html
    from summarizer.render.png import screenshot_html

    return screenshot_html(render_html(label, view))


def render_label(
    label: PrivacyNutritionLabel,
    fmt: Format,
    view: ViewName = "label",
    *,
    console_width: int | None = None,
) -> str | bytes:
    """The label in format `fmt` and view `view`; bytes for `png`, text otherwise.

    `terminal` returns the rich card as plain text `console_width` columns wide
    (default 100); use `render_terminal` to print it in colour.
    """
    if view not in VIEW_NAMES:
        raise RenderError(f"Unknown view {view!r}: choose one of {', '.join(VIEW_NAMES)}.")
    if fmt == "json":
        return render_json(label, view)
    if fmt == "md":
        from summarizer.render.markdown import render_markdown

        return render_markdown(label, view)
    if fmt == "html":
        from summarizer.render.html import render_html

        return render_html(label, view)
    if fmt == "png":
        return render_png(label, view)
    if fmt == "terminal":
        from summarizer.render.terminal import terminal_text

        return terminal_text(label, view, console_width)
    raise RenderError(f"Unknown format {fmt!r}: choose one of {', '.join(FORMATS)}.")


__all__ = [
    "FORMATS",
    "VIEW_NAMES",
    "Format",
    "RenderError",
    "ViewName",
    "find_chromium",
    "render_html",
    "render_json",
    "render_label",
    "render_markdown",
    "render_png",
    "render_terminal",
    "terminal_text",
]
