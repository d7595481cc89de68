"""The policy on a web page: site chrome of common templates stays out of the text (and
so out of evidence), the policy and its headings stay in, offsets stay exact."""

from __future__ import annotations

import pytest
from page_shapes import HELD_OUT_PAGES, PAGES, leak_and_loss, normalise
from page_shapes_blind import NEW_HELD_OUT_PAGES
from page_shapes_blind2 import BLIND2_PAGES

from summarizer.api import label_policy
from summarizer.text.loading import load_bytes
from summarizer.text.webpage import html_to_text


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_no_chrome_leaks_and_no_policy_is_lost(shape: str) -> None:
    page = PAGES[shape]
    leak, loss = leak_and_loss(html_to_text(page.html), page)
    assert (leak, loss) == (0.0, 0.0)


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_menu_modal_and_widget_words_never_become_evidence(shape: str) -> None:
    page = PAGES[shape]
    document = load_bytes(page.html.encode(), f"{shape}.html", ".html")
    label = label_policy(document)
    policy = normalise(" ".join(page.policy))
    chrome = [normalise(piece) for piece in page.chrome if normalise(piece) not in policy]
    evidence = label.all_evidence()
    assert evidence
    for item in evidence:
        assert document.text[item.start : item.end] == item.quote
        quoted = normalise(item.quote)
        assert not any(piece in quoted for piece in chrome if len(piece.split()) >= 3), item.quote


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_headings_are_kept_as_markdown_headings(shape: str) -> None:
    text = html_to_text(PAGES[shape].html)
    assert ("## Sharing" in text) or ("**Sharing**" in text)


def test_the_structural_step_alone_already_drops_modals_banners_and_sidebars() -> None:
    page = PAGES["news-cms"]
    text = html_to_text(page.html, decider="none")
    for gone in ("Forgot your password", "This site uses cookies", "Advertisement", "Most read"):
        assert gone not in text


def test_a_policy_inside_a_modal_is_not_emptied() -> None:
    html = (
        '<html><body><div class="modal" role="dialog"><h1>Privacy Policy</h1>'
        "<p>We collect your email address when you sign up.</p></div></body></html>"
    )
    assert "We collect your email address" in html_to_text(html)


def test_when_the_extractor_keeps_too_little_the_structural_text_is_used() -> None:
    # Two short paragraphs of equal weight: an extractor may pick one; ours keeps both.
    html = (
        "<html><body><div><p>We collect your email address.</p></div>"
        "<div><p>We do not sell your personal information.</p></div></body></html>"
    )
    text = html_to_text(html)
    assert "We collect your email address." in text
    assert "We do not sell your personal information." in text


def test_a_last_updated_line_the_extractor_drops_is_kept() -> None:
    html = (
        "<html><body><article><h1>Privacy Policy</h1>"
        + "<p>We collect your email address when you sign up for the newsletter.</p>" * 5
        + "<footer><p>Last updated 3 March 2025</p></footer></article></body></html>"
    )
    assert "Last updated 3 March 2025" in html_to_text(html)


def test_a_policy_box_in_an_aside_and_a_cookie_table_are_policy_not_chrome() -> None:
    html = (
        "<html><body><aside class='widget-area'><p>Recent posts: spring sale</p></aside>"
        "<article><h1>Privacy Policy</h1><aside class='at-a-glance'><h2>At a glance</h2>"
        "<ul><li>We do not sell your personal information.</li></ul></aside>"
        "<p>We collect your email address when you sign up for an account with us.</p>"
        "<table class='cookies'><tr><td>_ga</td><td>Google Analytics</td><td>2 years</td></tr></table>"
        "<h2>Contact</h2><p>Write to our data protection officer:</p><ul>"
        "<li>by email at <a href='mailto:dpo@example.com'>dpo@example.com</a>;</li>"
        "<li>through <a href='https://example.com/privacy-centre'>our privacy centre</a>; or</li>"
        "<li>by post at the address below.</li></ul><p>We answer within one month.</p>"
        "</article></body></html>"
    )
    text = html_to_text(html)
    assert "We do not sell your personal information." in text
    assert "_ga | Google Analytics | 2 years" in text
    assert "by email at dpo@example.com;" in text and "our privacy centre; or" in text
    assert "Recent posts" not in text


