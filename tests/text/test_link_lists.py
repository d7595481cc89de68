"""Menus that no markup names: boxes of short links with no prose beside them are site
chrome; a policy's own link lists, which sit beside its paragraphs or under its
headings, stay."""

from __future__ import annotations

from summarizer.text.webpage import html_to_text

_POLICY = (
    "<p>We collect your email address and your name when you create an account with us.</p>"
    "<p>We use your email address to send receipts and to answer your questions.</p>"
)


def test_a_navbar_of_divs_without_nav_markup_is_not_policy_text() -> None:
    html = (
        "<html><body><div class='top'><div class='inner'><a href='/'>Acme</a>"
        "<div class='links'><a href='/pricing'>Pricing</a><a href='/blog'>Blog</a>"
        "<a href='/login'>Log in</a></div></div></div>"
        f"<div class='page'><h1>Privacy Policy</h1>{_POLICY}</div></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "Pricing" not in text and "Log in" not in text
    assert "We collect your email address" in text and "# Privacy Policy" in text


def test_a_table_layouts_left_column_of_links_is_not_policy_text() -> None:
    html = (
        "<html><body><table><tr><td width='160'>"
        + "".join(f"<div><a href='/{w}.htm'>{w}</a></div>" for w in ("Home", "Fixtures", "Gallery"))
        + f"</td><td><h1>Privacy</h1>{_POLICY}</td></tr></table></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "Fixtures" not in text and "Gallery" not in text
    assert "We use your email address" in text


def test_a_policys_partner_links_after_a_lead_in_paragraph_are_kept() -> None:
    html = (
        f"<html><body><div class='content'><h1>Privacy</h1>{_POLICY}"
        "<p>You can opt out of interest-based advertising with these tools:</p>"
        "<ul><li><a href='https://optout.example'>Digital Advertising Alliance</a></li>"
        "<li><a href='https://yoc.example'>Your Online Choices</a></li></ul>"
        "<h2>Contact</h2><p>Write to privacy@example.com with any question.</p>"
        "</div></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "Digital Advertising Alliance" in text and "Your Online Choices" in text


def test_a_policys_partner_links_under_a_heading_in_main_are_kept() -> None:
    html = (
        f"<html><body><main><h1>Privacy</h1>{_POLICY}<section><h2>Our processors</h2>"
        "<ul><li><a href='https://stripe.example/privacy'>Stripe</a></li>"
        "<li><a href='https://aws.example/privacy'>Amazon Web Services</a></li></ul>"
        "</section></main></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "Stripe" in text and "Amazon Web Services" in text


def test_footer_link_columns_under_headings_outside_the_content_are_dropped() -> None:
    columns = "".join(
        f"<div><h4>{title}</h4><ul>"
        + "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in words)
        + "</ul></div>"
        for title, words in (("Company", ("Careers", "Press")), ("Help", ("Status", "Support")))
    )
    html = (
        f"<html><body><div class='page'><h1>Privacy</h1>{_POLICY}</div>"
        f"<div class='bottom'>{columns}</div></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "Careers" not in text and "Status" not in text
    assert "We use your email address" in text
