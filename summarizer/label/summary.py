"""The plain-English summary: a headline, 3-7 key points and the concerns.

`summarize_label` writes it from the label alone, deterministically. Every key point
names the label fields it rests on (`fields`, e.g. "data_collected.location") and
carries the evidence copied from them, so it never says what the label does not.
When a label backs fewer than three points, fewer are written: a short summary is
better than an invented one.

Which fields a path names and what evidence backs them is `summarizer.label.backing`
(`field_evidence`, and `check_summary` for summaries written elsewhere); the reading
grade is `summarizer.label.readability`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from summarizer.label.backing import field_evidence
from summarizer.label.readability import summary_reading_grade
from summarizer.label.schema import (
    CollectedData,
    DataCategory,
    Evidence,
    KeyPoint,
    PrivacyNutritionLabel,
    Purpose,
    PurposeClaim,
    Recipient,
    Right,
    SharingClaim,
    Source,
    Summary,
)
from summarizer.label.vocabulary import (
    field_title,
    generic_adjective,
    is_generic_measure,
    join_words,
    named_measures,
    phrase_of,
)

MAX_KEY_POINTS = 7
MIN_KEY_POINTS = 3
# How many items a sentence names before it says "and N more".
LIST_LIMIT = 3

# Categories named first when a sentence lists what is collected: the ones a reader
# most needs to know about.
CATEGORY_ORDER: tuple[DataCategory, ...] = (
    DataCategory.sensitive,
    DataCategory.health,
    DataCategory.financial,
    DataCategory.location,
    DataCategory.contacts,
    DataCategory.contact_info,
    DataCategory.usage_activity,
    DataCategory.user_content,
    DataCategory.identifiers,
    DataCategory.cookies_tracking,
    DataCategory.demographics,
    DataCategory.social_media,
    DataCategory.device_info,
    DataCategory.account_profile,
)
RECIPIENT_ORDER: tuple[Recipient, ...] = (
    Recipient.advertisers,
    Recipient.unspecified_third_parties,
    Recipient.business_partners,
    Recipient.social_networks,
    Recipient.analytics_providers,
    Recipient.affiliates,
    Recipient.other_users_public,
    Recipient.service_providers,
    Recipient.acquirers,
    Recipient.government_legal,
)
RIGHT_ORDER: tuple[Right, ...] = (
    Right.deletion,
    Right.access,
    Right.opt_out_targeted_ads,
    Right.correction,
    Right.portability,
    Right.opt_out_marketing,
    Right.cookie_controls,
    Right.withdraw_consent,
    Right.object_or_restrict,
    Right.complaint_to_authority,
)
PURPOSE_ORDER: tuple[Purpose, ...] = (
    Purpose.advertising,
    Purpose.marketing,
    Purpose.personalization,
    Purpose.analytics,
    Purpose.service_operation,
    Purpose.security,
    Purpose.legal,
    Purpose.business_transfer,
)

# Periods that read well after "They keep your data ..."; others get a colon.
_PERIOD_STARTS = (
    "for ",
    "as long",
    "until ",
    "while ",
    "up to ",
    "only ",
    "during ",
    "within ",
    "no longer",
    "no more",
    "at most",
    "indefinitely",
)


def _point(label: PrivacyNutritionLabel, text: str, fields: list[str]) -> KeyPoint | None:
    """A key point whose evidence is the first quote of each field (deduplicated)."""
    firsts: list[Evidence] = []
    for path in fields:
        found = field_evidence(label, path)
        if not found:
            return None
        firsts.append(found[0])
    return _key_point(text, fields, firsts)


def _key_point(text: str, fields: list[str], firsts: list[Evidence]) -> KeyPoint:
    """A key point on `fields`, whose first quotes are `firsts` (deduplicated)."""
    evidence: list[Evidence] = []
    seen: set[tuple[str, int, int, str | None]] = set()  # what makes two Evidence equal
    for first in firsts:
        key = (first.quote, first.start, first.end, first.section)
        if key not in seen:
            seen.add(key)
            evidence.append(first)
    return KeyPoint(text=text, fields=fields, evidence=evidence)


def _first_quotes(
    entries: Sequence[CollectedData | PurposeClaim | SharingClaim], key: str
) -> dict[Any, Evidence]:
    """The first quote of each entry that has one, by the entry's `key` (category,
    recipient, purpose): what `field_evidence` gives for "<list>.<key>", in one pass
    over the list instead of one per key. Like `field_evidence`, only the first entry
    of a key is read."""
    firsts: dict[Any, Evidence] = {}
    read: set[Any] = set()
    for entry in entries:
        value = getattr(entry, key)
        if value not in read:
            read.add(value)
            if entry.evidence:
                firsts[value] = entry.evidence[0]
    return firsts


def _named_list(phrases: list[str], noun: str = "") -> str:
    """Name up to LIST_LIMIT items, then "and N more <noun>"."""
    if len(phrases) <= LIST_LIMIT + 1:
        return join_words(phrases)
    more = len(phrases) - LIST_LIMIT
    tail = f"{more} more {noun}".rstrip()
    return join_words([*phrases[:LIST_LIMIT], tail])


def _ordered(present: set, order: tuple) -> list:
    return [item for item in order if item in present]


def _collected_point(label: PrivacyNutritionLabel) -> KeyPoint | None:
    firsts = _first_quotes(label.data_collected, "category")
    cats = _ordered(set(firsts), CATEGORY_ORDER)
    if not cats:
        return None
    text = f"They collect {_named_list([phrase_of(c) for c in cats], 'kinds of data')}."
    fields = [f"data_collected.{c.value}" for c in cats]
    return _key_point(text, fields, [firsts[c] for c in cats])


def _sells_point(label: PrivacyNutritionLabel) -> KeyPoint | None:
    value = label.sells_personal_data.value
    if value == "yes":
        return _point(label, "They sell your personal data.", ["sells_personal_data"])
    if value == "no":
        return _point(
            label, "They say they do not sell your personal data.", ["sells_personal_data"]
        )
    return None


def _sharing_point(label: PrivacyNutritionLabel) -> KeyPoint | None:
    firsts = _first_quotes(label.sharing, "recipient")
    recipients = _ordered(set(firsts), RECIPIENT_ORDER)
    if not recipients:
        return None
    text = f"They share data with {_named_list([phrase_of(r) for r in recipients], 'kinds of groups')}."
    fields = [f"sharing.{r.value}" for r in recipients]
    return _key_point(text, fields, [firsts[r] for r in recipients])


def _tracking_point(label: PrivacyNutritionLabel) -> KeyPoint | None:
    value = label.third_party_tracking.value
    if value == "yes":
        return _point(
            label, "Other companies track what you do on the service.", ["third_party_tracking"]
        )
    if value == "no":
        return _point(
            label, "They say no other company tracks you on the service.", ["third_party_tracking"]
        )
    return None


def _rights_point(label: PrivacyNutritionLabel, value: str) -> KeyPoint | None:
    rights = [r for r in RIGHT_ORDER if label.rights[r].value == value and label.rights[r].evidence]
    if not rights:
        return None
    phrases = [phrase_of(r) for r in rights]
    if value == "yes":
        text = f"You can {_named_list(phrases, 'rights')}."
    else:
        rights = rights[:LIST_LIMIT]
        text = f"They say you cannot {join_words(phrases[:LIST_LIMIT], 'or')}."
    return _point(label, text, [f"rights.{r.value}" for r in rights])


def _purposes_point(label: PrivacyNutritionLabel) -> KeyPoint | None:
    firsts = _first_quotes(label.purposes, "purpose")
    purposes = _ordered(set(firsts), PURPOSE_ORDER)
    if not purposes:
        return None
    text = f"They use your data {_named_list([phrase_of(p) for p in purposes], 'reasons')}."
    fields = [f"purposes.{p.value}" for p in purposes]
    return _key_point(text, fields, [firsts[p] for p in purposes])


_PRONOUNS = {
    "we": "they",
    "us": "them",
    "our": "their",
    "ours": "theirs",
    "ourselves": "themselves",
}
_PRONOUN = re.compile(r"\b(we|us|our|ours|ourselves)\b", re.IGNORECASE)


def _their_words(text: str) -> str:
    """The policy's first person, retold: "as long as We need it" -> "as long as they need it"."""
    return _PRONOUN.sub(lambda m: _PRONOUNS[m.group(1).lower()], text)


