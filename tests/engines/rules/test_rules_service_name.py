"""The service-name guess reads the whole policy once, however many title lines its
head has (it once scanned the whole text again for every title line: 40,000 headings
took 35 s), and finds exactly what one scan per candidate found. The time it takes is
measured by bench/bench_headings.py, not here."""

from __future__ import annotations

import re
from collections import Counter

from summarizer.engines.rules import contacts
from summarizer.engines.rules.analysis import mask_text
from summarizer.engines.rules.contacts import GENERIC_NAMES


def one_scan_per_candidate(candidate: str, masked: str) -> Counter[str]:
    """The reference: the spellings of one candidate, found by its own regex scan."""
    forms: Counter[str] = Counter()
    candidate = candidate.strip()
    if not candidate or candidate.lower() in GENERIC_NAMES:
        return forms
    domain = contacts._DOMAIN.match(candidate)
    if domain:
        pattern = re.compile(
            rf"(?<![\w.@/-]){re.escape(domain.group('stem'))}"
            r"(?:\.[a-z]{2,4}(?:\.[a-z]{2})?)?(?![\w@-])",
            re.IGNORECASE,
        )
    else:
        pattern = re.compile(rf"(?<![\w@/-]){re.escape(candidate)}(?![\w@-])", re.IGNORECASE)
    for match in pattern.finditer(masked):
        forms[match.group(0).rstrip(".")] += 1
    return forms


TEXT = (
    "Welcome to Acme. ACME Inc. runs acme.com and Acme-Corp.net; write to help@acme.com "
    "or see https://acme.com/x. Acme's app, acme_tools and the Acme Inc team. "
    "Beta.io is not beta-tested; (Gamma) works with Gamma Labs Ltd. and Ünïcode GmbH, "
    "ünïcode gmbh. Visit BETA.IO.UK or beta.io. 3M and 3m. Acme Inc."
)
CANDIDATES = [
    "Acme",
    "acme",
    "Acme Inc",
    "acme.com",
    "Acme-Corp.net",
    "Beta.io",
    "(Gamma)",
    "Gamma Labs Ltd.",
    "Ünïcode GmbH",
    "3M",
    "Policy",
    "",
    "inc",
]


def test_every_candidate_gets_the_spellings_its_own_scan_finds() -> None:
    masked = mask_text(TEXT)
    found = contacts._spellings(CANDIDATES, masked)
    for candidate in CANDIDATES:
        key = contacts._key(candidate)
        expected = one_scan_per_candidate(candidate, masked)
        assert (found.get(key, Counter()) if key else Counter()) == expected, candidate


def many_headings(count: int) -> str:
    lines = ["# Privacy Policy of Zentrix", "Zentrix keeps your data safe."]
    lines += [f"# Part {number}" for number in range(count)]
    return "\n".join(lines) + "\n"


def test_the_name_guess_compiles_no_pattern_per_title_line(monkeypatch) -> None:
    text = many_headings(2000)  # hundreds of title lines in the head it reads
    masked = mask_text(text)
    compiled: list[str] = []
    real_compile = re.compile

    def counting_compile(pattern, flags=0):
        compiled.append(str(pattern))
        return real_compile(pattern, flags)

    monkeypatch.setattr(contacts.re, "compile", counting_compile)
    name, pattern = contacts._service_name(text, masked)
    monkeypatch.undo()

    assert name == "Zentrix" and pattern is not None
    assert len(compiled) <= 2, f"{len(compiled)} patterns compiled for one policy"


def test_a_site_named_only_by_its_www_address_in_the_title_is_the_service() -> None:
    # iubenda: "Privacy Policy of www.example.com", the address found nowhere else but
    # masked in the text
    policy = "# Privacy Policy of www.larchbyte.com\n\nThis Website collects some Personal Data.\n"
    assert contacts.policy_profile(policy).name == "larchbyte.com"
    other = "# Privacy Policy\n\nRead www.google.com for how Google uses data.\n"
    assert contacts.policy_profile(other).name is None  # an address in the text names no one


def test_wordpress_says_the_sites_address_and_that_names_the_service() -> None:
    policy = (
        "# Privacy Policy\n\n## Who we are\n\nOur website address is: https://hollowfern.com.\n\n"
        "## Comments\n\nWhen visitors leave comments on the site we collect the data shown.\n"
    )
    assert contacts.policy_profile(policy).name == "hollowfern.com"
