"""Does an English text read as a privacy policy at all?

A privacy policy talks about personal data in its own words: what is collected, who
it is shared with, cookies, rights, retention, contact for privacy questions. A home
page, a news article or terms of service mention privacy once or twice (a footer link,
"see our Privacy Policy"). The verdict counts how many distinct *kinds* of privacy
statement appear (`_CUES`, each counted once however often it appears), and whether
the text calls itself a privacy policy (a title or heading near the start):

- `yes`: a privacy title and at least `_MIN_CUES_WITH_TITLE` kinds, or at least
  `_MIN_CUES_WITHOUT_TITLE` kinds;
- `no`: at most `_MAX_CUES_FOR_NO` kind, not a statement of what is done with data
  (`_CORE_CUES`: "we collect", "we use your", "we share ... with"), and not a text
  headed as a privacy statement that states one kind: a footer link, a cookie
  banner, "see our Privacy Policy" in terms of service;
- `uncertain`: in between (a short notice, a policy excerpt): labelled as usual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

PolicyVerdict = Literal["yes", "no", "uncertain"]

_MIN_CUES_WITH_TITLE = 3
_MIN_CUES_WITHOUT_TITLE = 5
_MAX_CUES_FOR_NO = 1
_TITLE_WINDOW = 600

# A line of its own near the start that names the text a privacy statement: a heading,
# not a sentence or a row of menu links ("Home About Privacy Policy Contact" is six
# words too, but then the rest of the page states nothing about data).
_HEADING_TITLE = re.compile(
    r"^[#*>\s]*(?:[\w'’&.,-]+\s+){0,5}(?:privacy|data[ -]protection)\s+"
    r"(?:policy|notice|statement|charter)[ \t*:.]*$",
    re.IGNORECASE | re.MULTILINE,
)
_TITLE = re.compile(
    r"\b(?:privacy|data[ -]protection|cookie)\s+(?:policy|notice|statement|information|"
    r"practices|charter)\b|\bprivacy\b",
    re.IGNORECASE,
)
# fmt: off
_CUES = {
    "personal data": r"\bpersonal(?:ly)?[ -](?:data|information|identifiable)\b",
    "collect": r"\b(?:we|may|will|automatically)\s+(?:also\s+)?(?:collect|gather|obtain|receive|record|store|hold|log)s?\b|\binformation (?:we|that we) collect\b",
    "use of data": r"\b(?:we|may)\s+(?:use|process)\s+(?:your|this|the|such|personal)\b",
    "sharing": r"\b(?:share|disclose|sell|transfer)s?\b[^.]{0,80}\b(?:third[ -]part(?:y|ies)|partners|service providers|affiliates|advertisers)\b|\b(?:pass|give|send|disclose|hand)\s+(?:your|personal|members'?|customers'?|such)\s+(?:\w+\s+){0,3}?(?:name|details|data|information|records?|e-?mail address(?:es)?)\s+(?:on\s+)?to\b",
    "cookies": r"\bcookies?\b|\bweb beacons?\b|\btracking technolog",
    "rights": r"\b(?:right to|request)\s+(?:access|delete|deletion|correct|erasure|rectif|object|opt[ -]out|port)",
    "opt out": r"\bopt[ -]?out\b|\bunsubscribe\b",
    "retention": r"\bretain|\bretention\b|\bkeep (?:your|personal|the) (?:data|information)|\b(?:delete|erase|destroy)\s+(?:your|the|their|these|personal)\s+(?:\w+\s+)?(?:details|data|information|records)\b[^.]{0,60}\b(?:after|when|once|within)\b",
    "security": r"\b(?:security|safeguards?|encrypt(?:ion|ed)?)\b[^.]{0,60}\b(?:data|information)\b",
    "children": r"\bchildren\b|\bunder (?:the age of )?1[36]\b|\bminors\b",
    "law": r"\bGDPR\b|\bCCPA\b|\bCPRA\b|\bCOPPA\b|\bdata protection (?:law|authority|officer)\b|\bcontroller\b",
    "contact about privacy": r"\bprivacy@|\bdata protection officer\b|\bquestions about (?:this|our) (?:privacy )?(?:policy|notice)\b",
    "changes to policy": r"\bchanges? to (?:this|our) (?:privacy )?(?:policy|notice|statement)\b",
    "personal details": r"\be-?mail address(?:es)?\b|\b(?:postal|home) address(?:es)?\b|\b(?:phone|telephone|mobile) numbers?\b|\bdates? of birth\b",
    "ip and device": r"\bIP address(?:es)?\b|\bdevice (?:identifiers?|ID|information)\b",
}
# fmt: on
_CORE_CUES = frozenset({"collect", "use of data", "sharing"})
_CUE_PATTERNS = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _CUES.items()}


@dataclass(frozen=True)
class PolicyCheck:
    verdict: PolicyVerdict
    reason: str
    cues: tuple[str, ...]  # the kinds found; for a `yes`, those found until it was certain


def check_privacy_policy(text: str) -> PolicyCheck:
    """Whether `text` (English) reads as a privacy policy, and why (see module doc).

    The kinds are looked for one by one until the verdict is certain: a whole policy
    is a `yes` after its first few, and looking for a kind that is absent reads the
    whole text."""
    opening = text[:_TITLE_WINDOW]
    titled = bool(_TITLE.search(opening))
    enough = _MIN_CUES_WITH_TITLE if titled else _MIN_CUES_WITHOUT_TITLE
    cues: list[str] = []
    for name, pattern in _CUE_PATTERNS.items():
        if pattern.search(text):
            cues.append(name)
            if len(cues) == enough:
                return PolicyCheck("yes", f"at least {_kinds(enough)} found", tuple(cues))
    headed = bool(cues) and bool(_HEADING_TITLE.search(opening))
    if len(cues) <= _MAX_CUES_FOR_NO and not _CORE_CUES.intersection(cues) and not headed:
        return PolicyCheck(
            "no",
            f"this text does not read as a privacy policy (only {_kinds(len(cues))} found)",
            tuple(cues),
        )
    return PolicyCheck(
        "uncertain",
        f"this text may not be a whole privacy policy (only {_kinds(len(cues))} found)",
        tuple(cues),
    )


def _kinds(count: int) -> str:
    return f"{count} kind{'s' if count != 1 else ''} of privacy statement"
