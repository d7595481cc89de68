"""Plain-English words for every value of the label's vocabulary.

The summary, the views and every renderer speak to people, not to parsers: they say
"what you do on the service", never `usage_activity`. Each enum value has a `Term`:

- `title`: a short heading for a table or a checklist ("Delete your data");
- `phrase`: the words that fit inside a sentence ("delete your data");
- `hint`: what the value covers, for a tooltip or a legend.

Tests check that every enum value has a term, so a new value cannot ship unnamed.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import NamedTuple

from summarizer.label.schema import DataCategory, Purpose, Recipient, Right, Source


class Term(NamedTuple):
    title: str
    phrase: str
    hint: str


CATEGORY_TERMS: dict[DataCategory, Term] = {
    DataCategory.contact_info: Term(
        "Contact details", "your contact details", "name, email, phone, postal address"
    ),
    DataCategory.identifiers: Term(
        "IDs", "IDs for you and your device", "account ID, username, device IDs, IP address, ad ID"
    ),
    DataCategory.account_profile: Term(
        "Account and profile",
        "your account and profile",
        "password, profile fields, preferences, interests, settings",
    ),
    DataCategory.financial: Term(
        "Payments and purchases",
        "your payment and purchase details",
        "card, billing details, what you bought",
    ),
    DataCategory.location: Term("Location", "where you are", "precise or rough location"),
    DataCategory.device_info: Term(
        "Device details", "details of your device", "browser, operating system, device model"
    ),
    DataCategory.usage_activity: Term(
        "What you do on the service",
        "what you do on the service",
        "pages you view, searches, clicks, where you came from",
    ),
    DataCategory.cookies_tracking: Term(
        "Cookies and trackers", "cookies and trackers", "cookies, web beacons, pixels"
    ),
    DataCategory.demographics: Term(
        "Age, gender and similar", "your age, gender and similar facts", "age, gender, job, income"
    ),
    DataCategory.user_content: Term(
        "What you post or send",
        "what you post or send",
        "reviews, comments, messages, uploads, answers to surveys",
    ),
    DataCategory.social_media: Term(
        "Social media data",
        "data from your social media",
        "profile and friends from social networks or social login",
    ),
    DataCategory.contacts: Term(
        "Your contacts", "other people's contact details", "address book, invite-a-friend"
    ),
    DataCategory.health: Term("Health and fitness", "health and fitness data", "health, fitness"),
    DataCategory.sensitive: Term(
        "Sensitive data",
        "sensitive data",
        "race, religion, sexual orientation, biometrics, government ID",
    ),
}

PURPOSE_TERMS: dict[Purpose, Term] = {
    Purpose.service_operation: Term(
        "Run the service", "to run the service", "provide the service, accounts, support"
    ),
    Purpose.personalization: Term(
        "Tailor what you see", "to tailor what you see", "recommendations, tailored content"
    ),
    Purpose.analytics: Term(
        "Measure and improve", "to measure and improve the service", "statistics, research"
    ),
    Purpose.marketing: Term(
        "Their own marketing", "to send you their own offers", "newsletters, promotions"
    ),
    Purpose.advertising: Term("Ads", "for ads", "targeted or third-party ads, ad measurement"),
    Purpose.security: Term(
        "Safety and fraud", "to keep the service safe", "security, fraud, abuse"
    ),
    Purpose.legal: Term("Legal reasons", "to follow the law", "laws, court orders, their rights"),
    Purpose.business_transfer: Term(
        "Sale of the company",
        "if the company is sold",
        "merger, takeover, bankruptcy, sale of assets",
    ),
}

RECIPIENT_TERMS: dict[Recipient, Term] = {
    Recipient.service_providers: Term(
        "Companies that work for them",
        "companies that work for them",
        "processors, vendors, contractors",
    ),
    Recipient.advertisers: Term("Advertisers", "advertisers", "ad networks, advertisers, ad tech"),
    Recipient.analytics_providers: Term(
        "Analytics companies", "analytics companies", "companies that measure use of the service"
    ),
    Recipient.affiliates: Term(
        "Their group of companies", "their group of companies", "companies they own or are part of"
    ),
    Recipient.business_partners: Term(
        "Business partners", "business partners", "co-marketing, content or promotion partners"
    ),
    Recipient.social_networks: Term("Social networks", "social networks", "social media sites"),
    Recipient.government_legal: Term(
        "Police, courts and regulators",
        "police, courts and regulators",
        "law enforcement, courts, regulators",
    ),
    Recipient.acquirers: Term(
        "A buyer of the company", "a buyer of the company", "in a merger or sale"
    ),
    Recipient.other_users_public: Term(
        "Other users or the public", "other users or the public", "what others can see"
    ),
    Recipient.unspecified_third_parties: Term(
        "Other companies", "other companies", "third parties the policy does not name"
    ),
}

RIGHT_TERMS: dict[Right, Term] = {
    Right.access: Term("See your data", "see your data", "ask for a copy of what they hold"),
    Right.correction: Term("Fix your data", "fix your data", "correct what is wrong"),
    Right.deletion: Term("Delete your data", "delete your data", "ask them to erase it"),
    Right.portability: Term("Take your data", "take your data elsewhere", "export it"),
    Right.opt_out_marketing: Term(
        "Stop marketing", "stop their marketing", "unsubscribe from offers"
    ),
    Right.opt_out_targeted_ads: Term(
        "Opt out of targeted ads", "opt out of targeted ads", "ad-choice opt-outs"
    ),
    Right.cookie_controls: Term(
        "Refuse cookies", "refuse cookies", "browser or site cookie settings"
    ),
    Right.withdraw_consent: Term(
        "Take back consent", "take back your consent", "withdraw consent you gave"
    ),
    Right.object_or_restrict: Term(
        "Object or limit use", "object to or limit how they use it", "object or restrict"
    ),
    Right.complaint_to_authority: Term(
        "Complain to a regulator", "complain to a regulator", "a data protection authority"
    ),
}

SOURCE_TERMS: dict[Source, Term] = {
    Source.user_provided: Term("You give it", "you give it", "forms, sign-up, messages"),
    Source.automatic: Term(
        "Collected automatically", "collected automatically", "logs, cookies, sensors"
    ),
    Source.third_party: Term(
        "From other companies", "from other companies", "partners, data brokers, social login"
    ),
}

ANSWER_TERMS: dict[str, Term] = {
    "yes": Term("Yes", "yes", "the policy says so"),
    "no": Term("No", "no", "the policy says not"),
    "not_stated": Term("Not stated", "not stated", "the policy does not say"),
    "honored": Term("Honored", "honored", "Do Not Track signals are respected"),
    "not_honored": Term("Not honored", "not honored", "Do Not Track signals are ignored"),
    "personal_notice": Term(
        "They tell you directly", "they tell you directly", "email or notice to you"
    ),
    "posted_only": Term("Only posted on the site", "only posted on the site", "no notice to you"),
}

# Titles of the label's top-level fields, for headings and for naming a conflict.
FIELD_TITLES: dict[str, str] = {
    "service_name": "Service",
    "data_collected": "What they collect",
    "data_not_collected": "What they say they do not collect",
    "purposes": "Why they use it",
    "sharing": "Who gets it",
    "sells_personal_data": "Sells your data",
    "third_party_tracking": "Other companies track you",
    "do_not_track": "Do Not Track signals",
    "rights": "Your rights",
    "retention": "How long they keep it",
    "security": "How they protect it",
    "children": "Children",
    "international_transfer": "Moves data to other countries",
    "policy_changes": "When the policy changes",
    "contact": "Privacy contact",
    "summary": "Summary",
    "grade": "Grade",
    "coverage": "What was read",
}

_ALL_TERMS: dict[type[Enum], dict] = {
    DataCategory: CATEGORY_TERMS,
    Purpose: PURPOSE_TERMS,
    Recipient: RECIPIENT_TERMS,
    Right: RIGHT_TERMS,
    Source: SOURCE_TERMS,
}


def term_for(value: Enum | str) -> Term:
    """The term of any enum member of the label, or of a three-way / notice answer string."""
    if isinstance(value, Enum):
        return _ALL_TERMS[type(value)][value]
    return ANSWER_TERMS[value]


def title_of(value: Enum | str) -> str:
    return term_for(value).title


def phrase_of(value: Enum | str) -> str:
    return term_for(value).phrase


def field_title(path: str) -> str:
    """A readable name for a label field path: "rights.deletion" -> "Your rights: Delete your data"."""
    head, _, rest = path.partition(".")
    title = FIELD_TITLES.get(head, head.replace("_", " ").capitalize())
    if not rest:
        return title
    item = rest.split(".", 1)[0]
    for enum_type, terms in _ALL_TERMS.items():
        try:
            member = enum_type(item)
        except ValueError:
            continue
        return f"{title}: {terms[member].title}"
    return f"{title}: {item.replace('_', ' ')}"


def join_words(words: list[str], conjunction: str = "and") -> str:
    """["a", "b", "c"] -> "a, b and c" (no Oxford comma, as in plain-English style guides)."""
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


# A security measure that names nothing in particular: "reasonable security measures"
# (the rules engine's generic phrase), "appropriate safeguards", "security measures".
_GENERIC_MEASURE = re.compile(
    r"(?:(?:reasonable|commercially|appropriate|adequate|suitable|industry[- ]standard|standard|"
    r"generally accepted|strict|robust|necessary|various|security|data)\s+)*"
    r"(?:security|measures|safeguards|precautions|steps|efforts|protections)",
    re.IGNORECASE,
)
_GENERIC_ADJECTIVE = re.compile(r"\b(industry[- ]standard|appropriate|reasonable)\b", re.IGNORECASE)


def is_generic_measure(measure: str) -> bool:
    """Whether a security measure names no measure ("reasonable security measures")."""
    return _GENERIC_MEASURE.fullmatch(measure.strip()) is not None


def named_measures(measures: list[str]) -> list[str]:
    """The security measures to tell a reader: the specific ones ("encryption"), or
    when there are none, the first generic one ("reasonable security measures")."""
    kept = [m.strip() for m in measures if m.strip()]
    specific = [m for m in kept if not is_generic_measure(m)]
    return specific or kept[:1]


def generic_adjective(measure: str) -> str:
    """ "industry standard safeguards" -> "industry-standard"; "" when it has none of the
    adjectives a generic phrase keeps."""
    found = _GENERIC_ADJECTIVE.search(measure)
    return found.group(1).lower().replace(" ", "-") if found else ""


def measures_text(measures: list[str]) -> str:
    """The measures as one line for a card: ", " between them, or "; " when one of them
    lists kinds itself ("encryption; administrative, technical and physical safeguards")."""
    shown = named_measures(measures)
    return ("; " if any("," in m for m in shown) else ", ").join(shown)
