"""Read one sentence: its practice verbs, who does them, negation, and the terms named.

Everything here works on a *masked* copy of the chunk text: the same length as the
original (so offsets carry over), with link targets, bare URLs and e-mail addresses
blanked (a URL such as `/cookies-policy` is not a statement about cookies), markdown
emphasis removed, curly quotes straightened and line breaks turned into spaces.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import NamedTuple

from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules import lexicon as lx
from summarizer.engines.rules.lazy import lazy
from summarizer.engines.rules.matching import TermPattern, compile_any, compile_terms
from summarizer.engines.rules.triggers import PhraseTrigger, Trigger, sentence_gates
from summarizer.label.schema import Purpose

CATEGORY_RE = compile_terms(lx.CATEGORY_TERMS)
OTHER_SENSE_RES = {
    category: re.compile(r"\b(?:" + "|".join(terms) + r")\b")
    for category, terms in lx.OTHER_SENSES.items()
}
# Which other-sense patterns a sentence needs: the key they guard, and their words.
_OTHER_SENSE_GATES = {
    category: (category.value if category else None, Trigger(pattern))
    for category, pattern in OTHER_SENSE_RES.items()
}
RECIPIENT_RE = compile_terms(lx.RECIPIENT_TERMS)
PURPOSE_RE = compile_terms(lx.PURPOSE_TERMS)
VERB_RE = compile_terms(gr.VERB_TERMS)
ACTOR_RE = compile_terms(gr.ACTOR_TERMS)
LEGAL_COMPULSION_RE = compile_any(lx.LEGAL_COMPULSION)
ANAPHORA_RE = compile_any(lx.ANAPHORA)
RIGHT_RES = {right: compile_any(fragments) for right, fragments in lx.RIGHT_TERMS.items()}
RIGHT_ANY_RE = compile_any([f for fragments in lx.RIGHT_TERMS.values() for f in fragments])
HEADING_RES = {kind: compile_any(fragments) for kind, fragments in gr.HEADING_KINDS.items()}
HEADING_CATEGORY_RES = {
    category: compile_any(fragments) for category, fragments in lx.HEADING_CATEGORY_EXTRA.items()
}
SOURCE_RES = {name: compile_any(fragments) for name, fragments in lx.SOURCE_CUES.items()}
BUSINESS_TRANSFER_RE = compile_any(lx.PURPOSE_TERMS[Purpose.business_transfer])
COLLECTION_HEADING_RE = compile_any(gr.HEADING_KINDS["collect"])
# Where none of a table's phrases can match, its scan is skipped (most sentences name
# no recipient and no purpose).
_RECIPIENT_GATE = PhraseTrigger(RECIPIENT_RE)
_PURPOSE_GATE = PhraseTrigger(PURPOSE_RE)

EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
)
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
    masked = EMAIL.sub(blank, masked)
    return masked.translate(_MASK_CHARS)


@dataclass(frozen=True)
class MaskedPolicy:
    """A whole policy through `mask_text` (and `lower_ascii`), done once, with where
    its masks lie, so each chunk's masked text can be a slice of it."""

    text: str
    masked: str
    lowered: str
    masks: list[tuple[int, int]]  # sorted, overlapping spans merged

    def chunk(self, chunk_text: str, start: int) -> tuple[str, str]:
        """`mask_text(chunk_text)` and its `lower_ascii`, for the chunk at `start`.

        A slice equals masking the chunk alone when each cut follows whitespace (no
        pattern looks across it) and no mask spans it; otherwise the chunk is masked
        on its own."""
        end = start + len(chunk_text)
        if (
            self.text.startswith(chunk_text, start)
            and self._clean_cut(start)
            and self._clean_cut(end)
        ):
            return self.masked[start:end], self.lowered[start:end]
        masked = mask_text(chunk_text)
        return masked, lower_ascii(masked)

    def _clean_cut(self, at: int) -> bool:
        if at in (0, len(self.text)):
            return True
        if not self.text[at - 1].isspace():
            return False
        index = bisect_left(self.masks, (at, -1)) - 1
        return index < 0 or self.masks[index][1] <= at


