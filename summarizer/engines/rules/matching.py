"""Compile tables of phrase patterns into regexes that stay fast with hundreds of phrases.

Python's regex engine skips an alternative in one step when it starts with a plain
character that is not the one under the cursor; an alternative that starts with a
group, an optional word or a look-behind is tried in full at every word. So before
compiling, each phrase is rewritten to start with a plain character:

- a leading group is distributed: `(?:credit|debit) cards?` becomes `credit cards?`
  and `debit cards?`; an optional one, `(?:web )?pages?`, also gives `pages?`; a
  repeated one, `(?:unique |device )+ids`, gives `unique (?:unique |device )*ids` and
  `device (?:unique |device )*ids` (and, repeated with `*`, also `ids`);
- a leading look-behind moves behind the first character: `(?<!legitimate )interests?`
  becomes `i(?<!legitimate i)nterests?`.

In the prefix tree the phrases are then compiled into, a look-behind left at the start
of a branch moves on behind that branch's literal letters (`u(?<!of u)ses?` gives
`u` then `s(?<!of us)es?`): the engine then skips the branch in one step at every
word whose next letter differs, instead of testing each look-behind there. A phrase
left without a plain first character sits at the root of the tree, where it is tried
at every word; where that is exact it is rewritten in place to start with one: its
leading `\\b` dropped (the pattern's own `\\b` tests the same), a group of alternatives
split into one branch per alternative.

Phrases are matched against lower-cased text without IGNORECASE (a case-insensitive
literal does not get the one-step skip). A plain space in a phrase matches any run of
whitespace, and `'` a straight or curly apostrophe.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

_LOOKBEHIND = re.compile(r"\(\?<[!=][^)]*\)")
_LOOKBEHINDS_THEN_LETTERS = re.compile(r"((?:\(\?<[!=][^)]*\))+)([a-z0-9]+)")
_PLAIN_START = re.compile(r"[a-z0-9]")
MAX_VARIANTS = 64


def expand(fragment: str) -> str:
    """A fragment as a regex: spaces match any whitespace, `'` either apostrophe.

    An optional space (`user ?names?`) matches no whitespace or any run of it.

    Spaces inside look-behinds stay literal (a look-behind must be fixed width).
    """
    parts: list[str] = []
    last = 0
    for match in _LOOKBEHIND.finditer(fragment):
        parts.append(_expand_plain(fragment[last : match.start()]))
        parts.append(match.group(0).replace("'", "['’]"))
        last = match.end()
    parts.append(_expand_plain(fragment[last:]))
    return "".join(parts)


# The parts of a fragment `_expand_plain` rewrites, each read whole: an escaped
# character (kept), a character class (an apostrophe in it gains the curly one), an
# optional space, a space, an apostrophe. (One pass of the regex engine instead of a
# Python loop over every character of the hundreds of phrases compiled at import.)
_PLAIN_PARTS = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]?| \?|[ ']", re.DOTALL)
_CLASS_PARTS = re.compile(r"\\.|'", re.DOTALL)
_PLAIN_REWRITES = {" ?": r"\s*", " ": r"\s+", "'": "['’]"}


def _expand_plain(text: str) -> str:
    return _PLAIN_PARTS.sub(_expand_part, text)


def _expand_part(match: re.Match[str]) -> str:
    part = match.group(0)
    if part[0] == "[":
        return _CLASS_PARTS.sub(_expand_in_class, part) if "'" in part else part
    # "user ?names?": the space is optional, `\s*`, not `\s+?`
    return _PLAIN_REWRITES.get(part, part)


def _expand_in_class(match: re.Match[str]) -> str:
    return "'’" if match.group(0) == "'" else match.group(0)


def _group_end(text: str, start: int) -> int | None:
    """Index just past the group opening at `start`, or None if unbalanced."""
    depth = 0
    index = start
    in_class = False
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return None


def _split_top(body: str) -> list[str]:
    """The alternatives of a group body, split at top-level `|`."""
    parts: list[str] = []
    depth = 0
    in_class = False
    current: list[str] = []
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            current.append(body[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            index += 1
            continue
        current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def literal_first(fragment: str) -> list[str]:
    """Equivalent phrases (in priority order) that each start with a plain character.

    A fragment that cannot be rewritten is returned unchanged.
    """
    results: list[str] = []
    pending = [fragment]
    while pending and len(results) + len(pending) <= MAX_VARIANTS:
        item = pending.pop(0)
        rewritten = _rewrite_once(item)
        if rewritten is None:
            results.append(item)
        else:
            pending[0:0] = rewritten
    return results + pending if results or pending else [fragment]


def _rewrite_once(item: str) -> list[str] | None:
    if _PLAIN_START.match(item):
        return None
    behind = _LOOKBEHIND.match(item)
    if behind:
        rest = item[behind.end() :]
        if _PLAIN_START.match(rest):
            assertion = behind.group(0)
            moved = assertion[:-1] + rest[0] + ")"
            return [rest[0] + moved + rest[1:]]
        nested = _rewrite_once(rest)
        if nested is None:
            return None
        return [behind.group(0) + variant for variant in nested]
    if item.startswith("(?:"):
        end = _group_end(item, 0)
        if end is None:
            return None
        body = item[3 : end - 1]
        tail = item[end:]
        quantifier = tail[:1] if tail[:1] in ("?", "*", "+", "{") else ""
        if quantifier == "{" or (quantifier and tail[1:2] in ("?", "+")):
            return None  # a counted, lazy or possessive repeat
        alternatives = _split_top(body)
        if quantifier in ("*", "+"):  # (?:a|b)+ is (?:a|b)(?:a|b)*; (?:a|b)* that or nothing
            repeat = item[:end] + "*" + tail[1:]
            variants = [alt + repeat for alt in alternatives]
        else:
            variants = [alt + tail[len(quantifier) :] for alt in alternatives]
        if quantifier in ("?", "*"):
            variants.append(tail[1:])
        return [v for v in variants if v] or None
    return None


class TermPattern:
    """A compiled table: `finditer`/`search` like a regex; `key` names a match's row;
    `phrases` are the table's phrases, each as a regex of its own."""

    def __init__(
        self,
        regex: re.Pattern[str],
        key_of_group: dict[str, str],
        default: str,
        phrases: tuple[str, ...] = (),
    ) -> None:
        self.regex = regex
        # The key of a match by its `lastgroup` (None, a match that sets no group, has
        # the default key): `keys[match.lastgroup]` is `key(match)`, without a call.
        self.keys: dict[str | None, str] = {None: default}
        self.keys.update(key_of_group)
        self.phrases = phrases

    def key(self, match: re.Match[str]) -> str:
        """The table key (the enum value) of a match."""
        return self.keys[match.lastgroup]

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.regex.search(text, pos, len(text) if endpos is None else endpos)


