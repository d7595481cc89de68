"""Eight more web page shapes, written blind: before the chrome-removal heuristics
(`summarizer/text/webpage.py`, `site_frame.py`, `html_text.py`, `link_lists.py`,
`invisible.py`) were read in this round, and never used to tune them before they were
first measured (`bench/bench_main_content.py` prints them as their own group).

They follow markup the systems really emit and differ from `page_shapes.py` and
`page_shapes_blind.py`: a Squarespace 7.1 page (fluid-engine blocks, a footer made of
page sections, a mobile menu overlay), a Webflow page (rich-text block, a newsletter form
whose success and failure messages are hidden by the stylesheet, not inline), a Notion
page published to the web (no semantic tags at all: every block a div), a Zendesk Guide
help-centre article (votes, section sidebar, related articles, comments), a marketing site
with a Termly-generated policy embedded (divs and spans with inline styles, `<bdt>`
tags, no <p>), a Docusaurus docs page (hash links, an admonition, a code block, a
mobile "On this page" toggle, pagination), a WooCommerce Storefront page (store notice,
cart widget, handheld footer bar, a CookieYes banner with a preference centre) and a
Framer page (every breakpoint's navigation rendered and hidden by CSS, a handover JSON
blob). Each has its own policy text, so a rule tuned to one wording cannot score here.
Tables of contents that repeat the policy's headings are registered as neither policy
nor chrome (they are harmless either way).

`BLIND2_PAGES` maps a shape name to a `page_shapes.Page`.
"""

from __future__ import annotations

from page_shapes import Page, _Builder


def _icon(title: str = "", b: _Builder | None = None) -> str:
    """An inline SVG icon; with a <title> (registered as chrome) when `b` is given."""
    label = b.c(title, "title") if b is not None and title else ""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="20" height="20" '
        'fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true" focusable="false">'
        f'{label}<path d="M4 6h16M4 12h16M4 18h16" stroke-linecap="round"></path></svg>'
    )


def _loose(b: _Builder, text: str) -> str:
    """Chrome text with no element of its own (inside a script, or beside other text)."""
    b.page.chrome.append(text)
    return text


def squarespace_71() -> Page:
    b = _Builder()
    nav = ["Shop", "Classes", "Commissions", "About", "Contact"]

    def html_block(inner: str) -> str:
        return (
            '<div class="fe-block fe-block-yui_3_17_2_1_1712" style="grid-area: 2/2/12/26">'
            '<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1712">'
            '<div class="sqs-block-content"><div class="sqs-html-content">'
            + inner
            + "</div></div></div></div>"
        )

    policy = html_block(
        b.p("Privacy Notice", "h1", ' style="white-space:pre-wrap;"')
        + b.p(
            "Kiln & Clay Ceramics is a two-person pottery studio. We only ask for the information we need to sell you pots and run our classes.",
            "p",
            ' class="" style="white-space:pre-wrap;"',
        )
        + b.p("What we ask for", "h3")
        + b.p(
            "Booking a class: your name, email, phone number and whether you have any mobility needs we should plan for.",
            "p",
            ' class="" style="white-space:pre-wrap;"',
        )
        + b.p(
            "Buying from the shop: your name, shipping address and email. Payments are taken by Squarespace Commerce and Stripe, and we never see your card number.",
            "p",
            ' class="" style="white-space:pre-wrap;"',
        )
        + b.p("Analytics", "h3")
        + b.p(
            "Squarespace records which pages are visited and roughly where visitors are, using cookies. We look at these totals to decide which classes to run.",
            "p",
            ' class="" style="white-space:pre-wrap;"',
        )
        + b.p("How long we keep things", "h3")
        + b.p(
            "Class registers are kept for one year for our insurer. Order records are kept for six years because the tax office asks us to.",
            "p",
            ' class="" style="white-space:pre-wrap;"',
        )
        + b.p("Your choices", "h3")
        + b.p(
            "Email hello@kilnandclay.example to see, correct or delete what we hold about you. You can also turn off analytics cookies in the cookie banner.",
            "p",
            ' class="" style="white-space:pre-wrap;"',
        )
    )
    b.page.html = (
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Privacy Notice \u2014 Kiln & Clay Ceramics</title>'
        '<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Kiln & Clay Ceramics",'
        + '"announcementBarSettings":{"text":"'
        + _loose(b, "Spring class bookings are now open")
        + '"}},"collection":{"title":"Privacy Notice"}};</script>'
        '</head><body id="collection-64f0" class="header-overlay-alignment-center tweak-transition-effect-fade">'
        '<div id="siteWrapper" class="clearfix site-wrapper">'
        '<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">'
        '<div class="sqs-announcement-bar-dropzone"><div class="header-announcement-bar-wrapper">'
        '<div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">'
        + b.c("Spring class bookings are now open \u2192", "p")
        + "</div>"
        '<span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span></div>'
        '<div class="header-inner container--fluid header-mobile-layout-logo-center-nav-left">'
        '<div class="header-display-desktop" data-content-order="header-firstOrder-nav">'
        '<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">'
        + b.c('<a href="/">Kiln & Clay</a>', "div", ' class="header-title-text"')
        + '</div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">'
        + "".join(
            '<div class="header-nav-item header-nav-item--collection">'
            + b.c(f'<a href="/{w.lower()}" data-animation-role="header-element">{w}</a>', "span")
            + "</div>"
            for w in nav
        )
        + "</nav></div></div></div>"
        '<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--social">'
        + '<a class="icon icon--fill" href="https://instagram.com/kilnandclay" target="_blank" aria-label="Instagram">'
        + _icon("Instagram", b)
        + "</a></div>"
        '<div class="header-actions-action header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke">'
        + _icon()
        + b.c("0 items in cart", "span", ' class="sqs-cart-quantity"')
        + "</a></div></div></div></div>"
        '<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">'
        '<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">'
        + b.c("Open Menu", "span")
        + "</span></button></div></div></div>"
        '<div class="header-menu header-menu--folder-list" data-section-theme="white" data-current-styles="{}">'
        '<div class="header-menu-bg theme-bg--primary"></div><div class="header-menu-nav"><nav class="header-menu-nav-list">'
        '<div data-folder="root" class="header-menu-nav-folder header-menu-nav-folder--active"><div class="header-menu-nav-folder-content">'
        '<div class="header-menu-nav-wrapper">'
        + "".join(
            '<div class="container header-menu-nav-item header-menu-nav-item--collection">'
            + b.c(
                f'<a href="/{w.lower()}"><div class="header-menu-nav-item-content">{w}</div></a>',
                "div",
            )
            + "</div>"
            for w in nav
        )
        + "</div></div></div></nav></div>"
        '<div class="header-menu-cta">'
        + b.c(
            "Book a class",
            "a",
            ' class="theme-btn--primary btn sqs-button-element--primary" href="/classes"',
        )
        + "</div></div></header>"
        '<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f0">'
        '<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64f0a1">'
        '<div class="section-border"><div class="section-background"></div></div>'
        '<div class="content-wrapper" style=""><div class="content"><div data-fluid-engine="true">'
        '<div class="fluid-engine fe-64f0a1">' + policy + "</div></div></div></div></section>"
        '<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--narrow light" data-section-id="64f0a2">'
        '<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-64f0a2">'
        '<div class="fe-block"><div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content">'
        '<div class="sqs-block-button-container sqs-block-button-container--center">'
        + b.c(
            "Back to the shop",
            "a",
            ' href="/shop" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element"',
        )
        + "</div></div></div></div></div></div></div></div></section>"
        "</article></main>"
        '<footer class="sections" id="footer-sections" data-footer-sections>'
        '<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide black" data-section-id="footer1">'
        '<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-footer1">'
        '<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">'
        + b.c("Visit the studio", "h4", ' style="white-space:pre-wrap;"')
        + b.c(
            "Unit 4, Tannery Yard, Frome BA11 1BE", "p", ' class="" style="white-space:pre-wrap;"'
        )
        + b.c(
            "Open Thursday to Saturday, 10am to 4pm", "p", ' class="" style="white-space:pre-wrap;"'
        )
        + "</div></div></div></div>"
        '<div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">'
        '<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">'
        '<form class="newsletter-form" data-form-id="64f0nl" autocomplete="on" method="POST" novalidate>'
        '<header class="newsletter-form-header">'
        + b.c("Kiln notes", "h2", ' class="newsletter-form-header-title"')
        + b.c(
            "<p>Firing dates, seconds sales and new class terms, about once a month.</p>",
            "div",
            ' class="newsletter-form-header-description"',
        )
        + "</header>"
        '<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required">'
        + b.c(
            "Email Address", "label", ' class="newsletter-form-field-label title" for="email-yui"'
        )
        + '<input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false" placeholder="Email Address">'
        "</div></div>"
        '<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up">'
        + b.c("Sign Up", "span", ' class="newsletter-form-spinner-wrapper sqs-spin light"')
        + "</button></div></div>"
        + b.c("Thank you! You are on the list.", "div", ' class="newsletter-form-footnote" hidden')
        + "</form></div></div></div></div>"
        '<div class="fe-block"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content">'
        '<div class="sqs-svg-icon--outer social-icon-alignment-center social-icons-color-white"><nav class="sqs-svg-icon--list">'
        + '<a href="https://instagram.com/kilnandclay" target="_blank" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram">'
        + _icon("Instagram", b)
        + "</a>"
        + '<a href="https://pinterest.com/kilnandclay" target="_blank" class="sqs-svg-icon--wrapper pinterest" aria-label="Pinterest">'
        + _icon("Pinterest", b)
        + "</a></nav></div></div></div></div>"
        '<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">'
        + b.c(
            '<a href="/privacy">Privacy</a> \u00b7 <a href="/terms">Terms of sale</a> \u00b7 <a href="/returns">Returns</a>',
            "p",
            ' class="sqsrte-small" style="white-space:pre-wrap;"',
        )
        + b.c(
            "\u00a9 2025 Kiln & Clay Ceramics",
            "p",
            ' class="sqsrte-small" style="white-space:pre-wrap;"',
        )
        + "</div></div></div></div>"
        "</div></div></div></div></section></footer></div>"
        '<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar" role="region" aria-label="Cookie banner">'
        '<div class="sqs-cookie-banner-v2-content"><div class="sqs-cookie-banner-v2-text">'
        + b.c(
            "We use cookies to understand how you use our site and to improve your experience.",
            "p",
        )
        + "</div>"
        '<div class="sqs-cookie-banner-v2-cta-container">'
        + b.c("Manage cookies", "button", ' class="sqs-cookie-banner-v2-manage"')
        + b.c("Decline", "button", ' class="sqs-cookie-banner-v2-decline"')
        + b.c("Accept", "button", ' class="sqs-cookie-banner-v2-accept"')
        + "</div></div></div></div>"
        '<script type="application/ld+json">{"@context":"http://schema.org","@type":"LocalBusiness","name":"Kiln & Clay Ceramics","address":"Unit 4, Tannery Yard, Frome"}</script>'
        "</body></html>"
    )
    return b.page