# re.IGNORECASE matches an ASCII letter with its capital and, of other characters, only
# these four (Python's `re` documentation); folded onto them, "www." and "mailto:" are
# found in any case by a plain substring test.
_FOLD_LIKE_IGNORECASE = str.maketrans(
    {
        **{chr(code): chr(code + 32) for code in range(ord("A"), ord("Z") + 1)},
        "\u0130": "i",  # İ
        "\u0131": "i",  # ı
        "\u017f": "s",  # ſ
        "\u212a": "k",  # Kelvin sign
    }
)


def fold_like_ignorecase(text: str) -> str:
    """`text` (same length) with each character that re.IGNORECASE matches with an
    ASCII letter turned into that lower-case letter: a lower-case ASCII word occurs in
    it wherever a case-insensitive pattern could match that word in `text`."""
    return text.translate(_FOLD_LIKE_IGNORECASE)


def _may_hold_url(text: str) -> bool:
    """Whether `_MASK_URL` can match in `text`: each match holds "://", or "www." or
    "mailto:" in some case."""
    if "://" in text:
        return True
    folded = fold_like_ignorecase(text)
    return "www." in folded or "mailto:" in folded


def _mask_url_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `_MASK_URL.finditer(text)`, found in the text folded as
    re.IGNORECASE folds it (same length) by the same pattern minding case: the regex
    engine can then skip to the letters a URL starts with, not try every position."""
    return [match.span() for match in _MASK_URL_FOLDED.finditer(fold_like_ignorecase(text))]


_MASK_URL_FOLDED = re.compile(_MASK_URL.pattern)
# What an e-mail address's local part is made of (EMAIL's first set).
_EMAIL_LOCAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")


def email_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `EMAIL.finditer(text)`, the pattern tried only in the run of
    local-part characters just before each "@": every match holds one "@" and starts
    in that run, and the regex alone would be tried at every word of the text."""
    spans: list[tuple[int, int]] = []
    position = 0  # where the next match may start (finditer's position)
    while (at := text.find("@", position)) != -1:
        start = at
        while start > position and text[start - 1] in _EMAIL_LOCAL:
            start -= 1
        for candidate in range(start, at):  # leftmost first, as finditer tries them
            match = EMAIL.match(text, candidate)
            if match is not None:
                spans.append(match.span())
                position = match.end()
                break
        else:
            position = at + 1
    return spans


# Each mask pattern, and a substring test that is true of every text it matches in: a
# regex scan of a whole policy costs far more than the test, and most policies hold no
# link, URL or e-mail address.
_MASKS = (
    (_MASK_LINK_TARGET, lambda text: "](" in text),
    (_MASK_URL, _may_hold_url),
    (EMAIL, lambda text: "@" in text),
)
# The patterns whose spans are found a cheaper way than their own finditer.
_MASK_SPANS = {_MASK_URL: _mask_url_spans, EMAIL: email_spans}


@lru_cache(maxsize=8)  # two copies of each text: a few policies open at once fit
def mask_policy(text: str) -> MaskedPolicy:
    """`MaskedPolicy` of `text`, masked once for the profile and every chunk."""
    spans: list[tuple[int, int]] = []
    masked = text
    for pattern, may_match in _MASKS:
        if not may_match(masked):
            continue
        find_spans = _MASK_SPANS.get(pattern)
        found = find_spans(masked) if find_spans else [m.span() for m in pattern.finditer(masked)]
        if found:
            parts, position = [], 0
            for start, end in found:
                parts += [masked[position:start], " " * (end - start)]
                position = end
            parts.append(masked[position:])
            masked = "".join(parts)
            spans += found
    masked = masked.translate(_MASK_CHARS)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return MaskedPolicy(text, masked, lower_ascii(masked), merged)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_ascii(text: str) -> str:
    """`text` with ASCII capitals lower-cased: same length, so offsets carry over."""
    # On ASCII text that is what str.lower does, at a small part of translate's cost
    # (on a sentence, translate spends most of its time setting up its table).
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)


class Actor(str, Enum):
    first = "first"
    user = "user"
    third = "third"
    none = "none"


