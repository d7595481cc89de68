"""Contact details (e-mails, URLs, postal addresses, phone numbers), the name of the service and the
other facts every chunk needs from the whole policy (`policy_profile`).

E-mail addresses are taken wherever they appear; a URL only when its sentence is
about contacting the service ("contact us", "questions", a link named "contact");
a postal address is a run of short address-like lines (a street line, a city, a
postcode) after a cue such as "send us mail at:", or one inline street address.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial

from summarizer.engines.rules.analysis import EMAIL, fold_like_ignorecase, lower_ascii, mask_policy
from summarizer.engines.rules.answers import policy_answers
from summarizer.engines.rules.reading import Collector, Profile, Reading
from summarizer.engines.rules.triggers import Gated, Trigger

RAW = re.IGNORECASE  # these read the text as written
FLAGS = 0

# --- contact details ------------------------------------------------------------------


MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\]\n]{0,300})\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)")


BARE_URL = re.compile(r"(?<![\w/(\[])(?:https?://|www\.)[^\s<>()\"'\]]+[^\s<>()\"'\].,;:!?]", RAW)


CONTACT_CUE = re.compile(
    r"\b(?:contact(?:ing)? (?:us|our|the)|contact (?:form|page|details|information)|please contact|questions?|concerns?|reach (?:us|our)|"
    r"write (?:to )?us|e-?mail us|call us|get in touch|send (?:us )?(?:a |an )?(?:\w+ )?(?:mail|letter|e-?mail|message)|"
    r"mail (?:at|to)|privacy (?:officer|team|department)|data protection officer|dpo|exercise (?:your|these|such) rights|"
    r"inquir(?:y|ies)|enquir(?:y|ies)|notify us|let us know|inform us|"
    r"(?:make|submit|send|file) (?:a |your |such )?(?:\w+ )?requests?)\b",
    FLAGS,
)


POSTAL_CUE = re.compile(
    r"\b(?:mail(?:ing)? address|postal address|physical (?:mail|address)|by (?:post|mail)|write (?:to )?us|"
    r"send (?:us )?(?:a )?(?:letter|mail|physical mail|correspondence)|(?:our|the) address(?: is)?|attn|attention|"
    r"headquarter(?:s|ed)|registered (?:office|address)|located at|offices? (?:at|is)|mail (?:to|at)|in writing|"
    r"written (?:requests?|notices?|correspondence|inquir(?:y|ies)|enquir(?:y|ies))|"
    # "please contact our Grievance Officer:" above the officer's block
    r"(?:contact|write to|reach) (?:our|the) (?:[\w-]+ ){0,3}(?:officer|team|department|representative|desk)(?=\s*:))\b",
    FLAGS,
)
# A line that is only a contact heading ("Contact Us", "## Contact information", "How to reach
# us"): what follows it is a contact block, as a footer usually is.
CONTACT_HEADING = re.compile(
    r"^[#*_\s\d.]*(?:contact(?:ing)? (?:us|information|details)|contact|how to (?:contact|reach) us|our address|"
    r"address|questions(?: and comments)?)[\s*_:#]*$",
    FLAGS,
)


_JAPANESE_STREET = (
    r"\b\d{1,4}(?:-\d{1,4}){1,2}\s+[A-Z][^\s,]*,?\s+[A-Z][\w'’-]*-(?:ku|shi|cho|machi|gun)\b"
)
# A Japanese address on one line, from the block number to the postcode.
_JAPANESE_ADDRESS_LINE = re.compile(_JAPANESE_STREET + r",?\s+[A-Z][\w'’-]+,?\s+\d{3}-\d{4}\b")
STREET_LINE = re.compile(
    r"\b(?:\d+[A-Za-z]?(?:-\d+)?\s+(?:(?:[A-Z][\w.'’-]*|\d+(?:st|nd|rd|th))\s+){0,4}(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|"
    r"drive|dr\.?|lane|ln\.?|way|place|pl\.?|court|ct\.?|square|sq\.?|parkway|pkwy\.?|highway|hwy\.?|gate|row|terrace|"
    r"crescent|circle|plaza|strasse|straße|allee|platz|weg|rue)(?:\b|(?<=\.))|p\.?\s?o\.?\s+box\s+\d+|suite\s+\d+|floor\s+\d+|office\s+\d+|"
    # French-style street lines: "5455, av. de Gaspé, bureau 710", "12 rue de la Paix"
    r"\d+[A-Za-z]?,?\s+(?:av\.|avenue|rue|boul\.|boulevard|ch\.|chemin|route|place|quai|allée)\s+(?:de |du |des |la |le |l')?[A-Z]|"
    r"bureau\s+\d+|"
    r"\d+(?:st|nd|rd|th) floor)|"
    # continental order, the number after the street: "Landsberger Straße 302", "Kaiserstr. 4a"
    r"(?<![\w-])[A-ZÄÖÜ][\w'’.-]*(?:[ -](?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer)|"
    r"(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|straat|laan|gracht|plein|vej|gatan|gata|veien))"
    r"\s+\d{1,4}[a-z]?\b|" + _JAPANESE_STREET,
    # Japanese order, block numbers first, then the ward: "2-14-8 Kōnan, Minato-ku"
    RAW,
)


POSTCODE = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b"
    r"|^(?:[A-Z]{1,3}-)?\d{4}(?:\s?[A-Z]{2})?\s+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?$"
)


# A phone number as printed: "+44 20 7946 0958", "(415) 555-0199 ext. 204", "1-800-555-0142",
# "415.555.0123", "0800 123 4567". Digit groups joined by one space, dot or hyphen; an
# optional country code, trunk "(0)" and extension.
PHONE = re.compile(
    r"(?<![\w+./-])(?:\+\d{1,3}[ .-]?(?:\(0\)[ .-]?)?|1[ .-])?(?:\(\d{2,5}\)[ .-]?|\d{1,5}[ .-])"
    r"(?:\d{2,5}[ .-]){0,3}\d{2,5}(?:,?\s*(?:ext\.?|extension|x)\s*\d{1,5})?(?![\w/-]|\.\d)",
    RAW,
)
# "+" and a country code, or a North American number (area code and exchange 2-9).
_PHONE_INTERNATIONAL = re.compile(r"^\+\d")
_PHONE_NANP = re.compile(
    r"^(?:\+?1[ .-])?(?:\([2-9]\d\d\)[ .-]?|[2-9]\d\d[ .-])[2-9]\d\d[ .-]\d{4}\b"
)
_PHONE_TOLL_FREE = re.compile(
    r"^(?:\+?1[ .-])?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]\d{3}[ .-]\d{4}\b"
)
# Words that say the number is one to call, and words that say it is something else.
PHONE_CUE = re.compile(
    r"\b(?:tel|telephone|phone|call|calling|dial|toll[- ]?free|freephone|hotline|helpline|mobile|cell|"
    r"whatsapp|sms|text us|reach us|contact us|"
    # a desk named by who it serves: "Customer Care: 0161 ...", "Supporter Services"
    r"(?:customer|supporter|member|client|donor|guest) (?:care|services?|support)|careline|help ?desk)\b",
    RAW,
)
_NOT_A_PHONE = re.compile(
    r"\b(?:fax|facsimile|order|invoice|account|reference|ref|serial|tracking|confirmation|case|ticket|"
    r"licen[cs]e|registration|company|vat|ein|tax|id)\b(?:\s+(?:number|no\.?|#|id))?\W{0,3}$",
    RAW,
)


# --- service name -----------------------------------------------------------------------
TITLE_NOISE = re.compile(
    r"\b(?:privacy|policy|policies|statement|notice|terms|of|use|service|and|cookie|cookies|the|our|your|data|protection|"
    r"website|site|online|legal|information|center|centre|page|updated|effective|last|watch|home)\b",
    RAW,
)


_BUILT_THE_VERBS = (
    r"(?:b(?<!\w\w)uilt|m(?<!\w\w)ade|d(?<!\w\w)eveloped|c(?<!\w\w)reated|p(?<!\w\w)ublishe[sd]"
    r"|o(?<!\w\w)perates)"
)
# "Welcome to Acme," / "at Acme.": the words before a name, in any case.
_NAME_CUES = ("welcome to", "important to", "at", "by", "from")
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
        r"(?P<name>[A-Z][\w.&'’-]*(?: (?:& )?[A-Z0-9][\w.&'’-]*){0,4})\s*\((?:[^()]{0,40}?)[\"“”]\s*(?:we|us|our|company|the company|service)\s*[\"“”]",
    ),
    re.compile(
        r"\b(?i:"
        + "|".join(_NAME_CUES)
        + r") (?P<name>[A-Z][\w.&'’-]*(?: (?:& )?[A-Z0-9][\w.&'’-]*){0,3})[,.]",
    ),
    re.compile(
        r"(?P<name>[A-Z][\w.&'’-]*(?: (?:& )?[A-Z0-9][\w.&'’-]*){0,3}) (?:respects|values|is committed to|takes your privacy|operates|owns)\b",
    ),
    # "Tomas Varga built the Pocket Tides app as a Free app" (app-store policy generators).
    # Each verb's `\b` is a look-behind after its first letter (`b(?<!\w\w)uilt` is
    # `\bbuilt`): the search then skips to those letters instead of trying every position.
    re.compile(
        _BUILT_THE_VERBS
        + r" the (?P<name>[A-Z][\w.&'’-]*(?: (?:& )?[A-Z0-9][\w.&'’-]*){0,3}) (?:app|application|game)\b",
    ),
)

# Cheap gates: the first three patterns need a literal "(", the last one its verb.
_NAME_BEFORE_PARENTHESES = NAME_PATTERNS[:3]
_NAME_RESPECTS = NAME_PATTERNS[4]
_NAME_RESPECTS_TRIGGER = Trigger(_NAME_RESPECTS)
# Every match of the last one holds one of these (its verb and " the "), which plain
# substring tests find at a small part of what a scan for the verbs' first letters costs.
_NAME_BUILT_THE = NAME_PATTERNS[5]
_BUILT_THE_WORDS = tuple(
    f"{verb} the "
    for verb in ("built", "made", "developed", "created", "published", "publishes", "operates")
)
# The fourth starts with a cue word in any case: the regex engine would try that at
# every position, so it is tried only where the folded text has a cue and its space,
# at a word's start (`a(?<!\w\w)t` is `\bat`, spelled so that the search skips to the
# cues' first letters): "at " inside "that " or "what " is no cue.
_NAME_AFTER_CUE = NAME_PATTERNS[3]
_NAME_CUE_STARTS = re.compile(
    "(?:" + "|".join(cue[0] + r"(?<!\w\w)" + re.escape(cue[1:]) for cue in _NAME_CUES) + ") "
)


_ARCHIVE_NOTE = "extracted and transformed from the "
ARCHIVE_SOURCE = re.compile(_ARCHIVE_NOTE + r"(?P<domain>[\w.-]+\.[a-z]{2,}) privacy policy", RAW)
# WordPress's default policy: "Our website address is: https://example.com."
_SITE_ADDRESS_NOTE = "website address is"
_SITE_ADDRESS = re.compile(
    r"\bour website address is:?\s*(?:https?://)?(?P<domain>(?:www\.)?[\w-]+\.[a-z]{2,}(?:\.[a-z]{2})?)\b",
    re.IGNORECASE,
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
# The start of an inline address, `\b\d+`, spelled with the look-behind after the first
# digit: the regex engine then skips ahead to a digit instead of trying every position.
_INLINE_ADDRESS_START = r"\d(?<!\w\d)\d*"
_INLINE_ADDRESS = re.compile(
    _INLINE_ADDRESS_START
    + r"[A-Za-z]?(?:-\d+)?\s+(?:(?:[A-Z][\w.'’-]*|\d+(?:st|nd|rd|th))\s+){0,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|"
    r"Lane|Ln\.?|Way|Place|Pl\.?|Court|Ct\.?|Square|Sq\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Gate|Row|Terrace|Crescent|Circle|Plaza)(?:\b|(?<=\.))"
    r"[^.;:\n]{0,120}?(?:\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})?\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b)"
    r"(?:,?\s+(?:USA|U\.S\.A\.|United States(?: of America)?|UK|United Kingdom|Canada|Germany|France|Ireland|Australia)\b)?"
)
# (Not gated by its street words: looking for "St", "Way", ... in a chunk cost twice
# what this pattern does, now that it only starts at digits.)
# "at Kaiserstraße 44, 60329 Frankfurt am Main"; "3-5-12 Shiba, Minato-ku, Tokyo 105-0014, Japan"
# Every match holds one of these words, lower-cased, or a hyphen between digits or
# before a Korean road suffix ("Teheran-ro", "4-gil", "-daero").
_ABROAD_WORDS = (
    "stra", "str.", "weg", "allee", "platz", "gasse", "gracht", "laan", "plein", "kade",
    "singel", "dijk", "singapore",
    "via ", "viale", "piazza", "corso", "calle", "avenida", "plaza", "paseo", "rua ",
)  # fmt: skip
_ABROAD_HYPHEN = re.compile(r"-(?:(?<=\d-)\d|(?:ro|gil|daero)\b)")  # searched for at hyphens only
_INLINE_ABROAD = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][\w'’.-]*(?:[ -](?:Straße|Strasse|Str\.)|straße|strasse|str\.|weg|allee|platz|gasse)\s+\d{1,4}[a-z]?,\s*"
    r"(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÄÖÜ][\w'’-]+(?:\s+(?:am|an der|im|ob der)\s+[A-ZÄÖÜ][\w'’-]+)?"
    r"|" + _JAPANESE_STREET + r",?\s+[A-Z][\w'’-]+,?\s+\d{3}-\d{4}(?:,?\s+Japan\b)?"
    # Dutch: "Herengracht 182, 1016 BR Amsterdam", the postcode four digits and two letters
    r"|(?<![\w-])[A-Z][\w'’.-]*(?:gracht|straat|laan|plein|weg|kade|singel|dijk|markt)\s+\d{1,4}(?:-\d{1,4})?[a-zA-Z]?,\s*"
    r"\d{4}\s?[A-Z]{2}\s+[A-Z][\w'’-]+(?:,?\s+(?:the\s+)?Netherlands\b)?"
    # Korean road names: "15F, 21 Teheran-ro 4-gil, Gangnam-gu, Seoul 06236, Republic of Korea"
    r"|(?:\b\d{1,3}F,\s*)?\b\d{1,4}(?:-\d{1,4})?\s+[A-Z][\w'’]*-(?:ro|gil|daero)\b(?:\s+\d{1,4}(?:beon)?-gil\b)?"
    r"(?:,\s*[A-Z][\w'’]*(?:-(?:gu|si|do|gun|dong|eup|myeon))?){1,3}(?:,?\s+\d{5}\b)"
    r"(?:,?\s+(?:Republic of Korea|South Korea|Korea)\b)?"
    # Italian, Spanish, Portuguese: "Via Roma 14, 20121 Milano (MI), Italy",
    # "Calle Mayor 5, 28013 Madrid", "Rua Augusta 100, 1100-053 Lisboa"
    r"|\b(?:Via|Viale|Piazza|Corso|Largo|Calle|Avenida|Plaza|Paseo|Rua|Travessa)\s+(?:[A-Z][\w'’.-]*\s+){0,4}?"
    r"\d{1,4}[a-zA-Z]?,\s*(?:I-)?(?:\d{5}|\d{4}-\d{3})\s+[A-Z][\w'’-]+(?:\s+\([A-Z]{2}\))?"
    r"(?:,?\s+(?:Italy|Italia|Spain|España|Portugal)\b)?"
    # Singapore: "1 Raffles Place, #20-61 One Raffles Place Tower 2, Singapore 048616"
    r"|\b\d{1,4}[A-Z]?\s+(?:[A-Z][\w'’.-]*\s+){1,4}?(?:Road|Rd\.?|Street|St\.?|Avenue|Ave\.?|Place|Drive|Way|Link|Walk|"
    r"Crescent|Boulevard|Quay|Lane|Close|Rise|Hill|Park|Square|Central|Ring|Terrace|View|Vista)\b,?"
    r"(?:\s*#\d{1,3}-\d{1,4}[A-Z]?(?:[ \t]+[A-Z0-9][\w'’.-]*){0,6},?)?\s+Singapore\s+\d{6}\b"
)
# "Mail: Acme, Inc., Attn: Privacy, 12 Main St., Springfield, IL 62701", "by post: ...",
# "write to us at: ...": the rest of the line (to the end of its sentence) is the address.
_CUED_INLINE_ADDRESS = re.compile(
    r"(?:\b(?:(?:by )?(?:post|mail)|postal address|mailing address|address|write to us at|registered (?:office|address)|"
    r"(?:eu|uk|eea|swiss|european|local) representative)"
    r"\s*:[ \t]*)(?P<address>[A-Z0-9][^\n()<>]{8,220}?)(?=\s*(?:\(|<|\n|$|\.\s+[A-Z][a-z]+\s+[a-z]))",
    re.IGNORECASE,
)
# What every match of _CUED_INLINE_ADDRESS holds: the last word of its cue, then a colon
# (looked for in the text folded as re.IGNORECASE folds it: most chunks have no such cue).
_CUE_WORDS = ("post", "mail", "address", "office", "write to us at", "representative")
_CUE_THEN_COLON = re.compile("(?:" + "|".join(map(re.escape, _CUE_WORDS)) + r")\s*:")


def _has_cue_then_colon(folded: str) -> bool:
    """Whether `_CUE_THEN_COLON` matches in `folded`, told from each colon back (a chunk
    has a few; the regex tries its words' common first letters all over the chunk)."""
    colon = folded.find(":")
    while colon != -1:
        end = colon
        while end > 0 and folded[end - 1].isspace():  # `\s` is str.isspace
            end -= 1
        if folded.endswith(_CUE_WORDS, 0, end):
            return True
        colon = folded.find(":", colon + 1)
    return False


# A postcode inside a comma-separated line: "08005 Barcelona", "D01 K2P6", "Singapore 088444".
_POSTCODE_IN_LINE = re.compile(
    r"(?:^|,\s*)(?:[A-Z]{1,3}-)?\d{4,6}(?:\s?[A-Z]{2})?\s+[A-Z][\w'’-]+|\b[A-Z]\d{2}\s?[A-Z0-9]{4}\b|"
    r"\b[A-Z][a-z]+ \d{6}\b"
)
_ABBREVIATED_END = re.compile(
    r"\b(?:ltd|inc|co|corp|llc|plc|gmbh|st|ave|rd|blvd|dr|ln|pl|ct|sq|n\.?v|s\.?a|b\.?v|a\.?g)\.$",
    re.IGNORECASE,
)
_SKIP_URL = re.compile(r"^mailto:|^#|^javascript:", re.IGNORECASE)


def read_contacts(r: Reading, out: Collector) -> None:
    """E-mails anywhere; URLs in sentences about contacting the service."""
    if not _chunk_may_hold_contact(r.text):
        return  # no "@" and no link anywhere in the chunk (most chunks)
    raw = r.raw
    if "@" in raw:
        for match in EMAIL.finditer(raw):
            out.contact("email", match.group(0), r.quote(match.start()))
    if not _may_hold_link(raw):
        return  # no link (what follows reads only links)
    masked = r.facts.text
    if _LABELLED_SITE.match(raw) and _in_contact_block(r):
        # "Website: https://acme.example" in a block of contact details
        for url, start in _urls(raw)[:1]:
            out.contact("url", url, r.quote(start))
        return
    if "contact" not in r.inner_kinds and not _CONTACT_TRIGGER.may_match(masked):
        return
    about_contact = bool(CONTACT_CUE.search(masked)) or "contact" in r.inner_kinds
    requests = bool(_REQUEST_CUE.search(masked))
    if not (about_contact or requests):
        return
    for url, start in _urls(raw):
        if _SKIP_URL.search(url) or EMAIL.fullmatch(url):
            continue
        if _in_link_bar(raw, start):
            continue  # "[About](...) | [Help](...) | [Terms](...)": site navigation
        if not about_contact and (
            not _WHERE_BEFORE.search(raw, max(0, start - 12), start) or _INDUSTRY_TOOL.search(url)
        ):
            continue
        if _AUTHORITY_BEFORE.search(raw, max(0, start - 40), start):
            continue  # "approach the Banking Ombudsman at https://...": a regulator's site
        # (a request URL: "you can opt out ... at https://example.com/optout")
        out.contact("url", url, r.quote(start))


# A line that labels the service's site, as contact blocks do: "Website: https://...".
_LABELLED_SITE = re.compile(
    r"[\s*_-]*(?:web ?site|web|home ?page|url|internet|online)\s*:\s*(?:\[|<|https?://|www\.)",
    re.IGNORECASE,
)
_CONTACT_BLOCK_WINDOW = 300
_CONTACT_DETAIL_ABOVE = re.compile(
    r"@|\b(?:e-?mail|phone|tel|telephone|contact|address|write to us)\b", re.IGNORECASE
)


def _in_contact_block(r: Reading) -> bool:
    """Whether a labelled line stands in a block of contact details: under a contact
    heading, or with an e-mail, a phone or a contact cue shortly above it."""
    if "contact" in r.inner_kinds:
        return True
    start = r.sentence.start
    return bool(_CONTACT_DETAIL_ABOVE.search(r.text, max(0, start - _CONTACT_BLOCK_WINDOW), start))


_REQUEST_CUE = re.compile(r"\b(?:opt(?:-| )?out|requests?|delete|deletion|unsubscribe|exercise)\b")
# URLs are read only where one of these cues matches (or under a contact heading).
_CONTACT_TRIGGER = Trigger(CONTACT_CUE, _REQUEST_CUE)


# The chunk last asked about and the answer: its sentences are read one after another.
_last_chunk: tuple[str | None, bool] = (None, True)


def _chunk_may_hold_contact(chunk_text: str) -> bool:
    """Whether some sentence of the chunk may hold an e-mail address or a link: each
    sentence is a slice of the chunk text, so it holds what the sentence checks
    find only if the chunk holds it too."""
    global _last_chunk
    last_text, may_hold = _last_chunk
    if chunk_text is not last_text:
        may_hold = "@" in chunk_text or _may_hold_link(chunk_text)
        _last_chunk = (chunk_text, may_hold)
    return may_hold


def _may_hold_link(raw: str) -> bool:
    """Whether a MARKDOWN_LINK or BARE_URL can match in `raw`: each match holds "](",
    "://" or "www." in some case (re.IGNORECASE matches "w" only with "W")."""
    return "](" in raw or "://" in raw or "www." in raw.lower()


_WHERE_BEFORE = re.compile(r"\b(?:at|visit|visiting|go to|via|using)\s+$", re.IGNORECASE)
# Opt-out tools run by industry bodies and platforms, not a place to contact the service.
_INDUSTRY_TOOL = re.compile(
    r"networkadvertising|aboutads|youronlinechoices|youradchoices|adssettings|tools\.google|"
    r"allaboutcookies|edaa\.eu|optout\.",
    re.IGNORECASE,
)
# A regulator or ombudsman named just before a link: its site, not the service's.
_AUTHORITY_BEFORE = re.compile(
    r"\b(?:ombudsman|commissioner(?:'s office)?|supervisory authority|data protection authority|regulator|"
    r"data protection board)\b[^.;]{0,12}?(?:\bat|\bvia|\bon|,|\()?\s*$",
    re.IGNORECASE,
)
_LINK_SEPARATORS = re.compile(r"\)\s*[|·•]\s*\[")


def _in_link_bar(raw: str, start: int) -> bool:
    """Whether the link at `start` is on a line of links separated by bars or dots."""
    line_start = raw.rfind("\n", 0, start) + 1
    line_end = raw.find("\n", start)
    line = raw[line_start : line_end if line_end != -1 else len(raw)]
    return len(_LINK_SEPARATORS.findall(line)) >= 2


def read_phones(text: str, out: Collector) -> None:
    """Phone numbers in a chunk, with the line they are printed on as the quote.

    A number written in international form (+44 ...) or as a North American number
    (area code and exchange that start 2-9) is taken unless the words before it name
    something else (an order, invoice, account or fax number); any other run of digit
    groups needs a phone cue on its line or the line above ("Tel:", "call us",
    "toll-free"). Dates, postcodes, years and counts never have the shape.
    """
    last_digit = _last_digit(text)
    if last_digit < 0:
        return  # no digit, no number
    above = ""
    position = 0  # where the line starts
    for line in text.splitlines(keepends=True):
        if position > last_digit:
            break  # no digit below, so no number (PHONE needs a digit)
        position += len(line)
        body = line.rstrip("\r\n")
        if _DIGIT.search(body):  # PHONE needs a \d digit
            for match in PHONE.finditer(body):
                value = match.group(0).strip(" .-")
                if _is_phone(value, body[: match.start()], above):
                    quote = body.strip(" \t*_|\\-")
                    if not 3 <= len(quote) <= 300:
                        quote = value
                    out.contact("phone", " ".join(value.split()), quote)
        if body.strip():
            above = body


_DIGIT = re.compile(r"\d")


def _is_phone(value: str, before: str, above: str) -> bool:
    digits = sum(ch.isdigit() for ch in value.split("x")[0].split("ext")[0])
    if not 7 <= digits <= 15:
        return False
    if re.fullmatch(r"\d{4}[ .-]\d{1,2}[ .-]\d{1,2}|\d{1,2}[ .-]\d{1,2}[ .-]\d{4}", value):
        return False  # a date
    if _NOT_A_PHONE.search(before[-40:]):
        return False
    if (
        _PHONE_INTERNATIONAL.match(value)
        or _PHONE_NANP.match(value)
        or _PHONE_TOLL_FREE.match(value)
    ):
        return True
    return bool(PHONE_CUE.search(before) or (not before.strip() and PHONE_CUE.search(above)))


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


_ATTENTION = re.compile(r"^(?:attn|attention|c/o|care of)\b[.:]?\s*", re.IGNORECASE)


def _address_like(line: str) -> bool:
    stripped = _ATTENTION.sub("", line.strip(" \t*_\\-"))
    if not stripped or len(stripped) > _MAX_ADDRESS_LINE or stripped[-1] in "!?:;":
        return False
    if stripped.endswith(".") and not _ABBREVIATED_END.search(stripped):
        return False  # a sentence, not "Lumen Maps Ltd."
    # The cheap test first: most short lines that pass either are titles ("3. Security").
    return _address_words(stripped) or _street_or_postcode(stripped)


def _address_words(line: str) -> bool:
    """Whether `line` is a few words shaped like an address line's (capitalised, numbers)."""
    words = line.replace(",", " , ").split()
    words = [w for w in words if w != ","]
    # a company's line may be longer: "Grievance Officer, Acme Payments Private Limited"
    limit = 8 if _COMPANY_END.search(line) else 5
    return 0 < len(words) <= limit and all(_ADDRESS_WORD.match(w) for w in words)


def _street_or_postcode(line: str) -> bool:
    """Whether `line` holds a street (`STREET_LINE`) or a postcode (`POSTCODE`). Both
    need a digit, so a line without one (most lines) is not searched: `STREET_LINE`
    ignores case and tries its alternatives at every position."""
    return _DIGIT.search(line) is not None and bool(
        STREET_LINE.search(line) or POSTCODE.search(line)
    )


_COMPANY_END = re.compile(
    r"\b(?:limited|ltd\.?|inc\.?|llc|plc|gmbh|corporation|corp\.?|pvt\.? ltd\.?)$", re.IGNORECASE
)


def read_addresses(text: str, masked: str, out: Collector) -> None:
    """Postal addresses in a chunk: address-like line runs after a cue (a postal cue or a
    contact heading), a cue-less block that has both a numbered street and a postcode
    (a footer), or one inline street address."""
    last_digit = _last_digit(text)
    if last_digit < 0:
        return  # each way of reading an address needs a street or box number, or a postcode
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lines.append((pos, pos + len(body)))
        pos += len(line)
    lowered = lower_ascii(masked)
    # Each way of reading an address needs a digit in a line of its run, at or after
    # the line it starts from (STREET_LINE and POSTCODE need one): no run starts below
    # the last line that holds a digit, though one may run on past it.
    blocks: list[tuple[int, int]] = []  # the address blocks read whole
    index = 0
    while index < len(lines) and lines[index][0] <= last_digit:
        start, end = lines[index]
        # Searched in place, not in a slice: a line follows a line break, so \b sees the same.
        if POSTAL_CUE.search(lowered, start, end) or CONTACT_HEADING.match(lowered[start:end]):
            run, nxt = _address_run(text, lines, index + 1)
            if any(_street_or_postcode(text[s:e]) for s, e in run):
                _add_address(text, run, out)
                blocks.append((run[0][0], run[-1][1]))
            index = max(nxt, index + 1)
            continue
        if text[start:end].strip() and (index == 0 or not text[slice(*lines[index - 1])].strip()):
            run, nxt = _address_run(text, lines, index, leading_blanks=False)
            if len(run) >= 2 and _numbered_street_then_postcode(text, run):
                _add_address(text, run, out)
                blocks.append((run[0][0], run[-1][1]))
                index = nxt
                continue
        index += 1
    taken: list[tuple[int, int]] = blocks  # (an inline match inside a block is part of it)
    cued = (
        _CUED_INLINE_ADDRESS.finditer(text)
        if ":" in text and _has_cue_then_colon(fold_like_ignorecase(text))
        else ()
    )
    for match in cued:
        quote = match.group("address").rstrip(" .,;")
        if STREET_LINE.search(quote) or POSTCODE.search(quote) or _POSTCODE_IN_LINE.search(quote):
            out.contact("address", " ".join(quote.split()), quote)
            taken.append((match.start("address"), match.end("address")))
    abroad = _INLINE_ABROAD.finditer(text) if _may_be_abroad(lowered) else ()
    for match in (*_INLINE_ADDRESS.finditer(text), *abroad):
        if any(a <= match.start() < b for a, b in taken):
            continue  # part of an address already read whole after its cue
        quote = match.group(0)
        out.contact("address", " ".join(quote.split()), quote)


def _may_be_abroad(lowered: str) -> bool:
    """False only if `_INLINE_ABROAD` finds nothing in the text `lowered` is (masked and)
    lower-cased from: literal searches, where one regex of the same alternatives tried
    each of them at every position."""
    return any(word in lowered for word in _ABROAD_WORDS) or bool(_ABROAD_HYPHEN.search(lowered))


def _last_digit(text: str) -> int:
    """The offset of the last digit in `text` (what `_DIGIT` matches), or -1 when it holds
    none. On ASCII text, whose only digits are 0-9, ten reverse scans for one character
    each (in C) find it at a fraction of a regex scan's cost; other text is searched
    from the end, reversed."""
    if text.isascii():
        return max(map(text.rfind, "0123456789"))
    last = _DIGIT.search(text[::-1])
    return -1 if last is None else len(text) - 1 - last.start()


def _address_run(
    text: str, lines: list[tuple[int, int]], first: int, *, leading_blanks: bool = True
) -> tuple[list[tuple[int, int]], int]:
    """The address-like lines from `first` on (blank lines before the first are skipped
    when `leading_blanks`), and the index of the line after them."""
    run: list[tuple[int, int]] = []
    blanks = 0
    nxt = first
    while nxt < len(lines) and len(run) < 8:
        s, e = lines[nxt]
        body = text[s:e]
        if not body.strip():
            blanks += 1
            if (blanks > 1 and run) or (not run and not leading_blanks):
                break
            nxt += 1
            continue
        blanks = 0
        if not _address_like(body):
            break
        run.append((s, e))
        nxt += 1
    return run, nxt


_NUMBERED_STREET = re.compile(r"^\s*[*_-]*\s*\d")
_CONTINENTAL_STREET = re.compile(
    r"[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*)?\s+\d{1,4}[a-z]?$|[A-ZÄÖÜ][\w'’.-]*\s+\d{1,4}[a-z]?$"
)


def _numbered_street_then_postcode(text: str, run: list[tuple[int, int]]) -> bool:
    streets = [
        i
        for i, (s, e) in enumerate(run)
        if STREET_LINE.search(text[s:e]) and _NUMBERED_STREET.match(text[s:e])
    ]
    if any(_JAPANESE_ADDRESS_LINE.search(text[s:e]) for s, e in run):
        return True  # "2-14-8 Kōnan, Minato-ku, Tokyo 108-8577, Japan": street and postcode
    streets = streets or [
        i for i, (s, e) in enumerate(run) if _CONTINENTAL_STREET.match(text[s:e].strip(" \t*_\\-"))
    ]  # "Landsberger Straße 302" above "80687 München"
    return bool(streets) and any(
        POSTCODE.search(text[s:e].strip(" \t*_\\-")) for s, e in run[streets[0] + 1 :]
    )


def _add_address(text: str, run: list[tuple[int, int]], out: Collector) -> None:
    first, last = text[run[0][0] : run[0][1]], text[run[-1][0] : run[-1][1]]
    q_start = run[0][0] + len(first) - len(first.lstrip(" \t*_\\-"))
    q_end = run[-1][1] - (len(last) - len(last.rstrip(" \t*_\\")))
    quote = text[q_start:q_end]
    if 3 <= len(quote) <= 600:
        out.contact("address", " ".join(quote.split()), quote)


# --- the service's name ----------------------------------------------------------------
_TITLE = re.compile(r"^[ \t]{0,3}#[ \t]+(?P<title>(?![\d.]+\s).+?)[ \t#]*$", re.MULTILINE)
_PLAIN_TITLE = re.compile(r"\s*(?P<title>[^\n<>#]{2,79}[^\n<>#.:!?,;\s])[ \t]*\n")
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:]\s+|\s*\|\s*")
_DOMAIN = re.compile(
    r"^(?:www\.)?(?P<stem>[\w-]+)\.(?:com|net|org|tv|io|co|me|md|info|biz|us|uk|de|fr|it|es|nl|app|ly|fm|to|cc|in|eu)(?:\.[a-z]{2})?$",
    re.IGNORECASE,
)


