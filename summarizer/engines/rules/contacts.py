"""Contact details (e-mails, URLs, postal addresses), the name of the service and the
other facts every chunk needs from the whole policy (`policy_profile`).

E-mail addresses are taken wherever they appear; a URL only when its sentence is
about contacting the service ("contact us", "questions", a link named "contact");
a postal address is a run of short address-like lines (a street line, a city, a
postcode) after a cue such as "send us mail at:", or one inline street address.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from summarizer.engines.rules.analysis import EMAIL, lower_ascii, mask_policy
from summarizer.engines.rules.answers import policy_answers
from summarizer.engines.rules.reading import Collector, Profile, Reading

RAW = re.IGNORECASE  # these read the text as written
FLAGS = 0

# --- contact details ------------------------------------------------------------------


MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\]\n]{0,300})\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)")


BARE_URL = re.compile(r"(?<![\w/(\[])(?:https?://|www\.)[^\s<>()\"'\]]+[^\s<>()\"'\].,;:!?]", RAW)


CONTACT_CUE = re.compile(
    r"\b(?:contact(?:ing)? (?:us|our|the)|contact (?:form|page|details|information)|please contact|questions?|concerns?|reach (?:us|our)|"
    r"write (?:to )?us|e-?mail us|call us|get in touch|send (?:us )?(?:a |an )?(?:\w+ )?(?:mail|letter|e-?mail|message)|"
    r"mail (?:at|to)|privacy (?:officer|team|department)|data protection officer|dpo|exercise (?:your|these|such) rights|"
    r"inquir(?:y|ies)|enquir(?:y|ies)|notify us|let us know|inform us)\b",
    FLAGS,
)


POSTAL_CUE = re.compile(
    r"\b(?:mail(?:ing)? address|postal address|physical (?:mail|address)|by (?:post|mail)|write (?:to )?us|"
    r"send (?:us )?(?:a )?(?:letter|mail|physical mail|correspondence)|(?:our|the) address(?: is)?|attn|attention|"
    r"headquarter(?:s|ed)|registered (?:office|address)|located at|offices? (?:at|is)|mail (?:to|at))\b",
    FLAGS,
)


STREET_LINE = re.compile(
    r"\b(?:\d+[A-Za-z]?(?:-\d+)?\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|"
    r"drive|dr\.?|lane|ln\.?|way|place|pl\.?|court|ct\.?|square|sq\.?|parkway|pkwy\.?|highway|hwy\.?|gate|row|terrace|"
    r"crescent|circle|plaza|strasse|straße|allee|platz|weg|rue)\b|p\.?\s?o\.?\s+box\s+\d+|suite\s+\d+|floor\s+\d+|office\s+\d+|"
    r"\d+(?:st|nd|rd|th) floor)",
    RAW,
)


POSTCODE = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b"
)


# --- service name -----------------------------------------------------------------------
TITLE_NOISE = re.compile(
    r"\b(?:privacy|policy|policies|statement|notice|terms|of|use|service|and|cookie|cookies|the|our|your|data|protection|"
    r"website|site|online|legal|information|center|centre|page|updated|effective|last|watch|home)\b",
    RAW,
)


NAME_PATTERNS = (
    # Greenleaf Outfitters, Inc. ("Greenleaf"): a short name defined in parentheses
    re.compile(
        r"(?P<full>[A-Z][\w&.'’-]*)(?:[ ,][\w&.'’ ,-]{0,60}?)?\s*\((?:the |hereinafter |collectively )?[\"“”](?P<name>(?P=full)[\w&.'’ -]{0,25}?)[\"“”]\)",
    ),
    # Acme Photo, Inc. ("Acme", "we" or "us"): the short name in quotes
    re.compile(
        r"\((?:the |collectively |together )?[\"“”](?P<name>[A-Z][\w&.'’ -]{0,30}?),?[\"“”]\s*(?:,|or|and)?\s*(?:the\s+)?[\"“”](?:we|us|our)\b",
    ),
    # X ("we", "us", "our") / X (the "Company")
    re.compile(
        r"(?P<name>[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,4})\s*\((?:[^()]{0,40}?)[\"“”]\s*(?:we|us|our|company|the company|service)\s*[\"“”]",
    ),
    re.compile(
        r"\b(?i:welcome to|important to|at|by|from) (?P<name>[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3})[,.]",
    ),
    re.compile(
        r"(?P<name>[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3}) (?:respects|values|is committed to|takes your privacy|operates|owns)\b",
    ),
)


ARCHIVE_SOURCE = re.compile(
    r"extracted and transformed from the (?P<domain>[\w.-]+\.[a-z]{2,}) privacy policy", RAW
)


GENERIC_NAMES = frozenset(
    s.lower()
    for s in (
        "We",
        "Us",
        "Our",
        "You",
        "Your",
        "The",
        "This",
        "Privacy",
        "Policy",
        "Privacy Policy",
        "Company",
        "The Company",
        "Service",
        "Services",
        "Site",
        "Website",
        "Terms",
        "Inc",
        "LLC",
        "Ltd",
        "Internet",
        "Please",
        "All",
        "Any",
        "In",
        "If",
        "It",
        "Google",
        "Facebook",
        "Wayback Machine",
        "Children",
        "Cookies",
        "Contact",
        "Security",
        "Overview",
        "Introduction",
        "Users",
        "Information",
        "Personal Information",
        "Sites",
        "Services",
    )
)


_MAX_ADDRESS_LINE = 70
_ADDRESS_WORD = re.compile(
    r"^[A-Z0-9][\w.'’&-]*,?$|^(?:of|de|la|le|du|the|and|am|an|der|van|von|y|&)$"
)
_INLINE_ADDRESS = re.compile(
    r"\b\d+[A-Za-z]?(?:-\d+)?\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|"
    r"Lane|Ln\.?|Way|Place|Pl\.?|Court|Ct\.?|Square|Sq\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Gate|Row|Terrace|Crescent|Circle|Plaza)\b"
    r"[^.;:\n]{0,120}?(?:\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})?\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b)"
    r"(?:,?\s+(?:USA|U\.S\.A\.|United States(?: of America)?|UK|United Kingdom|Canada|Germany|France|Ireland|Australia)\b)?"
)
_ABBREVIATED_END = re.compile(
    r"\b(?:ltd|inc|co|corp|llc|plc|gmbh|st|ave|rd|blvd|dr|ln|pl|ct|sq|n\.?v|s\.?a|b\.?v|a\.?g)\.$",
    re.IGNORECASE,
)
_SKIP_URL = re.compile(r"^mailto:|^#|^javascript:", re.IGNORECASE)


def read_contacts(r: Reading, out: Collector) -> None:
    """E-mails anywhere; URLs in sentences about contacting the service."""
    raw = r.raw
    if "@" in raw:
        for match in EMAIL.finditer(raw):
            out.contact("email", match.group(0), r.quote(match.start()))
    masked = r.facts.text
    about_contact = bool(CONTACT_CUE.search(masked)) or "contact" in r.inner_kinds
    if not about_contact:
        return
    for url, start in _urls(raw):
        if _SKIP_URL.search(url) or EMAIL.fullmatch(url):
            continue
        out.contact("url", url, r.quote(start))


def _urls(raw: str) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    taken: list[tuple[int, int]] = []
    for match in MARKDOWN_LINK.finditer(raw):
        found.append((match.group("url"), match.start()))
        taken.append((match.start(), match.end()))
    for match in BARE_URL.finditer(raw):
        if not any(a <= match.start() < b for a, b in taken):
            found.append((match.group(0), match.start()))
    return found


def _address_like(line: str) -> bool:
    stripped = line.strip(" \t*_\\-")
    if not stripped or len(stripped) > _MAX_ADDRESS_LINE or stripped[-1] in "!?:;":
        return False
    if stripped.endswith(".") and not _ABBREVIATED_END.search(stripped):
        return False  # a sentence, not "Lumen Maps Ltd."
    if STREET_LINE.search(stripped) or POSTCODE.search(stripped):
        return True
    words = stripped.replace(",", " , ").split()
    words = [w for w in words if w != ","]
    return 0 < len(words) <= 5 and all(_ADDRESS_WORD.match(w) for w in words)


def read_addresses(text: str, masked: str, out: Collector) -> None:
    """Postal addresses in a chunk: address-like line runs after a cue, or inline."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lines.append((pos, pos + len(body)))
        pos += len(line)
    index = 0
    while index < len(lines):
        start, end = lines[index]
        if not POSTAL_CUE.search(lower_ascii(masked[start:end])):
            index += 1
            continue
        run: list[tuple[int, int]] = []
        blanks = 0
        nxt = index + 1
        while nxt < len(lines) and len(run) < 8:
            s, e = lines[nxt]
            body = text[s:e]
            if not body.strip():
                blanks += 1
                if blanks > 1 and run:
                    break
                nxt += 1
                continue
            blanks = 0
            if not _address_like(body):
                break
            run.append((s, e))
            nxt += 1
        if run and any(STREET_LINE.search(text[s:e]) or POSTCODE.search(text[s:e]) for s, e in run):
            q_start = run[0][0] + (
                len(text[run[0][0] : run[0][1]])
                - len(text[run[0][0] : run[0][1]].lstrip(" \t*_\\-"))
            )
            q_end = run[-1][1] - (
                len(text[run[-1][0] : run[-1][1]])
                - len(text[run[-1][0] : run[-1][1]].rstrip(" \t*_\\"))
            )
            quote = text[q_start:q_end]
            if 3 <= len(quote) <= 600:
                out.contact("address", " ".join(quote.split()), quote)
        index = max(nxt, index + 1)
    for match in _INLINE_ADDRESS.finditer(text):
        quote = match.group(0)
        out.contact("address", " ".join(quote.split()), quote)