def webflow() -> Page:
    b = _Builder()
    nav = ["Platform", "Customers", "Pricing", "Blog"]

    def rt(text: str, tag: str = "p") -> str:
        return b.p(text, tag)

    b.page.html = (
        "<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->"
        '<html data-wf-domain="www.parcelwise.example" data-wf-page="65a1f0" data-wf-site="65a1e9" lang="en">'
        '<head><meta charset="utf-8"><title>Privacy Policy | Parcelwise</title>'
        '<link href="https://cdn.prod.website-files.com/65a1e9/css/parcelwise.webflow.shared.css" rel="stylesheet" type="text/css">'
        '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script>'
        "</head><body>"
        '<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">'
        '<div class="nav-container w-container">'
        '<a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="https://cdn.prod.website-files.com/65a1e9/logo.svg" loading="lazy" alt="Parcelwise logo" class="logo"></a>'
        '<nav role="navigation" class="nav-menu w-nav-menu">'
        + "".join(b.c(w, "a", f' href="/{w.lower()}" class="nav-link w-nav-link"') for w in nav)
        + '<div data-hover="true" data-delay="0" class="nav-dropdown w-dropdown">'
        '<div class="nav-dropdown-toggle w-dropdown-toggle"><div class="w-icon-dropdown-toggle"></div>'
        + b.c("Resources", "div")
        + '</div><nav class="nav-dropdown-list w-dropdown-list">'
        + "".join(
            b.c(
                w,
                "a",
                f' href="/{w.lower().replace(" ", "-")}" class="dropdown-link w-dropdown-link"',
            )
            for w in ["Help centre", "API docs", "Carrier directory"]
        )
        + "</nav></div>"
        + b.c(
            "Log in",
            "a",
            ' href="https://app.parcelwise.example/login" class="nav-link login w-nav-link"',
        )
        + b.c("Book a demo", "a", ' href="/demo" class="button nav-button w-button"')
        + "</nav>"
        '<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>'
        "</div></div>"
        '<section class="section-hero legal"><div class="container-small w-container">'
        + b.p("Privacy Policy", "h1", ' class="heading-legal"')
        + b.c("Legal", "div", ' class="eyebrow"')
        + b.p("Last updated 2 February 2025", "div", ' class="legal-date"')
        + "</div></section>"
        '<section class="section-legal"><div class="container-small w-container"><div class="legal-wrapper">'
        '<div class="legal-rich-text w-richtext">'
        + rt(
            "Parcelwise helps online shops compare carriers and print shipping labels. This policy covers the people who use our dashboard and the shoppers whose parcels pass through it."
        )
        + rt("Merchants", "h2")
        + rt(
            "When a merchant signs up we collect their name, business email, company address and the carrier accounts they connect."
        )
        + rt("Shoppers", "h2")
        + rt(
            "To create a label we receive the recipient's name, delivery address, phone number and parcel weight from the merchant's store. We act as the merchant's processor for this data."
        )
        + "<blockquote>"
        + rt(
            "We do not use shopper addresses for our own marketing, and we do not build profiles of shoppers.",
            "span",
        )
        + "</blockquote>"
        + rt("Carriers and other recipients", "h2")
        + '<ul role="list">'
        + rt("the carrier the merchant chooses, to deliver the parcel", "li")
        + rt("our cloud host, which stores data in the European Union", "li")
        + rt("our support tool, when you write to us", "li")
        + "</ul>"
        + '<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/65a1e9/data-flow.png" loading="lazy" alt="Diagram of how an address travels from shop to carrier"></div></figure>'
        + rt("Retention", "h2")
        + rt(
            "Shipment records are deleted 13 months after the label is printed, unless the merchant deletes them sooner."
        )
        + rt("Contact", "h2")
        + rt(
            "Questions about this policy can be sent to privacy@parcelwise.example. Our EU representative is Parcelwise Europe B.V., Keizersgracht 1, Amsterdam."
        )
        + "</div></div></div></section>"
        '<section class="section-cta"><div class="container w-container"><div class="cta-wrapper">'
        + b.c("Ship smarter from day one", "h2", ' class="cta-heading"')
        + b.c("Join 3,000 merchants who print labels in seconds.", "p", ' class="cta-paragraph"')
        + b.c("Start free trial", "a", ' href="/signup" class="button w-button"')
        + "</div></div></section>"
        '<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid">'
        '<div id="w-node-footer-col1" class="footer-column">'
        + b.c("Product", "div", ' class="footer-title"')
        + "".join(
            b.c(w, "a", ' href="#" class="footer-link"')
            for w in ["Label printing", "Rate shopping", "Tracking page"]
        )
        + '</div><div class="footer-column">'
        + b.c("Company", "div", ' class="footer-title"')
        + "".join(
            b.c(w, "a", ' href="#" class="footer-link"')
            for w in ["About us", "Careers", "Press kit"]
        )
        + '</div><div class="footer-column newsletter">'
        + b.c("Shipping tips in your inbox", "div", ' class="footer-title"')
        + '<div class="form-block w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form" aria-label="Newsletter">'
        '<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="you@shop.com" type="email" id="email" required="">'
        '<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>'
        '<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Newsletter success">'
        + b.c("Thank you! Your submission has been received!", "div")
        + '</div><div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure">'
        + b.c("Oops! Something went wrong while submitting the form.", "div")
        + "</div></div></div></div>"
        '<div class="footer-bottom">'
        + b.c(
            "\u00a9 2025 Parcelwise Ltd. Registered in England and Wales, no. 13370042.",
            "div",
            ' class="footer-legal"',
        )
        + '<div class="footer-legal-links">'
        + "".join(
            b.c(w, "a", ' href="#" class="footer-legal-link"')
            for w in ["Terms", "Cookie settings", "Security"]
        )
        + '</div><div class="footer-social">'
        + '<a href="https://www.linkedin.com/company/parcelwise" target="_blank" class="social-link w-inline-block">'
        + _icon("LinkedIn", b)
        + "</a></div></div></div></footer>"
        '<div fs-cc="banner" class="fs-cc-banner_component" style="display:none"><div class="fs-cc-banner_container">'
        + b.c(
            "By clicking \u201cAccept\u201d, you agree to the storing of cookies on your device to enhance site navigation and analyze site usage.",
            "div",
            ' class="fs-cc-banner_text"',
        )
        + '<div class="fs-cc-banner_buttons-wrapper">'
        + b.c(
            "Preferences", "a", ' fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link"'
        )
        + b.c(
            "Deny",
            "a",
            ' fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button"',
        )
        + b.c("Accept", "a", ' fs-cc="allow" href="#" class="fs-cc-banner_button w-button"')
        + "</div></div></div>"
        '<div fs-cc="preferences" class="fs-cc-prefs_component w-form" style="display:none"><form class="fs-cc-prefs_form">'
        + b.c("Privacy Preference Center", "div", ' class="fs-cc-prefs_title"')
        + '<div class="fs-cc-prefs_option">'
        + b.c("Marketing", "div", ' class="fs-cc-prefs_toggle-wrapper"')
        + b.c(
            "These cookies may be set by our advertising partners to build a profile of your interests.",
            "p",
            ' class="fs-cc-prefs_option-text"',
        )
        + "</div>"
        + b.c(
            "Save preferences", "a", ' fs-cc="submit" href="#" class="fs-cc-prefs_submit w-button"'
        )
        + "</form></div>"
        '<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>'
        '<script src="https://cdn.prod.website-files.com/65a1e9/js/webflow.js" type="text/javascript"></script>'
        "</body></html>"
    )
    return b.page


