"""Cues for the yes/no questions of the label (LABEL_SPEC three-way fields).

One group of regexes per question, each with a comment on where its wording comes
from. They read masked, lower-cased sentences, like `grammar`.
"""

from __future__ import annotations

import re

FLAGS = 0

# --- yes/no questions -----------------------------------------------------------------
# sells_personal_data: the sale/rental of personal data (CCPA "sale"; OPP-115 third-party
# sharing "for a fee"). The object must be personal data, never goods or a business.
SELL_VERB = re.compile(
    r"\b(?:sell(?:s|ing)?|sold|sale of|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|trad(?:e|es|ed|ing)|barter(?:s|ed|ing)?|"
    r"(?:share|disclose|provide)(?:s|d)? (?:[\w-]+ ){0,6}(?:for|in exchange for) (?:money|monetary|valuable|financial|a fee|compensation|payment|consideration))\b",
    FLAGS,
)


SELL_OBJECT = re.compile(
    r"\b(?:information|data(?!\s+cent(?:er|re)s?\b)|details|e-?mail (?:address(?:es)?|lists?)|lists?|names|addresses|it|them|pii|"
    r"(?:these |those |the following |all )?categories)\b",
    FLAGS,
)


# A sale in the CCPA sense, admitted in the law's words: "our use of advertising cookies
# may be considered a 'sale'", "disclosures that constitute a sale". ("... may be
# considered 'sharing'" is California sharing for cross-context advertising, not a sale.)
SALE_ADMISSION = re.compile(
    r"\b(?:considered|deemed|treated as|constitut(?:e|es|ing)|qualif(?:y|ies) as|amounts? to|counts? as|regarded as)"
    r"\s+(?:an?\s+)?[\"']?(?:sale|sales|selling)\b(?![\"']?\s+of\s+(?:our|the|a|its)\s+(?:business|company|assets))",
    FLAGS,
)
SALE_HINT = re.compile(
    r"\b(?:sell|sells|selling|sold|sale|sales|rent|rents|renting|rented)\b", FLAGS
)


# "the right to opt out of the sale of your data", "to opt out of targeted advertising
# and the sale of ...": a choice about selling, not a statement that it happens.
SELL_OPT_OUT_BEFORE = re.compile(
    r"\bopt(?:-| )?(?:out|in)\b[^.;]*$|\b(?:right|request|ask us) to (?:limit|stop|prohibit)\b[^.;]*$",
    FLAGS,
)


# A refusal to sell that is narrower than "we do not sell personal data": only for
# money, only to one kind of buyer, only one list. Beside a sale in the CCPA sense
# (`SALE_ADMISSION`) it is no "no".
SELL_NARROW = re.compile(
    r"\b(?:for|in exchange for|in return for) (?:cash|money|monetary (?:\w+ )?(?:consideration|compensation|value|payment)|a fee|payment)\b"
    r"|\bto (?:any )?(?:data brokers?|list brokers?|data resellers?|brokers?|marketers|mailing list companies)\b",
    FLAGS,
)
SELL_NARROW_OBJECT = re.compile(
    r"(?:(?:newsletter|mailing|e-?mail|subscriber|customer) )?lists?\b|e-?mail lists?\b", FLAGS
)


# Data that identifies no one, before the object of a sale: "we may sell aggregated,
# de-identified data" sells no personal data.
SELL_NOT_PERSONAL = re.compile(
    r"\b(?:aggregated?|de-?identified|anonymi[sz]ed|anonymous|non-?personal|non-?identifiable|"
    r"pseudonymi[sz]ed|statistical)\b",
    FLAGS,
)
# "Selling your data is not something we do": the sale named first, then denied.
SELL_DENIED_AFTER = re.compile(
    r"\W*(?:selling|the sale of|renting|trading) [^.;]{0,60}? (?:is|are) (?:not|never|nothing)\b"
    r"(?: (?:something|anything|what|part of|how|a thing))?",
    FLAGS,
)