class Term(NamedTuple):
    """A phrase of a table (`lexicon`, `grammar`) found in a sentence, by its key.
    (A named tuple: a sentence finds several, at a third of a frozen dataclass's cost.)"""

    key: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)  # slots: a third cheaper to make, one per verb
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
    excluded: list[tuple[int, int]] = field(default_factory=list)
    markers: list[int] = field(default_factory=list)
    first_names: re.Pattern[str] | None = None  # the service's names: first-party actors
    # `triggers.sentence_gates(text)`: a reader's gate on this sentence is the bit test
    # `facts.gates & trigger.bit` (by default every gate is open).
    gates: int = field(default=-1, compare=False, repr=False)

    # Indexes for the per-word questions below, found on first use (a third of the
    # sentences has no verb, and no reader asks who acts in it); being functions of
    # `text` and `first_names`, they stay out of ==.
    @lazy
    def actors(self) -> list[tuple[int, int, Actor]]:
        """(start, end, actor) of each actor named, in order: the subjects `actor_at` finds."""
        return _actors(self.text, self.first_names)

    @lazy
    def scope_ends(self) -> list[int]:
        """Where ; : . ! ? end: what ends an actor's reach."""
        return [m.end() for m in _SCOPE_END.finditer(self.text)]

    @lazy
    def opener_ends(self) -> list[int]:
        """Where if / when / unless ... end: what `conditional_at` looks back to."""
        if not self.gates & _OPENER_TRIGGER.bit:
            return []
        return [m.end() for m in gr.CONDITIONAL_OPENERS.finditer(self.text)]

    @lazy
    def boundaries(self) -> list[int]:
        """Where clauses break (`grammar.CLAUSE_BOUNDARY`): what ends a negation's reach."""
        return [m.start() for m in gr.CLAUSE_BOUNDARY.finditer(self.text)]

    @lazy
    def punctuation(self) -> list[int]:
        """Where , ; : . stand: what ends a condition's reach."""
        return [m.start() for m in _PUNCTUATION.finditer(self.text)]


_EXCLUSION = re.compile(
    r"\((?:[^()]{0,20}?\b(?:not including|excluding|other than|except|but not)\b[^()]*)\)"
    r"|\b(?:not including|excluding|with the exception of)\b[^.;:()]*"
    # "we collect device identifiers but not your phone number" ("but not limited to" lists on)
    r"|\bbut not\b(?! (?:limited|only|necessarily|just|always|exclusively|restricted)\b)[^.;:(),]*"
)
# Words every match of a pattern contains (`triggers`): without one, skip the pattern.
_MARKER_TRIGGER = Trigger(gr.PURPOSE_MARKER)
_OPENER_TRIGGER = Trigger(gr.CONDITIONAL_OPENERS)
_SCOPE_END = re.compile(r"[;:.!?]")
_PUNCTUATION = re.compile(r"[,;:.]")
_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
# "the device you use to access our services": the user's purpose, not the service's.
_USER_USES_BEFORE = re.compile(
    r"\b(?:you|users?|visitors?|they)\s+(?:\w+\s+)?(?:use|uses|used)\s+$"
)
# "Advertising networks (that) we work with may use cookies": "we" is inside a relative
# clause; the subject of what follows is the networks.
_RELATIVE_FIRST = re.compile(
    r"(?:partners|networks|companies|providers|vendors|advertisers|parties|services|tools|businesses)"
    r"\s+(?:that\s+|which\s+|whom\s+)?$"
)
_RELATIVE_VERB = re.compile(
    r"\s+(?:work|partner|engage|contract|use|do business|have (?:engaged|partnered|chosen))\b"
)
# The agent of a passive verb: "cookies are set by our advertising partners".
_AGENT = re.compile(r"\s+by\s+")
# "to" after these words starts no purpose: "you choose to provide", "asked to enter".
_CONTROL_WORDS = frozenset(
    [
        "choose",
        "chooses",
        "decide",
        "decides",
        "want",
        "wants",
        "wish",
        "wishes",
        "like",
        "able",
        "asked",
        "required",
        "need",
        "needs",
        "agree",
        "agrees",
        "elect",
        "going",
        "try",
        "continue",
        "how",
        "have",
        "has",
        "prompted",
        "requested",
        "invited",
        "free",
        "allowed",
        "permitted",
        "unable",
        "refer",
        "right",
        "ability",
        "option",
        "opportunity",
        "begin",
        "start",
        "used",
        "access",
        "connected",
        "related",
        "relating",
        "respect",
        "regard",
        "addition",
        "similar",
        "prior",
        "due",
        "according",
        "subject",
        "up",
    ]
)


