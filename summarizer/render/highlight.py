"""The policy text itself with every evidence span highlighted and linked to its claim.

    render_highlight(label, text)   # one self-contained HTML page

Each quoted span is a `<mark>`; after it, numbered links go to the claims that rest
on it, and each claim in the list links back to every span behind it. Reading needs
no script (`:target` styles show where a link landed) and the page loads nothing.
The policy text is untrusted: it reaches the page only through Jinja's autoescape,
as text tokens, never as markup.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from summarizer import __version__
from summarizer.label.changes import label_practices
from summarizer.label.grading import grade_label
from summarizer.label.schema import PrivacyNutritionLabel
from summarizer.render.pages import PAGES, grade_css


@dataclass
class Claim:
    number: int
    path: str
    title: str
    value: str
    spans: list[int] = field(default_factory=list)  # span numbers, in text order


@dataclass
class Span:
    number: int
    start: int
    end: int
    section: str | None
    claims: list[int] = field(default_factory=list)  # claim numbers


@dataclass
class Token:
    """A piece of the page body: text (plain or marked), a span's start, or its end."""

    kind: str  # "text" | "start" | "end"
    text: str = ""
    depth: int = 0  # how many spans cover this text
    span: Span | None = None


@dataclass
class Highlighted:
    claims: list[Claim]
    spans: list[Span]
    tokens: list[Token]
    misplaced: int  # quotes not found at their offsets in this text (not shown)


def highlight_policy(label: PrivacyNutritionLabel, text: str) -> Highlighted:
    """Claims, their spans in `text`, and the text cut into tokens at span edges."""
    claims: list[Claim] = []
    spans: dict[tuple[int, int], Span] = {}
    misplaced = 0
    for path, practice in label_practices(label).items():
        if not practice.evidence:
            continue
        claim = Claim(len(claims) + 1, path, practice.title, practice.value)
        for evidence in practice.evidence:
            if (
                text[evidence.start : evidence.end] != evidence.quote
                or evidence.end <= evidence.start
            ):
                misplaced += 1
                continue
            key = (evidence.start, evidence.end)
            span = spans.setdefault(key, Span(0, evidence.start, evidence.end, evidence.section))
            if claim.number not in span.claims:
                span.claims.append(claim.number)
        if any(claim.number in span.claims for span in spans.values()):
            claims.append(claim)
    ordered = sorted(spans.values(), key=lambda s: (s.start, s.end))
    for number, span in enumerate(ordered, start=1):
        span.number = number
    for claim in claims:
        claim.spans = [s.number for s in ordered if claim.number in s.claims]
    return Highlighted(claims, ordered, _tokens(text, ordered), misplaced)


def _tokens(text: str, spans: list[Span]) -> list[Token]:
    edges = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
        ends.setdefault(span.end, []).append(span)
    tokens: list[Token] = []
    for left, right in itertools.pairwise(edges):
        for span in ends.get(left, []):
            tokens.append(Token("end", span=span))
        for span in starts.get(left, []):
            tokens.append(Token("start", span=span))
        depth = sum(1 for s in spans if s.start <= left and right <= s.end)
        tokens.append(Token("text", text=text[left:right], depth=min(depth, 3)))
    for span in ends.get(len(text), []):
        tokens.append(Token("end", span=span))
    return tokens


def render_highlight(label: PrivacyNutritionLabel, text: str) -> str:
    """One self-contained HTML page: the policy text with the label's evidence marked."""
    found = highlight_policy(label, text)
    grade = grade_label(label)
    return PAGES.get_template("highlight.html.j2").render(
        service=label.service_name or "Unnamed service",
        source=label.provenance.source,
        grade=grade.grade,
        grade_css=grade_css(grade.grade),
        balance=grade.balance,
        found=found,
        version=__version__,
    )