def compile_terms(table: Mapping[Any, Sequence[str]]) -> TermPattern:
    """One pattern over a table of phrases; `TermPattern.key` gives a match's key.

    Keys are tried in table order and, within a key, longer phrases first, so a
    specific phrase ("IP address") is claimed before a generic one ("address"). The
    phrases share their literal beginnings in a trie, so a table of a thousand
    variants costs little more than a short one.

    Each phrase ends in an empty group that names its key, except the phrases of the
    key with the most of them: a match that sets no group has that key. (The engine
    spends time on every match in proportion to the pattern's groups, so a one-key
    table, such as `compile_any` makes, has none.)
    """
    keys: list[str] = []
    variants: list[str] = []
    phrases: list[str] = []
    for key, fragments in table.items():
        name = key.value if hasattr(key, "value") else str(key)
        for fragment in sorted(fragments, key=len, reverse=True):
            phrases.append(expand(fragment))
            for variant in literal_first(fragment):
                if len(_split_top(variant)) > 1:
                    variant = f"(?:{variant})"
                variants.append(expand(variant))
                keys.append(name)
    default = _ungrouped_key(keys)
    trie = _Trie(keys, default)
    root = trie.emit(trie.build(list(enumerate(variants))), at_root=True)
    regex = re.compile(r"\b(?:" + root + ")")
    return TermPattern(regex, trie.key_of_group, default, tuple(phrases))


def _ungrouped_key(keys: list[str]) -> str:
    """The key whose phrases need no group: the one with the most phrases."""
    return max(keys, key=keys.count) if keys else ""


def compile_any(fragments: Sequence[str]) -> TermPattern:
    """One pattern matching any of the phrases on word boundaries (lower-cased text)."""
    return compile_terms({"any": fragments})