def notion_site() -> Page:
    b = _Builder()
    block_id = iter(range(1000, 2000))

    def block(kind: str, inner: str) -> str:
        return (
            f'<div data-block-id="8c1f{next(block_id)}-aa" class="notion-selectable notion-{kind}-block" '
            'style="width: 100%; max-width: 708px; margin-top: 1px; margin-bottom: 1px;">'
            + inner
            + "</div>"
        )

    def leaf(text: str) -> str:
        return b.p(
            text,
            "div",
            ' spellcheck="true" placeholder=" " data-content-editable-leaf="true" contenteditable="false" '
            'style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; padding: 3px 2px;"',
        )

    def text(t: str) -> str:
        return block(
            "text",
            '<div style="color: inherit; fill: inherit;"><div style="display: flex;">'
            + leaf(t)
            + "</div></div>",
        )

    def heading(t: str) -> str:
        return block(
            "sub_header",
            '<div style="display: flex; width: 100%; color: inherit; fill: inherit;">'
            + b.p(
                t,
                "h3",
                ' spellcheck="true" placeholder="Heading 2" data-content-editable-leaf="true" contenteditable="false" '
                'style="max-width: 100%; width: 100%; white-space: pre-wrap; font-weight: 600; font-size: 1.5em;"',
            )
            + "</div>",
        )

    def bullet(t: str) -> str:
        return block(
            "bulleted_list",
            '<div style="display: flex; align-items: flex-start; width: 100%; padding-left: 2px;">'
            '<div contenteditable="false" class="pseudoSelection" style="user-select: none; margin-right: 2px; width: 24px;">'
            '<div class="pseudoBefore" style="font-size: 1.5em; line-height: 1; margin-bottom: 0px;">\u2022</div></div>'
            '<div style="flex: 1 1 0px; min-width: 1px; display: flex; flex-direction: column;"><div style="display: flex;">'
            + leaf(t)
            + "</div></div></div>",
        )

    toc = "".join(
        f'<a href="#8c1f-h{i}" rel="noopener noreferrer" class="notion-link" style="display: block;"><div style="padding: 6px 2px; font-size: 14px;">{t}</div></a>'
        for i, t in enumerate(
            ["What we collect", "What we do with it", "Who else sees it", "Deleting your data"]
        )
    )
    content = (
        block(
            "table_of_contents",
            '<div contenteditable="false" class="notion-table_of_contents-block" role="navigation" aria-label="Table of contents">'
            + toc
            + "</div>",
        )
        + text(
            "Hollow Pine is a volunteer-run app that reminds people to water their houseplants. This page says what it stores and why. It is written in plain words on purpose."
        )
        + block(
            "callout",
            '<div role="note" style="display: flex; border-radius: 4px; background: rgb(241, 241, 239); padding: 16px 16px 16px 12px;">'
            '<div class="notion-record-icon" role="img" aria-label="\U0001f4a1" style="user-select: none;"><span style="font-size: 21.6px;">\U0001f4a1</span></div>'
            '<div style="display: flex; flex-direction: column; min-width: 0px; margin-left: 8px; width: 100%;">'
            + leaf(
                "Short version: we keep your plant list and your email, nothing else, and we never sell either."
            )
            + "</div></div>",
        )
        + heading("What we collect")
        + bullet("Your email address, so you can sign in and get reminders")
        + bullet("The names, photos and watering schedules of the plants you add")
        + bullet("Crash reports from the app, which include your phone model and app version")
        + heading("What we do with it")
        + text(
            "We use your plant list to send reminders at the times you choose. Crash reports go to the two volunteers who fix bugs."
        )
        + heading("Who else sees it")
        + text(
            "Reminder emails are sent through Postmark, and the database runs on Supabase in Ireland. Nobody else gets your data."
        )
        + block(
            "divider",
            '<div style="display: flex; align-items: center; height: 13px;"><div role="separator" style="width: 100%; height: 1px; border-bottom: 1px solid rgba(55, 53, 47, 0.16);"></div></div>',
        )
        + heading("Deleting your data")
        + text(
            "Tap Settings, then Delete account, and everything is erased from our database within 24 hours. Backups roll over after 14 days."
        )
        + text("Questions? Email plants@hollowpine.example.")
    )
    b.page.html = (
        '<!DOCTYPE html><html lang="en" class="notion-html"><head><title>Hollow Pine privacy</title>'
        '<meta name="description" content="Built with Notion, the all-in-one connected workspace with publishing capabilities.">'
        '<script>window.CONFIG = {"env":"production","isAdminMode":false,"publicDomainName":"hollowpine.notion.site"};</script>'
        '</head><body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color: rgb(55, 53, 47); fill: currentcolor;">'
        '<div style="height: 100%;"><div class="notion-cursor-listener" style="width: 100vw; height: 100%; position: relative; display: flex; flex: 1 1 0%;">'
        '<div class="notion-frame" style="flex-grow: 0; flex-shrink: 1; display: flex; flex-direction: column; height: 100vh; position: relative; width: 100%;">'
        '<div class="notion-topbar" style="width: 100%; max-width: 100vw; height: 45px; opacity: 1; transition: opacity 700ms; position: relative; z-index: 100;">'
        '<div style="display: flex; justify-content: space-between; align-items: center; height: 45px; padding-left: 12px; padding-right: 10px;">'
        '<div class="notion-topbar-breadcrumb" style="display: flex; align-items: center; min-width: 0px;">'
        '<div role="button" tabindex="0" class="notion-focusable" style="user-select: none; display: inline-flex; align-items: center;">'
        '<div class="notion-record-icon notranslate" role="img" aria-label="\U0001fab4"><span>\U0001fab4</span></div>'
        + b.c(
            "Hollow Pine",
            "div",
            ' class="notranslate" style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 160px;"',
        )
        + '</div><span style="margin-left: 2px; margin-right: 2px; color: rgba(55, 53, 47, 0.4);">/</span>'
        '<div role="button" tabindex="0" class="notion-focusable" style="user-select: none; display: inline-flex; align-items: center;">'
        + b.c("Help and legal", "div", ' class="notranslate" style="white-space: nowrap;"')
        + "</div></div>"
        '<div class="notion-topbar-share-menu" style="display: flex; align-items: center;">'
        + '<div role="button" tabindex="0" aria-label="Search" class="notion-focusable" style="display: inline-flex;">'
        + _icon()
        + "</div>"
        + b.c(
            "Duplicate",
            "div",
            ' role="button" tabindex="0" class="notion-focusable" style="display: inline-flex; font-size: 14px;"',
        )
        + b.c(
            "Get Notion free",
            "div",
            ' role="button" tabindex="0" class="notion-focusable" style="display: inline-flex; font-size: 14px; color: white; background: rgb(35, 131, 226);"',
        )
        + "</div></div></div>"
        '<main class="notion-frame-content" style="display: flex; flex-direction: column; flex-grow: 1;"><div class="notion-scroller vertical" style="z-index: 1; display: flex; flex-direction: column; overflow: hidden auto;">'
        '<div class="pseudoSelection" contenteditable="false" style="user-select: none;"><div class="notion-page-controls" style="display: flex; justify-content: flex-start; flex-wrap: wrap;"></div></div>'
        '<div style="padding-left: calc(96px + env(safe-area-inset-left)); padding-right: calc(96px + env(safe-area-inset-right)); max-width: 100%; width: 900px;">'
        '<div data-block-id="8c1f-page" class="notion-selectable notion-page-block" style="color: rgb(55, 53, 47); font-weight: 700; line-height: 1.2; font-size: 40px; cursor: text; display: flex; align-items: center;">'
        + b.p(
            "Privacy at Hollow Pine",
            "h1",
            ' class="notranslate" spellcheck="true" placeholder="Untitled" data-content-editable-leaf="true" contenteditable="false" style="max-width: 100%; width: 100%; white-space: pre-wrap;"',
        )
        + "</div>"
        '<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%; display: flex; align-items: flex-start; flex-direction: column; font-size: 16px; line-height: 1.5; width: 100%; z-index: 4; padding-bottom: 30vh;">'
        + content
        + "</div></div></div></main></div></div></div>"
        '<div class="notion-overlay-container notion-default-overlay-container" style="position: fixed; inset: 0px; z-index: 999; pointer-events: none;">'
        '<div style="position: fixed; bottom: 16px; right: 16px; pointer-events: auto;">'
        '<div role="dialog" aria-label="Made with Notion" class="notion-focusable" style="display: flex; padding: 8px 12px; border-radius: 8px; box-shadow: rgba(15, 15, 15, 0.1) 0px 0px 0px 1px;">'
        + b.c(
            "Made with Notion, the all-in-one workspace for your notes, tasks, wikis, and databases.",
            "div",
            ' style="font-size: 12px;"',
        )
        + b.c("Try it free", "div", ' role="button" style="color: rgb(35, 131, 226);"')
        + "</div></div></div>"
        '<div class="notion-cookie-consent" style="position: fixed; bottom: 0px; left: 0px; right: 0px; z-index: 1000;">'
        + b.c(
            "Notion uses cookies to make our products work and to improve them. You can change your cookie preferences at any time.",
            "div",
            ' style="font-size: 14px;"',
        )
        + b.c("Accept all", "div", ' role="button" tabindex="0"')
        + b.c("Reject non-essential", "div", ' role="button" tabindex="0"')
        + b.c("Cookie settings", "div", ' role="button" tabindex="0"')
        + "</div></div></div>"
        '<script>window.__pageData = {"pageId":"8c1f","title":"Privacy at Hollow Pine","spaceName":"Hollow Pine"};</script>'
        "</body></html>"
    )
    return b.page


