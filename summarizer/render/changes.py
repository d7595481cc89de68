"""A `LabelDiff` (what changed between two policy versions) in four formats.

    render_diff(diff, "md" | "html" | "json" | "terminal")

`html` is one self-contained page (inline CSS, no script): the old and the new
version side by side, the changed practices first, then the unchanged ones folded.
Quotes are policy text, so the template autoescapes everything.
"""

from __future__ import annotations

from typing import Literal

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from summarizer import __version__
from summarizer.label.changes import LabelDiff
from summarizer.label.grading import point_value
from summarizer.label.schema import Evidence, GradePoint
from summarizer.render.markdown import md_quote, md_text, signed
from summarizer.render.pages import PAGES, grade_css, plain_text
from summarizer.render.views import RenderError

DiffFormat = Literal["terminal", "md", "html", "json"]
DIFF_FORMATS: tuple[DiffFormat, ...] = ("terminal", "md", "html", "json")

KIND_WORDS = {"added": "Added", "removed": "Removed", "changed": "Changed"}


def _point_words(point: GradePoint) -> str:
    return f"{signed(point_value(point))} {point.reason}"


def grade_sentence(diff: LabelDiff) -> str:
    """'Grade B (+0) → D (−6)' or 'Grade B (+0), unchanged'."""
    grade = diff.grade
    before = f"{grade.old} ({signed(grade.old_balance)})"
    after = f"{grade.new} ({signed(grade.new_balance)})"
    return f"Grade {before} → {after}" if grade.changed else f"Grade {before}, unchanged"


def reworded_sentence(diff: LabelDiff) -> str:
    moved = f"; {diff.moved_quotes} quote(s) moved to another section" if diff.moved_quotes else ""
    return (
        f"{diff.reworded_sentences} sentence(s) changed wording without changing a practice{moved}."
    )


def _names(diff: LabelDiff) -> tuple[str, str]:
    old = diff.old.source or diff.old.service_name or "old version"
    new = diff.new.source or diff.new.service_name or "new version"
    return old, new


def diff_markdown(diff: LabelDiff) -> str:
    old, new = _names(diff)
    lines = [
        f"# What changed: {md_text(diff.new.service_name or 'the policy')}",
        "",
        f"Old: {md_text(old)}  ",
        f"New: {md_text(new)}",
        "",
        f"**{grade_sentence(diff)}**",
        "",
    ]
    points = [f"- gained: {md_text(_point_words(p))}" for p in diff.grade.gained]
    points += [f"- lost: {md_text(_point_words(p))}" for p in diff.grade.lost]
    lines += [*points, *([""] if points else [])]
    lines += [f"## {len(diff.changes)} practice change(s)", ""]
    if not diff.changes:
        lines += ["_No practice changed._", ""]
    for change in diff.changes:
        lines += [
            f"### {KIND_WORDS[change.kind]}: {md_text(change.title)}",
            "",
            f"- Old: {md_text(change.old or 'not in this version')}"
            + (f" — {md_quote(change.old_evidence)}" if change.old_evidence else ""),
            f"- New: {md_text(change.new or 'not in this version')}"
            + (f" — {md_quote(change.new_evidence)}" if change.new_evidence else ""),
            "",
        ]
    lines += ["## Wording", "", reworded_sentence(diff), ""]
    return "\n".join(lines)


def _quote_text(evidence: list[Evidence]) -> Text:
    if not evidence:
        return Text("")
    first = evidence[0]
    section = f" (§ {first.section})" if first.section else ""
    return Text(f"“{first.quote}”{section}", style="italic grey50")


def diff_card(diff: LabelDiff) -> RenderableType:
    """The diff as one rich renderable (colours follow the console)."""
    old, new = _names(diff)
    style = {"added": "green", "removed": "red", "changed": "yellow"}
    parts: list[RenderableType] = [
        Text(f"What changed: {diff.new.service_name or 'the policy'}", style="bold"),
        Text(f"old: {old}\nnew: {new}", style="grey50"),
        Text(grade_sentence(diff), style="bold"),
    ]
    for point in diff.grade.gained:
        parts.append(Text(f"  gained {_point_words(point)}"))
    for point in diff.grade.lost:
        parts.append(Text(f"  lost   {_point_words(point)}"))
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_lines=True)
    table.add_column("", no_wrap=True)
    table.add_column("Practice", ratio=2)
    table.add_column("Old", ratio=3)
    table.add_column("New", ratio=3)
    for change in diff.changes:
        table.add_row(
            Text(KIND_WORDS[change.kind], style=style[change.kind]),
            change.title,
            Group(Text(change.old or "—"), _quote_text(change.old_evidence)),
            Group(Text(change.new or "—"), _quote_text(change.new_evidence)),
        )
    parts.append(table if diff.changes else Text("No practice changed.", style="green"))
    parts.append(Text(reworded_sentence(diff), style="grey50"))
    return Group(*parts)


def diff_terminal_text(diff: LabelDiff, width: int = 100) -> str:
    return plain_text(diff_card(diff), width)


def diff_html(diff: LabelDiff) -> str:
    old, new = _names(diff)
    return PAGES.get_template("diff.html.j2").render(
        diff=diff,
        old_name=old,
        new_name=new,
        grade_sentence=grade_sentence(diff),
        reworded=reworded_sentence(diff),
        kind_words=KIND_WORDS,
        point_words=_point_words,
        css=grade_css,
        version=__version__,
    )


def render_diff(diff: LabelDiff, fmt: DiffFormat, *, width: int = 100) -> str:
    """The diff as text in `fmt` (terminal: plain text `width` columns wide)."""
    if fmt == "json":
        return diff.model_dump_json(indent=2)
    if fmt == "md":
        return diff_markdown(diff)
    if fmt == "html":
        return diff_html(diff)
    if fmt == "terminal":
        return diff_terminal_text(diff, width)
    raise RenderError(f"Unknown format {fmt!r}: choose one of {', '.join(DIFF_FORMATS)}.")