# California "sharing": personal information disclosed for cross-context behavioural
# advertising (CCPA as amended by the CPRA) is third parties tracking users across
# services. Not an opt-out right or a pointer that names it ("the right to opt out of ...
# sharing", "see Section 11 for information about 'sharing'").
CROSS_CONTEXT_SHARING = re.compile(
    r"\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ure)|considered (?:[\"“'‘]?sharing))\b"
    r"[^.;]{0,120}?\bcross[- ]context (?:behaviou?ral )?advertising\b",
    FLAGS,
)
CROSS_CONTEXT_OPT_OUT = re.compile(
    r"\b(?:opt(?:-| )?out|right to|request that we stop|limit|whether|about|see)\b[^.;]{0,60}$",
    FLAGS,
)

SELL_NOT_DATA = re.compile(
    r"\b(?:products?|goods|services|tickets|merchandise|subscriptions|items|assets|business|company|stock|shares|"
    r"advertising space|ad space|securities)\b",
    FLAGS,
)


# third_party_tracking (Apple "used to track you"; OPP-115 third-party collection on the
# first party's site): third parties place cookies or collect about users on the service.
TRACKING_TECH = re.compile(
    r"\b(?:cookies?|web beacons?|beacons?|pixels?|pixel tags?|clear gifs?|web bugs?|tags|scripts|sdks?|trackers?|"
    r"tracking technolog(?:y|ies)|similar technolog(?:y|ies)|software agents|device identifiers|ip address(?:es)?|"
    r"identifiers|track(?:s|ed|ing)?|information about (?:your )?(?:visits?|use|activit|browsing|interactions?)|"
    r"browsing (?:activity|behaviou?r|history)|over time and across|across (?:different |other )?(?:web ?sites|sites|apps|services|devices))\b",
    FLAGS,
)


# Third parties that collect on *their* sites (links sections) do not track on ours.
LINKED_SITES = re.compile(
    r"\b(?:linked|third[- ]party|other|external|their) (?:web ?)?sites?\b|\blinks? to\b|\bwhen you (?:leave|visit (?:their|those|other))\b"
)


ON_OUR_SERVICE = re.compile(
    r"\bon (?:our|this|the) (?:and other )?(?:web ?sites?|sites?|service|services|apps?|pages?|platform)\b"
    r"|\bon (?:this|our) and other\b"
)


TRACKING_VERB = re.compile(
    r"\b(?:plac(?:e|es|ed|ing)|set(?:s|ting)?|serv(?:e|es|ed|ing)|drop(?:s|ped)?|recogni[sz](?:e|es|ed|ing)|read(?:s|ing)?|"
    r"us(?:e|es|ed|ing)|collect(?:s|ed|ing)?|gather(?:s|ed|ing)?|obtain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|track(?:s|ed|ing)?|"
    r"access(?:es|ed)?|record(?:s|ed|ing)?|log(?:s|ged)?|monitor(?:s|ed|ing)?|deliver(?:s|ed|ing)?|employ(?:s|ed|ing)?|"
    r"deploy(?:s|ed|ing)?|install(?:s|ed|ing)?)\b",
    FLAGS,
)


TRACKING_PARTY = re.compile(
    r"\b(?:third[- ]part(?:y|ies)|advertis(?:ers?|ing (?:companies|networks?|partners?|providers?|agencies|vendors))|"
    r"ad(?:vertising)? networks?|network advertisers|ad servers?|ad partners|ad (?:companies|firms|vendors|agencies)|(?:our |business |marketing )?partners|"
    r"analytics (?:providers?|services?|companies|partners?|tools?|vendors)|google analytics|doubleclick|adsense|"
    r"google ads|quantcast|comscore|nielsen|omniture|mixpanel|hotjar|chartbeat|facebook|twitter|linkedin|pinterest|"
    # mobile ad networks' and analytics SDKs (lexicon: advertisers, analytics providers)
    r"admob|applovin|unity ads|ironsource|mopub|inmobi|chartboost|vungle|flurry|amplitude|firebase analytics|"
    r"social (?:media |network )?(?:plug-?ins?|features|widgets|buttons)|widgets|"
    r"(?:these|those|such) (?:companies|third parties|parties|advertisers|networks|partners|providers|services|vendors|features|widgets|plug-?ins|tools|ad servers))\b",
    FLAGS,
)