def zendesk_guide() -> Page:
    b = _Builder()
    section_articles = [
        "How do I export my invoices?",
        "Changing the email on your account",
        "What happens when I cancel?",
        "How we handle your personal data",
    ]
    b.page.html = (
        '<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>How we handle your personal data \u2013 Ledgerly Help Centre</title>'
        '<script type="text/javascript">window.HelpCenter = {"account":{"subdomain":"ledgerly"},"user":{"role":"anonymous"},"internal":{"current_session":{"locale":"en-gb"}}};</script>'
        '</head><body class="">'
        + b.c(
            "Skip to main content",
            "a",
            ' class="skip-navigation" tabindex="1" href="#main-content"',
        )
        + '<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/hc/theming_assets/logo.png" alt="Ledgerly Help Centre home page"></a></div>'
        '<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">'
        + b.c('<a href="https://ledgerly.example">Back to Ledgerly</a>', "li")
        + b.c(
            '<a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a>', "li"
        )
        + "</ul></nav>"
        + b.c(
            "Sign in",
            "a",
            ' class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button" href="/hc/en-gb/signin"',
        )
        + "</div>"
        '<div class="nav-wrapper-mobile"><button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false" aria-label="Toggle navigation menu">'
        + _icon()
        + '</button><nav class="menu-list-mobile" id="user-nav-mobile" aria-expanded="false"><ul class="menu-list-mobile-items">'
        + b.c(
            '<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a>',
            "li",
            ' class="item"',
        )
        + '<li class="nav-divider"></li>'
        + b.c('<a href="https://ledgerly.example">Back to Ledgerly</a>', "li", ' class="item"')
        + b.c(
            '<a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a>',
            "li",
            ' class="item"',
        )
        + "</ul></nav></div></header>"
        '<main role="main"><div class="container-divider"></div><div class="container">'
        '<div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">'
        + b.c(
            '<a href="/hc/en-gb" title="Ledgerly Help Centre">Ledgerly Help Centre</a>',
            "li",
            ' title="Ledgerly Help Centre"',
        )
        + b.c(
            '<a href="/hc/en-gb/categories/36" title="Account and billing">Account and billing</a>',
            "li",
            ' title="Account and billing"',
        )
        + b.c(
            '<a href="/hc/en-gb/sections/44" title="Your account">Your account</a>',
            "li",
            ' title="Your account"',
        )
        + "</ol></nav>"
        '<div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"></circle></svg>'
        '<form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="\u2713" autocomplete="off">'
        '<input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search"></form></div></div>'
        '<div class="article-container" id="article-container">'
        '<aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar" aria-expanded="false">'
        '<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">'
        + _icon()
        + "</button>"
        + b.c(
            "Articles in this section",
            "h2",
            ' id="section-articles-title" class="collapsible-sidebar-title sidenav-title"',
        )
        + '<div class="collapsible-sidebar-body"><ul>'
        + "".join(
            b.c(f'<a href="/hc/en-gb/articles/{i}" class="sidenav-item">{t}</a>', "li")
            for i, t in enumerate(section_articles[:-1])
        )
        + '<li><a href="/hc/en-gb/articles/9" class="sidenav-item current-article" aria-current="page">How we handle your personal data</a></li>'
        + "</ul>"
        + b.c("See more", "a", ' href="/hc/en-gb/sections/44" class="article-sidebar-item"')
        + "</div></div></aside>"
        '<article id="main-content" class="article"><header class="article-header">'
        + b.p(
            "How we handle your personal data",
            "h1",
            ' title="How we handle your personal data" class="article-title"',
        )
        + '<div class="article-author"><div class="avatar article-avatar"><img src="https://ledgerly.zendesk.com/system/photos/agent.png" alt="" class="user-avatar"></div>'
        '<div class="article-meta">'
        + b.c(
            '<a href="/hc/en-gb/profiles/123-Priya-Nair">Priya Nair</a>',
            "span",
            ' class="article-meta-name"',
        )
        + '<ul class="meta-group">'
        + b.c(
            '<time datetime="2024-11-18T09:12:44Z" title="2024-11-18 09:12" data-datetime="relative">3 months ago</time>',
            "li",
            ' class="meta-data"',
        )
        + b.c("Updated", "li", ' class="meta-data"')
        + "</ul></div></div>"
        '<div class="article-subscribe">'
        + b.c(
            "Follow",
            "button",
            ' class="button" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" title="Opens a sign-in dialogue"',
        )
        + "</div></header>"
        '<section class="article-info"><div class="article-content"><div class="article-body">'
        + b.p(
            "Ledgerly is bookkeeping software for sole traders. This article summarises our privacy notice; the full legal text is linked at the end."
        )
        + b.p("What we hold", "h2", ' id="h_01HF2"')
        + b.p(
            "We hold the details on your account (name, email, business name and address) and the financial records you upload: bank transactions, receipts and invoices."
        )
        + b.p(
            "If you connect your bank, we receive your transactions through our open banking provider for as long as the connection stays active."
        )
        + b.p("Who can see your books", "h2", ' id="h_01HF3"')
        + b.p(
            "Only you and the accountants you invite can see your books. Our support team can see them only when you grant access from the Settings page, and that access ends after 7 days."
        )
        + '<div class="callout callout--warning">'
        + b.p("<strong>Note:</strong> we never ask for your bank password by email or phone.")
        + "</div>"
        + b.p("Keeping and deleting", "h2", ' id="h_01HF4"')
        + b.p(
            "HMRC requires us to keep your records for six years after the tax year they relate to. After that, or when you close your account and the six years have passed, we delete them."
        )
        + b.p(
            'Read the full <a href="https://ledgerly.example/legal/privacy">privacy notice</a> or contact our data protection officer at dpo@ledgerly.example.'
        )
        + "</div>"
        '<div class="article-attachments"><ul class="attachments"></ul></div></div>'
        '<div class="article-footer"><div class="article-share"><ul class="share">'
        + "".join(
            f'<li><a href="https://www.{net.lower()}.com/share?u=https%3A%2F%2Fhelp.ledgerly.example" class="share-{net.lower()}" aria-label="{net}">'
            + _icon(net, b)
            + "</a></li>"
            for net in ["Facebook", "Twitter", "LinkedIn"]
        )
        + "</ul></div>"
        + b.c("Return to top", "a", ' href="#article-container" class="article-return-to-top"')
        + "</div>"
        '<div class="article-votes">'
        + b.c(
            "Was this article helpful?",
            "h2",
            ' class="article-votes-question" id="article-votes-label"',
        )
        + '<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">'
        + b.c(
            "Yes",
            "button",
            ' type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful" aria-pressed="false"',
        )
        + b.c(
            "No",
            "button",
            ' type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful" aria-pressed="false"',
        )
        + "</div>"
        + b.c("14 out of 22 found this helpful", "small", ' class="article-votes-count"')
        + "</div>"
        '<div class="article-more-questions">'
        + b.c('Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a>', "div")
        + "</div>"
        '<div class="article-relatives"><div data-recent-articles><section class="recent-articles">'
        + b.c("Recently viewed articles", "h2")
        + '<ul class="recent-articles-list">'
        + b.c('<a href="/hc/en-gb/articles/2">What happens when I cancel?</a>', "li")
        + "</ul></section></div>"
        '<div data-related-articles><section class="related-articles">'
        + b.c("Related articles", "h2", ' class="related-articles-title"')
        + "<ul>"
        + b.c(
            '<a href="/hc/en-gb/related/click?data=a" rel="nofollow">Can my accountant see my bank feed?</a>',
            "li",
        )
        + b.c(
            '<a href="/hc/en-gb/related/click?data=b" rel="nofollow">Two-factor authentication</a>',
            "li",
        )
        + "</ul></section></div></div>"
        '<div class="article-comments" id="article-comments"><section class="comments">'
        '<header class="comment-overview">'
        + b.c("Comments", "h2", ' class="comment-heading"')
        + b.c("0 comments", "p", ' class="comment-callout"')
        + "</header>"
        + b.c(
            'Please <a data-auth-action="signin" rel="nofollow" href="/hc/en-gb/signin">sign in</a> to leave a comment.',
            "p",
            ' class="comment-callout"',
        )
        + "</section></div></section></article></div></div></main>"
        '<footer class="footer"><div class="footer-inner">'
        + b.c('<a title="Home" href="/hc/en-gb">Ledgerly Help Centre</a>', "div")
        + '<div class="footer-language-selector">'
        + b.c("English (GB)", "button", ' class="dropdown-toggle" aria-haspopup="true"')
        + '<span class="dropdown-menu dropdown-menu-end" role="menu">'
        + b.c(
            "Fran\u00e7ais",
            "a",
            ' href="/hc/change_language/fr" dir="ltr" rel="nofollow" role="menuitem"',
        )
        + "</span></div>"
        + b.c(
            '<a href="https://www.zendesk.co.uk/service/help-center/" target="_blank">Powered by Zendesk</a>',
            "div",
            ' class="powered-by-zendesk"',
        )
        + "</div></footer>"
        '<div id="launcher-frame-container" role="complementary" aria-label="Help">'
        + b.c(
            "Help",
            "button",
            ' id="launcher" class="launcher-button" style="position: fixed; bottom: 16px; right: 16px;"',
        )
        + "</div>"
        '<script src="//static.zdassets.com/hc/assets/en-gb.3ad4.js"></script>'
        "</body></html>"
    )
    return b.page


