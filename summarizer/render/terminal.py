"""The label as a card in the terminal, drawn with rich.

`render_terminal` prints to a console you give it (colour when it is a terminal);
`terminal_text` returns the same card as plain text, `width` columns wide.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from summarizer.label.grading import point_value
from summarizer.label.schema import Evidence, PrivacyNutritionLabel, Purpose, Recipient, Right
from summarizer.label.vocabulary import (
    ANSWER_TERMS,
    CATEGORY_TERMS,
    FIELD_TITLES,
    PURPOSE_TERMS,
    RECIPIENT_TERMS,
    RIGHT_TERMS,
    SOURCE_TERMS,
    field_title,
    measures_text,
)
from summarizer.render.safe_text import displayable
from summarizer.render.views import (
    AppleView,
    GoogleView,
    Opp115View,
    ViewName,
    apple_view,
    complete_label,
    google_view,
    opp115_view,
)

DEFAULT_WIDTH = 100
QUOTE_CHARS = 90
GRADE_STYLE: dict[str, str] = {
    "A": "bold white on green4",
    "B": "bold white on chartreuse4",
    "C": "bold black on gold3",
    "D": "bold white on dark_orange3",
    "E": "bold white on red3",
    "N/A": "bold white on grey42",
}
GRADE_WORDS: dict[str, str] = {
    "A": "few concerns",
    "B": "some concerns",
    "C": "many concerns",
    "D": "serious concerns",
    "E": "very poor",
    "N/A": "not graded",
}
KIND_STYLE = {"good": "green", "bad": "red", "blocker": "bold white on red"}
VIEW_TITLES = {
    "label": "Privacy Facts",
    "apple": "App Privacy (Apple-style)",
    "google": "Data safety (Google Play-style)",
    "opp115": "OPP-115 practices",
}
GOOD_ANSWER: dict[str, str | None] = {
    "sells_personal_data": "no",
    "third_party_tracking": "no",
    "do_not_track": "honored",
    "international_transfer": None,
    "policy_changes": "personal_notice",
}


def _answer(value: str, good: str | None = "yes") -> Text:
    words = ANSWER_TERMS[value].title
    if value == "not_stated":
        return Text(f"– {words}", style="grey50")
    if good is None:
        return Text(f"• {words}", style="bold blue")
    if value == good:
        return Text(f"✓ {words}", style="bold green")
    return Text(f"✗ {words}", style="bold red")


def _quote(evidence: list[Evidence]) -> Text | None:
    if not evidence:
        return None
    first = evidence[0]
    quote = " ".join(first.quote.split())
    if len(quote) > QUOTE_CHARS:
        quote = quote[: QUOTE_CHARS - 1].rstrip() + "…"
    text = Text(f"“{quote}”", style="italic grey58")
    if first.section:
        text.append(f"  § {first.section}", style="grey50")
    return text


def _row(table: Table, *cells: RenderableType) -> None:
    """Add a row to `table`; a plain string becomes `Text`, which rich never parses as
    markup (policy text such as `[/b]` or `[link=...]` is shown as written)."""
    table.add_row(*(Text(cell) if isinstance(cell, str) else cell for cell in cells))


def _heading(title: str) -> Text:
    return Text(title, style="bold underline")


def _table(*columns: str, ratios: tuple[int, ...] | None = None) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False, header_style="bold"
    )
    for i, column in enumerate(columns):
        table.add_column(column, ratio=ratios[i] if ratios else None, overflow="fold")
    return table


def _title_bar(label: PrivacyNutritionLabel, title: str) -> Table:
    grade = label.grade.grade
    bar = Table.grid(expand=True)
    bar.add_column(ratio=1)
    bar.add_column(justify="right")
    heading = Text.assemble(
        (title, "bold"), "  ·  ", (label.service_name or "Unnamed service", "bold")
    )
    badge = Text.assemble((f"  {grade}  ", GRADE_STYLE[grade]), (f" {GRADE_WORDS[grade]}", "bold"))
    _row(bar, heading, badge)
    return bar


def _summary(label: PrivacyNutritionLabel) -> list[RenderableType]:
    summary = label.summary
    parts: list[RenderableType] = [Text(summary.headline, style="bold"), Text()]
    parts.append(_heading("Key points"))
    points = Table.grid(padding=(0, 1))
    points.add_column(width=1)
    points.add_column(ratio=1)
    for point in summary.key_points:
        body = Text(point.text)
        quote = _quote(point.evidence)
        _row(points, "■", Group(body, quote) if quote else body)
    if not summary.key_points:
        _row(points, " ", Text("The label holds nothing it can back with a quote.", style="grey50"))
    parts += [points, Text()]
    if summary.concerns:
        parts.append(_heading("Watch out for"))
        concerns = Table.grid(padding=(0, 1))
        concerns.add_column(width=1)
        concerns.add_column(ratio=1)
        for concern in summary.concerns:
            _row(concerns, Text("!", style="bold yellow"), Text(concern, style="yellow"))
        parts += [concerns, Text()]
    return parts


def _collected(label: PrivacyNutritionLabel) -> list[RenderableType]:
    table = _table("What they collect", "How they get it", "Why", ratios=(5, 6, 7))
    for item in label.data_collected:
        term = CATEGORY_TERMS[item.category]
        _row(
            table,
            Text(term.title, style="bold"),
            ", ".join(SOURCE_TERMS[s].title for s in item.sources)
            or Text("not stated", style="grey50"),
            ", ".join(PURPOSE_TERMS[p].title for p in item.purposes)
            or Text("not stated", style="grey50"),
        )
    if not label.data_collected:
        _row(table, Text("nothing listed", style="grey50"), "", "")
    parts: list[RenderableType] = [table]
    if label.data_not_collected:
        names = ", ".join(CATEGORY_TERMS[e.category].title for e in label.data_not_collected)
        parts.append(Text.assemble(("They say they do not collect: ", "bold"), names))
    return [*parts, Text()]


def _sharing(label: PrivacyNutritionLabel) -> list[RenderableType]:
    table = _table("Who gets it", "What data", "Why", ratios=(3, 3, 3))
    for claim in sorted(label.sharing, key=lambda c: list(Recipient).index(c.recipient)):
        _row(
            table,
            Text(RECIPIENT_TERMS[claim.recipient].title, style="bold"),
            ", ".join(CATEGORY_TERMS[c].title for c in claim.categories)
            or Text("not said", style="grey50"),
            ", ".join(PURPOSE_TERMS[p].title for p in claim.purposes)
            or Text("not said", style="grey50"),
        )
    if not label.sharing:
        _row(table, Text("no one listed", style="grey50"), "", "")
    purposes = sorted(label.purpose_set(), key=list(Purpose).index)
    parts: list[RenderableType] = [table]
    if purposes:
        parts.append(
            Text.assemble(
                ("Why they use your data: ", "bold"),
                ", ".join(PURPOSE_TERMS[p].title for p in purposes),
            )
        )
    return [*parts, Text()]


def _answers(label: PrivacyNutritionLabel) -> list[RenderableType]:
    questions = _table("Yes or no", "", ratios=(5, 4))
    for key in (
        "sells_personal_data",
        "third_party_tracking",
        "do_not_track",
        "international_transfer",
    ):
        _row(questions, FIELD_TITLES[key], _answer(getattr(label, key).value, GOOD_ANSWER[key]))
    _row(
        questions,
        FIELD_TITLES["policy_changes"],
        _answer(label.policy_changes.notice, GOOD_ANSWER["policy_changes"]),
    )
    rights = _table("Your rights", "", ratios=(3, 2))
    for right in Right:
        _row(rights, RIGHT_TERMS[right].title, _answer(label.rights[right].value))
    both = Table.grid(expand=True, padding=(0, 3))
    both.add_column(ratio=1)
    both.add_column(ratio=1)
    _row(both, questions, rights)
    return [both, Text()]


def _details(label: PrivacyNutritionLabel) -> list[RenderableType]:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    retention, security, children = label.retention, label.security, label.children
    _row(grid, FIELD_TITLES["retention"], retention.period or ANSWER_TERMS[retention.stated].title)
    _row(
        grid,
        FIELD_TITLES["security"],
        measures_text(security.measures) or ANSWER_TERMS[security.measures_described].title,
    )
    kids = f"not for children under {children.min_age}" if children.min_age is not None else ""
    knowingly = children.knowingly_collects_from_children
    if knowingly != "not_stated":
        kids += (
            "; " if kids else ""
        ) + f"knowingly collects from children: {ANSWER_TERMS[knowingly].phrase}"
    _row(grid, FIELD_TITLES["children"], kids or "Not stated")
    contact = [
        *label.contact.emails,
        *label.contact.urls,
        *label.contact.addresses,
        *label.contact.phones,
    ]
    _row(grid, FIELD_TITLES["contact"], ", ".join(contact) or "Not given")
    for conflict in label.conflicts:
        note = f": {conflict.note}" if conflict.note else ""
        _row(grid, Text("Conflict", style="bold yellow"), f"{field_title(conflict.field)}{note}")
    return [grid, Text()]


def _grade(label: PrivacyNutritionLabel) -> list[RenderableType]:
    grade = label.grade
    parts: list[RenderableType] = [
        Text.assemble(
            ("How the grade was worked out", "bold underline"),
            (f"   balance {grade.balance:+d}", "grey50"),
        )
    ]
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for point in grade.points:
        value = f"{point_value(point):+d}".replace("-", "−")
        _row(grid, Text(f"{value} {point.kind}", style=KIND_STYLE[point.kind]), point.reason)
    if not grade.points:
        _row(grid, Text("none", style="grey50"), "nothing in the label could be checked")
    return [*parts, grid]


def _footer(label: PrivacyNutritionLabel) -> Text:
    coverage, provenance = label.coverage, label.provenance
    bits = []
    if coverage.chunks or coverage.chunks_failed:
        bits.append(f"read {coverage.chunks_read} of {coverage.chunks} parts")
    if coverage.chunks_failed:
        bits.append("could not read: " + ", ".join(f.section for f in coverage.chunks_failed))
    if coverage.claims_dropped:
        bits.append(f"{coverage.claims_dropped} claim(s) dropped (quote not found)")
    bits.append(
        f"engine {provenance.engine}" + (f", model {provenance.model}" if provenance.model else "")
    )
    return Text(" · ".join(bits), style="grey50")


def _limitations(items: list[str]) -> list[RenderableType]:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=1, style="grey50")
    grid.add_column(ratio=1, style="grey50")
    for item in items:
        _row(grid, "•", item)
    return [_heading("What this view cannot show"), grid]


def _apple(view: AppleView) -> list[RenderableType]:
    colours = {
        "track": "dark_orange3",
        "linked": "blue",
        "not_linked": "grey50",
        "not_collected": "green4",
    }
    parts: list[RenderableType] = []
    for panel in view.panels:
        if panel.items:
            with_purposes = panel.key != "not_collected"
            columns = ("Data type", "From the label", "Purposes")[: 3 if with_purposes else 2]
            table = _table(*columns, ratios=(2, 3, 4)[: len(columns)])
            for item in panel.items:
                cells: list[RenderableType] = [
                    Text(item.apple_category, style="bold"),
                    ", ".join(CATEGORY_TERMS[c].title for c in item.categories),
                ]
                if with_purposes:
                    cells.append(", ".join(item.purposes) or Text("not stated", style="grey50"))
                _row(table, *cells)
            body: RenderableType = Group(Text(panel.description, style="grey50"), table)
        else:
            body = Group(
                Text(panel.description, style="grey50"),
                Text(panel.note or "Nothing in the label belongs here.", style="italic"),
            )
        parts.append(
            Panel(
                body,
                title=Text(panel.title, style="bold"),
                title_align="left",
                border_style=colours[panel.key],
            )
        )
    return [*parts, Text(), *_limitations(view.limitations)]


def _google(view: GoogleView) -> list[RenderableType]:
    shared = _table("Data shared", "Purposes", "Shared with", ratios=(2, 3, 3))
    for row in view.shared_rows():
        _row(
            shared,
            Text(row.data_type, style="bold"),
            ", ".join(row.shared_purposes) or "not stated",
            ", ".join(row.shared_with),
        )
    if not view.shared_rows():
        _row(shared, Text("none shown as shared", style="grey50"), "", "")
    collected = _table("Data collected", "Purposes", ratios=(2, 6))
    for row in view.collected_rows():
        _row(collected, Text(row.data_type, style="bold"), ", ".join(row.purposes) or "not stated")
    if not view.collected_rows():
        _row(collected, Text("none shown as collected", style="grey50"), "")
    practices = _table("Security practices", "", ratios=(5, 3))
    for practice in view.practices:
        _row(practices, practice.title, _answer(practice.value))
    parts: list[RenderableType] = [shared]
    if view.shared_without_types:
        parts.append(
            Text(
                "Also gets data not itemised: " + ", ".join(view.shared_without_types),
                style="grey50",
            )
        )
    return [*parts, Text(), collected, Text(), practices, Text(), *_limitations(view.limitations)]


def _opp115(view: Opp115View) -> list[RenderableType]:
    parts: list[RenderableType] = []
    for category, practices in view.by_category().items():
        table = _table(category, "Attributes", ratios=(2, 3))
        for practice in practices:
            attributes = Text()
            for i, attribute in enumerate(practice.attributes):
                if i:
                    attributes.append("; ")
                attributes.append(f"{attribute.name}: ", style="grey50")
                attributes.append(attribute.value)
            _row(table, Text(practice.text, style="bold"), attributes)
        parts += [table, Text()]
    if not view.practices:
        parts.append(Text("The label holds no practices.", style="grey50"))
    return [*parts, *_limitations(view.limitations)]


def build_card(label: PrivacyNutritionLabel, view: ViewName = "label") -> RenderableType:
    """The card as one rich renderable.

    Every piece of text from the label is a `Text` (never a string, which rich would
    parse as markup) and has been through `display_text` (no control characters)."""
    label = displayable(complete_label(label))
    parts: list[RenderableType] = [_title_bar(label, VIEW_TITLES[view]), Rule(style="bold"), Text()]
    if view == "label":
        parts += _summary(label) + _collected(label) + _sharing(label) + _answers(label)
        parts += _details(label) + _grade(label)
    elif view == "apple":
        parts += [Text(label.summary.headline, style="bold"), Text(), *_apple(apple_view(label))]
    elif view == "google":
        parts += [Text(label.summary.headline, style="bold"), Text(), *_google(google_view(label))]
    else:
        parts += [Text(label.summary.headline, style="bold"), Text(), *_opp115(opp115_view(label))]
    if view != "label":  # every card shows the balance and every point
        parts += [Text(), *_grade(label)]
    parts += [Text(), _footer(label)]
    return Panel(
        Group(*parts),
        title=Text(" summarizer ", style="bold"),
        title_align="right",
        box=box.HEAVY,
        padding=(0, 1),
    )


def render_terminal(label: PrivacyNutritionLabel, view: ViewName, console: Console) -> None:
    """Print the card to `console` (colour follows the console's settings)."""
    console.print(build_card(label, view))


def terminal_console(width: int | None = None) -> Console:
    """A recording console of the given width that writes nowhere."""
    return Console(
        record=True,
        width=width or DEFAULT_WIDTH,
        file=io.StringIO(),
        color_system="truecolor",
        force_terminal=True,
    )


def terminal_text(
    label: PrivacyNutritionLabel, view: ViewName = "label", width: int | None = None
) -> str:
    """The card as plain text (no colour codes), `width` columns wide."""
    console = terminal_console(width)
    render_terminal(label, view, console)
    return console.export_text(styles=False)
