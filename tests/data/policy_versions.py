"""Two versions of a small policy, written for the diff and compare tests.

`OLD_POLICY` is the base; the variants each make one kind of edit a real policy
update makes: add a sale, remove a recipient, re-word a paragraph (same practices),
move a paragraph to another section, and put hostile markup into the text.
"""

from __future__ import annotations

OLD_POLICY = """# Lumenfold Privacy Policy

## Information We Collect

We collect your name and email address when you create an account.
We collect your IP address and browser type automatically when you visit.

## How We Use Information

We use your information to provide and maintain the service.
We use usage data to measure and improve the service.

## Sharing

We share your information with service providers who host our servers.
We share your email address with our advertising partners so they can show you ads.

## Security

We protect your information with encryption in transit and at rest.

## Your Choices

You can request deletion of your personal information by emailing privacy@lumenfold.example.

## Retention

We keep account data for 30 days after you close your account.

## Changes

We will notify you by email before any material change to this policy.
"""

SALE = "We sell your personal information to data brokers."
ADVERTISING = "We share your email address with our advertising partners so they can show you ads."
SECURITY = "We protect your information with encryption in transit and at rest."
SECURITY_REWORDED = "Your information is protected by encryption, both in transit and at rest."
DELETION = (
    "You can request deletion of your personal information by emailing privacy@lumenfold.example."
)


def with_sale() -> str:
    """The base policy plus a sentence that sells personal data."""
    return OLD_POLICY.replace(ADVERTISING, ADVERTISING + "\n" + SALE)


def without_advertisers() -> str:
    """The base policy with the advertising recipient removed."""
    return OLD_POLICY.replace(ADVERTISING + "\n", "")


def reworded() -> str:
    """The same practices in other words."""
    return OLD_POLICY.replace(SECURITY, SECURITY_REWORDED)


def updated() -> str:
    """A sale added, the advertising recipient removed, a paragraph re-worded."""
    return OLD_POLICY.replace(ADVERTISING, SALE).replace(SECURITY, SECURITY_REWORDED)


def hostile() -> str:
    """The base policy with markup and script in the text a renderer must escape."""
    return OLD_POLICY.replace(
        ADVERTISING,
        ADVERTISING
        + '\nWe sell your data to <script>alert("x")</script> brokers '
        + '<img src=x onerror="alert(2)"> and <a href="javascript:alert(3)">partners</a>.',
    )