def _terms(pattern: TermPattern, text: str, excluded: list[tuple[int, int]]) -> list[Term]:
    keys = pattern.keys
    found = [Term(keys[match.lastgroup], *match.span()) for match in pattern.regex.finditer(text)]
    if excluded:
        found = [t for t in found if not any(a <= t.start < b for a, b in excluded)]
    return found


def _data_senses(terms: list[Term], text: str, gates: int) -> list[Term]:
    """The category terms that name data: a word inside a phrase of another sense
    (`lexicon.OTHER_SENSES`) is left out ("posted at this location", "of interest to you")."""
    if not terms:
        return terms
    keys = {term.key for term in terms}
    spans: dict[str | None, list[tuple[int, int]]] = {}
    for category, pattern in OTHER_SENSE_RES.items():
        key, trigger = _OTHER_SENSE_GATES[category]
        if (key is not None and key not in keys) or not gates & trigger.bit:
            continue  # no term these spans could hold, or none of the phrase's words
        found = [(m.start(), m.end()) for m in pattern.finditer(text)]
        if found:
            spans[key] = found
    if not spans:
        return terms
    return [
        term
        for term in terms
        if not any(
            a <= term.start and term.end <= b
            for key in (term.key, None)
            for a, b in spans.get(key, ())
        )
    ]


# `grammar.NEGATORS` (\b(?:not|never|no|...)\b|n't\b) spelled so that each branch
# starts with its plain first letter and only then checks that no letter stands before
# it (`n(?<!\w\w)` is `\bn`): with every branch starting with a letter, the engine
# skips to the next n, c or w in one step instead of trying each position (half the
# time). The same matches (test); grammar keeps the plain spelling, which the rules
# version digests.
_NEGATORS = re.compile(
    r"n(?<!\w\w)(?:ot|ever|o|one|either|or|othing)\b|c(?<!\w\w)annot\b"
    r"|w(?<!\w\w)ithout exception\b|n['’]t\b"
    r"|a(?<!\w\w)void(?= (?!being\b)\w+ing\b)|r(?<!\w\w)efrain from(?= (?!being\b)\w+ing\b)",
    gr.FLAGS,
)


_NEGATOR_TRIGGER = Trigger(gr.NEGATORS)


def _negators(text: str, gates: int) -> list[int]:
    if not gates & _NEGATOR_TRIGGER.bit:
        return []
    found = [m.start() for m in _NEGATORS.finditer(text)]
    if not found:
        return found
    immune = [(m.start(), m.end()) for m in gr.NEGATION_IMMUNE.finditer(text)]
    return [n for n in found if not any(a <= n < b for a, b in immune)]


def negated_at(facts: Facts, pos: int, window: int = 70) -> bool:
    """Whether a negator governs the word at `pos` (same clause, shortly before it)."""
    if not facts.negators:
        return False
    boundaries = facts.boundaries
    idx = bisect_left(boundaries, pos) - 1
    clause_start = boundaries[idx] if idx >= 0 else 0
    low = max(clause_start, pos - window)
    idx = bisect_left(facts.negators, low)
    return idx < len(facts.negators) and facts.negators[idx] < pos


def conditional_at(facts: Facts, pos: int) -> bool:
    """Whether `pos` sits in an if/when clause with no comma between opener and it."""
    if not facts.opener_ends:
        return False
    idx = bisect_left(facts.punctuation, pos) - 1
    last_punctuation = facts.punctuation[idx] if idx >= 0 else -1
    first = bisect_right(facts.opener_ends, last_punctuation)
    return first < len(facts.opener_ends) and facts.opener_ends[first] <= pos