def termly_embed() -> Page:
    b = _Builder()

    def span_text(text: str) -> str:
        return (
            '<span style="color: rgb(89, 89, 89); font-size: 15px;"><span data-custom-class="body_text">'
            + text
            + "</span></span>"
        )

    def para(text: str) -> str:
        return (
            b.p(span_text(text), "div", ' style="line-height: 1.5;"')
            + '<div style="line-height: 1.5;"><br></div>'
        )

    def head(number: int, text: str) -> str:
        return (
            b.p(
                f'<strong><span style="font-size: 15px;"><span data-custom-class="heading_1">{number}. {text}</span></span></strong>',
                "div",
                f' id="section{number}" style="line-height: 1.5;"',
            )
            + '<div style="line-height: 1.5;"><br></div>'
        )

    def in_short(text: str) -> str:
        return (
            b.p(
                '<span style="color: rgb(127, 127, 127); font-size: 15px;"><span data-custom-class="body_text">'
                "<strong><em>In Short: </em></strong><em>" + text + "</em></span></span>",
                "div",
                ' style="line-height: 1.5;"',
            )
            + '<div style="line-height: 1.5;"><br></div>'
        )

    def item(text: str) -> str:
        return b.p(
            '<span data-custom-class="body_text">'
            + text
            + '</span><bdt class="statement-end-if-in-editor"></bdt>',
            "li",
            ' data-custom-class="body_text" style="line-height: 1.5;"',
        )

    sections = [
        "WHAT INFORMATION DO WE COLLECT?",
        "HOW DO WE PROCESS YOUR INFORMATION?",
        "WHEN AND WITH WHOM DO WE SHARE YOUR PERSONAL INFORMATION?",
        "HOW LONG DO WE KEEP YOUR INFORMATION?",
        "HOW CAN YOU CONTACT US ABOUT THIS NOTICE?",
    ]
    toc = (
        '<div style="line-height: 1.5;"><span id="toc" style="font-size: 15px;"><strong><span data-custom-class="heading_1">TABLE OF CONTENTS</span></strong></span></div>'
        + "".join(
            f'<div style="line-height: 1.5;"><span style="font-size: 15px;"><a data-custom-class="link" href="#section{i + 1}">{i + 1}. {t}</a></span></div>'
            for i, t in enumerate(sections)
        )
        + '<div style="line-height: 1.5;"><br></div>'
    )
    policy = (
        '<div data-custom-class="body">'
        + b.p(
            '<strong><span style="font-size: 26px;"><span data-custom-class="title"><bdt class="block-component"></bdt><bdt class="question">PRIVACY POLICY</bdt></span></span></strong>',
            "div",
            ' align="center" class="MsoNormal" style="line-height: 1.5;"',
        )
        + b.p(
            '<span style="color: rgb(127, 127, 127);"><strong><span style="font-size: 15px;"><span data-custom-class="subtitle">Last updated <bdt class="question">January 09, 2025</bdt></span></span></strong></span>',
            "div",
            ' class="MsoNormal" style="line-height: 1.5;"',
        )
        + '<div style="line-height: 1.5;"><br></div>'
        + para(
            'This privacy notice for <bdt class="question">Brindle Analytics Inc.</bdt> describes how and why we might collect, store, use, and/or share your information when you use our services, such as when you visit our website or use our forecasting dashboard.'
        )
        + b.p(
            '<strong><span style="font-size: 15px;"><span data-custom-class="heading_1">SUMMARY OF KEY POINTS</span></span></strong>',
            "div",
            ' style="line-height: 1.5;"',
        )
        + para(
            "We process personal information to provide and improve our services and to communicate with you. We do not process sensitive personal information and we do not receive information from third parties."
        )
        + toc
        + head(1, sections[0])
        + in_short("We collect personal information that you provide to us.")
        + para(
            "We collect personal information that you voluntarily provide to us when you register on the Services, express an interest in obtaining information about us or our products, or otherwise contact us. The personal information we collect may include the following:"
        )
        + "<ul>"
        + item("names")
        + item("email addresses")
        + item("job titles")
        + item("billing addresses")
        + "</ul>"
        + '<div style="line-height: 1.5;"><br></div>'
        + para(
            "We automatically collect certain information when you visit the Services, such as your IP address, browser and device characteristics, operating system, language preferences and referring URLs."
        )
        + head(2, sections[1])
        + in_short(
            "We process your information to provide the Services, for security, and to comply with law."
        )
        + para(
            "We process your information to create and manage your account, to deliver the forecasts you request, to send you administrative information, and to protect the Services against fraud."
        )
        + head(3, sections[2])
        + para(
            "We may share your data with cloud computing services, payment processors and customer support tools that perform services for us and need access to it to do that work. We do not sell your personal information."
        )
        + head(4, sections[3])
        + para(
            "We keep your personal information for as long as you have an account with us, and for no longer than three months after it is closed, unless the law requires a longer period."
        )
        + head(5, sections[4])
        + para(
            '<bdt class="block-component"></bdt>If you have questions or comments about this notice, you may email us at <bdt class="question">privacy@brindle.example</bdt> or write to us at Brindle Analytics Inc., 500 Market Street, Suite 9, San Francisco, CA 94105.'
        )
        + "</div>"
        '<style>ul { list-style-type: square; } ul > li > ul { list-style-type: circle; } [data-custom-class="body"] a { color: #3030F1; }</style>'
        + '<div style="display: none;"><a class="privacy123" href="https://app.termly.io/dsar/2f1d">'
        + _loose(b, "Do not sell or share my personal information")
        + "</a></div>"
    )
    logos = "".join(
        f'<img src="/logos/{n}.svg" alt="{n} logo" class="logo-strip__img">'
        for n in ["acme", "globex", "initech", "umbrella"]
    )
    b.page.html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Privacy | Brindle</title>'
        '<script src="https://app.termly.io/resource-blocker/2f1d?autoBlock=on"></script>'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Brindle","url":"https://brindle.example"}</script>'
        '</head><body class="page-legal">'
        '<div class="site-wrapper">'
        '<div class="promo-strip" role="region" aria-label="Promotion">'
        + b.c('Brindle Forecast 3.0 is here. <a href="/whats-new">See what is new</a>', "p")
        + "</div>"
        '<header class="site-header js-header"><div class="site-header__inner">'
        + b.c(
            '<a href="/" class="site-header__logo-link">Brindle</a>',
            "div",
            ' class="site-header__logo"',
        )
        + '<nav class="site-nav" aria-label="Main"><ul class="site-nav__list">'
        + "".join(
            '<li class="site-nav__item has-dropdown">'
            + b.c(w, "button", ' class="site-nav__toggle" aria-expanded="false"')
            + '<div class="site-nav__dropdown" hidden><ul>'
            + b.links(subs)
            + "</ul></div></li>"
            for w, subs in (
                ("Product", ["Demand forecasting", "Inventory planning", "Integrations"]),
                ("Resources", ["Case studies", "Webinars", "Forecasting guide"]),
            )
        )
        + b.c(
            '<a href="/pricing" class="site-nav__link">Pricing</a>', "li", ' class="site-nav__item"'
        )
        + "</ul></nav>"
        '<div class="site-header__actions">'
        + b.c("Sign in", "a", ' href="https://app.brindle.example" class="btn btn--ghost"')
        + b.c("Get a demo", "a", ' href="/demo" class="btn btn--primary"')
        + '</div><button class="site-header__burger js-burger" aria-label="Open menu" aria-controls="mobile-menu">'
        + _icon()
        + "</button></div></header>"
        '<main id="main" class="site-main"><section class="legal-hero">'
        + b.c("Legal", "p", ' class="legal-hero__eyebrow"')
        + '<h1 class="legal-hero__title">Privacy at Brindle</h1>'
        + '<p class="legal-hero__lede">We forecast demand, not people. Here is exactly what we collect and why.</p>'
        + "</section>"
        '<section class="legal-body"><div class="legal-body__grid"><aside class="legal-body__nav"><ul>'
        + b.c('<a href="/legal/terms">Terms of service</a>', "li")
        + '<li class="is-active"><a href="/legal/privacy" aria-current="page">Privacy policy</a></li>'
        + b.c('<a href="/legal/dpa">Data processing agreement</a>', "li")
        + b.c('<a href="/legal/subprocessors">Subprocessors</a>', "li")
        + '</ul></aside><div class="legal-body__content">'
        '<div name="termly-embed" data-id="2f1d4b3a-0c8e-4d8f-9d3e-7f0e9a1b2c3d" data-type="iframe">'
        + policy
        + "</div></div></div></section>"
        '<section class="logo-strip"><div class="logo-strip__inner">'
        + b.c("Trusted by planning teams at 400+ retailers", "p", ' class="logo-strip__title"')
        + logos
        + "</div></section>"
        '<section class="cta-banner"><div class="cta-banner__inner">'
        + b.c("Ready to stop guessing?", "h2", ' class="cta-banner__title"')
        + b.c("Book a 20-minute demo with our team.", "p")
        + b.c("Get a demo", "a", ' href="/demo" class="btn btn--light"')
        + "</div></section></main>"
        '<footer class="site-footer"><div class="site-footer__inner"><div class="site-footer__cols">'
        + "".join(
            '<div class="site-footer__col">'
            + b.c(title, "h3", ' class="site-footer__heading"')
            + "<ul>"
            + b.links(words)
            + "</ul></div>"
            for title, words in (
                ("Product", ["Forecasting", "Planning", "Security"]),
                ("Company", ["About", "Careers", "Contact"]),
                ("Legal", ["Terms", "Privacy", "Cookies"]),
            )
        )
        + "</div>"
        + b.c("\u00a9 2025 Brindle Analytics Inc.", "p", ' class="site-footer__copy"')
        + b.c('<a href="#" class="termly-display-preferences">Consent Preferences</a>', "p")
        + "</div></footer></div>"
        '<div id="mobile-menu" class="mobile-menu" aria-hidden="true"><ul>'
        + b.links(["Demand forecasting", "Inventory planning", "Pricing", "Sign in"])
        + "</ul></div>"
        '<div class="termly-styles-root-d5b5f4" data-tid="banner" role="alertdialog" aria-label="Cookie consent">'
        '<div class="termly-styles-module-root-a36f1b termly-styles-module-bottom-d5d1b1"><div class="termly-styles-module-content-ac1c2b">'
        + b.c(
            'We use essential cookies to make our site work. With your consent, we may also use non-essential cookies to improve user experience and analyze website traffic. By clicking \u201cAccept,\u201d you agree to our website\'s cookie use as described in our <a href="/legal/cookies">Cookie Policy</a> and you can change your choice at any time',
            "div",
            ' class="termly-styles-message-c4e0cf"',
        )
        + '<div class="termly-styles-buttons-bee9a1">'
        + b.c(
            "Preferences",
            "button",
            ' class="termly-styles-module-root-f61419 termly-styles-module-tertiary-e4e3c2"',
        )
        + b.c(
            "Decline",
            "button",
            ' class="termly-styles-module-root-f61419 termly-styles-module-secondary-f03e7a"',
        )
        + b.c(
            "Accept",
            "button",
            ' class="termly-styles-module-root-f61419 termly-styles-module-primary-ba2b95"',
        )
        + "</div></div></div></div>"
        "</body></html>"
    )
    return b.page


