"""Data collection in one sentence: which categories are collected (and from which
sources), and which the service says it does not collect.

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

from summarizer.engines.rules import cues
from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules import lexicon as lx
from summarizer.engines.rules.analysis import SOURCE_RES, Actor, Facts, Term, Verb, lower_ascii
from summarizer.engines.rules.matching import compile_any
from summarizer.engines.rules.practices import (
    _SHOWING_VERB,
    _is_practice,
    _is_receipt,
    _lead_uses,
    _purpose_between,
)
from summarizer.engines.rules.reading import Collector, Reading, once_per_lead
from summarizer.engines.rules.triggers import Gated, Trigger
from summarizer.label.schema import DataCategory, Purpose, Source

_SOURCE_RES = {Source(name): pattern for name, pattern in SOURCE_RES.items()}
# Each source's cue words: a sentence without them does not name that source.
_SOURCE_WORDS = {source: Trigger(pattern) for source, pattern in _SOURCE_RES.items()}
# Every source's cues in one pattern: two sentences in three with collected data name
# no source, and one search says so where three would.
_ANY_SOURCE = compile_any([cue for cues in lx.SOURCE_CUES.values() for cue in cues])
_GENERIC_OBJECT = re.compile(r"\b(?:information|data|details|it|this|them|such)\b")
_INSTRUMENT_BEFORE = re.compile(
    r"\b(?:through|via|by|using|from|with|in|on)\s+(?:the\s+|our\s+|your\s+)?(?:use\s+of\s+)?"
    r"(?:[\w-]+,?\s+(?:or|and)\s+)?$",
)
_CONSENT_EXCEPTION = re.compile(
    r"\b(?:without (?:your|their|prior|express) (?:\w+ )?(?:consent|permission|authori[sz]ation)|unless you)\b",
)
_ANAPHORIC_START = re.compile(
    r"^\W*(?:this|such|these|those|that|the (?:above|following|foregoing))\b"
)
# "to determine your approximate location": a category the purpose derives is held.
_DERIVES_BEFORE = re.compile(
    r"\b(?:determine|infer|derive|estimate|deduce|work out|approximate|create|generate|compute|extract)\s+"
    r"(?:your\s+|the\s+|a\s+|an\s+|users'\s+)?"
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


@once_per_lead
def _lead_collects(lead: Facts) -> bool:
    if _lead_uses(lead):
        return False
    return any(
        v.kind in ("collect", "cookie", "provide") and not v.negated and _is_practice(v, lead.text)
        for v in lead.verbs
    )


def _verbless_collection(r: Reading) -> bool:
    """A sentence with no practice verb that still lists collected data by its context."""
    facts = r.facts
    if facts.negators or r.is_definition:
        return False
    # What the user can do ("you can update your e-mail address") lists nothing; looked
    # for last, as only a sentence that would otherwise count needs it.
    return _lists_by_context(r) and not gr.USER_ABILITY.search(facts.text)


def _lists_by_context(r: Reading) -> bool:
    """Whether the sentence's context (a list lead, an inventory label, a collection
    heading) makes the data it names collected."""
    facts = r.facts
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


def read_collection(r: Reading, out: Collector, purposes: list[Purpose]) -> list[DataCategory]:
    """Categories the sentence says are (or are not) collected."""
    facts = r.facts
    text = facts.text
    if not facts.categories and not r.heading_categories:
        return []  # no data term and no data heading: nothing to find collected or refused
    if _OUT_OF_SCOPE.search_in(facts):
        return []  # "It does not apply to data X processes about its employees": scope
    if _ON_DEVICE_ONLY.search_in(facts):
        return []  # "... is retained on your device and is not collected by me": not collected
    if r.is_definition and not any(
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
    verbless: bool | None = None  # _verbless_collection(r), worked out on first need
    for term in facts.categories:
        category = DataCategory(term.key)
        if _LABEL_COLON.match(text, term.end) and any(t.start > term.end for t in facts.categories):
            continue  # "Sensitive personal information: we collect your precise geolocation"
        if (
            category == DataCategory.social_media
            and _PROFILE_PICTURE.match(text, term.start)
            and (_WORK_SIGN_IN.search(text) or not _SOCIAL_CONTEXT.search(text))
        ):
            # A profile photo the user adds, or one from a school or work account, is
            # profile data; only one from a social network or social login is social.
            category = DataCategory.account_profile
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
            if verbless is None:
                verbless = _verbless_collection(r)
            if verbless and not legal_label:
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
            if (
                not after
                and _shows(verb, text)
                and _USER_CHOSEN.search(text, max(0, term.start - 120), term.start)
            ):
                continue  # "whatever you choose to post, including your health, is visible"
            if verb.kind == "share" and after and _names_recipient(facts, term):
                continue  # "we disclose ... to internet service providers": a recipient
            collected.setdefault(category, (term.start, verb))
        elif verb.negated:
            if _refusal_counts(r, verb, term):
                refused.setdefault(category, term.start)
        else:
            collected.setdefault(category, (term.start, verb))
    _heading_categories(r, practice, collected, verbless)
    named = _sentence_sources(facts) if collected else []
    context: list[Source] | None = None  # _context_sources(r), worked out on first need
    for category, (anchor, verb) in collected.items():
        sources = _sources(r, verb, named)
        if not sources:
            if context is None:
                context = _context_sources(r)
            sources = context or [Source(lx.SOURCE_DEFAULT[category])]
        out.collect(category, r.quote(anchor), sources, purposes)
    for category, anchor in refused.items():
        if category not in collected:
            out.not_collect(category, r.quote(anchor))
    return list(collected)


_PROFILE_PICTURE = re.compile(r"profile (?:pictures?|photos?|images?)")
_SOCIAL_CONTEXT = re.compile(
    r"\bsocial\b|facebook|instagram|twitter|\bx\b|linkedin|tiktok|snapchat|pinterest|discord|\bapple\b|google|"
    r"third[- ]party (?:services?|accounts?|platforms?|sites?|log-?in|sign-?in)"
)
# Single sign-on through a school's or employer's account is not a social login.
_WORK_SIGN_IN = re.compile(
    r"\bgoogle workspace|\bg suite|microsoft (?:365|entra|azure)|office 365|\bazure ad|\bokta\b|"
    r"\b(?:school|employer|work|company|organi[sz]ation|institution|university)(?:'s)? (?:\w+ ){0,4}?(?:accounts?|sign-?in|log-?in|sso)\b"
)
_ON_DEVICE_ONLY = Gated(cues.ON_DEVICE_ONLY)
# What the policy does not cover is not something the service says it collects. Run
# only where its words ("apply", "cover", ...) occur: it would try every position.
_OUT_OF_SCOPE = Gated(
    re.compile(
        r"\b(?:polic(?:y|ies)|notice|statement|it|this|section)\s+(?:also\s+)?(?:does not|doesn't|do not|don't|will not|shall not)\s+"
        r"(?:apply|cover|govern|extend|relate)\s+(?:to\b|\w)"
    )
)
# What a user chooses to put in public content is their disclosure, not the service's
# collection of that kind of data.
_USER_CHOSEN = re.compile(
    r"\b(?:you|users?|members?|players?) (?:\w+ )?(?:choose|chooses|decide|decides|elect|elects|opt|opts|wish|wishes|want|wants) "
    r"to (?:include|post|share|disclose|publish|make public|reveal|upload|add|put)\b"
)
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
    r"\b(?:friend|colleague|recipient|invitee|contact|person|co-?worker|team ?mate|guest|referee|spouse|"
    r"relative|emergency contact)s?'s?\s+(?:[\w-]+\s+){0,2}$"
)
# A parent's details count as someone else's when another person (a teacher, a child,
# the user) enters them; a parent who gives their own address gives contact details.
_PARENTS_BEFORE = re.compile(
    r"\b(?:parent|guardian|caregiver)s?'s?\s+(?:or (?:a |the )?(?:legal )?(?:parent|guardian|caregiver)s?'s?\s+)?(?:[\w-]+\s+){0,2}$"
)
_ENTERED_BY_OTHER = re.compile(
    r"\b(?:teachers?|coach(?:es)?|instructors?|students?|child(?:ren)?|kids?|schools?|administrators?|admins?|you) "
    r"(?:\w+ ){0,2}(?:enter|enters|add|adds|provide|provides|give|gives|type|types|submit|submits|list|lists)\b"
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
    if _PARENTS_BEFORE.search(before) and _ENTERED_BY_OTHER.search(text, 0, term.start):
        return True  # "a teacher may enter a parent's or guardian's email address"
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
# - keeping it rather than collecting it: "we do not store (or keep, retain, save)
#   your card details"
_KEEPING_VERB = re.compile(r"(?:stor|sav|keep|kept|retain|hold)")
# - part of the data: "your full card number", "the complete card details"; or the rest
#   of it beside what was just allowed: "the only cookie is ...; we don't use any other cookies"
_PART_BEFORE = re.compile(
    r"\b(?:full|complete|entire|whole|raw|unencrypted|unredacted|other|further|additional)"
    r"\s+(?:[\w-]+\s+)?$"
)
# - one kind of it: "your precise location", "GPS location data" (coarse location may
#   still be collected); the kind may be part of the matched term or just before it
_ONE_KIND = re.compile(r"\b(?:precise|exact|gps|real[- ]time|fine[- ]grained)\b")
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
# - one component as the subject: "the extension does not collect your browsing history",
#   "the analytics script does not set cookies"; "it" too when the service has several parts
_COMPONENT_SUBJECT = re.compile(
    r"\b(?:the|our|this|its) (?:browser )?(?:extension|add-on|plug-?in|widget|script|sdk|"
    r"library|analytics (?:tool|script|software|service)|tool)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)
_IT_SUBJECT = re.compile(r"\W*it\b", re.IGNORECASE)
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
    if _KEEPING_VERB.match(text, verb.start) and not any(
        other.negated and other.kind == "collect" and not _KEEPING_VERB.match(text, other.start)
        for other in r.facts.verbs
        if other.start < term.start
    ):
        # "we do not store card numbers": they may pass through, kept by no one here
        # (but "we do not collect or store them" refuses them)
        return True
    if _PART_BEFORE.search(text, max(0, term.start - 30), term.start):
        return True
    if _ONE_KIND.search(text, max(0, term.start - 12), term.end):
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
    subject = text[clause_start : verb.start]
    if _COMPONENT_SUBJECT.search(subject) or (
        r.profile.several_channels and _IT_SUBJECT.match(subject)
    ):
        return True  # "the extension does not collect ...": one part of the service
    return bool(_CONFIGURED.search(text, max(clause_start, verb.start - 40), verb.start))


def _heading_categories(
    r: Reading,
    practice: list[Verb],
    collected: dict[DataCategory, tuple[int, Verb | None]],
    verbless: bool | None = None,
) -> None:
    """A heading such as "Payment information" names what its sentences collect
    (`verbless`: `_verbless_collection(r)` when already worked out)."""
    if not r.heading_categories:
        return
    positive = [
        v for v in practice if not v.negated and v.kind in ("collect", "cookie", "provide", "use")
    ]
    if not positive and not (_verbless_collection(r) if verbless is None else verbless):
        return
    if not _GENERIC_OBJECT.search(r.facts.text):
        return
    verb = positive[0] if positive else None
    for category in r.heading_categories:
        collected.setdefault(category, (verb.start if verb else 0, verb))


def _sentence_sources(facts: Facts) -> list[Source]:
    """The sources a sentence's own words name."""
    text = facts.text
    first = _ANY_SOURCE.search(text)
    if first is None:
        return []
    # _ANY_SOURCE holds every source's cues, so no source's cue starts before `first`.
    start = first.start()
    return [
        source
        for source, pattern in _SOURCE_RES.items()
        if facts.gates & _SOURCE_WORDS[source].bit and pattern.search(text, start)
    ]


