"""The label as one self-contained HTML page, styled as a nutrition-facts panel.

The page has inline CSS, no external assets and no script: every quote is revealed
with `<details>` (and repeated in `title=` tooltips on grid cells). Policy text is
untrusted, so the templates run with autoescape on; nothing is marked safe.

Templates live in `summarizer/render/templates/` (one per view, sharing `base`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from summarizer import __version__
from summarizer.label.grading import point_value
from summarizer.label.schema import (
    DataCategory,
    Evidence,
    PrivacyNutritionLabel,
    Purpose,
    Recipient,
    Right,
)
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
    ViewName,
    apple_view,
    complete_label,
    google_view,
    opp115_view,
)

TEMPLATES = Path(__file__).parent / "templates"

_ENV = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)

GRADE_MEANING: dict[str, str] = {
    "A": "Few concerns",
    "B": "Some concerns",
    "C": "Many concerns",
    "D": "Serious concerns",
    "E": "Very poor",
    "N/A": "Not graded",
}


def tooltip(evidence: list[Evidence]) -> str:
    """The first quote and its section, for a `title=` attribute (escaped by Jinja)."""
    if not evidence:
        return ""
    first = evidence[0]
    section = f" — {first.section}" if first.section else ""
    return f"“{first.quote}”{section}"


# For each yes/no question, the answer that is good for the reader (None: neither).
GOOD_ANSWER: dict[str, str | None] = {
    "sells_personal_data": "no",
    "third_party_tracking": "no",
    "do_not_track": "honored",
    "international_transfer": None,
    "policy_changes": "personal_notice",
}


def answer_badge(value: str, good: str | None = "yes") -> dict[str, str]:
    """An answer as words, a mark and a tone (good / bad / neutral / unknown)."""
    if value == "not_stated":
        tone, mark = "unknown", "–"
    elif good is None:
        tone, mark = "neutral", "•"
    elif value == good:
        tone, mark = "good", "✓"
    else:
        tone, mark = "bad", "✗"
    return {"tone": tone, "mark": mark, "text": ANSWER_TERMS[value].title}


def _rows_for_label(label: PrivacyNutritionLabel) -> dict[str, Any]:
    collected = {item.category: item for item in label.data_collected}
    purposes_used = {
        p for item in label.data_collected for p in item.purposes
    } | label.purpose_set()
    columns = [p for p in Purpose if p in purposes_used] or list(Purpose)
    grid = []
    for category in DataCategory:
        item = collected.get(category)
        if item is None:
            continue
        term = CATEGORY_TERMS[category]
        grid.append(
            {
                "key": category.value,
                "title": term.title,
                "hint": term.hint,
                "sources": [SOURCE_TERMS[s].title for s in item.sources],
                "cells": [
                    {
                        "marked": p in item.purposes,
                        "tip": tooltip(item.evidence),
                        "purpose": PURPOSE_TERMS[p].title,
                    }
                    for p in columns
                ],
                "evidence": item.evidence,
            }
        )
    sharing = [
        {
            "key": claim.recipient.value,
            "title": RECIPIENT_TERMS[claim.recipient].title,
            "hint": RECIPIENT_TERMS[claim.recipient].hint,
            "categories": [CATEGORY_TERMS[c].title for c in claim.categories],
            "purposes": [PURPOSE_TERMS[p].title for p in claim.purposes],
            "evidence": claim.evidence,
        }
        for recipient in Recipient
        for claim in label.sharing
        if claim.recipient == recipient
    ]
    rights = [
        {
            "key": right.value,
            "title": RIGHT_TERMS[right].title,
            "answer": answer_badge(label.rights[right].value),
            "evidence": label.rights[right].evidence,
        }
        for right in Right
    ]
    questions = [
        {
            "key": key,
            "title": FIELD_TITLES[key],
            "answer": answer_badge(getattr(label, key).value, GOOD_ANSWER[key]),
            "evidence": getattr(label, key).evidence,
        }
        for key in (
            "sells_personal_data",
            "third_party_tracking",
            "do_not_track",
            "international_transfer",
        )
    ]
    questions.append(
        {
            "key": "policy_changes",
            "title": FIELD_TITLES["policy_changes"],
            "answer": answer_badge(label.policy_changes.notice, GOOD_ANSWER["policy_changes"]),
            "evidence": label.policy_changes.evidence,
        }
    )
    return {
        "columns": [
            {"key": p.value, "title": PURPOSE_TERMS[p].title, "hint": PURPOSE_TERMS[p].hint}
            for p in columns
        ],
        "grid": grid,
        "sharing": sharing,
        "rights": rights,
        "questions": questions,
        "purposes": [
            {
                "title": PURPOSE_TERMS[claim.purpose].title,
                "hint": PURPOSE_TERMS[claim.purpose].hint,
                "evidence": claim.evidence,
            }
            for purpose in Purpose
            for claim in label.purposes
            if claim.purpose == purpose
        ],
        "not_collected": [
            {"title": CATEGORY_TERMS[e.category].title, "evidence": e.evidence}
            for e in label.data_not_collected
        ],
        "conflicts": [
            {"title": field_title(c.field), "note": c.note, "evidence": c.evidence}
            for c in label.conflicts
        ],
    }


def _details_for_label(label: PrivacyNutritionLabel) -> list[dict[str, Any]]:
    """Retention, security, children: one row each, with words and evidence."""
    retention = label.retention
    if retention.stated == "yes":
        keep = (retention.period or "").strip() or "Stated, no period given"
    else:
        keep = ANSWER_TERMS[retention.stated].title
    security = label.security
    protect = (
        measures_text(security.measures)
        if security.measures
        else ANSWER_TERMS[security.measures_described].title
    )
    children = label.children
    kids = []
    if children.min_age is not None:
        kids.append(f"Not for children under {children.min_age}")
    knowingly = children.knowingly_collects_from_children
    if knowingly == "no":
        kids.append("does not knowingly collect their data")
    elif knowingly == "yes":
        kids.append("may collect their data")
    return [
        {
            "key": "retention",
            "title": FIELD_TITLES["retention"],
            "text": keep,
            "evidence": retention.evidence,
        },
        {
            "key": "security",
            "title": FIELD_TITLES["security"],
            "text": protect,
            "evidence": security.evidence,
        },
        {
            "key": "children",
            "title": FIELD_TITLES["children"],
            "text": "; ".join(kids) if kids else "Not stated",
            "evidence": children.evidence,
        },
    ]


def _common(label: PrivacyNutritionLabel, view_title: str) -> dict[str, Any]:
    grade = label.grade.grade
    return {
        "service": label.service_name or "Unnamed service",
        "view_title": view_title,
        "grade": grade,
        "grade_css": "na" if grade == "N/A" else grade.lower(),
        "grade_meaning": GRADE_MEANING[grade],
        "version": __version__,
        "tooltip": tooltip,
        "points": label.grade.points,
        "balance": label.grade.balance,
        "signed_value": lambda point: f"{point_value(point):+d}".replace("-", "−"),
    }


def html_context(label: PrivacyNutritionLabel, view: ViewName) -> dict[str, Any]:
    """Everything a template needs, already in plain words."""
    label = displayable(complete_label(label))
    if view == "label":
        context = _common(label, "Privacy Facts")
        context.update(_rows_for_label(label))
        context.update(
            summary=label.summary,
            details=_details_for_label(label),
            contact=label.contact,
            coverage=label.coverage,
            provenance=label.provenance,
        )
        return context
    if view == "apple":
        context = _common(label, "App Privacy")
        context.update(apple=apple_view(label), category_title=lambda c: CATEGORY_TERMS[c].title)
        return context
    if view == "google":
        context = _common(label, "Data safety")
        context.update(
            google=google_view(label),
            answer=answer_badge,
            category_title=lambda c: CATEGORY_TERMS[c].title,
        )
        return context
    context = _common(label, "OPP-115 practices")
    context.update(opp=opp115_view(label))
    return context


def render_html(label: PrivacyNutritionLabel, view: ViewName = "label") -> str:
    """One self-contained HTML page for the label in the given view."""
    template = _ENV.get_template(f"{view}.html.j2")
    return template.render(**html_context(label, view))
