"""More web page shapes, written blind: before the chrome-removal heuristics in
`summarizer/text/webpage.py` were read or changed, and never used to tune them
(`bench/bench_main_content.py` prints them as their own group).

They follow markup real site builders emit and differ from `page_shapes.py`: a Wix
page (deep div soup, generated class names), a Shopify theme with custom elements and a
country selector, a Next.js page with Tailwind utility classes and a OneTrust cookie
centre, a HubSpot marketing page with a mega-menu, a 2005 table-layout page, a Google
Sites page, a docs site with a sidebar and an "On this page" table of contents, and an
Elementor WordPress page. Each has its own policy text (not the shared one), so a rule
tuned to one wording cannot score here.

`NEW_HELD_OUT_PAGES` maps a shape name to a `page_shapes.Page`.
"""

from __future__ import annotations

from page_shapes import Page, _Builder


def _saas_policy(b: _Builder, name: str, heading_tag: str = "h2", wrap: str = "") -> str:
    """A software company's privacy notice: numbered sections, nested lists, a contact block."""

    def h(text: str) -> str:
        return b.p(text, heading_tag, wrap)

    def para(text: str) -> str:
        return b.p(text, "p", wrap)

    return "".join(
        [
            para(
                f"Effective date: 14 January 2025. {name} Ltd (\u201cwe\u201d, \u201cus\u201d) is the controller of the personal data described in this notice."
            ),
            h("1. Data we collect"),
            para(
                "We collect the data you give us when you sign up, such as your full name, work email and company name."
            ),
            "<ol>",
            b.p("Account data: login credentials, profile photo and time zone", "li"),
            b.p(
                "Billing data: billing address, VAT number and the last four digits of your card",
                "li",
            ),
            b.p(
                "Usage data: features used, session length, device identifiers and crash reports",
                "li",
            ),
            "</ol>",
            h("2. Why we use it"),
            para(
                "We rely on our contract with you to run the service, and on our legitimate interests to keep it secure and improve it."
            ),
            para(
                "With your consent we send product newsletters; you can withdraw consent with the unsubscribe link in any email."
            ),
            h("3. Who receives it"),
            para("Our hosting provider stores data in data centres in Frankfurt and Dublin."),
            para("We never sell personal data and we do not share it with advertisers."),
            h("4. How long we keep it"),
            para(
                "We keep account data while your account is open and delete it within 90 days of closure, except invoices, which we keep for seven years."
            ),
            h("5. Your rights"),
            para(
                "You may request access, correction, deletion or a portable copy of your data, and you may complain to your local supervisory authority."
            ),
            para(
                f"Contact our data protection officer at dpo@{name.lower().replace(' ', '')}.example or write to 12 Quay Street, Bristol BS1 4DJ."
            ),
        ]
    )


def _club_policy(b: _Builder, name: str) -> str:
    """A small organisation's policy in loose old markup: <font>, <b> headings, <br> breaks."""
    return "".join(
        [
            b.p("<b>PRIVACY STATEMENT</b>", "font", ' size="4" face="Verdana"'),
            "<br><br>",
            b.p(
                f"The {name} respects your privacy. This statement tells members and visitors what we record and why.",
                "font",
                ' face="Verdana" size="2"',
            ),
            "<br><br>",
            b.p("<b>What we record</b>", "font", ' face="Verdana" size="2"'),
            "<br>",
            b.p(
                "When you join we record your name, postal address, telephone number and date of birth on our membership register.",
                "font",
                ' face="Verdana" size="2"',
            ),
            "<br>",
            b.p(
                "Our web server keeps a log of the address of each computer that visits, which we use only to count visitors.",
                "font",
                ' face="Verdana" size="2"',
            ),
            "<br><br>",
            b.p("<b>Who sees it</b>", "font", ' face="Verdana" size="2"'),
            "<br>",
            b.p(
                "Only the committee secretary and the treasurer can read the register. We pass your name to the county association so that you are insured at matches.",
                "font",
                ' face="Verdana" size="2"',
            ),
            "<br><br>",
            b.p("<b>Photographs</b>", "font", ' face="Verdana" size="2"'),
            "<br>",
            b.p(
                "Photographs taken at club events may appear in the gallery; ask the secretary and we will remove any picture of you.",
                "font",
                ' face="Verdana" size="2"',
            ),
            "<br><br>",
            b.p("<b>Leaving the club</b>", "font", ' face="Verdana" size="2"'),
            "<br>",
            b.p(
                "We delete the details of former members two years after their membership lapses.",
                "font",
                ' face="Verdana" size="2"',
            ),
        ]
    )


def _shop_policy(b: _Builder, name: str) -> str:
    """An online shop's policy with a table of cookies and a definition list."""
    return "".join(
        [
            b.p("Privacy policy", "h1", ' class="main-page-title page-title h0"'),
            '<div class="rte">',
            b.p(
                f"This Privacy Policy describes how {name} collects, uses and discloses your personal information when you visit or make a purchase from the store."
            ),
            b.p("<strong>Personal information we collect</strong>"),
            b.p(
                "When you place an order we collect your name, billing address, shipping address, payment information, email address and phone number."
            ),
            b.p(
                "When you browse the store we automatically collect your device information, including your web browser, IP address, time zone and some of the cookies installed on your device."
            ),
            "<dl>",
            b.p("Log files", "dt"),
            b.p(
                "track actions on the store and collect your IP address, browser type, internet service provider and date and time stamps",
                "dd",
            ),
            b.p("Web beacons and pixels", "dt"),
            b.p("electronic files used to record how you browse the store", "dd"),
            "</dl>",
            b.p("<strong>Cookies we use</strong>"),
            "<table><thead><tr><th>Name</th><th>Purpose</th><th>Duration</th></tr></thead><tbody>",
            "<tr>"
            + b.p("_cart_token", "td")
            + b.p("remembers the contents of your basket", "td")
            + b.p("two weeks", "td")
            + "</tr>",
            "<tr>"
            + b.p("_secure_session_id", "td")
            + b.p("keeps you signed in at checkout", "td")
            + b.p("24 hours", "td")
            + "</tr>",
            "</tbody></table>",
            b.p("<strong>Sharing your information</strong>"),
            b.p(
                "We share your information with our payment gateway and with the courier that delivers your parcel. We also use Google Analytics to understand how customers use the store."
            ),
            b.p("<strong>Your rights</strong>"),
            b.p(
                "If you are a European resident you may ask us for the personal information we hold about you and ask that it be corrected, updated or erased."
            ),
            b.p(
                "We keep your order information for our records unless and until you ask us to delete it."
            ),
            "</div>",
        ]
    )