_SPECIAL = set("\\()[]?*+{}|.^$")


def _split_prefix(variant: str) -> tuple[str, str]:
    """The literal beginning of a regex and the rest."""
    index = 0
    while index < len(variant) and variant[index] not in _SPECIAL:
        index += 1
    if index < len(variant) and variant[index] in "?*+{" and index > 0:
        index -= 1  # the quantifier applies to the last literal character
    return variant[:index], variant[index:]


class _Trie:
    """The alternation of numbered variants, sharing literal prefixes, earliest variant
    first; a variant's leaf group names its key (`TermPattern.key`)."""

    def __init__(self, keys: list[str], default: str) -> None:
        self._keys = keys
        self._default = default
        self.key_of_group: dict[str, str] = {}

    def build(self, variants: list[tuple[int, str]]) -> dict:
        root: dict = {}
        for index, variant in variants:
            prefix, rest = _split_prefix(variant)
            node = root
            for char in prefix:
                node = node.setdefault(char, {})
            node.setdefault("", []).append((index, rest))
        return root

    def emit(self, node: dict, at_root: bool = False) -> str:
        options: list[tuple[int, str]] = []
        for index, rest in node.get("", []):
            if at_root:
                options += [(index, branch) for branch in self._root_branches(index, rest)]
            else:
                options.append((index, lookbehinds_after_letters(rest) + self._leaf(index)))
        for char, child in node.items():
            if char:
                options.append((_first_index(child), re.escape(char) + self.emit(child)))
        options.sort(key=lambda pair: pair[0])
        if len(options) == 1:
            return options[0][1] if not options[0][1].count("|") else f"(?:{options[0][1]})"
        return "(?:" + "|".join(text for _, text in options) + ")"

    def _leaf(self, index: int, part: int = 0) -> str:
        key = self._keys[index]
        if key == self._default:
            return r"\b"
        name = f"g{index}_{part}" if part else f"g{index}"
        self.key_of_group[name] = key
        return rf"\b(?P<{name}>)"

    def _root_branches(self, index: int, rest: str) -> list[str]:
        """A variant that starts with no plain character, as root branches that do
        where that is exact: the engine tries such a branch in full at every word, but
        skips one that starts with another letter in one step.

        Behind the pattern's leading `\\b`, a variant's own `\\b` tests nothing more;
        and a group of alternatives followed by the rest, `(?:a|b)c`, matches as the
        branches `ac|bc` in its place do."""
        if rest.startswith(r"\b"):
            rest = rest[2:]
        end = _group_end(rest, 0) if rest.startswith("(?:") else None
        if end is not None and rest[end : end + 1] not in ("?", "*", "+", "{"):
            alternatives = _split_top(rest[3 : end - 1])
            if len(alternatives) > 1 and all(_PLAIN_START.match(alt) for alt in alternatives):
                tail = rest[end:]
                return [
                    alternative + tail + self._leaf(index, part)
                    for part, alternative in enumerate(alternatives)
                ]
        return [lookbehinds_after_letters(rest) + self._leaf(index)]


def _first_index(node: dict) -> int:
    best = min((index for index, _ in node.get("", [])), default=1 << 30)
    for char, child in node.items():
        if char:
            best = min(best, _first_index(child))
    return best


def lookbehinds_after_letters(regex: str) -> str:
    """`regex` with the look-behinds it starts with moved behind the plain letters
    that follow them: `(?<!of u)(?<!the u)se` becomes `se(?<!of use)(?<!the use)`.

    The same texts match: once the letters have matched, a look-behind extended by
    them tests the same characters before them. A letter under a quantifier
    (`(?<!a )bc?`) stays behind the look-behinds with it."""
    match = _LOOKBEHINDS_THEN_LETTERS.match(regex)
    if match is None or "|" in match.group(1):
        return regex  # (letters added to `(?<!a|b)` would extend only its last branch)
    letters = match.group(2)
    if regex[match.end() : match.end() + 1] in ("?", "*", "+", "{"):
        letters = letters[:-1]
    if not letters:
        return regex
    moved = "".join(
        assertion[:-1] + letters + ")" for assertion in _LOOKBEHIND.findall(match.group(1))
    )
    return letters + moved + regex[match.start(2) + len(letters) :]
