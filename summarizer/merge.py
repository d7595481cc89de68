"""Fold the findings of every chunk into one label, grounding each quote on the way.

Rules (LABEL_SPEC "Principles"):
- Set fields (categories, purposes, recipients) are unions, with all their
  deduplicated evidence.
- A three-way answer: an explicit statement beats silence. When the policy says
  both yes and no, the conflict is kept in `conflicts` with both sides' quotes; the
  value is the side with more statements, a tie going to `yes` (the practice was
  disclosed somewhere in the policy, and a reader should hear about it).
- Change notice: a promise of personal notice beats "changes are posted" (policies
  often post every change and e-mail the material ones), so the two together are
  not a conflict.
- `children.min_age`: the lowest age the policy names as a children's threshold
  (policies often say "not directed to anyone under 18" and then apply their
  children's-data rules under 13); several different ages are noted in `conflicts`.
- Details (retention period, security measures) are kept once each, whatever their
  case; a security detail naming several measures ("encryption; firewalls") gives one
  measure each, so measures found in different chunks deduplicate.
- A finding whose quote cannot be located in the policy is dropped and counted.
- A value riding on a quote (a retention period, a security measure, a children's
  age) must be stated in that quote (`summarizer.text.values`), and the service name
  in the policy, its page title or its address (`grounding.name_in_sources`); a value
  that is not is dropped and counted in `coverage.dropped_values`, whichever engine
  gave it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TypeVar

from summarizer.label.findings import RIGHT_QUESTIONS, ChunkFindings, Question
from summarizer.label.schema import (
    Answer,
    Children,
    CollectedData,
    Conflict,
    Contact,
    DataCategory,
    DoNotTrackAnswer,
    DroppedValue,
    Evidence,
    NotCollectedData,
    PolicyChanges,
    PrivacyNutritionLabel,
    Purpose,
    PurposeClaim,
    Recipient,
    Retention,
    Security,
    SharingClaim,
    TriState,
)
from summarizer.text.chunking import Chunk
from summarizer.text.grounding import Grounder, name_in_sources
from summarizer.text.values import number_in_quote, quote_words, value_in_words

_START = attrgetter("start")
# The label's orders, as tuples (iterating an Enum class is a generator each time).
_CATEGORIES = tuple(DataCategory)
_PURPOSES = tuple(Purpose)
_RECIPIENTS = tuple(Recipient)

K = TypeVar("K")
V = TypeVar("V")

MAX_DROPPED_QUOTES_KEPT = 20
# Where each question's detail is shown on the label.
_DETAIL_FIELDS = {
    Question.retention_stated: "retention.period",
    Question.security_measures_described: "security.measures",
}


@dataclass
class MergeStats:
    claims_total: int = 0
    claims_dropped: int = 0
    dropped_quotes: list[str] = field(default_factory=list)
    values_dropped: int = 0
    dropped_values: list[DroppedValue] = field(default_factory=list)

    def drop_value(self, field_name: str, value: str, reason: str) -> None:
        self.values_dropped += 1
        if len(self.dropped_values) < MAX_DROPPED_QUOTES_KEPT:
            self.dropped_values.append(
                DroppedValue(field=field_name, value=value[:200], reason=reason)
            )


class _Unique:
    """Appends to lists, each value once (by a key), in linear time: every list's keys
    are kept in a set beside it. Evidence lists are sorted by start once, by `sort`,
    when all are in (a stable sort: what one sort after each addition gave)."""

    def __init__(self) -> None:
        self._seen: dict[int, set] = {}  # id(list) -> keys; the lists live as long as self
        self._evidence: list[list[Evidence]] = []

    def _keys(self, items: list) -> set:
        seen = self._seen.get(id(items))
        if seen is None:
            seen = self._seen[id(items)] = set()
        return seen

    def add(self, items: list, item: object, key: object) -> None:
        seen = self._keys(items)
        if key not in seen:
            seen.add(key)
            items.append(item)

    def add_evidence(self, evidence: list[Evidence], new: Evidence) -> None:
        if id(evidence) not in self._seen:
            self._evidence.append(evidence)
        self.add(evidence, new, (new.start, new.end))

    def add_all(self, items: list, new: Iterable) -> None:
        if not new:
            return  # (most findings name no sources or purposes)
        seen = self._keys(items)
        for item in new:
            if item not in seen:
                seen.add(item)
                items.append(item)

    def add_details(
        self, details: list[str], question: Question, detail: str, quote: str, stats: MergeStats
    ) -> None:
        """Add a finding's detail, once whatever its case, if its quote states it (only
        the details the label shows: a retention period, security measures). A security
        detail may name several measures separated by ";" ("encryption; firewalls"):
        each is its own, and each must be in the quote."""
        field_name = _DETAIL_FIELDS.get(question)
        if field_name is None:
            return  # the label shows no detail for this question
        parts = detail.split(";") if question == Question.security_measures_described else [detail]
        available = quote_words(quote)
        for part in (p.strip() for p in parts):
            if not part:
                continue
            if not value_in_words(part, available):
                stats.drop_value(field_name, part, "not stated in its quote")
            else:
                self.add(details, part, part.lower())

    def sort(self) -> None:
        for evidence in self._evidence:
            if len(evidence) > 1:
                evidence.sort(key=_START)


@dataclass
class _YesNo:
    yes: list[Evidence] = field(default_factory=list)
    no: list[Evidence] = field(default_factory=list)
    details: list[str] = field(default_factory=list)


class _LabelBuilder:
    def __init__(
        self, grounder: Grounder, title: str | None = None, url: str | None = None
    ) -> None:
        self.grounder = grounder
        self.title = title
        self.url = url
        self.stats = MergeStats()
        self.collected: dict[DataCategory, CollectedData] = {}
        self.not_collected: dict[DataCategory, NotCollectedData] = {}
        self.purposes: dict[Purpose, PurposeClaim] = {}
        self.sharing: dict[Recipient, SharingClaim] = {}
        self.answers: dict[Question, _YesNo] = {}
        self.ages: list[tuple[int, Evidence]] = []
        self.contact = Contact()
        self.names: Counter[str] = Counter()
        self.name_order: dict[str, int] = {}
        self._squashed: str | None = None
        self._grounded: dict[tuple[str, int, int], Evidence | None] = {}
        self.unique = _Unique()

    def ground(self, quote: str, chunk: Chunk) -> Evidence | None:
        self.stats.claims_total += 1
        # A chunk often gives one quote for several findings (a sentence naming three
        # kinds of data): it is grounded once. Every finding still counts as a claim.
        key = (quote, chunk.start, chunk.end)
        if key in self._grounded:
            evidence = self._grounded[key]
        else:
            evidence = self._grounded[key] = self.grounder.ground(quote, chunk)
        if evidence is None:
            self.stats.claims_dropped += 1
            if len(self.stats.dropped_quotes) < MAX_DROPPED_QUOTES_KEPT:
                self.stats.dropped_quotes.append(quote[:200])
        return evidence

    def add(self, chunk: Chunk, findings: ChunkFindings) -> None:
        if findings.service_name and findings.service_name.strip():
            name = findings.service_name.strip()
            self.names[name] += 1
            self.name_order.setdefault(name, len(self.name_order))
        for item in findings.data_collected:
            if (evidence := self.ground(item.quote, chunk)) is None:
                continue
            entry = _entry(self.collected, item.category, lambda key: CollectedData(category=key))
            self.unique.add_all(entry.sources, item.sources)
            self.unique.add_all(entry.purposes, item.purposes)
            self.unique.add_evidence(entry.evidence, evidence)
        for absent_item in findings.data_not_collected:
            if (evidence := self.ground(absent_item.quote, chunk)) is None:
                continue
            entry_nc = _entry(
                self.not_collected,
                absent_item.category,
                lambda key: NotCollectedData(category=key),
            )
            self.unique.add_evidence(entry_nc.evidence, evidence)
        for purpose_item in findings.purposes:
            if (evidence := self.ground(purpose_item.quote, chunk)) is None:
                continue
            claim = _entry(
                self.purposes,
                purpose_item.purpose,
                lambda key: PurposeClaim(purpose=key),
            )
            self.unique.add_evidence(claim.evidence, evidence)
        for share_item in findings.sharing:
            if (evidence := self.ground(share_item.quote, chunk)) is None:
                continue
            share = _entry(
                self.sharing,
                share_item.recipient,
                lambda key: SharingClaim(recipient=key),
            )
            self.unique.add_all(share.categories, share_item.categories)
            self.unique.add_all(share.purposes, share_item.purposes)
            self.unique.add_evidence(share.evidence, evidence)
        for answer_item in findings.answers:
            if (evidence := self.ground(answer_item.quote, chunk)) is None:
                continue
            votes = _entry(self.answers, answer_item.question, lambda _: _YesNo())
            self.unique.add_evidence(
                votes.yes if answer_item.answer == "yes" else votes.no, evidence
            )
            if answer_item.answer == "yes" and answer_item.detail:
                self.unique.add_details(
                    votes.details,
                    answer_item.question,
                    answer_item.detail,
                    evidence.quote,
                    self.stats,
                )
        for age_item in findings.children_age:
            if (evidence := self.ground(age_item.quote, chunk)) is None:
                continue
            if not number_in_quote(age_item.min_age, evidence.quote):
                self.stats.drop_value(
                    "children.min_age", str(age_item.min_age), "not stated in its quote"
                )
                continue
            self.ages.append((age_item.min_age, evidence))
        for contact_item in findings.contacts:
            if (evidence := self.ground(contact_item.quote, chunk)) is None:
                continue
            value = contact_item.value.strip()
            if not self._in_policy(value):
                self.stats.claims_dropped += 1
                if len(self.stats.dropped_quotes) < MAX_DROPPED_QUOTES_KEPT:
                    self.stats.dropped_quotes.append(value[:200])
                continue
            target = {
                "email": self.contact.emails,
                "url": self.contact.urls,
                "address": self.contact.addresses,
                "phone": self.contact.phones,
            }[contact_item.kind]
            self.unique.add(target, value, value)

    def build(self) -> PrivacyNutritionLabel:
        """The label, made once from every part (not a default label whose parts are
        then replaced: its defaults were two dozen models built to be thrown away)."""
        self.unique.sort()
        service_name = self._service_name()
        data_collected = [self.collected[c] for c in _CATEGORIES if c in self.collected]
        conflicts: list[Conflict] = []

        def tri(question: Question, field_name: str) -> Answer:
            value, evidence = self._resolve(question, field_name, conflicts)
            return Answer(value=value, evidence=evidence)

        sells_personal_data = tri(Question.sells_personal_data, "sells_personal_data")
        third_party_tracking = tri(Question.third_party_tracking, "third_party_tracking")
        international_transfer = tri(Question.international_transfer, "international_transfer")
        dnt = tri(Question.do_not_track, "do_not_track")
        do_not_track = DoNotTrackAnswer(
            value={"yes": "honored", "no": "not_honored"}.get(dnt.value, "not_stated"),  # type: ignore[arg-type]
            evidence=dnt.evidence,
        )
        rights = {
            right: tri(question, f"rights.{right.value}")
            for question, right in RIGHT_QUESTIONS.items()
        }
        retention = tri(Question.retention_stated, "retention.stated")
        retention_details = self.answers.get(Question.retention_stated, _YesNo()).details
        security = tri(Question.security_measures_described, "security.measures_described")
        children = self._children(conflicts)
        self._collected_vs_not(data_collected, conflicts)
        return PrivacyNutritionLabel(
            service_name=service_name,
            data_collected=data_collected,
            data_not_collected=[
                self.not_collected[c] for c in _CATEGORIES if c in self.not_collected
            ],
            purposes=[self.purposes[p] for p in _PURPOSES if p in self.purposes],
            sharing=[self.sharing[r] for r in _RECIPIENTS if r in self.sharing],
            sells_personal_data=sells_personal_data,
            third_party_tracking=third_party_tracking,
            do_not_track=do_not_track,
            rights=rights,
            retention=Retention(
                stated=retention.value,
                period=retention_details[0]
                if retention.value == "yes" and retention_details
                else None,
                evidence=retention.evidence,
            ),
            security=Security(
                measures_described=security.value,
                measures=self.answers.get(Question.security_measures_described, _YesNo()).details
                if security.value == "yes"
                else [],
                evidence=security.evidence,
            ),
            children=children,
            international_transfer=international_transfer,
            policy_changes=self._policy_changes(),
            contact=self.contact,
            conflicts=conflicts,
        )

    def _resolve(
        self, question: Question, field_name: str, conflicts: list[Conflict]
    ) -> tuple[TriState, list[Evidence]]:
        votes = self.answers.get(question)
        if votes is None or not (votes.yes or votes.no):
            return "not_stated", []
        if votes.yes and votes.no:
            value: TriState = "yes" if len(votes.yes) >= len(votes.no) else "no"
            conflicts.append(
                Conflict(
                    field=field_name,
                    evidence=sorted([*votes.yes, *votes.no], key=lambda e: e.start),
                    note=(
                        f"The policy says both yes ({len(votes.yes)}) and no ({len(votes.no)}); "
                        f"shown as '{value}'."
                    ),
                )
            )
            return value, votes.yes if value == "yes" else votes.no
        return ("yes", votes.yes) if votes.yes else ("no", votes.no)

    def _children(self, conflicts: list[Conflict]) -> Children:
        knowingly = self._resolve(
            Question.knowingly_collects_from_children,
            "children.knowingly_collects_from_children",
            conflicts,
        )
        ages = sorted(self.ages, key=lambda pair: pair[1].start)
        evidence = list(knowingly[1])
        spans = {(e.start, e.end) for e in evidence}
        for _, age_evidence in ages:
            if (age_evidence.start, age_evidence.end) not in spans:
                spans.add((age_evidence.start, age_evidence.end))
                evidence.append(age_evidence)
        evidence.sort(key=lambda e: e.start)
        min_age = min(age for age, _ in ages) if ages else None
        if len({age for age, _ in ages}) > 1:
            conflicts.append(
                Conflict(
                    field="children.min_age",
                    evidence=[e for _, e in ages],
                    note=f"The policy names several ages ({', '.join(str(a) for a, _ in ages)}); "
                    f"the lowest, {min_age}, is shown.",
                )
            )
        return Children(
            min_age=min_age,
            knowingly_collects_from_children=knowingly[0],
            evidence=evidence,
        )

    def _policy_changes(self) -> PolicyChanges:
        votes = self.answers.get(Question.personal_notice_of_changes)
        if votes is None:
            return PolicyChanges()
        if votes.yes:
            return PolicyChanges(notice="personal_notice", evidence=votes.yes)
        return PolicyChanges(notice="posted_only", evidence=votes.no)

    def _collected_vs_not(
        self, data_collected: list[CollectedData], conflicts: list[Conflict]
    ) -> None:
        collected = [item.category for item in data_collected]
        for category in [c for c in collected if c in self.not_collected]:  # in the label's order
            conflicts.append(
                Conflict(
                    field=f"data_collected.{category.value}",
                    evidence=sorted(
                        [
                            *self.collected[category].evidence,
                            *self.not_collected[category].evidence,
                        ],
                        key=lambda e: e.start,
                    ),
                    note="The policy says this category is both collected and not collected.",
                )
            )

    def _in_policy(self, value: str) -> bool:
        """A contact value must appear in the policy, ignoring case, spacing and
        punctuation (an address written on four lines is given back on one, with commas)."""
        squashed = _squash(value)
        if not squashed:
            return False
        if value.isascii() and value in self.grounder.text:
            return True  # written as is: squashing keeps or drops each character alike
        return squashed in self._squashed_text()

    def _squashed_text(self) -> str:
        # Squashed once per policy: per contact it made merging quadratic in policy size.
        if self._squashed is None:
            self._squashed = _squash(self.grounder.text)
        return self._squashed

    def _service_name(self) -> str | None:
        """The name given most often (the first given on a tie) among the names the
        policy, its page title or its address writes; a name found nowhere, or only in
        text addressed to a model (prompt injection), is dropped and counted."""
        backed = []
        for name in sorted(self.names, key=self.name_order.__getitem__):
            if name_in_sources(name, self.grounder.searchable, title=self.title, url=self.url):
                backed.append(name)
            else:
                self.stats.drop_value(
                    "service_name", name, "not in the policy, its title or its address"
                )
        if not backed:
            return None
        return max(backed, key=lambda name: (self.names[name], -self.name_order[name]))


def _entry(entries: dict[K, V], key: K, new: Callable[[K], V]) -> V:
    """`entries[key]`, made by `new(key)` the first time (`setdefault` built a model for
    every finding, to throw most away)."""
    entry = entries.get(key)
    if entry is None:
        entry = entries[key] = new(key)
    return entry


_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")


def _squash(text: str) -> str:
    return _NOT_ALPHANUMERIC.sub("", text.lower())


def merge_findings(
    outcomes: Iterable[tuple[Chunk, ChunkFindings]],
    grounder: Grounder,
    *,
    title: str | None = None,
    url: str | None = None,
) -> tuple[PrivacyNutritionLabel, MergeStats]:
    """Ground every finding of every chunk and fold them into one label. `title` (the
    page's title) and `url` (where the policy came from) may back the service name."""
    builder = _LabelBuilder(grounder, title, url)
    for chunk, findings in outcomes:
        builder.add(chunk, findings)
    return builder.build(), builder.stats
