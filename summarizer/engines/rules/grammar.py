"""How policies phrase a practice: verbs, actors, negation, conditions, headings.

Patterns here read masked, lower-cased sentences (`analysis.mask_text`,
`analysis.lower_ascii`), so they are compiled without IGNORECASE, which would make
every alternative slow. Phrase tables (dicts of fragments) are compiled by
`matching.compile_terms`; the rest are plain regexes.
"""

from __future__ import annotations

import re

FLAGS = 0

# --- verbs ----------------------------------------------------------------------------
# Practice verbs, by kind (OPP-115 practice categories: first-party collection/use,
# third-party sharing/collection). A verb inside a data term ("how you use") is not
# a verb. `provide` is collection when the subject is the user or a third party.
VERB_TERMS: dict[str, tuple[str, ...]] = {
    "cookie": (
        r"(?<!of )(?<!the )(?<!'s )(?<!s' )(?<!our )(?<!their )(?<!your )(?<!its )(?<!by )(?:us(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing)|employ(?:s|ed|ing)?|deploy(?:s|ed|ing)?|rel(?:y|ies) on|plac(?:e|es|ed|ing)|set(?:s|ting)?|serv(?:e|es|ed|ing)|drop(?:s|ped|ping)?|recogni[sz](?:e|es|ed|ing)|read(?:s|ing)?|stor(?:e|es|ed|ing)) (?=(?:[\w\"“”'’-]+ ){0,4}[\"“]?(?:cookies?|beacons?|pixels?|pixel tags?|clear gifs|web bugs|tracking technolog|similar technolog|local storage|sdks?))",
        # "cookies are set by our advertising partners"
        r"(?:set|placed|served|dropped)(?= by\b)",
        # "the only cookie on the site is a session cookie"
        r"(?:is|are)(?= (?:a |an |the |one |two |three |only )?(?:session|persistent|first[- ]party|functional|essential|strictly necessary|login|log-in|authentication|preference|security) cookies?\b)",
    ),
    "collect": (
        r"collect(?:s|ed|ing)?",
        r"collection of",
        r"gather(?:s|ed|ing)?",
        r"obtain(?:s|ed|ing)?",
        r"receiv(?:e|es|ed|ing)",
        r"record(?:s|ed|ing)?",
        r"log(?:s|ged|ging)",
        r"log(?= (?:your|the|all|each|any|certain|some|information|data|ip|details|visitors?|usage|when|every))",
        r"stor(?:e|es|ed|ing)",
        r"captur(?:e|es|ed|ing)",
        r"acquir(?:e|es|ed|ing)",
        r"track(?:s|ed|ing)?",
        r"monitor(?:s|ed|ing)?",
        r"sav(?:e|es|ed|ing)(?! (?:as|for|where|insofar)\b)",  # "save as required by law": except
        r"retain(?:s|ed|ing)?",
        r"keep(?:s|ing)? (?:a )?records? of",
        r"keep(?:s|ing)?(?= (?:the|your|a copy|copies|(?:encrypted )?backups?|records?|logs?|track|all|any|certain|such|this|that|these|those|some|personal|information|data)\b)",
        r"keep(?=:)",
        r"remember(?:s|ed)?(?= (?:which|what) (?:\w+ )?(?:products|items|orders|pages|you)\b)",
        # plain speech on a small business's page: "we write down your name and phone number"
        r"(?:write|writes|wrote|jot|jots|note|notes|take|takes) down",
        r"hold(?:s|ing)?(?= (?:the|your|a copy|copies|(?:encrypted )?backups?|records?|logs?|all|any|certain|such|this|that|these|those|some|personal|information|data)\b)",
        r"kept",
        r"(?:import|sync|synchroni[sz]e|scan)(?:s|ed|ing)?(?= (?:your|the|all))",
        r"(?:request|require|collect)(?:s|ed|d)? (?:a copy of|copies of|proof of|evidence of)",
        r"supplement(?:s|ed|ing)?",
        # what the service works out from other data: "the country we derive from your IP
        # address", "we use your IP address to work out roughly where you are"
        r"(?:deriv(?:e|es|ed|ing)|infer(?:s|red|ring)?|work(?:s|ed|ing)? out)",
        r"ask(?:s|ed|ing)? (?:you )?(?:for|to provide|to enter|to give|to supply|to submit|to confirm|to verify|to upload|to send|to share|to fill)",
        r"(?:request|require)(?:s|d)? (?:that you provide|you to provide|your)",
        r"(?:request|ask for|obtain|need|require)(?:s|ed)? (?:your )?(?:permission (?:to )?)?access (?:to )?(?:your|the)",
        r"be (?:asked|required|prompted) (?:for|to provide|to enter|to give|to supply|to submit)",
        r"access(?:es|ed)? (?:your|the) (?:(?:phone|device)'s )?(?:contacts|camera|photos|photo library|photo gallery|camera roll|location|microphone|address book|calendar)",
        r"reads(?= (?:your|the|data|information|[\w-]+ (?:data|information))\b)",
        # collection verbs old policies use: "our server recognizes your IP address", "we
        # ask about your interests", "an e-mail address is required", "the following is requested"
        r"recogni[sz](?:e|es|ed|ing)(?= (?:your|the|each|a|visitors?'?|users?'?) (?:[\w-]+ ){0,2}"
        r"(?:ip|domain|browser|device|computer|address|operating|internet|isp)\b)",
        r"ask(?:s|ed|ing)? (?:you )?about(?= (?:your|the)\b)",
        r"(?:(?<=\bis )|(?<=\bare )|(?<=\bbe )|(?<=\bbeen ))(?:requested|required)\b"
        r"(?! to (?:follow|comply|agree|accept|abide|read|review|use)\b)",
        r"(?:send|sends|sent|provide|provides|share|shares|give|gives|pass|passes|disclose|discloses|tell|tells|told) us",
        r"(?:provide|provides|provided) (?:\w+ ){0,2}(?:to us|us with)",
        r"(?<=information )(?:may |might |can |will |also |generally |typically )*(?:includes?|consists? of|compris(?:e|es))",
        r"(?<=data )(?:may |might |can |will |also |generally |typically )*(?:includes?|consists? of|compris(?:e|es))",
        r"(?:may|might|can|could|will|would|typically|generally|usually|also) (?:also )?(?:include|consist of|comprise)",
    ),
    "provide": (
        # (not "your email address may be provided to our payment processor": a disclosure)
        r"provid(?:e|es|ing)|provided(?! to (?!us\b|you\b|me\b))",
        # (not "we give our carriers your address": a disclosure, a "share" verb)
        r"giv(?:e|es|en|ing)(?! (?:them|(?:our|these|those|such) (?:[\w-]+ ){0,2}?[\w-]+s) (?:with )?(?:your|their) )",
        r"submit(?:s|ted|ting)?",
        r"enter(?:s|ed|ing)?",
        r"suppl(?:y|ies|ied|ying)",
        r"upload(?:s|ed|ing)?",
        r"input(?:s|ted|ting)?",
        r"furnish(?:es|ed|ing)?",
        r"fill(?:s|ed|ing)? (?:in|out)",
        r"complet(?:e|es|ed|ing)",
        r"volunteer(?:s|ed)?",
        r"register(?:s|ed|ing)?",
        r"sign(?:s|ed|ing)? up",
        r"creat(?:e|es|ed|ing) an account",
        r"respond(?:s|ed|ing)? to(?!(?: (?:a |any |lawful |valid |legal )?(?:subpoenas?|court orders?|search warrants?|warrants|legal process|lawful requests?|legal requests?|requests? (?:from|by) (?:law enforcement|the police|police|courts?|government|public authorities))))",
        r"participat(?:e|es|ed|ing) in",
        r"post(?:s|ed|ing)?",
        # "you sign a paper waiver with your name and an emergency contact"
        r"sign(?:s|ed|ing)? (?:a |an |the |our )?(?:paper |liability |release |registration )?(?:waivers?|forms?|releases?|cards?)",
        # "you may add a nickname, gender and birthday to your profile"
        r"add(?:s|ed|ing)?(?= (?:[\w-]+,? (?:and |or |&)?){1,8}?to (?:your|their|the|his|her|a) (?:\w+ )?(?:profile|account)\b)",
    ),
    "use": (
        r"(?<!of )(?<!the )(?<!any )(?<!such )(?<!its )(?<!their )(?<!your )(?<!our )(?<!for )(?<!this )(?<!that )(?<!in )(?<!fair )(?<!'s )(?<!s' )(?<!by )(?<!when )(?<!while )(?<!before )(?<!continuing to )us(?:e|es|ed|ing)",
        r"utili[sz](?:e|es|ed|ing)",
        r"process(?:es|ed|ing)?",
        r"analy[sz](?:e|es|ed|ing)",
        r"combin(?:e|es|ed|ing)",
        r"treat(?:s|ed|ing)?",
        # "we handle information on your disability certificate only as far as needed"
        r"handl(?:e|es|ed|ing)(?= (?:\w+ ){0,2}?(?:information|data|details|records)\b)",
        r"rel(?:y|ies|ied) on (?=(?:your |the |our )?(?:consent|legitimate interests?|contract|performance|legal obligations?)\b)",
    ),
    "share": (
        r"shar(?:e|es|ed|ing)",
        r"disclos(?:e|es|ed|ing|ure|ures)",
        r"transfer(?:s|red|ring)?",
        r"sell(?:s|ing)?",
        r"sold",
        r"sale",
        r"rent(?:s|ed|ing)?",
        r"leas(?:e|es|ed|ing)",
        r"trad(?:e|es|ed|ing)",
        r"releas(?:e|es|ed|ing)",
        r"pass(?:es|ed|ing)? (?:it |them |this |such |your |the )?(?:on|along)",
        # "the account information we hold would pass to the new owner"
        r"pass(?:es|ed|ing)?(?= to (?:the |a |an |its |any |our |that )?(?:new owners?|successors?|buyers?|purchasers?|acquir\w+))",
        r"reveal(?:s|ed|ing)?",
        # "we respond to subpoenas, court orders or legal process": a disclosure to the
        # authorities worded with the verb
        r"(?:respond(?:s|ed|ing)? to|answer(?:s|ed|ing)?)(?=(?: (?:a |any |lawful |valid |legal )?(?:subpoenas?|court orders?|search warrants?|warrants|legal process|lawful requests?|legal requests?|requests? (?:from|by) (?:law enforcement|the police|police|courts?|government|public authorities))))",
        r"distribut(?:e|es|ed|ing)",
        r"exchang(?:e|es|ed|ing)",
        r"(?:send|transmit|report|provide|give)(?:s|ted|ting|ed|ing)? (?:(?:your|such|this|that|the|certain|some|any|personal|aggregated?|non-personal|limited|identifiable) )*(?:personal )?(?:information|data|details)(?: [\w-]+){0,5} to",
        # "we send your order details to our shipping providers", "we pass your email
        # address to our payment processor": the user's data, named, to someone (after
        # "we" or a modal: "Send your request to privacy@..." is the reader's to do)
        r"(?:(?<=we )|(?<=will )|(?<=may )|(?<=also )|(?<=then )|(?<=only )|(?<=might )|(?<=can ))"
        r"(?:send|transmit|provide|give|pass|forward)(?:s|es|ed|ted|ting|ing)? (?:your|their) (?:[\w-]+,? ){0,5}?[\w-]+ to\b",
        # "we give our carriers your name and address", "... and give them your phone number"
        r"(?:(?<=we )|(?<=will )|(?<=may )|(?<=also )|(?<=and )|(?<=then )|(?<=only )|(?<=can ))"
        r"(?:send|provide|give|pass|hand)(?:s|es|ed|ing)? (?:them|(?:our|these|those|such) (?:[\w-]+ ){0,2}?[\w-]+s)"
        r"(?= (?:with )?(?:your|their) )",
        # "we transmit pseudonymised data records (without name or e-mail address) to the hospital"
        r"transmit(?:s|ted|ting)? (?:[\w-]+ ){0,3}?(?:information|data|details|records|extracts|datasets|data sets)"
        r"(?: [\w-]+| \([^()]{0,100}\)){0,6}? to\b",
        # passive: "card details are encrypted and transmitted securely to our payment processor"
        r"(?:transmitted|forwarded|passed|sent)(?= (?:securely |directly |electronically |automatically )?to\b)",
        # "your email address may be provided to our payment processor" (not "to us")
        r"(?<=be )provided(?= to (?!us\b|you\b|me\b))",
        # "visitor comments may be checked through an automated spam detection service"
        r"(?<=be )(?:checked|screened|scanned|filtered)(?= (?:through|by|via|using) (?:an? |the |our |their )?"
        r"(?:[\w-]+ ){0,3}?(?:services?|providers?|vendors?|tools?|software|partners?)\b)",
        r"mak(?:e|es|ing) (?:it|them|(?:your|such|this|the|certain) (?:personal )?(?:information|data)) available",
        r"(?:give|grant|allow|provide|permit)(?:s|ed|ted)? (?:\w+ ){0,3}access",
        r"ha(?:ve|s) access to",
        r"display(?:s|ed|ing)?",
        r"publish(?:es|ed|ing)?",
        r"visible",
        r"viewable",
        r"(?:is|are|be|become|becomes|made) (?:\w+ )?public(?:ly)?",
        r"(?:read|seen|viewed|accessed|accessible|available)(?:,? (?:and |or )?(?:read|seen|viewed|collected|used|copied|accessed))* (?:to|by) (?=others|other users|anyone|the public|everyone)",
        r"(?:engage|use|employ|retain|hire|contract with)(?:s|d|ed)? (?:(?:other|third[- ]party|third|outside|trusted|certain|external) )*(?:party )?(?:companies|individuals|service providers|vendors|contractors|agents|third parties|businesses)",
        r"partner(?:s|ed)? with",
        r"hand(?:s|ed|ing)?(?= (?:over|on|your|the|it|them|this|such|personal|data|information))",
        r"(?:handled|hosted|managed|operated|powered|performed|fulfilled) by",
        # "our patient portal, which is provided by our practice management software company"
        r"(?:provided|supplied|run) by(?= (?:our|an?|the|its) )",
        r"(?:appear|appears|shown|displayed|listed)(?= (?:on|in) (?:\w+ )?(?:public|leaderboards?|your profile|profile|forums?|the community))",
        r"work(?:s)? with",
        r"recipients (?:of (?:your |the |such )?(?:personal )?(?:data|information) )?(?:are|include|may include)",
        r"(?:allow|permit|enable|let)(?:s|ted|ed)? (?:(?:certain|third[- ]party|these|our|other|some|selected) )*(?:companies|advertisers|ad networks|advertising networks|partners|third parties|service providers|vendors|advertisements)",
    ),
}