def _retention_point(label: PrivacyNutritionLabel) -> KeyPoint | None:
    if label.retention.stated != "yes":
        return None
    period = (label.retention.period or "").strip().rstrip(".")
    if not period:
        return _point(label, "They say how long they keep your data.", ["retention"])
    period = _their_words(period)
    if period.lower().startswith(_PERIOD_STARTS):
        text = f"They keep your data {period[0].lower()}{period[1:]}."
    else:
        text = f"How long they keep your data: {period}."
    return _point(label, text, ["retention", "retention.period"])


def _children_point(label: PrivacyNutritionLabel) -> KeyPoint | None:
    children = label.children
    if children.min_age is not None:
        return _point(
            label,
            f"The service is not for children under {children.min_age}.",
            ["children.min_age"],
        )
    if children.knowingly_collects_from_children == "no":
        return _point(
            label, "They say they do not knowingly collect data from children.", ["children"]
        )
    if children.knowingly_collects_from_children == "yes":
        return _point(label, "They may collect data from children.", ["children"])
    return None


def _changes_point(label: PrivacyNutritionLabel) -> KeyPoint | None:
    notice = label.policy_changes.notice
    if notice == "personal_notice":
        return _point(
            label, "They will tell you directly when the policy changes.", ["policy_changes"]
        )
    if notice == "posted_only":
        return _point(
            label, "When the policy changes, they only post it on the site.", ["policy_changes"]
        )
    return None


