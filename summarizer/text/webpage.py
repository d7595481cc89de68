"""The policy on a web page: its text with site chrome left out, headings kept.

HTML becomes markdown-ish plain text (`html_text.render_text`): headings become `#`
lines, block elements paragraphs, list items `* ` lines, a bold paragraph or a bold lead
line `**...**` (a heading to the chunker), and links or flex items that the page sets
apart stay apart. Evidence offsets index this text, so it is built by this one walker,
whatever decides which parts of the page are the policy. Three steps decide that:

1. Structure: navigation, the site's header and footer, page asides, dialogs and forms,
   hidden elements, and elements whose class, id or builder layer name names a cookie
   banner, modal, sidebar, widget, ad, comment section, teaser, recently viewed or
   related articles, a logo strip, or a byline not stating the policy's date, are
   removed (`_is_chrome`, `_is_widget`), unless one holds a large share of the page's
   words (a builder's "elementor-widget" box, a wrapper "page with-sidebar"); a
   <header> holding the page's <h1> stays. Outside <main> and <article>, boxes named
   as the site's header, menus or footer and its small print ("© 2025 ...") go too
   (`site_frame`); inside them, the links standing alone in the policy's own <footer>
   ("Edit this page"); anywhere, link lists with no prose beside them (`link_lists`).
2. The page's one `<main>`, when it holds a fair share of what is left.
3. A content extractor made for the job, readability-lxml (Apache-2.0, the Python port
   of Arc90's Readability), reads the original page; a paragraph of ours is kept when
   its words appear in what the extractor kept, a heading when the paragraph after
   it is kept (the page's `# ` title when one of the few after it is, past a byline),
   and a line stating the policy's date ("Last updated ...") always. When the
   extractor keeps too little of the page (`_MIN_LIBRARY_SHARE`), fails, or is not
   installed, or the page is too big for it (`_MAX_LIBRARY_HTML` characters once
   scripts, styles and chrome are gone), step 2's text is used.
   `bench/bench_main_content.py` measures chrome that leaks and policy that is lost,
   and compares trafilatura.

A page that is all chrome is kept whole rather than emptied.
"""

from __future__ import annotations

import logging
import re

from bs4 import BeautifulSoup
from bs4.element import Comment, NavigableString, Tag

from summarizer.text.dating import find_policy_date
from summarizer.text.html_text import DROPPED_TAGS, css_bold_classes, render_text
from summarizer.text.link_lists import link_list_chrome
from summarizer.text.site_frame import MAX_CHROME_SHARE, drop_site_frame

ContentDecider = str  # "readability" (used), "trafilatura" (compared in bench/), "none"
_MIN_LIBRARY_SHARE = 0.25
_MAX_GAP_BLOCKS = 3
_MAX_LIBRARY_HTML = 600_000
_WORDS = re.compile(r"[\W_]+")


def html_to_text(html: str, *, decider: ContentDecider = "readability") -> str:
    """The policy text of an HTML page (see the module docstring)."""
    soup = BeautifulSoup(html, "html.parser")
    bold = css_bold_classes(soup)  # read before the style sheets are dropped below
    whole = render_text(soup, bold)
    page_words = len(whole.split())
    for chrome in soup.find_all(
        lambda tag: tag.name in DROPPED_TAGS or _is_chrome(tag) or _is_widget(tag, page_words)
    ):
        if not chrome.decomposed:  # not already gone with an enclosing piece of chrome
            chrome.decompose()
    drop_site_frame(soup)
    _drop_content_footer_links(soup)
    for links in link_list_chrome(soup):
        links.decompose()
    structural = render_text(soup, bold)
    mains = soup.find_all(_is_main)
    if len(mains) == 1:
        main = render_text(mains[0], bold)
        if len(main) >= _MIN_MAIN_SHARE * len(structural):
            structural = main
    if not structural.strip():
        return whole
    # The extractor reads the page as left by step 1 (no scripts, styles or chrome):
    # smaller, and it is slow on big pages, so past `_MAX_LIBRARY_HTML` it is skipped.
    cleaned = str(soup)
    if len(cleaned) > _MAX_LIBRARY_HTML:
        return structural
    kept = _filter_by_library(structural, cleaned, decider)
    return kept or structural


