"""Other ways to look at a label: an Apple-style card, Google Play's Data safety and
OPP-115 practices (LABEL_SPEC.md, "One ontology, several views").

Each view is a small pydantic model the renderers draw and `json` dumps. Each has a
`limitations` list that says what the mapping cannot express, so no view pretends to
know more than the label does.

Apple ("App Privacy" details), rules:
- Category names follow LABEL_SPEC's table. Where one label category covers several
  Apple types, the extra type is added only when a quote names it: `financial` is
  Financial Info, plus Purchases when a quote mentions purchases, orders or
  transactions; `usage_activity` is Usage Data, plus Search History when a quote
  mentions searches, plus Browsing History when it mentions browsing or other
  websites. `cookies_tracking` is both Identifiers (device ID) and Usage Data.
- Data Used to Track You: the categories a sharing claim ties to advertisers or to
  the advertising purpose, and, when `third_party_tracking` is yes, the collected
  categories whose purposes include advertising.
- Data Linked to You: every collected category. The label cannot tell linked from
  not-linked data, so it takes the careful reading (linked); Data Not Linked to You
  therefore stays empty and says why.
- Data Not Collected: categories the policy says it does not collect, unless another
  label category that maps to the same Apple type is collected.

Google Play ("Data safety"), rules:
- A data type is collected when a label category mapping to it is collected.
- It is shared when a sharing claim names its category and the recipient is not one
  of Google's exemptions (service providers, legal requests, a buyer of the company,
  other users through the user's own action).
- "Data is encrypted in transit" is yes only when the security measures or their
  quotes mention encryption, SSL, TLS or HTTPS; otherwise it is not stated.
- "You can request that data be deleted" is the label's deletion right.

OPP-115 (the Usable Privacy Project's annotation scheme): one practice per claim,
under the scheme's ten categories, with its attribute values where the label holds
them.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer.errors import SummarizerError
from summarizer.grading import grade_label
from summarizer.schema import (
    DataCategory,
    Evidence,
    GradeResult,
    PrivacyNutritionLabel,
    Purpose,
    Recipient,
    Right,
    Source,
)
from summarizer.summary import summarize_label
from summarizer.vocabulary import phrase_of, title_of

ViewName = Literal["label", "apple", "google", "opp115"]
VIEW_NAMES: tuple[ViewName, ...] = ("label", "apple", "google", "opp115")


class RenderError(SummarizerError):
    """A label cannot be shown as asked: unknown view or format, or no browser for PNG."""


class _View(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- Apple

APPLE_CATEGORIES: tuple[str, ...] = (
    "Contact Info",
    "Health & Fitness",
    "Financial Info",
    "Location",
    "Sensitive Info",
    "Contacts",
    "User Content",
    "Browsing History",
    "Search History",
    "Identifiers",
    "Purchases",
    "Usage Data",
    "Diagnostics",
    "Other Data",
)

APPLE_CATEGORY_OF: dict[DataCategory, tuple[str, ...]] = {
    DataCategory.contact_info: ("Contact Info",),
    DataCategory.identifiers: ("Identifiers",),
    DataCategory.account_profile: ("Other Data",),
    DataCategory.financial: ("Financial Info",),
    DataCategory.location: ("Location",),
    DataCategory.device_info: ("Diagnostics",),
    DataCategory.usage_activity: ("Usage Data",),
    DataCategory.cookies_tracking: ("Identifiers", "Usage Data"),
    DataCategory.demographics: ("Other Data",),
    DataCategory.user_content: ("User Content",),
    DataCategory.social_media: ("Other Data",),
    DataCategory.contacts: ("Contacts",),
    DataCategory.health: ("Health & Fitness",),
    DataCategory.sensitive: ("Sensitive Info",),
}

# Extra Apple types a category maps to only when one of its quotes says so.
APPLE_EXTRA_TYPES: dict[DataCategory, tuple[tuple[str, re.Pattern[str]], ...]] = {
    DataCategory.financial: (
        ("Purchases", re.compile(r"\b(purchas\w*|orders?|transactions?)\b", re.I)),
    ),
    DataCategory.usage_activity: (
        ("Search History", re.compile(r"\bsearch\w*", re.I)),
        (
            "Browsing History",
            re.compile(r"\b(brows\w*|other (web)?sites|websites you visit)", re.I),
        ),
    ),
}

APPLE_PURPOSE_OF: dict[Purpose, str] = {
    Purpose.service_operation: "App Functionality",
    Purpose.personalization: "Product Personalization",
    Purpose.analytics: "Analytics",
    Purpose.marketing: "Developer's Advertising or Marketing",
    Purpose.advertising: "Third-Party Advertising",
    Purpose.security: "App Functionality",
    Purpose.legal: "Other Purposes",
    Purpose.business_transfer: "Other Purposes",
}
APPLE_PURPOSES: tuple[str, ...] = (
    "Third-Party Advertising",
    "Developer's Advertising or Marketing",
    "Analytics",
    "Product Personalization",
    "App Functionality",
    "Other Purposes",
)


class AppleItem(_View):
    """One Apple data type in a panel, with the label categories behind it."""

    apple_category: str
    categories: list[DataCategory]
    purposes: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class ApplePanel(_View):
    key: Literal["track", "linked", "not_linked", "not_collected"]
    title: str
    description: str
    items: list[AppleItem] = Field(default_factory=list)
    note: str = ""


class AppleView(_View):
    view: Literal["apple"] = "apple"
    service_name: str | None = None
    panels: list[ApplePanel]
    limitations: list[str]


def apple_types(category: DataCategory, evidence: list[Evidence]) -> list[str]:
    """The Apple data types a label category maps to, given its quotes."""
    types = list(APPLE_CATEGORY_OF[category])
    for apple_type, pattern in APPLE_EXTRA_TYPES.get(category, ()):
        if any(pattern.search(e.quote) for e in evidence):
            types.append(apple_type)
    return types


def _apple_items(
    entries: list[tuple[DataCategory, list[Purpose], list[Evidence], list[Evidence]]],
) -> list[AppleItem]:
    """Group label categories by Apple type, in Apple's order. Each entry is
    (category, purposes, all its quotes to spot finer types, the quotes to show)."""
    grouped: dict[str, AppleItem] = {}
    for category, purposes, evidence, shown in entries:
        for apple_type in apple_types(category, evidence):
            item = grouped.setdefault(
                apple_type, AppleItem(apple_category=apple_type, categories=[])
            )
            if category not in item.categories:
                item.categories.append(category)
            for purpose in purposes:
                name = APPLE_PURPOSE_OF[purpose]
                if name not in item.purposes:
                    item.purposes.append(name)
            extra = dict(APPLE_EXTRA_TYPES.get(category, ()))
            if apple_type in extra:  # show the quote that names the finer type
                shown_here = [e for e in evidence if extra[apple_type].search(e.quote)][:1]
            else:
                shown_here = shown
            for quote in shown_here:
                if quote not in item.evidence:
                    item.evidence.append(quote)
    for item in grouped.values():
        item.purposes.sort(key=APPLE_PURPOSES.index)
    return [grouped[name] for name in APPLE_CATEGORIES if name in grouped]


def tracking_categories(label: PrivacyNutritionLabel) -> dict[DataCategory, list[Evidence]]:
    """Categories used to track you (see the module docstring), with the evidence why."""
    found: dict[DataCategory, list[Evidence]] = {}
    for claim in label.sharing:
        if claim.recipient == Recipient.advertisers or Purpose.advertising in claim.purposes:
            for category in claim.categories:
                found.setdefault(category, []).extend(claim.evidence[:1])
    if label.third_party_tracking.value == "yes":
        for item in label.data_collected:
            if Purpose.advertising in item.purposes:
                found.setdefault(item.category, []).extend(
                    [*item.evidence[:1], *label.third_party_tracking.evidence[:1]]
                )
    return found


def apple_view(label: PrivacyNutritionLabel) -> AppleView:
    """The label as Apple's four App Privacy panels."""
    collected = {item.category: item for item in label.data_collected}
    tracked = tracking_categories(label)
    track_entries = []
    for category in DataCategory:
        if category not in tracked:
            continue
        own = collected[category].evidence if category in collected else []
        track_entries.append(
            (
                category,
                [Purpose.advertising],
                [*own, *tracked[category]],
                [*own[:1], *tracked[category]],
            )
        )
    linked_items = _apple_items(
        [(i.category, i.purposes, i.evidence, i.evidence[:1]) for i in label.data_collected]
    )
    linked_types = {item.apple_category for item in linked_items}
    not_collected_items = [
        item
        for item in _apple_items(
            [(e.category, [], e.evidence, e.evidence[:1]) for e in label.data_not_collected]
        )
        if item.apple_category not in linked_types
    ]
    panels = [
        ApplePanel(
            key="track",
            title="Data Used to Track You",
            description="May be used to track you across apps and websites owned by other companies.",
            items=_apple_items(track_entries),
        ),
        ApplePanel(
            key="linked",
            title="Data Linked to You",
            description="May be collected and linked to your identity.",
            items=linked_items,
        ),
        ApplePanel(
            key="not_linked",
            title="Data Not Linked to You",
            description="May be collected but is not linked to your identity.",
            note="The policy text does not say which data is kept apart from your identity, "
            "so all collected data is shown as linked to you.",
        ),
        ApplePanel(
            key="not_collected",
            title="Data Not Collected",
            description="The policy says these kinds of data are not collected.",
            items=not_collected_items,
        ),
    ]
    limitations = [
        "Linked vs not linked: a policy rarely says which data is kept apart from your "
        "identity, so every collected category is shown as linked to you.",
        "Data Used to Track You is inferred from sharing with advertisers and from "
        "third-party tracking tied to advertising; Apple's exact definition (linking "
        "with other companies' data, data brokers) is not in the label.",
        "Apple's Data Not Collected means the app collects nothing; here it lists only "
        "what the policy explicitly says it does not collect.",
        "Apple splits some types more finely than the label (Purchases, Search History, "
        "Browsing History); they are shown only when a quote names them.",
    ]
    if label.sells_personal_data.value == "yes":
        limitations.append(
            "The policy says data is sold, but not which data; sold data is not placed "
            "in Data Used to Track You unless a sharing claim names it."
        )
    return AppleView(service_name=label.service_name, panels=panels, limitations=limitations)