def actor_at(facts: Facts, pos: int) -> Actor:
    """The last actor named before `pos` in its clause: the subject of a verb there."""
    idx = bisect_left(facts.scope_ends, pos) - 1
    low = max(facts.scope_ends[idx] if idx >= 0 else 0, pos - 120)
    actors = facts.actors
    index = bisect_left(actors, (pos, -1)) - 1
    while index >= 0 and actors[index][0] >= low:
        _, end, actor = actors[index]
        if end <= pos:
            return actor
        index -= 1
    return Actor.none


def purpose_markers(text: str, gates: int) -> list[int]:
    """Where purposes are introduced ("to provide", "in order to", "for the purpose of");
    `gates` are `text`'s (`triggers.sentence_gates`).

    "to" after a control verb ("you choose to provide", "asked to enter") is not one.
    """
    found: list[int] = []
    if not gates & _MARKER_TRIGGER.bit:
        return found
    for match in gr.PURPOSE_MARKER.finditer(text):
        if match.group(0).startswith("to "):
            before = _WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())
            if before and before.group(1) in _CONTROL_WORDS:
                continue
            if _USER_USES_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            if gates & _RECIPIENT_GATE.bit and RECIPIENT_RE.regex.match(text, match.start() + 3):
                continue  # "disclose it to advertising networks": a recipient, not a purpose
        found.append(match.start())
    return found


# The actor of a match of ACTOR_RE by its `lastgroup` (`TermPattern.keys`).
_ACTOR_OF_GROUP = {group: Actor(key) for group, key in ACTOR_RE.keys.items()}


def _actors(text: str, first_names: re.Pattern[str] | None) -> list[tuple[int, int, Actor]]:
    actor_of = _ACTOR_OF_GROUP
    found = [
        (*m.span(), actor_of[m.lastgroup])
        for m in ACTOR_RE.regex.finditer(text)
        if m.group(0) != "we" or not _in_relative_clause(text, m)
    ]
    named = (
        [(*m.span(), Actor.first) for m in first_names.finditer(text)]
        if first_names is not None
        else []
    )
    if named:  # (found is already in order of start)
        found.extend(named)
        found.sort(key=lambda item: item[0])
    if ", wh" in text:  # (most sentences have no ", which" / ", who")
        relative = _relative_actors(text)
        if relative:
            found.extend(relative)
            found.sort(key=lambda item: item[0])
    return found


# "AdMob and AppLovin, which may receive your advertising ID": the relative pronoun
# acts for the company named just before it.
_RELATIVE_PRONOUN = re.compile(r",\s+(?:which|who)\b")
_ANTECEDENT_GAP = re.compile(r"[\s)\"'”’]*$")
_OWN_TOOL_BEFORE = re.compile(r"\b(?:own|in-house|internal|self-hosted)\s+$")
_NOT_ANTECEDENTS = frozenset({"other_users_public", "acquirers"})


def _relative_actors(text: str) -> list[tuple[int, int, Actor]]:
    """A third-party actor at each ", which" / ", who" whose antecedent is a recipient
    ("Flurry and Mixpanel, which ..."), not the service's own tool ("our own analytics
    tool, which ...") nor other users or a merger."""
    found: list[tuple[int, int, Actor]] = []
    for pronoun in _RELATIVE_PRONOUN.finditer(text):
        low = max(0, pronoun.start() - 120)
        last = max(
            RECIPIENT_RE.regex.finditer(text, low, pronoun.start()),
            key=lambda m: m.end(),
            default=None,
        )
        if (
            last is not None
            and RECIPIENT_RE.key(last) not in _NOT_ANTECEDENTS
            and _ANTECEDENT_GAP.match(text, last.end(), pronoun.start())
            and not _OWN_TOOL_BEFORE.search(text, max(0, last.start() - 20), last.start())
        ):
            found.append((pronoun.start() + 1, pronoun.end(), Actor.third))
    return found


def _in_relative_clause(text: str, match: re.Match[str]) -> bool:
    """ "(networks) we work with": a first-party "we" (`match`) inside a reduced
    relative clause."""
    # The verb after "we" first: one anchored match, where the noun before is a search.
    return bool(
        _RELATIVE_VERB.match(text, match.end())
        and _RELATIVE_FIRST.search(text, max(0, match.start() - 40), match.start())
    )


