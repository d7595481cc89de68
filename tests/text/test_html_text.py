"""A web page's text as a reader sees it: items the page sets apart stay apart words,
words split by markup stay one word, and a bold lead line titles the paragraph it opens.

The pages are written in the style of the sites they stand for: a Next.js page with
Tailwind (minified, no whitespace between elements), and a WordPress page written in
the classic editor (a bold line, a `<br />`, then the paragraph)."""

from __future__ import annotations

from summarizer.api import label_policy
from summarizer.text.headings import find_headings
from summarizer.text.loading import load_bytes
from summarizer.text.webpage import html_to_text

NEXT_TAILWIND_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><title>Privacy Policy | Lumen</title></head><body>'
    '<div id="__next"><header class="sticky top-0"><a href="/">Lumen</a>'
    '<a href="/pricing">Pricing</a><a href="/blog">Blog</a></header>'
    '<main class="mx-auto max-w-3xl"><article class="prose"><h1>Privacy Policy</h1>'
    '<div class="flex items-center gap-2 text-sm text-gray-500"><span>Last updated:</span>'
    '<time datetime="2025-03-03">March 3, 2025</time></div>'
    "<p>Lumen is a photo editing app. This policy explains what we collect when you use "
    "the app and how we use it.</p>"
    "<h2>Information we collect</h2><p>We collect your email address and your "
    "<b>pay</b>ment details when you subscribe, and the photos you upload to edit them.</p>"
    "<h2>Service providers</h2><p>We share your data with these service providers, who "
    "process it on our behalf:</p>"
    '<div class="flex flex-wrap gap-3"><span class="rounded-full px-3">Stripe</span>'
    '<span class="rounded-full px-3">Amazon Web Services</span>'
    '<span class="rounded-full px-3">Mailchimp</span></div>'
    "<h2>Your choices</h2><p>You can opt out of interest-based advertising with these tools:</p>"
    '<p class="space-x-4"><a href="https://optout.aboutads.info">DAA WebChoices</a>'
    '<a href="https://www.youronlinechoices.eu">Your Online Choices</a>'
    '<a href="https://optout.networkadvertising.org">NAI opt-out</a></p>'
    '<p>Read more about <a href="/cookies">cookie</a>s in our cookie notice.</p>'
    '</article></main><footer class="border-t"><div><a href="/terms">Terms</a>'
    '<a href="/privacy">Privacy</a><a href="/cookies">Cookies</a></div>'
    "<p>© 2025 Lumen Labs, Inc.</p></footer></div></body></html>"
)