# The service's own channels: "our app", "the mobile apps", "our website", "this site".
# Gated: run over the whole policy only where "app" / "site" occur ("\b" and four
# openings would otherwise be tried at every position).
_APP_CHANNEL = Gated(
    re.compile(r"\b(?:our|the|this|its) (?:mobile )?app(?:s|lication)?\b(?! stores?\b)")
)
_WEB_CHANNEL = Gated(re.compile(r"\b(?:our|the|this|its) (?:web ?site|site)s?\b"))


@lru_cache(maxsize=16)
def policy_profile(policy_text: str) -> Profile:
    """What the whole policy tells every chunk (`Profile`)."""
    whole = mask_policy(policy_text)
    masked, lowered = whole.masked, whole.lowered
    name, pattern = _service_name(policy_text, masked)
    return Profile(
        name=name,
        first_party=pattern,
        # The site first: its gate word "site" is rarer than "app" (in "apply", "happy").
        several_channels=bool(_WEB_CHANNEL.search(lowered) and _APP_CHANNEL.search(lowered)),
        whole_policy_answers=partial(policy_answers, policy_text),
    )


def _service_name(policy_text: str, masked: str) -> tuple[str | None, re.Pattern[str] | None]:
    """The service's name as the policy spells it most often, and a pattern for it."""
    head = policy_text[:4000]
    candidates: list[str] = []
    # (A markdown title holds a "#": without one, the line-by-line search is skipped.)
    titles = [match.group("title") for match in _TITLE.finditer(head)] if "#" in head else []
    if not titles:
        # A plain-text policy's first line is its title: "Privacy Policy - Oakmont Press".
        first = _PLAIN_TITLE.match(head)
        if first is not None:
            titles.append(first.group("title"))
    for title in titles:
        for part in _TITLE_SEPARATORS.split(title):
            part = part.strip(" *_")
            if part and TITLE_NOISE.sub("", part).strip(" .,&-") and len(part) <= 60:
                candidates.append(_strip_noise(part))
    # (looked for as the folded text spells it first: a case-insensitive search costs more)
    source = ARCHIVE_SOURCE.search(head) if _ARCHIVE_NOTE in fold_like_ignorecase(head) else None
    if source:
        candidates.append(source.group("domain"))
    site = _SITE_ADDRESS.search(head) if _SITE_ADDRESS_NOTE in head.lower() else None
    site_domain = site.group("domain") if site else None
    if site_domain:
        candidates.append(site_domain)
    masked_head = masked[:4000]
    for pattern in NAME_PATTERNS:
        if pattern in _NAME_BEFORE_PARENTHESES and "(" not in masked_head:
            continue
        if pattern is _NAME_RESPECTS and not _NAME_RESPECTS_TRIGGER.may_match(masked_head):
            continue
        if pattern is _NAME_BUILT_THE and not any(w in masked_head for w in _BUILT_THE_WORDS):
            continue
        matches = (
            _names_after_cues(masked_head)
            if pattern is _NAME_AFTER_CUE
            else pattern.finditer(masked_head)
        )
        for match in matches:
            candidates.append(match.group("name").strip(" .,"))
    counts: Counter[str] = Counter()
    spellings = _spellings(candidates, masked)
    for key in (_key(candidate) for candidate in candidates):
        for form, count in spellings.get(key or "", Counter()).items():
            if form.lower() not in GENERIC_NAMES and len(form) >= 2:
                counts[form] += count
    if not counts:
        # "Privacy Policy of www.example.com" (iubenda), "Our website address is:
        # https://example.com" (WordPress): a site named only by its address, which
        # masking hides from the count
        domains = [
            c.removeprefix("www.")
            for c in candidates
            if _DOMAIN.match(c) and (c.startswith("www.") or c == site_domain)
        ]
        if not domains:
            return None, None
        counts[domains[0]] = 1
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