# --- the service's name ----------------------------------------------------------------
_TITLE = re.compile(r"^[ \t]{0,3}#[ \t]+(?P<title>(?![\d.]+\s).+?)[ \t#]*$", re.MULTILINE)
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:]\s+|\s*\|\s*")
_DOMAIN = re.compile(
    r"^(?P<stem>[\w-]+)\.(?:com|net|org|tv|io|co|me|md|info|biz|us|uk|de|fr|app|ly|fm|to|cc|in|eu)(?:\.[a-z]{2})?$",
    re.IGNORECASE,
)


# The service's own channels: "our app", "the mobile apps", "our website", "this site".
_APP_CHANNEL = re.compile(r"\b(?:our|the|this|its) (?:mobile )?app(?:s|lication)?\b(?! stores?\b)")
_WEB_CHANNEL = re.compile(r"\b(?:our|the|this|its) (?:web ?site|site)s?\b")


@lru_cache(maxsize=16)
def policy_profile(policy_text: str) -> Profile:
    """What the whole policy tells every chunk (`Profile`)."""
    whole = mask_policy(policy_text)
    masked, lowered = whole.masked, whole.lowered
    name, pattern = _service_name(policy_text, masked)
    sale_admitted, changes_stated = policy_answers(policy_text)
    return Profile(
        name=name,
        first_party=pattern,
        several_channels=bool(_APP_CHANNEL.search(lowered) and _WEB_CHANNEL.search(lowered)),
        sale_admitted=sale_admitted,
        changes_stated=changes_stated,
    )