# "We use Google Analytics" names a third-party tracker with no tracking verb needed.
THIRD_PARTY_TRACKER_NAMES = re.compile(
    r"\b(?:google analytics|doubleclick|adsense|google ads|quantcast|comscore|nielsen|omniture|mixpanel|hotjar|"
    r"chartbeat|facebook pixel|meta pixel|adobe analytics|crazy ?egg|kissmetrics|"
    r"admob|applovin|unity ads|ironsource|mopub|inmobi|chartboost|vungle|flurry|third[- ]party (?:advertising|analytics|ad) "
    r"(?:companies|networks?|services?|providers?|partners?|tools?|cookies?))\b|\bthird[- ]party cookies\b",
    FLAGS,
)


# "There are no advertising pixels, social buttons or trackers of any kind on our site."
NO_TRACKERS = re.compile(
    r"\bthere (?:are|is|will be) no (?:[\w,'-]+ ){0,12}?(?:trackers?|tracking (?:pixels?|cookies?|scripts?|codes?|tools?|technolog\w+)|"
    r"(?:advertising|ad|third[- ]party|analytics|marketing) (?:pixels?|cookies?|trackers?|tags?|scripts?|sdks?))\b"
)


# What stops when a Do Not Track signal is sent: "the analytics script does not run".
DNT_STOPS_TRACKING = re.compile(
    r"\b(?:(?:does|do|will|would|is|are)(?: not|n't) (?:be )?(?:run|load(?:ed)?|fire|track(?:ed)?|count(?:ed)?|"
    r"collect(?:ed)?|record(?:ed)?|set|placed|log(?:ged)?)|(?:we )?(?:stop|disable|turn off|switch off|suspend)(?:s|ped|d)? "
    r"(?:\w+ ){0,3}(?:tracking|analytics|cookies|scripts|collection|measurement)|(?:is|are) (?:never|not) (?:counted|tracked|recorded|logged))\b",
    FLAGS,
)


# Countries named as where data is stored or processed (international_transfer).
COUNTRY = re.compile(
    r"\b(?:(?:the )?united states(?: of america)?|(?:the )?u\.s\.a?\.?|usa|(?:the )?united kingdom|(?:the )?uk|"
    r"canada|mexico|brazil|argentina|chile|colombia|peru|iceland|ireland|norway|sweden|finland|denmark|germany|france|"
    r"spain|portugal|italy|(?:the )?netherlands|belgium|luxembourg|switzerland|austria|poland|czechia|czech republic|"
    r"hungary|romania|bulgaria|greece|estonia|latvia|lithuania|croatia|slovenia|slovakia|cyprus|malta|israel|turkey|"
    r"india|china|japan|(?:south )?korea|singapore|hong kong|taiwan|australia|new zealand|south africa|nigeria|kenya|"
    r"egypt|(?:the )?philippines|indonesia|malaysia|thailand|vietnam|panama|(?:the )?united arab emirates|uae|"
    r"saudi arabia|ukraine|serbia)\b",
    FLAGS,
)


# do_not_track: the DNT browser signal (CalOPPA disclosure).
DNT = re.compile(r"\b(?:do[- ]not[- ]track|dnt)\b", FLAGS)


DNT_RESPONSE = re.compile(
    r"\b(?:respond(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|recogni[sz](?:e|es|ed|ing)|support(?:s|ed|ing)?|"
    r"comply with|complies with|process(?:es)?|act(?:s)? (?:on|upon)|take (?:any )?action|treat(?:s)?|"
    r"respect(?:s|ed|ing)?|obey(?:s)?|alter(?:s)? (?:our|its)|change (?:our|its)|accommodate|follow)\b",
    FLAGS,
)


# retention_stated (OPP-115 "data retention": retention period / stated purpose).
RETENTION_VERB = re.compile(
    r"\b(?:retain(?:s|ed|ing)?|retention|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing)|hold(?:s|ing)?|held|maintain(?:s|ed|ing)?|"
    r"preserv(?:e|es|ed|ing)|delet(?:e|es|ed|ing|ion)|eras(?:e|es|ed|ing|ure)|destroy(?:s|ed|ing)?|purg(?:e|es|ed|ing)|"
    r"anonymi[sz](?:e|es|ed|ing)|remov(?:e|es|ed|ing))\b",
    FLAGS,
)


