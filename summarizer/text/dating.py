"""The date a policy states for itself: "Last updated: March 3, 2025", "Effective date:
2024-01-01", "Revised 3 March 2025", "Last modified 03/03/2025".

Only a date introduced by such words counts (a date in the body, "since 2019", is not
the policy's date). The first one in the text wins, and "last updated"-style wording
wins over "effective" when both are given (it is the later of the two in practice).
Dates are given back in ISO form (`2025-03-03`) with the quote they were read from;
numeric dates are read month-first unless the first number cannot be a month (so
`03/04/2025` is March 4, and `25/03/2025` is March 25).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

DateKind = Literal["last_updated", "effective"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_FORMS = [
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # March 3, 2025
    rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",  # 3 March 2025
    rf"{_YEAR}-(?P<nmonth>[01]?\d)-(?P<nday>[0-3]?\d)",  # 2025-03-03
    rf"(?P<first>[0-3]?\d)[/.](?P<second>[0-3]?\d)[/.]{_YEAR}",  # 03/03/2025
    rf"{_MONTH}\s+{_YEAR}",  # March 2025
    rf"{_YEAR}(?![\d/.-]\d)",  # 2025
]
_INTRO = {
    "last_updated": r"(?:last\s+)?(?:updated|modified|revised|amended|changed|reviewed)",
    "effective": r"effective(?:\s+date)?|(?:in\s+)?effect(?:ive)?\s+(?:as\s+of|from|on)|date\s+of\s+(?:last\s+)?(?:revision|update)",
}
_GAP = r"(?:[*_]*\s*(?:date|on|as\s+of|from|at)?\s*[:\-\u2013\u2014]?[*_]*\s*)"


def _pattern(kind: str) -> re.Pattern[str]:
    # Each form names its groups; give the groups of each form unique names.
    numbered = []
    for index, form in enumerate(_DATE_FORMS):
        numbered.append(re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{index}>", form))
    forms = "|".join(f"(?:{form})" for form in numbered)
    return re.compile(rf"\b(?:{_INTRO[kind]}){_GAP}(?P<date>{forms})", re.IGNORECASE)


_PATTERNS = {kind: _pattern(kind) for kind in _INTRO}
_SEARCH_CHARS = 20_000  # the date is stated near the top (or at the very end)


@dataclass(frozen=True)
class StatedDate:
    date: str  # ISO 8601, e.g. "2025-03-03"; "2025-03" or "2025" when less is given
    kind: DateKind
    quote: str
    start: int
    end: int


def find_policy_date(text: str) -> StatedDate | None:
    """The "last updated" (else "effective") date `text` states, or None."""
    windows = [(0, text[:_SEARCH_CHARS])]
    if len(text) > _SEARCH_CHARS:
        tail_start = max(_SEARCH_CHARS, len(text) - _SEARCH_CHARS // 2)
        windows.append((tail_start, text[tail_start:]))
    kinds: tuple[DateKind, ...] = ("last_updated", "effective")
    for kind in kinds:
        for offset, window in windows:
            for match in _PATTERNS[kind].finditer(window):
                iso = _iso(match)
                if iso is not None:
                    start, end = offset + match.start(), offset + match.end()
                    return StatedDate(iso, kind, text[start:end], start, end)
    return None


def _iso(match: re.Match[str]) -> str | None:
    groups = {
        name.rsplit("_", 1)[0]: value
        for name, value in match.groupdict().items()
        if value and name != "date"
    }
    year = int(groups["year"])
    if set(groups) == {"year"}:
        return f"{year:04d}"
    if "month" in groups:
        month = _MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"]) if "day" in groups else None
    elif "nmonth" in groups:
        month, day = int(groups["nmonth"]), int(groups["nday"])
    else:
        first, second = int(groups["first"]), int(groups["second"])
        month, day = (first, second) if first <= 12 else (second, first)
    try:
        if day is None:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
