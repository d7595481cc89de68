"""The vocabulary of privacy-policy language, as data.

Every table maps a label value (LABEL_SPEC) to regex fragments that say it. The
fragments are matched on word boundaries against lower-cased text; a plain space in
a fragment matches any run of whitespace (policies wrap lines), and `'` matches a
straight or curly apostrophe (see `matching`). A table becomes one regex whose
named groups are its keys, tried in table order, so a specific phrase ("IP
address", "email address") is claimed before a generic one ("address"). The other
regexes here are single cues for one question each.

Sources of the vocabulary (general knowledge, not any one policy's sentences):
- the OPP-115 annotation scheme: its data-practice categories and attribute values
  (personal-information types, purposes, third-party entities, choice types,
  access/edit/deletion, retention, security measures, policy-change notification);
- GDPR Art. 13-22 rights wording (access, rectification, erasure, restriction,
  portability, objection, withdrawal of consent, complaint to a supervisory
  authority) and Art. 44-49 transfers; CCPA/CPRA wording (right to know, delete,
  opt out of sale, "Do Not Sell My Personal Information");
- the Apple App Store privacy-label and Google Play Data-safety definitions (data
  types, "used to track you", third-party advertising, analytics);
- COPPA wording for children; the NAI / DAA / EDAA industry opt-out programmes.
"""

from __future__ import annotations

import re

from summarizer.findings import Question
from summarizer.schema import DataCategory, Purpose, Recipient, Right

# Cue regexes read masked, lower-cased sentences (analysis.lower_ascii), so they are
# compiled without IGNORECASE (which would slow every alternative down); RAW is for
# the few applied to the text as written (URLs, street lines, titles).
FLAGS = 0
RAW = re.IGNORECASE

# --- data categories ------------------------------------------------------------------
# LABEL_SPEC's category table, the OPP-115 "personal information type" values and the
# Apple data types. Table order matters where two phrases start at the same word:
# identifiers ("IP address", "user name") and compound types come before the
# generic contact words ("address", "name").
_NAME_EXCLUDED_BEFORE = "".join(
    f"(?<!{word} )"
    for word in (
        "domain",
        "user",
        "screen",
        "brand",
        "company",
        "business",
        "file",
        "product",
        "host",
        "display",
        "trade",
        "account",
        "login",
        "log-in",
        "member",
        "legal",
        "app",
        "network",
        "site",
        "the",
    )
)
_ADDRESS_EXCLUDED_BEFORE = "".join(
    f"(?<!{word} )"
    for word in ("ip", "mac", "web", "url", "internet", "to", "wallet", "protocol", "network")
)

