"""Sharing in one sentence: the recipients data is disclosed to, and the third parties
that collect or use data on the service itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.engines.rules import cues
from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules.analysis import (
    ANAPHORA_RE,
    LEGAL_COMPULSION_RE,
    RECIPIENT_RE,
    Actor,
    Facts,
    Term,
    Verb,
    lower_ascii,
    mask_text,
    negated_at,
    read_sentence,
)
from summarizer.engines.rules.practices import (
    _SHOWING_VERB,
    _denied_list_item,
    _is_practice,
    _is_receipt,
    _purpose_between,
)
from summarizer.engines.rules.reading import Collector, Reading, once_per_lead
from summarizer.label.schema import DataCategory, Purpose, Recipient

_FROM_BEFORE = re.compile(
    r"(?<!requests )(?<!request )(?<!orders )(?<!demands )\bfrom\s+(?:(?:our|other|the|these|those|such|any|certain|various|select|selected|following|trusted|reputable|"
    r"carefully|approved)\s+){0,3}$",
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
_PUBLIC = (Recipient.other_users_public, Recipient.social_networks)
# Companies "that serve ads" are advertisers, whatever they are called.
_SERVES_ADS = re.compile(
    r"\b(?:serv(?:e|es|ing)|deliver(?:s|ing)?|display(?:s|ing)?|show(?:s|ing)?) (?:\w+ ){0,2}(?:ads|advertisements|advertising)\b"
)
# Providers engaged "to monitor and analyze the use of our service" provide analytics.
_ANALYSES_USE = re.compile(
    r"\b(?:analy[sz](?:e|es|ing|is)|monitor(?:s|ing)?|measur(?:e|es|ing)) (?:\w+ ){0,3}(?:use|usage|traffic|performance|how)\b"
    r"|\b(?:perform|conduct|do|run)(?:s|ing)? (?:\w+ )?statistical analys[ie]s\b"
    r"|\bcount(?:s|ing)? (?:the )?(?:number of )?(?:visitors|visits|users|page views)\b"
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
_RUN_BY_NAMED = re.compile(
    r"\b(?:hosted|handled|powered|processed|fulfilled) by "
    r"(?!(?:The|Our|Us|We|This|Its|Their|A|An)\b)([A-Z][\w.&'-]*[a-z][\w.&'-]*)"
)
# "Advertising pays for most of what we publish": the service's own work, not data.
_ONLY_PUBLISHES_WORK = re.compile(
    r"\bwhat we publish\b|\bwe publish (?:news|articles|stories|content)\b"
)
_WE_AND_PARTNERS_COLLECT = re.compile(
    r"\bwe and (?:our|certain|some of our) partners (?:\w+ ){0,2}(?:collect|gather|receive|record|obtain|use)"
)
_PARTNERS_PROCESS_ABROAD = re.compile(
    r"\bpartners (?:\w+ ){0,2}(?:process|store|host|keep|hold|handle)\w* (?:\w+ ){0,3}"
    r"(?:in|outside) (?:other|another|different|many|several|the|their|its|our)\b"
)
_SOURCE_HEADING = re.compile(
    r"\b(?:where (?:\w+ ){0,3}comes? from|sources? of (?:\w+ )?(?:information|data)|"
    r"(?:information|data) (?:we )?(?:receive|get|obtain) from|(?:information|data) from (?:other|third)|"
    r"(?:other|third[- ]party) sources)\b"
)
# "published lists of donors", "published reports": what others published, a source
_PUBLISHED_SOURCE = re.compile(
    r"published (?:lists|directories|registers|records|reports|articles|sources|accounts|papers|research)\b"
)
_NAMED_TAG = re.compile(r"\b(?:pixels?|tags?)$")  # a recipient named by its tag: "the Meta Pixel"
_GENERIC_PARTNERS = re.compile(r"^(?:our |these |such |the )?(?:third[- ]party )?partners$")
_TRACKING_TECH = re.compile(
    r"\b(?:cookies|pixels?|web beacons|beacons|tags|sdks?|software development kits|tracking (?:code|technolog\w+)|"
    r"similar technologies|local storage)\b",
    re.IGNORECASE,
)
_THROUGH_TOOL = re.compile(
    r"\b(?:through|via|using|by means of)\s+(?:the\s+|our\s+|its\s+|their\s+)?$"
)
_BEYOND_PURPOSE = (Recipient.government_legal, Recipient.acquirers)
_SELF_HOSTED = re.compile(
    r"\bself[- ]hosted\b|\b(?:hosted|run|operated|installed)(?: \w+){0,2} (?:on|in|by) (?:our|its) own\b|"
    r"\b(?:on|in) (?:servers?|infrastructure) (?:that )?(?:we|it) (?:own|operate|run|control)\b"
)
_THEIR_OWN_POLICIES = re.compile(
    r"\b(?:in accordance with|under|subject to|governed by|according to|pursuant to) "
    r"(?:their|its|the(?:ir)? respective|(?:those|these|that|this) (?:companies'|company's|sites'|site's|services'|service's)) "
    r"(?:own )?(?:privacy )?(?:polic(?:y|ies)|notices?|statements?|terms)\b"
)

_OWN_ACCOUNT = re.compile(
    r"\bdecides? (?:for )?(?:themselves|itself)\b|\b(?:on|for) their own (?:account|purposes)\b|"
    r"\b(?:read|review|consult|check|see) (?:their|its|the(?:ir)? respective) (?:own )?(?:privacy )?"
    r"(?:polic(?:y|ies)|notices?|statements?|terms)\b",
)


def read_sharing(r: Reading, out: Collector, purposes: list[Purpose]) -> tuple[Recipient, ...]:
    """Recipients the sentence says receive data, or collect it on the service."""
    facts = r.facts
    text = facts.text
    if r.is_definition:
        return ()  # '"Third-party" cookies are set by other domains' explains a word
    if _denied_list_item(r):
        return ()  # "We will never: - sell your data to brokers"
    if r.sentence.list_item and _lead_receives(r.lead):
        return ()  # the sources listed under "We receive data about you from:"
    if (
        r.sentence.list_item
        and r.lead is None
        and r.sentence.headings
        and _SOURCE_HEADING.search(lower_ascii(r.sentence.headings[-1]))
    ):
        return ()  # the items under "Where the information comes from" are sources
    if (
        r.sentence.list_item
        and Purpose.advertising in purposes
        and _lead_discloses_for_purposes(r.lead)
    ):
        # "We license and sell information to businesses for the following purposes:
        # - Online advertising: segments our clients use to target ads": the recipients
        # of a disclosure made for advertising are advertisers.
        out.share(Recipient.advertisers, r.quote(0), [], [Purpose.advertising])
    _share_in_a_deal(r, out)
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
    first_named = facts.recipients[0].start if facts.recipients else len(text)
    if not shares and _lead_shares(r) and all(v.start > first_named for v in third + engages):
        # (verbs after the first recipient are about it: "- with firms that work on our
        # behalf, under contracts that require them to use it only on our instructions")
        return _share_list_item(r, out, purposes)
    if (
        not (shares or third or engages)
        and facts.recipients
        and (_vendor_list_item(r) if r.sentence.list_item else _vendor_names_line(r))
    ):
        # "Links to the privacy policies of third-party service providers used by the
        # app: - AdMob - Google Analytics for Firebase": each vendor named is a recipient.
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
        if (
            negated_at(facts, term.start)
            and not any(
                v.negated and gr.EXCEPTION_MARKERS.search(text, v.end, term.start) for v in shares
            )
            and not _excepted_after(facts, term, shares)
        ):
            continue  # "we have no parent company", "no ad network places trackers"
        if recipient == Recipient.other_users_public and _THEIR_OWN_POLICIES.search(text):
            continue  # "a review you post on Yelp is public, under those companies' policies"
        if recipient == Recipient.social_networks and (
            _ad_platform_role(facts, term) or _only_ad_platform(facts, purposes)
        ):
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
            elif (
                recipient == Recipient.business_partners
                and _GENERIC_PARTNERS.match(text[term.start : term.end])
                and _TRACKING_TECH.search(text)
            ):
                # "We and our partners use cookies and SDKs": unqualified partners in a
                # tracking sentence are not co-marketing partners (third-party tracking is).
                continue
            elif (
                recipient == Recipient.business_partners
                and _GENERIC_PARTNERS.match(text[term.start : term.end])
                and (_WE_AND_PARTNERS_COLLECT.search(text) or _PARTNERS_PROCESS_ABROAD.search(text))
            ):
                # "We and our partners automatically collect information about your device";
                # "some of our partners process data in other countries": who collects, or
                # where data is processed, not a disclosure to co-marketing partners.
                continue
            kept.setdefault(recipient, term.start)
    anchor = (shares or third or engages)[0].start
    if not kept and (positive_share or third):
        if ANAPHORA_RE.search(text) and not (
            not positive_share and (_THEIR_OWN_POLICIES.search(text) or _OWN_ACCOUNT.search(text))
        ):
            # "Those companies decide for themselves how to use your data": what they do
            # on their own account is not another disclosure to them.
            for recipient in r.previous_recipients or r.heading_recipients:
                kept.setdefault(recipient, anchor)
        if (
            not kept
            and positive_share
            and len(r.heading_recipients) == 1
            and not _ONLY_PUBLISHES_WORK.search(text)
        ):
            kept[r.heading_recipients[0]] = anchor
        if not kept and positive_share and LEGAL_COMPULSION_RE.search(text):
            kept[Recipient.government_legal] = anchor
        vendor = _RUN_BY_NAMED.search(r.raw)
        if (
            not kept
            and positive_share
            and vendor is not None
            and not text.startswith(("we", "us", "our"), vendor.start(1))
        ):
            # "Our site is hosted by Squarespace": a company named as running part of the
            # service for us, unknown to the vocabulary, is a service provider.
            kept[Recipient.service_providers] = vendor.start(1)
        bare = _BARE_DISCLOSURE.search(text)
        if (
            not kept
            and bare
            and not _OVERVIEW.search(text)
            and not negated_at(facts, bare.end() - 1)
        ):
            kept[Recipient.unspecified_third_parties] = bare.start()
    if Recipient.government_legal not in kept:
        compelled = _excepted_compulsion(text, shares)
        if compelled is not None:
            # "we do not share it with anyone ... except when the law requires it"
            kept[Recipient.government_legal] = compelled
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
    if (
        not kept
        and not _ONLY_PUBLISHES_WORK.search(text)
        and any(
            text.startswith("publish", v.start)
            and not v.negated
            and not v.conditional
            and not _PUBLISHED_SOURCE.match(text, v.start)
            for v in shares
        )
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
    if Recipient.analytics_providers in kept and _SELF_HOSTED.search(text):
        del kept[Recipient.analytics_providers]  # an analytics tool run on the service's own server
    if (
        Recipient.unspecified_third_parties in kept
        and not (shares or engages)
        and _THEIR_OWN_POLICIES.search(text)
    ):
        # "Such third parties may collect information about you in accordance with their
        # own privacy policies": what others do on their own account, not a disclosure.
        del kept[Recipient.unspecified_third_parties]
    if len(kept) > 1:
        kept.pop(Recipient.unspecified_third_parties, None)
    if set(kept) == {Recipient.unspecified_third_parties} and len(r.heading_recipients) == 1:
        # "We partner with other companies ..." under a "Service providers" heading.
        kept[r.heading_recipients[0]] = kept.pop(Recipient.unspecified_third_parties)
    if not kept:
        return ()
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


def _only_ad_platform(facts: Facts, purposes: list[Purpose]) -> bool:
    """Whether data goes to a social network for advertising and no advertiser is named
    beside it ("we share your hashed email with Facebook to show you ads"): the network
    receives it as an ad platform."""
    return Purpose.advertising in purposes and not any(
        t.key == Recipient.advertisers.value for t in facts.recipients
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


_FOR_PURPOSES_END = re.compile(r"\bfor (?:the following|these|several|such|various) purposes\W*$")


_LABEL_START = re.compile(r"\W*(?:(?:our|the|these|its|other) )?")
_LABEL_ROLES = frozenset(
    {
        (Recipient.advertisers, Recipient.social_networks),
        (Recipient.service_providers, Recipient.business_partners),
    }
)


@once_per_lead
def _lead_discloses_for_purposes(lead: Facts) -> bool:
    """ "We license and sell information to businesses for the following purposes:"."""
    if not _FOR_PURPOSES_END.search(lead.text):
        return False
    return any(v.kind == "share" and not v.negated for v in lead.verbs)


@once_per_lead
def _lead_receives(lead: Facts) -> bool:
    """ "We may receive personal data about you from the following third parties:"."""
    return any(
        v.kind == "collect"
        and not v.negated
        and v.actor != Actor.third
        and re.search(r"\bfrom\b", lead.text[v.end :])
        for v in lead.verbs
    ) and not any(v.kind == "share" and not v.negated for v in lead.verbs)


_EXCEPT_AFTER = re.compile(
    r"\s*,?\s*(?:except|unless|other than|apart from|save (?:as|when|where))\b"
)


_LIST_POINTER = re.compile(
    r"\s*(?:(?:in|under|for) )?(?:the following|these|those|such|the|certain) "
    r"(?:cases|circumstances|situations|instances|ways|exceptions)(?: (?:described |listed |set out )?below)?\W*|"
    r"\s*as (?:follows|described below|set out below|listed below)\W*"
)


def _excepted_after(facts: Facts, term: Term, shares: list[Verb]) -> bool:
    """ "We do not share it with nonaffiliated companies except to provide services you
    have asked for": the recipient named before the exception receives in it, unless
    the exception names recipients of its own."""
    if not any(v.negated and v.start < term.start for v in shares):
        return False
    exception = _EXCEPT_AFTER.match(facts.text, term.end)
    if exception is None or _LIST_POINTER.fullmatch(facts.text, exception.end()):
        return False  # "... except in these cases:": the list names who receives
    return not any(t.start >= exception.end() for t in facts.recipients)


def _excepted_compulsion(text: str, shares: list[Verb]) -> int | None:
    """Where a denied disclosure's exception is a legal compulsion: "we do not share it
    with anyone, except when the law requires it"."""
    for verb in shares:
        if not verb.negated:
            continue
        exception = gr.EXCEPTION_MARKERS.search(text, verb.end)
        if exception is None:
            continue
        compulsion = LEGAL_COMPULSION_RE.search(text, exception.end())
        if compulsion is not None:
            return compulsion.start()
    return None