RETENTION_PERIOD = re.compile(
    r"(?:\b(?:for|during) )?(?:\b(?:only )?(?:for )?as long as\b|\bso long as\b|\bfor (?:the|a|such) (?:period|time|duration|length of time)\b|"
    r"\buntil\b|\bno longer than\b|\bnot? (?:be )?(?:retained|kept|stored) (?:for )?(?:any )?longer than\b|\blonger than (?:is )?(?:necessary|needed|required)\b|"
    r"\b(?:for|within|after|up to|at least|of) (?:a (?:period|maximum|minimum) of )?(?:up to )?\d+ (?:days?|weeks?|months?|years?|hours?)\b|"
    r"\b(?:\w+ \()?\d+\)? (?:days?|weeks?|months?|years?)\b|"
    r"\b(?:one|two|three|four|five|six|seven|ten|twelve|thirty|sixty|ninety) (?:\(\d+\) )?(?:days?|weeks?|months?|years?)\b|"
    r"\bno longer (?:necessary|needed|required)\b|\bindefinitely\b|\bretention periods?\b|\bfor (?:a )?(?:limited|reasonable|specific) (?:period|time)\b|"
    r"\bwhile (?:your|the|you) (?:account|have|maintain|remain)\b|"
    # a keep-until rule tied to the account: "when you close your account, we delete your profile"
    r"\b(?:when|once|after) you (?:close|delete|cancel|terminate|deactivate) your account\b|\bperiod (?:necessary|needed|required)\b|\bas (?:necessary|needed|required) (?:to|for)\b|"
    # "How long we retain your personal information depends on different factors, such as ..."
    r"\bhow long\b[^.;:]{0,80}?\bdepends? on (?:a (?:number|variety) of |different |several |various |many |the following |certain )?(?:factors|criteria|considerations)\b)",
    FLAGS,
)


# security_measures_described (OPP-115 "data security": secure transfer, secure storage,
# access limits, privacy training, generic "reasonable measures").
SECURITY_MEASURE = re.compile(
    r"\b(?:(?:(?:reasonable|appropriate|industry[- ]standard|commercially reasonable|adequate|suitable|strict|robust|"
    r"physical|technical|administrative|organi[sz]ational|managerial|electronic|procedural|security|standard|"
    r"various|multiple|generally accepted)[,/]?\s+(?:and\s+|or\s+)?)+(?:security\s+)?(?:measures|safeguards|precautions|procedures|controls|"
    r"steps|protections|practices|technologies|systems|policies|protocols|standards|mechanisms)"
    r"|encrypt(?:ion|ed|s)?|ssl|tls|https|secure sockets? layer|transport layer security|firewalls?|secure servers?|"
    r"access controls?|restrict(?:s|ed)? access|limit(?:s|ed)? access|access (?:to (?:\w+ ){0,4}?)?(?:is |are )?(?:restricted|limited)|password[- ]protected|"
    r"two[- ]factor|2fa|multi[- ]factor|pseudonymi[sz]ation|intrusion detection|pci(?:[- ]dss)?|"
    r"confidentiality (?:agreements|obligations)|(?:substantial |reasonable )?efforts to protect|safeguard(?:s|ing)?|precautions|"
    r"protect (?:your |the |such )?(?:personal )?(?:information|data)(?: \w+){0,6} (?:from|against)|security measures|"
    r"secure (?:storage|environment|facilities|data cent(?:er|re)s?|payment)|hashed|hashing|"
    # physical security on a small business's premises: "kept in a locked cabinet"
    r"locked (?:filing |file |storage )?(?:cabinets?|drawers?|rooms?|offices?|safes?|files?|boxes))\b",
    FLAGS,
)


