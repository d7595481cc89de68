"""The label as Google Play's Data safety section (LABEL_SPEC.md, "One ontology,
several views").

Rules:
- A data type is collected when a label category mapping to it is collected.
- It is shared when a sharing claim names its category and the recipient is not one
  of Google's exemptions (service providers, legal requests, a buyer of the company,
  other users through the user's own action).
- "Data is encrypted in transit" is yes only when the security measures or their
  quotes mention encryption, SSL, TLS or HTTPS; otherwise it is not stated.
- "You can request that data be deleted" is the label's deletion right.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from summarizer.label.schema import (
    DataCategory,
    Evidence,
    PrivacyNutritionLabel,
    Purpose,
    Recipient,
    Right,
)
from summarizer.label.vocabulary import title_of
from summarizer.render.views.common import ENCRYPTION_PATTERN, ViewModel

GOOGLE_DATA_TYPES: tuple[str, ...] = (
    "Location",
    "Personal info",
    "Financial info",
    "Health and fitness",
    "Messages",
    "Photos and videos",
    "Audio",
    "Files and docs",
    "Calendar",
    "Contacts",
    "App activity",
    "Web browsing",
    "App info and performance",
    "Device or other IDs",
)

GOOGLE_TYPE_OF: dict[DataCategory, str] = {
    DataCategory.contact_info: "Personal info",
    DataCategory.identifiers: "Device or other IDs",
    DataCategory.account_profile: "Personal info",
    DataCategory.financial: "Financial info",
    DataCategory.location: "Location",
    DataCategory.device_info: "App info and performance",
    DataCategory.usage_activity: "App activity",
    DataCategory.cookies_tracking: "Device or other IDs",
    DataCategory.demographics: "Personal info",
    DataCategory.user_content: "App activity",
    DataCategory.social_media: "Personal info",
    DataCategory.contacts: "Contacts",
    DataCategory.health: "Health and fitness",
    DataCategory.sensitive: "Personal info",
}

GOOGLE_PURPOSE_OF: dict[Purpose, str | None] = {
    Purpose.service_operation: "App functionality",
    Purpose.personalization: "Personalization",
    Purpose.analytics: "Analytics",
    Purpose.marketing: "Advertising or marketing",
    Purpose.advertising: "Advertising or marketing",
    Purpose.security: "Fraud prevention, security, and compliance",
    Purpose.legal: "Fraud prevention, security, and compliance",
    Purpose.business_transfer: None,
}
GOOGLE_PURPOSES: tuple[str, ...] = (
    "App functionality",
    "Analytics",
    "Developer communications",
    "Advertising or marketing",
    "Fraud prevention, security, and compliance",
    "Personalization",
    "Account management",
)

# Transfers Google's Data safety form does not count as "sharing".
GOOGLE_NOT_SHARING: frozenset[Recipient] = frozenset(
    {
        Recipient.service_providers,
        Recipient.government_legal,
        Recipient.acquirers,
        Recipient.other_users_public,
    }
)


class GoogleDataRow(ViewModel):
    """One Google data type: what is collected (and why), what is shared (and why)."""

    data_type: str
    categories: list[DataCategory]
    collected: bool
    shared: bool
    purposes: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    shared_with: list[str] = Field(default_factory=list)
    shared_purposes: list[str] = Field(default_factory=list)
    shared_evidence: list[Evidence] = Field(default_factory=list)


class GooglePractice(ViewModel):
    title: str
    value: Literal["yes", "no", "not_stated"]
    evidence: list[Evidence] = Field(default_factory=list)


class GoogleView(ViewModel):
    view: Literal["google"] = "google"
    service_name: str | None = None
    rows: list[GoogleDataRow]
    practices: list[GooglePractice]
    shared_without_types: list[str] = Field(default_factory=list)
    limitations: list[str]

    def shared_rows(self) -> list[GoogleDataRow]:
        return [row for row in self.rows if row.shared]

    def collected_rows(self) -> list[GoogleDataRow]:
        return [row for row in self.rows if row.collected]


def _encryption_evidence(label: PrivacyNutritionLabel) -> list[Evidence] | None:
    security = label.security
    quotes = [e for e in security.evidence if ENCRYPTION_PATTERN.search(e.quote)]
    if quotes:
        return quotes
    if any(ENCRYPTION_PATTERN.search(m) for m in security.measures):
        return list(security.evidence)
    return None


def google_view(label: PrivacyNutritionLabel) -> GoogleView:
    """The label as Google Play's Data safety section."""
    rows: dict[str, GoogleDataRow] = {}

    def row_for(category: DataCategory) -> GoogleDataRow:
        data_type = GOOGLE_TYPE_OF[category]
        row = rows.setdefault(
            data_type,
            GoogleDataRow(data_type=data_type, categories=[], collected=False, shared=False),
        )
        if category not in row.categories:
            row.categories.append(category)
        return row

    def add_purposes(names: list[str], purposes: list[Purpose]) -> None:
        for purpose in purposes:
            name = GOOGLE_PURPOSE_OF[purpose]
            if name is not None and name not in names:
                names.append(name)

    for item in label.data_collected:
        row = row_for(item.category)
        row.collected = True
        add_purposes(row.purposes, item.purposes)
        row.evidence.extend(e for e in item.evidence[:1] if e not in row.evidence)
    shared_without_types: list[str] = []
    for claim in label.sharing:
        if claim.recipient in GOOGLE_NOT_SHARING:
            continue
        if not claim.categories:
            shared_without_types.append(title_of(claim.recipient))
        for category in claim.categories:
            row = row_for(category)
            row.shared = True
            add_purposes(row.shared_purposes, claim.purposes)
            recipient = title_of(claim.recipient)
            if recipient not in row.shared_with:
                row.shared_with.append(recipient)
            row.shared_evidence.extend(
                e for e in claim.evidence[:1] if e not in row.shared_evidence
            )
    for row in rows.values():
        row.purposes.sort(key=GOOGLE_PURPOSES.index)
        row.shared_purposes.sort(key=GOOGLE_PURPOSES.index)

    encryption = _encryption_evidence(label)
    deletion = label.rights[Right.deletion]
    practices = [
        GooglePractice(
            title="Data is encrypted in transit",
            value="yes" if encryption else "not_stated",
            evidence=encryption or [],
        ),
        GooglePractice(
            title="You can request that data be deleted",
            value=deletion.value,
            evidence=list(deletion.evidence),
        ),
    ]
    limitations = [
        "Google's types are finer than the label's (e.g. name vs email vs user IDs inside "
        "Personal info; messages, photos, audio, files and calendar are not told apart "
        "from other content you post).",
        "Google does not count transfers to service providers, for legal reasons, to a "
        "buyer of the company, or made by your own action as sharing; those are left out.",
        "Whether collection is optional or required, and whether data is processed "
        "ephemerally, is not in the label.",
        "Encryption in transit is shown as yes only when the policy's security text "
        "mentions encryption, SSL, TLS or HTTPS.",
    ]
    if shared_without_types:
        limitations.append(
            "Some recipients get data the policy does not itemise "
            f"({', '.join(shared_without_types)}); they cannot be placed in a data type."
        )
    return GoogleView(
        service_name=label.service_name,
        rows=[rows[name] for name in GOOGLE_DATA_TYPES if name in rows],
        practices=practices,
        shared_without_types=shared_without_types,
        limitations=limitations,
    )