def _filter_by_library(text: str, html: str, decider: ContentDecider) -> str | None:
    """The blocks of `text` that the content extractor also kept; None when it is not
    installed, fails, or keeps less than `_MIN_LIBRARY_SHARE` of the text."""
    content = _library_text(html, decider)
    if content is None:
        return None
    found = _squash(content)
    blocks = text.split("\n\n")
    keep = [bool(_squash(block)) and _squash(block) in found for block in blocks]
    # A short run of blocks between kept ones is kept (extractors drop link-heavy list
    # items, such as a contact list, from the middle of the content). Only what the
    # extractor kept bounds such a run: a date line kept below does not pull in the
    # "Edit this page" link beside it in a docs page's footer.
    index = 0
    while index < len(blocks):
        if keep[index]:
            index += 1
            continue
        end = index
        while end < len(blocks) and not keep[end]:
            end += 1
        if index > 0 and end < len(blocks) and _gap_size(blocks[index:end]) <= _MAX_GAP_BLOCKS:
            keep[index:end] = [True] * (end - index)
        index = end
    # A "Last updated" line is kept too: extractors drop it as page furniture.
    keep = [
        kept or find_policy_date(block) is not None
        for kept, block in zip(keep, blocks, strict=True)
    ]
    # A heading is kept when the block it introduces is (extractors drop titles), and the
    # page's title when one of the blocks after it is, past a byline of up to
    # `_MAX_GAP_BLOCKS` lines (author, date, "Updated" in a help-centre article).
    for index in range(len(blocks) - 2, -1, -1):
        if keep[index] or not _is_heading_block(blocks[index]):
            continue
        after = _MAX_GAP_BLOCKS + 1 if blocks[index].startswith("# ") else 1
        if any(keep[index + 1 : index + 1 + after]):
            keep[index] = True
    kept = [block for block, wanted in zip(blocks, keep, strict=True) if wanted]
    if sum(len(block) for block in kept) < _MIN_LIBRARY_SHARE * len(text):
        return None
    return "\n\n".join(kept)


_LIST_ITEM_BLOCK = re.compile(r"(?:[*-]|\d{1,3}[.)])\s")


def _gap_size(blocks: list[str]) -> int:
    """How many blocks a run left out by the extractor counts as: a list counts as one
    block, however many items it has (an app's "privacy policies of the services we
    use" list of links is dropped item by item)."""
    size = 0
    in_list = False
    for block in blocks:
        is_item = bool(_LIST_ITEM_BLOCK.match(block))
        size += not (is_item and in_list)
        in_list = is_item
    return size


def _library_text(html: str, decider: ContentDecider) -> str | None:
    if decider == "trafilatura":
        try:
            import trafilatura
        except ImportError:
            return None
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
        try:
            return trafilatura.extract(
                html,
                include_comments=False,
                include_tables=True,
                include_formatting=True,
                include_links=False,
                favor_recall=True,
                deduplicate=False,
            )
        except (ValueError, TypeError, AttributeError, RecursionError):
            return None
    if decider == "readability":
        try:
            from readability import Document
            from readability.readability import Unparseable
        except ImportError:
            return None
        logging.getLogger("readability").setLevel(logging.CRITICAL)
        try:
            summary = Document(html).summary(html_partial=True)
        except (Unparseable, ValueError, TypeError, RecursionError):
            return None
        return BeautifulSoup(summary, "html.parser").get_text(" ")
    return None


def _squash(text: str) -> str:
    """`text`'s letters and digits only: the extractor's text is read with a space
    between every two elements (`<b>Pri</b>vacy` as "Pri vacy"), ours is not."""
    return _WORDS.sub("", text.lower())


def _is_heading_block(block: str) -> bool:
    return block.startswith("#") or (block.startswith("**") and block.endswith("**"))


_MIN_MAIN_SHARE = 0.3
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "complementary"}
)
_CONTENT_TAGS = frozenset({"main", "article"})
_HEADING_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
_CHROME_TAGS = frozenset({"nav", "dialog", "button", "select", "form"})
# Only containers are judged by their class or id: site chrome comes in boxes.
_CONTAINER_TAGS = frozenset({"div", "section", "aside", "header", "footer", "ul", "ol", "span"})
# Class or id words of site chrome in common templates: cookie and consent banners,
# modals, sidebars and widgets, ads, comments, teasers, carts, chat launchers, calls to
# action ("cta").
_CHROME_WORDS = re.compile(
    r"(?:^|[-_\s])(?:cookies?|consent|gdpr|cmp|modal|popup|pop-up|overlay|lightbox|"
    r"newsletter|subscribe|signup|sign-up|login|log-in|signin|sidebar|side-bar|"
    r"widget-area|ads?|advert|advertisement|ad-slot|ad-unit|sponsored?|promo|banner|"
    r"comments?|respond|related|recommendations?|teasers?|trending|most-read|share|"
    r"sharing|social|breadcrumbs?|cart|drawer|minicart|intercom|chat|launcher|"
    r"announcement|toolbar|skip-link|rail|online-list|votes?|feedback|cta|"
    # "Back to top" links, a help centre's recently viewed and related ("relatives")
    # articles, a marketing page's strip of customer logos ("Trusted by ...").
    r"to-top|recent(?:ly)?-viewed|recent-articles|relatives|logos|"
    r"logo-(?:strip|wall|cloud|grid|bar)|trusted-by)(?:$|[-_\s])",
    re.IGNORECASE,
)
# A byline ("Priya Nair, updated 3 months ago"): chrome unless it states the policy's
# date ("Last updated 3 March 2025"), which the label reads.
_BYLINE_WORDS = re.compile(r"(?:^|[-_\s])(?:byline|authors?|meta)(?:$|[-_\s])", re.IGNORECASE)


