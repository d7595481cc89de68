"""The privacy nutrition label: the product's data contract (see LABEL_SPEC.md).

Everything downstream (merge, summary, grade, renderers, eval) reads these models;
the JSON they dump is what `summarizer label --format json` prints.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class DataCategory(str, Enum):
    contact_info = "contact_info"
    identifiers = "identifiers"
    account_profile = "account_profile"
    financial = "financial"
    location = "location"
    device_info = "device_info"
    usage_activity = "usage_activity"
    cookies_tracking = "cookies_tracking"
    demographics = "demographics"
    user_content = "user_content"
    social_media = "social_media"
    contacts = "contacts"
    health = "health"
    sensitive = "sensitive"


class Purpose(str, Enum):
    service_operation = "service_operation"
    personalization = "personalization"
    analytics = "analytics"
    marketing = "marketing"
    advertising = "advertising"
    security = "security"
    legal = "legal"
    business_transfer = "business_transfer"


class Recipient(str, Enum):
    service_providers = "service_providers"
    advertisers = "advertisers"
    analytics_providers = "analytics_providers"
    affiliates = "affiliates"
    business_partners = "business_partners"
    social_networks = "social_networks"
    government_legal = "government_legal"
    acquirers = "acquirers"
    other_users_public = "other_users_public"
    unspecified_third_parties = "unspecified_third_parties"


class Right(str, Enum):
    access = "access"
    correction = "correction"
    deletion = "deletion"
    portability = "portability"
    opt_out_marketing = "opt_out_marketing"
    opt_out_targeted_ads = "opt_out_targeted_ads"
    cookie_controls = "cookie_controls"
    withdraw_consent = "withdraw_consent"
    object_or_restrict = "object_or_restrict"
    complaint_to_authority = "complaint_to_authority"


class Source(str, Enum):
    user_provided = "user_provided"
    automatic = "automatic"
    third_party = "third_party"


TriState = Literal["yes", "no", "not_stated"]
DoNotTrack = Literal["honored", "not_honored", "not_stated"]
ChangeNotice = Literal["personal_notice", "posted_only", "not_stated"]
Grade = Literal["A", "B", "C", "D", "E", "N/A"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Evidence(_Model):
    """A verbatim quote from the policy: `text[start:end] == quote`."""

    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    section: str | None = None


class CollectedData(_Model):
    category: DataCategory
    sources: list[Source] = Field(default_factory=list)
    purposes: list[Purpose] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class NotCollectedData(_Model):
    category: DataCategory
    evidence: list[Evidence] = Field(default_factory=list)


class PurposeClaim(_Model):
    purpose: Purpose
    evidence: list[Evidence] = Field(default_factory=list)


class SharingClaim(_Model):
    recipient: Recipient
    categories: list[DataCategory] = Field(default_factory=list)
    purposes: list[Purpose] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Answer(_Model):
    value: TriState = "not_stated"
    evidence: list[Evidence] = Field(default_factory=list)


class DoNotTrackAnswer(_Model):
    value: DoNotTrack = "not_stated"
    evidence: list[Evidence] = Field(default_factory=list)


_RIGHTS = tuple(Right)


def _all_rights() -> dict[Right, Answer]:
    return {right: Answer() for right in Right}


class Retention(_Model):
    stated: TriState = "not_stated"
    period: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Security(_Model):
    measures_described: TriState = "not_stated"
    measures: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Children(_Model):
    min_age: int | None = None
    knowingly_collects_from_children: TriState = "not_stated"
    evidence: list[Evidence] = Field(default_factory=list)


class PolicyChanges(_Model):
    notice: ChangeNotice = "not_stated"
    evidence: list[Evidence] = Field(default_factory=list)


class Contact(_Model):
    emails: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    addresses: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)


class Conflict(_Model):
    """Two statements in the policy that disagree; kept, never silently resolved."""

    field: str
    evidence: list[Evidence] = Field(default_factory=list)
    note: str = ""


class KeyPoint(_Model):
    text: str
    fields: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Summary(_Model):
    headline: str = ""
    key_points: list[KeyPoint] = Field(default_factory=list)
    concerns: list[str] = Field(default_factory=list)
    reading_grade: float | None = None


class GradePoint(_Model):
    kind: Literal["good", "bad", "blocker"]
    reason: str
    field: str | None = None
    value: int | None = None  # signed weight in the balance (None: saved before weights)


class GradeResult(_Model):
    grade: Grade = "N/A"
    balance: int = 0
    points: list[GradePoint] = Field(default_factory=list)


class FailedChunk(_Model):
    section: str
    reason: str


class DroppedValue(_Model):
    """A free-text or numeric value an engine gave that its evidence does not back."""

    field: str  # e.g. "retention.period", "children.min_age", "service_name"
    value: str
    reason: str


class Coverage(_Model):
    chunks: int = 0
    chunks_read: int = 0
    chunks_cached: int = 0
    chunks_failed: list[FailedChunk] = Field(default_factory=list)
    chunks_cut: list[str] = Field(default_factory=list)
    claims_total: int = 0
    claims_dropped: int = 0
    dropped_quotes: list[str] = Field(default_factory=list)
    # Values (a retention period, a security measure, an age, the service name) that
    # were not found in their own quote (or, for the name, the policy): not shown.
    values_dropped: int = 0
    dropped_values: list[DroppedValue] = Field(default_factory=list)
    # Passages addressed to a language model (prompt injection): no claim may rest
    # on them. Their count and their opening words.
    injections_masked: int = 0
    masked_passages: list[str] = Field(default_factory=list)


class PolicyDate(_Model):
    """The date the policy states for itself ("Last updated: March 3, 2025")."""

    date: str | None = None  # ISO 8601: "2025-03-03"; "2025-03" or "2025" when less is given
    kind: Literal["last_updated", "effective"] | None = None
    evidence: list[Evidence] = Field(default_factory=list)


PolicyVerdict = Literal["yes", "no", "uncertain", "not_checked"]


class DocumentInfo(_Model):
    """The document the label was made from (LABEL_SPEC, "The document itself")."""

    source: str | None = None  # file name or URL, credentials and tokens stripped
    format: Literal["text", "markdown", "html", "pdf", "docx"] | None = None
    title: str | None = None  # the page's <title> or the PDF's Title
    language: str | None = None  # ISO 639 code ("en"); null when it could not be told
    language_name: str | None = None  # "English", "German", ...
    # Whether the text reads as a privacy policy; "not_checked" for a language the
    # engines cannot read.
    privacy_policy: PolicyVerdict = "not_checked"
    gradable: bool = True  # False: not a privacy policy, or not in a language read
    not_graded_reason: str | None = None  # why the grade is N/A, when it is for this
    policy_date: PolicyDate = Field(default_factory=PolicyDate)


class Provenance(_Model):
    engine: str = "none"
    model: str | None = None
    endpoint: str | None = None
    mode: str | None = None
    prompt_version: str = ""
    schema_version: str = SCHEMA_VERSION
    summarizer_version: str = ""
    source: str | None = None
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    wall_time_s: float = 0.0
    labelled_at: str | None = None  # when the label was made, ISO 8601 UTC


class PrivacyNutritionLabel(_Model):
    """The whole label, in the JSON shape of LABEL_SPEC.md."""

    service_name: str | None = None
    data_collected: list[CollectedData] = Field(default_factory=list)
    data_not_collected: list[NotCollectedData] = Field(default_factory=list)
    purposes: list[PurposeClaim] = Field(default_factory=list)
    sharing: list[SharingClaim] = Field(default_factory=list)
    sells_personal_data: Answer = Field(default_factory=Answer)
    third_party_tracking: Answer = Field(default_factory=Answer)
    do_not_track: DoNotTrackAnswer = Field(default_factory=DoNotTrackAnswer)
    rights: dict[Right, Answer] = Field(default_factory=_all_rights)
    retention: Retention = Field(default_factory=Retention)
    security: Security = Field(default_factory=Security)
    children: Children = Field(default_factory=Children)
    international_transfer: Answer = Field(default_factory=Answer)
    policy_changes: PolicyChanges = Field(default_factory=PolicyChanges)
    contact: Contact = Field(default_factory=Contact)
    conflicts: list[Conflict] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
    grade: GradeResult = Field(default_factory=GradeResult)
    coverage: Coverage = Field(default_factory=Coverage)
    provenance: Provenance = Field(default_factory=Provenance)
    document: DocumentInfo = Field(default_factory=DocumentInfo)

    def model_post_init(self, __context: object) -> None:
        if tuple(self.rights) != _RIGHTS:  # some missing or out of order (a label from JSON)
            self.rights = {right: self.rights.get(right) or Answer() for right in Right}

    def all_evidence(self) -> list[Evidence]:
        """Every Evidence the label carries, in field order (summary excluded)."""
        found: list[Evidence] = []
        for evidence in self._evidence_lists():
            found.extend(evidence)
        return found

    def has_evidence(self) -> bool:
        """Whether `all_evidence` holds anything (found without listing it all)."""
        return any(self._evidence_lists())

    def _evidence_lists(self) -> Iterator[list[Evidence]]:
        """The Evidence list of every claim and answer, in field order (summary excluded)."""
        claims: list[CollectedData | NotCollectedData | PurposeClaim | SharingClaim] = [
            *self.data_collected,
            *self.data_not_collected,
            *self.purposes,
            *self.sharing,
        ]
        for claim in claims:
            yield claim.evidence
        answers: list[Answer | DoNotTrackAnswer | Retention | Security | Children | PolicyChanges]
        answers = [
            self.sells_personal_data,
            self.third_party_tracking,
            self.do_not_track,
            *self.rights.values(),
            self.retention,
            self.security,
            self.children,
            self.international_transfer,
            self.policy_changes,
        ]
        for answer in answers:
            yield answer.evidence

    def categories(self) -> set[DataCategory]:
        return {item.category for item in self.data_collected}

    def purpose_set(self) -> set[Purpose]:
        return {item.purpose for item in self.purposes}

    def recipients(self) -> set[Recipient]:
        return {item.recipient for item in self.sharing}

    def rights_granted(self) -> set[Right]:
        return {right for right, answer in self.rights.items() if answer.value == "yes"}
