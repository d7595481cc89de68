"""Pages made by common policy generators and docs sites, rendered as a reader sees them:
a Termly embed's headings (marked by a data attribute, not <h2>), a Docusaurus heading's
anchor (a zero-width space), and an app-store generator's list of its vendors' policies
(a list of links the content extractor drops item by item). Pages written for these
tests in the generators' markup."""

from __future__ import annotations

from summarizer.api import label_policy
from summarizer.engines.rules import RulesExtractor
from summarizer.text.loading import load_bytes
from summarizer.text.webpage import html_to_text

TERMLY_EMBED = (
    "<!doctype html><html><head><title>Privacy Notice</title></head><body>"
    '<div data-custom-class="body">'
    '<div><strong><span style="font-size: 26px;"><span data-custom-class="title">PRIVACY NOTICE'
    "</span></span></strong></div>"
    '<div style="line-height: 1.5;"><span data-custom-class="body_text">This privacy notice for '
    "Brightleaf Studio LLC describes how and why we might collect, store, use, and/or share your "
    "information when you use our services.</span></div>"
    '<div id="infocollect" style="line-height: 1.5;"><span style="color: rgb(0, 0, 0);">'
    '<span data-custom-class="heading_1">1. WHAT INFORMATION DO WE COLLECT?</span></span></div>'
    '<div style="line-height: 1.5;"><span data-custom-class="heading_2" id="personalinfo">'
    '<span style="font-size: 15px;">Personal information you disclose to us</span></span></div>'
    '<div style="line-height: 1.5;"><span data-custom-class="body_text">We collect names, phone '
    "numbers and email addresses that you provide to us when you register.</span></div>"
    '<div style="line-height: 1.5;"><span data-custom-class="heading_1">2. WHEN AND WITH WHOM DO '
    "WE SHARE YOUR PERSONAL INFORMATION?</span></div>"
    '<div style="line-height: 1.5;"><span data-custom-class="body_text">We may share your data '
    "with third-party vendors who perform services for us.</span></div>"
    "</div></body></html>"
)

DOCUSAURUS_PAGE = (
    "<!doctype html><html><head><title>Privacy | Acme Docs</title></head><body><main><article>"
    '<div class="theme-doc-markdown markdown"><header><h1>Privacy Policy</h1></header>'
    "<p>This policy explains how Acme handles personal data when you use the Acme CLI and "
    "this documentation site.</p>"
    '<h2 class="anchor anchorWithStickyNavbar_LWe7" id="information-we-collect">Information we '
    'collect<a href="#information-we-collect" class="hash-link" aria-label="Direct link to '
    'Information we collect" title="Direct link to Information we collect">&#8203;</a></h2>'
    "<p>We collect your email address when you sign up for the newsletter.</p>"
    "</div></article></main></body></html>"
)

APP_GENERATOR_PAGE = (
    "<!DOCTYPE html><html><head><title>Privacy Policy - Tally Counter</title></head><body>"
    "<h2>Privacy Policy</h2><p>Jane Doe built the Tally Counter app as a Free app. This SERVICE "
    "is provided by Jane Doe at no cost and is intended for use as is.</p>"
    "<p><strong>Information Collection and Use</strong></p>"
    "<p>The app does use third-party services that may collect information used to identify "
    "you.</p><p>Link to the privacy policy of third-party service providers used by the app</p>"
    '<ul><li><a href="https://www.google.com/policies/privacy/">Google Play Services</a></li>'
    '<li><a href="https://support.google.com/admob/answer/6128543">AdMob</a></li>'
    '<li><a href="https://firebase.google.com/policies/analytics">Google Analytics for Firebase'
    "</a></li>"
    '<li><a href="https://www.facebook.com/about/privacy/update/printable">Facebook</a></li>'
    '<li><a href="https://unity3d.com/legal/privacy-policy">Unity</a></li></ul>'
    "<p><strong>Log Data</strong></p><p>I want to inform you that whenever you use my Service, "
    "in a case of an error in the app I collect data and information on your phone called Log "
    "Data.</p><p><strong>Contact Us</strong></p><p>If you have any questions or suggestions "
    "about my Privacy Policy, do not hesitate to contact me at jane@tally.example.</p>"
    "</body></html>"
)