# -------------------------------------------------------------------------- Google

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

ENCRYPTION_PATTERN = re.compile(r"encrypt\w*|\bssl\b|\btls\b|\bhttps\b|secure sockets?", re.I)


class GoogleDataRow(_View):
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


class GooglePractice(_View):
    title: str
    value: Literal["yes", "no", "not_stated"]
    evidence: list[Evidence] = Field(default_factory=list)


class GoogleView(_View):
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


# ------------------------------------------------------------------------- OPP-115

OPP115_CATEGORIES: tuple[str, ...] = (
    "First Party Collection/Use",
    "Third Party Sharing/Collection",
    "User Choice/Control",
    "User Access, Edit and Deletion",
    "Data Retention",
    "Data Security",
    "Policy Change",
    "Do Not Track",
    "International and Specific Audiences",
    "Other",
)

OPP115_INFO_TYPE: dict[DataCategory, str] = {
    DataCategory.contact_info: "Contact",
    DataCategory.identifiers: "IP address and device IDs",
    DataCategory.account_profile: "User profile",
    DataCategory.financial: "Financial",
    DataCategory.location: "Location",
    DataCategory.device_info: "Computer information",
    DataCategory.usage_activity: "User online activities",
    DataCategory.cookies_tracking: "Cookies and tracking elements",
    DataCategory.demographics: "Demographic",
    DataCategory.user_content: "Survey data",
    DataCategory.social_media: "Social media data",
    DataCategory.contacts: "Contact",
    DataCategory.health: "Health",
    DataCategory.sensitive: "Generic personal information",
}