def docusaurus() -> Page:
    b = _Builder()
    sidebar = {
        "Getting started": ["Installation", "Your first site", "Configuration"],
        "Community": ["Code of Conduct", "Privacy Policy", "Trademark Policy"],
    }

    def hash_link(text: str, anchor: str) -> str:
        b.page.policy.append(text)  # the zero-width space in the link is not policy
        return (
            f'<h2 class="anchor anchorWithStickyNavbar_LWe7" id="{anchor}">{text}'
            f'<a href="#{anchor}" class="hash-link" aria-label="Direct link to {text}" title="Direct link to {text}">\u200b</a></h2>'
        )

    headings = ["What the CLI sends", "What it never sends", "Turning it off", "The docs website"]
    toc = "".join(
        f'<li><a href="#{h.lower().replace(" ", "-")}" class="table-of-contents__link toc-highlight">{h}</a></li>'
        for h in headings
    )
    side = "".join(
        '<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item">'
        '<div class="menu__list-item-collapsible">'
        + b.c(
            group,
            "a",
            ' class="menu__link menu__link--sublist menu__link--sublist-caret" aria-expanded="true" href="#"',
        )
        + '</div><ul style="display:block;overflow:visible;height:auto" class="menu__list">'
        + "".join(
            (
                '<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item">'
                f'<a class="menu__link menu__link--active" aria-current="page" tabindex="0" href="/docs/community/privacy">{w}</a></li>'
            )
            if w == "Privacy Policy"
            else b.c(
                f'<a class="menu__link" tabindex="0" href="/docs/{w.lower().replace(" ", "-")}">{w}</a>',
                "li",
                ' class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item"',
            )
            for w in words
        )
        + "</ul></li>"
        for group, words in sidebar.items()
    )
    b.page.html = (
        '<!doctype html><html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page" data-has-hydrated="false">'
        '<head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.5.2"><title data-rh="true">Privacy Policy | Quillstack</title>'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Community","item":"https://quillstack.example/docs/community"}]}</script>'
        '</head><body class="navigation-with-keyboard">'
        '<script>!function(){function t(t){document.documentElement.setAttribute("data-theme",t)}t(localStorage.getItem("theme")||"light")}()</script>'
        '<div id="__docusaurus"><div role="region" aria-label="Skip to main content">'
        + b.c(
            "Skip to main content",
            "a",
            ' class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback"',
        )
        + "</div>"
        '<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="announcementBarPlaceholder_vyr4"></div>'
        + b.c(
            '\u2b50\ufe0f If you like Quillstack, give it a star on <a target="_blank" rel="noopener noreferrer" href="https://github.com/quillstack/quillstack">GitHub</a> \u2b50\ufe0f',
            "div",
            ' class="content_knG7 announcementBarContent_xLdY"',
        )
        + '<button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7">'
        + _icon()
        + "</button></div>"
        '<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items">'
        '<button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button">'
        + _icon()
        + "</button>"
        '<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Quillstack Logo" class="themedComponent_mlkZ themedComponent--light_NVdE"></div>'
        + b.c("Quillstack", "b", ' class="navbar__title text--truncate"')
        + "</a>"
        + "".join(
            b.c(w, "a", f' class="navbar__item navbar__link" href="/{w.lower()}"')
            for w in ["Docs", "API", "Blog", "Showcase"]
        )
        + '</div><div class="navbar__items navbar__items--right">'
        + b.c(
            "v3.2",
            "a",
            ' class="navbar__link" aria-haspopup="true" aria-expanded="false" role="button" href="/docs"',
        )
        + '<a href="https://github.com/quillstack/quillstack" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link header-github-link" aria-label="GitHub repository"></a>'
        '<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)">'
        '<span class="DocSearch-Button-Container"><svg width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M14.386 14.386l4.0877 4.0877" stroke="currentColor" fill="none"></path></svg>'
        + b.c("Search", "span", ' class="DocSearch-Button-Placeholder"')
        + '</span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">\u2318</kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button></div>'
        "</div></div>"
        '<div role="presentation" class="navbar-sidebar__backdrop"></div>'
        '<div class="navbar-sidebar"><div class="navbar-sidebar__brand"></div><div class="navbar-sidebar__items"><div class="navbar-sidebar__item menu"><ul class="menu__list">'
        + "".join(
            b.c(
                f'<a class="menu__link" href="/{w.lower()}">{w}</a>',
                "li",
                ' class="menu__list-item"',
            )
            for w in ["Docs", "API", "Blog", "Showcase"]
        )
        + "</ul></div></div></div></nav>"
        '<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB">'
        '<button aria-label="Scroll back to top" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button>'
        '<div class="docRoot_UBD9"><aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd">'
        '<nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">'
        + side
        + "</ul></nav>"
        '<button type="button" title="Collapse sidebar" aria-label="Collapse sidebar" class="button button--secondary button--outline collapseSidebarButton_PEFL">'
        + _icon()
        + "</button></div></div></aside>"
        '<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">'
        '<div class="docItemContainer_Djhp"><article>'
        '<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList">'
        '<li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3c.55 0 1-.45 1-1v-7h1.7c.46 0 .68-.57.33-.87L12.67 3.6c-.38-.34-.96-.34-1.34 0l-8.36 7.53c-.34.3-.13.87.33.87H5v7c0 .55.45 1 1 1h3c.55 0 1-.45 1-1z" fill="currentColor"></path></svg></a></li>'
        + b.c(
            '<span class="breadcrumbs__link" itemprop="name">Community</span><meta itemprop="position" content="1">',
            "li",
            ' itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item"',
        )
        + '<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">Privacy Policy</span><meta itemprop="position" content="2"></li>'
        "</ul></nav>"
        '<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo">'
        + b.c(
            "On this page", "button", ' type="button" class="clean-btn tocCollapsibleButton_TO0P"'
        )
        + "</div>"
        '<div class="theme-doc-markdown markdown"><header>'
        + b.p("Privacy Policy", "h1")
        + "</header>"
        + b.p(
            "Quillstack is an open-source static site generator maintained by volunteers. This page explains the anonymous usage data the command-line tool collects and how to switch it off."
        )
        + hash_link(headings[0], "what-the-cli-sends")
        + b.p(
            "Once a week, the CLI sends a small report: the Quillstack version, your Node.js version, your operating system, and the names of the plugins you use. Each report carries a random installation ID that is not linked to you."
        )
        + hash_link(headings[1], "what-it-never-sends")
        + "<ul>"
        + b.p("file names, page content or environment variables", "li")
        + b.p("your IP address, which our collector drops before storing the report", "li")
        + "</ul>"
        + hash_link(headings[2], "turning-it-off")
        + b.p("Set this environment variable before you build:")
        + '<div class="language-bash codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34;--prism-background-color:#f6f8fa">'
        '<div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-bash codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv">'
        + b.p(
            '<span class="token plain">export QUILLSTACK_TELEMETRY=0</span><br>',
            "span",
            ' class="token-line" style="color:#393A34"',
        )
        + "</code></pre>"
        '<div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span class="copyButtonIcons_eSgA" aria-hidden="true">'
        + _icon()
        + "</span></button></div></div></div>"
        + '<div class="theme-admonition theme-admonition-tip admonition_xJq3 alert alert--success">'
        '<div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 12 16"><path fill-rule="evenodd" d="M6.5 0C3.48 0 1 2.19 1 5"></path></svg></span>tip</div>'
        '<div class="admonitionContent_BuS1">'
        + b.p("Telemetry is also off automatically when the CI environment variable is set.")
        + "</div></div>"
        + hash_link(headings[3], "the-docs-website")
        + b.p(
            "This website uses Plausible, which counts page views without cookies. Search is provided by Algolia DocSearch, which receives what you type in the search box."
        )
        + b.p(
            'Questions go to the maintainers at <a href="mailto:maintainers@quillstack.example">maintainers@quillstack.example</a> or in GitHub Discussions.'
        )
        + "</div>"
        '<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col">'
        '<a href="https://github.com/quillstack/quillstack/edit/main/website/docs/community/privacy.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">'
        + _icon()
        + _loose(b, "Edit this page")
        + '</a></div><div class="col lastUpdated_JAkA">'
        + b.c(
            'Last updated on <b><time datetime="2025-02-11T00:00:00.000Z" itemprop="dateModified">Feb 11, 2025</time></b> by <b>mkovacs</b>',
            "span",
            ' class="theme-last-updated"',
        )
        + "</div></div></footer></article>"
        '<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages">'
        '<a class="pagination-nav__link pagination-nav__link--prev" href="/docs/community/code-of-conduct">'
        + b.c("Previous", "div", ' class="pagination-nav__sublabel"')
        + b.c("Code of Conduct", "div", ' class="pagination-nav__label"')
        + '</a><a class="pagination-nav__link pagination-nav__link--next" href="/docs/community/trademark-policy">'
        + b.c("Next", "div", ' class="pagination-nav__sublabel"')
        + b.c("Trademark Policy", "div", ' class="pagination-nav__label"')
        + "</a></nav></div></div>"
        '<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">'
        + toc
        + "</ul></div></div></div></div></main></div></div></div>"
        '<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">'
        + "".join(
            '<div class="col footer__col">'
            + b.c(title, "div", ' class="footer__title"')
            + '<ul class="footer__items clean-list">'
            + "".join(
                b.c(
                    f'<a class="footer__link-item" href="/{w.lower()}">{w}</a>',
                    "li",
                    ' class="footer__item"',
                )
                for w in words
            )
            + "</ul></div>"
            for title, words in (
                ("Learn", ["Introduction", "Installation", "Migration"]),
                ("Community", ["Discussions", "Discord", "Help"]),
                ("More", ["Blog", "Changelog", "Releases"]),
            )
        )
        + '</div><div class="footer__bottom text--center">'
        + b.c(
            "Copyright \u00a9 2025 Quillstack contributors. Built with Docusaurus.",
            "div",
            ' class="footer__copyright"',
        )
        + "</div></div></footer></div>"
        '<script src="/assets/js/runtime~main.7d2f.js"></script><script src="/assets/js/main.4c1e.js"></script>'
        "</body></html>"
    )
    return b.page