WORDPRESS_CLASSIC_PAGE = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Privacy Policy &#8211; Fernbrook Bakery</title></head>
<body class="page-template-default page">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Fernbrook Bakery</a></p></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-3" class="page type-page"><header class="entry-header"><h1 class="entry-title">Privacy Policy</h1></header>
<div class="entry-content">
<p>Fernbrook Bakery takes your privacy seriously. This policy explains what we collect when you order from our website and what we do with it.</p>
<p><strong>What we collect</strong><br />
When you place an order we collect your name, email address, delivery address and phone number. We do not store your card number: payments are handled by Stripe.</p>
<p><b>Sharing your data</b><br>
We share your delivery address with:</p>
<ul><li>our courier, so they can bring your order;</li><li>our accountant, for our tax return.</li></ul>
<p>We <b>never</b> sell your personal information to anyone.</p>
<p><strong>How long we keep it</strong><br />
We keep your order history for six years, as tax law requires, and then delete it.<br />
<br />
<strong>Your rights</strong><br />
You can ask us for a copy of your data, or ask us to correct or delete it, by writing to hello@fernbrook.example.</p>
<p>We use <strong>essential cookies only</strong><br>to keep your basket between pages.</p>
<p><strong>We do not sell or rent your personal information to anyone, ever.</strong><br>
That includes our mailing list.</p>
</div></article></main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Fernbrook Bakery</div></footer>
</div></body></html>
"""


def test_links_in_a_row_without_whitespace_stay_separate_words() -> None:
    text = html_to_text(NEXT_TAILWIND_PAGE)

    assert "DAA WebChoices Your Online Choices NAI opt-out" in text


def test_the_items_of_a_flex_row_stay_separate_words() -> None:
    text = html_to_text(NEXT_TAILWIND_PAGE)

    assert "Stripe Amazon Web Services Mailchimp" in text
    assert "Last updated: March 3, 2025" in text


def test_a_word_split_by_markup_stays_one_word_and_its_paragraph_is_kept() -> None:
    # The content extractor reads "<a>cookie</a>s" as "cookie s": the paragraph must
    # still be recognised as one it kept.
    text = html_to_text(NEXT_TAILWIND_PAGE)

    assert "your payment details" in text
    assert "Read more about cookies in our cookie notice." in text


def test_the_rendered_text_separates_footer_links_when_the_whole_page_is_read() -> None:
    html = (
        "<html><body><div class='links'><a href='/terms'>Terms</a><a href='/privacy'>Privacy</a>"
        "<span class='sep'></span><a href='/cookies'>Cookies</a></div></body></html>"
    )

    assert html_to_text(html, decider="none") == "Terms Privacy Cookies"


def test_a_bold_lead_line_before_a_line_break_is_a_heading() -> None:
    text = html_to_text(WORDPRESS_CLASSIC_PAGE)

    assert "**Sharing your data**\n\nWe share your delivery address with:" in text
    bold = [heading.title for heading in find_headings(text) if heading.style == "bold"]
    assert bold == ["What we collect", "Sharing your data", "How long we keep it", "Your rights"]


def test_bold_words_inside_a_sentence_or_a_bold_sentence_are_not_headings() -> None:
    text = html_to_text(WORDPRESS_CLASSIC_PAGE)

    assert "We never sell your personal information to anyone." in text
    assert "We use essential cookies only\nto keep your basket between pages." in text
    assert (
        "We do not sell or rent your personal information to anyone, ever.\n"
        "That includes our mailing list."
    ) in text


def test_a_bold_line_in_a_list_item_or_a_data_table_cell_stays_in_its_item() -> None:
    html = (
        "<html><body><h1>Cookies</h1><p>We set these cookies when you visit our shop.</p>"
        "<ul><li><b>Analytics</b><br>We count visits to improve the shop.</li></ul>"
        "<table><tr><th>Cookie</th><th>Purpose</th></tr>"
        "<tr><td><b>_cart</b><br>first party</td><td>remembers your basket</td></tr></table>"
        "</body></html>"
    )

    text = html_to_text(html, decider="none")

    assert "* Analytics\nWe count visits to improve the shop." in text
    assert "_cart; first party | remembers your basket" in text  # one row, one line


def test_evidence_under_a_bold_lead_line_is_filed_under_that_section() -> None:
    document = load_bytes(WORDPRESS_CLASSIC_PAGE.encode(), "fernbrook.html", ".html")

    sections = {
        item.section
        for item in label_policy(document).all_evidence()
        if "copy of your data" in item.quote
    }

    assert sections == {"Your rights"}


def test_a_bold_date_line_opening_a_paragraph_is_not_a_heading() -> None:
    html = (
        "<html><body><h1>Privacy Policy</h1><p><b>Last updated: March 3, 2025</b><br>"
        "This policy explains what Acme collects when you use our app.</p>"
        "<p><b>1. Information we collect</b><br>"
        "We collect your email address when you sign up for an account.</p></body></html>"
    )

    text = html_to_text(html, decider="none")

    assert "Last updated: March 3, 2025\nThis policy explains" in text
    assert "**1. Information we collect**\n\nWe collect your email address" in text


# A policy published from a word processor (Google Docs "publish to the web"): every
# line is a <p> of <span>s, and bold is a class its style sheet sets.
WORD_PROCESSOR_PAGE = (
    "<html><head><title>Privacy Policy - Quillmark</title><style>"
    ".c0{font-weight:400;font-family:Arial}.c4{font-weight:700;font-size:11pt}"
    ".c7, .c9 {color:#000;font-weight: bold}.nav .c2{font-weight:700}"
    "</style></head><body class='c8'>"
    "<p class='c3'><span class='c4'>Privacy Policy</span></p>"
    "<p class='c3'><span class='c0'>Quillmark is a note-taking app. This policy says what "
    "we collect and why.</span></p>"
    "<p class='c3'><span class='c4'>What we collect</span></p>"
    "<p class='c3'><span class='c0'>We collect your email address when you sign up.</span></p>"
    "<p class='c3'><span class='c9'>Who we share it with</span></p>"
    "<p class='c3'><span class='c0'>We share your email address with our email provider, "
    "which sends our newsletters.</span></p>"
    "<p class='c3'><span style='font-weight:700'>Your rights</span></p>"
    "<p class='c3'><span class='c0'>You can ask us for a copy of your data.</span></p>"
    "<p class='c3'><span class='c2'>Not a heading</span></p>"
    "<p class='c3'><span class='c0'>A line in a class that is bold only inside a "
    "navigation bar.</span></p>"
    "</body></html>"
)


def test_a_line_a_style_sheet_or_inline_style_makes_bold_is_a_heading() -> None:
    text = html_to_text(WORD_PROCESSOR_PAGE, decider="none")

    bold = [heading.title for heading in find_headings(text) if heading.style == "bold"]
    assert bold == ["Privacy Policy", "What we collect", "Who we share it with", "Your rights"]
    assert "**Not a heading**" not in text
