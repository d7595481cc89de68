"""The label as Markdown: summary, grade, then tables, each claim with its first quote.

Policy text is untrusted and Markdown passes raw HTML through, so every piece of
text from the label goes through `md_text`, which backslash-escapes (the Markdown
way, never with HTML entities that a reader of the raw file would see) each
character that could start a tag, an entity, a link, emphasis, code, a table cell
or a block. Characters that cannot mean anything where they stand (`&` in
"Bait & Tackle", `_` inside "privacy_team", `<` before a space) are left as written.
"""

from __future__ import annotations

import re
import string

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
from summarizer.render.document_line import document_line
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

MARKS = {"yes": "✅", "no": "❌", "not_stated": "➖"}

# Characters that may mean something inline; `_escape_inline` decides for each one.
_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]|~<&#]")
# CommonMark's entity and numeric character references (`&amp;`, `&#38;`, `&#x26;`).
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# After `<`: an HTML tag, closing tag, comment, declaration or autolink (`<http:...>`).
_TAG_OPENER = re.compile(r"[A-Za-z/!?]")
# Where a backslash goes so the text cannot open a block of its own (a quote, list item,
# thematic break or setext underline) at the start of a line's content; `#` is inline.
_BLOCK_OPENER = re.compile(r"(?=[>+=-])|\d{1,9}(?=[.)](?:\s|$))")
_ASCII_PUNCTUATION = frozenset(string.punctuation)


def _escape_inline(match: re.Match[str]) -> str:
    char, text, at = match.group(), match.string, match.start()
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    if char == "\\":
        live = after == "" or after in _ASCII_PUNCTUATION  # `\*` escapes, `C:\Users` does not
    elif char == "_":
        live = not (before.isalnum() and after.isalnum())  # `_` inside a word is not emphasis
    elif char == "<":
        live = bool(_TAG_OPENER.match(after))
    elif char == "&":
        live = bool(_ENTITY.match(text, at))
    elif char == "#":
        live = before in ("", " ")  # could open a heading or close one (`# Title #`)
    else:
        live = True  # code, emphasis, links, table cells, strikethrough
    return "\\" + char if live else char


def md_text(text: str) -> str:
    """Text safe anywhere in the Markdown (a heading, list item, quote or table cell):
    one line, shown as written once rendered, nothing in it live (no HTML, link, emphasis,
    code or block of its own), and escaped only where a character could mean something."""
    text = _INLINE_SPECIAL.sub(_escape_inline, " ".join(text.split()))
    opener = _BLOCK_OPENER.match(text)
    return text[: opener.end()] + "\\" + text[opener.end() :] if opener else text


def md_quote(evidence: list[Evidence]) -> str:
    """The first quote and its section, as `“…” (§ Section)`; empty if none."""
    if not evidence:
        return ""
    first = evidence[0]
    section = f" (§ {md_text(first.section)})" if first.section else ""
    return f"“{md_text(first.quote)}”{section}"


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return [*lines, ""]


def _words(items: list[str], empty: str = "not said") -> str:
    return ", ".join(items) if items else f"_{empty}_"


def _header(label: PrivacyNutritionLabel, title: str) -> list[str]:
    service = md_text(label.service_name or "Unnamed service")
    grade = label.grade
    return [
        f"# {title}: {service}",
        "",
        f"**Grade: {grade.grade}** (balance {grade.balance:+d})",
        "",
        f"_{md_text(document_line(label))}_",
        "",
    ]


def _summary_lines(label: PrivacyNutritionLabel) -> list[str]:
    summary = label.summary
    lines = [f"> {md_text(summary.headline)}", "", "## Key points", ""]
    if summary.key_points:
        for point in summary.key_points:
            quote = md_quote(point.evidence)
            lines.append(f"- {md_text(point.text)}" + (f" — {quote}" if quote else ""))
    else:
        lines.append("_The label holds nothing it can back with a quote._")
    lines += ["", "## Concerns", ""]
    lines += [f"- {md_text(c)}" for c in summary.concerns] or ["_No concerns found._"]
    return [*lines, "", *_grade_lines(label)]


def signed(value: int) -> str:
    """+1, −2 (a true minus sign, as on the cards)."""
    return f"{value:+d}".replace("-", "−")


def _grade_lines(label: PrivacyNutritionLabel) -> list[str]:
    """Every point behind the grade with its value (the balance is their sum)."""
    lines = ["## How the grade was worked out", ""]
    points = label.grade.points
    lines += [f"- {signed(point_value(p))} {p.kind}: {md_text(p.reason)}" for p in points] or [
        "_No points: nothing in the label could be checked._"
    ]
    return [*lines, ""]


