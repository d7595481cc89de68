"""The service's name, from the page as well as from the policy text.

A page's `<title>` ("Privacy Policy | Acme") and `og:site_name` ("Acme") name the
service far more reliably than the policy's first heading, which on a news or shop page
may be a headline. `choose_service_name` weighs, in this order:

1. the page's site name (`og:site_name`), when it is a name and is found in the policy
   text, the title or the URL's host;
2. a part of the title, generic words ("Privacy Policy", "Legal") removed, that the
   policy text or the URL's host also has;
3. the name the engine read from the policy text, when it is a name (not a sentence or
   a headline) and is found in the text, the title or the host;
4. a part of the title alone (found in the title);
5. the URL's host name, as the policy spells it when it does (`acme.com`).

A name is "found" when its letters and digits appear, in order, in the place it is
checked against (ignoring case, spaces and punctuation), so every name given back
passes a grounding check against the policy text, the title or the URL host.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from summarizer.text.grounding import name_in_sources

MAX_NAME_WORDS = 6
MAX_NAME_CHARS = 60

_TITLE_SEPARATORS = re.compile(r"\s+[|\-\u2013\u2014:\u00b7\u2022/]\s+|\s*[|\u00b7\u2022]\s*")
_GENERIC_WORDS = re.compile(
    r"\b(?:privacy|policy|policies|notice|statement|cookies?|data|protection|terms|of|"
    r"service|use|conditions|legal|home|page|welcome|our|your|the|and|&|information|"
    r"center|centre|help|gdpr|ccpa|california|eu|uk|us|official|site|website|en|en-us|"
    # whom or what a notice is for: "Consumer Privacy Notice - Veridex" names Veridex
    r"consumers?|customers?|users?|visitors?|applicants?|candidates?|employees?|online|"
    r"global|worldwide|mobile|apps?|supplemental|additional|state)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[!?;,:]\s*$")
_ABBREVIATIONS = frozenset(
    {"inc.", "ltd.", "co.", "corp.", "llc.", "plc.", "s.a.", "gmbh.", "b.v."}
)
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
_HOST_PREFIXES = ("www.", "m.", "en.", "legal.", "privacy.", "policies.", "help.")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})


def squash(text: str) -> str:
    """Lower-case letters and digits only: how names are compared."""
    return _NOT_ALPHANUMERIC.sub("", text.lower())


def is_plausible_name(name: str | None) -> bool:
    """A short name, not a sentence or a headline: at most six words and 60 characters,
    no sentence punctuation at its end, and something besides generic words."""
    if not name or not name.strip():
        return False
    name = name.strip()
    if len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return False
    if _SENTENCE_END.search(name):
        return False
    last = name.split()[-1].lower()
    if name.endswith(".") and last not in _ABBREVIATIONS and len(name.split()) > 1:
        return False  # "We collect your data." is a sentence; "Acme, Inc." is a name
    return bool(squash(_GENERIC_WORDS.sub(" ", name)))


def title_names(title: str | None) -> list[str]:
    """The parts of a page title that can be a name, generic words trimmed from their
    ends: "Privacy Policy | Acme Shop" gives ["Acme Shop"]."""
    if not title:
        return []
    names = []
    for part in _TITLE_SEPARATORS.split(title):
        words = part.split()
        dropped_first = ""
        while words and _GENERIC_WORDS.fullmatch(words[0].strip(",.:")):
            dropped_first = words.pop(0)
        if dropped_first.lower() == "the" and words:  # "The Daily Courier" keeps its "The"
            words.insert(0, dropped_first)
        while words and _GENERIC_WORDS.fullmatch(words[-1].strip(",.:")):
            words.pop()
        name = " ".join(words).strip(" ,.:-'\"")
        if is_plausible_name(name):
            names.append(name)
    return names


def host_of(source: str | None) -> str | None:
    """The host of a URL source, without "www." and the like; None for files."""
    if not source or not source.lower().startswith(("http://", "https://")):
        return None
    host = (urlsplit(source).hostname or "").lower()
    for prefix in _HOST_PREFIXES:
        host = host.removeprefix(prefix)
    return host or None


def registrable_domain(host: str) -> str:
    """The domain a host belongs to: "shop.acme.co.uk" -> "acme.co.uk"."""
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def host_stem(host: str) -> str:
    """The registrable name of a host: "shop.acme.co.uk" -> "acme"."""
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def choose_service_name(
    engine_name: str | None,
    text: str,
    *,
    title: str | None = None,
    site_name: str | None = None,
    source: str | None = None,
) -> str | None:
    """The service's name (see the module docstring); None when nothing fits."""
    host = host_of(source)
    stem = squash(host_stem(host)) if host else ""
    squashed_host = squash(host or "")

    def grounded(name: str) -> bool:
        return name_in_sources(name, text, title=title, url=source)

    if site_name and is_plausible_name(site_name) and grounded(site_name):
        return site_name.strip()
    parts = title_names(title)
    squashed_text = squash(text) if parts else ""
    for part in parts:
        key = squash(part)
        if key in squashed_text or (stem and (stem in key or key in squashed_host)):
            return part
    if engine_name and is_plausible_name(engine_name) and grounded(engine_name):
        return engine_name.strip()
    if parts:
        return parts[0]
    if host:
        domain = registrable_domain(host)
        return _spelled_in_text(domain, text) or _spelled_in_text(host_stem(host), text) or domain
    return None


def _spelled_in_text(word: str, text: str) -> str | None:
    match = re.search(rf"(?<![\w.-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)
    return match.group(0) if match else None