CATEGORY_TERMS: dict[DataCategory, tuple[str, ...]] = {
    DataCategory.identifiers: (
        r"internet protocol (?:\(ip\) )?address(?:es)?",
        r"ip address(?:es)?",
        r"ip",
        r"mac address(?:es)?",
        r"(?:unique |mobile |platform )?device (?:id|ids|identifiers?|identification(?: numbers?)?|tokens?|serial numbers?)",
        r"(?:unique |persistent |online |mobile |platform |device |other |similar |personal )+identifiers?",
        r"identifiers",
        r"udids?",
        r"idfas?",
        r"imeis?",
        r"(?:mobile )?advertising (?:id|ids|identifiers?)",
        r"ad ids?",
        r"user ?names?",
        r"screen names?",
        r"(?:user|member|account|customer|subscriber|player|login|log-in) (?:id|ids|numbers?|names?)",
        r"cookies? ids?",
        r"unique (?:id|ids|numbers?|codes?)",
        r"identification numbers?",
    ),
    DataCategory.social_media: (
        r"social (?:media|network(?:ing)?) (?:profiles?|accounts?|information|data|details|ids?|user ?names?|handles?|friends|connections|contacts|activity)",
        r"(?:facebook|twitter|google|linkedin|instagram|apple|microsoft) (?:profiles?|accounts?|ids?|information|data|friends|credentials|user ?names?)",
        r"profile (?:pictures?|photos?|images?)",
        r"list of (?:your )?friends",
        r"friends? lists?",
        r"followers",
        r"public profile(?: information)?",
    ),
    DataCategory.contacts: (
        r"address ?books?",
        r"contact lists?",
        r"(?:your |phone |device |mobile )contacts",
        r"phone ?books?",
        r"(?:invite|refer|tell|email|e-mail)(?:-| )an?(?:-| )friend",
        r"friends?'? (?:names?|e-?mail(?: address(?:es)?)?|contact (?:information|details)|phone numbers?)",
        r"(?:names?|e-?mail addresses|contact (?:information|details)) of (?:your )?(?:friends|contacts|other people|recipients|third parties)",
        r"referral programs?",
        r"information about (?:other people|your friends)",
    ),
    DataCategory.financial: (
        r"(?:credit|debit|payment|bank|charge|gift) cards?(?: (?:information|info|numbers?|details|data))?",
        r"card (?:numbers?|information|details|data)",
        r"payment (?:information|info|details|data|methods?|instruments?|history|records)",
        r"billing (?:information|info|details|data|address(?:es)?|records|history)",
        r"bank (?:account|routing)(?: (?:information|numbers?|details))?",
        r"financial (?:information|data|details|accounts?|account information)",
        r"purchase (?:history|information|records|details|data)",
        r"purchases",
        r"transaction(?:al)? (?:history|information|data|details|records)",
        r"transactions",
        r"order (?:history|information|details)",
        r"commercial information",
        r"(?:products?|services?|items?|goods) (?:that )?(?:you )?(?:have )?(?:purchased|bought|ordered|obtained)",
        r"subscription (?:history|information|details|status|plan)",
        r"records of (?:\w+ ){0,3}(?:purchases?|products?|transactions?)",
        r"amounts? (?:charged|paid)",
        r"paypal (?:accounts?|information|details)",
        r"expiration dates?",
        r"cvv",
        r"cvc",
    ),
    DataCategory.location: (
        r"(?:precise |approximate |general |coarse |physical |geographic(?:al)? |real-time |gps |device |current )?locations?(?: (?:information|data|details))?",
        r"geo-?locations?(?: (?:information|data))?",
        r"gps(?: (?:coordinates|data|signals?|information))?",
        r"latitude",
        r"longitude",
        r"(?:(?<=, )|(?<=and )|(?<=your )|(?<=or )|(?<=\()|(?<=/))(?:city|country|state|province)(?! (?:of|in|where|that|which)\b)",
        r"(?:city|country|region) (?:of residence|you live in|you are in)",
        r"(?:your |geographic(?:al)? )regions?",
        r"zip codes?",
        r"post(?:al)? codes?",
        r"area codes?",
        r"time ?zones?",
        r"where you are",
    ),
    DataCategory.device_info: (
        r"(?:web )?browser (?:types?|versions?|language|settings|information|software|characteristics|plug-?ins)",
        r"types? of (?:web )?browser",
        r"browsers? you use",
        r"operating systems?(?: (?:types?|versions?))?",
        r"device (?:types?|models?|information|info|data|details|manufacturers?|settings|characteristics|attributes|properties)",
        r"types? of (?:device|computer|mobile device)s?",
        r"hardware (?:models?|settings|information|types?)",
        r"(?:mobile )?network (?:information|type)",
        r"(?:mobile )?carriers?",
        r"(?:computer|device)(?:'s)? (?:information|type|settings)",
        r"(?:technical )?information (?:about|regarding|on|from|relating to) (?:your|the) (?:computer|device|browser|mobile device|hardware)s?",
        r"technical information",
        r"screen (?:resolution|size)",
        r"(?:app|application|software) versions?",
        r"languages?(?: (?:preferences?|settings))?",
        r"internet service providers?",
        r"isps?",
        r"domain names?",
        r"system (?:configuration|information|settings)",
        r"crash (?:reports?|logs?|data)",
        r"(?:diagnostic|performance) (?:data|information)",
    ),
    DataCategory.usage_activity: (
        r"(?:web )?pages? (?:that )?you (?:view|visit|access|request)(?:ed)?",
        r"(?:web )?pages? (?:viewed|visited|accessed|requested)",
        r"page views?",
        r"referr(?:ing|er|al) (?:pages?|urls?|sites?|websites?|web ?sites?|domains?|links?|addresses|source)",
        r"(?:exit|entry|landing) pages?",
        r"the (?:web ?)?(?:page|site|website) you (?:were )?visit(?:ed|ing) (?:before|prior)",
        r"(?:sites?|websites?|web ?pages?) you (?:came|come) from",
        r"click ?stream(?: data)?",
        r"clicks",
        r"click-?through(?:s| data)?",
        r"links? (?:you )?click(?:ed)?",
        r"search(?:es)? (?:queries|terms|history|strings)",
        r"searches(?: you (?:make|made|perform|conduct))?",
        r"(?:information|content|things|what|routes?|places?|items?|products?|terms?|keywords?|words?|queries|topics?|locations?|destinations?) you (?:search(?:ed)?|look(?:ed)?) (?:for|up)",
        r"(?:browsing|viewing|watch(?:ing)?|listening|reading|search) (?:history|habits|behaviou?r|activit(?:y|ies)|patterns|preferences)",
        r"(?:internet|online|web) (?:browsing|activit(?:y|ies)|behaviou?r)(?: behaviou?r)?",
        r"usage (?:data|information|details|statistics|patterns|history|logs?)",
        r"log (?:files?|data|information|entries)",
        r"server logs?",
        r"(?:date|time)(?: and time|/time)? stamps?",
        r"dates? and times? (?:of|you)",
        r"(?:access|visit) (?:times|dates)",
        r"time spent",
        r"(?:length|duration|number|frequency) of (?:your )?visits?",
        r"(?:your )?(?:interactions?|engagement) with (?:us|our|the)",
        r"how you (?:use|interact with|navigate|access|engage with|found)",
        r"your use of (?:our|the|this|its)",
        r"(?:your )?(?:activit(?:y|ies)|behaviou?r) (?:on|at|within|off|across|while using) (?:and off )?(?:our|the|this|other)",
        r"(?:content|videos?|movies?|shows?|titles?|programs?|songs?|music) (?:that |which )?(?:you )?(?:have )?(?:viewed|watched|view|watch|saved|played|streamed|listened to)",
        r"(?:site|web|network|internet|website) traffic(?: data)?",
        r"traffic data",
        r"consumption (?:behaviou?r|history|data|habits)",
        r"features? (?:that )?you (?:use|access|interact with)",
        r"(?:information|details|data) (?:about|of|regarding) (?:your )?visits?",
        r"(?:about|of|during) your visits?",
        r"visits to (?:this|our|the)(?: and other)? (?:web ?sites?|sites?|pages?)",
        r"user behaviou?r",
        r"(?:articles?|stories|posts|pages|videos?|ads|advertisements|products?|listings?) (?:that )?you (?:read|view|viewed|watch|watched|click(?:ed)?(?: on)?|visit(?:ed)?|access(?:ed)?|browse(?:d)?)",
        r"customer behaviou?r",
    ),
    DataCategory.cookies_tracking: (
        r"(?:http |browser |session |persistent |third-party |third party |first-party |flash |analytics |advertising |tracking |functional |essential |performance )?cookies?(?! (?:polic(?:y|ies)|notice|statement))",
        r"(?:web |tracking )?beacons?",
        r"pixel(?: tags?)?s?",
        r"tracking pixels?",
        r"clear gifs?",
        r"(?:single-pixel |transparent )gifs?",
        r"web bugs?",
        r"(?:tracking|similar|other|related) technolog(?:y|ies)",
        r"local (?:shared objects|storage)",
        r"lsos?",
        r"html5 (?:local )?storage",
        r"software development kits?",
        r"sdks?",
        r"tracking (?:tags?|codes?|scripts?|tools?)",
        r"software agents?",
        r"(?:device |browser )?fingerprinting",
        r"e-?tags?",
    ),
    DataCategory.demographics: (
        r"(?<!under )(?<!of )(?<!minimum )ages?(?!\s+(?:of\s+|group\s+)?\d)(?!\s+(?:limit|requirement|threshold|restriction|verification|of majority|of consent))",
        r"dates? of birth",
        r"birth ?dates?",
        r"birthdays?",
        r"years? of birth",
        r"genders?",
        r"sex",
        r"marital status",
        r"(?:job|work|employment|professional) (?:titles?|history|information|status|details)",
        r"(?:(?<=, )|(?<=your )|(?<=and )|(?<=or ))jobs?",
        r"occupations?",
        r"professions?",
        r"employers?",
        r"salar(?:y|ies)",
        r"(?:household )?incomes?",
        r"education(?:al)?(?: (?:level|background|history|information))?",
        r"demographic(?:s| (?:information|data|details|profile|characteristics))?",
        r"nationality",
        r"household (?:size|information|composition)",
    ),
    DataCategory.user_content: (
        r"(?:product |user |customer |your |written )?reviews",
        r"(?:product|user|customer|written) reviews?",
        r"reviews? (?:that )?you (?:post|write|submit|leave)",
        r"ratings?",
        r"comments?",
        r"commentary",
        r"feedback",
        r"testimonials?",
        r"user[- ]generated content",
        r"content (?:that )?you (?:post|upload|submit|provide|create|share|publish)",
        r"(?:photos?|photographs?|pictures?|images?|videos?|audio|recordings?|files?|documents?) (?:that )?you (?:upload|post|submit|share|provide|send)",
        r"uploads",
        r"(?<=your )upload",
        r"(?:forum |blog )?posts",
        r"postings",
        r"(?<!promotional )(?<!marketing )(?<!text )(?<!push )(?<!service )(?<!commercial )(?<!advertising )messages",
        r"messages? (?:that )?you (?:send|post|write)",
        r"chat (?:logs|messages|transcripts|history)",
        r"correspondence",
        r"communications? (?:with us|you send)",
        r"survey (?:responses|answers|data|information|results)",
        r"(?<=respond to )(?:a |our |any )?surveys?",
        r"(?<=participate in )(?:a |our |any )?surveys?",
        r"(?<=complete )(?:a |our |any )?surveys?",
        r"surveys? (?:that )?you (?:complete|answer|fill|take|respond)",
        r"questionnaires?",
        r"(?:support|customer service|customer support|help) (?:requests?|tickets?|inquiries|enquiries)",
        r"contest entries",
        r"submissions?",
        r"resumes?",
        r"audio(?: or visual)? (?:information|data|recordings?)",
        r"(?:call|voice|video) recordings?",
        r"recordings? of (?:\w+ ){0,3}(?:calls?|conversations?|meetings?)",
    ),
    DataCategory.health: (
        r"health(?! and safety)(?: (?:information|data|records|conditions?|status))?",
        r"medical (?:information|data|records|history|conditions?)",
        r"fitness (?:information|data|activity)",
        r"heart rate",
        r"(?:physical|mental) health",
        r"prescriptions?",
        r"disabilit(?:y|ies)",
        r"symptoms",
    ),
    DataCategory.sensitive: (
        r"racial(?: or ethnic)? origin",
        r"ethnic(?:ity| origin)",
        r"race",
        r"religio(?:n|us (?:beliefs|affiliation|views))",
        r"political (?:opinions?|views|affiliations?|beliefs)",
        r"philosophical beliefs",
        r"sexual (?:orientation|life|preferences?)",
        r"sex life",
        r"trade union membership",
        r"biometric(?: (?:data|information|identifiers?))?",
        r"fingerprints?",
        r"face ?prints?",
        r"facial (?:recognition|geometry|scans?)",
        r"voice ?prints?",
        r"genetic (?:data|information)",
        r"social security numbers?",
        r"ssns?",
        r"passport(?: numbers?| information| details)?",
        r"driver'?s'? licen[cs]es?(?: numbers?)?",
        r"government[- ]issued (?:id|identification)(?: numbers?| cards?)?",
        r"(?:national|government) (?:id|identification)(?: numbers?| cards?)?",
        r"tax (?:id|identification)(?: numbers?)?",
        r"criminal (?:records?|history|convictions)",
        r"sensitive (?:personal )?(?:information|data)",
        r"special categor(?:y|ies) of (?:personal )?data",
    ),
    DataCategory.account_profile: (
        r"passwords?",
        r"passcodes?",
        r"security questions?(?: and answers)?",
        r"(?:log-?in|account|sign-?in) credentials",
        r"credentials",
        r"(?:your |contact |communication |marketing |content |viewing |personal |user |account |privacy )?preferences",
        r"(?<!legitimate )(?<!vital )(?<!public )(?<!best )(?<!business )(?<!protection )(?<!security )(?<!legal )(?<!commercial )(?<!own )interests?",
        r"hobbies",
        r"favou?rites?",
        r"wish ?lists?",
        r"watch ?lists?",
        r"profile (?:information|data|details|fields)",
        r"(?:user |account |member |personal )?profiles?(?! pages?)",
        r"account (?:information|details|data)",
        r"how (?:did )?you (?:heard?|learned?|found out) (?:about|of) us",
        r"referral source",
        r"biograph(?:y|ies|ical information)",
        r"avatars?",
    ),
    DataCategory.contact_info: (
        r"(?:full |first |last |real |legal |given |family |sur)?names?" + "",
        r"e-?mail address(?:es)?",
        r"(?<=your )e-?mails?(?! (?:messages?|communications?|newsletters?|notifications?|campaigns?|updates?|alerts?|us\b))",
        r"(?<=, )e-?mail(?=\s*(?:,|\)|;|/|\band\b|\bor\b))",
        r"(?<=name and )e-?mail",
        r"(?<=names and )e-?mail",
        r"electronic mail address(?:es)?",
        r"(?:tele)?phone numbers?",
        r"telephone",
        r"(?<=, )(?:mobile )?phone(?=\s*(?:,|\band\b|\bor\b|\)|\.|;))",
        r"(?<=and )(?:mobile )?phone(?=\s*(?:,|\)|\.|;))",
        r"(?:mobile|cell(?:ular)?|home|work|fax|contact) (?:phone )?numbers?",
        r"contact (?:information|info|details|data)",
        r"(?:mailing|postal|home|street|physical|residential|shipping|delivery|work) address(?:es)?",
        _ADDRESS_EXCLUDED_BEFORE + r"address(?:es)?",
        r"signatures?",
    ),
}
# "name" must not be a domain/user/brand name: the look-behinds go in front.
CATEGORY_TERMS[DataCategory.contact_info] = (
    _NAME_EXCLUDED_BEFORE
    + r"(?:(?:full|first|last|real|legal|given|family) )?names?(?! of (?:the|a|an|any|its|our|this|your (?:isp|internet|browser|device)))",
    *CATEGORY_TERMS[DataCategory.contact_info][1:],
)

