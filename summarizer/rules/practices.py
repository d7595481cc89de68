"""Data practices in one sentence: what is collected, for which purposes, shared with whom.

Each data term is attached to the practice verb nearest before it (or after it, for
"Your e-mail address is collected"): a collection verb makes it collected, a negated
one ("we do not collect") not collected; "we use / share X" implies X is held. A term
after a purpose marker ("... to respond to your support requests") belongs to the
purpose, not to the object. Sentences without a verb count under a collection
heading or list lead ("This information may include:").
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.rules import cues
from summarizer.rules import grammar as gr
from summarizer.rules import lexicon as lx
from summarizer.rules.analysis import (
    ANAPHORA_RE,
    LEGAL_COMPULSION_RE,
    SOURCE_RES,
    Actor,
    Facts,
    Term,
    Verb,
    actor_at,
    lower_ascii,
    negated_at,
)
from summarizer.rules.reading import Collector, Reading
from summarizer.schema import DataCategory, Purpose, Recipient, Source

_SOURCE_RES = {Source(name): pattern for name, pattern in SOURCE_RES.items()}
_GENERIC_OBJECT = re.compile(r"\b(?:information|data|details|it|this|them|such)\b")
_INSTRUMENT_BEFORE = re.compile(
    r"\b(?:through|via|by|using|from|with|in|on)\s+(?:the\s+|our\s+|your\s+)?(?:use\s+of\s+)?"
    r"(?:[\w-]+,?\s+(?:or|and)\s+)?$",
)
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:our|other|the|these|those|such|any|certain|various|select|selected|following|trusted|reputable|"
    r"carefully|approved)\s+){0,3}$",
)
_CONSENT_EXCEPTION = re.compile(
    r"\b(?:without (?:your|their|prior|express) (?:\w+ )?(?:consent|permission|authori[sz]ation)|unless you)\b",
)
_SHOWING_VERB = (
    "display", "publish", "visible", "viewable", "read", "seen", "viewed", "accessed",
    "accessible", "available",
)  # fmt: skip
_USE_LEAD_END = re.compile(
    r"\b(?:to|for|purposes?(?: such as| including)?|in order to|so that we can)\W*$"
)
# "you (may) (choose to) provide": the user is the subject, a few words before the verb.
_USER_SUBJECT = re.compile(
    r"\b(?:you|users?|visitors?|members?|customers?)(?:\s+(?:\w+|\w+'\w+)){0,3}\s+$"
)
# "we may ... disclose information" with nobody named: unspecified third parties. Overviews
# ("how we collect, use and disclose") and nouns ("disclosure") are not such statements.
_BARE_DISCLOSURE = re.compile(
    r"\b(?:we|[a-z0-9][\w.&-]*)\s+(?:(?:may|might|can|could|will|also|then|sometimes)\s+)+(?:\w+,?\s+){0,5}?"
    r"(?:share|disclose|transfer|sell|rent|release|provide)\b",
)
_OVERVIEW = re.compile(
    r"\b(?:how we|this (?:privacy )?(?:policy|statement|notice)|explains|describes|covers)\b",
)
_PURPOSES_AFTER = re.compile(r"\s+(?:and \w+ )?purposes?\b")
_ANAPHORIC_START = re.compile(
    r"^\W*(?:this|such|these|those|that|the (?:above|following|foregoing))\b"
)
_PUBLIC = (Recipient.other_users_public, Recipient.social_networks)
# "to determine your approximate location": a category the purpose derives is held.
_DERIVES_BEFORE = re.compile(
    r"\b(?:determine|infer|derive|estimate|deduce|work out|approximate)\s+(?:your\s+|the\s+|a\s+|users'\s+)?"
    r"(?:approximate\s+|general\s+|precise\s+|likely\s+)?$"
)
# "cookies to understand how you use our site": the behaviour observed is collected.
_OBSERVES_BEFORE = re.compile(r"\b(?:understand|know|see|learn|measure|track|tell)\s+$")
# "Sensitive personal information: we collect ...": a label naming what follows.
_LABEL_COLON = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?:")
# "Identity Data: first name, last name" / "- Device information: browser type, ...": an
# inventory line (a data-type label and the data it covers) needs no verb.
_INVENTORY = re.compile(
    r"^\W*(?:[a-z][\w/&'-]*\s+){0,3}(?:data|information|info|details)\s*(?:\([^)]{0,60}\)\s*)?:\s*\S"
)
# "we do not store passwords in plain text / longer than necessary": how, not whether.
_MANNER_AFTER = re.compile(
    r"\s+(?:in (?:plain|clear) ?text|unencrypted|in (?:an? )?(?:unencrypted|readable|identifiable) (?:form|format)"
    r"|(?:for )?(?:any )?longer than|beyond|for (?:longer|more) than|indefinitely|permanently)\b"
)
# "Neither we nor our partners collect ...": the service is among the subjects.
_FIRST_AMONG_SUBJECTS = re.compile(
    r"\bwe\s+(?:nor|and|or)\s+(?:our\s+|any\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:(?:do|does|will|may|can)\s+)?(?:not\s+|never\s+)?$"
)
# Companies "that serve ads" are advertisers, whatever they are called.
_SERVES_ADS = re.compile(
    r"\b(?:serv(?:e|es|ing)|deliver(?:s|ing)?|display(?:s|ing)?|show(?:s|ing)?) (?:\w+ ){0,2}(?:ads|advertisements|advertising)\b"
)
# Providers engaged "to monitor and analyze the use of our service" provide analytics.
_ANALYSES_USE = re.compile(
    r"\b(?:analy[sz](?:e|es|ing|is)|monitor(?:s|ing)?|measur(?:e|es|ing)) (?:\w+ ){0,3}(?:use|usage|traffic|performance|how)\b"
)
_TRACKING_TECH_FROM = re.compile(
    r"\b(?:cookies|pixels|tags|scripts|sdks?|kits(?: \(sdks?\))?|plug-?ins|widgets|tools|code|technologies)\s+from\s+"
    r"(?:our\s+|other\s+|the\s+|these\s+|such\s+|any\s+|certain\s+|various\s+|select\s+)?$"
)
_TO_US = re.compile(r"(?:\s+[\w,'-]+){0,8}?\s+(?:with|to) us\b")
# A company named by its legal form: "Acme Labs Inc.", "Acme Logistics Ltd", "Acme GmbH".
_NAMED_COMPANY = re.compile(
    r"\b[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4},?\s+(?:Inc|Ltd|LLC|L\.L\.C|GmbH|AG|plc|PLC|S\.L|S\.A|SAS|B\.V|N\.V|"
    r"Pty|Limited|Corp|Corporation|Co)\b\.?"
)
_GENERIC_PARTNERS = re.compile(r"^(?:our |these |such |the )?partners$")
_BEYOND_PURPOSE = (Recipient.government_legal, Recipient.acquirers)


def _is_practice(verb: Verb, text: str) -> bool:
    after = text[verb.end : verb.end + 12]
    if verb.kind == "collect" and verb.actor == Actor.user:
        # "you give us your e-mail address"; "you can log your period and symptoms" (in
        # the service: the user records it there)
        return _is_receipt(verb, text) or bool(_USER_LOGS.match(text, verb.start))
    if verb.kind == "provide" and verb.actor == Actor.first:
        return text.startswith("upload", verb.start)  # "we upload your address book"
    if verb.kind == "provide":
        if after.startswith((" you ", " users ")):
            return False  # "providing you with content": the service provides, nobody collects
        if verb.actor == Actor.third or (
            verb.actor == Actor.user
            and _USER_SUBJECT.search(text[max(0, verb.start - 45) : verb.start])
        ):
            return True
        return after.startswith((" by you", " to us", " us "))
    if verb.kind == "share" and text[verb.start : verb.end].lower().startswith(
        (*_SHOWING_VERB, "is ", "are ", "be", "made")
    ):
        return True
    return verb.actor != Actor.user


_USER_LOGS = re.compile(
    r"(?:log|logs|logged|logging|record|records|recorded|recording)\b(?! (?:in|on|out|off|into)\b)"
)


def _is_receipt(verb: Verb, text: str) -> bool:
    """ "X sends us / provides us with": data coming in, not going out."""
    return verb.kind == "collect" and bool(re.search(r"\bus\b", text[verb.start : verb.end + 6]))


def _attach(term: Term, verbs: list[Verb], text: str) -> Verb | None:
    """The verb a data term is the object of: the nearest before it, or else the first
    after it in the same clause ("Your e-mail address is collected", not "... Face ID
    is handled by your phone; we never receive your biometric data")."""
    before = [v for v in verbs if v.start < term.start]
    if before:
        return before[-1]
    after = [v for v in verbs if v.start >= term.end]
    if not after or _CLAUSE_BREAK.search(text, term.end, after[0].start):
        return None
    return after[0]


_CLAUSE_BREAK = re.compile(r"[;:]|\.\s")
# "We collect no location data": the object, not the verb, is negated.
_NO_OBJECT = re.compile(r"\b(?:no|not any)\s+(?!longer\b|later\b|more\b|less\b)(?:[\w-]+\s+){0,3}$")


def _purpose_between(facts: Facts, start: int, end: int) -> bool:
    return any(start <= m < end for m in facts.markers)


def _lead_collects(lead: Facts | None) -> bool:
    if lead is None or _lead_uses(lead):
        return False
    return any(
        v.kind in ("collect", "cookie", "provide") and not v.negated and _is_practice(v, lead.text)
        for v in lead.verbs
    )


def _lead_uses(lead: Facts | None) -> bool:
    """ "We use the information we collect to:" introduces purposes, not data."""
    if lead is None:
        return False
    if _USE_LEAD_END.search(lead.text):
        return True
    uses = [v.start for v in lead.verbs if v.kind == "use" and not v.negated]
    collects = [v.start for v in lead.verbs if v.kind in ("collect", "provide")]
    return bool(uses) and (not collects or min(uses) < min(collects))


def _verbless_collection(r: Reading) -> bool:
    """A sentence with no practice verb that still lists collected data by its context."""
    facts = r.facts
    if facts.negators or _is_definition(facts.text) or gr.USER_ABILITY.search(facts.text):
        return False
    if _lead_collects(r.lead):
        return True
    inventory = _INVENTORY.match(facts.text)
    if inventory and not _lead_uses(r.lead) and "share" not in r.inner_kinds:
        colon = inventory.end() - 1
        listed = [t for t in facts.categories if t.start >= colon]
        labelled = any(t.end <= colon for t in facts.categories)
        if len(listed) >= 2 or (listed and labelled):
            return True
    has_verbs = any(v.kind in ("collect", "cookie", "use", "share") for v in facts.verbs)
    return "collect" in r.kinds and not has_verbs


def read_purposes(r: Reading, out: Collector) -> list[Purpose]:
    """Purposes the sentence gives for using, collecting or sharing data."""
    facts = r.facts
    text = facts.text
    practice = [
        v
        for v in facts.verbs
        if v.kind in ("use", "share") and v.actor != Actor.user and not v.negated
    ]
    # A purpose marker counts when somebody other than the user does something with
    # data: "you can set your browser to notify you" states no purpose of the service.
    acting = practice or [
        v
        for v in facts.verbs
        if v.kind in ("collect", "cookie") and v.actor != Actor.user and not v.negated
    ]
    markers = facts.markers if acting else []
    sends = _SENDS_MARKETING.search(text)
    if (
        sends is not None
        and actor_at(facts, sends.start()) == Actor.first
        and not negated_at(facts, sends.start())
    ):
        # "We also send a short product newsletter once a month": the service markets.
        out.purpose(Purpose.marketing, r.quote(sends.start()))
    by_context = ("use" in r.kinds and (r.sentence.list_item or not facts.verbs)) or (
        r.sentence.list_item and _lead_uses(r.lead)
    )
    if not (practice or markers or by_context):
        return []
    found: list[Purpose] = []
    for term in facts.purposes:
        if _inside_recipient_shared_with(facts, term):
            continue  # "we disclose it to: advertising networks; analytics providers"
        eligible = (
            by_context
            or any(m < term.start for m in markers)
            or any(v.start <= term.start for v in practice)
            or bool(practice and _PURPOSES_AFTER.match(text, term.end))
            # "In the event of a merger, your data may be transferred": the occasion of a
            # transfer is its purpose wherever it stands in the sentence.
            or (
                term.key == Purpose.business_transfer.value
                and any(v.kind == "share" for v in practice)
            )
        )
        if not eligible or negated_at(facts, term.start):
            continue
        purpose = Purpose(term.key)
        if (
            purpose == Purpose.security
            and cues.SECURITY_MEASURE.search(text)
            and not any(v.kind == "use" for v in practice)
        ):
            continue  # "measures to protect your data" describe security, not a use of data
        if purpose not in found:
            found.append(purpose)
            out.purpose(purpose, r.quote(term.start))
    return found


_SENDS_MARKETING = re.compile(
    r"\b(?:send|sends|sending|e-?mail|e-?mails|mail|mails|deliver|delivers)\s+(?:you\s+|users\s+|subscribers\s+|members\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:newsletters?|promotional|marketing|promotions|special offers|offers|product announcements)\b"
)
_NAMED_BY_RECIPIENT = frozenset(
    {
        Recipient.advertisers.value,
        Recipient.analytics_providers.value,
        Recipient.service_providers.value,
        Recipient.business_partners.value,
        Recipient.social_networks.value,
    }
)


def _inside_recipient_shared_with(facts: Facts, term: Term) -> bool:
    """A purpose word inside the name of a recipient data is disclosed to names the
    recipient, not a purpose ("we disclose ... to advertising networks")."""
    return any(
        t.key in _NAMED_BY_RECIPIENT and t.start <= term.start and term.end <= t.end
        for t in facts.recipients
    ) and any(v.kind == "share" and v.start < term.start and not v.negated for v in facts.verbs)


def read_collection(r: Reading, out: Collector, purposes: list[Purpose]) -> list[DataCategory]:
    """Categories the sentence says are (or are not) collected."""
    facts = r.facts
    text = facts.text
    if _is_definition(text) and not any(
        v.actor == Actor.first and v.kind in ("collect", "cookie") and not v.negated
        for v in facts.verbs
    ):
        return []
    practice = [v for v in facts.verbs if _is_practice(v, text)]
    if r.sentence.list_item and _lead_uses(r.lead):
        # "- process transactions and send receipts" under "We use information to:"
        practice = [v for v in practice if v.kind in ("collect", "cookie")]
    # Past the first purpose marker that follows a practice verb, only a collection
    # verb can take objects: "we engage providers to process card transactions".
    first_marker = next((m for m in facts.markers if any(v.end <= m for v in practice)), len(text))
    collected: dict[DataCategory, tuple[int, Verb | None]] = {}
    refused: dict[DataCategory, int] = {}
    for term in facts.categories:
        category = DataCategory(term.key)
        if _LABEL_COLON.match(text, term.end) and any(t.start > term.end for t in facts.categories):
            continue  # "Sensitive personal information: we collect your precise geolocation"
        if category == DataCategory.contact_info and _someone_elses(text, term):
            category = DataCategory.contacts  # "the e-mail address of the person you invite"
        candidates = practice
        if term.start > first_marker:
            candidates = [
                v for v in practice if v.start < first_marker or v.kind in ("collect", "cookie")
            ]
        verb = _attach(term, candidates, text)
        legal_label = category == DataCategory.sensitive and bool(
            _LEGAL_LABEL.match(text, term.start)
        )
        if verb is None:
            if _verbless_collection(r) and not legal_label:
                collected.setdefault(category, (term.start, None))
            continue
        after = term.start > verb.start
        if (
            after
            and not verb.negated
            and _NO_OBJECT.search(text, max(verb.end, term.start - 40), term.start)
        ):
            verb = replace(verb, negated=True)  # "the site sets no advertising cookies"
        if legal_label and not verb.negated:
            continue  # "special categories of data", "sensitive personal information" name no data
        if after and _purpose_between(facts, verb.end, term.start):
            derived = _DERIVES_BEFORE.search(text, max(0, term.start - 40), term.start) or (
                category == DataCategory.usage_activity
                and _OBSERVES_BEFORE.search(text, max(0, term.start - 20), term.start)
            )
            if verb.kind in ("use", "collect", "cookie") and not verb.negated and derived:
                collected.setdefault(category, (term.start, verb))  # "to determine your location"
            continue
        if not after and any(m < term.start for m in facts.markers):
            continue  # "employees who need it to perform a specific job are granted access"
        if verb.kind in ("use", "share"):
            if verb.negated and _refusal_counts(r, verb, term):
                refused.setdefault(category, term.start)
            if verb.negated or (not after and not (verb.passive or _shows(verb, text))):
                continue
            if verb.kind == "share" and after and _names_recipient(facts, term):
                continue  # "we disclose ... to internet service providers": a recipient
            collected.setdefault(category, (term.start, verb))
        elif verb.negated:
            if _refusal_counts(r, verb, term):
                refused.setdefault(category, term.start)
        else:
            collected.setdefault(category, (term.start, verb))
    _heading_categories(r, practice, collected)
    named = _sentence_sources(facts) if collected else []
    for category, (anchor, verb) in collected.items():
        out.collect(category, r.quote(anchor), _sources(r, category, verb, named), purposes)
    for category, anchor in refused.items():
        if category not in collected:
            out.not_collect(category, r.quote(anchor))
    return list(collected)


# The law's names for kinds of data (GDPR Art. 9 "special categories", CPRA "sensitive
# personal information") cover more and less than LABEL_SPEC's `sensitive` (health,
# precise location, log-in credentials): only the data named counts as collected.
_LEGAL_LABEL = re.compile(r"(?:sensitive|special)\b")
# Contact details of somebody other than the user: invitations, gifts, referrals.
_OF_SOMEONE_ELSE = re.compile(
    r"[\w\s,-]{0,40}?\bof (?:the |a |an |that |each |any |their |your )?(?:other )?(?:persons?|people|recipients?|friends?|"
    r"colleagues?|contacts?|invitees?|individuals?|someone|guests?|co-?workers?|team ?mates?|family members?|referees?)\b"
)
_SOMEONE_ELSES_BEFORE = re.compile(
    r"\b(?:friend|colleague|recipient|invitee|contact|person|co-?worker|team ?mate|guest|referee)s?'s?\s+(?:[\w-]+\s+){0,2}$"
)
_INVITATION = re.compile(
    r"\b(?:invit(?:e|es|ed|ing)|refer(?:s|red|ring)?)\s+(?:a |an |your |other |new |their |his |her )?(?:colleagues?|friends?|"
    r"team ?mates?|co-?workers?|contacts?|people|someone|others|guests?|family members?|members?|users?)\b"
    r"|\b(?:invite|refer)[- ]a[- ]friend\b|\bgift (?:subscriptions?|cards?|memberships?)\b"
    r"|\b(?:e-?mail|send|share|forward) (?:this|an|the) (?:article|story|link|page|post)\b"
)


def _someone_elses(text: str, term: Term) -> bool:
    """Whether a contact detail belongs to somebody the user invites, refers or sends to."""
    if _OF_SOMEONE_ELSE.match(text, term.end):
        return True
    before = text[max(0, term.start - 40) : term.start]
    if _SOMEONE_ELSES_BEFORE.search(before):
        return True
    return bool(_INVITATION.search(text)) and not re.search(
        r"\b(?:your|you)\s+(?:[\w-]+\s+){0,1}$", before
    )


def _shows(verb: Verb, text: str) -> bool:
    """ "X is public / visible to others": X is held and shown."""
    return verb.kind == "share" and text[verb.start : verb.end].startswith(
        (*_SHOWING_VERB, "is ", "are ", "be", "made")
    )


def _names_recipient(facts: Facts, term: Term) -> bool:
    return any(t.start < term.end and term.start < t.end for t in facts.recipients)


def _is_definition(text: str) -> bool:
    """ "A cookie is a small file ...", "Personal information means ...": no claim."""
    if not any(hint in text for hint in (" is ", " are ", "refer", " mean", "defined")):
        return False
    return bool(gr.DEFINITION.search(text))


def _refusal_counts(r: Reading, verb: Verb, term: Term) -> bool:
    """Whether "we do not collect X" really says X is not collected."""
    text = r.facts.text
    text_verb = text[verb.start : verb.end]
    if verb.conditional or verb.actor == Actor.user:
        return False
    if verb.actor == Actor.third and not _FIRST_AMONG_SUBJECTS.search(
        text, max(0, verb.start - 60), verb.start
    ):
        return False
    if verb.kind not in ("collect", "cookie") and not text_verb.startswith("process"):
        return False  # "we do not process X" refuses X; "we do not share X" does not
    if _MANNER_AFTER.match(text, verb.end):
        return False
    if cues.CHILD_CONTEXT.search(text) or _CONSENT_EXCEPTION.search(text):
        return False
    if _INSTRUMENT_BEFORE.search(text[max(0, term.start - 30) : term.start]):
        return False
    return not _narrow_refusal(r, verb, term)


# What makes "we do not collect X" narrower than "X is not collected" (LABEL_SPEC:
# data_not_collected is for categories the service says it does not collect at all).
# - a permission the app does not request: "we don't ask for access to your contacts"
_PERMISSION_VERB = re.compile(
    r"(?:ask|request|need|require|seek)\w* (?:\w+ )?(?:for )?(?:your )?(?:permission|access)"
)
_PERMISSION_BEFORE = re.compile(r"\b(?:permission|authori[sz]ation) (?:to|for)\s+$")
# - part of the data: "your full card number", "the complete card details"
_PART_BEFORE = re.compile(
    r"\b(?:full|complete|entire|whole|raw|unencrypted|unredacted)\s+(?:[\w-]+\s+)?$"
)
# - one kind of cookie: "advertising or analytics cookies", "third-party cookies"
_COOKIE_KIND = re.compile(
    r"\b(?:advertising|analytics|third[- ]party|marketing|targeting|tracking|performance|functional|"
    r"social media|non-essential|optional|persistent|flash)\s+(?:(?:and|or)\s+[\w-]+\s+)?cookies?$"
)
# - one way of asking or one source: "by email or telephone", "from the app stores",
#   "your password for those services", "on our servers", "through it"
_LIMIT_AFTER = re.compile(
    r"\b(?:by|via|over|through|in|using) (?:an? |the )?(?:e-?mails?|(?:tele)?phone(?: calls?)?|calls?|text(?: messages?)?|sms|post|mail|chat|live chat)\b"
    r"|\bfrom (?!(?:you|users?|our users|customers|visitors|members|anyone|anybody|children|minors|kids|people|individuals)\b)"
    r"|\bfor (?:those|these|such|other|third[- ]party|your other|any other) (?:\w+ )?(?:services|accounts|sites|websites|platforms|apps)\b"
    r"|\b(?:on|in) (?:our|its|their) (?:own )?(?:servers|systems|databases)\b"
    r"|\b(?:through|via|using|with) (?:it|them|this (?:feature|tool|server|form|channel)|that (?:feature|tool|server|form|channel))\b"
)
# - one channel of a service that has several: "through our website" (the app may).
_CHANNEL_AFTER = re.compile(
    r"\b(?:through|via|on|in|from|within|at) (?:our|the|this|its) (?:mobile )?(?:web ?sites?|sites?|apps?|applications?|web ?pages?)\b"
)
_SOCIAL_SOURCE = re.compile(
    r"^from (?:any |the |your |other )*(?:social|facebook|twitter|instagram|linkedin|google|apple)"
)
# - one system set up not to: "it is configured not to set cookies"
_CONFIGURED = re.compile(r"\b(?:configured|set up|designed)\b")


def _narrow_refusal(r: Reading, verb: Verb, term: Term) -> bool:
    """Whether a refusal covers only part of a category, one channel, source or system,
    or a permission rather than the data ("never asks for your password by email")."""
    text = r.facts.text
    if _PERMISSION_VERB.match(text, verb.start) or _PERMISSION_BEFORE.search(
        text, max(0, verb.start - 30), verb.start
    ):
        return True
    if _PART_BEFORE.search(text, max(0, term.start - 30), term.start):
        return True
    if term.key == DataCategory.cookies_tracking.value and _COOKIE_KIND.search(
        text, max(0, term.start - 40), term.end
    ):
        return True
    stop = min(
        (
            m.start()
            for m in re.finditer(
                r"[;:.(]|\b(?:but|except|apart from|other than)\b", text[term.end :]
            )
        ),
        default=len(text) - term.end,
    )
    scope = text[term.end : term.end + min(stop, 90)]
    for limit in _LIMIT_AFTER.finditer(scope):
        if term.key == DataCategory.social_media.value and _SOCIAL_SOURCE.match(
            limit.group(0) + scope[limit.end() :]
        ):
            continue  # social-media data is defined by its source
        return True
    if r.profile.several_channels and _CHANNEL_AFTER.search(scope):
        return True
    clause_start = max((b for b in r.facts.boundaries if b < verb.start), default=0)
    return bool(_CONFIGURED.search(text, max(clause_start, verb.start - 40), verb.start))


def _heading_categories(
    r: Reading, practice: list[Verb], collected: dict[DataCategory, tuple[int, Verb | None]]
) -> None:
    """A heading such as "Payment information" names what its sentences collect."""
    if not r.heading_categories:
        return
    positive = [
        v for v in practice if not v.negated and v.kind in ("collect", "cookie", "provide", "use")
    ]
    if not positive and not _verbless_collection(r):
        return
    if not _GENERIC_OBJECT.search(r.facts.text):
        return
    verb = positive[0] if positive else None
    for category in r.heading_categories:
        collected.setdefault(category, (verb.start if verb else 0, verb))


def _sentence_sources(facts: Facts) -> list[Source]:
    """The sources a sentence's own words name."""
    return [source for source, pattern in _SOURCE_RES.items() if pattern.search(facts.text)]


def _sources(
    r: Reading, category: DataCategory, verb: Verb | None, named: list[Source]
) -> list[Source]:
    found: list[Source] = []
    if verb is not None and (verb.kind == "provide" or _is_receipt(verb, r.facts.text)):
        if verb.actor == Actor.user:
            found.append(Source.user_provided)
        elif verb.actor == Actor.third:
            found.append(Source.third_party)
    for source in named:
        if source not in found:
            found.append(source)
    if not found and r.previous is not None and _ANAPHORIC_START.search(r.facts.text):
        for source, pattern in _SOURCE_RES.items():
            if pattern.search(r.previous.text):
                found.append(source)
    if not found:
        context = lower_ascii(" ".join(r.sentence.headings[-2:])) + (
            " " + r.lead.text if r.lead else ""
        )
        for source, pattern in _SOURCE_RES.items():
            if pattern.search(context):
                found.append(source)
    if not found:
        found.append(Source(lx.SOURCE_DEFAULT[category]))
    return found


def read_sharing(r: Reading, out: Collector, purposes: list[Purpose]) -> tuple[Recipient, ...]:
    """Recipients the sentence says receive data, or collect it on the service."""
    facts = r.facts
    text = facts.text
    if _is_definition(text):
        return ()  # '"Third-party" cookies are set by other domains' explains a word
    if r.sentence.list_item and _lead_receives(r.lead):
        return ()  # the sources listed under "We receive data about you from:"
    shares = [
        v
        for v in facts.verbs
        if v.kind == "share" and _is_practice(v, text) and not _TO_US.match(text, v.end)
    ]  # "the provider, which will share your name with us": data coming in
    third = [
        v
        for v in facts.verbs
        if v.kind in ("collect", "use", "cookie")
        and v.actor == Actor.third
        and not v.negated
        and not _is_receipt(v, text)
    ]
    engages = [
        v
        for v in facts.verbs
        if v.kind in ("use", "cookie")
        and v.actor not in (Actor.user, Actor.third)
        and not v.negated
    ]  # "we use X", "we use the Meta Pixel and Google Analytics": X works on the service
    positive_share = any(not v.negated for v in shares)
    if not (shares or third or engages) and _lead_shares(r):
        return _share_list_item(r, out, purposes)
    if not (shares or third or engages):
        return ()
    kept: dict[Recipient, int] = {}
    for term in facts.recipients:
        recipient = Recipient(term.key)
        if _FROM_BEFORE.search(text[max(0, term.start - 25) : term.start]) and not (
            third and _TRACKING_TECH_FROM.search(text, max(0, term.start - 50), term.start)
        ):
            continue  # data "from partners" is a source; "SDKs from ad networks" collect here
        if negated_at(facts, term.start) and not any(
            v.negated and gr.EXCEPTION_MARKERS.search(text, v.end, term.start) for v in shares
        ):
            continue  # "we have no parent company", "no ad network places trackers"
        if recipient == Recipient.social_networks and _ad_platform_role(facts, term):
            recipient = Recipient.advertisers  # "advertising partners, including Meta, TikTok"
        if _recipient_kept(facts, term, recipient, shares, third, engages):
            if (
                recipient == Recipient.business_partners
                and _GENERIC_PARTNERS.match(text[term.start : term.end])
                and len(r.previous_recipients) == 1
                and r.previous_recipients[0] != Recipient.business_partners
            ):
                # "our advertising partners use cookies ... Our partners may use ..."
                recipient = r.previous_recipients[0]
            kept.setdefault(recipient, term.start)
    anchor = (shares or third or engages)[0].start
    if not kept and (positive_share or third):
        if ANAPHORA_RE.search(text):
            for recipient in r.previous_recipients or r.heading_recipients:
                kept.setdefault(recipient, anchor)
        if not kept and positive_share and len(r.heading_recipients) == 1:
            kept[r.heading_recipients[0]] = anchor
        if not kept and positive_share and LEGAL_COMPULSION_RE.search(text):
            kept[Recipient.government_legal] = anchor
        bare = _BARE_DISCLOSURE.search(text)
        if (
            not kept
            and bare
            and not _OVERVIEW.search(text)
            and not negated_at(facts, bare.end() - 1)
        ):
            kept[Recipient.unspecified_third_parties] = bare.start()
    if (
        positive_share
        and len(r.heading_recipients) == 1
        and r.heading_recipients[0] not in kept
        and r.heading_recipients[0] != Recipient.unspecified_third_parties
        and _NAMED_COMPANY.search(r.raw)
    ):
        # "We may share personal data with Acme Labs Inc., which acts as our processor"
        # under a "Corporate group" heading: the named company is what the heading says.
        kept[r.heading_recipients[0]] = anchor
    if not kept and any(
        text.startswith("publish", v.start) and not v.negated and not v.conditional for v in shares
    ):
        kept[Recipient.other_users_public] = anchor  # "your comment is published alongside it"
    if set(kept) == {Recipient.unspecified_third_parties} and _SERVES_ADS.search(text):
        kept[Recipient.advertisers] = kept.pop(Recipient.unspecified_third_parties)
    if (
        kept.keys() & {Recipient.service_providers, Recipient.unspecified_third_parties}
        and Recipient.analytics_providers not in kept
        and Purpose.analytics in purposes
        and _ANALYSES_USE.search(text)
    ):
        kept[Recipient.analytics_providers] = kept.get(
            Recipient.service_providers, kept.get(Recipient.unspecified_third_parties, 0)
        )
    if len(kept) > 1:
        kept.pop(Recipient.unspecified_third_parties, None)
    if set(kept) == {Recipient.unspecified_third_parties} and len(r.heading_recipients) == 1:
        # "We partner with other companies ..." under a "Service providers" heading.
        kept[r.heading_recipients[0]] = kept.pop(Recipient.unspecified_third_parties)
    categories = [DataCategory(t.key) for t in facts.categories]
    for recipient, start in kept.items():
        out.share(recipient, r.quote(start), categories, purposes)
    return tuple(kept)


# "Advertising partners, including Meta (through the Meta Pixel), TikTok and Pinterest":
# companies given as examples of a kind of recipient are that kind; so are the
# companies that provide the advertising cookies or pixels.
_EXAMPLES_MARKER = re.compile(r",?\s*(?:including|such as|like|e\.g\.,?|for example,?|namely)\s")
_AD_TECH_BY = re.compile(
    r"\b(?:advertising|ad|marketing|targeting|retargeting) (?:cookies|pixels?|tags|sdks|technolog\w+)"
    r"(?: and [\w -]{1,30}?)? (?:provided|set|placed|served|operated|supplied|run) by\s"
)


def _ad_platform_role(facts: Facts, term: Term) -> bool:
    """Whether a social network named here is in the role of an advertiser."""
    text = facts.text
    clause_start = max((m.end() for m in re.finditer(r"[;.]\s", text[: term.start])), default=0)
    for head in facts.recipients:
        if head.key != Recipient.advertisers.value or not (clause_start <= head.end <= term.start):
            continue
        marker = _EXAMPLES_MARKER.match(text, head.end)
        if marker is None:
            continue
        ends = [v.start for v in facts.verbs if v.start > marker.end()]
        if term.start < min(ends, default=len(text)):
            return True
    return any(m.end() <= term.start for m in _AD_TECH_BY.finditer(text, clause_start, term.start))


def _lead_receives(lead: Facts | None) -> bool:
    """ "We may receive personal data about you from the following third parties:"."""
    if lead is None:
        return False
    return any(
        v.kind == "collect"
        and not v.negated
        and v.actor != Actor.third
        and re.search(r"\bfrom\b", lead.text[v.end :])
        for v in lead.verbs
    ) and not any(v.kind == "share" and not v.negated for v in lead.verbs)


def _lead_shares(r: Reading) -> bool:
    """A list item under "We share information as follows:" or a sharing heading."""
    if not r.sentence.list_item:
        return False
    if r.lead is not None:
        return any(v.kind == "share" and not v.negated for v in r.lead.verbs)
    return "share" in r.inner_kinds


def _share_list_item(r: Reading, out: Collector, purposes: list[Purpose]) -> tuple[Recipient, ...]:
    facts = r.facts
    kept: dict[Recipient, int] = {}
    for term in facts.recipients:
        if _FROM_BEFORE.search(facts.text[max(0, term.start - 25) : term.start]):
            continue
        if negated_at(facts, term.start):
            continue
        kept.setdefault(Recipient(term.key), term.start)
    if not kept and LEGAL_COMPULSION_RE.search(facts.text):
        kept[Recipient.government_legal] = 0
    if len(kept) > 1:
        kept.pop(Recipient.unspecified_third_parties, None)
    categories = [DataCategory(t.key) for t in facts.categories]
    for recipient, start in kept.items():
        out.share(recipient, r.quote(start), categories, purposes)
    return tuple(kept)


def _recipient_kept(
    facts: Facts,
    term: Term,
    recipient: Recipient,
    shares: list[Verb],
    third: list[Verb],
    engages: list[Verb],
) -> bool:
    text = facts.text
    # A third party that itself collects or uses data on the service.
    for verb in third:
        if term.end <= verb.start and not re.search(r"[.;:]", text[term.end : verb.start]):
            return True
        if verb.passive and re.fullmatch(
            r"\s+by\s+(?:our\s+|its\s+|these\s+|such\s+)?", text[verb.end : term.start]
        ):
            return True  # "cookies are set by our advertising partners"
    # "We use / engage X": X works on the service.
    for verb in engages:
        if 0 <= term.start - verb.end <= 40 and not _purpose_between(facts, verb.end, term.start):
            return True
    if not shares:
        return False
    before = [v for v in shares if v.start < term.start]
    verb = before[-1] if before else min(shares, key=lambda v: abs(v.start - term.start))
    if text[verb.start : verb.end].lower().startswith(_SHOWING_VERB) and recipient not in _PUBLIC:
        return False
    if verb.negated:
        between = text[verb.end : term.start] if term.start > verb.end else ""
        return bool(gr.EXCEPTION_MARKERS.search(between))
    if verb.conditional and negated_at(facts, verb.start):
        return False
    after = term.start > verb.start
    role = text[term.start : term.end].lower().startswith("on ")  # "... on our behalf"
    return not (
        after
        and not role
        and recipient not in _BEYOND_PURPOSE
        and _purpose_between(facts, verb.end, term.start)
    )
