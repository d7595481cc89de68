"""The label as Apple's App Privacy details (LABEL_SPEC.md, "One ontology, several views").

Rules:
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
)
from summarizer.render.views.common import ViewModel

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


class AppleItem(ViewModel):
    """One Apple data type in a panel, with the label categories behind it."""

    apple_category: str
    categories: list[DataCategory]
    purposes: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class ApplePanel(ViewModel):
    key: Literal["track", "linked", "not_linked", "not_collected"]
    title: str
    description: str
    items: list[AppleItem] = Field(default_factory=list)
    note: str = ""


class AppleView(ViewModel):
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