# What a list of vendors' names is introduced by: the third-party services the app uses
# ("... service providers used by the app", "SDKs we use") or that collect data there.
_THIRD_PARTY_SERVICES = re.compile(
    r"\b(?:third[- ]party|outside|external) (?:[\w-]+ )?(?:services?|service providers?|providers?|"
    r"sdks?|libraries|tools|vendors|companies|partners)\b|\bsdks\b|\bsoftware development kits\b"
)
_USED_BY_SERVICE = re.compile(
    r"\b(?:used|integrated|employed|included|embedded) (?:by|in|within|on) (?:the|this|our|my) "
    r"(?:mobile )?(?:app|application|service|site|website|game)s?\b"
    r"|\b(?:we|i|the app|this app|our app|the game|this game) (?:\w+ )?(?:uses?|integrates?|relies on|works with)\b"
)
_BARE_ITEM_WORDS = 8


def _vendor_list_item(r: Reading) -> bool:
    """A list item that is a known vendor's name alone ("AdMob", "[Facebook](...)")
    under a line that introduces the third-party services the app uses or that collect
    data on it."""
    facts = r.facts
    if not r.sentence.list_item or not facts.recipients or facts.recipients[0].start > 4:
        return False
    if len(facts.text.split()) > _BARE_ITEM_WORDS:
        return False
    if r.lead is not None or r.list_intro is not None:
        return _introduces_vendors(r.lead if r.lead is not None else r.list_intro)
    # (a line ending with ":" right above the list is read as its heading)
    return bool(r.sentence.headings) and _heading_introduces_vendors(r.sentence.headings[-1])


