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
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter

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
    Source,
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


# Evidence by its span: each quote once per field, in the order found.
_Spans = dict[tuple[int, int], Evidence]
# A question's evidence for yes and for no, each in the order of the policy.
_Votes = tuple[list[Evidence], list[Evidence]]


def _add(spans: _Spans, evidence: Evidence) -> None:
    spans.setdefault((evidence.start, evidence.end), evidence)


def _by_start(spans: _Spans) -> list[Evidence]:
    """The evidence in the order of the policy (the order found on a tie)."""
    found = list(spans.values())
    if len(found) > 1:
        found.sort(key=_START)
    return found


@dataclass
class _Claim:
    """What the findings say of one entry of a set field (a category collected, a
    recipient): its evidence and its details (sources, purposes, categories), each once,
    in the order found. The entry's model is built from it when every finding is in."""

    evidence: _Spans = field(default_factory=dict)
    sources: dict[Source, None] = field(default_factory=dict)
    purposes: dict[Purpose, None] = field(default_factory=dict)
    categories: dict[DataCategory, None] = field(default_factory=dict)


@dataclass
class _YesNo:
    yes: _Spans = field(default_factory=dict)
    no: _Spans = field(default_factory=dict)
    details: dict[str, str] = field(default_factory=dict)  # lower case -> as first given