def _names_after_cues(text: str) -> Iterator[re.Match[str]]:
    """`_NAME_AFTER_CUE.finditer(text)`, trying the pattern only where a match can
    start: at a cue word followed by a space, found in the text folded as
    re.IGNORECASE folds it (same length, so offsets carry over)."""
    folded = fold_like_ignorecase(text)
    position = 0
    while (cue := _NAME_CUE_STARTS.search(folded, position)) is not None:
        match = _NAME_AFTER_CUE.match(text, cue.start())
        if match is None:
            position = cue.start() + 1
        else:
            yield match
            position = match.end()  # never empty: a cue word comes first


def _strip_noise(part: str) -> str:
    words = part.split()
    while words and TITLE_NOISE.fullmatch(words[0]):
        words.pop(0)
    while words and TITLE_NOISE.fullmatch(words[-1]):
        words.pop()
    return " ".join(words)


_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_BEFORE_NAME = frozenset("@/-")  # a name does not follow these (nor a word character)
_BEFORE_DOMAIN = frozenset("@/-.")
_AFTER_NAME = re.compile(r"(?![\w@-])")
_AFTER_STEM = re.compile(r"(?:\.[a-z]{2,4}(?:\.[a-z]{2})?)?(?![\w@-])", re.IGNORECASE)


