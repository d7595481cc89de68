"""Tables: a policy's "Purpose | Personal data | Legal basis" or "Sub-processor | Purpose |
Location" table is read cell by cell, each cell under its column's name, and quoted
with its whole row."""

from __future__ import annotations

from rules_helpers import answer, collected, purposes, read, recipients

from summarizer.engines.rules.sentences import split_chunk
from summarizer.label.findings import Question

PROCESSING_TABLE = """## What we process and why

| Purpose | Personal data | Legal basis |
|---|---|---|
| To show the forecast for where you are | Approximate location | Legitimate interest |
| To show ads in the free version | Advertising ID | Consent |
"""

# What a web page's <table> becomes (summarizer.text.html_text): no rule, blank lines.
WEB_TABLE = """## Sub-processors

Sub-processor | Purpose | Location

Amazon Web Services | Cloud hosting | Ireland

Mixpanel | Product analytics | United States
"""


def _texts(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    sentences, _ = split_chunk(text)
    return [(text[s.start : s.end], s.headings, s.list_item) for s in sentences]


def test_markdown_table_cells_are_items_under_their_column_names() -> None:
    texts = _texts(PROCESSING_TABLE)
    assert ("Approximate location", ("What we process and why", "Personal data"), True) in texts
    assert ("Consent", ("What we process and why", "Legal basis"), True) in texts
    assert not any(text.startswith("---") for text, _, _ in texts)  # the rule is no row


def test_the_header_row_is_read_as_a_sentence_of_its_own() -> None:
    texts = _texts(PROCESSING_TABLE)
    assert ("Purpose | Personal data | Legal basis", ("What we process and why",), False) in texts


def test_a_web_tables_rows_with_blank_lines_between_them_are_one_table() -> None:
    texts = _texts(WEB_TABLE)
    assert ("Mixpanel", ("Sub-processors", "Sub-processor"), True) in texts
    assert ("Ireland", ("Sub-processors", "Location"), True) in texts


def test_a_cell_is_quoted_with_its_whole_row() -> None:
    findings = read(PROCESSING_TABLE)
    location = next(item for item in findings.data_collected if item.category.value == "location")
    assert location.quote == (
        "To show the forecast for where you are | Approximate location | Legitimate interest"
    )


def test_the_data_of_a_row_gets_the_purpose_another_cell_names() -> None:
    findings = read(PROCESSING_TABLE)
    identifiers = next(
        item for item in findings.data_collected if item.category.value == "identifiers"
    )
    assert [p.value for p in identifiers.purposes] == ["advertising"]
    assert "location" in collected(findings)


def test_a_sub_processor_column_names_recipients() -> None:
    findings = read(WEB_TABLE)
    assert recipients(findings) == {"service_providers", "analytics_providers"}
    assert {"service_operation", "analytics"} <= purposes(findings)
    assert "location" not in collected(findings)  # "Location" is where they are, not data


def test_lines_with_bars_that_are_no_table_stay_sentences() -> None:
    text = (
        "Home | Privacy | Terms\n\nWe collect your email address when you sign up.\n\n"
        "Questions? Write to us | privacy@example.com\nWe answer within a week | Mon to Fri.\n"
    )
    sentences, _ = split_chunk(text)
    assert all(s.row is None and not s.list_item for s in sentences)
    assert "We collect your email address when you sign up." in [
        text[s.start : s.end] for s in sentences
    ]


def test_a_social_network_in_an_advertising_row_is_an_advertiser() -> None:
    text = (
        "## Cookies we use\n\n| Cookie | Provider | Purpose | Expiry |\n|---|---|---|---|\n"
        "| _fbp | Facebook | Advertising: measures our ad campaigns | 3 months |\n"
        "| li_share | LinkedIn | Lets you share a page on LinkedIn | Session |\n"
    )
    assert recipients(read(text)) == {"advertisers", "social_networks"}


CCPA_TABLES = """## California notice

In the past 12 months we have collected the following categories of personal information:

| Category | Examples | Collected? |
|---|---|---|
| Identifiers | Name, email address, IP address | Yes |
| Biometric information | Fingerprints, face geometry | No |
| Geolocation data | Precise location | No |

We disclose personal information to the following categories of third parties:

| Category of personal information | Categories of recipients |
|---|---|
| Identifiers | Service providers, advertising networks |
"""


def test_a_row_a_collected_column_answers_no_names_no_collected_data() -> None:
    found = collected(read(CCPA_TABLES))
    assert {"contact_info", "identifiers"} <= found
    assert not found & {"sensitive", "location"}


def test_the_recipients_of_a_row_get_the_data_its_other_cells_name() -> None:
    categories = {
        item.recipient.value: [c.value for c in item.categories]
        for item in read(CCPA_TABLES).sharing
    }
    assert categories["service_providers"] == ["identifiers"]
    assert categories["advertisers"] == ["identifiers"]


DATA_SAFETY = """## Data safety

| Data type | Collected | Shared | Sold | Purpose |
|---|---|---|---|---|
| Email address | Yes | No | No | Account management |
| Crash logs | Yes | Yes | No | Analytics |
| App interactions | Yes | No | No | Analytics, App functionality |
| Photos | No | No | No | |
"""


def test_a_yes_under_a_shared_column_shares_the_rows_data() -> None:
    findings = read(DATA_SAFETY)
    shared = {item.recipient.value: {c.value for c in item.categories} for item in findings.sharing}
    assert shared == {"unspecified_third_parties": {"device_info"}}


def test_no_under_a_sold_column_answers_that_they_do_not_sell() -> None:
    assert answer(read(DATA_SAFETY), Question.sells_personal_data) == "no"


def test_the_app_stores_data_types_and_purposes_are_vocabulary() -> None:
    findings = read(DATA_SAFETY)
    assert collected(findings) == {"contact_info", "device_info", "usage_activity"}
    assert "service_operation" in purposes(findings)  # "App functionality"


def test_a_retention_column_states_how_long_the_rows_data_is_kept() -> None:
    text = (
        "## What we process\n\n| Purpose | Personal data | Retention |\n|---|---|---|\n"
        "| Billing | Billing address, payment card details | 7 years |\n"
    )
    findings = read(text)
    assert answer(findings, Question.retention_stated) == "yes"
    assert "service_operation" in purposes(findings)  # "Billing" as a purpose


def test_an_examples_column_is_read_as_more_of_the_column_before_it() -> None:
    text = (
        "## Notice at collection\n\n"
        "Category of personal information | Examples | Disclosed to\n\n"
        "Identifiers | Name; Email address | Service providers; advertising partners\n\n"
        "Geolocation data | Approximate location | Service providers\n"
    )
    findings = read(text)
    assert {"contact_info", "identifiers", "location"} <= collected(findings)
    assert recipients(findings) == {"service_providers", "advertisers"}


COOKIE_TABLE = """## Cookies we use

| Cookie | Provider | Purpose | Expiry |
|---|---|---|---|
| _ga | Google Analytics | Distinguishes visitors to count visits | 2 years |
| session_id | Northwind | Keeps you signed in | Session |
"""


def test_a_third_party_provider_in_a_cookie_table_is_third_party_tracking() -> None:
    findings = read(COOKIE_TABLE)
    assert answer(findings, Question.third_party_tracking) == "yes"
    quote = next(
        item.quote for item in findings.answers if item.question == Question.third_party_tracking
    )
    assert quote.startswith("_ga | Google Analytics")  # the row, its leading "_" kept


def test_a_cookie_table_of_the_sites_own_cookies_is_no_third_party_tracking() -> None:
    text = COOKIE_TABLE.replace(
        "| _ga | Google Analytics | Distinguishes visitors to count visits | 2 years |\n", ""
    )
    assert answer(read(text), Question.third_party_tracking) == "not_stated"


# A web page's or a Word document's table with empty cells: each keeps its place, so
# the row's first cell may be empty ("| Phone number | Yes").
WEB_TABLE_WITH_EMPTY_CELLS = """## Information we collect

The table below lists the personal information we collect and whether we collect it.

Category | Examples | Collected?

Contact details | | Yes

| Phone number | Yes

Biometric data | | No

Precise location | GPS coordinates | Yes
"""


def test_a_web_table_keeps_its_columns_across_empty_cells() -> None:
    texts = _texts(WEB_TABLE_WITH_EMPTY_CELLS)
    # "Examples" is more of the column before it; "Yes" stays under "Collected?"
    assert ("Phone number", ("Information we collect", "Category"), True) in texts
    assert ("GPS coordinates", ("Information we collect", "Category"), True) in texts
    categories = [item.category.value for item in read(WEB_TABLE_WITH_EMPTY_CELLS).data_collected]
    assert "contact_info" in categories and "location" in categories
    assert "biometric" not in categories  # its row answers "No" under "Collected?"


def test_a_question_mark_ends_a_web_tables_column_name_but_a_sentence_is_no_header() -> None:
    rows = "\n\nAdvertising partners | Europe\n\nAnalytics providers | United States\n"
    assert ("Europe", ("Where?",), True) in _texts("Sold to? | Where?" + rows)
    # a question and its answer in a cell is a sentence, not a column's name
    assert not any("Where" in headings for _, headings, _ in _texts("Sold? Never | Where" + rows))


# A cookie table that says which cookies are a third party's without naming the party.
COOKIE_TYPES = """## Cookies we use

| Cookie | Type | Purpose | Expiry |
|---|---|---|---|
| nw_session | First party | Keeps you signed in | Session |
| _xq_uid | Third party | Advertising | 1 year |
"""


def test_a_third_party_row_in_a_cookie_table_is_third_party_tracking() -> None:
    findings = read(COOKIE_TYPES)
    assert answer(findings, Question.third_party_tracking) == "yes"
    quote = next(
        item.quote for item in findings.answers if item.question == Question.third_party_tracking
    )
    assert quote == "_xq_uid | Third party | Advertising | 1 year"


def test_first_party_rows_or_a_third_party_cell_outside_cookies_track_no_one() -> None:
    first_party_only = COOKIE_TYPES.replace("Third party", "First party")
    assert answer(read(first_party_only), Question.third_party_tracking) != "yes"
    not_cookies = COOKIE_TYPES.replace("## Cookies we use", "## Our suppliers").replace(
        "| Cookie |", "| Supplier |"
    )
    assert answer(read(not_cookies), Question.third_party_tracking) != "yes"


CCPA_SOURCES = """## Categories of personal information we collect

| Category | Examples | Categories of sources | Disclosed to |
|---|---|---|---|
| Identifiers | Name, email address | Directly from you | Service providers |
| Inferences | Preferences drawn from your activity | Data brokers | Advertising partners |
"""


def test_a_sources_column_gives_the_rows_data_its_sources() -> None:
    sources = {
        item.category.value: {source.value for source in item.sources}
        for item in read(CCPA_SOURCES).data_collected
    }
    assert sources["contact_info"] == {"user_provided"}
    assert sources["account_profile"] == {"third_party"}  # bought from data brokers


def test_without_a_sources_column_the_rows_data_keeps_its_contexts_sources() -> None:
    text = CCPA_SOURCES.replace("Categories of sources", "Notes").replace("Data brokers", "None")
    sources = {
        item.category.value: {source.value for source in item.sources}
        for item in read(text).data_collected
    }
    assert "third_party" not in sources["account_profile"]