# A heading that names a data type ("Payment information", "Device data") lends its
# category to the sentences beneath it that collect unnamed "information".
HEADING_CATEGORY_EXTRA: dict[DataCategory, tuple[str, ...]] = {
    DataCategory.usage_activity: (r"usage", r"log data", r"activity"),
    DataCategory.financial: (r"payment", r"billing", r"transactional", r"purchases?"),
    DataCategory.device_info: (r"device", r"technical"),
    DataCategory.location: (r"location", r"geolocation"),
    DataCategory.contact_info: (r"contact information",),
    DataCategory.account_profile: (r"profile information", r"account information"),
    DataCategory.cookies_tracking: (r"cookies?", r"tracking technolog(?:y|ies)"),
}

# --- recipients -----------------------------------------------------------------------
# LABEL_SPEC's recipient list; OPP-115 "third party entity" values (named third party,
# unnamed third party, other users, public, government) refined by kind of company.
# unspecified_third_parties comes last: "third-party advertisers" is advertisers.
RECIPIENT_TERMS: dict[Recipient, tuple[str, ...]] = {
    Recipient.analytics_providers: (
        r"google analytics",
        r"adobe analytics",
        r"omniture",
        r"mixpanel",
        r"hotjar",
        r"quantcast",
        r"comscore",
        r"nielsen",
        r"chartbeat",
        r"amplitude",
        r"crazy ?egg",
        r"flurry",
        r"kissmetrics",
        r"firebase analytics",
        r"(?:third[- ]party )?(?:web |website |mobile )?analytics (?:providers?|services?|companies|partners?|tools?|vendors?|firms?|platforms?|software)",
        r"measurement (?:partners?|companies|providers?|services)",
    ),
    Recipient.advertisers: (
        r"doubleclick",
        r"google adsense",
        r"adsense",
        r"google ads",
        r"adwords",
        r"(?:third[- ]party |online |other )?advertisers",
        r"(?:third[- ]party |online |other )?advertiser",
        r"(?:third[- ]party |online |other )?advertising (?:companies|company|networks?|partners?|providers?|agencies|vendors?|platforms?|servers?|service providers?|technology (?:companies|providers?)|entities|firms|businesses)",
        r"(?:third[- ]party |online )?ad(?:vertising)? networks?",
        r"network advertisers",
        r"ad (?:servers?|serving (?:companies|partners|technology)|exchanges?|partners?|tech(?:nology)? (?:companies|partners|providers)|vendors?|companies|providers?)",
        r"(?:third[- ]party )?marketers",
        r"(?:demand|supply)[- ]side platforms?",
    ),
    Recipient.social_networks: (
        r"social (?:media|network(?:ing)?)(?: (?:sites?|platforms?|services?|networks?|plug-?ins?|features?|widgets?|buttons?|providers?|companies|accounts?))?",
        r"facebook",
        r"twitter",
        r"linkedin",
        r"instagram",
        r"pinterest",
        r"tiktok",
        r"snapchat",
        r"google\+",
        r"youtube",
        r"social plug-?ins?",
    ),
    Recipient.service_providers: (
        r"(?:third[- ]party |outside |external |trusted )?service providers?",
        r"(?:third[- ]party |outside |external |trusted )?(?:vendors?|contractors?|suppliers?|sub-?processors?|subcontractors?|processors?)",
        r"(?:payment|hosting|cloud|e-?mail|it|technology|data storage|fulfil?lment|shipping|delivery|customer (?:service|support)|technical) (?:service )?(?:providers?|processors?|companies|vendors?|services)",
        r"(?<!software )(?<!user )agents",
        r"outsourc(?:e|ed|ing)(?: (?:partners?|companies|providers?))?",
        r"on (?:our|its|their|the company's|[a-z0-9]\w+'s) behalf",
        r"(?:companies|individuals|organi[sz]ations|third parties|entities|businesses) (?:that|who) (?:help|assist|perform|provide services|work on|support)",
    ),
    Recipient.affiliates: (
        r"(?:corporate )?affiliat(?:es?|ed (?:companies|company|entities|entity|businesses|organi[sz]ations|[a-z]+))",
        r"subsidiar(?:y|ies)",
        r"parent (?:company|companies|corporation|entity)",
        r"sister companies",
        r"(?:corporate )?(?:family|group) of (?:companies|brands)",
        r"group (?:companies|entities)",
        r"companies (?:within|in) (?:our|the same) (?:corporate )?group",
        r"related (?:companies|entities)",
        r"under common (?:control|ownership)",
    ),
    Recipient.business_partners: (
        r"(?:business|trusted|strategic|commercial|marketing|promotional|co-?marketing|content|distribution|joint[- ]venture|selected|select|third[- ]party|other|our) partners?",
        r"partners",
        r"co-?brand(?:ed|ing)?(?: (?:partners?|sites?|services?|offerings?))?",
        r"sponsors?",
        r"joint ventures?",
        r"partnerships?",
    ),
    Recipient.government_legal: (
        r"law enforcement(?: (?:agencies|agency|officials|authorities|bodies|officers))?",
        r"government(?:al)?(?: (?:agencies|agency|authorities|officials|entities|bodies|departments|requests?))?",
        r"public (?:authorities|agencies|officials|bodies)",
        r"(?:regulatory|supervisory|tax|competent|judicial|governmental) (?:authorities|bodies|agencies)",
        r"regulators?",
        r"courts?(?: of law)?",
        r"police",
        r"authorities",
        r"subpoenas?",
        r"court orders?",
        r"(?:search )?warrants?",
        r"legal process(?:es)?",
    ),
    Recipient.acquirers: (
        r"mergers?",
        r"acquisitions?",
        r"acquir(?:ers?|ing (?:company|entity|party|companies))",
        r"(?:prospective |potential )?(?:buyers?|purchasers?)",
        r"successors?(?: in interest| entit(?:y|ies))?",
        r"sale of (?:all|substantially|some|part|a portion|our|its|the|any|assets|the company)",
        r"bankruptcy",
        r"insolvency",
        r"receivership",
        r"reorgani[sz]ations?",
        r"change (?:of|in) (?:control|ownership)",
        r"business transfers?",
        r"divestitures?",
        r"(?:corporate|business) transactions?",
        r"transfer of (?:assets|ownership)",
    ),
    Recipient.other_users_public: (
        r"other (?:\w+ )?(?:users|members|visitors|players|participants|customers|subscribers|people|individuals|viewers|readers|community members)",
        r"users of (?:our|the) (?:services?|sites?|websites?|platform|app)",
        r"(?:the )?general public",
        r"publicly(?: (?:available|visible|accessible|displayed|viewable|posted))?",
        r"(?:be|become|made|make|is|are) public",
        r"public (?:areas?|forums?|profiles?|posts|spaces|portions)",
        r"visible to",
        r"viewable by",
        r"(?<=by )(?:others|anyone|everyone)",
        r"(?:your )?profile pages?",
        r"(?:bulletin|message|discussion) boards?",
        r"chat rooms?",
        r"forums",
        r"on the internet",
    ),
    Recipient.unspecified_third_parties: (
        r"third[- ]part(?:y|ies)(?: (?:companies|organi[sz]ations|businesses|entities|services|sites|websites))?",
        r"other (?:companies|organi[sz]ations|businesses|entities|parties)",
        r"outside (?:parties|companies|organi[sz]ations|entities)",
        r"(?:non-?|un)affiliated (?:third parties|companies|parties|entities|businesses|organi[sz]ations)",
        r"external (?:parties|companies|organi[sz]ations)",
        r"private parties",
    ),
}
# A recipient term that only means "required by law" counts for government_legal
# when no recipient is named: "we may disclose information if required by law".
LEGAL_COMPULSION = (
    r"(?:required|compelled|obligated|requested|requires?|permitted) (?:to do so )?by (?:applicable |any |the |local )?laws?",
    r"(?:comply|compliance) with (?:the |a |any |applicable |our )?(?:laws?|legal|regulat|court|judicial|governmental)",
    r"legal (?:obligations?|requirements?|process|proceedings|requests?)",
    r"(?:subpoenas?|court orders?|search warrants?)",
)
# Words that refer back to the recipients of the previous sentence or the heading.
ANAPHORA = (
    r"(?:these|those|such|the) (?:third[- ]part(?:y|ies)|companies|parties|partners|entities|providers|advertisers|networks|ad networks|ad servers|organi[sz]ations|services|vendors|businesses|features|widgets|plug-?ins|tools|buttons)",
    r"they",
    r"them",
)