def _security_point(label: PrivacyNutritionLabel) -> KeyPoint | None:
    security = label.security
    if security.measures_described != "yes":
        return None
    measures = named_measures(security.measures)
    if measures and not is_generic_measure(measures[0]):
        text = f"They protect your data with {_named_list(measures, 'measures')}."
        return _point(label, text, ["security", "security.measures"])
    # "reasonable security measures" names nothing: say so in the policy's own terms.
    adjective = generic_adjective(measures[0]) if measures else ""
    steps = f"{adjective} steps" if adjective else "steps"
    text = f"They say they take {steps} to protect your data."
    return _point(label, text, ["security", "security.measures"] if measures else ["security"])


def _transfer_point(label: PrivacyNutritionLabel) -> KeyPoint | None:
    value = label.international_transfer.value
    if value == "yes":
        return _point(
            label, "Your data may be moved to other countries.", ["international_transfer"]
        )
    if value == "no":
        return _point(
            label, "They say your data is not moved to other countries.", ["international_transfer"]
        )
    return None


def _dnt_point(label: PrivacyNutritionLabel) -> KeyPoint | None:
    value = label.do_not_track.value
    if value == "honored":
        return _point(
            label, "They respect the Do Not Track setting in your browser.", ["do_not_track"]
        )
    if value == "not_honored":
        return _point(
            label, "They ignore the Do Not Track setting in your browser.", ["do_not_track"]
        )
    return None


def _not_collected_point(label: PrivacyNutritionLabel) -> KeyPoint | None:
    cats = _ordered({e.category for e in label.data_not_collected if e.evidence}, CATEGORY_ORDER)
    if not cats:
        return None
    text = f"They say they do not collect {join_words([phrase_of(c) for c in cats[:LIST_LIMIT]], 'or')}."
    return _point(label, text, [f"data_not_collected.{c.value}" for c in cats[:LIST_LIMIT]])


