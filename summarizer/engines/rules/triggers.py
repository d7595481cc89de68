"""Trigger words: a cheap test that a sentence cannot match a reader's patterns.

`required_words` reads a compiled pattern's syntax tree and returns literal strings
of which every match must contain at least one ("third", "partners", "doubleclick",
... for the tracking cues), so a reader whose first step needs one of its patterns to
match can be skipped when none of those words occurs. The words are derived from
the patterns themselves, never listed by hand, so the gate cannot drift from the
vocabulary: a pattern the derivation cannot vouch for (case-insensitive, or with a
part that can match without any fixed text) makes the gate always open. A part under
a scoped case-insensitive flag (`(?i:at)`) gives no words either.

Every gate's words are looked for together: one Aho-Corasick pass over a text finds
each trigger word it contains (overlapping ones and words inside words included),
and the answer is kept for the text the gates were last asked about, so the twenty
gates a sentence meets share that one pass and each is then a bit test (readers of
the sentence being read test its bits, `sentence_gates`, with no call). A long text
(a whole policy or chunk, which one gate asks about) is searched for that gate's own
words instead.

A phrase table compiled into a prefix tree (`matching.compile_terms`) has weak trigger
words: its branches start with short fragments found in nearly every sentence. Its
gate, a `PhraseTrigger`, reads each phrase on its own and requires a word of each of a
few word sets the phrase needs; the shared pass decides it too (`_Scan`).
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, Protocol

import ahocorasick

from summarizer.engines.rules.matching import TermPattern

# The parser behind `re.compile` (`re._parser` since 3.11, `sre_parse` before): the
# syntax tree is the only faithful reading of what a pattern can match.
try:
    _sre: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _sre = importlib.import_module("sre_parse")

_LITERAL = _sre.LITERAL
_IN = _sre.IN
_AT = _sre.AT
_SUBPATTERN = _sre.SUBPATTERN
_BRANCH = _sre.BRANCH
_IGNORECASE = _sre.SRE_FLAG_IGNORECASE
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None))


def required_words(*patterns: re.Pattern[str] | TermPattern) -> frozenset[str] | None:
    """Literals one of which occurs in every match of any of `patterns`, or None when
    some pattern could match without a fixed piece of text (then nothing can be skipped)."""
    words: set[str] = set()
    for pattern in patterns:
        regex = pattern.regex if isinstance(pattern, TermPattern) else pattern
        if regex.flags & re.IGNORECASE:
            return None
        found = _pattern_words(regex.pattern, regex.flags)
        if found is None:
            return None
        words |= found
    return _minimal(words)


@lru_cache(maxsize=256)
def _pattern_words(pattern: str, flags: int) -> frozenset[str] | None:
    """`_sequence` of a pattern's syntax tree, parsed once however many gates use it."""
    found = _sequence(_sre.parse(pattern, flags))
    return None if found is None else frozenset(found)