def _introduces_vendors(intro: Facts | None) -> bool:
    """ "Links to the privacy policies of third-party service providers used by the app",
    "The app integrates the following SDKs, which may collect device identifiers"."""
    if intro is None or any(v.negated for v in intro.verbs):
        return False
    if not _THIRD_PARTY_SERVICES.search(intro.text):
        return False
    return bool(_USED_BY_SERVICE.search(intro.text)) or any(
        v.kind == "collect" and v.actor == Actor.third for v in intro.verbs
    )


@lru_cache(maxsize=1024)  # headings: a small set, read again for each of their items
def _heading_introduces_vendors(heading: str) -> bool:
    return _introduces_vendors(read_sentence(lower_ascii(mask_text(heading))))


# What may stand between vendor names in a line that is nothing else: "Google Analytics
# and Mixpanel", "Amazon Web Services (AWS)", "Stripe, PayPal & Braintree".
_BETWEEN_NAMES = re.compile(r"[\s,;/&()*.:-]*(?:(?:and|or)[\s,;/&()*.:-]*)?")
# A kind of recipient, not a company's name: "Service Providers" as a line is a heading.
_GENERIC_RECIPIENT = re.compile(
    r"\b(?:partners?|providers?|advertis\w*|networks?|compan(?:y|ies)|affiliat\w*|vendors?|part(?:y|ies)|"
    r"processors?|contractors|suppliers|agencies|authorities|government\w*|users|members|public|"
    r"subsidiar\w*|merchants|developers|publishers|marketers|servers?|platforms?|tools?|firms|sites|"
    r"businesses|buyers?|purchasers?|merger\w*|acquisitions?|police|courts?|regulators?|social|plug-?ins?|"
    r"widgets?|buttons?|features|agents|outsourc\w*|cent(?:er|re)s?|behalf)\b"
)
_MAX_NAMES_LINE = 80
# The kinds of recipient the vocabulary knows companies of by name.
_VENDOR_KINDS = frozenset(
    r.value
    for r in (
        Recipient.advertisers,
        Recipient.analytics_providers,
        Recipient.service_providers,
        Recipient.social_networks,
    )
)


