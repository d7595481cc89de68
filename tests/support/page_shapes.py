"""Web pages in the shapes privacy policies are published in, each with its policy text
and its site chrome known piece by piece, written for this project in the style of
common templates (WordPress, Drupal, a news CMS, a shop, a forum, a single-page app
saved from a browser, a help centre, and plain pages with the policy in <main>, in
<article>, or in neither).

`PAGES` maps a shape name to a `Page`: its HTML, the policy pieces (headings,
paragraphs, list items, table rows) a reader must get, and the chrome pieces (menus,
login modals, cookie banners, comment and ad widgets, teasers, footers) that must not
become policy text. `leak_and_loss(text, page)` measures an extraction: the share of
chrome words that leaked into it and of policy words lost from it (each piece counts
with its number of words; a piece leaks or survives when its whole normalised text is
found). Used by `bench/bench_main_content.py` and the loading tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Page:
    html: str = ""
    policy: list[str] = field(default_factory=list)
    chrome: list[str] = field(default_factory=list)


class _Builder:
    """Registers each piece of text as policy or chrome while the HTML is written."""

    def __init__(self) -> None:
        self.page = Page()

    def p(self, text: str, tag: str = "p", attrs: str = "") -> str:
        self.page.policy.append(text)
        return f"<{tag}{attrs}>{text}</{tag}>"

    def c(self, text: str, tag: str = "div", attrs: str = "") -> str:
        self.page.chrome.append(text)
        return f"<{tag}{attrs}>{text}</{tag}>"

    def links(self, words: list[str], tag: str = "li") -> str:
        """A menu: each entry is one chrome piece."""
        return "".join(self.c(f'<a href="/{w.lower()}">{w}</a>', tag) for w in words)


def _strip_tags(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text)


def _policy_sections(b: _Builder, name: str, bold_headings: bool = False) -> str:
    """A privacy policy for `name`: sections with headings, paragraphs, a list, a table."""

    def heading(text: str) -> str:
        if bold_headings:
            return b.p(f"<strong>{text}</strong>")
        return b.p(text, "h2")

    return "".join(
        [
            b.p(
                f"Last updated: March 3, 2025. This policy explains how {name} handles personal information."
            ),
            heading("Information we collect"),
            b.p(
                f"When you create a {name} account we collect your name, email address and password."
            ),
            "<ul>",
            b.p("Your delivery address and phone number when you place an order", "li"),
            b.p("Your IP address, browser type and the pages you view", "li"),
            "</ul>",
            heading("How we use information"),
            b.p("We use your information to process orders, provide support and prevent fraud."),
            b.p("We use aggregated statistics to understand how visitors use our pages."),
            heading("Sharing"),
            b.p("We share your address with the delivery companies that bring your order."),
            b.p("We do not sell your personal information."),
            "<table><tr><th>Recipient</th><th>Data</th></tr>",
            "<tr>" + b.p("Payment processor", "td") + b.p("card details", "td") + "</tr>",
            "</table>",
            heading("Your choices"),
            b.p(f"You can ask {name} to delete your account by writing to privacy@example.com."),
        ]
    )


def _cookie_banner(b: _Builder, attrs: str = ' id="cookie-notice" class="cookie-banner"') -> str:
    return (
        f"<div{attrs}>"
        + b.c(
            "This site uses cookies to improve your browsing experience and show tailored offers.",
            "p",
        )
        + b.c("Accept all", "button")
        + b.c("Manage preferences", "button")
        + "</div>"
    )


def _login_modal(b: _Builder) -> str:
    return (
        '<div class="modal fade" id="loginModal" tabindex="-1" aria-hidden="true"><div class="modal-dialog">'
        + b.c("Sign in to your account", "h3")
        + b.c("Forgot your password? We will email you a link to reset it.", "p")
        + b.c("Remember me on this device", "label")
        + "</div></div>"
    )


def wordpress() -> Page:
    b = _Builder()
    b.page.html = (
        '<!doctype html><html><head><title>Privacy Policy – Brightcart</title></head><body class="page">'
        '<div id="page" class="site"><header id="masthead" class="site-header">'
        + b.c("Brightcart", "p", ' class="site-title"')
        + '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">'
        + b.links(["Home", "Shop", "Journal", "About", "Stockists"])
        + '</ul></nav></header><div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main"><article id="post-3" class="page type-page status-publish">'
        '<header class="entry-header">'
        + b.p("Privacy Policy", "h1", ' class="entry-title"')
        + "</header>"
        '<div class="entry-content">'
        + _policy_sections(b, "Brightcart")
        + "</div></article></main></div>"
        '<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries">'
        + b.c("Recent Posts", "h2", ' class="widget-title"')
        + "<ul>"
        + b.links(["Spring lookbook", "Caring for leather boots"])
        + "</ul></section>"
        '<section class="widget widget_recent_comments">'
        + b.c("Recent Comments", "h2")
        + b.c("Jane on Caring for leather boots: saddle soap worked wonders", "li")
        + "</section>"
        '<section class="widget widget_text">'
        + b.c(
            "Sponsored: get fifty percent off your first van rental today",
            "div",
            ' class="textwidget ad"',
        )
        + "</section></aside></div>"
        '<footer id="colophon" class="site-footer">'
        + b.c("Proudly powered by WordPress", "div", ' class="site-info"')
        + "</footer></div>"
        + _cookie_banner(b)
        + "</body></html>"
    )
    return b.page


def drupal() -> Page:
    b = _Builder()
    b.page.html = (
        '<!DOCTYPE html><html lang="en" dir="ltr"><head><title>Privacy Policy | Fernvale Council</title>'
        '<meta property="og:site_name" content="Fernvale Council"></head><body class="path-node page-node-type-page">'
        '<div class="dialog-off-canvas-main-canvas"><div class="layout-container">'
        '<header role="banner"><div class="region region-header">'
        + b.c("Fernvale Council", "a", ' class="site-branding__name"')
        + '</div><div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation"><ul class="menu">'
        + b.links(["Bins and recycling", "Council tax", "Parking permits", "Planning"])
        + "</ul></nav></div></header>"
        '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol>'
        + b.links(["Home", "Legal"])
        + "</ol></nav></div>"
        '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">'
        '<div class="region region-content"><div id="block-fernvale-content" class="block block-system">'
        '<article role="article" class="node node--type-page node--view-mode-full">'
        + b.p(
            '<span class="field field--name-title">Privacy Policy</span>',
            "h1",
            ' class="page-title"',
        )
        + '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">'
        + _policy_sections(b, "Fernvale Council")
        + "</div></article></div></div></div>"
        '<aside class="layout-sidebar-second" role="complementary"><div class="views-element-container block">'
        + b.c("Related pages", "h2")
        + "<ul>"
        + b.links(["Freedom of information requests", "Report a pothole"])
        + "</ul>"
        + "</div></aside></main>"
        '<footer role="contentinfo"><div class="region region-footer">'
        + b.c("Fernvale Council, Town Hall, Market Square", "p")
        + "</div></footer></div></div></body></html>"
    )
    return b.page


def news_cms() -> Page:
    b = _Builder()
    b.page.html = (
        "<html><head><title>Privacy Policy - The Daily Courier</title></head><body>"
        '<div class="page-wrapper"><div class="top-bar trending">'
        + b.c("Trending: Council approves new cycle lanes after two years of consultation", "span")
        + "</div>"
        '<div class="masthead"><div class="logo">' + b.c("The Daily Courier", "span") + "</div>"
        '<ul class="section-nav">'
        + b.links(["News", "Sport", "Business", "Opinion", "Obituaries"])
        + "</ul></div>"
        '<div class="container"><div class="row"><div class="col-md-8 story-body">'
        + b.p("Privacy Policy", "h1")
        + _policy_sections(b, "The Daily Courier")
        + '</div><div class="col-md-4 rail"><div class="most-read">'
        + b.c("Most read", "h3")
        + "<ol>"
        + b.c("Mayor announces budget for new library", "li")
        + b.c("Storm closes coastal road for third day", "li")
        + "</ol></div>"
        '<div class="ad-slot" data-ad-unit="rail-1">'
        + b.c("Advertisement: compare energy tariffs and switch in minutes", "div")
        + "</div></div></div>"
        '<div class="related-stories">'
        + b.c("You might also like", "h3")
        + b.c("Ten ways to save on your weekly shop", "a", ' href="/x"')
        + b.c("Local bakery wins national award", "a", ' href="/y"')
        + "</div>"
        '<div class="newsletter-signup">'
        + b.c("Get the morning briefing in your inbox every weekday", "p")
        + b.c("Sign up", "button")
        + "</div></div>"
        + _login_modal(b)
        + '<div class="footer-links">'
        + b.c("Copyright 2025 Courier Media Group. All rights reserved.", "p")
        + "</div></div></body></html>"
    )
    return b.page


def shop() -> Page:
    b = _Builder()
    b.page.html = (
        '<!doctype html><html class="no-js"><head><title>Privacy policy – Kettle &amp; Crumb</title>'
        '<meta property="og:site_name" content="Kettle &amp; Crumb"></head><body class="template-policy">'
        '<div class="announcement-bar">'
        + b.c("Free UK delivery on orders over forty pounds", "p")
        + "</div>"
        '<div class="header-wrapper"><div class="header__menu">'
        + b.links(["Teapots", "Loose leaf tea", "Gift sets", "Wholesale"], "span")
        + '</div><div class="header__icons">'
        + b.c("Search our store", "span")
        + "</div></div>"
        '<div id="CartDrawer" class="drawer">'
        + b.c("Your cart is empty", "h2")
        + b.c("Continue shopping", "a", ' href="/collections/all"')
        + "</div>"
        '<main id="MainContent" class="content-for-layout" role="main">'
        '<div class="shopify-policy__container"><div class="shopify-policy__title">'
        + b.p("Privacy policy", "h1")
        + '</div><div class="shopify-policy__body"><div class="rte">'
        + _policy_sections(b, "Kettle & Crumb", bold_headings=True)
        + "</div></div></div>"
        '<div class="product-recommendations">'
        + b.c("You may also like", "h2")
        + b.c("Cast iron teapot in midnight blue", "div", ' class="card__heading"')
        + "</div></main>"
        '<footer class="footer"><div class="footer-block">'
        + b.c("Sign up for tasting notes and early access to new blends", "p")
        + b.links(["Shipping policy", "Refund policy", "Contact"], "span")
        + "</div></footer></body></html>"
    )
    return b.page


def forum() -> Page:
    b = _Builder()
    b.page.html = (
        '<html dir="ltr" lang="en-gb"><head><title>Pinewood Anglers - Privacy policy</title></head><body id="phpbb">'
        '<div id="wrap" class="wrap"><div id="page-header"><div class="headerbar" role="banner">'
        + b.c("Pinewood Anglers", "h1")
        + b.c("The friendliest fishing forum in the north", "p")
        + '</div><div class="navbar" role="navigation"><ul class="nav-main">'
        + b.links(["Board index", "Quick links", "FAQ", "Register", "Login"])
        + "</ul></div></div>"
        '<div id="page-body" class="page-body" role="main">'
        + b.p("Pinewood Anglers - Privacy policy", "h2")
        + '<div class="panel"><div class="inner"><div class="content">'
        + _policy_sections(b, "Pinewood Anglers")
        + "</div></div></div>"
        '<div class="stat-block online-list">'
        + b.c("Who is online", "h3")
        + b.c("In total there are 342 users online: 12 registered, 2 hidden and 328 guests", "p")
        + "</div></div>"
        '<div id="page-footer" class="page-footer" role="contentinfo">'
        + b.c("Powered by phpBB Forum Software", "div")
        + b.links(["Delete cookies", "All times are UTC"], "span")
        + "</div></div></body></html>"
    )
    return b.page


def saved_spa() -> Page:
    b = _Builder()
    b.page.html = (
        "<!DOCTYPE html><html><head><title>Privacy Policy | Quill Notes</title>"
        '<script>window.__STATE__={"user":null}</script></head><body>'
        '<div id="root"><div class="App css-1d3bbye">'
        '<div class="css-k008qs"><div class="css-1lekzkb">'
        + b.c("Quill Notes", "span")
        + b.links(["Features", "Pricing", "Blog", "Log in", "Start free"], "div")
        + "</div></div>"
        '<div class="css-1xhj18k"><div class="css-q5n9kd">'
        + b.p("Privacy Policy", "h1", ' class="css-rzn0gx"')
        + '<div class="css-1vvvx3e">'
        + _policy_sections(b, "Quill Notes")
        + "</div></div></div>"
        '<div class="intercom-lightweight-app"><div class="intercom-launcher">'
        + b.c("Hi there! Ask us anything about Quill Notes", "span")
        + "</div></div>"
        '<div role="dialog" aria-modal="true" aria-label="Cookie consent" class="css-1q2w3e">'
        + b.c("We and our partners use cookies to personalise ads and measure traffic.", "p")
        + b.c("Allow all cookies", "button")
        + "</div>"
        '<div class="css-footer-9f8e">'
        + b.links(["Status", "Security", "Careers", "Press kit"], "div")
        + "</div></div></div>"
        '<script src="/static/js/main.3f2a1c.js"></script></body></html>'
    )
    return b.page


def policy_in_main() -> Page:
    b = _Builder()
    b.page.html = (
        "<!doctype html><html><head><title>Acme Privacy Notice</title></head><body>"
        "<nav><ul>"
        + b.links(["Products", "Developers", "Company"])
        + "</ul></nav>"
        + _cookie_banner(b, ' class="consent-banner"')
        + "<main>"
        + b.p("Acme Privacy Notice", "h1")
        + _policy_sections(b, "Acme")
        + "</main>"
        "<footer>" + b.c("Acme Inc., 100 Main Street, Springfield", "p") + "</footer></body></html>"
    )
    return b.page


def policy_in_article() -> Page:
    b = _Builder()
    b.page.html = (
        "<html><head><title>Privacy | Harbor Ledger</title></head><body>"
        '<div class="header">' + b.links(["Features", "Pricing", "Support"], "a") + "</div>"
        "<article>"
        + b.p("Privacy Policy", "h1")
        + _policy_sections(b, "Harbor Ledger")
        + "</article>"
        '<section id="comments" class="comments-area">'
        + b.c("3 thoughts on this page", "h2", ' class="comments-title"')
        + b.c("Sam says: does this cover the mobile app too?", "p")
        + b.c("Leave a Reply", "h3")
        + b.c("Your email address will not be published. Required fields are marked", "p")
        + "</section>"
        '<div class="related-posts">'
        + b.c("Related posts", "h3")
        + b.c("How we keep your ledgers safe", "a", ' href="/a"')
        + "</div></body></html>"
    )
    return b.page


def policy_in_neither() -> Page:
    b = _Builder()
    b.page.html = (
        "<html><head><title>Privacy - Snipora</title></head><body>"
        '<div id="topnav" class="menu">'
        + b.links(["Explore", "Creators", "Upload", "Sign in"], "a")
        + "</div>"
        '<table width="100%"><tr><td valign="top" class="sidebar" width="20%">'
        + b.c("Categories", "b")
        + b.links(["Comedy", "Cooking", "Travel"], "div")
        + '</td><td valign="top" class="body">'
        + b.p("Snipora Privacy Policy", "h1")
        + _policy_sections(b, "Snipora")
        + "</td></tr></table>"
        '<div class="bottom">' + b.c("Snipora 2025 | Terms | Advertise with us", "p") + "</div>"
        "</body></html>"
    )
    return b.page


def help_centre() -> Page:
    b = _Builder()
    b.page.html = (
        '<html><head><title>Privacy Policy – Pennyrook Help Centre</title></head><body class="community-enabled">'
        '<header class="header"><div class="logo">'
        + b.c("Pennyrook Help Centre", "span")
        + "</div>"
        '<div class="search">' + b.c("How can we help?", "label") + "</div></header>"
        '<main role="main"><div class="container-divider"></div><div class="container">'
        '<nav class="sub-nav"><ol class="breadcrumbs">'
        + b.links(["Pennyrook", "Legal"])
        + "</ol></nav>"
        '<div class="article-container"><section class="article-sidebar">'
        + b.c("Articles in this section", "h3")
        + "<ul>"
        + b.links(["Terms of service", "Cookie settings explained"])
        + "</ul></section>"
        '<article class="article"><header class="article-header">'
        + b.p("Privacy Policy", "h1", ' class="article-title"')
        + '</header><section class="article-info"><div class="article-body">'
        + _policy_sections(b, "Pennyrook")
        + "</div></section>"
        '<footer><div class="article-votes">'
        + b.c("Was this article helpful?", "span")
        + b.c("Yes", "button")
        + b.c("No", "button")
        + "</div></footer></article></div></div></main></body></html>"
    )
    return b.page


PAGES = {
    "wordpress": wordpress(),
    "drupal": drupal(),
    "news-cms": news_cms(),
    "shop": shop(),
    "forum": forum(),
    "saved-spa": saved_spa(),
    "policy-in-main": policy_in_main(),
    "policy-in-article": policy_in_article(),
    "policy-in-neither": policy_in_neither(),
    "help-centre": help_centre(),
}

# Written after the extraction code was settled and not used to tune it: how it does on
# shapes it has not seen (bench/bench_main_content.py prints them apart). The link-list
# and site-frame steps were then tuned on these too; page_shapes_blind.py holds shapes
# written before those steps.


def squarespace() -> Page:
    b = _Builder()
    b.page.html = (
        '<!doctype html><html><head><title>Privacy — Loomfield Studio</title></head><body id="collection-5f2" class="">'
        '<div class="Site" data-nc-base="header"><header class="Header Header--top">'
        '<div class="Header-inner">'
        + b.c("Loomfield Studio", "a", ' class="Header-branding"')
        + '<div class="Header-nav Header-nav--primary" data-nc-group="top">'
        + b.links(["Work", "Workshops", "Journal", "Visit"], "a")
        + "</div></div></header>"
        '<div class="Content-outer"><main class="Index" role="main"><section class="Index-page">'
        '<div class="Index-page-content"><div class="sqs-layout sqs-grid-12 columns-12">'
        '<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block">'
        '<div class="sqs-block-content">'
        + b.p("Privacy", "h1")
        + _policy_sections(b, "Loomfield Studio")
        + "</div></div>"
        '<div class="sqs-block newsletter-block"><div class="newsletter-form-wrapper">'
        + b.c("Join our mailing list for workshop dates", "h2")
        + b.c("Sign Up", "span")
        + "</div></div></div></div></div></div></section></main>"
        '<footer class="Footer" role="contentinfo" data-nc-base="footer">'
        + b.c("Loomfield Studio, Mill Lane, Hebden Bridge", "p")
        + "</footer></div></div></body></html>"
    )
    return b.page


def mediawiki() -> Page:
    b = _Builder()
    b.page.html = (
        '<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><title>Privacy policy - Birdwatch Wiki</title></head>'
        '<body class="mediawiki ltr sitedir-ltr skin-vector">'
        '<div id="mw-page-base" class="noprint"></div><div id="content" class="mw-body" role="main">'
        + b.p("Privacy policy", "h1", ' id="firstHeading" class="firstHeading"')
        + '<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">'
        + b.c("From Birdwatch Wiki, the field guide anyone can edit", "span")
        + '</div><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">'
        + _policy_sections(b, "Birdwatch Wiki")
        + '</div></div><div id="catlinks" class="catlinks">'
        + b.c("Categories: Site policies | Legal", "div")
        + "</div></div></div>"
        '<div id="mw-navigation"><div id="mw-panel" class="vector-legacy-sidebar">'
        '<div class="portal" role="navigation" id="p-navigation">'
        + b.links(["Main page", "Recent changes", "Random bird"])
        + '</div><div class="portal" id="p-tb">'
        + b.c("Tools", "h3")
        + b.links(["What links here", "Related changes", "Printable version"])
        + "</div></div></div>"
        '<div id="footer" class="mw-footer" role="contentinfo">'
        + b.c("This page was last edited on 3 March 2025, at 10:14.", "li")
        + b.links(["Disclaimers", "Mobile view"])
        + "</div></body></html>"
    )
    return b.page


def ghost_blog() -> Page:
    b = _Builder()
    b.page.html = (
        '<!DOCTYPE html><html lang="en"><head><title>Privacy Policy</title>'
        '<meta property="og:site_name" content="The Slow Runner"></head><body class="page-template page-privacy">'
        '<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">'
        + b.c("The Slow Runner", "a", ' class="gh-head-logo"')
        + '<nav class="gh-head-menu"><ul class="nav">'
        + b.links(["Home", "Training plans", "Gear", "Members"])
        + '</ul></nav><div class="gh-head-actions">'
        + b.c("Subscribe", "a", ' class="gh-head-button"')
        + "</div></div></header>"
        '<div class="site-content"><main id="site-main" class="site-main">'
        '<article class="article page no-image"><header class="article-header gh-canvas">'
        + b.p("Privacy Policy", "h1", ' class="article-title"')
        + '</header><section class="gh-content gh-canvas">'
        + _policy_sections(b, "The Slow Runner")
        + "</section></article></main>"
        '<section class="footer-cta outer"><div class="inner">'
        + b.c("Sign up for The Slow Runner", "h2", ' class="footer-cta-title"')
        + b.c("Weekly training notes, no spam, unsubscribe any time", "p")
        + "</div></section></div>"
        '<footer class="site-footer outer"><div class="inner">'
        + b.c("The Slow Runner 2025", "section", ' class="copyright"')
        + b.c("Powered by Ghost", "div", ' class="gh-powered-by"')
        + "</div></footer></div></body></html>"
    )
    return b.page


def bootstrap_app() -> Page:
    b = _Builder()
    b.page.html = (
        "<html><head><title>Tallyho | Privacy</title></head><body>"
        '<div class="navbar navbar-expand-lg navbar-light bg-light fixed-top"><div class="container">'
        + b.c("Tallyho", "a", ' class="navbar-brand"')
        + '<div class="collapse navbar-collapse" id="navbarNav"><ul class="navbar-nav ms-auto">'
        + b.links(["Pricing", "Integrations", "Log in"])
        + "</ul></div></div></div>"
        '<div class="container py-5"><div class="row"><div class="col-lg-3 d-none d-lg-block">'
        '<div class="list-group sticky-top">'
        + b.links(["Terms", "Privacy", "Acceptable use", "Sub-processors"], "a")
        + '</div></div><div class="col-lg-9">'
        + b.p("Tallyho Privacy Policy", "h1", ' class="display-5"')
        + _policy_sections(b, "Tallyho", bold_headings=True)
        + "</div></div></div>"
        '<div class="toast-container position-fixed bottom-0 end-0 p-3"><div class="toast show">'
        + b.c("New: connect Tallyho to your accounting software", "div", ' class="toast-body"')
        + "</div></div>"
        '<div class="bg-dark text-white py-4"><div class="container">'
        + b.c("Made with care in Leith. Tallyho Ltd, company 0420042.", "small")
        + "</div></div></body></html>"
    )
    return b.page


HELD_OUT_PAGES = {
    "squarespace": squarespace(),
    "mediawiki": mediawiki(),
    "ghost-blog": ghost_blog(),
    "bootstrap-app": bootstrap_app(),
}

_MARKUP = re.compile(r"[#*|_>`]+")


def normalise(text: str) -> str:
    """Lower case, markdown markers and tags removed, whitespace collapsed."""
    return " ".join(_MARKUP.sub(" ", _strip_tags(text)).lower().split())


def leak_and_loss(text: str, page: Page) -> tuple[float, float]:
    """(share of chrome words leaked into `text`, share of policy words lost from it)."""
    found = normalise(text)

    def share(pieces: list[str], present: bool) -> float:
        words = [(len(normalise(piece).split()), normalise(piece)) for piece in pieces]
        total = sum(count for count, _ in words)
        hit = sum(count for count, piece in words if (piece in found) == present)
        return hit / total if total else 0.0

    # A chrome piece also found in the policy ("Privacy Policy" in a breadcrumb) cannot leak.
    policy_text = normalise(" ".join(page.policy))
    chrome = [piece for piece in page.chrome if normalise(piece) not in policy_text]
    return share(chrome, True), share(page.policy, False)