def _sequence(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """The most selective word set among the parts every match of a sequence contains."""
    candidates = _required_sets(items)
    return max(candidates, key=_selectivity) if candidates else None


def _selectivity(words: set[str] | frozenset[str]) -> tuple[int, int]:
    """How rarely a word set can be expected to occur: longer words first, then fewer."""
    return min(map(len, words)), -len(words)


def _required_sets(items: Iterable[tuple[Any, Any]]) -> list[set[str]]:
    """The word sets every match of a sequence contains a word of: runs of literal
    characters, and groups, alternations or repeats (at least once) whose every way of
    matching contains a word (each such part by its most selective set)."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _LITERAL:
            run.append(chr(arg))
            continue
        if op is _AT:
            continue  # zero-width (\b, ^, $): the characters either side stay adjacent
        if run:
            joined = "".join(run)
            candidates.append({joined})
            # "sell|sold" parses as "s(?:ell|old)": the run goes on into each alternative
            # (and "n['’]t" into each character of the set).
            starts = _alternative_starts(op, arg)
            if starts is not None:
                candidates.append({joined + start for start in starts})
            run = []
        found: set[str] | None = None
        if op is _SUBPATTERN:
            found = None if _ignores_case(arg) else _sequence(arg[-1])
        elif op is _BRANCH:
            found = set()
            for branch in arg[1]:
                words = _sequence(branch)
                if words is None:
                    found = None
                    break
                found |= words
        elif op in _REPEATS and arg[0] >= 1:
            found = _sequence(arg[2])
        if found:
            candidates.append(found)
    if run:
        candidates.append({"".join(run)})
    return candidates


def _ignores_case(subpattern: Any) -> bool:
    """Whether a group turns on case-insensitive matching for its contents (`(?i:...)`):
    its literals may then occur in any case, so they are no trigger words."""
    _group, add_flags, _del_flags, _items = subpattern
    return bool(add_flags & _IGNORECASE)


def _leading_literal(items: Iterable[tuple[Any, Any]]) -> str:
    """The literal characters every match of a sequence starts with."""
    chars: list[str] = []
    for op, arg in items:
        if op is _LITERAL:
            chars.append(chr(arg))
        elif op is not _AT:
            break
    return "".join(chars)


def _alternative_starts(op: Any, arg: Any) -> list[str] | None:
    """The literal start of each alternative of a group or alternation (each character
    of a set of plain characters), or None when one alternative starts without one."""
    if op is _SUBPATTERN:
        if _ignores_case(arg):
            return None
        items = list(arg[-1])
        if len(items) == 1 and items[0][0] is _BRANCH:
            return _alternative_starts(*items[0])
        lead = _leading_literal(items)
        return [lead] if lead else None
    if op is _BRANCH:
        starts = [_leading_literal(branch) for branch in arg[1]]
        return starts if all(starts) else None
    if op is _IN and all(item_op is _LITERAL for item_op, _ in arg):
        return [chr(code) for _, code in arg]  # a set of plain characters: ['’]
    return None


# A requirement: some alternative (a tuple) of which every word set holds a word that
# occurs in the text. A `Trigger` is one alternative of one set; a `PhraseTrigger` has
# one alternative per phrase of its tables, each of up to `MAX_SETS_PER_PHRASE` sets.
Requirement = tuple[tuple[frozenset[str], ...], ...]


class Trigger:
    """`may_match(text)`: False only when no pattern it was built from can match `text`."""

    def __init__(self, *patterns: re.Pattern[str] | TermPattern) -> None:
        words = self.words = required_words(*patterns)
        # Without words (or with an empty one) the patterns may match anywhere: always open.
        self._bit = _TRIGGER_WORDS.add(((words,),)) if words and "" not in words else 0
        self._words = words or frozenset()
        # Its bit in `sentence_gates`: `gates & trigger.bit` is nonzero when the gate is
        # open (every bit, for a gate that is always open).
        self.bit = self._bit or -1

    def may_match(self, text: str) -> bool:
        """Whether one of the trigger words occurs in `text` (always True without words)."""
        bit = self._bit
        if not bit:
            return True
        if len(text) > LONG_TEXT:
            # A whole policy or chunk is asked about by one gate, not twenty: its own
            # words, each found at C speed, cost far less than a pass of every
            # gate's words walking hundreds of hits.
            return any(word in text for word in self._words)
        return _TRIGGER_WORDS.opens(text, bit)


# The word sets a phrase's gate requires at most, and the shortest word a set after the
# most selective one may have: a set of short words ("a", "to") occurs in nearly every
# sentence, so it closes the gate almost nowhere while each of its occurrences costs a
# step of the shared pass.
MAX_SETS_PER_PHRASE = 3
MIN_EXTRA_WORD = 3


class PhraseTrigger:
    """The gate of phrase tables (`matching.compile_terms`): `may_match(text)` is False
    only when no phrase of them can match `text`.

    A `Trigger` of a table gets the words of its compiled prefix tree, whose branches
    start with short fragments ("br", "out") found in nearly every sentence. This gate
    reads each phrase on its own instead, and requires all of up to three word sets
    every match of the phrase contains ("google analytics" needs "google" and
    "analytics"), so it is open only where some phrase has all of its words."""

    def __init__(self, *tables: TermPattern) -> None:
        self.alternatives = phrase_requirement(*tables)
        self._bit = _TRIGGER_WORDS.add(self.alternatives) if self.alternatives else 0
        self.bit = self._bit or -1  # as `Trigger.bit`

    def may_match(self, text: str) -> bool:
        """Whether some phrase has a word of each of its sets in `text`."""
        alternatives = self.alternatives
        if not self._bit or alternatives is None:
            return True
        if len(text) > LONG_TEXT:
            return any(
                all(any(word in text for word in words) for words in sets) for sets in alternatives
            )
        return _TRIGGER_WORDS.opens(text, self._bit)


def phrase_requirement(*tables: TermPattern) -> Requirement | None:
    """For each phrase of `tables`, the word sets every match of it contains a word of
    (`_phrase_sets`); None when some phrase has none (its gate stays open)."""
    alternatives: dict[tuple[frozenset[str], ...], None] = {}  # (in order, once each)
    for table in tables:
        for phrase in table.phrases:
            sets = _phrase_sets(phrase)
            if sets is None:
                return None
            alternatives[sets] = None
    return tuple(alternatives)


@lru_cache(maxsize=4096)
def _phrase_sets(phrase: str) -> tuple[frozenset[str], ...] | None:
    """The most selective word set every match of `phrase` (a regex) contains a word
    of, then up to two more of words of `MIN_EXTRA_WORD` letters or more, leaving out a
    set another one implies (each word of the other contains one of its words)."""
    found = {_minimal(words) for words in _phrase_word_sets(phrase)}
    ranked = sorted((w for w in found if "" not in w), key=_ranking)
    if not ranked:
        return None
    chosen = [ranked[0]]
    chosen += [w for w in ranked[1:] if min(map(len, w)) >= MIN_EXTRA_WORD]
    kept: list[frozenset[str]] = []
    for words in chosen:
        if not any(_implies(other, words) for other in kept):
            kept = [other for other in kept if not _implies(words, other)] + [words]
    return tuple(sorted(kept, key=_ranking)[:MAX_SETS_PER_PHRASE])


# A phrase of plain words ("google\\s+analytics", as `matching.expand` writes them).
_PLAIN_PHRASE = re.compile(r"[a-z0-9-]+(?:\\s\+[a-z0-9-]+)*")


def _phrase_word_sets(phrase: str) -> list[set[str]]:
    """`_required_sets` of a phrase's syntax tree; a phrase of plain words (a third of
    them) is read without parsing it: each of its words, as the tree gives them."""
    if _PLAIN_PHRASE.fullmatch(phrase):
        return [{word} for word in phrase.split(r"\s+")]
    return _required_sets(_sre.parse(phrase))


def _ranking(words: frozenset[str]) -> tuple[int, int, list[str]]:
    """Most selective first (`_selectivity`); ties in the words' order."""
    shortest_word, minus_count = _selectivity(words)
    return -shortest_word, -minus_count, sorted(words)