# Markers that a purpose follows: "to provide", "in order to", "for the purpose of".
PURPOSE_MARKER = re.compile(
    r"\b(?:in order to|so (?:that|as to|we can)|for (?:the )?purposes? of|for purposes|purposes? (?:such as|including|like)"
    r"|used (?:to|for)|helps? us|allows? us|enables? us|for (?:our|their|its) own\b|for (?:our )?(?:internal|business) purposes|"
    # "the Meta Pixel for measuring the success of our advertising"
    r"for (?!(?:any|no|some|every)thing\b)(?=[a-z]{3,}ing\b)|"
    r"to (?!(?:third|other|our|us|the|you|your|any|these|those|such|a|an|its|their|all|each|law|government|"
    r"advertisers|partners|affiliates|service|anyone|others|persons?|companies|businesses|entities|third-party|parties|"
    r"organi[sz]ations|authorities|individuals|vendors|agents|\d)\b)[a-z]{3,})",
    FLAGS,
)


# "Our legitimate interest lies in the security of the website": what follows is the
# purpose (GDPR Art. 6(1)(f)), stated without a verb of use.
LEGITIMATE_INTEREST = re.compile(
    r"\blegitimate interests? (?:\w+ ){0,2}?(?:lies|lie|is|are|consists?(?: of)?|in)\b", FLAGS
)