def named_vendors(text: str) -> list[Recipient]:
    """The recipients named in a line of companies' names and nothing else ("Google
    AdSense", "Google Analytics and Mixpanel"; masked, lower-cased), or [] when the line
    holds other words or names a kind of recipient ("Service providers")."""
    if len(text) > _MAX_NAMES_LINE:
        return []
    found: list[Recipient] = []
    position = 0
    for match in RECIPIENT_RE.regex.finditer(text):
        key = RECIPIENT_RE.key(match)
        if key not in _VENDOR_KINDS or _GENERIC_RECIPIENT.search(match.group(0)):
            return []  # "Business Transfers", "Law enforcement", "Service Providers"
        if _BETWEEN_NAMES.fullmatch(text, position, match.start()) is None:
            return []
        found.append(Recipient(key))
        position = match.end()
    if not found or _BETWEEN_NAMES.fullmatch(text, position) is None:
        return []
    return list(dict.fromkeys(found))


def _vendor_names_line(r: Reading) -> bool:
    """A line of vendors' names and nothing else ("Google AdSense") under a sharing
    heading: a Termly policy prints each vendor below its category so, outside the list
    item that names the category."""
    facts = r.facts
    if r.sentence.list_item or facts.verbs or not facts.recipients or "share" not in r.inner_kinds:
        return False
    if r.previous is not None and any(v.negated for v in r.previous.verbs):
        return False  # "We never work with these ad networks:" above the names
    return bool(named_vendors(facts.text))