def test_termly_heading_classes_become_markdown_headings() -> None:
    text = html_to_text(TERMLY_EMBED)
    assert "\n## 1. WHAT INFORMATION DO WE COLLECT?\n" in text
    assert "\n### Personal information you disclose to us\n" in text
    assert "\n## 2. WHEN AND WITH WHOM DO WE SHARE YOUR PERSONAL INFORMATION?\n" in text


def test_termly_body_text_spans_are_not_headings() -> None:
    text = html_to_text(TERMLY_EMBED)
    assert "# We collect" not in text and "# This privacy notice" not in text


def test_termly_sections_are_the_quotes_sections() -> None:
    document = load_bytes(TERMLY_EMBED.encode(), "termly.html", ".html")
    label = label_policy(document, extractor=RulesExtractor())
    contact = next(item for item in label.data_collected if item.category.value == "contact_info")
    assert contact.evidence[0].section == "Personal information you disclose to us"


def test_docusaurus_heading_anchor_leaves_no_zero_width_space() -> None:
    text = html_to_text(DOCUSAURUS_PAGE)
    assert "\n## Information we collect\n" in text
    assert "\u200b" not in text


def test_an_app_generator_list_of_vendor_policies_is_kept_and_read_as_recipients() -> None:
    text = html_to_text(APP_GENERATOR_PAGE)
    assert "* AdMob" in text and "* Google Analytics for Firebase" in text
    document = load_bytes(APP_GENERATOR_PAGE.encode(), "tally.html", ".html")
    label = label_policy(document, extractor=RulesExtractor())
    quotes = {item.recipient.value: item.evidence[0].quote for item in label.sharing}
    assert quotes.get("advertisers") == "AdMob"
    assert quotes.get("analytics_providers") == "Google Analytics for Firebase"


TERMLY_VENDOR_LIST = (
    '<!doctype html><html><head><title>Privacy Notice</title></head><body><div data-custom-class="body">'
    '<div><strong><span data-custom-class="title">PRIVACY NOTICE</span></strong></div>'
    '<div><span data-custom-class="body_text">This privacy notice for Brightleaf Studio LLC '
    "describes how and why we might collect, store, use, and/or share your information.</span></div>"
    '<div><span data-custom-class="heading_1">5. WHEN AND WITH WHOM DO WE SHARE YOUR PERSONAL '
    "INFORMATION?</span></div>"
    '<div><span data-custom-class="body_text">The third parties we may share personal information '
    "with are as follows:</span></div>"
    '<ul><li data-custom-class="body_text"><strong>Advertising, Direct Marketing, and Lead '
    "Generation</strong></li></ul>"
    '<div style="margin-left: 1.5em;"><span data-custom-class="body_text">Google AdSense</span></div>'
    '<ul><li data-custom-class="body_text"><strong>Web and Mobile Analytics</strong></li></ul>'
    '<div style="margin-left: 1.5em;"><span data-custom-class="body_text">Google Analytics</span></div>'
    '<div><span data-custom-class="heading_1">6. HOW LONG DO WE KEEP YOUR INFORMATION?</span></div>'
    '<div><span data-custom-class="body_text">We keep your information for as long as your account '
    "is open.</span></div></div></body></html>"
)


def test_termly_vendor_lines_below_their_categories_are_recipients() -> None:
    document = load_bytes(TERMLY_VENDOR_LIST.encode(), "termly.html", ".html")
    label = label_policy(document, extractor=RulesExtractor())
    quotes = {item.recipient.value: [e.quote for e in item.evidence] for item in label.sharing}
    assert "Google AdSense" in quotes.get("advertisers", [])
    assert "Google Analytics" in quotes.get("analytics_providers", [])