OPP115_PURPOSE: dict[Purpose, str] = {
    Purpose.service_operation: "Basic service/feature",
    Purpose.personalization: "Personalization/Customization",
    Purpose.analytics: "Analytics/Research",
    Purpose.marketing: "Marketing",
    Purpose.advertising: "Advertising",
    Purpose.security: "Service Operation and Security",
    Purpose.legal: "Legal requirement",
    Purpose.business_transfer: "Merger/Acquisition",
}

OPP115_COLLECTION_MODE: dict[Source, str] = {
    Source.user_provided: "Explicit",
    Source.automatic: "Implicit",
    Source.third_party: "Unspecified",
}

OPP115_ENTITY: dict[Recipient, str] = {
    Recipient.service_providers: "Unnamed third party",
    Recipient.advertisers: "Unnamed third party",
    Recipient.analytics_providers: "Unnamed third party",
    Recipient.affiliates: "Other part of company/affiliate",
    Recipient.business_partners: "Unnamed third party",
    Recipient.social_networks: "Unnamed third party",
    Recipient.government_legal: "Unnamed third party",
    Recipient.acquirers: "Unnamed third party",
    Recipient.other_users_public: "Other users",
    Recipient.unspecified_third_parties: "Unnamed third party",
}

OPP115_CHOICE: dict[Right, str] = {
    Right.opt_out_marketing: "Opt-out via contacting company",
    Right.opt_out_targeted_ads: "Third-party privacy controls",
    Right.cookie_controls: "Browser/device privacy controls",
    Right.withdraw_consent: "Opt-in",
    Right.object_or_restrict: "Unspecified",
}