# --- purposes -------------------------------------------------------------------------
# LABEL_SPEC purposes; OPP-115 "purpose" values; Apple's data-use purposes.
PURPOSE_TERMS: dict[Purpose, tuple[str, ...]] = {
    Purpose.business_transfer: (
        r"mergers?",
        r"acquisitions?",
        r"acquired by",
        r"bankruptcy",
        r"insolvency",
        r"receivership",
        r"reorgani[sz]ations?",
        r"sale of (?:all|substantially|some|part|a portion|our|its|the|any|assets|the company)",
        r"change (?:of|in) (?:control|ownership)",
        r"business transfers?",
        r"divestitures?",
        r"(?:corporate|business) transactions?",
        r"transfer of (?:assets|ownership)",
        r"(?:its|our|their) assets",
    ),
    Purpose.advertising: (
        r"advertis(?:ing|ements?)",
        r"(?:targeted|personali[sz]ed|relevant|interest[- ]based|tailored|behaviou?ral|banner|display|online) (?:ads|advertis(?:ing|ements?)|marketing)",
        r"ads",
        r"ad (?:measurement|delivery|targeting|campaigns?|serving|performance)",
        r"banners?",
        r"interest[- ]based",
        r"behaviou?ral (?:targeting|advertising)",
        r"re-?marketing",
        r"re-?targeting",
        r"sponsored (?:content|listings|links)",
    ),
    Purpose.marketing: (
        r"(?<!non-)(?<!non )marketing",
        r"promotional",
        r"promotions?",
        r"newsletters?",
        r"(?:special )?offers",
        r"(?:product|service) announcements",
        r"announcements about",
        r"(?:keep|keeping) you (?:posted|informed|updated)",
        r"upcoming events",
        r"(?:launch|about|of|on) (?:any )?(?:our )?new (?:products?|services?|features?|offerings?)",
        r"new (?:products?|services?|features?|offerings?)(?: or| and|/)? (?:products?|services?)? that",
        r"contests?",
        r"sweepstakes",
        r"direct mail",
        r"mailing lists?",
        r"market (?:to you|our|products|services)",
        r"referral programs?",
        r"information (?:about|on) (?:our )?(?:products|services|offers|events)",
        r"commercial (?:e-?mails?|messages|communications)",
    ),
    Purpose.personalization: (
        r"personali[sz](?:e|es|ed|ing|ation)",
        r"customi[sz](?:e|es|ed|ing|ation)",
        r"(?<!advertisements )tailor(?:s|ed|ing)?",
        r"recommend(?:ation|ations|s|ed|ing)?",
        r"relevant content",
        r"content (?:based on|that matches|tailored)",
        r"remember (?:your|you|user) (?:preferences|settings|choices)",
        r"(?:individual|personal) (?:experience|preferences)",
    ),
    Purpose.analytics: (
        r"analy[sz](?:e|es|ed|ing|is)",
        r"analytics?",
        r"improv(?:e|es|ed|ing|ement|ements)",
        r"enhanc(?:e|es|ed|ing|ement)",
        r"optimi[sz](?:e|es|ed|ing|ation)",
        r"research",
        r"statistic(?:s|al)",
        r"measur(?:e|ed|ing|ement)(?! (?:designed|to protect|to safeguard))",
        r"metrics",
        r"audit(?:s|ing)?",
        r"understand (?:how|trends|customer|user|our users|the usage|usage|visitor|what)",
        r"learn (?:about|more about) (?:user|customer|visitor|how)",
        r"monitor(?:ing)? (?:and analy[sz]e )?(?:the )?(?:use|usage|traffic|trends|aggregate|performance)",
        r"trends",
        r"develop(?:ment of)? (?:new )?(?:products|services|features)",
        r"product development",
        r"(?:a/b )?testing",
    ),
    Purpose.security: (
        r"fraud(?:ulent)?",
        r"security",
        r"safety",
        r"protect (?:against|you|our users|users|the safety|the security|our (?:services|systems|members|customers|users))",
        r"protecting (?:us|you|our)",
        r"prevent(?:ing|ion)? (?:of )?(?:fraud|abuse|spam|crime|unauthori[sz]ed|illegal|misuse|harm)",
        r"abuse",
        r"unauthori[sz]ed (?:access|use|transactions)",
        r"investigat(?:e|ing|ion)",
        r"verify (?:your )?identity",
        r"authenticat(?:e|ion)",
        r"spam",
        r"malicious",
        r"integrity",
    ),
    Purpose.legal: (
        r"(?:comply|compliance) with (?:the |a |any |applicable |our |relevant )?(?:laws?|legal|regulat|court|judicial|governmental|subpoenas?)",
        r"(?:required|compelled|obligated|requires?) (?:to do so )?by (?:applicable |any |the |local )?laws?",
        r"legal (?:process|obligations?|requirements?|claims|proceedings|rights|requests?)",
        r"law enforcement",
        r"subpoenas?",
        r"court orders?",
        r"respond to (?:claims|legal|lawful|government|valid)",
        r"protect (?:our|the|its|their) (?:\w+ )?(?:rights|property|legal|trademarks?|intellectual)",
        r"enforce (?:our|the|its|any) (?:terms|agreements?|policies|rights|legal)",
        r"regulators?",
        r"establish,? exercise or defend",
        r"legal obligation",
    ),
    Purpose.service_operation: (
        r"provid(?:e|ing) (?:and (?:\w+ ){1,2})?(?:you with )?(?:our|the|your)? ?(?:services?|sites?|websites?|products?|features?|content|app|platform|platforms?|functionality)",
        r"(?:operat|maintain|administer|run|deliver|support)(?:e|s|ed|ing)? (?:and \w+ )?(?:our|the|this|your) (?:services?|sites?|websites?|web ?sites?|business|products?|platform|app|use)",
        r"administ(?:er|ration|rate) (?:of )?(?:your )?(?:use|accounts?|the site|the service)",
        r"technical administration",
        r"(?:process|complete|fulfil?l|handle|manage)(?:es|ed|ing|s)? (?:your |any |the )?(?:orders?|transactions?|payments?|purchases?|requests?|registration|subscriptions?|memberships?|applications?)",
        r"(?:customer|technical|user) (?:service|support|care)",
        r"respond(?:ing)? to (?:your )?(?:inquiries|enquiries|questions|requests|comments|support|e-?mails|messages|issues|concerns)",
        r"(?:send|sending) you (?:a )?repl(?:y|ies)",
        r"(?:manage|create|maintain|set up|administer)(?:s|ing)? (?:your |the )?accounts?",
        r"account management",
        r"(?:send|sending|provide) (?:you )?(?:important |administrative |transactional |service[- ]related |service |technical )(?:notices|announcements|messages|e-?mails|communications|information)",
        r"(?:communicate|communicating) with you",
        r"contact you (?:about|regarding|to|if|when|in)",
        r"enabl(?:e|ing) (?:you to|certain features|features|the features|us to provide)",
        r"facilitat(?:e|ing) (?:our|the|your) (?:service|use|access)",
        r"(?:diagnose|troubleshoot|fix|debug)(?:ing)? (?:technical )?(?:problems|issues|errors|bugs)",
        r"navigate (?:the|our) (?:site|service|website)",
        r"(?:fulfil?l|honou?r) (?:your )?requests",
        r"perform(?:ance of)? (?:a|the|our) contract",
        r"keep you logged in",
        r"(?:save|remember) your (?:user ?name|password|log-?in)",
        r"notif(?:y|ication) (?:you )?(?:when|whenever|about changes to our service)",
        r"software updates",
    ),
}