def _nested_terms(pattern: TermPattern, text: str, terms: list[Term]) -> list[Term]:
    """Terms of another key inside a longer match: "maintain and improve our services"
    is service operation and also names improvement (analytics)."""
    extra = [
        Term(pattern.key(m), m.start(), m.end())
        for term in terms
        if term.end - term.start > 20
        for m in pattern.finditer(text, term.start + 1, term.end)
        if pattern.key(m) != term.key
    ]
    return sorted([*terms, *extra], key=lambda t: t.start) if extra else terms


def _passive_actor(text: str, start: int, end: int, facts: Facts) -> Actor:
    """The actor of a passive verb: the agent after "by"; with none, the actor named
    before, unless that is the user ("when you call us, calls may be recorded")."""
    agent = _AGENT.match(text, end)
    if agent is not None:
        named = [a for a in facts.actors if agent.end() <= a[0] <= agent.end() + 30]
        if not named or named[0][0] != agent.end():
            return Actor.none
        actor = named[0][2]
        if len(named) > 1 and named[1][0] <= named[0][1] + 1:
            actor = named[1][2]  # "by our advertising partners": the partners, not "our"
        return actor
    actor = actor_at(facts, start)
    return Actor.none if actor == Actor.user else actor


def read_sentence(text: str, first_names: re.Pattern[str] | None = None) -> Facts:
    """The facts of one masked, lower-cased sentence (`mask_text`, `lower_ascii`)."""
    excluded = (
        [(m.start(), m.end()) for m in _EXCLUSION.finditer(text)]
        if "(" in text or "xcep" in text or "xclud" in text or "not " in text
        else []
    )
    gates = sentence_gates(text)
    facts = Facts(
        text=text,
        excluded=excluded,
        negators=_negators(text, gates),
        markers=purpose_markers(text, gates),
        first_names=first_names,
        gates=gates,
        categories=_data_senses(_terms(CATEGORY_RE, text, excluded), text, gates),
        recipients=_terms(RECIPIENT_RE, text, []) if gates & _RECIPIENT_GATE.bit else [],
        purposes=(
            _nested_terms(PURPOSE_RE, text, _terms(PURPOSE_RE, text, []))
            if gates & _PURPOSE_GATE.bit
            else []
        ),
    )
    occupied_starts = [t.start for t in facts.categories]
    verb_keys = VERB_RE.keys
    # Without a negator or an opener no verb is negated or conditional: most sentences
    # have neither, and then their indexes (`Facts.opener_ends`) are never worked out.
    negators, openers = bool(facts.negators), bool(gates & _OPENER_TRIGGER.bit)
    for match in VERB_RE.regex.finditer(text):
        start, end = match.span()
        inside = bisect_right(occupied_starts, start) - 1
        if inside >= 0 and start < facts.categories[inside].end:
            continue  # "how you use" is a data term, not a verb
        passive = bool(gr.PASSIVE.search(text, max(0, start - 30), start)) or (
            text.startswith("ed", end - 2) and text.startswith(" by ", end)
        )
        facts.verbs.append(
            Verb(
                kind=verb_keys[match.lastgroup],
                start=start,
                end=end,
                negated=negators and negated_at(facts, start),
                conditional=openers and conditional_at(facts, start),
                # The subject of a passive verb is what is acted on, not who acts.
                actor=(
                    _passive_actor(text, start, end, facts) if passive else actor_at(facts, start)
                ),
                passive=passive,
            )
        )
    return facts


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
        lowered = lower_ascii(mask_text(heading))
        cached = frozenset(kind for kind, pattern in HEADING_RES.items() if pattern.search(lowered))
        if len(_HEADING_KIND_CACHE) < 4096:
            _HEADING_KIND_CACHE[heading] = cached
    return cached


def inner_heading_kinds(headings: tuple[str, ...]) -> set[str]:
    """The kinds of the innermost heading only."""
    return set(_heading_kind(headings[-1])) if headings else set()