# In order of what a reader most needs to know; the first MAX_KEY_POINTS that the
# label backs become the key points.
KEY_POINT_WRITERS: tuple[Callable[[PrivacyNutritionLabel], KeyPoint | None], ...] = (
    _collected_point,
    _sells_point,
    _sharing_point,
    _tracking_point,
    lambda label: _rights_point(label, "yes"),
    _retention_point,
    _purposes_point,
    _children_point,
    _changes_point,
    lambda label: _rights_point(label, "no"),
    _security_point,
    _transfer_point,
    _dnt_point,
    _not_collected_point,
)


def _count_words(n: int, noun: str, plural: str) -> str:
    """3, "outside group", "outside groups" -> "three kinds of outside groups"."""
    small = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    word = small[n] if n < len(small) else str(n)
    return f"{word} kind of {noun}" if n == 1 else f"{word} kinds of {plural}"


def write_headline(label: PrivacyNutritionLabel) -> str:
    """One sentence: how much they collect, whom they share with, whether they sell."""
    subject = (label.service_name or "").strip() or "This service"
    if not label.document.gradable and label.document.not_graded_reason:
        return label.document.not_graded_reason
    if not label.has_evidence():
        return f"We found nothing in the policy of {subject} that we could back with a quote."
    thing = "it" if label.data_collected else "data"
    parts: list[str] = []
    if label.data_collected:
        parts.append(f"collects {_count_words(len(label.categories()), 'data', 'data')} about you")
    if label.sharing:
        parts.append(
            f"shares {thing} with {_count_words(len(label.recipients()), 'outside group', 'outside groups')}"
        )
    sells = label.sells_personal_data.value
    if sells == "yes":
        parts.append(f"sells {thing}")
    elif sells == "no":
        parts.append(f"says it does not sell {thing}")
    if not parts:
        return f"The policy of {subject} does not list the data it collects."
    return f"{subject} {join_words(parts)}."


def write_concerns(label: PrivacyNutritionLabel) -> list[str]:
    """What a careful reader should know, from the label's fields and its coverage."""
    if not label.document.gradable and label.document.not_graded_reason:
        return [label.document.not_graded_reason]
    concerns: list[str] = []
    if label.sells_personal_data.value == "yes":
        concerns.append("They sell your personal data.")
    if Recipient.advertisers in label.recipients():
        concerns.append("They share data with advertisers.")
    if label.third_party_tracking.value == "yes":
        concerns.append("Other companies track what you do on the service.")
    special = [
        c
        for c in (DataCategory.sensitive, DataCategory.health, DataCategory.contacts)
        if c in label.categories()
    ]
    if special:
        concerns.append(f"They collect {join_words([phrase_of(c) for c in special])}.")
    if any(Source.third_party in item.sources for item in label.data_collected):
        concerns.append("They get data about you from other companies.")
    if label.retention.stated != "yes":
        concerns.append("The policy does not say how long they keep your data.")
    if label.policy_changes.notice == "posted_only":
        concerns.append("If the policy changes, they only post it; they do not tell you.")
    deletion = label.rights[Right.deletion].value
    if deletion == "no":
        concerns.append("The policy says you cannot delete your data.")
    elif deletion == "not_stated":
        concerns.append("The policy does not say you can delete your data.")
    if label.do_not_track.value == "not_honored":
        concerns.append("They ignore the Do Not Track setting in your browser.")
    for conflict in label.conflicts:
        concerns.append(
            f"The policy says conflicting things about “{field_title(conflict.field)}”."
        )
    coverage = label.coverage
    if coverage.chunks_failed:
        concerns.append("Part of the policy could not be read, so this label may miss things.")
    if coverage.chunks_cut:
        concerns.append(
            "Part of the policy was cut short when read, so this label may miss things."
        )
    return concerns


def summarize_label(label: PrivacyNutritionLabel) -> Summary:
    """The label's summary, written from its fields only (same label, same summary)."""
    headline = write_headline(label)
    points: list[KeyPoint] = []
    for write in KEY_POINT_WRITERS:
        if len(points) == MAX_KEY_POINTS:
            break
        point = write(label)
        if point is not None:
            points.append(point)
    return Summary(
        headline=headline,
        key_points=points,
        concerns=write_concerns(label),
        reading_grade=summary_reading_grade(headline, points),
    )