def _key(candidate: str) -> str | None:
    """What a candidate is searched for: its lower-cased text, or "domain:" and the
    stem of a domain name ("example.com" is found as "example", "Example.org", ...)."""
    candidate = candidate.strip()
    if not candidate or candidate.lower() in GENERIC_NAMES:
        return None
    domain = _DOMAIN.match(candidate)
    return f"domain:{domain.group('stem').lower()}" if domain else candidate.lower()


def _spellings(candidates: list[str], masked: str) -> dict[str, Counter[str]]:
    """How the policy writes each candidate name (a domain: its stem, with or without
    the domain ending), with counts, keyed by `_key`.

    One pass over the text whatever the number of candidates (a page of 1,000 title
    lines once cost one pass each): each word of the text is looked up among the
    first words of the candidates, and the text there is compared once per distinct
    (offset, length) of those candidates, by a dictionary lookup."""
    # first word -> (its offset in the candidate, candidate length) -> text -> keys
    index: dict[str, dict[tuple[int, int], dict[str, list[str]]]] = {}
    for key in {k for k in map(_key, candidates) if k is not None}:
        searched = key.removeprefix("domain:")
        first = _WORD_RUN.search(searched)
        if first is not None:
            shapes = index.setdefault(first.group(0), {})
            shapes.setdefault((first.start(), len(searched)), {}).setdefault(searched, []).append(
                key
            )
    found: dict[str, Counter[str]] = {}
    if not index:
        return found
    # Lower-casing keeps offsets only where it keeps the length (ASCII always does);
    # then only the words that begin a candidate are looked for (as whole word runs).
    lowered = masked.lower() if masked.isascii() else None
    words = _whole_words(index, lowered) if lowered is not None else _WORD_RUN.finditer(masked)
    for word in words:
        found_shapes = index.get(word.group(0) if lowered is not None else word.group(0).lower())
        if not found_shapes:
            continue
        for (lead, length), texts in found_shapes.items():
            start = word.start() - lead
            if start < 0:
                continue
            end = start + length
            here = lowered[start:end] if lowered is not None else masked[start:end].lower()
            for key in texts.get(here, ()):
                _count_spelling(found, key, masked, start, end)
    return found