def wix() -> Page:
    b = _Builder()

    def rich(text: str) -> str:
        return b.p(
            f'<span style="font-size:15px;"><span class="wixui-rich-text__text">{text}</span></span>',
            "p",
            ' class="font_8 wixui-rich-text__text"',
        )

    menu = "".join(
        '<li class="wixui-horizontal-menu__item" data-testid="menuItem"><div class="_1xj3I">'
        + b.c(
            f'<a data-testid="linkElement" href="/{w.lower().replace(" ", "-")}" class="_3kB5c"><div class="itemDepth0">{w}</div></a>',
            "div",
            ' class="_2mYBh"',
        )
        + "</div></li>"
        for w in ["Home", "Our Menu", "Private Events", "Gift Cards", "Reservations"]
    )
    b.page.html = (
        '<!DOCTYPE html><html lang="en"><head><title>Privacy Policy | Olive & Ember Trattoria</title></head>'
        '<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root">'
        '<div id="masterPage" class="mesh-layout"><div id="SITE_HEADER_WRAPPER"><div id="SITE_HEADER" class="xpcBJ wixui-header">'
        '<div class="_1Xt7V"><div class="_2a3cW"><div id="comp-kf8x2a9u" class="_2Hij5 wixui-rich-text">'
        + b.c(
            '<span class="wixui-rich-text__text">OLIVE & EMBER</span>',
            "h2",
            ' class="font_2 wixui-rich-text__text"',
        )
        + '</div><div id="comp-kf8x2b1c" class="_1bCLD wixui-horizontal-menu"><div class="_3Pe0x"><ul class="_2NqTl" data-testid="menuItems">'
        + menu
        + "</ul></div></div>"
        '<div id="comp-kf8x3d0e" class="_2Hij5 wixui-rich-text">'
        + b.c(
            '<span class="wixui-rich-text__text">Call us: 0161 496 0732</span>',
            "p",
            ' class="font_9"',
        )
        + "</div></div></div></div></div>"
        '<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="_1ncY2"><div id="Containerc1dmp" class="_3Nnbs">'
        '<div id="comp-lq0x9k2h" class="comp-lq0x9k2h wixui-section"><div class="_1KV2M"><div data-mesh-id="comp-lq0x9k2hinlineContent" class="_3ZIr1">'
        '<div id="comp-lq0x9m4w" class="_2Hij5 wixui-rich-text" data-testid="richTextElement">'
        + b.p(
            '<span class="wixui-rich-text__text">Privacy Policy</span>',
            "h1",
            ' class="font_0 wixui-rich-text__text"',
        )
        + rich(
            "Olive & Ember Trattoria takes your privacy seriously. This page explains what happens to the details you give us when you book a table, buy a gift card or join our mailing list."
        )
        + b.p(
            '<span class="wixui-rich-text__text">Bookings</span>',
            "h4",
            ' class="font_4 wixui-rich-text__text"',
        )
        + rich(
            "To hold a reservation we ask for your name, mobile number, party size and any allergies you tell us about. Allergy notes are shared with the kitchen on the day of your visit and deleted afterwards."
        )
        + rich(
            "Our booking system is provided by a third-party reservations platform, which stores your booking on our behalf."
        )
        + b.p(
            '<span class="wixui-rich-text__text">Gift cards and payments</span>',
            "h4",
            ' class="font_4 wixui-rich-text__text"',
        )
        + rich(
            "Card payments are handled by our payment processor; we never see or store your full card number."
        )
        + b.p(
            '<span class="wixui-rich-text__text">Mailing list</span>',
            "h4",
            ' class="font_4 wixui-rich-text__text"',
        )
        + rich(
            "If you opt in, we email you our seasonal menu and event invitations no more than twice a month. Every email has an unsubscribe link."
        )
        + b.p(
            '<span class="wixui-rich-text__text">Your rights</span>',
            "h4",
            ' class="font_4 wixui-rich-text__text"',
        )
        + rich(
            "You can ask to see, correct or delete the information we hold by emailing hello@oliveandember.example."
        )
        + "</div></div></div></div>"
        '<div id="comp-lq0xa1pz" class="comp-lq0xa1pz wixui-section"><div class="_1KV2M"><div class="_3ZIr1">'
        '<div id="comp-lq0xa3r1" class="_2Hij5 wixui-rich-text">'
        + b.c(
            '<span class="wixui-rich-text__text">Stay in the loop</span>', "h3", ' class="font_5"'
        )
        + "</div>"
        '<form id="comp-lq0xa5t7" class="_3cDTy wixui-form"><div class="_2dBhC">'
        + b.c("Enter your email here*", "label", ' class="_20uhs"')
        + '<input type="email" placeholder="Email">'
        + b.c("Subscribe Now", "span", ' class="_1Qjd7"')
        + "</div>"
        + b.c("Thanks for submitting!", "p", ' class="_1xSpf"')
        + "</form></div></div></div>"
        "</div></div></div></main>"
        '<div id="SITE_FOOTER_WRAPPER"><div id="SITE_FOOTER" class="_1GHkk wixui-footer"><div class="_1Xt7V">'
        '<div id="comp-kf8x9z1a" class="_2Hij5 wixui-rich-text">'
        + b.c(
            '<span class="wixui-rich-text__text">14 Canal Street, Manchester M1 3HE</span>',
            "p",
            ' class="font_9"',
        )
        + b.c(
            '<span class="wixui-rich-text__text">Tue to Sun, 12pm till late</span>',
            "p",
            ' class="font_9"',
        )
        + b.c(
            '<span class="wixui-rich-text__text">© 2025 by Olive & Ember. Proudly created with Wix.com</span>',
            "p",
            ' class="font_9"',
        )
        + "</div></div></div></div>"
        "</div></div></div></div>"
        '<div id="consent-banner-root"><div class="_2cYzS" data-hook="consent-banner-root" role="region" aria-label="cookie banner">'
        + b.c(
            "This website uses cookies. We use cookies to improve your experience and for marketing. Read our Cookie Policy.",
            "p",
            ' data-hook="consent-banner-text"',
        )
        + b.c("Settings", "button", ' data-hook="consent-banner-settings-button"')
        + b.c("Decline", "button", ' data-hook="consent-banner-decline-button"')
        + b.c("Accept", "button", ' data-hook="consent-banner-apply-button"')
        + "</div></div></body></html>"
    )
    return b.page