# --- verbs ----------------------------------------------------------------------------
# Practice verbs, by kind (OPP-115 practice categories: first-party collection/use,
# third-party sharing/collection). A verb inside a data term ("how you use") is not
# a verb. `provide` is collection when the subject is the user or a third party.
VERB_TERMS: dict[str, tuple[str, ...]] = {
    "cookie": (
        r"(?<!of )(?<!the )(?<!'s )(?<!s' )(?<!our )(?<!their )(?<!your )(?<!its )(?<!by )(?:us(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing)|employ(?:s|ed|ing)?|deploy(?:s|ed|ing)?|rel(?:y|ies) on|plac(?:e|es|ed|ing)|set(?:s|ting)?|serv(?:e|es|ed|ing)|drop(?:s|ped|ping)?|recogni[sz](?:e|es|ed|ing)|read(?:s|ing)?|stor(?:e|es|ed|ing)) (?=(?:[\w\"“”'’-]+ ){0,4}[\"“]?(?:cookies?|beacons?|pixels?|pixel tags?|clear gifs|web bugs|tracking technolog|similar technolog|local storage|sdks?))",
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
        r"sav(?:e|es|ed|ing)",
        r"retain(?:s|ed|ing)?",
        r"keep(?:s|ing)? (?:a )?records? of",
        r"keep(?:s|ing)?(?= (?:the|your|a copy|copies|records?|logs?|track|all|any|certain|such|this|that|these|those|some|personal|information|data)\b)",
        r"kept",
        r"(?:import|sync|synchroni[sz]e|scan)(?:s|ed|ing)?(?= (?:your|the|all))",
        r"(?:request|require|collect)(?:s|ed|d)? (?:a copy of|copies of|proof of|evidence of)",
        r"supplement(?:s|ed|ing)?",
        r"ask(?:s|ed|ing)? (?:you )?(?:for|to provide|to enter|to give|to supply|to submit)",
        r"(?:request|require)(?:s|d)? (?:that you provide|you to provide|your)",
        r"be (?:asked|required|prompted) (?:for|to provide|to enter|to give|to supply|to submit)",
        r"access(?:es|ed)? (?:your|the) (?:contacts|camera|photos|location|microphone|address book)",
        r"(?:send|sends|sent|provide|provides|share|shares|give|gives|pass|passes|disclose|discloses) us",
        r"(?:provide|provides|provided) (?:\w+ ){0,2}(?:to us|us with)",
        r"(?<=information )(?:may |might |can |will |also |generally |typically )*(?:includes?|consists? of|compris(?:e|es))",
        r"(?<=data )(?:may |might |can |will |also |generally |typically )*(?:includes?|consists? of|compris(?:e|es))",
        r"(?:may|might|can|could|will|would|typically|generally|usually|also) (?:also )?(?:include|consist of|comprise)",
    ),
    "provide": (
        r"provid(?:e|es|ed|ing)",
        r"giv(?:e|es|en|ing)",
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
        r"respond(?:s|ed|ing)? to",
        r"participat(?:e|es|ed|ing) in",
        r"post(?:s|ed|ing)?",
    ),
    "use": (
        r"(?<!of )(?<!the )(?<!any )(?<!such )(?<!its )(?<!their )(?<!your )(?<!our )(?<!for )(?<!this )(?<!that )(?<!in )(?<!fair )(?<!'s )(?<!s' )(?<!by )(?<!when )(?<!while )(?<!before )(?<!continuing to )us(?:e|es|ed|ing)",
        r"utili[sz](?:e|es|ed|ing)",
        r"process(?:es|ed|ing)?",
        r"analy[sz](?:e|es|ed|ing)",
        r"combin(?:e|es|ed|ing)",
        r"treat(?:s|ed|ing)?",
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
        r"reveal(?:s|ed|ing)?",
        r"distribut(?:e|es|ed|ing)",
        r"exchang(?:e|es|ed|ing)",
        r"(?:send|transmit|report|provide|give)(?:s|ted|ting|ed|ing)? (?:(?:your|such|this|that|the|certain|some|any|personal|aggregated?|non-personal|limited|identifiable) )*(?:personal )?(?:information|data|details)(?: [\w-]+){0,5} to",
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
        r"work(?:s)? with",
        r"(?:allow|permit|enable|let)(?:s|ted|ed)? (?:(?:certain|third[- ]party|these|our|other|some|selected) )*(?:companies|advertisers|ad networks|advertising networks|partners|third parties|service providers|vendors|advertisements)",
    ),
}

