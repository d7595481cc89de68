"""The label as OPP-115 practices (the Usable Privacy Project's annotation scheme;
LABEL_SPEC.md, "One ontology, several views"): one practice per claim, under the
scheme's ten categories, with its attribute values where the label holds them.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field

from summarizer.label.schema import (
    DataCategory,
    Evidence,
    PrivacyNutritionLabel,
    Purpose,
    Recipient,
    Right,
    Source,
)
from summarizer.label.vocabulary import phrase_of
from summarizer.render.views.common import ENCRYPTION_PATTERN, ViewModel

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


class Opp115Attribute(ViewModel):
    name: str
    value: str


class Opp115Practice(ViewModel):
    category: str
    text: str
    attributes: list[Opp115Attribute]
    evidence: list[Evidence] = Field(default_factory=list)


class Opp115View(ViewModel):
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
    if contact.emails or contact.urls or contact.addresses or contact.phones:
        practices.append(
            Opp115Practice(
                category="Other",
                text="Privacy contact: "
                + "; ".join([*contact.emails, *contact.urls, *contact.addresses, *contact.phones]),
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