# What a reader is told for each SECURITY_MEASURE match: never the matched words, which
# can be a fragment ("protect your information from", "safeguarding").
# - Kinds of safeguards ("physical, technical, and administrative measures") name
#   exactly the kinds the policy lists, in the order of SECURITY_KINDS, so the usual
#   phrases come out as people know them ("administrative, technical and physical",
#   "technical and organizational").
# - A named measure: the first SECURITY_NAMES pattern that matches.
# - Anything else names no measure ("reasonable measures", "efforts to protect",
#   "precautions"): one generic phrase, the policy's adjective kept when it is in
#   SECURITY_GENERIC_NAMES, else SECURITY_GENERIC.
SECURITY_KINDS: tuple[tuple[str, str], ...] = (
    ("administrative", "administrative"),
    ("managerial", "managerial"),
    ("technical", "technical"),
    ("organizational", "organizational"),
    ("organisational", "organizational"),
    ("procedural", "procedural"),
    ("electronic", "electronic"),
    ("physical", "physical"),
)
SECURITY_KIND_NOUN_SAFEGUARDS = re.compile(r"\b(?:safeguards|protections|controls)\b", FLAGS)
SECURITY_NAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"encrypt|\bssl\b|\btls\b|\bhttps\b|secure sockets?|transport layer", FLAGS),
        "encryption",
    ),
    (re.compile(r"firewall", FLAGS), "firewalls"),
    (re.compile(r"secure servers?", FLAGS), "secure servers"),
    (re.compile(r"secure (?:storage|environment)", FLAGS), "secure storage"),
    (re.compile(r"secure (?:facilities|data cent)", FLAGS), "secure data centers"),
    (re.compile(r"secure payment", FLAGS), "secure payment processing"),
    (re.compile(r"two[- ]factor|\b2fa\b", FLAGS), "two-factor authentication"),
    (re.compile(r"multi[- ]factor", FLAGS), "multi-factor authentication"),
    (re.compile(r"pseudonymi", FLAGS), "pseudonymization"),
    (re.compile(r"\bhash", FLAGS), "hashing"),
    (re.compile(r"intrusion", FLAGS), "intrusion detection"),
    (re.compile(r"\bpci\b", FLAGS), "PCI DSS compliance"),
    (re.compile(r"\blocked\b", FLAGS), "locked physical storage"),
    (re.compile(r"access|password", FLAGS), "access controls"),
    (re.compile(r"confidentiality", FLAGS), "confidentiality obligations"),
)
# "We share a hashed version of your email address with Meta" (ad matching): hashing
# that hands data on is not a measure protecting it.
SECURITY_HASHED_SHARING = re.compile(
    r"\b(?:shar(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|sen(?:d|ds|ding|t)|disclos(?:e|es|ed|ing)|"
    r"upload(?:s|ed|ing)?|giv(?:e|es|en|ing)|pass(?:es|ed|ing)?|match(?:es|ed|ing)?)\b"
    r"[^.;]{0,60}\bhashed\b|"
    r"\bhashed\b[^.;]{0,40}\be-?mail",
    FLAGS,
)
# "Our employees are bound by confidentiality agreements": whose obligations they are.
SECURITY_STAFF = re.compile(
    r"\b(?:employees?|staff|personnel|team members?|workers?|contractors?|agents?)\b", FLAGS
)
SECURITY_GENERIC_NAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"industry[- ]standard|generally accepted|\bstandard\b", FLAGS),
        "industry-standard security measures",
    ),
    (re.compile(r"\b(?:appropriate|adequate|suitable)\b", FLAGS), "appropriate security measures"),
)
SECURITY_GENERIC = "reasonable security measures"


SECURITY_DISCLAIMER = re.compile(
    r"\b(?:no (?:method|system|transmission|data transmission|security|company|website|one)|(?:can ?not|can't|do not|does not|cannot) "
    r"(?:guarantee|ensure|warrant|promise)|100%|completely secure|perfectly secure|absolute security|"
    r"your responsibility|you are responsible|(?:keep|protect) your password)\b",
    FLAGS,
)


