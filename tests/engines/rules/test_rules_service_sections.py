"""Policies that describe each service they use in a section of its own (iubenda's
format): the heading names the service and, in brackets, the company that provides it,
and a line lists the data it processes."""

from __future__ import annotations

from rules_helpers import answer, read, recipients

from summarizer.engines.rules.restatements import processed_by_provider
from summarizer.label.findings import Question

SERVICES = """## Detailed information on the processing of Personal Data

### Analytics

**Google Analytics 4 (Google Ireland Limited)**

Google Analytics 4 is a web analysis service provided by Google Ireland Limited.

Personal Data processed: Cookies; Usage Data.

Place of processing: Ireland.

### Remarketing and behavioral targeting

**Meta Custom Audience (Meta Platforms Ireland Limited)**

Meta Custom Audience is a remarketing service that connects the activity of this Website
with the Meta advertising network.

Personal Data processed: email address; Trackers; Usage Data.
"""

OWN_SERVICE = """## Detailed information on the processing of Personal Data

### Contacting the User

**Mailing list or newsletter (this Website)**

By registering on the mailing list, the User's email address will be added to our list.

Personal Data processed: email address; first name; last name.
"""


def test_a_services_data_line_shares_that_data_with_the_company_in_its_heading() -> None:
    findings = read(SERVICES)
    shared = {item.recipient.value: item for item in findings.sharing}
    assert "analytics_providers" in shared  # Google Analytics, by name
    assert shared["analytics_providers"].quote == "Personal Data processed: Cookies; Usage Data."
    # a service the vocabulary does not know is still a third party, for its section's purpose
    assert "unspecified_third_parties" in shared
    assert [p.value for p in shared["unspecified_third_parties"].purposes] == ["advertising"]
    assert answer(findings, Question.third_party_tracking) == "yes"  # their cookies


def test_the_services_own_section_shares_nothing() -> None:
    findings = read(OWN_SERVICE)
    assert not recipients(findings)
    assert answer(findings, Question.third_party_tracking) != "yes"


def test_only_a_data_line_under_a_service_and_company_heading_is_restated() -> None:
    line = "Personal Data processed: Cookies; Usage Data."
    assert processed_by_provider(line, ("Analytics", "Hotjar (Hotjar Ltd.)")) is not None
    assert processed_by_provider(line, ("Analytics", "Hotjar")) is None  # no company named
    assert processed_by_provider(line, ("Analytics", "Site search (this Application)")) is None
    assert processed_by_provider("We process your data.", ("Hotjar (Hotjar Ltd.)",)) is None
