"""A whole synthetic policy in the bullet-list style, read chunk by chunk by the rules engine."""

from __future__ import annotations

from summarizer.api import label_policy
from summarizer.engines.rules import RulesExtractor
from summarizer.label.findings import ChunkFindings
from summarizer.label.schema import Source
from summarizer.render.markdown import render_markdown
from summarizer.text.chunking import split_policy

POLICY = """# Greenleaf Outfitters Privacy Policy

Greenleaf Outfitters, Inc. ("Greenleaf") respects your privacy.

## Information Collection

### Information You Give Us

- Contact details, such as your name, email and phone
- Payment card details (processed by our payment processor)
- Product reviews and questions you submit

### Information Collected Automatically

- Device and browser information
- IP address and general location
- Pages visited and products viewed

### Information From Others

- Information from social networks when you connect your account

## How We Use It

- To process and ship your orders
- To personalize product recommendations
- To send you promotional emails
- To prevent fraud

## How We Share It

We share information with:

- Shipping carriers and payment processors that help us fulfil orders
- Advertising partners who show our ads on other sites
- Law enforcement when required by law

We never sell your personal information.

## Cookies

We and our partners use cookies and pixels. You can manage cookies in your browser settings.
We do not respond to browser Do Not Track signals.

## Keeping Your Information

We keep order records for 7 years for tax purposes.

## Your Choices

- Unsubscribe from marketing emails using the link in each email
- Ask us to delete your account by emailing privacy@greenleaf.example

## Updates

We will email you about material changes to this policy.
"""


def _read() -> list[ChunkFindings]:
    extractor = RulesExtractor()
    return [extractor.extract(chunk, POLICY).findings for chunk in split_policy(POLICY)]


def test_bullet_lists_under_collection_headings_give_categories_and_sources() -> None:
    found = _read()
    sources: dict[str, set[Source]] = {}
    for findings in found:
        for item in findings.data_collected:
            sources.setdefault(item.category.value, set()).update(item.sources)
    assert {"contact_info", "financial", "user_content", "device_info", "identifiers",
            "location", "usage_activity", "social_media", "cookies_tracking"} <= set(sources)  # fmt: skip
    assert Source.user_provided in sources["contact_info"]
    assert Source.automatic in sources["device_info"]
    assert Source.third_party in sources["social_media"]


def test_bullet_lists_under_use_and_share_headings_give_purposes_and_recipients() -> None:
    found = _read()
    purposes = {p.purpose.value for f in found for p in f.purposes}
    recipients = {s.recipient.value for f in found for s in f.sharing}
    assert {"service_operation", "personalization", "marketing", "security"} <= purposes
    assert {"service_providers", "advertisers", "government_legal"} <= recipients


def test_answers_and_rights_across_sections() -> None:
    answers = {(a.question.value, a.answer) for f in _read() for a in f.answers}
    assert {
        ("sells_personal_data", "no"),
        ("third_party_tracking", "yes"),
        ("do_not_track", "no"),
        ("retention_stated", "yes"),
        ("cookie_controls", "yes"),
        ("opt_out_marketing", "yes"),
        ("deletion", "yes"),
        ("personal_notice_of_changes", "yes"),
    } <= answers
    assert not {a for a in answers if a[1] == "no"} - {
        ("sells_personal_data", "no"),
        ("do_not_track", "no"),
    }


def test_service_name_is_the_short_name_the_policy_defines() -> None:
    assert {f.service_name for f in _read()} - {None} == {"Greenleaf"}


SECURITY_POLICY = """# Globex Privacy Policy

## Security

Globex is very concerned with safeguarding your information. We employ reasonable
measures designed to protect your information from unauthorized access.

## More about security

Payment pages use TLS encryption, and access to payment records is restricted to
authorized staff.
"""


def test_security_measures_read_as_plain_phrases_on_the_label_card_and_summary() -> None:
    generic = label_policy(SECURITY_POLICY.split("## More")[0], extractor=RulesExtractor())
    assert generic.security.measures_described == "yes"
    assert generic.security.measures == ["reasonable security measures"]
    assert [e.quote for e in generic.security.evidence] == [
        "Globex is very concerned with safeguarding your information.",
        "We employ reasonable\nmeasures designed to protect your information from unauthorized access.",
    ]
    points = [p.text for p in generic.summary.key_points]
    assert "They say they take reasonable steps to protect your data." in points
    assert "| How they protect it | reasonable security measures |" in render_markdown(generic)

    named = label_policy(SECURITY_POLICY, extractor=RulesExtractor())
    assert named.security.measures == [
        "reasonable security measures",
        "encryption",
        "access controls",
    ]
    points = [p.text for p in named.summary.key_points]
    assert "They protect your data with encryption and access controls." in points
    assert "| How they protect it | encryption, access controls |" in render_markdown(named)