def _names(tag: Tag) -> str:
    """A box's class, id and builder layer name (Framer's `data-framer-name`, the name
    the designer gave the layer, "CTA" or "Footer", where its classes are hashes)."""
    layer = str(tag.get("data-framer-name") or "")
    return " ".join([*_as_list(tag.get("class")), str(tag.get("id") or ""), layer])


def _is_main(tag: Tag) -> bool:
    return tag.name == "main" or tag.get("role") == "main"


def _is_chrome(tag: Tag) -> bool:
    """Site navigation, or a header/footer of the page rather than of its content."""
    if tag.name == "nav" or tag.get("role") in _CHROME_ROLES:
        return True
    if tag.name in ("header", "footer"):
        if tag.name == "header" and _holds_title(tag):
            return False  # the policy's own header ("<header><h1>Privacy Notice</h1>")
        return not any(parent.name in _CONTENT_TAGS or _is_main(parent) for parent in tag.parents)
    return False


def _drop_content_footer_links(soup: BeautifulSoup) -> None:
    """Remove the links standing alone in the policy's own <footer> (inside <main> or
    <article>): "Edit this page", tag, author and next-page links. Its prose, such as
    the "Last updated ..." line, stays; a footer holding a heading is left whole."""
    for footer in soup.find_all("footer"):
        if footer.decomposed or not _in_content(footer) or footer.find(_HEADING_TAGS):
            continue
        for link in footer.find_all("a"):
            if link.decomposed:
                continue
            box, text = link, link.get_text(" ").strip()
            while box.parent is not None and box.parent is not footer:
                if box.parent.get_text(" ").strip() != text:
                    break
                box = box.parent
            siblings = box.parent.contents if box.parent is not None else []
            in_prose = any(
                isinstance(sibling, NavigableString)
                and not isinstance(sibling, Comment)
                and sibling.strip()
                for sibling in siblings
            )
            if not in_prose:  # a link in a sentence ("write to dpo@...") stays
                box.decompose()


def _in_content(tag: Tag) -> bool:
    return any(parent.name in _CONTENT_TAGS or _is_main(parent) for parent in tag.parents)


def _holds_title(tag: Tag) -> bool:
    """Whether `tag` holds an <h1> that is not a link (a site's logo often is one)."""
    for title in tag.find_all("h1"):
        text = title.get_text(" ").strip()
        links = " ".join(link.get_text(" ").strip() for link in title.find_all("a"))
        if text and links.strip() != text:
            return True
    return False


# WordPress names a sidebar's widget "widget widget_text"; page builders name every box
# of content "elementor-widget", "widget-span", "hs_cos_wrapper_widget": only the former
# is chrome.
_WORDPRESS_WIDGET = re.compile(r"^widget(?:$|_|-area$)")


def _is_widget(tag: Tag, page_words: int) -> bool:
    """Chrome that can sit anywhere, even inside <main>: dialogs and forms, hidden
    elements (closed modals), asides outside the content (inside <main> or <article>
    an aside is a box of the policy, "Privacy at a glance"), and containers whose class
    or id names a banner, modal, sidebar, widget, ad, comment section or teaser, unless
    it holds `MAX_CHROME_SHARE` of the page's words. The page's <body>, <main> and
    <article> never count (a template may put "sidebar" in the body's class)."""
    if tag.name in ("html", "body", "main", "article") or _is_main(tag):
        return False
    if tag.name in _CHROME_TAGS or tag.get("role") in _CHROME_ROLES:
        return True
    if tag.name == "aside" and not any(
        parent.name in _CONTENT_TAGS or _is_main(parent) for parent in tag.parents
    ):
        return True  # a sidebar of the page; an aside inside the content is a policy's box
    if (
        tag.get("aria-modal") == "true"
        or tag.get("aria-hidden") == "true"
        or tag.has_attr("hidden")
    ):
        return True
    style = str(tag.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if tag.name not in _CONTAINER_TAGS:
        return False  # a policy's own <table class="cookies"> or <li id="share"> stays
    names = _names(tag)
    named = _CHROME_WORDS.search(names) or any(
        _WORDPRESS_WIDGET.match(name) for name in _as_list(tag.get("class"))
    )
    if not named and _BYLINE_WORDS.search(names):
        named = find_policy_date(tag.get_text(" ")) is None
    return bool(named) and len(tag.get_text(" ").split()) < MAX_CHROME_SHARE * page_words


def _as_list(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(item) for item in value]
    return []
