"""Read one sentence: its practice verbs, who does them, negation, and the terms named.

Everything here works on a *masked* copy of the chunk text: the same length as the
original (so offsets carry over), with link targets, bare URLs and e-mail addresses
blanked (a URL such as `/cookies-policy` is not a statement about cookies), markdown
emphasis removed, curly quotes straightened and line breaks turned into spaces.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from enum import Enum

from summarizer.rules import lexicon as lx

CATEGORY_RE = lx.compile_terms(lx.CATEGORY_TERMS)
RECIPIENT_RE = lx.compile_terms(lx.RECIPIENT_TERMS)
PURPOSE_RE = lx.compile_terms(lx.PURPOSE_TERMS)
VERB_RE = lx.compile_terms(lx.VERB_TERMS)
LEGAL_COMPULSION_RE = lx.compile_any(lx.LEGAL_COMPULSION)
ANAPHORA_RE = lx.compile_any(lx.ANAPHORA)
RIGHT_RES = {right: lx.compile_any(fragments) for right, fragments in lx.RIGHT_TERMS.items()}
HEADING_RES = lx.compile_kind_table(lx.HEADING_KINDS)
HEADING_CATEGORY_RES = {
    category: lx.compile_any(fragments) for category, fragments in lx.HEADING_CATEGORY_EXTRA.items()
}

_MASK_LINK_TARGET = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MASK_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\"'\]]+|mailto:[^\s)\]]+", re.IGNORECASE)
_MASK_CHARS = str.maketrans(
    {
        "*": " ",
        "_": " ",
        "#": " ",
        ">": " ",
        "\\": " ",
        "`": " ",
        "[": " ",
        "\n": " ",
        "\r": " ",
        "\t": " ",
        "\xa0": " ",
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "−": "-",
    }
)


def mask_text(text: str) -> str:
    """Same-length copy of `text` for matching (see the module docstring)."""

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group(0))

    masked = _MASK_LINK_TARGET.sub(blank, text)
    masked = _MASK_URL.sub(blank, masked)
    masked = lx.EMAIL.sub(blank, masked)
    return masked.translate(_MASK_CHARS)


class Actor(str, Enum):
    first = "first"
    user = "user"
    third = "third"
    none = "none"


@dataclass(frozen=True)
class Term:
    key: str
    start: int
    end: int


@dataclass(frozen=True)
class Verb:
    kind: str
    start: int
    end: int
    negated: bool
    conditional: bool
    actor: Actor
    passive: bool


@dataclass
class Facts:
    """What one sentence says, in sentence-relative offsets."""

    text: str
    verbs: list[Verb] = field(default_factory=list)
    categories: list[Term] = field(default_factory=list)
    recipients: list[Term] = field(default_factory=list)
    purposes: list[Term] = field(default_factory=list)
    negators: list[int] = field(default_factory=list)
    boundaries: list[int] = field(default_factory=list)
    excluded: list[tuple[int, int]] = field(default_factory=list)
    markers: list[int] = field(default_factory=list)

    def negated_at(self, pos: int, window: int = 70) -> bool:
        return negated_at(self, pos, window)

    def conditional_at(self, pos: int) -> bool:
        return conditional_at(self.text, pos)


_EXCLUSION = re.compile(
    r"\((?:[^()]{0,20}?\b(?:not including|excluding|other than|except|but not)\b[^()]*)\)"
    r"|\b(?:not including|excluding|with the exception of)\b[^.;:()]*",
    re.IGNORECASE,
)
_SUBJECT_SCOPE = re.compile(r"[;:.!?]")


def _terms(pattern: re.Pattern[str], text: str, excluded: list[tuple[int, int]]) -> list[Term]:
    found = []
    for match in pattern.finditer(text):
        if any(a <= match.start() < b for a, b in excluded):
            continue
        found.append(Term(match.lastgroup or "", match.start(), match.end()))
    return found


def _negators(text: str) -> list[int]:
    immune = [(m.start(), m.end()) for m in lx.NEGATION_IMMUNE.finditer(text)]
    return [
        m.start()
        for m in lx.NEGATORS.finditer(text)
        if not any(a <= m.start() < b for a, b in immune)
    ]


def negated_at(facts: Facts, pos: int, window: int = 70) -> bool:
    """Whether a negator governs the word at `pos` (same clause, shortly before it)."""
    boundaries = facts.boundaries
    idx = bisect_left(boundaries, pos) - 1
    clause_start = boundaries[idx] if idx >= 0 else 0
    low = max(clause_start, pos - window)
    return any(low <= n < pos for n in facts.negators)


def conditional_at(text: str, pos: int) -> bool:
    """Whether `pos` sits in an if/when clause with no comma between opener and it."""
    for match in lx.CONDITIONAL_OPENERS.finditer(text, 0, pos):
        if not re.search(r"[,;:.]", text[match.end() : pos]):
            return True
    return False


def actor_before(text: str, pos: int, first_names: re.Pattern[str] | None = None) -> Actor:
    """The last actor named before `pos` in its clause: the subject of a verb there."""
    scope_start = 0
    for match in _SUBJECT_SCOPE.finditer(text, 0, pos):
        scope_start = match.end()
    scope = text[max(scope_start, pos - 120) : pos]
    best: tuple[int, Actor] = (-1, Actor.none)
    for pattern, actor in (
        (lx.ACTOR_FIRST, Actor.first),
        (lx.ACTOR_USER, Actor.user),
        (lx.ACTOR_THIRD, Actor.third),
    ):
        for match in pattern.finditer(scope):
            if match.start() >= best[0]:
                best = (match.start(), actor)
    if first_names is not None:
        for match in first_names.finditer(scope):
            if match.start() >= best[0]:
                best = (match.start(), Actor.first)
    return best[1]


def read_sentence(text: str, first_names: re.Pattern[str] | None = None) -> Facts:
    """The facts of one masked sentence."""
    excluded = [(m.start(), m.end()) for m in _EXCLUSION.finditer(text)]
    facts = Facts(text=text, excluded=excluded)
    facts.negators = _negators(text)
    facts.boundaries = [m.start() for m in lx.CLAUSE_BOUNDARY.finditer(text)]
    facts.markers = purpose_markers(text)
    facts.categories = _terms(CATEGORY_RE, text, excluded)
    facts.recipients = _terms(RECIPIENT_RE, text, [])
    facts.purposes = _terms(PURPOSE_RE, text, [])
    occupied = [(t.start, t.end) for t in facts.categories]
    for match in VERB_RE.finditer(text):
        start = match.start()
        if any(a <= start < b for a, b in occupied):
            continue
        facts.verbs.append(
            Verb(
                kind=match.lastgroup or "",
                start=start,
                end=match.end(),
                negated=negated_at(facts, start),
                conditional=conditional_at(text, start),
                actor=actor_before(text, start, first_names),
                passive=bool(lx.PASSIVE.search(text[max(0, start - 30) : start])),
            )
        )
    return facts


_CONTROL_BEFORE_TO = re.compile(
    r"\b(?:choose|chooses|decide|decides|want|wants|wish|wishes|like|able|asked|required|need|needs|agree|agrees|elect|going|"
    r"try|continue|how|have|has|prompted|requested|invited|free|allowed|permitted|unable|refer|right|ability|option|opportunity|"
    r"begin|start|used|access|connected|related|relating|respect|regard|addition|similar|prior|due|according|subject|up)\s+$",
    re.IGNORECASE,
)


def purpose_markers(text: str) -> list[int]:
    """Where purposes are introduced ("to provide", "in order to", "for the purpose of").

    "to" after a control verb ("you choose to provide", "asked to enter") is not one.
    """
    found = []
    for match in lx.PURPOSE_MARKER.finditer(text):
        if match.group(0).lower().startswith("to ") and _CONTROL_BEFORE_TO.search(
            text[max(0, match.start() - 20) : match.start()]
        ):
            continue
        found.append(match.start())
    return found


def heading_kinds(headings: tuple[str, ...]) -> set[str]:
    """Which kinds of section ('collect', 'share', 'rights', ...) the headings name."""
    kinds: set[str] = set()
    for heading in headings:
        kinds |= _heading_kind(heading)
    return kinds


_HEADING_KIND_CACHE: dict[str, frozenset[str]] = {}


def _heading_kind(heading: str) -> frozenset[str]:
    cached = _HEADING_KIND_CACHE.get(heading)
    if cached is None:
        cached = frozenset(kind for kind, pattern in HEADING_RES.items() if pattern.search(heading))
        if len(_HEADING_KIND_CACHE) < 4096:
            _HEADING_KIND_CACHE[heading] = cached
    return cached


def inner_heading_kinds(headings: tuple[str, ...]) -> set[str]:
    """The kinds of the innermost heading only."""
    return set(_heading_kind(headings[-1])) if headings else set()