# international_transfer (GDPR Chapter V; Privacy Shield; "processed in other countries").
TRANSFER_ABROAD = re.compile(
    r"\b(?:(?:transfer(?:s|red|ring)?|stor(?:e|ed|es|ing)|process(?:ed|es|ing)?|maintain(?:ed|s)?|host(?:ed|s)?|"
    r"transmit(?:ted)?|mov(?:e|ed)|sen[dt]|kept|held|access(?:ed)?)\b[^.;]{0,60}?"
    r"\b(?:(?:other|another|different|foreign|multiple|various|third|many|several|any) (?:countr(?:y|ies)|jurisdictions?|nations?)|"
    r"countries|jurisdictions|overseas|abroad|outside (?:of )?(?:your|the|their) (?:home )?(?:country|state|province|jurisdiction|region)|"
    r"outside (?:of )?the (?:european economic area|eea|european union|eu|united kingdom|uk|united states|u\.s\.?|us)\b|"
    r"(?:to|in) the (?:united states|u\.s\.|usa)(?! (?:law|laws|dollars))\b)"
    r"|\b(?:leave|leaves|leaving|left) (?:the )?(?:european economic area|eea|european union|eu|united kingdom|uk|country)\b"
    r"|cross[- ]border|international(?:ly)? (?:data )?transfer(?:s|red)?|transferred internationally|standard contractual clauses|"
    r"privacy shield|adequacy decisions?|binding corporate rules|"
    r"(?:countr(?:y|ies)|jurisdictions?) (?:where|that|which|whose|with) (?:\w+ ){0,4}(?:data protection|privacy) (?:laws|regulations|rules|standards)|"
    r"not (?:offer|provide|have) the same (?:level of )?(?:data )?protection|different (?:data protection|privacy) (?:laws|standards|rules))\b"
    # "may be processed outside India": outside a named country
    r"|\b(?:process(?:ed|es|ing)?|stor(?:e|ed|es|ing)|host(?:ed|s)?|transfer(?:s|red)?|kept|held|access(?:ed)?)"
    r" (?:\w+ ){0,4}?outside (?:of )?" + COUNTRY.pattern,
    FLAGS,
)


# personal_notice_of_changes (OPP-115 "policy change": notification type personal notice
# vs. general notice on the website).
CHANGE_STATEMENT = re.compile(
    r"\b(?:chang(?:e|es|ed|ing)|modif(?:y|ies|ied|ying|ication|ications)|updat(?:e|es|ed|ing)|amend(?:s|ed|ing|ments?)?|"
    r"revis(?:e|es|ed|ing|ion|ions))\b",
    FLAGS,
)


CHANGE_OBJECT = re.compile(
    r"\b(?:(?:this|our|the|these|its|such|any) (?:new |revised |updated |amended |modified |current )?(?:online )?(?:privacy )?(?:policy|policies|statement|notice|terms)|privacy (?:policy|statement|notice)|"
    r"(?:material|significant|substantial|important|major) (?:changes?|modifications?|revisions?|updates?)|"
    r"(?:periodically|regularly|frequently|from time to time) (?:for|to see|to check for) (?:any )?(?:changes|updates))\b",
    FLAGS,
)


CHANGE_DIRECT = re.compile(
    r"\b(?:send (?:you )?(?:\w+ )?(?:notices?|notifications?|e-?mails?|communications|messages?)|by (?:sending|e-?mail|mail|a notice sent|contacting you|text|sms|a message)|via (?:e-?mail|a notice sent|in-app|push|the e-?mail|a message|sms)|"
    r"(?:send|e-?mail)(?:s|ing)? (?:you|(?:\w+ ){0,2}(?:users?|members?|customers?|subscribers?|account ?holders?|account owners?|registered users?))|(?:to|at) (?:the|your) (?:e-?mail|primary e-?mail) address|e-?mail (?:notice|notification)|"
    r"notice (?:to you|sent to)|in-app|(?:through|via|in) (?:your|the) (?:account|app)|directly|personally|individually|"
    r"obtain your consent|ask for your consent|seek your consent|opt-in consent)\b",
    FLAGS,
)


CHANGE_NOTIFY = re.compile(
    r"\b(?:notify|inform|contact|alert|tell|advise|notice to) (?:you|users|our users|members)|let (?:you|users) know|provide (?:you )?(?:with )?(?:notice|notification)\b",
    FLAGS,
)