def _label_tables(label: PrivacyNutritionLabel) -> list[str]:
    lines = ["## What they collect", ""]
    if label.data_collected:
        lines += _table(
            ["Data", "How they get it", "Why", "Evidence"],
            [
                [
                    CATEGORY_TERMS[item.category].title,
                    _words([SOURCE_TERMS[s].title for s in item.sources]),
                    _words([PURPOSE_TERMS[p].title for p in item.purposes]),
                    md_quote(item.evidence),
                ]
                for item in label.data_collected
            ],
        )
    else:
        lines += ["_The label lists no data collected._", ""]
    if label.data_not_collected:
        lines += ["### They say they do not collect", ""]
        lines += [
            f"- {CATEGORY_TERMS[e.category].title} — {md_quote(e.evidence)}"
            for e in label.data_not_collected
        ]
        lines.append("")
    lines += ["## Why they use it", ""]
    claims = sorted(label.purposes, key=lambda c: list(Purpose).index(c.purpose))
    lines += (
        _table(
            ["Purpose", "Evidence"],
            [[PURPOSE_TERMS[c.purpose].title, md_quote(c.evidence)] for c in claims],
        )
        if claims
        else ["_The label lists no purposes._", ""]
    )
    lines += ["## Who gets it", ""]
    sharing = sorted(label.sharing, key=lambda c: list(Recipient).index(c.recipient))
    lines += (
        _table(
            ["Recipient", "What data", "Why", "Evidence"],
            [
                [
                    RECIPIENT_TERMS[c.recipient].title,
                    _words([CATEGORY_TERMS[x].title for x in c.categories]),
                    _words([PURPOSE_TERMS[p].title for p in c.purposes]),
                    md_quote(c.evidence),
                ]
                for c in sharing
            ],
        )
        if sharing
        else ["_The label lists no one they share data with._", ""]
    )
    lines += ["## Yes or no", ""]
    questions = [
        "sells_personal_data",
        "third_party_tracking",
        "do_not_track",
        "international_transfer",
    ]
    rows = [
        [
            FIELD_TITLES[key],
            ANSWER_TERMS[getattr(label, key).value].title,
            md_quote(getattr(label, key).evidence),
        ]
        for key in questions
    ]
    rows.append(
        [
            FIELD_TITLES["policy_changes"],
            ANSWER_TERMS[label.policy_changes.notice].title,
            md_quote(label.policy_changes.evidence),
        ]
    )
    lines += _table(["Question", "Answer", "Evidence"], rows)
    lines += ["## Your rights", ""]
    lines += _table(
        ["Right", "Answer", "Evidence"],
        [
            [
                RIGHT_TERMS[right].title,
                f"{MARKS[label.rights[right].value]} {ANSWER_TERMS[label.rights[right].value].title}",
                md_quote(label.rights[right].evidence),
            ]
            for right in Right
        ],
    )
    return lines + _detail_lines(label)


def _detail_lines(label: PrivacyNutritionLabel) -> list[str]:
    retention, security, children = label.retention, label.security, label.children
    keep = md_text(retention.period) if retention.period else ANSWER_TERMS[retention.stated].title
    protect = (
        md_text(measures_text(security.measures))
        if security.measures
        else ANSWER_TERMS[security.measures_described].title
    )
    kids = []
    if children.min_age is not None:
        kids.append(f"not for children under {children.min_age}")
    if children.knowingly_collects_from_children != "not_stated":
        kids.append(
            f"knowingly collects from children: {ANSWER_TERMS[children.knowingly_collects_from_children].phrase}"
        )
    contact = [
        *label.contact.emails,
        *label.contact.urls,
        *label.contact.addresses,
        *label.contact.phones,
    ]
    lines = ["## Retention, security, children, contact", ""]
    lines += _table(
        ["Topic", "What the policy says", "Evidence"],
        [
            [FIELD_TITLES["retention"], keep, md_quote(retention.evidence)],
            [FIELD_TITLES["security"], protect, md_quote(security.evidence)],
            [
                FIELD_TITLES["children"],
                "; ".join(kids) or ANSWER_TERMS["not_stated"].title,
                md_quote(children.evidence),
            ],
            [FIELD_TITLES["contact"], md_text(", ".join(contact)) or "Not given", ""],
        ],
    )
    if label.conflicts:
        lines += ["## Conflicts in the policy", ""]
        for conflict in label.conflicts:
            note = f": {md_text(conflict.note)}" if conflict.note else ""
            lines.append(
                f"- {md_text(field_title(conflict.field))}{note} — {md_quote(conflict.evidence)}"
            )
        lines.append("")
    return lines