OPP115_ACCESS: dict[Right, str] = {
    Right.access: "View",
    Right.correction: "Edit information",
    Right.deletion: "Delete account (full or partial)",
    Right.portability: "Export",
    Right.complaint_to_authority: "Unspecified",
}

OPP115_SECURITY: tuple[tuple[re.Pattern[str], str], ...] = (
    (ENCRYPTION_PATTERN, "Secure data transfer"),
    (re.compile(r"password|authenticat|two-factor|2fa|login", re.I), "Secure user authentication"),
    (
        re.compile(
            r"access (control|limit|restrict)|(limit|restrict)\w* (staff |employee )?access|need to know|authori[sz]ed",
            re.I,
        ),
        "Data access limitation",
    ),
    (re.compile(r"audit|review|assess", re.I), "Privacy review/audit"),
    (re.compile(r"train", re.I), "Privacy training"),
    (re.compile(r"program|policy|policies|standard|certif", re.I), "Privacy/Security program"),
    (re.compile(r"stor|firewall|server|data cent", re.I), "Secure data storage"),
)

OPP115_NOTICE: dict[str, str] = {
    "personal_notice": "Personal notice",
    "posted_only": "General notice in privacy policy",
}
OPP115_DNT: dict[str, str] = {"honored": "Honored", "not_honored": "Not honored"}


class Opp115Attribute(_View):
    name: str
    value: str


class Opp115Practice(_View):
    category: str
    text: str
    attributes: list[Opp115Attribute]
    evidence: list[Evidence] = Field(default_factory=list)


class Opp115View(_View):
    view: Literal["opp115"] = "opp115"
    service_name: str | None = None
    practices: list[Opp115Practice]
    limitations: list[str]

    def by_category(self) -> dict[str, list[Opp115Practice]]:
        """Practices grouped under the ten OPP-115 categories, in the scheme's order."""
        return {
            name: [p for p in self.practices if p.category == name]
            for name in OPP115_CATEGORIES
            if any(p.category == name for p in self.practices)
        }


def _attrs(*pairs: tuple[str, str]) -> list[Opp115Attribute]:
    return [Opp115Attribute(name=name, value=value) for name, value in pairs]


def _security_measure(measure: str) -> str:
    for pattern, value in OPP115_SECURITY:
        if pattern.search(measure):
            return value
    return "Generic"


def _collection_practices(label: PrivacyNutritionLabel) -> list[Opp115Practice]:
    practices = []
    for item in label.data_collected:
        pairs = [("Personal Information Type", OPP115_INFO_TYPE[item.category])]
        pairs += [("Collection Mode", OPP115_COLLECTION_MODE[s]) for s in item.sources]
        pairs += [("Purpose", OPP115_PURPOSE[p]) for p in item.purposes] or [
            ("Purpose", "Unspecified")
        ]
        practices.append(
            Opp115Practice(
                category="First Party Collection/Use",
                text=f"They collect {phrase_of(item.category)}.",
                attributes=_attrs(*pairs),
                evidence=list(item.evidence),
            )
        )
    for claim in label.purposes:
        practices.append(
            Opp115Practice(
                category="First Party Collection/Use",
                text=f"They use data {phrase_of(claim.purpose)}.",
                attributes=_attrs(("Purpose", OPP115_PURPOSE[claim.purpose])),
                evidence=list(claim.evidence),
            )
        )
    return practices