def _minimal(words: set[str]) -> frozenset[str]:
    """`words` without those containing another: wherever they occur, it does."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def _implies(words: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a text holding one of `words` always holds one of `other`."""
    return all(any(o in w for o in other) for w in words)


def sentence_gates(text: str) -> int:
    """The gates open for `text`, worked out once for the sentence being read so that
    each reader's gate is then a bit test: `gates & trigger.bit` is nonzero exactly
    when `trigger.may_match(text)`, except that a gate built after this call tests
    open (the patterns it guards are then run, which is always allowed)."""
    return _TRIGGER_WORDS.sentence_gates(text)


# Above this many characters a text is no sentence (sentences average ~60 characters,
# and their gates share one pass of the automaton); see `Trigger.may_match`.
LONG_TEXT = 1000


class _TriggerWords:
    """The words of every gate, each gate one bit: `gates_open(text)` has a gate's bit
    set when the gate is open on `text` (`_Scan`).

    `last` is the text last read and its gates, so that the gates asked about one
    sentence in turn share one pass: one entry, replaced as a whole, and only with an
    answer that holds every registered gate's words (a gate may be built while another
    thread reads)."""

    def __init__(self) -> None:
        self._bits: dict[Requirement, int] = {}  # gates of the same words share a bit
        self._scan: _Scan | None = None
        self._lock = threading.Lock()
        self.last: tuple[str, int] = ("", 0)  # no gate has the empty word

    def add(self, requirement: Requirement) -> int:
        """Register a gate's requirement (non-empty words); returns its bit."""
        with self._lock:
            bit = self._bits.get(requirement)
            if bit is None:
                bit = self._bits[requirement] = 1 << len(self._bits)
                self._scan = None  # the next text is read with the new words too
                self.last = ("", 0)
            return bit

    def opens(self, text: str, bit: int) -> bool:
        """Whether the gate of bit `bit` is open on `text`."""
        # Most asks are about the sentence the other gates were just asked about: its
        # answer is looked up here (a sentence meets ~20 gates).
        last_text, last_open = self.last
        if text != last_text:
            last_open = self.gates_open(text)
        return bool(last_open & bit)

    def gates_open(self, text: str) -> int:
        """The bits of the gates open on `text`."""
        return self._read(text)[0]

    def sentence_gates(self, text: str) -> int:
        """`gates_open(text)` with every bit of a gate not yet registered set too."""
        gates, scan = self._read(text)
        return gates | scan.later_gates

    def _read(self, text: str) -> tuple[int, _Scan]:
        scan = self._scan or self._build()
        gates = scan.gates_open(text)
        with self._lock:
            if scan is self._scan:  # no gate was added meanwhile
                self.last = (text, gates)
        return gates, scan

    def _build(self) -> _Scan:
        with self._lock:
            if self._scan is None:
                self._scan = _Scan(self._bits)
            return self._scan


