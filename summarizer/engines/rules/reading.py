"""What a reader of one sentence sees, and where its findings go.

`Reading` bundles one sentence with its facts, the headings above it, the sentence
that introduced its list and the one before it; `Collector` gathers the findings of a
chunk, keeps each quote an exact slice of the chunk text, removes duplicates and
respects the bounds of `ChunkFindings`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, wraps
from operator import itemgetter
from typing import Any, Literal, TypeVar

from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules.analysis import Facts
from summarizer.engines.rules.sentences import MAX_QUOTE, Sentence, clause_span
from summarizer.engines.rules.triggers import Gated
from summarizer.label.findings import ChunkFindings, Question
from summarizer.label.schema import DataCategory, Purpose, Recipient, Source

QUOTES_PER_CLAIM = 3
# Findings per list the engine reports for one chunk (its sections are small).
ITEMS_PER_LIST = 24
MAX_AGES = 4
MAX_CONTACTS = 12
MAX_DETAIL = 160


@dataclass(frozen=True)
class Profile:
    """What the whole policy tells every chunk: the service's name and its spellings,
    whether it covers both an app and a website (so "through our website" names one
    channel of several), whether it says anywhere that it sells personal data (so a
    denial limited to selling "for money" or "to data brokers" is no plain "no"), and
    whether it says how changes to it are announced (so "service messages, such as
    ... changes to our terms" does not decide that)."""

    name: str | None = None
    first_party: re.Pattern[str] | None = None
    several_channels: bool = False
    # (sale admitted, changes stated), read from the whole policy only when a sentence
    # first asks: that takes a sentence split of the whole policy, and most policies
    # have no sentence that needs either fact.
    whole_policy_answers: Callable[[], tuple[bool, bool]] = field(
        default=lambda: (False, False), compare=False, repr=False
    )

    @cached_property
    def _answers(self) -> tuple[bool, bool]:
        return self.whole_policy_answers()

    @property
    def sale_admitted(self) -> bool:
        """Whether some sentence of the policy says it sells personal data."""
        return self._answers[0]

    @property
    def changes_stated(self) -> bool:
        """Whether the policy states how changes to it are announced."""
        return self._answers[1]


@dataclass
class Reading:
    """One sentence of a chunk, with its context."""

    text: str  # the chunk text
    masked: str  # the masked chunk text (analysis.mask_text)
    sentence: Sentence
    facts: Facts
    kinds: frozenset[str]  # kinds of every heading above (collect, use, share, rights, ...)
    inner_kinds: frozenset[str]  # kinds of the innermost heading
    lead: Facts | None = None  # the sentence introducing this list item
    previous: Facts | None = None  # the sentence before, in the same paragraph or section
    # a list item's line above the list when that line ends with no stop and so is no
    # `lead` ("Links to the privacy policies of the services used by the app")
    list_intro: Facts | None = None
    previous_recipients: tuple[Recipient, ...] = ()
    heading_recipients: tuple[Recipient, ...] = ()
    heading_categories: tuple[DataCategory, ...] = ()
    profile: Profile = field(default_factory=Profile)
    # is_definition, once worked out (a plain field: cached_property takes a lock on
    # every first access before Python 3.12, which costs more than the check itself)
    _is_definition: bool | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def is_definition(self) -> bool:
        """Whether the sentence defines a word ("A cookie is a small file ...", "Personal
        information means ..."): it makes no claim. Several readers ask; it is worked
        out once."""
        if self._is_definition is None:
            self._is_definition = is_definition(self.facts.text)
        return self._is_definition

    @property
    def raw(self) -> str:
        """The sentence as written (unmasked)."""
        return self.text[self.sentence.start : self.sentence.end]

    def span(self, anchor: int = 0) -> tuple[int, int]:
        """Chunk offsets of the quote for a finding at sentence offset `anchor`."""
        row = self.sentence.row
        if row is not None and row[1] - row[0] <= MAX_QUOTE:
            return row  # a table cell is quoted with its row: "Stripe | Payments | US"
        start, end = self.sentence.start, self.sentence.end
        if end - start <= MAX_QUOTE:
            return start, end
        return clause_span(self.text, start, end, start + max(0, anchor))

    def quote(self, anchor: int = 0) -> str:
        start, end = self.span(anchor)
        return self.text[start:end]


def once_per_lead(read: Callable[[Facts], bool]) -> Callable[[Facts | None], bool]:
    """`read(lead)` of a list's lead sentence (False without a lead), worked out once for
    the list: its items, read in turn, share their lead's `Facts`, and several readers
    ask each item about it. Only the last lead's answer is kept (replaced whole, so a
    reader in another thread at worst works it out again)."""
    last: list[tuple[Facts | None, bool]] = [(None, False)]

    @wraps(read)
    def of_lead(lead: Facts | None) -> bool:
        if lead is None:
            return False
        seen, answer = last[0]
        if seen is not lead:
            answer = read(lead)
            last[0] = (lead, answer)
        return answer

    return of_lead


def is_definition(text: str) -> bool:
    """ "A cookie is a small file ...", "Personal information means ...": no claim."""
    if not (
        " is " in text or " are " in text or "refer" in text or " mean" in text or "defined" in text
    ):
        return False
    return _DEFINITION.search(text) is not None


# DEFINITION's words (the nouns "file", "data", ..., "refer", "means"): most sentences
# with " is " have none of them, and the pattern would try every position.
_DEFINITION = Gated(gr.DEFINITION)

T = TypeVar("T")
# The fields of one finding, by name, as its model (`CollectedFinding`, ...) takes them.
Fields = dict[str, Any]


def _round_robin(
    items: list[tuple[int, object, T]],
    limit: int,
    per_key: int,
    details: Callable[[T], frozenset[object]] | None = None,
) -> list[T]:
    """At most `per_key` items per key and `limit` in all, every key served first;
    `items` are (order, key, item) in order.

    With `details`, an item past its key's `per_key` is kept too when it names a detail
    (a category shared, a purpose, a source) that none of the key's kept items names:
    the cap on quotes must not drop what the chunk says ("... your sleep patterns with
    our hosting providers" after three other sentences about those providers)."""
    if len(items) <= min(per_key, limit):
        return [item for _, _, item in items]  # nothing to leave out (most lists)
    return _served_in_turn(items, limit, per_key, details)


def _served_in_turn(
    items: list[tuple[int, object, T]],
    limit: int,
    per_key: int,
    details: Callable[[T], frozenset[object]] | None = None,
) -> list[T]:
    """`_round_robin`: each key's first item, then each key's second, ... up to the
    bounds, returned in order."""
    by_key: dict[object, list[tuple[int, T]]] = {}
    named: dict[object, set[object]] = {}  # the details of a key's kept items
    for order, key, item in items:
        bucket = by_key.setdefault(key, [])
        if len(bucket) < per_key:
            bucket.append((order, item))
            continue
        if details is None:
            continue
        # Details matter only past a key's `per_key` items: worked out from there on.
        said = named.get(key)
        if said is None:
            said = named[key] = set().union(*(details(kept) for _, kept in bucket))
        found = details(item)
        if not found <= said:
            bucket.append((order, item))
            said |= found
    chosen: list[tuple[int, T]] = [pair for bucket in by_key.values() for pair in bucket]
    if len(chosen) > limit:  # (most chunks have fewer: then every one is kept)
        chosen = []
        depth = 0
        while len(chosen) < limit and any(len(b) > depth for b in by_key.values()):
            for bucket in by_key.values():
                if len(bucket) > depth and len(chosen) < limit:
                    chosen.append(bucket[depth])
            depth += 1
    return [item for _, item in sorted(chosen, key=itemgetter(0))]


def _collected_details(finding: Fields) -> frozenset[object]:
    return frozenset([*(("source", s) for s in finding["sources"]), *finding["purposes"]])


def _shared_details(finding: Fields) -> frozenset[object]:
    return frozenset([*(("category", c) for c in finding["categories"]), *finding["purposes"]])


class Collector:
    """The findings of one chunk, deduplicated and bounded.

    Each finding is kept as the fields of its model (`CollectedFinding`, ...), and
    `findings` validates them all at once: one `ChunkFindings` validation builds the
    nested models for about a fifth less than building each on its own, and the
    findings a bound drops are never built."""

    def __init__(self) -> None:
        self._order = 0
        self._seen: set[tuple[object, ...]] = set()
        self.collected: list[tuple[int, object, Fields]] = []
        self.not_collected: list[tuple[int, object, Fields]] = []
        self.purposes: list[tuple[int, object, Fields]] = []
        self.sharing: list[tuple[int, object, Fields]] = []
        self.answers: list[tuple[int, object, Fields]] = []
        self.ages: list[tuple[int, bool, Fields]] = []
        self.contacts: list[Fields] = []

    def _fresh(self, *key: object) -> bool:
        if key in self._seen:
            return False
        self._seen.add(key)
        self._order += 1
        return True

    def collect(
        self,
        category: DataCategory,
        quote: str,
        sources: Iterable[Source] = (),
        purposes: Iterable[Purpose] = (),
    ) -> None:
        if self._fresh("collected", category, quote):
            finding = {
                "category": category,
                "sources": _unique(sources)[:3],
                "purposes": _unique(purposes)[:8],
                "quote": quote,
            }
            self.collected.append((self._order, category, finding))

    def add_to_row(
        self,
        quote: str,
        purposes: Iterable[Purpose],
        categories: Iterable[DataCategory],
        sources: Iterable[Source] = (),
    ) -> None:
        """Give the findings quoting a table row what the row's other cells say: the
        purposes to its data and recipients, the data to its recipients, and the
        sources a "Sources" column names to its data (in place of the ones its
        context suggested)."""
        extra_purposes = _unique(purposes)
        extra_categories = _unique(categories)
        row_sources = _unique(sources)
        if extra_purposes or row_sources:
            for _, _, found in self.collected:
                if found["quote"] == quote:
                    found["purposes"] = _unique([*found["purposes"], *extra_purposes])[:8]
                    if row_sources:
                        found["sources"] = row_sources[:3]
        if extra_purposes or extra_categories:
            for _, _, shared in self.sharing:
                if shared["quote"] == quote:
                    shared["purposes"] = _unique([*shared["purposes"], *extra_purposes])[:8]
                    shared["categories"] = _unique([*shared["categories"], *extra_categories])[:14]

    def absorb(self, other: Collector, quote: str) -> None:
        """Add the findings of `other`, each quoting `quote` instead: what was read from
        a restatement of the policy's words is quoted with the words themselves."""
        for _, _, found in other.collected:
            self.collect(found["category"], quote, found["sources"], found["purposes"])
        for _, _, refused in other.not_collected:
            self.not_collect(refused["category"], quote)
        for _, _, purpose in other.purposes:
            self.purpose(purpose["purpose"], quote)
        for _, _, shared in other.sharing:
            self.share(shared["recipient"], quote, shared["categories"], shared["purposes"])
        for _, _, answered in other.answers:
            self.answer(answered["question"], answered["answer"], quote, answered["detail"])
        for _, about, age in other.ages:
            self.age(age["min_age"], quote, about_collection=about)

    def not_collect(self, category: DataCategory, quote: str) -> None:
        if self._fresh("not_collected", category, quote):
            finding = {"category": category, "quote": quote}
            self.not_collected.append((self._order, category, finding))

    def purpose(self, purpose: Purpose, quote: str) -> None:
        if self._fresh("purpose", purpose, quote):
            self.purposes.append((self._order, purpose, {"purpose": purpose, "quote": quote}))

    def share(
        self,
        recipient: Recipient,
        quote: str,
        categories: Iterable[DataCategory] = (),
        purposes: Iterable[Purpose] = (),
    ) -> None:
        if self._fresh("sharing", recipient, quote):
            finding = {
                "recipient": recipient,
                "categories": _unique(categories)[:14],
                "purposes": _unique(purposes)[:8],
                "quote": quote,
            }
            self.sharing.append((self._order, recipient, finding))

    def answer(
        self,
        question: Question,
        answer: Literal["yes", "no"],
        quote: str,
        detail: str | None = None,
    ) -> None:
        if self._fresh("answer", question, answer, quote):
            if detail is not None:
                detail = " ".join(detail.split())[:MAX_DETAIL].strip() or None
            finding = {"question": question, "answer": answer, "detail": detail, "quote": quote}
            self.answers.append((self._order, (question, answer), finding))

    def age(self, age: int, quote: str, *, about_collection: bool) -> None:
        if 1 <= age <= 21 and self._fresh("age", age, quote):
            self.ages.append((self._order, about_collection, {"min_age": age, "quote": quote}))

    def contact(
        self, kind: Literal["email", "url", "address", "phone"], value: str, quote: str
    ) -> None:
        value = value.strip()
        if value and len(value) <= 300 and self._fresh("contact", kind, value.lower()):
            self.contacts.append({"kind": kind, "value": value, "quote": quote})

    def findings(self, service_name: str | None) -> ChunkFindings:
        """The bounded `ChunkFindings` for the chunk."""
        ages = self.ages
        if any(about for _, about, _ in ages):
            # The age that governs collection ("we do not knowingly collect ... under 13")
            # is the children threshold; "not directed to anyone under 18" is context.
            ages = [entry for entry in ages if entry[1]]
        by_age: dict[int, Fields] = {}
        for _, _, finding in sorted(ages, key=lambda entry: entry[0]):
            by_age.setdefault(finding["min_age"], finding)
        return ChunkFindings.model_validate(
            {
                "service_name": service_name,
                "data_collected": _round_robin(
                    self.collected, ITEMS_PER_LIST, QUOTES_PER_CLAIM, _collected_details
                ),
                "data_not_collected": _round_robin(self.not_collected, ITEMS_PER_LIST, 2),
                "purposes": _round_robin(self.purposes, ITEMS_PER_LIST, QUOTES_PER_CLAIM),
                "sharing": _round_robin(
                    self.sharing, ITEMS_PER_LIST, QUOTES_PER_CLAIM, _shared_details
                ),
                "answers": _round_robin(self.answers, ITEMS_PER_LIST, QUOTES_PER_CLAIM),
                "children_age": list(by_age.values())[:MAX_AGES],
                "contacts": self.contacts[:MAX_CONTACTS],
            }
        )


def _unique(items: Iterable[T]) -> list[T]:
    seen: list[T] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