def shopify_dawn() -> Page:
    b = _Builder()
    countries = [
        "Australia (AUD $)",
        "Canada (CAD $)",
        "Germany (EUR \u20ac)",
        "Ireland (EUR \u20ac)",
        "Japan (JPY \u00a5)",
        "New Zealand (NZD $)",
        "United Kingdom (GBP \u00a3)",
        "United States (USD $)",
    ]
    b.page.html = (
        '<!doctype html><html class="no-js" lang="en"><head><title>Privacy policy \u2013 Fathom Surf Co.</title></head>'
        '<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">'
        + b.c("Skip to content", "span")
        + "</a>"
        '<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">'
        '<div class="announcement-bar color-accent-1" role="region" aria-label="Announcement">'
        + b.c(
            "Winter sale: up to 40% off wetsuits and boots",
            "h2",
            ' class="announcement-bar__message h5"',
        )
        + "</div></div>"
        '<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">'
        '<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient">'
        '<header class="header header--middle-left header--mobile-center page-width header--has-menu">'
        '<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">'
        '<summary class="header__icon header__icon--menu" aria-label="Menu"></summary>'
        '<div id="menu-drawer" class="gradient menu-drawer motion-reduce"><div class="menu-drawer__inner-container">'
        '<div class="menu-drawer__navigation-container"><nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">'
        + "".join(
            b.c(
                f'<a href="/collections/{w.lower()}" class="menu-drawer__menu-item list-menu__item link link--text focus-inset">{w}</a>',
                "li",
            )
            for w in ["Wetsuits", "Surfboards", "Accessories", "Journal"]
        )
        + "</ul></nav></div></div></div></details></header-drawer>"
        + b.c(
            "Fathom Surf Co.",
            "a",
            ' href="/" class="header__heading-link link link--text focus-inset"',
        )
        + '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">'
        + "".join(
            '<li><header-menu><details id="Details-HeaderMenu-1" class="mega-menu"><summary class="header__menu-item list-menu__item link focus-inset">'
            + b.c(f"Shop {w}", "span")
            + '</summary><div class="mega-menu__content color-background-1 gradient motion-reduce global-settings-popup" tabindex="-1"><ul class="mega-menu__list page-width" role="list">'
            + b.links([f"{w} new arrivals", f"{w} best sellers", f"{w} sale"])
            + "</ul></div></details></header-menu></li>"
            for w in ["Men", "Women"]
        )
        + "</ul></nav>"
        '<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">'
        "</summary></details></details-modal>"
        + b.c(
            '<span class="visually-hidden">Log in</span>',
            "a",
            ' href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"',
        )
        + b.c(
            '<span class="visually-hidden">Cart</span>',
            "a",
            ' href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"',
        )
        + "</div></header></sticky-header></div>"
        '<cart-notification><div class="cart-notification-wrapper page-width"><div id="cart-notification" class="cart-notification focus-inset color-background-1 gradient" aria-modal="true" aria-label="Item added to your cart" role="dialog" tabindex="-1">'
        + b.c(
            "Item added to your cart",
            "h2",
            ' class="cart-notification__heading caption-large text-body"',
        )
        + b.c(
            "View my cart",
            "a",
            ' href="/cart" id="cart-notification-button" class="button button--secondary button--full-width"',
        )
        + b.c("Continue shopping", "button", ' type="button" class="link button-label"')
        + "</div></div></cart-notification>"
        '<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">'
        '<div class="shopify-policy__container">'
        + _shop_policy(b, "Fathom Surf Co.")
        + "</div></main>"
        '<div id="shopify-section-sections--1__footer" class="shopify-section shopify-section-group-footer-group">'
        '<footer class="footer color-background-1 gradient section-sections--1__footer-padding"><div class="footer__content-top page-width">'
        '<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">'
        '<div class="footer-block grid__item footer-block--menu">'
        + b.c("Help", "h2", ' class="footer-block__heading inline-richtext"')
        + '<ul class="footer-block__details-content list-unstyled">'
        + b.links(["Search", "Shipping and returns", "Size guide", "Wetsuit care"])
        + "</ul></div>"
        '<div class="footer-block grid__item">'
        + b.c("Our story", "h2", ' class="footer-block__heading inline-richtext"')
        + b.c(
            "<p>Shaped in Cornwall since 2011. Every board is glassed by hand in our Newquay workshop.</p>",
            "div",
            ' class="footer-block__details-content rte"',
        )
        + "</div></div>"
        '<div class="footer-block--newsletter"><div class="footer-block__newsletter">'
        + b.c("Subscribe to our emails", "h2", ' class="footer-block__heading inline-richtext"')
        + '<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field">'
        + '<input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email">'
        + b.c("Email", "label", ' class="field__label" for="NewsletterForm--footer"')
        + "</div></div></form></div></div></div>"
        '<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">'
        '<localization-form><form method="post" action="/localization" id="FooterCountryForm"><div class="no-js-hidden">'
        + b.c("Country/region", "h2", ' class="caption-large text-body" id="FooterCountryLabel"')
        + '<div class="disclosure"><ul id="FooterCountryList" role="list" class="disclosure__list list-unstyled">'
        + "".join(
            b.c(
                f'<a class="link link--text disclosure__link caption-large focus-inset" href="#">{c}</a>',
                "li",
                ' class="disclosure__item" tabindex="-1"',
            )
            for c in countries
        )
        + "</ul></div></div></form></localization-form></div>"
        '<div class="footer__column footer__column--info"><div class="footer__copyright caption">'
        + b.c("© 2025, Fathom Surf Co. Powered by Shopify", "small", ' class="copyright__content"')
        + '<ul class="policies list-unstyled">'
        + b.links(["Refund policy", "Terms of service", "Contact information"])
        + "</ul></div></div></div></div></footer></div>"
        '<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-label="Privacy banner">'
        + b.c(
            "We use cookies and similar technologies to provide the best experience on our website.",
            "p",
            ' id="shopify-pc__banner__body-policy-link"',
        )
        + b.c(
            "Accept",
            "button",
            ' id="shopify-pc__banner__btn-accept" class="shopify-pc__banner__btn-accept"',
        )
        + b.c("Decline", "button", ' id="shopify-pc__banner__btn-decline"')
        + "</div></body></html>"
    )
    return b.page


