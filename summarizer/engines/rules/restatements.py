"""Statements made of a policy's own words where the policy leaves them implied, read
as if the policy had written them out, and quoted with the words themselves:

- a yes/no question and its answer: "Do we sell your data? No." (FAQ-style policies);
  the question alone claims nothing;
- a table's answer, retention and cookie-provider columns: "Email address | Yes | No"
  under "Data | Collected | Sold", "Billing address | 7 years" under "Retention",
  "_ga | Google Analytics" under "Cookie | Provider";
- a service's data line under a heading that names the service and the company that
  provides it: "Personal Data processed: Cookies; Usage Data." under "Google Analytics
  (Google Ireland Limited)" (iubenda-style policies).
"""

from __future__ import annotations

import re

_AUXILIARY_FIRST = re.compile(
    r"\s*(?:\d+[.)]\s*)?(?:do|does|did|is|are|was|were|can|could|will|would|shall|should|may|might|have|has)\b"
)


def asks_yes_no(text: str) -> bool:
    """Whether a sentence (masked, lower-cased) is a yes/no question: it opens with an
    auxiliary verb and ends with a question mark."""
    return text.rstrip(" *_").endswith("?") and _AUXILIARY_FIRST.match(text) is not None


# An answer's opening word: "No.", "Yes, ...", and words that answer only standing alone
# ("Never.", "Absolutely." but not "Absolutely no data is sold").
_ANSWER = re.compile(
    r"\W*(?:(yes|no)\b(?![-'’])|(never|not at all|absolutely not|certainly not|of course not|"
    r"absolutely|certainly|of course)(?=\s*(?:[.,;:!]|$)))",
    re.IGNORECASE,
)
_NO_WORDS = frozenset(
    {"no", "never", "not at all", "absolutely not", "certainly not", "of course not"}
)
# What may follow a yes and belongs to the question's statement: "Yes, to data brokers."
_CONTINUATION = re.compile(
    r"[\s,;:–—-]*((?:to|with|for|when|if|unless|except|only|but only)\b[^.!?]*)", re.IGNORECASE
)
# "Do we sell ...?", "Does Tidepool share ...?", "Is my data encrypted ...?"
_QUESTION = re.compile(
    r"\s*(?:\d+[.)]\s*)?"
    r"(?P<aux>(?i:do|does|did|is|are|will|would|can|could|may|might|should|has|have))\s+"
    r"(?P<subject>(?i:we|you|(?:my|your|our|the)\s+(?:personal\s+)?(?:data|information|details)|"
    r"(?:personal\s+)?(?:data|information)|(?:the|this|our)\s+(?:app|service|site|website|platform|company))|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+"
    r"(?P<rest>[^?]+?)\s*\?[\s*_]*"
)
_SPEAKER = re.compile(r"\b(?:my|me|i)\b", re.IGNORECASE)
_PERSON_SWAP = {"you": "we", "my": "your", "me": "you", "i": "you"}


def answer_word(sentence: str) -> str | None:
    """'yes' or 'no' when a sentence opens with an answer ("No. We never sell ...",
    "Never.", "Yes, to our partners")."""
    match = _ANSWER.match(sentence)
    if match is None:
        return None
    word = (match.group(1) or match.group(2)).lower()
    return "no" if word in _NO_WORDS else "yes"


def answer_end(sentence: str) -> int:
    """Where the opening yes or no of an answer ends."""
    match = _ANSWER.match(sentence)
    return match.end() if match else 0


def continued(statement: str, answer: str) -> tuple[str, int]:
    """The statement with what the answer adds after its yes ("Yes, to data brokers":
    "we sell your data to data brokers."), and where in the answer that ends (the end
    of the yes alone when it adds nothing)."""
    start = answer_end(answer)
    match = _CONTINUATION.match(answer, start)
    if match is None:
        return statement, start
    return f"{statement[:-1]} {match.group(1).strip()}.", match.end(1)


def restated(question: str, answer: str) -> str | None:
    """The statement a yes/no question and its answer make together, in the question's
    words: "Do we sell your data?" + "No" is "we do not sell your data". A question
    in the reader's voice ("Do you sell my data?") is put in the policy's ("we ...
    your data"); without "my", "me" or "I", "you" is the reader ("Can you ask us to
    delete it?"). None when the question is not of a shape this knows."""
    match = _QUESTION.fullmatch(question)
    if match is None:
        return None
    aux, subject, rest = match.group("aux").lower(), match.group("subject"), match.group("rest")
    if _SPEAKER.search(question):
        subject = _swap_person(subject)
        rest = _swap_person(rest)
    if aux in ("do", "does", "did"):
        verb = f"{aux} not " if answer == "no" else ""
    else:
        verb = f"{aux} not " if answer == "no" else f"{aux} "
    return f"{subject} {verb}{rest}."


def _swap_person(text: str) -> str:
    return re.sub(
        r"\b(?:you|my|me|i)\b",
        lambda m: _PERSON_SWAP[m.group(0).lower()],
        text,
        flags=re.IGNORECASE,
    )


# A table column that answers a question about each row's data: "Collected?", "Sold",
# "Shared with third parties", "Disclosed for a business purpose" (CCPA tables, app-store
# data-safety summaries), with what a yes says of the row's data.
_ANSWER_COLUMNS = (
    (re.compile(r"\bsold\b|\bsells?\b"), "sell {data}"),
    (re.compile(r"\bbusiness purposes?\b"), "share {data} with service providers"),
    (re.compile(r"\bshared?\b|\bdisclosed?\b"), "share {data} with third parties"),
    (re.compile(r"\bcollect"), "collect {data}"),
)