def _lead_shares(r: Reading) -> bool:
    """A list item under "We share information as follows:" or a sharing heading."""
    if not r.sentence.list_item:
        return False
    if r.sentence.row is not None and "share" in r.inner_kinds:
        return True  # a table's "Recipient" or "Sub-processor" column
    if r.lead is not None:
        return _lead_lists_disclosures(r.lead)
    return "share" in r.inner_kinds


@once_per_lead
def _lead_lists_disclosures(lead: Facts) -> bool:
    return any(
        v.kind == "share" and (not v.negated or gr.EXCEPTION_MARKERS.search(lead.text, v.end))
        for v in lead.verbs
    )  # "We do not share it except as follows:" lists the disclosures it makes


_AD_WORDS = re.compile(r"\b(?:advertis\w*|ads|ad targeting|retargeting)\b")


def _in_ad_row(r: Reading) -> bool:
    """Whether the sentence is a cell of a table row about advertising: a social network
    named there is in the role of an advertiser."""
    row = r.sentence.row
    return row is not None and bool(_AD_WORDS.search(lower_ascii(r.text[row[0] : row[1]])))


def _share_list_item(r: Reading, out: Collector, purposes: list[Purpose]) -> tuple[Recipient, ...]:
    facts = r.facts
    kept: dict[Recipient, int] = {}
    label = (
        facts.recipients[0]
        if facts.recipients and _LABEL_START.fullmatch(facts.text, 0, facts.recipients[0].start)
        else None
    )
    for term in facts.recipients:
        if _FROM_BEFORE.search(facts.text[max(0, term.start - 25) : term.start]):
            continue
        if negated_at(facts, term.start):
            continue
        recipient = Recipient(term.key)
        if recipient == Recipient.social_networks and _in_ad_row(r):
            recipient = Recipient.advertisers  # "_fbp | Meta | Advertising | 3 months"
        if label is not None and (Recipient(label.key), recipient) in _LABEL_ROLES:
            # "Ad partners: AdMob serves our ads, and Meta and TikTok measure our campaigns";
            # "Our service providers: hosting, ..., our printing and distribution partner":
            # a company in an item the list labels by role has that role.
            recipient = Recipient(label.key)
        kept.setdefault(recipient, term.start)
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
        if (
            term.end <= verb.start
            and not re.search(r"[.;:]", text[term.end : verb.start])
            and not (text.endswith(" to ", 0, verb.start) and text.endswith("to ", 0, term.start))
        ):
            # (not "connect the game to Facebook to save your progress": an infinitive of
            # purpose after the name, whose subject is not the named company)
            return True
        if (
            verb.end <= term.start
            and _THROUGH_TOOL.search(text, max(verb.end, term.start - 30), term.start)
            and not re.search(r"[.;:]", text[verb.end : term.start])
        ):
            return True  # "Google collects information about visits through Google Analytics"
        if verb.passive and re.fullmatch(
            r"\s+by\s+(?:our\s+|its\s+|these\s+|such\s+)?", text[verb.end : term.start]
        ):
            return True  # "cookies are set by our advertising partners"
    # "We use / engage X": X works on the service.
    for verb in engages:
        if 0 <= term.start - verb.end <= 40 and not _purpose_between(facts, verb.end, term.start):
            return True
        if (
            verb.kind == "cookie"
            and verb.end <= term.start
            and _NAMED_TAG.search(text, 0, term.end)
        ):
            return True  # "we use other cookies, for example ... and the Meta Pixel for ..."
    if not shares:
        return False
    before = [v for v in shares if v.start < term.start]
    verb = before[-1] if before else min(shares, key=lambda v: abs(v.start - term.start))
    if text[verb.start : verb.end].lower().startswith(_SHOWING_VERB) and recipient not in _PUBLIC:
        return False
    if verb.negated:
        between = text[verb.end : term.start] if term.start > verb.end else ""
        return bool(gr.EXCEPTION_MARKERS.search(between)) or _excepted_after(facts, term, shares)
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


# Term keys (an enum's `.value` is a property: looked up once here, not per term)
_BUSINESS_TRANSFER = Purpose.business_transfer.value
_ACQUIRERS = Recipient.acquirers.value


def _share_in_a_deal(r: Reading, out: Collector) -> None:
    """A corporate transaction that takes the user's data along discloses it to the
    acquirer, whatever the verb: "the purchaser will receive the personal information we
    hold", "the records we hold would pass to the new owner"."""
    facts = r.facts
    if not (facts.purposes and facts.recipients):
        return
    if not any(t.key == _BUSINESS_TRANSFER for t in facts.purposes):
        return
    buyers = [t for t in facts.recipients if t.key == _ACQUIRERS]
    if not buyers:
        return
    mention = cues.USER_DATA_MENTION.search(facts.text)
    if mention and not negated_at(facts, mention.start()):
        out.share(
            Recipient.acquirers, r.quote(buyers[0].start), purposes=[Purpose.business_transfer]
        )