# Markers that a purpose follows: "to provide", "in order to", "for the purpose of".
PURPOSE_MARKER = re.compile(
    r"\b(?:in order to|so (?:that|as to|we can)|for (?:the )?purposes? of|for purposes|purposes? (?:such as|including|like)"
    r"|used (?:to|for)|helps? us|allows? us|enables? us|for (?:our|their|its) own\b|for (?:our )?(?:internal|business) purposes|"
    r"to (?!(?:third|other|our|us|the|you|your|any|these|those|such|a|an|its|their|all|each|law|government|"
    r"advertisers|partners|affiliates|service|anyone|others|persons?|companies|businesses|entities|third-party|parties|"
    r"organi[sz]ations|authorities|individuals|vendors|agents|\d)\b)[a-z]{3,})",
    FLAGS,
)

# --- sources ------------------------------------------------------------------------
# LABEL_SPEC sources; OPP-115 "collection mode" (explicit / implicit) and "third party
# collection"; Google Play "collected from other apps".
SOURCE_CUES: dict[str, tuple[str, ...]] = {
    "user_provided": (
        r"(?:you|users?|visitors?|members?|customers?) (?:\w+ ){0,3}?(?:provide|give|submit|enter|supply|upload|post|input|send|register|fill|complete|type|furnish|volunteer|share with us|choose to provide)",
        r"(?:provided|submitted|supplied|given|entered|uploaded|sent|disclosed|volunteered) (?:to us )?by you",
        r"(?:from|by) you directly",
        r"directly from you",
        r"when you (?:register|sign up|create|open|subscribe|order|purchase|make a purchase|fill|complete|contact|participate|enter|respond|apply|submit|post|set up|join|buy|donate|request|call|email|e-mail|write)",
        r"registration",
        r"(?:asked|ask you|required|prompted) (?:for|to provide|to enter|to give|to supply|to submit)",
        r"(?:sign-?up|registration|order|contact|web|online|survey|application) forms?",
        r"information you (?:provide|give|submit|supply|enter)",
    ),
    "automatic": (
        r"automatic(?:ally)?",
        r"passively",
        r"log files?",
        r"server logs?",
        r"servers? (?:\w+ )?(?:record|log|collect)",
        r"when you (?:visit|use|access|browse|navigate|interact|open|view|click)",
        r"as you (?:use|browse|navigate|interact)",
        r"cookies?",
        r"web beacons?",
        r"pixels?",
        r"tracking technolog(?:y|ies)",
        r"technical means",
        r"monitor(?:s|ed|ing)?",
        r"your (?:use|browsing) of",
    ),
    "third_party": (
        r"from (?:other|third[- ]party|outside|external|various|additional|public(?:ly available)?) (?:sources|parties|companies|services|service providers|providers|partners|websites|databases)",
        r"(?:other|third[- ]party|outside|external) sources",
        r"from (?:our |third[- ]party |business |marketing |advertising )?(?:partners|affiliates|advertisers|service providers|data providers|data brokers|social (?:media|networks?)(?: sites| platforms)?|facebook|twitter|google|linkedin)",
        r"(?:online and offline |offline )?data (?:providers|brokers)",
        r"supplement(?:s|ed|ing)?",
        r"(?:third[- ]party|social (?:media|network)) (?:services?|sites?|platforms?|accounts?) (?:\w+ ){0,2}(?:send|provide|share)s?",
        r"(?:sign|log) (?:in|on) (?:with|through|using|via)",
        r"(?:send|provide|share|give)s? us",
        r"combine (?:it|this|that|them|your information) with",
    ),
}
SOURCE_DEFAULT: dict[DataCategory, str] = {
    DataCategory.contact_info: "user_provided",
    DataCategory.financial: "user_provided",
    DataCategory.demographics: "user_provided",
    DataCategory.user_content: "user_provided",
    DataCategory.account_profile: "user_provided",
    DataCategory.contacts: "user_provided",
    DataCategory.health: "user_provided",
    DataCategory.sensitive: "user_provided",
    DataCategory.identifiers: "automatic",
    DataCategory.device_info: "automatic",
    DataCategory.usage_activity: "automatic",
    DataCategory.cookies_tracking: "automatic",
    DataCategory.location: "automatic",
    DataCategory.social_media: "third_party",
}

# --- negation, conditions, actors -----------------------------------------------------
NEGATORS = re.compile(
    r"\b(?:not|never|no|none|neither|nor|nothing|cannot|without exception)\b|n['’]t\b", FLAGS
)
# Phrases whose "not"/"no" negates nothing about the practice.
NEGATION_IMMUNE = re.compile(
    r"\b(?:not limited to|not only|whether or not|if not|not necessarily|not just|no matter|"
    r"do[- ]not[- ]track|no longer (?:wish|want|need|desire)|not to (?:be )?(?:tracked|receive|accept)|"
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
        r"our (?:site|website|servers?|services?|app|systems?|company)",
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
        r"vendors",
        r"analytics (?:providers?|services?|companies|partners?)",
        r"(?:these|those|such) (?:companies|third parties|parties|partners|advertisers|networks|ad networks|ad servers|providers|entities|services)",
        r"they",
        r"doubleclick",
        r"google",
        r"facebook",
        r"social (?:media|networks?)(?: (?:sites?|platforms?))?",
        r"plug-?ins?",
        r"(?:these |those |such |social media |social )(?:features|widgets|buttons|tools)",
        r"widgets",
        r"(?:web )?browsers?",
        r"other (?:web ?)?sites",
        r"(?:other |third-party )?websites",
    ),
}
PASSIVE = re.compile(r"\b(?:is|are|be|been|being|was|were|get|gets)\s+(?:\w+ly\s+)?$", FLAGS)

# Definitions and generic statements are not claims ("A cookie is a small file").
DEFINITION = re.compile(
    r"^\W*(?:(?:a|an|the|this)\s+)?[\"“]?[\w\s\"”“'’-]{1,40}?[\"”]?\s+(?:is|are)\s+(?:a|an|small|tiny|simply|essentially|unique)\s+"
    r"(?:\w+\s+){0,4}?(?:files?|text|strings?|piece|pieces|data|information|technolog(?:y|ies)|numbers?|graphics?|images?|amounts?|identifiers?|codes?)\b"
    r"|\brefers? to\b|^\W*(?:[\w\"“”'’ -]{1,40})\s+means\b|\bis defined as\b|\bis data that\b|\bis information that\b",
    FLAGS,
)

# --- context from headings ------------------------------------------------------------
HEADING_KINDS: dict[str, tuple[str, ...]] = {
    "collect": (
        r"(?:information|data) (?:that )?(?:we|you|is) (?:\w+ )?(?:collect(?:ed)?|receive|obtain|gather|provide|give|share with us)",
        r"(?:collection|gathering) (?:of|and use)",
        r"(?:information|data) collection",
        r"what (?:personal |kinds? of |types? of )?(?:information|data)",
        r"(?:types?|kinds?|categories) of (?:personal )?(?:information|data)",
        r"(?:information|data) (?:about you|you provide|automatically collected)",
        r"automatically collected",
        r"(?:personal )?(?:information|data) we (?:may )?(?:collect|hold|process)",
        r"(?:registration|profile|device|usage|payment|log|location|account|technical|transactional) (?:information|data)",
        r"log files?",
        r"cookies",
    ),
    "use": (
        r"(?:how|why) (?:do )?we use",
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
        r"recipients",
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
        r"comments",
        r"privacy officer",
        r"data protection officer",
        r"complaints?",
    ),
}