def nextjs_tailwind() -> Page:
    b = _Builder()
    columns = {
        "Product": ["Changelog", "Integrations", "Security"],
        "Company": ["Careers", "Customers", "Brand"],
        "Resources": ["Community", "Templates", "Webinars"],
    }
    footer_cols = "".join(
        '<div class="space-y-3">'
        + b.c(title, "h3", ' class="text-sm font-semibold leading-6 text-gray-900"')
        + '<ul role="list" class="mt-6 space-y-4">'
        + "".join(
            b.c(
                f'<a href="/{w.lower()}" class="text-sm leading-6 text-gray-600 hover:text-gray-900">{w}</a>',
                "li",
            )
            for w in words
        )
        + "</ul></div>"
        for title, words in columns.items()
    )
    b.page.html = (
        '<!DOCTYPE html><html lang="en" class="__className_aaf875"><head><title>Privacy Policy \u2013 Stackwise</title>'
        '<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font"></head>'
        '<body class="min-h-screen bg-white antialiased"><div id="__next">'
        '<div class="relative isolate flex items-center gap-x-6 overflow-hidden bg-gray-50 px-6 py-2.5 sm:px-3.5">'
        + b.c(
            '<strong class="font-semibold">Stackwise Summit 2025</strong> Join us in Lisbon on 4 June to see what is next',
            "p",
            ' class="text-sm leading-6 text-gray-900"',
        )
        + b.c(
            "Register now",
            "a",
            ' href="/summit" class="flex-none rounded-full bg-gray-900 px-3.5 py-1 text-sm font-semibold text-white"',
        )
        + "</div>"
        '<div class="sticky top-0 z-40 w-full backdrop-blur flex-none border-b border-slate-900/10">'
        '<div class="mx-auto flex max-w-7xl items-center justify-between p-6 lg:px-8">'
        + b.c("Stackwise", "a", ' href="/" class="-m-1.5 p-1.5 text-xl font-bold"')
        + '<div class="hidden lg:flex lg:gap-x-12">'
        + "".join(
            b.c(
                w,
                "a",
                f' href="/{w.lower()}" class="text-sm font-semibold leading-6 text-gray-900"',
            )
            for w in ["Product", "Solutions", "Pricing", "Docs"]
        )
        + '</div><div class="hidden lg:flex lg:flex-1 lg:justify-end gap-x-4">'
        + b.c(
            "Sign in", "a", ' href="/login" class="text-sm font-semibold leading-6 text-gray-900"'
        )
        + b.c(
            "Start for free",
            "a",
            ' href="/signup" class="rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white shadow-sm"',
        )
        + "</div></div></div>"
        '<div class="mx-auto max-w-3xl px-6 py-24 lg:px-8"><div class="prose prose-slate lg:prose-lg">'
        + b.p("Privacy Policy", "h1", ' class="text-4xl font-bold tracking-tight"')
        + _saas_policy(b, "Stackwise")
        + "</div>"
        '<div class="mt-16 flex items-center gap-x-3 border-t border-gray-200 pt-6">'
        + b.c("Was this page helpful?", "p", ' class="text-sm text-gray-500"')
        + b.c("Yes, thanks", "button", ' class="rounded border px-2 text-sm"')
        + b.c("Not really", "button", ' class="rounded border px-2 text-sm"')
        + "</div></div>"
        '<div class="bg-white" aria-labelledby="footer-heading"><div class="mx-auto max-w-7xl px-6 pb-8 pt-16 sm:pt-24 lg:px-8">'
        '<div class="xl:grid xl:grid-cols-3 xl:gap-8"><div class="space-y-8">'
        + b.c(
            "Build faster with a workspace your whole team understands.",
            "p",
            ' class="text-sm leading-6 text-gray-600"',
        )
        + '</div><div class="mt-16 grid grid-cols-2 gap-8 xl:col-span-2 xl:mt-0">'
        + footer_cols
        + "</div></div>"
        '<div class="mt-16 border-t border-gray-900/10 pt-8 sm:mt-20 lg:mt-24 lg:flex lg:items-center lg:justify-between"><div>'
        + b.c(
            "Subscribe to our newsletter",
            "h3",
            ' class="text-sm font-semibold leading-6 text-gray-900"',
        )
        + b.c(
            "The latest news, articles and resources, sent to your inbox weekly.",
            "p",
            ' class="mt-2 text-sm leading-6 text-gray-600"',
        )
        + "</div></div>"
        + b.c(
            "© 2025 Stackwise, Inc. All rights reserved.",
            "p",
            ' class="mt-8 text-xs leading-5 text-gray-500"',
        )
        + "</div></div>"
        "</div>"
        '<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>'
        '<div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div role="dialog" aria-label="Privacy">'
        '<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns">'
        '<div id="onetrust-policy">'
        + b.c(
            "By clicking \u201cAccept All Cookies\u201d, you agree to the storing of cookies on your device to enhance site navigation, analyse site usage, and assist in our marketing efforts.",
            "div",
            ' id="onetrust-policy-text"',
        )
        + '</div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">'
        + b.c("Cookies Settings", "button", ' id="onetrust-pc-btn-handler"')
        + b.c("Accept All Cookies", "button", ' id="onetrust-accept-btn-handler"')
        + "</div></div></div></div></div></div>"
        '<div id="onetrust-pc-sdk" class="otPcCenter ot-hide ot-fade-in" role="dialog" aria-modal="true" aria-labelledby="ot-pc-title">'
        '<div class="ot-pc-header"></div><div id="ot-pc-content" class="ot-pc-scrollbar">'
        + b.c("Privacy Preference Center", "h2", ' id="ot-pc-title"')
        + b.c(
            "When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies. Because we respect your right to privacy, you can choose not to allow some types of cookies.",
            "div",
            ' id="ot-pc-desc"',
        )
        + '<div class="ot-accordion-layout ot-cat-item">'
        + b.c("Strictly Necessary Cookies", "h4", ' class="ot-cat-header"')
        + b.c(
            "These cookies are necessary for the website to function and cannot be switched off in our systems. They are usually only set in response to actions made by you which amount to a request for services.",
            "p",
            ' class="ot-category-desc"',
        )
        + b.c("Performance Cookies", "h4", ' class="ot-cat-header"')
        + b.c(
            "These cookies allow us to count visits and traffic sources so we can measure and improve the performance of our site.",
            "p",
            ' class="ot-category-desc"',
        )
        + "</div></div>"
        '<div class="ot-pc-footer">'
        + b.c(
            "Confirm My Choices",
            "button",
            ' class="save-preference-btn-handler onetrust-close-btn-handler"',
        )
        + "</div></div></div>"
        '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/legal/privacy"}</script>'
        "</body></html>"
    )
    return b.page


