"""What the readers of yes/no questions share: where a clause ends, the words for
personal data, and who acts at a position.

The readers live in `answers` (the dispatcher `read_answers`, retention, children,
international transfer, policy changes), `selling`, `tracking` (third-party tracking,
Do Not Track), `rights` and `security`; all of them import from here, never the
other way round.
"""

from __future__ import annotations

import re

from summarizer.engines.rules.analysis import Actor, actor_at
from summarizer.engines.rules.reading import Reading

_CLAUSE_END = re.compile(
    r"[.;!?]|,\s+(?:unless|except|or if|and (?:we|you|then)|but|however|after which)\b|\s+(?:unless|except)\b"
)

_PERSONAL_DATA = re.compile(r"\b(?:information|data|details|records)\b")


def _actor(r: Reading, pos: int) -> Actor:
    return actor_at(r.facts, pos)