# --- yes/no questions -----------------------------------------------------------------
# sells_personal_data: the sale/rental of personal data (CCPA "sale"; OPP-115 third-party
# sharing "for a fee"). The object must be personal data, never goods or a business.
SELL_VERB = re.compile(
    r"\b(?:sell(?:s|ing)?|sold|sale of|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|trad(?:e|es|ed|ing)|barter(?:s|ed|ing)?|"
    r"(?:share|disclose|provide)(?:s|d)? (?:[\w-]+ ){0,6}(?:for|in exchange for) (?:money|monetary|valuable|financial|a fee|compensation|payment|consideration))\b",
    FLAGS,
)
SELL_OBJECT = re.compile(
    r"\b(?:information|data|details|e-?mail (?:address(?:es)?|lists?)|lists?|names|addresses|it|them)\b",
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
    r"\b(?:cookies?|web beacons?|beacons?|pixels?|pixel tags?|clear gifs?|web bugs?|tags|scripts|sdks?|"
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
    r"\bon (?:our|this|the) (?:web ?site|site|service|services|app|pages?|platform)\b"
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
    r"ad(?:vertising)? networks?|network advertisers|ad servers?|ad partners|(?:our |business |marketing )?partners|"
    r"analytics (?:providers?|services?|companies|partners?|tools?|vendors)|google analytics|doubleclick|adsense|"
    r"google ads|quantcast|comscore|nielsen|omniture|mixpanel|hotjar|chartbeat|facebook|twitter|linkedin|pinterest|"
    r"social (?:media |network )?(?:plug-?ins?|features|widgets|buttons)|widgets|"
    r"(?:these|those|such) (?:companies|third parties|parties|advertisers|networks|partners|providers|services|vendors|features|widgets|plug-?ins|tools|ad servers))\b",
    FLAGS,
)
# "We use Google Analytics" names a third-party tracker with no tracking verb needed.
THIRD_PARTY_TRACKER_NAMES = re.compile(
    r"\b(?:google analytics|doubleclick|adsense|google ads|quantcast|comscore|nielsen|omniture|mixpanel|hotjar|"
    r"chartbeat|facebook pixel|adobe analytics|crazy ?egg|kissmetrics|third[- ]party (?:advertising|analytics|ad) "
    r"(?:companies|networks?|services?|providers?|partners?|tools?|cookies?))\b|\bthird[- ]party cookies\b",
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
    r"\bwhile (?:your|the|you) (?:account|have|maintain|remain)\b|\bperiod (?:necessary|needed|required)\b|\bas (?:necessary|needed|required) (?:to|for)\b)",
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
    r"secure (?:storage|environment|facilities|data cent(?:er|re)s?|payment)|hashed|hashing)\b",
    FLAGS,
)
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
    r"\b(?:(?:other|another|different|foreign|multiple|various|third|many|several) (?:countr(?:y|ies)|jurisdictions?|nations?)|"
    r"countries|jurisdictions|overseas|abroad|outside (?:of )?(?:your|the|their) (?:home )?(?:country|state|province|jurisdiction|region)|"
    r"outside (?:of )?the (?:european economic area|eea|european union|eu|united kingdom|uk|united states|u\.s\.?|us)\b|"
    r"(?:to|in) the (?:united states|u\.s\.|usa)(?! (?:law|laws|dollars))\b)"
    r"|cross[- ]border|international(?:ly)? (?:data )?transfer(?:s|red)?|transferred internationally|standard contractual clauses|"
    r"privacy shield|adequacy decisions?|binding corporate rules|"
    r"(?:countr(?:y|ies)|jurisdictions?) (?:where|that|which|whose|with) (?:\w+ ){0,4}(?:data protection|privacy) (?:laws|regulations|rules|standards)|"
    r"not (?:offer|provide|have) the same (?:level of )?(?:data )?protection|different (?:data protection|privacy) (?:laws|standards|rules))\b",
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
    r"\b(?:(?:this|our|the|these|its|such|any) (?:new |revised |updated |amended |modified |current )?(?:online )?(?:privacy )?(?:policy|policies|statement|notice|terms)|privacy (?:policy|statement|notice))\b",
    FLAGS,
)
CHANGE_DIRECT = re.compile(
    r"\b(?:send (?:you )?(?:\w+ )?(?:notices?|notifications?|e-?mails?|communications|messages?)|by (?:sending|e-?mail|mail|a notice sent|contacting you|text|sms|a message)|via (?:e-?mail|a notice sent|in-app|push|the e-?mail|a message|sms)|"
    r"(?:send|e-?mail)(?:s|ing)? (?:you|users)|(?:to|at) (?:the|your) (?:e-?mail|primary e-?mail) address|e-?mail (?:notice|notification)|"
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
    r"\b(?:under|younger than|below|less than|beneath)(?: the)?(?: age(?: of)?)? (?P<a1>\d{1,2})\b"
    r"|\b(?P<a2>\d{1,2})(?: years?(?: of age| old)?)? (?:or|and) (?:younger|under|below)\b"
    r"|\bages? (?:of )?(?P<a3>\d{1,2}) (?:or|and) (?:younger|under|below)\b"
    r"|\b(?:at least|over|older than)(?: the age of)? (?P<a4>\d{1,2})(?: years)?\b"
    r"|\b(?P<a5>\d{1,2})(?: years? (?:of age|old))? (?:or|and) (?:older|over|above)\b"
    r"|\bage of (?P<a6>\d{1,2})\b",
    FLAGS,
)
AGE_GATE = re.compile(
    r"\b(?:must be|should be|represent|certify|confirm|required to be|need to be|intended for)\b",
    FLAGS,
)
CHILD_COLLECT = re.compile(
    r"\b(?:collect(?:s|ed|ing)?|solicit(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|gather(?:s|ed|ing)?|"
    r"request(?:s|ed)?|process(?:es|ed)?|ask(?:s)? for|maintain(?:s)?|seek(?:s)?|market(?:s)? to|us(?:e|es))\b",
    FLAGS,
)