def _service_name(policy_text: str, masked: str) -> tuple[str | None, re.Pattern[str] | None]:
    """The service's name as the policy spells it most often, and a pattern for it."""
    head = policy_text[:4000]
    candidates: list[str] = []
    for match in _TITLE.finditer(head):
        for part in _TITLE_SEPARATORS.split(match.group("title")):
            part = part.strip(" *_")
            if part and TITLE_NOISE.sub("", part).strip(" .,&-") and len(part) <= 60:
                candidates.append(_strip_noise(part))
    source = ARCHIVE_SOURCE.search(head)
    if source:
        candidates.append(source.group("domain"))
    masked_head = masked[:4000]
    for pattern in NAME_PATTERNS:
        for match in pattern.finditer(masked_head):
            candidates.append(match.group("name").strip(" .,"))
    counts: Counter[str] = Counter()
    for candidate in candidates:
        for form, count in _spellings(candidate, masked).items():
            if form.lower() not in GENERIC_NAMES and len(form) >= 2:
                counts[form] += count
    if not counts:
        return None, None
    name = max(counts, key=lambda form: (counts[form], len(form)))
    variants = {name}
    domain = _DOMAIN.match(name)
    if domain:
        variants.add(domain.group("stem"))
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
    return name[:80], pattern


def _strip_noise(part: str) -> str:
    words = part.split()
    while words and TITLE_NOISE.fullmatch(words[0]):
        words.pop(0)
    while words and TITLE_NOISE.fullmatch(words[-1]):
        words.pop()
    return " ".join(words)


def _spellings(candidate: str, masked: str) -> Counter[str]:
    """How the policy writes a candidate name (and a domain's stem), with counts."""
    forms: Counter[str] = Counter()
    candidate = candidate.strip()
    if not candidate or candidate.lower() in GENERIC_NAMES:
        return forms
    domain = _DOMAIN.match(candidate)
    stem = domain.group("stem") if domain else None
    if stem:
        pattern = re.compile(
            rf"(?<![\w.@/-]){re.escape(stem)}(?:\.[a-z]{{2,4}}(?:\.[a-z]{{2}})?)?(?![\w@-])",
            re.IGNORECASE,
        )
    else:
        pattern = re.compile(rf"(?<![\w@/-]){re.escape(candidate)}(?![\w@-])", re.IGNORECASE)
    for match in pattern.finditer(masked):
        forms[match.group(0).rstrip(".")] += 1
    return forms
