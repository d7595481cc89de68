"""The service's name comes from the page (site name, title, host) as well as the text,
is never a headline or a sentence, and is always found in the text, title or host."""

from __future__ import annotations

import pytest

from summarizer.api import label_policy
from summarizer.text.loading import load_bytes
from summarizer.text.naming import choose_service_name, is_plausible_name, squash, title_names

BODY = (
    "<h2>What we collect</h2><p>We collect your email address and your order history when "
    "you buy from us. We use cookies to keep your basket.</p><h2>Sharing</h2><p>We share "
    "your address with delivery companies. We do not sell your personal information.</p>"
)


def _page(title: str, head: str = "", first_heading: str = "Privacy Policy") -> bytes:
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}</head><body><main>"
        f"<h1>{first_heading}</h1>{BODY}</main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("title", "head", "source", "expected"),
    [
        ("Privacy Policy | Brightcart", "", "https://www.brightcart.example/privacy", "Brightcart"),
        (
            "Privacy Notice - Kettle &amp; Crumb",
            "",
            "https://kettleandcrumb.example/p",
            "Kettle & Crumb",
        ),
        (
            "Legal",
            '<meta property="og:site_name" content="Harbor Ledger">',
            "https://harborledger.example/legal",
            "Harbor Ledger",
        ),
        ("Privacy", "", "https://shop.pinewood.co.uk/privacy", "pinewood.co.uk"),
    ],
)
def test_the_name_comes_from_the_page_and_is_grounded(
    title: str, head: str, source: str, expected: str
) -> None:
    document = load_bytes(_page(title, head), source, ".html")
    label = label_policy(document)
    assert label.service_name == expected
    grounds = squash(document.text) + squash(document.title or "") + squash(source)
    assert squash(label.service_name) in grounds


def test_a_news_headline_is_never_the_service_name() -> None:
    headline = "Council approves new cycle lanes after two years of consultation"
    page = _page("Privacy Policy | The Daily Courier", first_heading=headline)
    document = load_bytes(page, "https://dailycourier.example/privacy", ".html")
    assert label_policy(document).service_name == "The Daily Courier"


@pytest.mark.parametrize(
    "name",
    [
        "Council approves new cycle lanes after two years of consultation",
        "We collect your data.",
        "Privacy Policy",
        "",
    ],
)
def test_sentences_headlines_and_generic_words_are_not_names(name: str) -> None:
    assert not is_plausible_name(name)


def test_generic_words_are_trimmed_from_title_parts() -> None:
    assert title_names("Quill Notes Privacy Policy") == ["Quill Notes"]
    assert title_names("Privacy Policy – Legal – Acme, Inc") == ["Acme, Inc"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Consumer Privacy Notice - Veridex Data Solutions", "Veridex Data Solutions"),
        ("Customer Privacy Notice | Lumen Bank", "Lumen Bank"),
        ("Online Privacy Policy – Kestrel Health", "Kestrel Health"),
        ("Applicant Privacy Notice · Meridian Jobs", "Meridian Jobs"),
    ],
)
def test_whom_a_notice_is_for_is_not_the_service_name(title: str, expected: str) -> None:
    text = (
        "This notice explains what we hold about consumers, customers, users and "
        f"applicants. {expected} collects your email address."
    )
    assert choose_service_name(None, text, title=title) == expected


def test_a_site_name_found_nowhere_in_text_title_or_host_is_not_used() -> None:
    chosen = choose_service_name(
        None,
        "We collect your email address.",
        title="Privacy Policy | Acme",
        site_name="Totally Trusted Privacy-Safe Co",
        source="https://acme.example/privacy",
    )
    assert chosen == "Acme"


def test_a_plain_text_file_keeps_the_name_its_policy_gives() -> None:
    assert choose_service_name("Acme", "Acme Privacy Policy. We collect email.") == "Acme"
    assert (
        choose_service_name("We collect your email address.", "We collect your email address.")
        is None
    )


@pytest.mark.parametrize("name", ["Acme, Inc.", "AllMoviePortal.com", "Tecor Technologies Limited"])
def test_company_names_with_dots_are_names(name: str) -> None:
    assert is_plausible_name(name)