# --- negation, conditions, actors -----------------------------------------------------
NEGATORS = re.compile(
    r"\b(?:not|never|no|none|neither|nor|nothing|cannot|without exception)\b|n['’]t\b"
    # "you should avoid uploading images with embedded location data" (not "avoid being")
    r"|\b(?:avoid|refrain from)(?= (?!being\b)\w+ing\b)",
    FLAGS,
)


# Phrases whose "not"/"no" negates nothing about the practice.
NEGATION_IMMUNE = re.compile(
    r"\b(?:not limited to|not only|whether or not|if not|not necessarily|not just|no matter|"
    r"do-not-track|[\"']do not track|do not track(?= (?:\(dnt\)|dnt|signals?|requests?|settings?|features?|"
    r"preferences?|mechanisms?|headers?|standards?|browser|options?|technolog\w*|[\"']|"
    r"(?:or|and|/) (?:a |an |the )?(?:global privacy control|gpc|similar|other|browser|opt-out)))|no longer (?:wish|want|need|desire)|not to (?:be )?(?:tracked|receive|accept)|"
    r"not directly|no (?:later|more) than|no less than|not (?:all|every)|not (?:be )?able to use|"
    r"not (?:be )?able to (?:access|use|take)|may not (?:function|work)|no(?:n|t)-personal|no(?:n|t) personal)\b",
    FLAGS,
)