def _sources(r: Reading, verb: Verb | None, named: list[Source]) -> list[Source]:
    """The sources of one collected category that the sentence itself gives: its verb
    ("you provide", "partners send us") and the sources it names."""
    found: list[Source] = []
    if verb is not None and (verb.kind == "provide" or _is_receipt(verb, r.facts.text)):
        if verb.actor == Actor.user:
            found.append(Source.user_provided)
        elif verb.actor == Actor.third:
            found.append(Source.third_party)
    for source in named:
        if source not in found:
            found.append(source)
    return found


def _context_sources(r: Reading) -> list[Source]:
    """The sources the context names, for data whose sentence names none: the sentence
    before ("This information ..." after it), else the headings and the list lead. The
    same for every category of the sentence."""
    if r.previous is not None and _ANAPHORIC_START.search(r.facts.text):
        found = sources_named_in(r.previous.text)
        if found:
            return found
    return _sources_of_section(r.sentence.headings[-2:], r.lead)


# The last section's (headings, lead, sources): the sentences of a section or list, read
# in turn, share them (replaced whole, so another thread at worst works them out again).
_LAST_SECTION: list[tuple[tuple[str, ...] | None, Facts | None, tuple[Source, ...]]] = [
    (None, None, ())
]


def _sources_of_section(headings: tuple[str, ...], lead: Facts | None) -> list[Source]:
    """The sources the headings and the list lead name."""
    seen_headings, seen_lead, found = _LAST_SECTION[0]
    if seen_headings != headings or seen_lead is not lead:
        context = lower_ascii(" ".join(headings)) + (" " + lead.text if lead else "")
        found = tuple(sources_named_in(context))
        _LAST_SECTION[0] = (headings, lead, found)
    return list(found)


def sources_named_in(text: str) -> list[Source]:
    """The sources a (lower-cased, masked) text names."""
    first = _ANY_SOURCE.search(text)
    if first is None:
        return []
    return [
        source for source, pattern in _SOURCE_RES.items() if pattern.search(text, first.start())
    ]