CHANGE_POSTED = re.compile(
    r"\b(?:by posting|post(?:s|ed|ing)? (?:the |a |an |any |such |all )?(?:changes|new|updated|revised|amended|modified|notice|modifications|revisions|updates)|"
    r"(?:on|at) (?:this|the|our) (?:page|site|website|web ?site)|check (?:this|the|our|back)|(?:review|visit|consult) (?:this|the|our) (?:page|policy|privacy policy|site|statement)|"
    r"(?:check|review|visit)(?: (?:\w+ ){0,4})?(?:periodically|regularly|frequently|from time to time|often)|effective (?:immediately )?(?:upon|when|as of the date of) (?:posting|posted)|"
    r"(?:last )?updated date|effective date|(?:revision|modification) date|continu(?:e|ed|ing) (?:to )?us(?:e|ing)|prominent notice on|"
    r"will (?:always )?be available at|posted (?:on|at|to)|at any time without (?:prior )?notice|without notice)\b",
    FLAGS,
)


# children: COPPA and GDPR Art. 8 thresholds.
CHILD_CONTEXT = re.compile(
    r"\b(?:child(?:ren|ren's|'s)?|kids?|minors?|under ?age|juveniles?|teens?|teenagers?|coppa|youth|young people|"
    r"parents?|guardians?|age of (?:consent|majority)|under (?:the )?age|(?:anyone|users?|persons?|people|individuals) (?:under|below|younger than) (?:the age of )?\d+|"
    r"younger than \d+|\d+ years (?:of age|old))\b",
    FLAGS,
)


CHILD_AGE = re.compile(
    r"\b(?:under|younger than|below|less than|beneath)(?: the)?(?: age(?: of)?)? (?:[a-z]+ \()?(?P<a1>\d{1,2})\b"
    r"|\b(?P<a2>\d{1,2})(?: years?(?: of age| old)?)? (?:or|and) (?:younger|under|below)\b"
    r"|\bages? (?:of )?(?P<a3>\d{1,2}) (?:or|and) (?:younger|under|below)\b"
    r"|\b(?:at least|over|older than)(?: the age of)? (?P<a4>\d{1,2})(?: years)?\b"
    r"|\b(?P<a5>\d{1,2})(?: years? (?:of age|old))? (?:or|and) (?:older|over|above)\b"
    r"|\bage of (?:[a-z]+ \()?(?P<a6>\d{1,2})\b",
    FLAGS,
)


# An age that limits one feature or practice, not who may use the service: "at least 18
# ... to post comments", "Messages is not available to users under 16" (but "the service
# is not available to ..." is the service's own age), "personalised ads ... under 18",
# "sell or share the information of consumers under 16".
FEATURE_AGE = re.compile(
    r"\bto (?:post|comment|chat|upload|publish|send messages|make purchases|purchase|buy)\b"
    r"|\b(?!(?:service|services|site|website|app|application|platform|it|they)\b)\w+ "
    r"(?:is|are) (?:not |only )?(?:available|enabled|offered)\b"
    r"|\bpersonali[sz]ed (?:ads|advert\w*)|\b(?:targeted|interest[- ]based) (?:ads|advert\w*)"
    r"|\bsell (?:or|and) share\b|\b(?:sell|sale of)\b[^.;]{0,60}\b(?:consumers|minors|users) (?:under|younger)\b",
    FLAGS,
)


AGE_GATE = re.compile(
    r"\b(?:must be|should be|represent|certify|confirm|required to be|need to be|intended for)\b"
    # "meant only for individuals who are 18 years of age or older"
    r"|\b(?:intended|meant|designed|made) (?:only |solely |exclusively )?for\b",
    FLAGS,
)


