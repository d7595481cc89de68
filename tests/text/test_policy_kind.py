"""`check_privacy_policy` stops looking once its verdict is certain; the verdict is the
one every kind of privacy statement, counted, gives."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from fakes import ROOT

from summarizer.text.loading import load_policy
from summarizer.text.policy_kind import (
    _CORE_CUES,
    _CUE_PATTERNS,
    _HEADING_TITLE,
    _MAX_CUES_FOR_NO,
    _MIN_CUES_WITH_TITLE,
    _MIN_CUES_WITHOUT_TITLE,
    _TITLE,
    _TITLE_WINDOW,
    check_privacy_policy,
)

# One sentence for each kind of statement (some state more than one kind).
SENTENCES = (
    "Your personal information matters to us.",
    "We collect the details you type into the form.",
    "We use your answers to improve the quiz.",
    "We share order details with service providers who ship your parcel.",
    "The site sets cookies to keep you signed in.",
    "You have the right to access what we hold about you.",
    "You can unsubscribe at any time.",
    "We keep your data for two years.",
    "Encryption protects the data you send us.",
    "The service is not for children.",
    "Where the GDPR applies, we are the controller.",
    "Write to privacy@example.org.",
    "We post changes to this policy on this page.",
    "We log your IP address.",
)
TITLES = ("", "# Privacy Policy\n\n", "# Welcome\n\n")


def verdict_counting_every_kind(text: str) -> str:
    """The verdict as the module docstring states it, every kind looked for."""
    cues = {name for name, pattern in _CUE_PATTERNS.items() if pattern.search(text)}
    titled = _TITLE.search(text[:_TITLE_WINDOW]) is not None
    headed = bool(cues) and _HEADING_TITLE.search(text[:_TITLE_WINDOW]) is not None
    if len(cues) <= _MAX_CUES_FOR_NO and not cues & _CORE_CUES and not headed:
        return "no"
    if len(cues) >= _MIN_CUES_WITHOUT_TITLE or (titled and len(cues) >= _MIN_CUES_WITH_TITLE):
        return "yes"
    return "uncertain"


def texts() -> list[str]:
    bodies = [" ".join(chosen) for size in (0, 1, 2) for chosen in combinations(SENTENCES, size)]
    bodies += [
        " ".join(SENTENCES[start : start + size]) for size in (3, 4, 5, 6) for start in (0, 5, 8)
    ]
    bodies.append("See our Privacy Policy. Terms apply.")
    return [title + body for title in TITLES for body in bodies]


def test_every_verdict_is_the_one_counting_every_kind_gives() -> None:
    verdicts = {check_privacy_policy(text).verdict for text in texts()}
    assert verdicts == {"yes", "no", "uncertain"}
    for text in texts():
        assert check_privacy_policy(text).verdict == verdict_counting_every_kind(text), text


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "evals" / "policies").glob("*"))[:3]
    + sorted((ROOT / "evals" / "dev" / "policies").glob("*"))[:3],
    ids=lambda path: Path(path).name,
)
def test_a_real_policy_gets_the_verdict_counting_every_kind_gives(path: Path) -> None:
    text = load_policy(path).text
    assert check_privacy_policy(text).verdict == verdict_counting_every_kind(text)


def test_a_titled_text_is_a_policy_once_three_kinds_are_found() -> None:
    check = check_privacy_policy("# Privacy Policy\n\n" + " ".join(SENTENCES))
    assert check.verdict == "yes"
    assert len(check.cues) == _MIN_CUES_WITH_TITLE
    assert check.reason == "at least 3 kinds of privacy statement found"


def test_a_refusal_counts_every_kind_it_found() -> None:
    check = check_privacy_policy("# Welcome\n\nThe site sets cookies to keep you signed in.")
    assert (check.verdict, check.cues) == ("no", ("cookies",))
    assert (
        check.reason
        == "this text does not read as a privacy policy (only 1 kind of privacy statement found)"
    )


# Short notices written for this test, each headed as a privacy statement and stating
# one thing about personal data in words the long-policy cues do not use.
SHORT_NOTICES = (
    "Privacy Notice\n\nThe parish newsletter list holds the e-mail addresses of those who "
    "asked to receive it. Nobody else sees the list, and you can ask the editor to take you "
    "off it.",
    "# Privacy statement\n\nThis booking form asks for your name and phone number so the "
    "surgery can call you back. The details go only to the practice manager.",
    "DATA PROTECTION NOTICE\n\nThe club keeps a register of members' names and dates of "
    "birth, as the league requires. The register is locked in the secretary's office.",
    "Privacy Policy\n\nWe don't track you. This site has no cookies, no analytics and no accounts.",
)


@pytest.mark.parametrize("text", SHORT_NOTICES)
def test_a_short_notice_headed_as_a_privacy_statement_is_labelled_not_refused(
    text: str,
) -> None:
    assert check_privacy_policy(text).verdict != "no"


def test_a_privacy_link_in_a_menu_does_not_make_a_home_page_a_policy() -> None:
    home = (
        "Home\nShop\nPrivacy Policy\nContact\n\nFresh shoes for every season\n\nShop the "
        "spring collection: trainers, boots and sandals from our favourite makers. Free "
        "delivery on orders over 50 pounds. Join the club for early access to sales.\n"
    )
    assert check_privacy_policy(home).verdict == "no"


def test_a_plain_old_policy_that_records_passes_and_deletes_reads_as_a_policy() -> None:
    text = (
        "PRIVACY STATEMENT\nThe Marsh End Bowls Club respects your privacy.\nWhen you join we "
        "record your name, postal address and date of birth on our membership register.\n"
        "We pass your name to the county association so that you are insured at matches.\n"
        "We delete the details of former members two years after their membership lapses.\n"
    )
    assert check_privacy_policy(text).verdict == "yes"