def _sharing_practices(label: PrivacyNutritionLabel) -> list[Opp115Practice]:
    practices = []
    for claim in label.sharing:
        pairs = [
            ("Third Party Entity", OPP115_ENTITY[claim.recipient]),
            ("Action Third Party", "Receive/Shared with"),
        ]
        pairs += [("Personal Information Type", OPP115_INFO_TYPE[c]) for c in claim.categories]
        pairs += [("Purpose", OPP115_PURPOSE[p]) for p in claim.purposes]
        practices.append(
            Opp115Practice(
                category="Third Party Sharing/Collection",
                text=f"They share data with {phrase_of(claim.recipient)}.",
                attributes=_attrs(*pairs),
                evidence=list(claim.evidence),
            )
        )
    tracking = label.third_party_tracking
    if tracking.value == "yes":
        practices.append(
            Opp115Practice(
                category="Third Party Sharing/Collection",
                text="Other companies track you on the service.",
                attributes=_attrs(
                    ("Third Party Entity", "Unnamed third party"),
                    ("Action Third Party", "Track on first party website/app"),
                ),
                evidence=list(tracking.evidence),
            )
        )
    for item in label.data_collected:
        if Source.third_party in item.sources:
            practices.append(
                Opp115Practice(
                    category="Third Party Sharing/Collection",
                    text=f"They get {phrase_of(item.category)} from other companies.",
                    attributes=_attrs(
                        ("Third Party Entity", "Unnamed third party"),
                        ("Action Third Party", "Collect on first party website/app"),
                        ("Personal Information Type", OPP115_INFO_TYPE[item.category]),
                    ),
                    evidence=list(item.evidence),
                )
            )
    sells = label.sells_personal_data
    if sells.value != "not_stated":
        practices.append(
            Opp115Practice(
                category="Third Party Sharing/Collection",
                text="They sell personal data."
                if sells.value == "yes"
                else "They do not sell personal data.",
                attributes=_attrs(
                    ("Third Party Entity", "Unnamed third party"),
                    ("Action Third Party", "Receive/Shared with"),
                    ("Does/Does Not", "Does" if sells.value == "yes" else "Does Not"),
                ),
                evidence=list(sells.evidence),
            )
        )
    return practices


def _rights_practices(label: PrivacyNutritionLabel) -> list[Opp115Practice]:
    practices = []
    for right, answer in label.rights.items():
        if answer.value == "not_stated":
            continue
        can = "You can" if answer.value == "yes" else "You cannot"
        if right in OPP115_CHOICE:
            category, pairs = "User Choice/Control", [("Choice Type", OPP115_CHOICE[right])]
            if right == Right.opt_out_marketing:
                pairs.append(("Purpose", "Marketing"))
            if right == Right.opt_out_targeted_ads:
                pairs.append(("Purpose", "Advertising"))
        else:
            access = OPP115_ACCESS[right] if answer.value == "yes" else "None"
            category, pairs = "User Access, Edit and Deletion", [("Access Type", access)]
        practices.append(
            Opp115Practice(
                category=category,
                text=f"{can} {phrase_of(right)}.",
                attributes=_attrs(*pairs),
                evidence=list(answer.evidence),
            )
        )
    return practices