CHILD_COLLECT = re.compile(
    r"\b(?:collect(?:s|ed|ing)?|solicit(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|gather(?:s|ed|ing)?|"
    r"request(?:s|ed)?|process(?:es|ed)?|ask(?:s)? for|maintain(?:s)?|seek(?:s)?|market(?:s)? to|us(?:e|es)|"
    # "the Site does not allow children under 13 to register": an age gate on sign-up
    r"(?:allow|permit|let)s?(?= (?:children|kids|minors) (?:under|younger than|below|aged) (?:the age of )?\d+ to "
    r"(?:register|sign up|create|open|join|submit|post|use)))\b",
    FLAGS,
)


MARKETING_WORDS = re.compile(
    r"\b(?:marketing|promotional|promotions?|newsletters?|commercial|offers|advertising e-?mails?|mailing lists?|catalog(?:ue)?s?)\b",
    FLAGS,
)


SERVICE_NOTICES = re.compile(
    r"\b(?:service|transactional|administrative|important|account|legal|security) (?:\w+ )?(?:notices|messages|communications|e-?mails|announcements)\b|"
    r"\bnon-marketing\b",
    FLAGS,
)


# "ask us to confirm whether we collect ... / sell ...": a question, not a practice. The
# verb right after "whether" (no comma between) for collection verbs; for selling, the
# verbs listed after it too ("whether we collect, share, or sell").
WHETHER_BEFORE = re.compile(r"\bwhether\b[^.;,]*$", re.IGNORECASE)
WHETHER_LIST_BEFORE = re.compile(r"\bwhether\b[^.;]*$", re.IGNORECASE)


# The user's data named as such: "your information", "customer records", "personal data",
# "personally identifiable information", "PII". In a sentence about a corporate
# transaction it says the data goes with the deal ("your information may be among the
# assets transferred", "the purchaser will receive the personal information we hold").
USER_DATA_MENTION = re.compile(
    r"\b(?:your|user|users'?|customer|customers'?|member|members'?|personal|subscriber)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:information|data|records|details|databases?|lists?)\b|\bpersonally identifiable\b|\bpii\b|"
    r"\b(?:information|data|records) (?:we|that we) (?:hold|have|keep|maintain|collect)\b",
    FLAGS,
)


# A passive corporate transaction ("is bought, sold or merged", "were acquired"): a deal
# when its subject is the service (checked by the caller with the sentence's actors).
SERVICE_SOLD = re.compile(
    r"\b(?:is|are|be|being|was|were|gets?) (?:ever )?(?:\w+,? |or ){0,4}?"
    r"(?:bought|sold|merged|acquired|purchased|taken over)\b",
    FLAGS,
)


# Data that stays on the user's device and that the service says it does not collect
# ("The information that I request will be retained on your device and is not collected
# by me in any way"): no collection claim. Both halves are needed: "stored on your
# device" alone may be the service's cookie.
_ON_DEVICE = (
    r"(?:stor(?:ed|es)|kept|keeps|retain(?:ed|s)|sav(?:ed|es)|held|stays?|remains?|resides?|lives?)"
    r"(?: only| locally| solely)? (?:on|in|within) (?:your|the user's|the|their) (?:own )?"
    r"(?:mobile )?(?:device|phone|handset|computer|smartphone|tablet)s?\b"
)
_NOT_COLLECTED = (
    r"\b(?:not|never)\b(?: \w+){0,3}? (?:collected|accessed|received by (?:us|me)|"
    r"(?:sent|transmitted|uploaded|shared) (?:to|with) (?:us|me|our servers?|the developer)\b)\b"
)
ON_DEVICE_ONLY = re.compile(
    r"\b"
    + _ON_DEVICE
    + r"[^.]{0,80}?"
    + _NOT_COLLECTED
    + r"|"
    + _NOT_COLLECTED
    + r"[^.]{0,80}?\b"
    + _ON_DEVICE,
    FLAGS,
)
# A sentence that opens on the data the sentence before asked for: "The information that
# I request ...", "This data ...", "It ...".
BACK_REFERENCE = re.compile(
    r"^\W*(?:the (?:personal )?(?:information|data|details) (?:that |which )?(?:i|we) (?:request|ask for|ask you for|require)"
    r"|(?:this|that|such|these|those|the above|all (?:of )?(?:this|that|such)) (?:personal )?(?:information|data|details)"
    r"|it|they)\b",
    FLAGS,
)