def woocommerce_storefront() -> Page:
    b = _Builder()
    menu = ["Shop", "Loose leaf tea", "Teaware", "Gift boxes", "About us"]

    def section(title: str, *paras: str) -> str:
        return b.p(title, "h2", ' class="wp-block-heading"') + "".join(b.p(t) for t in paras)

    body = (
        section(
            "Who we are",
            "Our website address is: https://steepandsip.example. Steep & Sip is run by Mara Quinn from a small packing room in Bath.",
        )
        + section(
            "What we collect when you order",
            "When you buy from the shop we collect your name, billing and delivery address, email address and phone number so that we can take payment, send your tea and tell you when it is on its way.",
            "Payments are handled by Stripe and PayPal. We do not store your card details on this website.",
        )
        + section(
            "Comments and reviews",
            "When visitors leave reviews on the site we collect the data shown in the review form, and also the visitor\u2019s IP address and browser user agent string to help spam detection.",
        )
        + section(
            "Cookies",
            "If you add something to your basket, WooCommerce sets a cookie to remember it. If you have an account and you log in, we will set a temporary cookie to check that your browser accepts cookies.",
        )
        + b.p("Who we share your data with", "h2", ' class="wp-block-heading"')
        + '<ul class="wp-block-list">'
        + b.p("Royal Mail and DPD, to deliver your order", "li")
        + b.p("Stripe and PayPal, to take payment", "li")
        + b.p("Mailchimp, only if you tick the box to get our newsletter", "li")
        + "</ul>"
        + section(
            "How long we retain your data",
            "We keep order information for six years for tax and accounting purposes. Reviews and their metadata are kept indefinitely.",
        )
        + section(
            "What rights you have over your data",
            "If you have an account on this site, or have left reviews, you can request to receive an exported file of the personal data we hold about you. You can also request that we erase any personal data we hold about you.",
        )
    )
    product_cats = ["Black tea", "Green tea", "Herbal infusions", "Oolong"]
    b.page.html = (
        '<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>Privacy Policy &#8211; Steep & Sip</title>'
        '<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Privacy Policy - Steep & Sip","breadcrumb":{"@id":"#breadcrumb"}}]}</script>'
        '<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"'
        + _loose(b, "View basket")
        + '","cart_url":"https:\\/\\/steepandsip.example\\/basket\\/"};</script>'
        '</head><body class="privacy-policy page-template-default page page-id-3 wp-custom-logo theme-storefront woocommerce-demo-store woocommerce-no-js storefront-secondary-navigation right-sidebar woocommerce-active">'
        + b.c(
            'Free UK delivery on orders over \u00a330 <a role="button" href="#" class="woocommerce-store-notice__dismiss-link">Dismiss</a>',
            "p",
            ' role="complementary" aria-label="Store notice" class="woocommerce-store-notice demo_store" data-notice-id="d1e2" style="display:none;"',
        )
        + '<div id="page" class="hfeed site">'
        '<header id="masthead" class="site-header" role="banner" style=""><div class="col-full">'
        + b.c(
            "Skip to navigation",
            "a",
            ' class="skip-link screen-reader-text" href="#site-navigation"',
        )
        + b.c("Skip to content", "a", ' class="skip-link screen-reader-text" href="#content"')
        + '<div class="site-branding"><a href="https://steepandsip.example/" class="custom-logo-link" rel="home"><img width="240" height="80" src="/wp-content/uploads/2024/03/logo.png" class="custom-logo" alt="Steep & Sip"></a></div>'
        '<nav class="secondary-navigation" role="navigation" aria-label="Secondary Navigation"><div class="menu-secondary-container"><ul id="menu-secondary" class="menu">'
        + b.links(["My account", "Track your order", "Wholesale"])
        + "</ul></div></nav>"
        '<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="https://steepandsip.example/">'
        + b.c(
            "Search for:",
            "label",
            ' class="screen-reader-text" for="woocommerce-product-search-field-0"',
        )
        + '<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">'
        + b.c("Search", "button", ' type="submit" value="Search" class=""')
        + '<input type="hidden" name="post_type" value="product"></form></div></div></div>'
        '<div class="storefront-primary-navigation"><div class="col-full">'
        '<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">'
        '<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false">'
        + b.c("Menu", "span")
        + "</button>"
        '<div class="primary-navigation"><ul id="menu-primary" class="menu">'
        + "".join(
            b.c(
                f'<a href="/{w.lower().replace(" ", "-")}/">{w}</a>',
                "li",
                ' class="menu-item menu-item-type-post_type"',
            )
            for w in menu
        )
        + "</ul></div>"
        '<div class="handheld-navigation"><ul id="menu-handheld" class="menu">'
        + "".join(
            b.c(f'<a href="/{w.lower().replace(" ", "-")}/">{w}</a>', "li", ' class="menu-item"')
            for w in menu
        )
        + "</ul></div></nav>"
        '<ul id="site-header-cart" class="site-header-cart menu"><li class="">'
        '<a class="cart-contents" href="https://steepandsip.example/basket/" title="View your shopping basket">'
        + '<span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">\u00a3</span>'
        + _loose(b, "0.00")
        + "</bdi></span>"
        + " "
        + b.c("0 items", "span", ' class="count"')
        + "</a></li><li>"
        '<div class="widget woocommerce widget_shopping_cart"><div class="widget_shopping_cart_content">'
        + b.c("No products in the basket.", "p", ' class="woocommerce-mini-cart__empty-message"')
        + "</div></div></li></ul></div></div></header>"
        '<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs">'
        + b.c('<a href="https://steepandsip.example">Home</a>', "span")
        + '<span class="breadcrumb-separator"> / </span>Privacy Policy</nav></div></div>'
        '<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>'
        '<div id="primary" class="content-area"><main id="main" class="site-main" role="main">'
        '<article id="post-3" class="post-3 page type-page status-publish hentry"><header class="entry-header">'
        + b.p("Privacy Policy", "h1", ' class="entry-title"')
        + '</header><div class="entry-content">'
        + body
        + "</div></article></main></div>"
        '<div id="secondary" class="widget-area" role="complementary">'
        '<div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories">'
        + b.c("Product categories", "span", ' class="gamma widget-title"')
        + '<ul class="product-categories">'
        + "".join(
            b.c(
                f'<a href="/product-category/{c.lower().replace(" ", "-")}/">{c}</a>',
                "li",
                ' class="cat-item"',
            )
            for c in product_cats
        )
        + "</ul></div>"
        '<div id="woocommerce_top_rated_products-2" class="widget woocommerce widget_top_rated_products">'
        + b.c("Top rated", "span", ' class="gamma widget-title"')
        + '<ul class="product_list_widget"><li><a href="/product/assam-breakfast/"><img width="324" height="324" src="/wp-content/uploads/assam.jpg" alt="">'
        + b.c("Assam Breakfast", "span", ' class="product-title"')
        + "</a>"
        + '<span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">\u00a3</span>'
        + _loose(b, "7.50")
        + "</bdi></span>"
        + "</li></ul></div></div>"
        "</div></div>"
        '<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full">'
        '<div class="footer-widgets row-1 col-2 fix"><div class="block footer-widget-1"><div id="text-2" class="widget widget_text">'
        + b.c("Find us", "span", ' class="gamma widget-title"')
        + b.c(
            "<p>Steep & Sip, 3 Walcot Yard, Bath BA1 5BG<br>Open Saturdays 10am to 2pm</p>",
            "div",
            ' class="textwidget"',
        )
        + '</div></div><div class="block footer-widget-2"><div id="nav_menu-2" class="widget widget_nav_menu">'
        + b.c("Customer service", "span", ' class="gamma widget-title"')
        + '<div class="menu-footer-container"><ul id="menu-footer" class="menu">'
        + b.links(["Delivery", "Returns", "Terms and conditions", "Contact"])
        + "</ul></div></div></div></div>"
        '<div class="site-info">'
        + b.c("\u00a9 Steep & Sip 2025", "span")
        + "<br>"
        + b.c(
            '<a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>',
            "span",
        )
        + "</div>"
        '<div class="storefront-handheld-footer-bar"><ul class="columns-3">'
        + b.c('<a href="/my-account/">My Account</a>', "li", ' class="my-account"')
        + '<li class="search"><a href="">'
        + _loose(b, "Search")
        + '</a><div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search">'
        + b.c(
            "Search for:",
            "label",
            ' class="screen-reader-text" for="woocommerce-product-search-field-1"',
        )
        + '<input type="search" id="woocommerce-product-search-field-1" class="search-field" placeholder="Search products&hellip;" name="s"></form></div></div></li>'
        + b.c(
            '<a class="footer-cart-contents" href="/basket/">Cart <span class="count">0</span></a>',
            "li",
            ' class="cart"',
        )
        + "</ul></div></div></footer></div>"
        '<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice" style="background-color:#FFFFFF;border-color:#f4f4f4">'
        '<div class="cky-notice">'
        + b.c(
            "We value your privacy",
            "p",
            ' class="cky-title" role="heading" aria-level="1" data-cky-tag="title"',
        )
        + '<div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description">'
        + b.c(
            "We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking \u201cAccept All\u201d, you consent to our use of cookies.",
            "p",
        )
        + '</div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">'
        + b.c(
            "Customise",
            "button",
            ' class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button"',
        )
        + b.c(
            "Reject All",
            "button",
            ' class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button"',
        )
        + b.c(
            "Accept All",
            "button",
            ' class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button"',
        )
        + "</div></div></div></div></div>"
        '<div class="cky-modal" tabindex="-1"><div class="cky-preference-center" data-cky-tag="detail"><div class="cky-preference-header">'
        + b.c(
            "Customise Consent Preferences",
            "span",
            ' class="cky-preference-title" role="heading" aria-level="1" data-cky-tag="detail-title"',
        )
        + '<button class="cky-btn-close" aria-label="Close" data-cky-tag="detail-close"><img src="/wp-content/plugins/cookie-law-info/lite/frontend/images/close.svg" alt="Close"></button></div>'
        '<div class="cky-preference-body-wrapper"><div class="cky-preference-content-wrapper" data-cky-tag="detail-description">'
        + b.c(
            "We use cookies to help you navigate efficiently and perform certain functions. You will find detailed information about all cookies under each consent category below.",
            "p",
        )
        + '</div><div class="cky-accordion-wrapper" data-cky-tag="detail-categories"><div class="cky-accordion" id="ckyDetailCategorynecessary">'
        '<div class="cky-accordion-item"><div class="cky-accordion-chevron"><i class="cky-chevron-right"></i></div><div class="cky-accordion-header-wrapper"><div class="cky-accordion-header">'
        + b.c(
            "Necessary",
            "button",
            ' class="cky-accordion-btn" aria-label="Necessary" data-cky-tag="detail-category-title"',
        )
        + b.c("Always Active", "span", ' class="cky-always-active"')
        + "</div>"
        + b.c(
            "<p>Necessary cookies are required to enable the basic features of this site, such as providing secure log-in or adjusting your consent preferences.</p>",
            "div",
            ' class="cky-accordion-header-des" data-cky-tag="detail-category-description"',
        )
        + "</div></div>"
        '<div class="cky-accordion-body"><div class="cky-audit-table" data-cky-tag="audit-table"><ul class="cky-cookie-des-table">'
        + b.c(
            "<div>Cookie</div><div>cookieyes-consent</div><div>Duration</div><div>1 year</div>",
            "li",
        )
        + "</ul></div></div></div></div></div>"
        '<div class="cky-footer-wrapper"><div class="cky-prefrence-btn-wrapper">'
        + b.c(
            "Save My Preferences",
            "button",
            ' class="cky-btn cky-btn-preferences" aria-label="Save My Preferences" data-cky-tag="detail-save-button"',
        )
        + "</div></div></div></div>"
        '<script type="text/javascript">(function () { var c = document.body.className; c = c.replace(/woocommerce-no-js/, "woocommerce-js"); document.body.className = c; })();</script>'
        "</body></html>"
    )
    return b.page