# What ends the reach of a negation or a condition inside a sentence.
CLAUSE_BOUNDARY = re.compile(
    r"[;:()\[\]]|\.(?=\s)|\b(?:but|however|although|though|whereas|unless|except|other than|apart from|"
    r"which|who|whom|that|where|if|when|whenever|while|because|since|so|instead)\b|,\s*(?=(?:and|or)\s+(?:we|you|they|it)\b)",
    FLAGS,
)


CONDITIONAL_OPENERS = re.compile(
    r"\b(?:if|unless|in case|in the event|should you|when|whenever|once)\b", FLAGS
)


# Words after which a negated sharing verb still names an allowed recipient:
# "we do not share ... except with our service providers".
EXCEPTION_MARKERS = re.compile(
    r"\b(?:except|other than|apart from|with the exception of|only (?:with|to)|besides|save for|unless|but (?:may|we may|only))\b",
    FLAGS,
)


# Who does a verb: the last of these named before it in its clause.
ACTOR_TERMS: dict[str, tuple[str, ...]] = {
    "first": (
        r"we",
        r"us",
        r"our",
        r"ourselves",
        r"the company",
        r"this (?:site|website|service|app)",
        # ("our service providers" are not the service: see "third")
        r"our (?:site|website|servers?|services?(?! providers?)|app|systems?|company)",
        # "When you record a workout, the App collects your GPS location"
        r"the (?:mobile )?(?:app|apps|application)",
    ),
    "user": (
        r"you",
        r"users?",
        r"visitors?",
        r"members?",
        r"customers?",
        r"subscribers?",
        r"individuals",
        r"consumers",
        r"data subjects",
        r"residents",
    ),
    "third": (
        r"third[- ]part(?:y|ies)",
        r"advertis(?:ers?|ing (?:companies|networks?|partners?))",
        r"ad networks?",
        r"network advertisers",
        r"partners",
        r"service providers?",
        # the provider named by what it does for the service: "our hosting provider stores ..."
        r"(?:hosting|cloud|payment|e-?mail|storage|infrastructure|it|technology|delivery|shipping|"
        r"logistics|payroll|customer support|support) (?:providers?|processors?|vendors?|companies)",
        r"vendors",
        r"(?:sub-?)?(?:contractors|processors|suppliers)",
        r"analytics (?:providers?|services?|companies|partners?)",
        r"(?:these|those|such) (?:companies|third parties|parties|partners|advertisers|networks|ad networks|ad servers|providers|entities|services)",
        r"they",
        r"doubleclick",
        r"google",
        r"facebook",
        # mobile ad networks' SDKs (lexicon: advertisers)
        r"admob|applovin|unity ads|ironsource|mopub|inmobi|chartboost|vungle|audience network",
        r"social (?:media|networks?)(?: (?:sites?|platforms?))?",
        r"plug-?ins?",
        r"(?:these |those |such |social media |social )(?:features|widgets|buttons|tools)",
        r"widgets",
        r"(?:web )?browsers?",
        r"other (?:web ?)?sites",
        r"(?:other |third-party )?websites",
    ),
}