def hubspot_marketing() -> Page:
    b = _Builder()

    def mega(title: str, items: list[tuple[str, str]]) -> str:
        return (
            '<li class="hs-menu-item hs-menu-depth-1 hs-item-has-children" role="none">'
            + b.c(
                title,
                "a",
                ' href="javascript:;" aria-haspopup="true" aria-expanded="false" role="menuitem"',
            )
            + '<div class="mega-menu__panel"><div class="mega-menu__grid">'
            + "".join(
                '<div class="mega-menu__card">'
                + b.c(
                    name, "a", f' href="/{name.lower().replace(" ", "-")}" class="mega-menu__title"'
                )
                + b.c(blurb, "p", ' class="mega-menu__blurb"')
                + "</div>"
                for name, blurb in items
            )
            + "</div></div></li>"
        )

    b.page.html = (
        '<!DOCTYPE html><html lang="en"><head><title>Privacy Policy | Beacon Field Services</title>'
        '<meta name="generator" content="HubSpot"></head><body class="   hs-content-id-7741 hs-site-page page ">'
        '<div class="body-wrapper   hs-content-id-7741 hs-site-page page "><div data-global-resource-path="beacon-theme/templates/partials/header.html">'
        '<div class="header__container"><div class="header__row-1"><div class="header__logo">'
        + b.c("Beacon Field Services", "span", ' class="logo-company-name"')
        + '</div><div id="hs_menu_wrapper_module_1598" class="hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal">'
        '<ul role="menu" class="active-branch">'
        + mega(
            "Platform",
            [
                (
                    "Scheduling",
                    "Drag-and-drop dispatch for crews of any size, with live traffic-aware routes.",
                ),
                ("Invoicing", "Turn finished jobs into paid invoices the same afternoon."),
                ("Customer portal", "Let customers book, reschedule and pay from their phone."),
            ],
        )
        + mega(
            "Industries",
            [
                ("HVAC", "Maintenance agreements and seasonal tune-up campaigns made simple."),
                ("Plumbing", "Quote, schedule and invoice emergency call-outs in minutes."),
            ],
        )
        + '<li class="hs-menu-item hs-menu-depth-1" role="none">'
        + b.c("Pricing", "a", ' href="/pricing" role="menuitem"')
        + "</li></ul></div>"
        '<div class="header__cta">'
        + b.c("Book a demo", "a", ' class="cta_button" href="/demo"')
        + b.c("Talk to sales: +1 (415) 555-0148", "span", ' class="header__phone"')
        + "</div></div></div></div>"
        '<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--legal">'
        '<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column">'
        '<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">'
        '<div id="hs_cos_wrapper_widget_1612" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text">'
        '<span id="hs_cos_wrapper_widget_1612_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text">'
        + b.p("Beacon Privacy Policy", "h1")
        + _saas_policy(b, "Beacon Field Services", "h3")
        + "</span></div></div></div></div></div></div></div>"
        '<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-section cta-band"><div class="row-fluid"><div class="span6 widget-span">'
        + b.c("See Beacon in action", "h2")
        + b.c(
            "Join 4,000 field service teams who schedule smarter. Get a personalised 20-minute walkthrough.",
            "p",
        )
        + '</div><div class="span6 widget-span"><div class="hs_cos_wrapper hs_cos_wrapper_type_form"><form class="hs-form stacked">'
        + b.c("Work email*", "label")
        + '<input type="email" name="email">'
        + b.c("Company size*", "label")
        + b.c("Get my demo", "button", ' class="hs-button primary large"')
        + "</form></div></div></div></div>"
        "</div></main>"
        '<div data-global-resource-path="beacon-theme/templates/partials/footer.html"><div class="footer__container"><div class="footer__columns">'
        + "".join(
            '<div class="footer__column">'
            + b.c(title, "h4", ' class="footer__heading"')
            + '<span class="hs-menu-wrapper hs-menu-flow-vertical"><ul role="menu">'
            + "".join(
                b.c(
                    f'<a href="/{w.lower().replace(" ", "-")}" role="menuitem">{w}</a>',
                    "li",
                    ' class="hs-menu-item hs-menu-depth-1" role="none"',
                )
                for w in words
            )
            + "</ul></span></div>"
            for title, words in (
                ("Solutions", ["Dispatch", "Route planning", "Payments"]),
                ("Company", ["About us", "Press room", "Partners"]),
                ("Support", ["Knowledge base", "System status", "Contact support"]),
            )
        )
        + "</div>"
        + b.c(
            "Beacon Field Services, Inc. 501 Folsom Street, San Francisco, CA 94105",
            "p",
            ' class="footer__address"',
        )
        + "</div></div></div>"
        '<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="">'
        '<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording">'
        + b.c(
            "This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website and allow us to remember you.",
            "p",
        )
        + '</div><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">'
        + b.c("Accept", "a", ' href="#" id="hs-eu-confirmation-button" role="button"')
        + b.c("Decline", "a", ' href="#" id="hs-eu-decline-button" role="button"')
        + "</div></div></div></div>"
        "</body></html>"
    )
    return b.page