def framer() -> Page:
    b = _Builder()
    nav = ["Features", "Pricing", "Changelog", "Blog"]

    def nav_variant(hidden: str, phone: bool) -> str:
        links = "".join(
            '<div class="framer-1m2n3o" data-framer-name="Link" data-framer-component-type="RichTextContainer" style="transform:none">'
            + b.c(
                f'<a class="framer-text framer-styles-preset-1wml6uu" data-styles-preset="pN4gXWtoq" href="./{w.lower()}">{w}</a>',
                "p",
                ' class="framer-text"',
            )
            + "</div>"
            for w in nav
        )
        menu_button = (
            '<div class="framer-19sn2a4" data-framer-name="Menu Icon" data-highlight="true" tabindex="0">'
            '<div class="framer-1k7pq9u" data-framer-name="Bottom"></div><div class="framer-8d7f1a" data-framer-name="Top"></div></div>'
            if phone
            else ""
        )
        return (
            f'<div class="ssr-variant {hidden}"><nav class="framer-qRf1N framer-1b3ckxh framer-v-{"1m5gh2u" if phone else "9o1d2x"}" data-framer-name="{"Phone" if phone else "Desktop"}" style="width:100%">'
            '<div class="framer-1bqc9yu" data-framer-name="Logo">'
            + b.c(
                "Tidemark",
                "p",
                ' class="framer-text framer-styles-preset-1o8ad5z" data-styles-preset="KxL7hMtzc"',
            )
            + "</div>"
            + menu_button
            + f'<div class="framer-6x2s1r" data-framer-name="Links">{links}</div>'
            '<a class="framer-1w5x0k9 framer-lux5qc" data-framer-name="Button" href="https://app.tidemark.example/download">'
            + b.c(
                "Download",
                "p",
                ' class="framer-text" style="--framer-text-color:rgb(255, 255, 255)"',
            )
            + "</a></nav></div>"
        )

    def text(t: str) -> str:
        return b.p(
            t,
            "p",
            ' class="framer-text framer-styles-preset-21ogod" data-styles-preset="bQPnF2L6H"',
        )

    def h2(t: str) -> str:
        return b.p(
            t,
            "h2",
            ' class="framer-text framer-styles-preset-1lgha58" data-styles-preset="sKM3ma4Dz"',
        )

    def li(t: str) -> str:
        return (
            '<li class="framer-text" data-preset-tag="p">'
            + b.p(t, "p", ' class="framer-text framer-styles-preset-21ogod"')
            + "</li>"
        )

    rich = (
        b.p(
            "Privacy Policy",
            "h1",
            ' class="framer-text framer-styles-preset-ci2ngw" data-styles-preset="uKu0pWYbE"',
        )
        + text("Effective 1 March 2025")
        + text(
            "Tidemark is a desktop app that keeps your tide tables and sailing logs on your own computer. We built it so that almost nothing about you ever reaches us."
        )
        + h2("Data on your device")
        + text(
            "Your logs, routes and boat details are stored only on your computer and in your own iCloud Drive if you turn on sync. We cannot read them."
        )
        + h2("Data we receive")
        + '<ul class="framer-text">'
        + li("your email address and licence key when you buy a licence")
        + li(
            "an anonymous daily check for updates, which includes the app version and your macOS version"
        )
        + li("the crash log, only if you press Send on the crash dialog")
        + "</ul>"
        + h2("Payments")
        + text(
            "Licences are sold through Paddle, which acts as the merchant of record and processes your payment and billing address."
        )
        + h2("Your rights")
        + text(
            "Email privacy@tidemark.example to get a copy of your licence record or to have it deleted. We reply within 30 days."
        )
    )
    b.page.html = (
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="generator" content="Framer 0d3a1f2">'
        "<title>Privacy \u2014 Tidemark</title>"
        '<style data-framer-css-ssr-minified="" data-framer-components="framer-lib-cursors-host framer-qRf1N">@media (min-width: 1200px) { .hidden-72rtr7 { display: none !important; } } @media (max-width: 809px) { .hidden-1m5gh2u { display: none !important; } }</style>'
        '</head><body><script async src="https://events.framer.com/script" data-fid="a1b2c3"></script>'
        '<div id="main" data-framer-hydrate-v2=\'{"routeId":"augiA20Il","localeId":"default","breakpoints":[{"hash":"72rtr7","mediaQuery":"(min-width: 1200px)"},{"hash":"1m5gh2u","mediaQuery":"(max-width: 809px)"}]}\' data-framer-ssr-released-at="2025-02-28T10:11:12.000Z" data-framer-page-optimized-at="2025-02-28T10:12:13.000Z">'
        '<div class="framer-cZgRv framer-72rtr7" style="min-height:100vh;width:auto">'
        '<div class="framer-13yq8a1-container" data-framer-name="Navigation">'
        + nav_variant("hidden-1m5gh2u", phone=False)
        + nav_variant("hidden-72rtr7", phone=True)
        + "</div>"
        '<div class="framer-1ahnkm0" data-framer-name="Content"><div class="framer-1xtg9x6" data-framer-name="Legal" data-framer-component-type="RichTextContainer" style="outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none">'
        + rich
        + "</div></div>"
        '<div class="framer-1b9yv6a" data-framer-name="CTA"><div class="framer-l0ik5s" data-framer-component-type="RichTextContainer">'
        + b.c("Sail with better data.", "h2", ' class="framer-text framer-styles-preset-1lgha58"')
        + '</div><div class="framer-ntz3k8" data-framer-component-type="RichTextContainer">'
        + b.c("Free for 14 days. One licence covers all your Macs.", "p", ' class="framer-text"')
        + '</div><a class="framer-1w5x0k9 framer-lux5qc" data-framer-name="Button" href="https://app.tidemark.example/download">'
        + b.c("Download for Mac", "p", ' class="framer-text"')
        + "</a></div>"
        '<div class="framer-1nqkj3w-container" data-framer-name="Newsletter"><form class="framer-2b5DE framer-1lr3m5x">'
        + b.c("Tide tips, once a month", "p", ' class="framer-text"')
        + '<input type="email" name="email" placeholder="you@harbour.com" class="framer-form-text-input">'
        '<button type="submit" class="framer-form-button"><div class="framer-fl7f8k" data-framer-component-type="RichTextContainer">'
        + b.c("Subscribe", "p", ' class="framer-text"')
        + "</div></button></form></div>"
        '<div class="framer-1c4t7w0-container" data-framer-name="Footer"><div class="framer-Ft9sX framer-1fqblxe" data-framer-name="Footer">'
        '<div class="framer-u7sa0d" data-framer-name="Links">'
        + "".join(
            '<div class="framer-1w3xx8r" data-framer-component-type="RichTextContainer">'
            + b.c(
                f'<a class="framer-text framer-styles-preset-1wml6uu" href="./{w.lower()}">{w}</a>',
                "p",
                ' class="framer-text"',
            )
            + "</div>"
            for w in ["Privacy", "Terms", "Press", "Support"]
        )
        + '</div><div class="framer-1s9g2e7" data-framer-name="Socials">'
        + '<a href="https://mastodon.social/@tidemark" class="framer-16ql0ya framer-1ydegm0" data-framer-name="Mastodon">'
        + _icon("Mastodon", b)
        + "</a></div>"
        + b.c(
            "\u00a9 2025 Tidemark Software Ltd",
            "p",
            ' class="framer-text" style="--framer-text-color:rgb(153, 153, 153)"',
        )
        + "</div></div></div></div>"
        '<div id="overlay"></div>'
        '<div id="__framer-badge-container"><div class="framer-badge framer-13k2bsc"><a href="https://www.framer.com?utm_campaign=badge" target="_blank" class="framer-1bh7bh5">'
        + b.c("Made in Framer", "p", ' class="framer-text"')
        + "</a></div></div>"
        '<script type="framer/appear" id="__framer__appearAnimationsContent">{"1wnuvyl":{"initial":{"opacity":0.001}}}</script>'
        '<script type="framer/handover" id="__framer__handoverData">[{"navLabel":"'
        + _loose(b, "Try Tidemark free")
        + '","variant":"Desktop"}]</script>'
        '<script src="https://framerusercontent.com/sites/4Q8a/script_main.B2vX.mjs" type="module" async></script>'
        "</body></html>"
    )
    return b.page


BLIND2_PAGES = {
    "squarespace-7.1": squarespace_71(),
    "webflow": webflow(),
    "notion-site": notion_site(),
    "zendesk-guide": zendesk_guide(),
    "termly-embed": termly_embed(),
    "docusaurus": docusaurus(),
    "woocommerce": woocommerce_storefront(),
    "framer": framer(),
}
