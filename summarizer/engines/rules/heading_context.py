"""What the headings above a sentence tell its readers: the kinds of section they name
("collect", "share", "rights", ...), and the recipients and kinds of data a heading
names ("Service providers", "Location data"), worked out once per heading."""

from __future__ import annotations

import re
from typing import NamedTuple

from summarizer.engines.rules.analysis import (
    CATEGORY_RE,
    HEADING_CATEGORY_RES,
    RECIPIENT_RE,
    Term,
    _data_senses,
    heading_kinds,
    inner_heading_kinds,
    lower_ascii,
    mask_text,
)
from summarizer.engines.rules.triggers import sentence_gates
from summarizer.label.schema import DataCategory, Recipient


class HeadingContext(NamedTuple):
    """What the headings above a sentence tell its readers; sentences under the same
    headings share one."""

    kinds: frozenset[str]
    inner_kinds: frozenset[str]
    recipients: tuple[Recipient, ...]
    categories: tuple[DataCategory, ...]

    @classmethod
    def of(cls, headings: tuple[str, ...]) -> HeadingContext:
        return cls(
            kinds=frozenset(heading_kinds(headings)),
            inner_kinds=frozenset(inner_heading_kinds(headings)),
            recipients=_heading_recipients(headings),
            categories=_heading_categories(headings),
        )


_HEADING_CACHE: dict[str, tuple[tuple[Recipient, ...], tuple[DataCategory, ...]]] = {}


def _heading_facts(heading: str) -> tuple[tuple[Recipient, ...], tuple[DataCategory, ...]]:
    """The recipients and the kinds of data a heading names (no data for a heading about
    choices or rights), worked out once per heading."""
    cached = _HEADING_CACHE.get(heading)
    if cached is None:
        masked = lower_ascii(mask_text(heading))
        recipients = tuple(
            dict.fromkeys(Recipient(RECIPIENT_RE.key(m)) for m in RECIPIENT_RE.finditer(masked))
        )
        # (a word of another sense names no data: "Health data (special categories of data)")
        terms = [Term(CATEGORY_RE.key(m), *m.span()) for m in CATEGORY_RE.finditer(masked)]
        categories = [
            DataCategory(t.key) for t in _data_senses(terms, masked, sentence_gates(masked))
        ]
        for category, pattern in HEADING_CATEGORY_RES.items():
            if pattern.search(masked):
                categories.append(category)
        # (a heading about choices or rights names no data its sentences collect)
        named = () if _NOT_A_DATA_HEADING.search(heading) else tuple(dict.fromkeys(categories))
        cached = (recipients, named)
        if len(_HEADING_CACHE) < 4096:
            _HEADING_CACHE[heading] = cached
    return cached


_NOT_A_DATA_HEADING = re.compile(
    r"\b(?:choices?|rights?|opt|control|manag|disabl|settings)\b", re.IGNORECASE
)


def _heading_recipients(headings: tuple[str, ...]) -> tuple[Recipient, ...]:
    return _heading_facts(headings[-1])[0] if headings else ()


def _heading_categories(headings: tuple[str, ...]) -> tuple[DataCategory, ...]:
    return _heading_facts(headings[-1])[1] if headings else ()