def table_layout_2005() -> Page:
    b = _Builder()
    left = [
        "Home",
        "About the Club",
        "Fixtures",
        "Results",
        "Match Reports",
        "Photo Gallery",
        "Guestbook",
        "Links",
    ]
    b.page.html = (
        "<html><head><title>Marsh End Bowls Club - Privacy</title>"
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
        '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">'
        '<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">'
        '<tr><td colspan="2" bgcolor="#006633" height="90">'
        + b.c("Marsh End Bowls Club", "font", ' face="Georgia" size="6" color="#FFFFFF"')
        + "<br>"
        + b.c(
            "Established 1923 - New Members Always Welcome",
            "font",
            ' face="Verdana" size="1" color="#CCFFCC"',
        )
        + "</td></tr>"
        '<tr><td width="160" valign="top" bgcolor="#E6F2E6">'
        '<table width="100%" cellpadding="4">'
        + "".join(
            "<tr><td>"
            + b.c(
                f'<a href="{w.lower().replace(" ", "_")}.htm">{w}</a>',
                "font",
                ' face="Verdana" size="2"',
            )
            + "</td></tr>"
            for w in left
        )
        + "</table><br>"
        + b.c("Visitors since March 2004: 18,341", "font", ' face="Verdana" size="1"')
        + "<br><br>"
        + b.c("Sponsored by Hartley & Sons Funeral Directors", "font", ' face="Verdana" size="1"')
        + '</td><td width="620" valign="top" style="padding:12px">'
        + _club_policy(b, "Marsh End Bowls Club")
        + "<br><br><hr>"
        + b.c(
            '<a href="javascript:window.external.AddFavorite(location.href, document.title)">Bookmark this page</a>',
            "font",
            ' face="Verdana" size="1"',
        )
        + "</td></tr>"
        '<tr><td colspan="2" align="center" bgcolor="#006633">'
        + b.c(
            '<a href="index.htm">Home</a> | <a href="contact.htm">Contact Us</a> | <a href="sitemap.htm">Site Map</a>',
            "font",
            ' face="Verdana" size="1" color="#FFFFFF"',
        )
        + "<br>"
        + b.c(
            "Copyright © 2005 Marsh End Bowls Club. Best viewed at 800x600 in Internet Explorer.",
            "font",
            ' face="Verdana" size="1" color="#FFFFFF"',
        )
        + "</td></tr></table></body></html>"
    )
    return b.page


def google_sites() -> Page:
    b = _Builder()
    nav = ["Home", "Timetable", "Swim Squads", "Galas", "Volunteers", "Contact"]

    def tile(text: str, tag: str = "p") -> str:
        return b.p(f'<span class="C9DxTc ">{text}</span>', tag, ' dir="ltr" class="CDt4Ke zfr3Q"')

    b.page.html = (
        '<!DOCTYPE html><html lang="en-GB" itemscope itemtype="http://schema.org/WebPage"><head><title>Otterpool Swimming Club - Privacy notice</title></head>'
        '<body><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;" class="UtePc RCETm yxgWrb" dir="ltr">'
        '<div class="Xpil1b xgQ6eb"></div><div jsname="tvfSH" class="BbxBP HP6J1d K5Zlne" jscontroller="Kdg5fd"><div class="JzO0Vc">'
        + b.c("Otterpool Swimming Club", "span", ' class="Zjiec"')
        + '</div><div class="jYxBte Fpy8Db" tabindex="-1"><ul class="jgXgSe HlqNPb">'
        + "".join(
            '<li jsname="ibnC6b" data-nav-level="1"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf">'
            + b.c(
                f'<a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="ibnC6b" data-level="1" href="/view/otterpool/{w.lower().replace(" ", "-")}">{w}</a>',
                "div",
                ' class="I35ICb"',
            )
            + "</div></li>"
            for w in nav
        )
        + "</ul></div></div>"
        '<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section id="h.2c6a" class="yaqOZd LB7kq cJgDec nyKByd O13XJf KEFykf" style="">'
        '<div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc">'
        '<div class="JNdkSc-SmKAyb LkDMRd"><div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 wHaque GNzUNc"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb baZpAe">'
        + b.p(
            '<span class="C9DxTc ">Privacy notice</span>',
            "h1",
            ' id="h.p_privacy" dir="ltr" class="CDt4Ke zfr3Q OmQG5e"',
        )
        + tile(
            "Otterpool Swimming Club is a volunteer-run club affiliated to Swim England. The club committee decides how members\u2019 information is used."
        )
        + b.p(
            '<span class="C9DxTc ">What we hold about swimmers</span>',
            "h3",
            ' id="h.p_hold" dir="ltr" class="CDt4Ke zfr3Q JYVBee"',
        )
        + tile(
            "For each swimmer we hold their name, date of birth, school year, emergency contact numbers and any medical conditions a parent tells us about."
        )
        + tile(
            "Coaches record training attendance and gala times so that swimmers can be placed in the right squad."
        )
        + b.p(
            '<span class="C9DxTc ">Who we share it with</span>',
            "h3",
            ' dir="ltr" class="CDt4Ke zfr3Q JYVBee"',
        )
        + tile(
            "We register every swimmer with Swim England, which needs their name, date of birth and club. Gala results, with names and ages, are published on the county results website."
        )
        + b.p(
            '<span class="C9DxTc ">Photographs and video</span>',
            "h3",
            ' dir="ltr" class="CDt4Ke zfr3Q JYVBee"',
        )
        + tile(
            "We only post photographs of swimmers under 18 with written permission from a parent, and never with their full name."
        )
        + b.p(
            '<span class="C9DxTc ">Keeping and deleting records</span>',
            "h3",
            ' dir="ltr" class="CDt4Ke zfr3Q JYVBee"',
        )
        + tile(
            "Medical details are destroyed when a swimmer leaves. Gala results are kept as part of the club\u2019s history."
        )
        + tile("Questions go to the club welfare officer at welfare@otterpoolsc.example.")
        + "</div></div></div></div></div></div></div></div></section>"
        '<section id="h.1e9b" class="yaqOZd"><div class="tyJCtd mGzaTb baZpAe">'
        + b.c(
            '<span class="C9DxTc ">Training is at Otterpool Leisure Centre, Tuesdays and Thursdays 6pm to 8pm.</span>',
            "p",
            ' dir="ltr" class="CDt4Ke zfr3Q"',
        )
        + "</div></section></div>"
        '<div class="dZA9kd ynRLnc" data-last-updated-at-time="1706870410000"><div role="button" class="LqzjUe ztA5Xe">'
        + b.c("Google Sites", "span", ' class="wOp3Fe"')
        + '</div><div class="Bn8Wdc">'
        + b.c("Report abuse", "span", ' class="Rb7Isb" role="button"')
        + b.c("Page details", "span", ' class="Rb7Isb" role="button"')
        + b.c("Page updated", "div", ' class="WMsBPb"')
        + "</div></div></div></body></html>"
    )
    return b.page