def test_boxes_named_as_the_sites_menu_header_or_footer_are_dropped_outside_the_content() -> None:
    html = (
        "<html><body><div class='navbar navbar-expand-lg'><span>Acme</span>"
        "<span>Products and solutions for every team</span></div>"
        "<div class='page'><h1>Privacy Policy</h1>"
        "<p>We collect your email address when you create an account with us.</p></div>"
        "<div id='site-footer'><p>Acme Inc., 100 Main Street, Springfield</p></div>"
        "</body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "Products and solutions" not in text and "Main Street" not in text
    assert "We collect your email address" in text


def test_a_header_box_holding_the_page_title_and_an_article_header_are_kept() -> None:
    html = (
        "<html><body><div class='page-header'><h1>Privacy Policy</h1></div>"
        "<article><div class='entry-header'><h2>Summary</h2></div>"
        "<p>We collect your email address when you create an account with us.</p>"
        "</article></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "# Privacy Policy" in text and "## Summary" in text


def test_copyright_and_powered_by_lines_outside_the_content_are_dropped() -> None:
    html = (
        "<html><body><div class='page'><h1>Privacy</h1>"
        "<p>We collect your email address when you create an account with us.</p>"
        "<p>Copyright complaints go to legal@example.com.</p></div>"
        "<div><small>© 2025 Acme Ltd. All rights reserved.</small></div>"
        "<div><p>Powered by Hugo</p></div></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "2025 Acme" not in text and "Powered by" not in text
    assert "Copyright complaints go to legal@example.com." in text


def test_the_page_title_is_kept_when_a_byline_the_extractor_drops_follows_it() -> None:
    page = HELD_OUT_PAGES["mediawiki"]
    text = html_to_text(page.html)
    assert text.startswith("# Privacy policy")


@pytest.mark.parametrize("shape", sorted(HELD_OUT_PAGES))
def test_no_policy_is_lost_on_the_held_out_shapes(shape: str) -> None:
    _, loss = leak_and_loss(html_to_text(HELD_OUT_PAGES[shape].html), HELD_OUT_PAGES[shape])
    assert loss == 0.0


def test_page_builder_widgets_holding_the_policy_are_kept() -> None:
    def widget(inner: str) -> str:
        return f"<div class='elementor-widget'><div class='elementor-widget-container'>{inner}</div></div>"

    html = (
        "<html><body>"
        + widget("<h1>Privacy Notice</h1>")
        + widget("<p>We collect your email address when you create an account with us.</p>")
        + widget("<p>We keep clinical notes for eight years after your last visit.</p>")
        + "<section class='widget widget_text'><p>Recent posts: spring sale</p></section>"
        + "</body></html>"
    )
    text = html_to_text(html)
    assert "# Privacy Notice" in text and "eight years" in text and "email address" in text
    assert "Recent posts" not in text


def test_a_box_named_as_chrome_that_holds_most_of_the_page_is_its_content() -> None:
    html = (
        "<html><body><div id='cookie-notice'><p>We use cookies. Accept all?</p></div>"
        "<div class='layout with-sidebar'><h1>Privacy</h1>"
        + "<p>We collect your email address when you create an account with us.</p>" * 3
        + "</div></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "We collect your email address" in text and "Accept all" not in text


def test_a_header_holding_the_policy_title_is_kept_and_a_call_to_action_is_dropped() -> None:
    html = (
        "<html><body><div class='docs'><header id='header'><h1>Privacy Notice</h1></header>"
        "<p>We collect your email address when you create an account with us.</p></div>"
        "<div class='cta-section'><h2>Ready to get started?</h2><p>Book a demo today.</p></div>"
        "</body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "# Privacy Notice" in text and "Ready to get started" not in text


@pytest.mark.parametrize("shape", sorted(NEW_HELD_OUT_PAGES))
def test_no_policy_is_lost_on_the_shapes_written_blind(shape: str) -> None:
    page = NEW_HELD_OUT_PAGES[shape]
    assert leak_and_loss(html_to_text(page.html), page)[1] == 0.0


@pytest.mark.parametrize("shape", sorted({**HELD_OUT_PAGES, **NEW_HELD_OUT_PAGES, **BLIND2_PAGES}))
def test_chrome_of_the_held_out_shapes_never_becomes_evidence(shape: str) -> None:
    page = {**HELD_OUT_PAGES, **NEW_HELD_OUT_PAGES, **BLIND2_PAGES}[shape]
    document = load_bytes(page.html.encode(), f"{shape}.html", ".html")
    policy = normalise(" ".join(page.policy))
    chrome = [normalise(piece) for piece in page.chrome if normalise(piece) not in policy]
    for item in label_policy(document).all_evidence():
        assert document.text[item.start : item.end] == item.quote
        quoted = normalise(item.quote)
        assert not any(piece in quoted for piece in chrome if len(piece.split()) >= 3), item.quote


def test_the_columns_of_a_layout_table_are_blocks_of_their_own() -> None:
    policy = "<br>".join(
        f"<font face='Verdana'>Members' details are kept on the register for reason {n}, "
        "and only the secretary and the treasurer can read the register.</font>"
        for n in range(1, 6)
    )
    html = (
        "<html><body><table width='780'><tr><td width='160'>"
        "<font size='1'>Visitors since March 2004: 18,341</font></td>"
        f"<td width='620'><font size='4'><b>PRIVACY STATEMENT</b></font><br>{policy}</td>"
        "</tr></table></body></html>"
    )
    blocks = html_to_text(html, decider="none").split("\n\n")
    assert blocks[0] == "Visitors since March 2004: 18,341"
    # The bold title line opening the column is its heading (`html_text`).
    assert blocks[1] == "**PRIVACY STATEMENT**"
    assert blocks[2].startswith("Members' details")


def test_a_small_data_table_without_header_cells_keeps_its_rows_on_one_line() -> None:
    html = (
        "<html><body><h1>Cookies</h1><p>We set these cookies when you visit our shop.</p>"
        "<table><tr><td>_cart</td><td>remembers your basket</td><td>2 weeks</td></tr>"
        "<tr><td>_session</td><td>keeps you signed in</td><td>1 day</td></tr></table>"
        "</body></html>"
    )
    assert "_cart | remembers your basket | 2 weeks" in html_to_text(html, decider="none")


def test_the_page_title_is_kept_past_a_three_line_byline_the_extractor_drops() -> None:
    # A help-centre article: author, date and "Updated" between the title and the text.
    page = BLIND2_PAGES["zendesk-guide"]
    assert html_to_text(page.html).startswith("# How we handle your personal data")
    html = (
        "<html><body><main><article><header><h1>Privacy at Acme</h1>"
        "<div class='article-author'><span>Dana Reyes</span>"
        "<ul><li>2 months ago</li><li>Updated</li></ul></div></header><div class='article-body'>"
        + "<p>We collect your email address when you sign up, and keep it until you leave.</p>" * 5
        + "</div></article></main></body></html>"
    )
    text = html_to_text(html)
    assert text.startswith("# Privacy at Acme") and "Dana Reyes" not in text


def test_a_date_line_kept_on_its_own_does_not_pull_in_the_links_before_it() -> None:
    html = (
        "<html><body><div class='page'><article><h1>Privacy Policy</h1>"
        + "<p>We collect your email address when you sign up, and keep it until you leave.</p>" * 5
        + "</article><div class='row'><div class='col'><a href='/edit'>Suggest a change</a></div>"
        "<div class='col'><span>Last updated 3 March 2025</span></div></div></div></body></html>"
    )
    text = html_to_text(html)
    assert "Last updated 3 March 2025" in text and "Suggest a change" not in text


def test_links_alone_in_the_policys_own_footer_are_dropped_and_its_date_line_kept() -> None:
    page = BLIND2_PAGES["docusaurus"]
    text = html_to_text(page.html)
    assert "Edit this page" not in text and "Last updated on Feb 11, 2025" in text
    html = (
        "<html><body><article><h1>Privacy Policy</h1>"
        + "<p>We collect your email address when you sign up for the newsletter.</p>" * 5
        + "<footer><div><a href='/edit'>Edit this page</a></div>"
        "<p>Questions? Write to <a href='mailto:dpo@example.com'>dpo@example.com</a>.</p>"
        "<p>Last updated 3 March 2025</p></footer></article></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "Edit this page" not in text
    assert "Questions? Write to dpo@example.com." in text and "Last updated 3 March 2025" in text


@pytest.mark.parametrize("shape", sorted(BLIND2_PAGES))
def test_no_policy_is_lost_on_the_second_round_of_blind_shapes(shape: str) -> None:
    page = BLIND2_PAGES[shape]
    assert leak_and_loss(html_to_text(page.html), page)[1] == 0.0


def test_framer_layers_named_as_a_call_to_action_or_footer_are_chrome() -> None:
    # Framer's classes are hashes; the designer's layer name is in data-framer-name.
    html = (
        "<html><body><div class='framer-72rtr7'><div class='framer-1ahnkm0' data-framer-name='Content'>"
        "<h1 class='framer-text'>Privacy Policy</h1>"
        "<p class='framer-text'>We collect your email address when you buy a licence.</p></div>"
        "<div class='framer-1b9yv6a' data-framer-name='CTA'><h2 class='framer-text'>Sail with "
        "better data.</h2><p class='framer-text'>Free for 14 days, on all your Macs.</p></div>"
        "<div class='framer-1fqblxe' data-framer-name='Footer'>"
        "<p class='framer-text'>Tidemark Software Ltd, 4 Quay Road, Falmouth</p></div>"
        "</div></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "We collect your email address" in text
    assert "Sail with" not in text and "Free for 14 days" not in text and "Quay Road" not in text


def test_a_byline_box_is_chrome_unless_it_states_the_policys_date() -> None:
    html = (
        "<html><body><main><article><h1>Privacy at Acme</h1>"
        "<div class='article-meta'><a href='/u/7'>Priya Nair</a> updated 3 months ago</div>"
        "<div class='entry-meta'>Last updated 3 March 2025</div>"
        + "<p>We collect your email address when you sign up, and keep it until you leave.</p>" * 3
        + "</article></main></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "Priya Nair" not in text and "Last updated 3 March 2025" in text


@pytest.mark.parametrize(
    "box",
    [
        "<div class='back-to-top'><a href='#top'>Back to top of the page</a></div>",
        "<section class='recent-articles'><h2>Recently viewed articles</h2>"
        "<ul><li><a href='/a/2'>What happens when I cancel?</a></li></ul></section>",
        "<div class='article-relatives'><h2>Related help articles</h2>"
        "<ul><li><a href='/a/3'>Two-step sign in</a></li></ul></div>",
        "<section class='logo-strip'><p>Trusted by planning teams at 400+ retailers</p>"
        "<img src='/a.svg' alt='Acme'></section>",
    ],
    ids=["back-to-top", "recently-viewed", "relatives", "logo-strip"],
)
def test_back_to_top_recent_and_related_articles_and_logo_strips_are_chrome(box: str) -> None:
    html = (
        "<html><body><main><article><h1>Privacy at Acme</h1>"
        + "<p>We collect your email address when you sign up, and keep it until you leave.</p>" * 3
        + box
        + "</article></main></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "We collect your email address" in text
    for gone in ("Back to top", "Recently viewed", "Related help", "Trusted by"):
        assert gone not in text


def test_a_site_builders_made_in_badge_outside_the_content_is_dropped() -> None:
    html = (
        "<html><body><div class='page'><h1>Privacy</h1>"
        "<p>We collect your email address when you buy a licence from us.</p>"
        "<p>Built with privacy in mind, the app keeps your logs on your own computer.</p></div>"
        "<div id='__framer-badge-container'><a href='https://www.framer.com'><p>Made in Framer</p></a></div>"
        "<div><span>Built with Docusaurus.</span></div></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "Made in Framer" not in text and "Built with Docusaurus" not in text
    assert "Built with privacy in mind, the app keeps your logs" in text


CCPA_TABLE_PAGE = (
    "<html><body><main><h1>Privacy Policy</h1><h2>Notice at collection</h2>"
    "<table><tr><th>Category of personal information</th><th>Examples</th><th>Disclosed to</th></tr>"
    "<tr><td>Identifiers</td><td><ul><li>Name</li><li>Email address</li><li>IP address</li></ul></td>"
    "<td><p>Service providers</p><p>Advertising partners</p></td></tr>"
    "<tr><td>Geolocation data</td><td><p>Approximate location</p></td><td>Service providers</td></tr>"
    "</table></main></body></html>"
)


def test_lists_and_paragraphs_inside_a_data_cell_keep_the_row_on_one_line() -> None:
    text = html_to_text(CCPA_TABLE_PAGE, decider="none")
    assert (
        "Identifiers | Name; Email address; IP address | Service providers; Advertising partners"
        in text
    )
    assert "Geolocation data | Approximate location | Service providers" in text


def test_a_table_with_lists_in_its_cells_loses_nothing_to_the_content_extractor() -> None:
    # Before its rows stayed whole, the extractor kept only the rows' tail of this page.
    html = (
        "<html><body><main><h1>Privacy Policy</h1>"
        "<h2>Notice at collection for California residents</h2><table>"
        "<tr><th>Category of personal information</th><th>Examples</th><th>Sources</th>"
        "<th>Disclosed to</th></tr>"
        "<tr><td>Identifiers</td><td><ul><li>Name</li><li>Email address</li><li>IP address</li>"
        "</ul></td><td>You; your device</td><td>Service providers; advertising partners</td></tr>"
        "<tr><td>Geolocation data</td><td><p>Approximate location from your IP address</p></td>"
        "<td>Your device</td><td>Service providers</td></tr></table></main></body></html>"
    )
    text = html_to_text(html)
    assert text.startswith("# Privacy Policy\n\n## Notice at collection for California residents")
    assert "Identifiers | Name; Email address; IP address | You; your device" in text


def test_an_empty_data_cell_keeps_its_place_in_the_row() -> None:
    html = (
        "<html><body><main><h1>Privacy</h1><table>"
        "<tr><th>Category</th><th>Examples</th><th>Collected?</th></tr>"
        "<tr><td>Contact details</td><td></td><td>Yes</td></tr>"
        "<tr><td><img src=x.png></td><td>Phone number</td><td>Yes</td></tr>"
        "<tr><td> </td><td></td><td></td></tr>"
        "<tr><td>Biometric data</td><td>Fingerprints</td><td></td></tr>"
        "</table></main></body></html>"
    )
    text = html_to_text(html, decider="none")
    assert "Contact details | | Yes" in text
    assert "\n| Phone number | Yes\n" in text  # the empty first cell is a column too
    assert text.endswith("Biometric data | Fingerprints |")
    assert "\n| |" not in text  # a row of empty cells is no line