def _whole_words(words: Iterable[str], text: str) -> Iterator[re.Match[str]]:
    """Where `text` holds one of `words` (runs of word characters) as a whole word run.

    Found without a look-behind, which would make the regex engine try every position
    of the text: a match that follows a word character is dropped instead. It hides no
    other match, since all its characters are word characters, so no whole word starts
    inside it."""
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    for match in re.finditer(rf"(?:{alternatives})(?!\w)", text):
        start = match.start()
        if start == 0 or not _WORD_CHAR.match(text, start - 1):
            yield match


def _count_spelling(
    found: dict[str, Counter[str]], key: str, masked: str, start: int, end: int
) -> None:
    """Count `masked[start:end]` (a domain: with its ending) for `key` if it stands as a
    name there: not inside a word, an e-mail address, a path or a hyphenated word."""
    before = masked[start - 1] if start > 0 else ""
    if key.startswith("domain:"):
        after = _AFTER_STEM.match(masked, end)
        if after is None or before in _BEFORE_DOMAIN or _WORD_CHAR.match(before):
            return
        end = after.end()
    elif before in _BEFORE_NAME or _WORD_CHAR.match(before) or not _AFTER_NAME.match(masked, end):
        return
    found.setdefault(key, Counter())[masked[start:end].rstrip(".")] += 1