def docs_site() -> Page:
    b = _Builder()
    sidebar = {
        "Getting started": ["Introduction", "Quickstart", "Authentication"],
        "API reference": ["Endpoints", "Webhooks", "Rate limits"],
        "Legal": ["Terms of Service", "Data Processing Addendum", "Subprocessors"],
    }
    side = "".join(
        '<div class="mt-6 lg:mt-8">'
        + b.c(group, "h5", ' class="mb-3.5 pl-4 font-semibold text-gray-900 lg:mb-2.5"')
        + '<ul class="space-y-px">'
        + "".join(
            b.c(
                f'<a class="group mt-2 flex items-center pl-4 py-1.5 text-gray-700" href="/{w.lower().replace(" ", "-")}"><div class="flex-1">{w}</div></a>',
                "li",
            )
            for w in words
        )
        + "</ul></div>"
        for group, words in sidebar.items()
    )
    on_this_page = [
        "1. Data we collect",
        "2. Why we use it",
        "3. Who receives it",
        "4. How long we keep it",
        "5. Your rights",
    ]
    b.page.html = (
        '<!DOCTYPE html><html lang="en"><head><title>Privacy Notice - Relaypoint Docs</title></head><body class="antialiased">'
        '<div id="navbar" class="z-30 fixed lg:sticky top-0 w-full"><div class="relative flex items-center h-16 px-4">'
        + b.c("Relaypoint Docs", "a", ' href="/" class="text-lg font-semibold"')
        + '<div class="flex-1 flex justify-center"><button type="button" id="search-bar-entry" class="flex items-center text-sm">'
        + b.c("Search or ask...", "span")
        + b.c("Ctrl K", "kbd")
        + '</button></div><div class="flex items-center gap-x-6">'
        + b.c("API Status", "a", ' href="https://status.example"')
        + b.c(
            "Dashboard",
            "a",
            ' href="/dashboard" class="rounded-full bg-primary px-4 py-1.5 text-white"',
        )
        + "</div></div>"
        '<div class="flex gap-x-6 px-4 border-b">'
        + "".join(
            b.c(w, "a", f' href="/{w.lower()}" class="py-3 text-sm"')
            for w in ["Guides", "Reference", "Changelog", "Legal"]
        )
        + "</div></div>"
        '<div class="max-w-8xl px-4 mx-auto lg:px-8"><div id="sidebar" class="hidden lg:block fixed z-20 inset-0 top-[7rem] w-[18rem] pb-10 overflow-y-auto">'
        '<div id="sidebar-content" class="relative lg:text-sm lg:leading-6">'
        + side
        + "</div></div>"
        '<div class="lg:pl-[20rem] lg:pr-[19rem]"><div id="content-area" class="relative grow mx-auto px-1 overflow-hidden">'
        '<header id="header" class="relative">'
        + b.c(
            "Legal",
            "div",
            ' class="mt-0.5 space-y-2.5 eyebrow h-5 text-primary text-sm font-semibold"',
        )
        + b.p(
            "Privacy Notice",
            "h1",
            ' class="inline-block text-2xl sm:text-3xl font-extrabold text-gray-900"',
        )
        + '</header><div id="content" class="relative mt-8 prose prose-gray">'
        + _saas_policy(b, "Relaypoint")
        + "</div>"
        '<div class="leading-6 mt-14"><div class="flex items-center justify-between">'
        + b.c("Was this page helpful?", "div", ' class="text-sm"')
        + b.c("Yes", "button")
        + b.c("No", "button")
        + "</div>"
        + b.c(
            "Suggest edits",
            "a",
            ' href="https://github.com/relaypoint/docs/edit/main/legal/privacy.mdx" class="text-sm"',
        )
        + b.c(
            "Raise issue",
            "a",
            ' href="https://github.com/relaypoint/docs/issues/new" class="text-sm"',
        )
        + "</div>"
        '<div id="pagination" class="mt-12 flex justify-between">'
        + b.c("<span>Terms of Service</span>", "a", ' href="/legal/terms" class="previous"')
        + b.c("<span>Data Processing Addendum</span>", "a", ' href="/legal/dpa" class="next"')
        + "</div>"
        '<div id="footer" class="flex gap-12 justify-between pt-10 border-t border-gray-100 sm:flex mt-14 pb-28">'
        + b.c(
            "Powered by Mintlify", "a", ' href="https://mintlify.com" class="text-sm text-gray-400"'
        )
        + b.links(["GitHub", "LinkedIn", "X"], "a")
        + "</div></div></div>"
        '<div id="table-of-contents" class="hidden xl:flex fixed top-[7rem] right-[max(0px,calc(50%-44rem))] w-[19rem]">'
        + b.c("On this page", "div", ' class="text-gray-700 text-sm leading-6"')
        + "<ul>"
        + "".join(
            f'<li class="toc-item"><a href="#{i}" class="py-1 block">{t}</a></li>'
            for i, t in enumerate(on_this_page)
        )
        + "</ul></div></div></body></html>"
    )
    return b.page