def _add_details(
    votes: _YesNo, question: Question, detail: str, quote: str, stats: MergeStats
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
            votes.details.setdefault(part.lower(), part)


class _LabelBuilder:
    def __init__(
        self, grounder: Grounder, title: str | None = None, url: str | None = None
    ) -> None:
        self.grounder = grounder
        self.title = title
        self.url = url
        self.stats = MergeStats()
        self.collected: defaultdict[DataCategory, _Claim] = defaultdict(_Claim)
        self.not_collected: defaultdict[DataCategory, _Spans] = defaultdict(dict)
        self.purposes: defaultdict[Purpose, _Spans] = defaultdict(dict)
        self.sharing: defaultdict[Recipient, _Claim] = defaultdict(_Claim)
        self.answers: defaultdict[Question, _YesNo] = defaultdict(_YesNo)
        self.ages: list[tuple[int, Evidence]] = []
        # Contact values by kind, each once, in the order found.
        self.contacts: dict[str, dict[str, None]] = {
            "email": {}, "url": {}, "address": {}, "phone": {}
        }  # fmt: skip
        self.names: Counter[str] = Counter()
        self.name_order: dict[str, int] = {}
        self._squashed: str | None = None
        self._grounded: dict[tuple[str, int, int], Evidence | None] = {}

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
            claim = self.collected[item.category]
            _add(claim.evidence, evidence)
            if item.sources:
                claim.sources.update(dict.fromkeys(item.sources))
            if item.purposes:
                claim.purposes.update(dict.fromkeys(item.purposes))
        for absent_item in findings.data_not_collected:
            if (evidence := self.ground(absent_item.quote, chunk)) is not None:
                _add(self.not_collected[absent_item.category], evidence)
        for purpose_item in findings.purposes:
            if (evidence := self.ground(purpose_item.quote, chunk)) is not None:
                _add(self.purposes[purpose_item.purpose], evidence)
        for share_item in findings.sharing:
            if (evidence := self.ground(share_item.quote, chunk)) is None:
                continue
            share = self.sharing[share_item.recipient]
            _add(share.evidence, evidence)
            if share_item.categories:
                share.categories.update(dict.fromkeys(share_item.categories))
            if share_item.purposes:
                share.purposes.update(dict.fromkeys(share_item.purposes))
        for answer_item in findings.answers:
            if (evidence := self.ground(answer_item.quote, chunk)) is None:
                continue
            votes = self.answers[answer_item.question]
            if answer_item.answer == "yes":
                _add(votes.yes, evidence)
                if answer_item.detail:
                    _add_details(
                        votes, answer_item.question, answer_item.detail, evidence.quote, self.stats
                    )
            else:
                _add(votes.no, evidence)
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
            self.contacts[contact_item.kind].setdefault(value)

    def build(self) -> PrivacyNutritionLabel:
        """The label, made once from every part (not a default label whose parts are
        then replaced: its defaults were two dozen models built to be thrown away)."""
        service_name = self._service_name()
        data_collected = [
            CollectedData(
                category=category,
                sources=list(claim.sources),
                purposes=list(claim.purposes),
                evidence=_by_start(claim.evidence),
            )
            for category in _CATEGORIES
            if (claim := self.collected.get(category)) is not None
        ]
        data_not_collected = [
            NotCollectedData(category=category, evidence=_by_start(spans))
            for category in _CATEGORIES
            if (spans := self.not_collected.get(category)) is not None
        ]
        purposes = [
            PurposeClaim(purpose=purpose, evidence=_by_start(spans))
            for purpose in _PURPOSES
            if (spans := self.purposes.get(purpose)) is not None
        ]
        sharing = [
            SharingClaim(
                recipient=recipient,
                categories=list(claim.categories),
                purposes=list(claim.purposes),
                evidence=_by_start(claim.evidence),
            )
            for recipient in _RECIPIENTS
            if (claim := self.sharing.get(recipient)) is not None
        ]
        # Every answer's evidence in the order of the policy, once.
        votes = {
            question: (_by_start(vote.yes), _by_start(vote.no))
            for question, vote in self.answers.items()
        }
        conflicts: list[Conflict] = []

        def tri(question: Question, field_name: str) -> Answer:
            value, evidence = _resolve(votes.get(question), field_name, conflicts)
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
        retention_details = self._details(Question.retention_stated)
        security = tri(Question.security_measures_described, "security.measures_described")
        children = self._children(votes, conflicts)
        _collected_vs_not(data_collected, data_not_collected, conflicts)
        return PrivacyNutritionLabel(
            service_name=service_name,
            data_collected=data_collected,
            data_not_collected=data_not_collected,
            purposes=purposes,
            sharing=sharing,
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
                measures=self._details(Question.security_measures_described)
                if security.value == "yes"
                else [],
                evidence=security.evidence,
            ),
            children=children,
            international_transfer=international_transfer,
            policy_changes=_policy_changes(votes.get(Question.personal_notice_of_changes)),
            contact=Contact(
                emails=list(self.contacts["email"]),
                urls=list(self.contacts["url"]),
                addresses=list(self.contacts["address"]),
                phones=list(self.contacts["phone"]),
            ),
            conflicts=conflicts,
        )

    def _details(self, question: Question) -> list[str]:
        votes = self.answers.get(question)
        return list(votes.details.values()) if votes is not None else []

    def _children(self, votes: dict[Question, _Votes], conflicts: list[Conflict]) -> Children:
        knowingly = _resolve(
            votes.get(Question.knowingly_collects_from_children),
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


def _resolve(
    votes: _Votes | None, field_name: str, conflicts: list[Conflict]
) -> tuple[TriState, list[Evidence]]:
    """A question's value and evidence from its (yes, no) evidence; both sides said is
    a conflict, kept in `conflicts`."""
    if votes is None or not (votes[0] or votes[1]):
        return "not_stated", []
    yes, no = votes
    if yes and no:
        value: TriState = "yes" if len(yes) >= len(no) else "no"
        conflicts.append(
            Conflict(
                field=field_name,
                evidence=sorted([*yes, *no], key=_START),
                note=(
                    f"The policy says both yes ({len(yes)}) and no ({len(no)}); shown as '{value}'."
                ),
            )
        )
        return value, yes if value == "yes" else no
    return ("yes", yes) if yes else ("no", no)


def _policy_changes(votes: _Votes | None) -> PolicyChanges:
    if votes is None:
        return PolicyChanges()
    if votes[0]:
        return PolicyChanges(notice="personal_notice", evidence=votes[0])
    return PolicyChanges(notice="posted_only", evidence=votes[1])


def _collected_vs_not(
    data_collected: list[CollectedData],
    data_not_collected: list[NotCollectedData],
    conflicts: list[Conflict],
) -> None:
    not_collected = {item.category: item.evidence for item in data_not_collected}
    for item in data_collected:  # in the label's order
        if item.category in not_collected:
            conflicts.append(
                Conflict(
                    field=f"data_collected.{item.category.value}",
                    evidence=sorted([*item.evidence, *not_collected[item.category]], key=_START),
                    note="The policy says this category is both collected and not collected.",
                )
            )


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