class _Scan:
    """One Aho-Corasick automaton over every gate's words. The automaton reports every
    occurrence of every word, overlapping ones and words inside other words included;
    each word carries bits that the pass ORs together:

    - the bit of each gate of one word set it belongs to (a `Trigger`): the gate is
      open when its bit comes out set;
    - for the other gates (a `PhraseTrigger`), above the gates' bits, a field per
      alternative with a bit per word set and a guard bit above them: the bits of the
      sets it belongs to. Adding 1 at the bottom of every field then carries into its
      guard bit exactly when the field is full (the guard stops the carry going
      further), so the guard bits of the alternatives whose every set has a word in
      the text come out set, and a gate is open when one of its guard bits is."""

    def __init__(self, bits: dict[Requirement, int]) -> None:
        opens: dict[str, int] = {}  # word: the bits it sets
        self._base = len(bits)  # the fields start above the gates' bits
        self._own = (1 << self._base) - 1
        position = self._base
        self._bottoms = self._guards = 0  # (of the fields, from bit 0)
        self._fielded: list[tuple[int, int]] = []  # (gate bit, its guard bits)
        for requirement, bit in bits.items():
            if len(requirement) == 1 and len(requirement[0]) == 1:
                for word in requirement[0][0]:
                    opens[word] = opens.get(word, 0) | bit
                continue
            guards = 0
            for sets in requirement:
                self._bottoms |= 1 << (position - self._base)
                for index, words in enumerate(sets):
                    for word in words:
                        opens[word] = opens.get(word, 0) | 1 << (position + index)
                position += len(sets)
                guards |= 1 << (position - self._base)
                position += 1
            self._guards |= guards
            self._fielded.append((bit, guards))
        self._automaton = ahocorasick.Automaton()
        for word, gates in opens.items():
            self._automaton.add_word(word, gates)
        self._automaton.make_automaton()
        # The bits of the gates registered after this scan was built (gates take bits
        # in order: 1, 2, 4, ...): a negative number, set from bit len(bits) upwards.
        self.later_gates = -1 << len(bits)

    def gates_open(self, text: str) -> int:
        found = 0
        for _end, bits in self._automaton.iter(text):
            found |= bits
        gates = found & self._own
        fields = found >> self._base
        if fields:
            full = (fields + self._bottoms) & self._guards
            for bit, guards in self._fielded:
                if full & guards:
                    gates |= bit
        return gates


_TRIGGER_WORDS = _TriggerWords()


class GatedText(Protocol):
    """A text with its `sentence_gates` (the facts of a sentence)."""

    text: str
    gates: int


class Gated:
    """A compiled pattern that is only run where its own trigger words occur: the same
    matches as the pattern, without scanning a text it cannot match."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._trigger = Trigger(pattern)
        self.bit = self._trigger.bit

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._trigger.may_match(text) else None

    def search_in(self, sentence: GatedText) -> re.Match[str] | None:
        """`search(sentence.text)`, the gate a bit test of the sentence's open gates."""
        return self.pattern.search(sentence.text) if sentence.gates & self.bit else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._trigger.may_match(text) else iter(())


def prefix_tree_regex(words: Iterable[str]) -> str:
    """A regex that finds an occurrence of any of `words`, written as a prefix tree
    ("sell|sold|share" becomes "s(?:ell|old|hare)"): the engine then tries each
    character once per position instead of once per word. It finds a word in exactly
    the texts the flat alternation of the words does."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(root)


def _branches(node: dict[str, dict]) -> str:
    if "" in node:
        return ""  # a word ends here: any longer word through this node starts with it
    options = [re.escape(char) + _branches(child) for char, child in sorted(node.items())]
    if len(options) == 1:
        return options[0]
    return "(?:" + "|".join(options) + ")"