def elementor() -> Page:
    b = _Builder()

    def widget(inner: str, kind: str) -> str:
        return (
            f'<div class="elementor-element elementor-widget elementor-widget-{kind}" data-widget_type="{kind}.default">'
            f'<div class="elementor-widget-container">{inner}</div></div>'
        )

    def section(inner: str, extra: str = "") -> str:
        return (
            f'<section class="elementor-section elementor-top-section elementor-section-boxed {extra}"><div class="elementor-container elementor-column-gap-default">'
            f'<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">{inner}</div></div></div></section>'
        )

    body = "".join(
        [
            b.p(
                "This privacy notice applies to Greenway Physio & Sports Therapy and to bookings made through this website."
            ),
            b.p("<strong>Health information</strong>"),
            b.p(
                "Before your first appointment your therapist records your medical history, current medication and the details of your injury. These clinical notes are kept on our practice management system and are only seen by the clinicians treating you."
            ),
            b.p("<strong>Appointments and reminders</strong>"),
            b.p(
                "We use your phone number to send appointment reminders by text message. Reply STOP to any reminder to turn them off."
            ),
            b.p("<strong>Insurers</strong>"),
            b.p(
                "If your treatment is paid for by a health insurer we send them your invoice, your membership number and a short treatment summary."
            ),
            b.p("<strong>How long we keep records</strong>"),
            b.p(
                "Clinical records are kept for eight years after your last appointment, or until your 25th birthday if you were treated as a child, whichever is later."
            ),
            b.p(
                "Ask us for a copy of your notes at any time by emailing reception@greenwayphysio.example."
            ),
        ]
    )
    b.page.html = (
        '<!DOCTYPE html><html lang="en-GB"><head><title>Privacy Notice - Greenway Physio</title></head>'
        '<body class="page-template-default page elementor-default elementor-kit-6 elementor-page elementor-page-3">'
        '<div data-elementor-type="header" data-elementor-id="42" class="elementor elementor-42 elementor-location-header">'
        + section(
            widget(
                b.c(
                    "Greenway Physio",
                    "span",
                    ' class="elementor-heading-title elementor-size-default"',
                ),
                "heading",
            )
            + widget(
                '<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-5c1b" class="elementor-nav-menu">'
                + "".join(
                    b.c(
                        f'<a href="/{w.lower()}/" class="elementor-item">{w}</a>',
                        "li",
                        ' class="menu-item menu-item-type-post_type"',
                    )
                    for w in ["Treatments", "Clinicians", "Prices", "Book"]
                )
                + "</ul></nav>",
                "nav-menu",
            )
            + widget(b.c("Book online", "span", ' class="elementor-button-text"'), "button"),
            "elementor-section-height-min-height",
        )
        + "</div>"
        '<div data-elementor-type="wp-page" data-elementor-id="3" class="elementor elementor-3">'
        + section(
            widget(
                b.p("Privacy Notice", "h1", ' class="elementor-heading-title elementor-size-xl"'),
                "heading",
            )
        )
        + section(widget(body, "text-editor"))
        + section(
            widget(
                b.c("Ready to get moving again?", "h2", ' class="elementor-heading-title"'),
                "heading",
            )
            + widget(
                b.c(
                    "Most patients feel a difference after two sessions. New patient assessments from 45 pounds.",
                    "p",
                ),
                "text-editor",
            )
            + widget(
                b.c("Book your assessment", "span", ' class="elementor-button-text"'), "button"
            ),
            "cta-section",
        )
        + "</div>"
        '<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer">'
        + section(
            widget(b.c("Opening hours", "h4", ' class="elementor-heading-title"'), "heading")
            + widget(
                '<ul class="elementor-icon-list-items">'
                + b.c(
                    '<span class="elementor-icon-list-text">Monday to Friday 8am to 8pm</span>',
                    "li",
                    ' class="elementor-icon-list-item"',
                )
                + b.c(
                    '<span class="elementor-icon-list-text">Saturday 9am to 1pm</span>',
                    "li",
                    ' class="elementor-icon-list-item"',
                )
                + "</ul>",
                "icon-list",
            )
            + widget(b.c("Unit 3, Riverside Business Park, Leeds LS10 1DJ", "p"), "text-editor")
            + widget(b.c("© 2025 Greenway Physio Ltd. Website by PixelHive", "p"), "text-editor")
        )
        + "</div>"
        '<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-bar-container cli-style-v2">'
        + b.c(
            "We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.",
            "div",
            ' class="cli-bar-message"',
        )
        + b.c("Cookie Settings", "a", ' role="button" class="cli_settings_button"')
        + b.c("Accept All", "a", ' id="wt-cli-accept-all-btn" role="button"')
        + "</div></body></html>"
    )
    return b.page


NEW_HELD_OUT_PAGES = {
    "wix": wix(),
    "shopify-dawn": shopify_dawn(),
    "nextjs-tailwind": nextjs_tailwind(),
    "hubspot-marketing": hubspot_marketing(),
    "table-layout-2005": table_layout_2005(),
    "google-sites": google_sites(),
    "docs-site": docs_site(),
    "elementor": elementor(),
}