def _other_practices(label: PrivacyNutritionLabel) -> list[Opp115Practice]:
    practices = []
    retention = label.retention
    if retention.stated != "not_stated":
        period = (retention.period or "").strip() or "Unspecified"
        practices.append(
            Opp115Practice(
                category="Data Retention",
                text=f"How long they keep data: {period}.",
                attributes=_attrs(("Retention Period", period)),
                evidence=list(retention.evidence),
            )
        )
    security = label.security
    if security.measures_described != "not_stated":
        values = sorted({_security_measure(m) for m in security.measures}) or ["Generic"]
        practices.append(
            Opp115Practice(
                category="Data Security",
                text="They describe how they protect data."
                if security.measures_described == "yes"
                else "They do not describe how they protect data.",
                attributes=_attrs(*[("Security Measure", v) for v in values]),
                evidence=list(security.evidence),
            )
        )
    notice = label.policy_changes.notice
    if notice != "not_stated":
        practices.append(
            Opp115Practice(
                category="Policy Change",
                text="Changes to the policy: " + phrase_of(notice) + ".",
                attributes=_attrs(
                    ("Change Type", "Unspecified"), ("Notification Type", OPP115_NOTICE[notice])
                ),
                evidence=list(label.policy_changes.evidence),
            )
        )
    dnt = label.do_not_track.value
    if dnt != "not_stated":
        practices.append(
            Opp115Practice(
                category="Do Not Track",
                text=f"Do Not Track signals are {phrase_of(dnt)}.",
                attributes=_attrs(("Do Not Track policy", OPP115_DNT[dnt])),
                evidence=list(label.do_not_track.evidence),
            )
        )
    children = label.children
    if children.min_age is not None or children.knowingly_collects_from_children != "not_stated":
        pairs = [("Audience Type", "Children")]
        if children.min_age is not None:
            pairs.append(("Age", f"under {children.min_age}"))
        text = (
            f"The service is not for children under {children.min_age}."
            if children.min_age is not None
            else "The policy speaks about children."
        )
        practices.append(
            Opp115Practice(
                category="International and Specific Audiences",
                text=text,
                attributes=_attrs(*pairs),
                evidence=list(children.evidence),
            )
        )
    transfer = label.international_transfer
    if transfer.value != "not_stated":
        practices.append(
            Opp115Practice(
                category="Other",
                text="Data may be moved to other countries."
                if transfer.value == "yes"
                else "Data is not moved to other countries.",
                attributes=_attrs(("Other Type", "Practice not covered")),
                evidence=list(transfer.evidence),
            )
        )
    contact = label.contact
    if contact.emails or contact.urls or contact.addresses:
        practices.append(
            Opp115Practice(
                category="Other",
                text="Privacy contact: "
                + "; ".join([*contact.emails, *contact.urls, *contact.addresses]),
                attributes=_attrs(("Other Type", "Privacy contact information")),
            )
        )
    return practices


def opp115_view(label: PrivacyNutritionLabel) -> Opp115View:
    """The label as OPP-115 practices with their attribute values."""
    practices = [
        *_collection_practices(label),
        *_sharing_practices(label),
        *_rights_practices(label),
        *_other_practices(label),
    ]
    order = {name: i for i, name in enumerate(OPP115_CATEGORIES)}
    practices.sort(key=lambda p: order[p.category])
    limitations = [
        "OPP-115 annotates text spans; this view is built from the label's claims, one "
        "practice per claim, with the claim's quotes as its spans.",
        "Third parties are not named in the label, so Third Party Entity is 'Unnamed "
        "third party' except for affiliates and other users.",
        "How a choice is offered (link, email, settings) is not in the label; Choice Type "
        "follows from the right where it can and is 'Unspecified' otherwise.",
        "Deletion does not say whether the whole account or part of it is deleted.",
        "Statements the label does not keep (e.g. 'does not' for most practices, change "
        "types, retention purposes, Californian or European audiences) are absent.",
    ]
    return Opp115View(service_name=label.service_name, practices=practices, limitations=limitations)


def complete_label(label: PrivacyNutritionLabel) -> PrivacyNutritionLabel:
    """The label with its summary and grade filled in when they are missing (a label
    read from JSON written by hand, say). A label that has them is returned as is."""
    updates: dict[str, object] = {}
    if not label.summary.headline:
        updates["summary"] = summarize_label(label)
    if label.grade == GradeResult():
        updates["grade"] = grade_label(label)
    return label.model_copy(update=updates) if updates else label


def build_view(
    label: PrivacyNutritionLabel, view: ViewName
) -> AppleView | GoogleView | Opp115View | PrivacyNutritionLabel:
    """The named view of the label (`label` is the label itself)."""
    if view == "label":
        return label
    if view == "apple":
        return apple_view(label)
    if view == "google":
        return google_view(label)
    if view == "opp115":
        return opp115_view(label)
    raise RenderError(f"Unknown view {view!r}: choose one of {', '.join(VIEW_NAMES)}.")