def _coverage_lines(label: PrivacyNutritionLabel) -> list[str]:
    coverage, provenance = label.coverage, label.provenance
    lines = ["## What was read", ""]
    if coverage.chunks or coverage.chunks_failed:
        lines.append(f"- Parts of the policy read: {coverage.chunks_read} of {coverage.chunks}")
    for failed in coverage.chunks_failed:
        lines.append(f"- Could not read “{md_text(failed.section)}”: {md_text(failed.reason)}")
    for cut in coverage.chunks_cut:
        lines.append(f"- Cut short: “{md_text(cut)}”")
    if coverage.claims_dropped:
        lines.append(f"- Claims dropped (quote not found in the policy): {coverage.claims_dropped}")
    model = f", model {md_text(provenance.model)}" if provenance.model else ""
    lines.append(
        f"- Engine: {md_text(provenance.engine)}{model}; schema {provenance.schema_version}"
    )
    return [*lines, ""]


def _limitations(items: list[str]) -> list[str]:
    return ["## What this view cannot show", "", *[f"- {md_text(item)}" for item in items], ""]


def _apple_lines(view: AppleView) -> list[str]:
    lines: list[str] = []
    for panel in view.panels:
        lines += [f"## {md_text(panel.title)}", "", f"_{md_text(panel.description)}_", ""]
        if panel.items and panel.key == "not_collected":
            lines += _table(
                ["Data type", "From the label", "Evidence"],
                [
                    [
                        md_text(item.apple_category),
                        ", ".join(CATEGORY_TERMS[c].title for c in item.categories),
                        md_quote(item.evidence),
                    ]
                    for item in panel.items
                ],
            )
        elif panel.items:
            lines += _table(
                ["Data type", "From the label", "Purposes", "Evidence"],
                [
                    [
                        md_text(item.apple_category),
                        ", ".join(CATEGORY_TERMS[c].title for c in item.categories),
                        _words([md_text(p) for p in item.purposes], "not stated"),
                        md_quote(item.evidence),
                    ]
                    for item in panel.items
                ],
            )
        else:
            lines += [f"_{md_text(panel.note or 'Nothing in the label belongs here.')}_", ""]
    return lines + _limitations(view.limitations)


def _google_lines(view: GoogleView) -> list[str]:
    lines = ["## Data shared", ""]
    shared = view.shared_rows()
    lines += (
        _table(
            ["Data type", "Purposes", "Shared with", "Evidence"],
            [
                [
                    md_text(r.data_type),
                    _words([md_text(p) for p in r.shared_purposes], "not stated"),
                    md_text(", ".join(r.shared_with)),
                    md_quote(r.shared_evidence),
                ]
                for r in shared
            ],
        )
        if shared
        else ["_No data type is shown as shared._", ""]
    )
    if view.shared_without_types:
        lines += [
            f"Also gets data the policy does not itemise: {md_text(', '.join(view.shared_without_types))}",
            "",
        ]
    lines += ["## Data collected", ""]
    collected = view.collected_rows()
    lines += (
        _table(
            ["Data type", "Purposes", "Evidence"],
            [
                [
                    md_text(r.data_type),
                    _words([md_text(p) for p in r.purposes], "not stated"),
                    md_quote(r.evidence),
                ]
                for r in collected
            ],
        )
        if collected
        else ["_No data type is shown as collected._", ""]
    )
    lines += ["## Security practices", ""]
    lines += _table(
        ["Practice", "Answer", "Evidence"],
        [
            [
                md_text(p.title),
                f"{MARKS[p.value]} {ANSWER_TERMS[p.value].title}",
                md_quote(p.evidence),
            ]
            for p in view.practices
        ],
    )
    return lines + _limitations(view.limitations)


def _opp115_lines(view: Opp115View) -> list[str]:
    lines: list[str] = []
    for category, practices in view.by_category().items():
        lines += [f"## {md_text(category)}", ""]
        lines += _table(
            ["Practice", "Attributes", "Evidence"],
            [
                [
                    md_text(p.text),
                    "; ".join(f"{md_text(a.name)}: {md_text(a.value)}" for a in p.attributes),
                    md_quote(p.evidence),
                ]
                for p in practices
            ],
        )
    if not view.practices:
        lines += ["_The label holds no practices._", ""]
    return lines + _limitations(view.limitations)


VIEW_TITLES: dict[str, str] = {
    "label": "Privacy label",
    "apple": "App Privacy (Apple-style)",
    "google": "Data safety (Google Play-style)",
    "opp115": "OPP-115 practices",
}


def render_markdown(label: PrivacyNutritionLabel, view: ViewName = "label") -> str:
    """The label in the given view as a Markdown document."""
    label = displayable(complete_label(label))
    lines = _header(label, VIEW_TITLES[view])
    if view == "label":
        lines += [*_summary_lines(label), *_label_tables(label), *_coverage_lines(label)]
        return "\n".join(lines).rstrip() + "\n"
    lines += [f"> {md_text(label.summary.headline)}", ""]
    if view == "apple":
        lines += _apple_lines(apple_view(label))
    elif view == "google":
        lines += _google_lines(google_view(label))
    else:
        lines += _opp115_lines(opp115_view(label))
    lines += ["", *_grade_lines(label)]
    return "\n".join(lines).rstrip() + "\n"