PASSIVE = re.compile(
    r"\b(?:is|are|be|been|being|was|were|get|gets)\s+(?:\w+ly\s+)?(?:\w+ed\s+(?:and|or)\s+)?$",
    FLAGS,
)


# Definitions and generic statements are not claims ("A cookie is a small file").
DEFINITION = re.compile(
    r"^\W*(?:(?:a|an|the|this)\s+)?[\"“]?[\w\s\"”“'’-]{1,40}?[\"”]?\s+(?:is|are)\s+(?:a|an|small|tiny|simply|essentially|unique)\s+"
    r"(?:\w+\s+){0,4}?(?:files?|text|strings?|piece|pieces|data|information|technolog(?:y|ies)|numbers?|graphics?|images?|amounts?|identifiers?|codes?)\b"
    r"|\brefers? to\b|^\W*(?:[\w\"“”'’ -]{1,40})\s+means\b|\bis defined as\b|\bis data that\b|\bis information that\b"
    # a term in quotes being explained: '"Third-party" cookies are set by other domains'
    r"|^\W*[\"“][\w\s-]{1,30}[\"”]\s+(?:[\w-]+\s+)?(?:is|are)\s+(?:those|ones|cookies|set|placed|served|files|data)\b"
    # generic statements about the web: "Cookies are widely used to make websites work"
    r"|^\W*(?:[\w\"“”'’-]+\s+){0,3}(?:are|is)\s+(?:very\s+)?(?:widely|commonly)\s+used\b"
    r"|^\W*(?:most|many)\s+(?:web ?sites|websites|online services|sites|apps)\s+use\b",
    FLAGS,
)