# --- rights and choices ---------------------------------------------------------------
# GDPR Art. 15-22 and 77 wording, CCPA "right to know / delete", OPP-115 "user choice/
# control" and "user access, edit and deletion", NAI/DAA/EDAA opt-out programmes.
RIGHT_TERMS: dict[Right, tuple[str, ...]] = {
    Right.access: (
        r"access(?:,? (?:or |and )?(?:review|update|correct|rectify|amend|edit|modify|change|delete|erase|remove|obtain|export|download|receive))+ (?:\w+ ){0,3}(?:information|data|details|account|profile)",
        r"(?:right|ability|able|entitled|option|request|ask) (?:to |for )?(?:\w+ ){0,2}access",
        r"right of access",
        r"access (?:to )?(?:and (?:\w+ )?)?(?:the |your |any |such |all )?(?:personal )?(?:information|data|details|records|profile|account information)",
        r"(?:obtain|request|receive|get) (?:a )?cop(?:y|ies) of",
        r"(?:provide|give) you (?:with )?(?:access|a copy)",
        r"(?:review|view|inspect) (?:and \w+ )?(?:the |your |any |what |which |all )?(?:personal )?(?:information|data|details|profile|account information)",
        r"confirm(?:ation)? (?:of )?whether (?:or not )?we (?:process|hold|have)",
        r"(?:review|view) (?:and \w+ )?(?:your )?(?:\w+ ){0,2}(?:information|data|profile)",
        r"right to know",
        r"(?:request|ask)(?: that we| us to)? (?:disclose|tell you|inform you|confirm|provide you with)(?: [\w,-]+){0,10} (?:information|data) (?:we|that we) (?:have )?(?:collected|collect|hold|process|maintain)",
        r"categories and specific pieces",
        r"(?:data )?subject access requests?",
        r"(?:what|which) (?:personal )?(?:information|data) we (?:hold|have|keep|maintain|collect)",
    ),
    Right.correction: (
        r"(?:updat|correct|rectif|amend|edit|modif|chang|revis)(?:e|es|y|ies|ied|ing|ication)? (?:and \w+ )?(?:\w+ ){0,2}?(?:the |your |any |such |inaccurate |incomplete |that |this )?(?:personal )?(?:information|data|details|profile|account|records|preferences)",
        r"(?:update|correct|rectify|amend|edit|modify|change|revise|review)(?:,? (?:or |and )?(?:update|correct|rectify|amend|edit|modify|change|revise|delete))+",
        r"right (?:to|of) (?:rectification|correction|rectify|correct)",
        r"rectif(?:y|ication)",
        r"correct (?:it|them|the data)",
        r"keep (?:your )?(?:\w+ ){0,3}(?:information|data|details) (?:accurate|up[- ]to[- ]date|current)",
    ),
    Right.deletion: (
        r"(?:delet|eras|remov|purg)(?:e|es|ing|al|ure)? (?:and \w+ )?(?:\w+ ){0,2}?(?:of )?(?:the |your |any |such |all |that |this )?(?:personal )?(?:information|data|details|account|profile|records|content|registration)",
        r"(?:request|ask)(?:s|ing)? (?:\w+ ){0,3}(?:deletion|removal|erasure)",
        r"(?:deletion|removal|erasure) of (?:your |the |any |such )?(?:personal )?(?:information|data|account|profile)",
        r"right (?:to|of) (?:erasure|deletion|delete|erase|be forgotten)",
        r"right to be forgotten",
        r"(?:close|cancel|terminate) (?:your )?account",
        r"(?:delete|erase|remove) (?:it|them)",
    ),
    Right.portability: (
        r"portab(?:le|ility)",
        r"machine[- ]readable",
        r"structured,? commonly[- ]used",
        r"(?:usable|electronic|common|standard) (?:electronic )?format",
        r"transmit (?:it|them|your (?:\w+ ){0,2}(?:information|data)) to (?:another|a third party|a different)",
        r"(?:export|download) (?:a copy of )?(?:your )?(?:personal )?(?:information|data|content)",
    ),
    Right.opt_out_marketing: (
        r"unsubscrib(?:e|es|ed|ing)",
        r"opt(?:-| )?out (?:of |from )?(?:receiving )?(?:any |our |such |these |future |further )?(?:marketing|promotional|commercial|e-?mail|newsletters?|communications|mailings?|messages|offers|solicitations)",
        r"(?:marketing|promotional|commercial|newsletters?).{0,60}\bopt(?:-| )?(?:out|in)\b",
        r"opt(?:-| )?(?:in or out|out or in)",
        r"no longer (?:wish|want|desire) to receive",
        r"stop (?:receiving|sending)",
        r"remov(?:e|ed) (?:you |your (?:\w+ ){0,2})?from (?:our |the )?(?:mailing|e-?mail|marketing|distribution) lists?",
        r"(?:withdraw|change) (?:your )?(?:consent|preferences) (?:to|for) (?:receive |receiving )?(?:marketing|promotional)",
        r"(?:marketing|communication|e-?mail|contact) preferences",
        r"do not wish to receive",
    ),
    Right.opt_out_targeted_ads: (
        r"opt(?:-| )?out (?:of |from )?(?:\w+ ){0,3}(?:interest[- ]based|targeted|behaviou?ral|personali[sz]ed|online|third[- ]party) (?:ads|advertising|advertisements|marketing)",
        r"opt(?:-| )?out (?:of |from )?(?:\w+ ){0,3}(?:ad(?:vertising)? networks?|advertising cookies|(?:the )?use of (?:\w+ ){0,3}for (?:ads|advertising))",
        r"networkadvertising\.org",
        r"network advertising initiative",
        r"aboutads\.info",
        r"digital advertising alliance",
        r"youradchoices",
        r"your ad ?choices",
        r"adchoices",
        r"youronlinechoices",
        r"(?:google )?ads? (?:settings|preferences)",
        r"(?:limit|reset) ad tracking",
        r"your choices about not having this information used",
        r"(?:control|choose) whether (?:you )?(?:want to )?receive (?:\w+ ){0,3}(?:ads|advertisements|advertising)",
    ),
    Right.cookie_controls: (
        r"(?:refus|reject|block|disabl|delet|remov|declin|decline|turn(?:ing)? off|manag|control|clear|restrict|limit|avoid|erase|stop)(?:e|es|ed|ing|s)? (?:\w+ ){0,3}?[\"“]?cookies?",
        r"(?:set|setting|configure|adjust|change|changing|modify|instruct)(?:s|d)? (?:\w+ ){0,3}browsers?(?: (?:settings|options|preferences))?",
        r"browser(?: settings| options| preferences)? (?:\w+ ){0,4}(?:to )?(?:refuse|reject|block|disable|notify|alert|warn|prompt|stop accepting|not accept)",
        r"(?:stop|not|n't) accept(?:ing)? (?:\w+ ){0,2}cookies",
        r"cookies? (?:settings|preferences|controls|consent tool|banner)",
        r"(?:accept|accepting) or (?:reject|refuse|decline)",
        r"opt(?:-| )?out of (?:\w+ ){0,2}cookies",
        r"control (?:the use of )?cookies",
    ),
    Right.withdraw_consent: (
        r"withdr(?:aw|awn|awing|ew|awal of) (?:your |such |this |the |any )?consent",
        r"revok(?:e|ing)(?: your)? consent",
        r"(?:withdraw|revoke) (?:it|this|that) at any time",
        r"right to withdraw",
        r"consent (?:may|can) be withdrawn",
    ),
    Right.object_or_restrict: (
        r"(?:right|ability|entitled) (?:\w+ ){0,3}(?:to )?object",
        r"\bobject(?:ing)? to (?:the |our |any |such )?(?:\w+ ){0,3}(?:processing|use|profiling|direct marketing)",
        r"restrict(?:ion of)? (?:the |our |any |how we )?(?:\w+ ){0,2}(?:processing|use of your|use your)",
        r"right (?:to|of) restrict(?:ion)?",
        r"limit (?:the |our |how we )?(?:processing|use of your|use your)",
        r"restriction of processing",
    ),
    Right.complaint_to_authority: (
        r"(?:lodge|file|make|submit|bring|raise) (?:a |an )?complaints? (?:\w+ ){0,3}(?:with|to|before) (?:a |the |your |any |an )?(?:\w+ ){0,3}(?:authority|authorities|regulator|commissioner|agency|office)",
        r"complain to (?:a |the |your |any )?(?:\w+ ){0,3}(?:authority|authorities|regulator|commissioner|agency)",
        r"(?:supervisory|data protection|privacy) (?:authority|authorities)",
        r"information commissioner",
        r"right to (?:lodge|file|make) a complaint",
    ),
}
# Who may exercise a right: the user, on request, or under a rights heading.
USER_ABILITY = re.compile(
    r"\b(?:(?:you|users?|visitors?|members?|individuals|customers|data subjects|residents|consumers|parents?)(?: \w+){0,2}? "
    r"(?:can|may|could|might|have|has|are (?:entitled|able|free)|will be able|(?:is|are) allowed|retain|choose|wish|would like|"
    r"want|decide|need|prefer)|rights? (?:to|of)|your rights?|request(?:s|ed)?|ask us|contact us|e-?mail us|write to us|"
    r"(?:allow|enable|permit|let|help)s? (?:you|users)|provide (?:you|users) with|gives? (?:you|users)|at any time|"
    r"please (?:follow|click|use|visit|contact|email|e-mail|write|go|log|see|refer)|"
    r"by (?:clicking|following|changing|updating|visiting|logging|accessing|using|contacting|adjusting|modifying|going|"
    r"selecting|emailing|e-mailing|sending|writing|replying)|if you (?:wish|would like|want|prefer|choose|decide|do not|don't|no longer)|"
    r"makes? it easy for you|opt(?:-| )?out|unsubscrib|you can|you may|instruct your|set your|your (?:browser|account) settings|"
    r"(?:click|visit|go to|see) (?:here|the|our|this))\b",
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
MARKETING_WORDS = re.compile(
    r"\b(?:marketing|promotional|promotions?|newsletters?|commercial|offers|advertising e-?mails?|mailing lists?)\b",
    FLAGS,
)
SERVICE_NOTICES = re.compile(
    r"\b(?:service|transactional|administrative|important|account|legal|security) (?:\w+ )?(?:notices|messages|communications|e-?mails|announcements)\b|"
    r"\bnon-marketing\b",
    FLAGS,
)

# --- contact details ------------------------------------------------------------------
EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
)
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

QUESTION_FOR_RIGHT: dict[Right, Question] = {right: Question(right.value) for right in Right}