def answered_column(column: str, cell: str, data: str) -> str | None:
    """What a yes or no in a table's answer column says of the row's data, as a
    statement: "Sold" + "No" for "Email address" is "we do not sell email address."."""
    word = answer_word(cell)
    if word is None or not data or cell[answer_end(cell) :].strip(" .,;:*_"):
        return None  # a cell that says more than yes or no is read as it stands
    name = column.lower()
    for pattern, practice in _ANSWER_COLUMNS:
        if pattern.search(name):
            return f"we {'do not ' if word == 'no' else ''}{practice.format(data=data)}."
    return None


# A table column that says how long each row's data is kept ("Retention", "Retention
# period", "How long we keep it"); a cookie table's "Expiry" or "Duration" is the
# cookie's life, not the data's.
_RETENTION_COLUMN = re.compile(
    r"\bretention\b|\bretained\b|how long|storage (?:period|time)|kept for"
)
_FOR_A_PERIOD = re.compile(
    r"\d|up to\b|at most\b|a maximum\b|one\b|two\b|three\b|six\b|twelve\b", re.I
)


def kept_for_column(column: str, cell: str, data: str) -> str | None:
    """What a cell of a table's retention column says of the row's data, as a
    statement: "Retention" + "7 years" for "Billing address" is "we keep Billing
    address for 7 years."."""
    period = cell.strip(" .;*_")
    if not data or not period or not _RETENTION_COLUMN.search(column.lower()):
        return None
    if answer_word(period) is not None:
        return None
    if period[0].isupper() and period[1:2].islower():
        period = period[0].lower() + period[1:]  # "Six years" reads on as "six years"
    lead = "for " if _FOR_A_PERIOD.match(period) else ""
    return f"we keep {data} {lead}{period}."


# A cookie table's column of who sets each cookie ("Provider", "Set by", "Vendor").
_PROVIDER_COLUMN = re.compile(
    r"\b(?:provider|set by|vendor|company|owner|service|third part(?:y|ies))\b"
)


_THIRD_PARTY_CELL = re.compile(r"(?:third|3rd)[- ]?part(?:y|ies)\b")


def third_party_cell(cell: str, about_cookies: bool) -> str | None:
    """What a cookie table's cell that calls the cookie "Third party" says (under "Type"
    or "Party"): "Third-party cookies are set on our site." A cookie set by a named
    provider is `set_by_column`'s."""
    if not about_cookies or not _THIRD_PARTY_CELL.match(cell.strip(" .;*_").lower()):
        return None
    return "Third-party cookies are set on our site."


def set_by_column(column: str, cell: str, about_cookies: bool) -> str | None:
    """What a cell of a cookie table's provider column says: "Google Analytics" under
    "Provider" is "Google Analytics sets cookies on our site." (whether the provider is
    a third party is for the reader of that statement to tell)."""
    provider = cell.strip(" .;*_")
    if not about_cookies or not provider or not _PROVIDER_COLUMN.search(column.lower()):
        return None
    if answer_word(provider) is not None:
        return None
    return f"{provider} sets cookies on our site."


# "Personal Data processed: Cookies; Usage Data." (iubenda), "Data collected: email address"
_PROCESSED_LINE = re.compile(
    r"\W*(?:personal )?(?:data|information) (?:processed|collected|shared)\s*:\s*(?P<data>[^:]+?)[\s.;*_]*$",
    re.IGNORECASE,
)
# The heading of one service: "Google Analytics 4 (Google Ireland Limited)", the company
# that provides it in brackets; "(this Website)" and "(this Application)" are the
# service's own.
_PROVIDED_BY = re.compile(r"^(?P<service>[^()]{2,80}?)\s*\((?P<company>[^()]{2,80})\)\W*$")
_OWN = re.compile(
    r"(?i)^(?:this|the|our) (?:web ?site|application|app|site|service|platform|owner)$"
)


def processed_by_provider(line: str, headings: tuple[str, ...]) -> str | None:
    """What a service's data line says under a heading that names the service and its
    provider: "Personal Data processed: Cookies; Usage Data." under "Google Analytics 4
    (Google Ireland Limited)" in an "Analytics" section is "We share cookies and usage
    data with a third party, Google Analytics 4 (Google Ireland Limited), for analytics.
    Google Analytics 4 (Google Ireland Limited) sets cookies on our site." None for the
    service's own ("Mailing list (this Website)")."""
    processed = _PROCESSED_LINE.fullmatch(line)
    provided = _PROVIDED_BY.match(headings[-1]) if processed and headings else None
    if processed is None or provided is None or _OWN.match(provided.group("company").strip()):
        return None
    items = [item.strip() for item in re.split(r"[;,]", processed.group("data")) if item.strip()]
    if not items:
        return None
    provider = headings[-1].strip()
    data = ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]
    purpose = f" for {headings[-2].strip().lower()}" if len(headings) > 1 else ""
    # ("a third party": the recipient, when the vocabulary does not know the service)
    statement = f"We share {data.lower()} with a third party, {provider},{purpose}."
    if any(re.search(r"(?i)\b(?:cookies?|trackers?)\b", item) for item in items):
        statement += f" {provider} sets cookies on our site."
    return statement