# --- context from headings ------------------------------------------------------------
HEADING_KINDS: dict[str, tuple[str, ...]] = {
    "collect": (
        r"(?:information|data) (?:that )?(?:we|you|is) (?:\w+ )?(?:collect(?:ed)?|receive|obtain|gather|provide|give|share with us)",
        r"(?:collection|gathering) (?:of|and use)",
        r"(?:information|data) collection",
        r"what (?:personal |kinds? of |types? of )?(?:information|data)",
        r"(?:types?|kinds?|categor(?:y|ies)) of (?:personal )?(?:information|data)",
        r"(?:information|data) (?:about you|you provide|automatically collected)",
        r"automatically collected",
        r"(?:personal )?(?:information|data) we (?:may )?(?:collect|hold|process)",
        r"(?:registration|profile|device|usage|payment|log|location|account|technical|transactional) (?:information|data)",
        r"log files?",
        r"cookies",
        # a table's column of data: "Personal data", "Data collected", "Information processed"
        r"^(?:personal )?(?:data|information)(?: (?:collected|processed|concerned|types?|categor(?:y|ies)))?$",
        r"^what we (?:use|collect|process|hold|keep)$",
    ),
    "use": (
        r"(?:how|why) (?:do )?we use",
        r"(?:how|why) (?:do )?we process",
        r"use of (?:your )?(?:personal )?(?:information|data)",
        r"(?:information|data) use",
        r"purposes?",
        r"how (?:your )?(?:information|data) is used",
        r"collection and use",
    ),
    "share": (
        r"shar(?:e|ing)",
        r"disclos(?:e|ure)",
        r"third[- ]part(?:y|ies)",
        r"(?:transfer|transfers) (?:of|to)",
        r"who (?:do )?we share",
        r"who (?:gets|receives|sees|can see) (?:your )?(?:\w+ )?(?:information|data|details)",
        r"recipients",
        r"(?:disclosed|shared|transferred) (?:to|with)",
        r"sub-?processors?",
        # a table's column of who gets data: "Recipient", "Vendor", "Service provider"
        r"^(?:recipient|vendors?|(?:service )?providers?|(?:data )?processors?|partners?)(?: names?)?$",
    ),
    "rights": (
        r"your (?:\w+ )?(?:rights?|choices?|options|controls?)",
        r"choices?",
        r"opt(?:-| )?(?:out|in)",
        r"unsubscrib",
        r"access(?:ing)?(?: to)? (?:and \w+ )?(?:your )?(?:personal )?(?:information|data|account)",
        r"(?:chang|updat|correct|delet|review|manag|edit|modif)(?:e|es|ing) (?:or \w+ )?(?:your )?(?:personal )?(?:information|data|account|profile|preferences)",
        r"data (?:subject|protection) rights",
        r"rights",
        r"managing cookies",
        r"cookie (?:settings|preferences|choices|controls)",
    ),
    "security": (
        r"secur(?:e|ity)",
        r"protect(?:ion|ing)? (?:of )?(?:your )?(?:personal )?(?:information|data)",
        r"safeguard",
    ),
    "retention": (
        r"retention",
        r"retain",
        r"how long",
        r"storage (?:of|period)",
        r"keep(?:ing)? your",
    ),
    "children": (r"child(?:ren)?", r"minors?", r"kids", r"coppa", r"under the age"),
    "changes": (
        r"changes?",
        r"updates?",
        r"amendments?",
        r"modifications?",
        r"revisions?",
    ),
    "contact": (
        r"contact(?:ing)?",
        r"questions",
        r"how to reach",
        r"get in touch",
        # "Comments or Suggestions"; a bare "Comments" section is about comments users
        # post (WordPress), not about contacting the service
        r"comments(?:,? (?:or|and|&) (?:suggestions|concerns|feedback|complaints))",
        r"privacy officer",
        r"data protection officer",
        r"complaints?",
    ),
}


# "Complaints about our handling of your data may also be made to the Commission": a
# route offered to the user, whoever the sentence names first.
COMPLAINT_ROUTE = (
    r"(?:complaints?|concerns?|grievances?) (?:[\w-]+ ){0,8}?(?:can|may|could) (?:also )?be (?:made|filed|lodged|submitted|"
    r"raised|addressed|directed|brought|referred)"
)
# Who may exercise a right: the user, on request, or under a rights heading.
USER_ABILITY = re.compile(
    r"\b(?:(?:you|users?|visitors?|members?|individuals|customers|data subjects|residents|consumers|parents?|admins?|administrators?|account (?:owners?|holders?)|subscribers|players|patients|readers|shoppers)(?: \w+){0,3}? "
    r"(?:can|may|could|might|have|has|are (?:entitled|able|free)|will be able|(?:is|are) allowed|retain|choose|wish|would like|"
    r"want|decide|need|prefer)|rights? (?:to|of)|your rights?|request(?:s|ed)?|ask us|contact us|e-?mail us|write to us|"
    r"(?:allow|enable|permit|let|help)s? (?:you|users)|provide (?:you|users) with|gives? (?:you|users)|at any time|"
    r"please (?:follow|click|use|visit|contact|email|e-mail|write|go|log|see|refer)|"
    r"by (?:clicking|following|changing|updating|visiting|logging|accessing|using|contacting|adjusting|modifying|going|"
    r"selecting|emailing|e-mailing|sending|writing|replying)|if you (?:wish|would like|want|prefer|choose|decide|do not|don't|no longer)|"
    r"^\W*to (?:delete|access|update|correct|opt|unsubscribe|exercise|withdraw|object|review|change|download|export|"
    r"close|cancel|remove|erase|disable|manage|request)\b|"
    r"(?:page|portal|dashboard|screen|settings|app|account|profile) (?:shows|displays|lists) (?:you )?(?:everything|all\b)|"
    r"^\W*(?:(?:do|would) you )?(?:want|wish|need|prefer|like) us to|just ask\b|"
    # agentless passives: "your details may be viewed, changed or removed from Settings"
    r"(?:information|pii|data|details|records|profile) (?:can|may) be (?:\w+,? (?:and/or |or |and )?){0,3}?"
    r"(?:accessed|reviewed|viewed|corrected|updated|changed|amended|deleted|removed|erased)\b"
    # ... where the user does it, not "your data may be deleted after 30 days"
    r"(?= (?:(?:from|in|on|via|through|under) (?:the |your |our |any )?(?:[\w-]+ )?(?:settings|account|profile|page|"
    r"dashboard|portal|app|preferences)|by (?:logging|signing|visiting|contacting|e-?mailing|writing|going)|"
    r"(?:up)?on (?:your )?request))|"
    r"makes? it easy for you|opt(?:-| )?out\w*|unsubscrib\w*|you can|you may|instruct your|set your|your (?:browser|account) settings|"
    r"browsers? (?:\w+ ){0,2}(?:can|may) be (?:set|configured|adjusted|changed)|"
    # "e-mail your request to ...", "send an e-mail to ... to have your information deleted"
    r"(?:send|e-?mail|mail|write|submit|direct) (?:us |an? |your )?(?:e-?mail|letter|requests?|message|note|written request)|"
    r"to have (?:your|the|all|any) |(?:let|tell) us know|(?:when|if|once) you (?:tell|notify|inform|ask|let) us|"
    r"(?:click|visit|go to|see) (?:here|the|our|this)|" + COMPLAINT_ROUTE + r")\b",
    # "complaints ... may also be made to the Personal Information Protection Commission"
    FLAGS,
)


# A right the user is told they lack: "you cannot delete", "we do not allow you to".
RIGHT_DENIED = re.compile(
    r"\b(?:you|users?)(?: \w+){0,1}? (?:can ?not|can't|may not|will not be able to|won't be able to|are not able to|are unable to|"
    r"do not have the (?:right|ability|option)|have no (?:right|ability|option))\b|"
    r"\bwe (?:do not|don't|cannot|can't|will not|won't) (?:allow|permit|offer|provide|support|let|give)\b|"
    r"\b(?:is|are) not (?:possible|available|supported)\b",
    FLAGS,
)
