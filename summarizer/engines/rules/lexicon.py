"""The vocabulary of privacy-policy language, as data.

Every table maps a label value (LABEL_SPEC) to regex fragments that say it. The
fragments are matched on word boundaries against lower-cased text; a plain space in
a fragment matches any run of whitespace (policies wrap lines), and `'` matches a
straight or curly apostrophe (see `matching`). A table becomes one regex whose
named groups are its keys, tried in table order, so a specific phrase ("IP
address", "email address") is claimed before a generic one ("address"). How a
sentence phrases a practice (verbs, negation) is in `grammar`; the cues of the
yes/no questions are in `cues`.

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

from summarizer.label.findings import Question
from summarizer.label.schema import DataCategory, Purpose, Recipient, Right

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
        r"internet protocol (?:\([\"“]?ip[\"”]?\) )?address(?:es)?",  # 'Internet Protocol ("IP") address'
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
        r"vins?",
        r"vehicle identification numbers?",
        r"user ?names?",
        r"screen names?",
        r"(?:nick ?names?|display names?|gamer ?tags?)",
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
        r"(?:information|data|details)(?: about you)? (?:from|received from|shared by) (?:your |any |other )?social (?:media|networks?)",
    ),
    DataCategory.contacts: (
        r"address ?books?",
        r"contact lists?",
        r"(?:your |phone |device |mobile |phone's |device's )contacts(?:' (?:names|e-?mail addresses|phone numbers|contact (?:information|details)))?",
        r"phone ?books?",
        r"(?:invite|refer|tell|email|e-mail)(?:-| )an?(?:-| )friend",
        r"friends?'? (?:names?|e-?mail(?: address(?:es)?)?|contact (?:information|details)|phone numbers?)",
        r"(?:names?|e-?mail addresses|contact (?:information|details)) of (?:your )?(?:friends|contacts|other people|recipients|third parties)",
        r"referral programs?",
        r"information about (?:other people|your friends)",
        r"emergency contacts?",
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
        r"order (?:history|information|details|numbers?)",
        # an order's "billing and delivery address", "the ordered products", "items ordered"
        r"billing(?= (?:and|or|&) (?:delivery|shipping|postal|mailing) address)",
        r"ordered (?:products?|items?|goods|articles)",
        r"(?:products?|items?|goods|articles) ordered",
        r"commercial information",
        r"(?:products?|services?|items?|goods) (?:that )?(?:you )?(?:have )?(?:purchased|bought|ordered|obtained)",
        r"subscription (?:history|information|details|status|plan)",
        r"records of (?:\w+ ){0,3}(?:purchases?|products?|transactions?)",
        r"amounts? (?:charged|paid)",
        r"paypal (?:accounts?|information|details)",
        # plain speech: "what you bought and when", "whether you have bought or cancelled a subscription"
        r"what you (?:have )?(?:bought|purchased|ordered)",
        r"(?:bought|purchased|cancell?ed|renewed)(?:,? (?:or|and) (?:bought|purchased|cancell?ed|renewed))? (?:a |an |your |the )?(?:[\w-]+ )?subscriptions?",
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
        r"(?:(?<=, )|(?<=and )|(?<=your )|(?<=or )|(?<=\()|(?<=/)|(?<=approximate )|(?<=home ))(?:city|country|state|province)(?! (?:of|in|where|that|which)\b)",
        r"(?:city|country|region) (?:of residence|you live in|you are in)",
        # a place worked out from the IP address: "the country and region we derive from
        # your IP address", "the city we infer from it"
        r"(?:city|country|region|state|province|town|area)(?:,? (?:and|or) (?:city|country|region|state|province|town|area))?"
        r"(?= (?:that |which )?(?:we|it|they) (?:can |may |might )?(?:derive|infer|determine|work out|deduce|estimate|detect|look up)s? "
        r"(?:\w+ )?from (?:your |the |an |their )?(?:ip|internet protocol))",
        r"(?:your |geographic(?:al)? )regions?",
        r"zip codes?",
        r"post(?:al)? codes?",
        r"area codes?",
        r"where you are",
        r"(?:general|approximate|rough) (?:area|region) (?:(?:that |where )?you (?:are|'re) (?:browsing |connecting |visiting )?(?:from|in))",
        r"(?:nearby )?wi-?fi (?:access points|networks|signals|hotspots)",
        r"cell(?:ular|phone)? towers?",
    ),
    DataCategory.device_info: (
        # a device setting, as language is (ANNOTATION: device details), not where you are
        r"time ?zones?(?: settings?)?",
        r"(?:web )?browser (?:types?|versions?|language|settings|information|software|characteristics|plug-?ins)",
        r"types? of (?:web )?browser",
        r"browsers? you use",
        r"operating systems?(?: (?:types?|versions?))?",
        r"device (?:types?|models?|names?|information|info|data|details|manufacturers?|settings|characteristics|attributes|properties)",
        r"types? of (?:device|computer|mobile device)s?",
        r"hardware (?:models?|settings|information|types?)",
        r"(?:mobile )?network (?:information|type)",
        # the phone network's carrier, not a shipping one ("carriers such as UPS")
        r"(?:mobile|wireless|cellular|cell ?phone|phone|network|telecoms?) carriers?",
        r"carrier (?:names?|information|info|data|details)",
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
        r"user[- ]agents?(?: strings?)?",
        r"crash (?:reports?|logs?|data)",
        r"(?:diagnostic|performance) (?:data|information)",
        # what a connected vehicle reports about itself
        r"(?:diagnostic|fault|engine) (?:trouble )?codes?",
        r"odometer(?: readings?)?",
        r"(?:tire|tyre) pressures?",
        r"(?:vehicle|car) (?:status|health|diagnostics|sensor data)",
    ),
    DataCategory.usage_activity: (
        r"(?:web )?pages? (?:that )?(?:you|they|users|visitors) (?:view|visit|access|request)(?:ed)?",
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
        r"timestamps?",
        r"dates? and times? (?:of|you)",
        r"(?:access|visit) (?:times|dates)",
        r"time spent",
        r"(?:length|duration|number|frequency) of (?:your )?visits?",
        r"(?:your )?(?:interactions?|engagement) with (?:us|our|the)",
        # the app stores' data types: "App interactions" (Google Play), "Product
        # Interaction" (Apple), "In-app search history"
        r"(?:app|product|in-app) interactions?",
        r"in-app (?:search history|actions|activity)",
        r"how (?:you|users|visitors|people|customers|members) (?:use|interact with|navigate|access|engage with|found)",
        r"(?:whether|when|if) you (?:have )?open(?:ed)? (?:them|it|our (?:e-?mails?|messages)|(?:an |the )?e-?mails?|(?:a |the )?messages?)",
        r"e-?mail opens",
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
        r"what you (?:say|said|write|wrote|type|typed) (?:to|in|into|during|when|and|or)",
        r"feedback",
        r"testimonials?",
        r"user[- ]generated content",
        r"content (?:that )?you (?:post|upload|submit|provide|create|share|publish)",
        r"(?:photos?|photographs?|pictures?|images?|videos?|audio|recordings?|files?|documents?) (?:that )?you (?:upload|post|submit|share|provide|send)",
        r"uploads",
        # "when you post a photo", "the image is uploaded with its caption"
        r"(?:(?<=post a )|(?<=posts a )|(?<=upload a )|(?<=uploads a )|(?<=share a )|(?<=submit a )|(?<=post an )|"
        r"(?<=upload an )|(?<=post your )|(?<=upload your ))(?:photos?|photographs?|pictures?|images?|videos?)",
        r"(?:photos?|photographs?|pictures?|images?|videos?|files?|captions?)(?= (?:is|are|gets?) (?:\w+ )?uploaded\b)",
        r"(?<=your )upload",
        r"(?:forum |blog )?posts",
        r"postings",
        r"(?<!promotional )(?<!marketing )(?<!text )(?<!push )(?<!service )(?<!commercial )(?<!advertising )messages",
        r"messages? (?:that )?you (?:send|post|write)",
        r"(?<=your )(?:e-?mail |support |chat )?message",
        r"chat (?:logs|messages|transcripts|history)",
        r"correspondence",
        r"(?<=your )communications?",
        r"(?:phone |telephone )?calls?(?= (?:to|with) (?:our|us|customer))",
        r"communications? (?:with us|you send)",
        r"survey (?:responses|answers|data|information|results)",
        r"(?<=respond to )(?:a |our |any )?surveys?",
        r"(?<=participate in )(?:a |our |any )?surveys?",
        r"(?<=complete )(?:a |our |any )?surveys?",
        r"surveys? (?:that )?you (?:complete|answer|fill|take|respond)",
        r"questionnaires?",
        # "we process the information you provide to answer your request": an enquiry's content
        r"(?:information|details|data|what) (?:that )?you (?:provide|give|send|submit|write)(?: (?:to )?us)? "
        r"(?:(?:in order )?to|so (?:that )?we can) (?:answer|reply to|respond to|handle|deal with) "
        r"(?:your |the |this |that )?(?:request|enquiry|inquiry|question|message|query|complaint|concern)s?",
        r"(?:support|customer service|customer support|help) (?:requests?|tickets?|inquiries|enquiries)",
        r"(?:questions|inquiries|enquiries|attachments|prompts) (?:that )?you (?:send|submit|ask|include|enter|upload|type)",
        r"attachments",
        r"(?<=your )cameras?(?! roll)",
        r"(?<=your )microphones?",
        r"(?<=camera and )microphones?",
        r"(?<=camera or )microphones?",
        r"voice (?:recordings?|data|input|commands|messages|notes)",
        r"(?:phone |telephone )?calls?(?= (?:(?:may|will|might|can) )?(?:be |are )?(?:monitored|recorded))",
        r"contest entries",
        r"submissions?",
        r"resumes?",
        r"photo (?:library|gallery|albums?)",
        r"camera roll",
        r"photos and videos",
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
        r"step counts?",
        r"(?:daily |number of )steps",
        r"steps (?:taken|walked)",
        r"workouts?",
        r"sleep (?:data|patterns|duration|quality|tracking|information)",
        r"blood (?:pressure|glucose|sugar|oxygen|type)",
        r"(?:body )?weight and height",
        r"(?:height and |body )weight",
        r"menstrua(?:l|tion)(?: cycles?| data)?",
        r"cycle (?:dates|data|length)",
        r"medications?",
        r"diagnos(?:is|es)",
        r"calories(?: burned)?",
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
        r"(?:face|facial|voice|fingerprint|biometric) (?:templates?|signatures?|embeddings?)",
        r"facial (?:recognition|geometry|scans?|features|attributes|landmarks)",
        r"(?:features|attributes|geometry|landmarks)(?: and (?:features|attributes|geometry|landmarks))? of (?:your |the |their |people's )?faces?",
        r"voice ?prints?",
        r"genetic (?:data|information)",
        r"social security numbers?",
        r"ssns?",
        r"passport(?: numbers?| information| details)?",
        r"driver'?s'? licen[cs]es?(?: numbers?)?",
        r"government[- ]issued (?:id|identification)(?: numbers?| cards?)?",
        r"(?:national|government) (?:id|identification)(?: numbers?| cards?)?",
        # national ID numbers by name and identity checks by selfie
        r"aadhaar(?: numbers?| cards?)?",
        r"(?:permanent account|pan) (?:numbers?|cards?)",
        r"national insurance numbers?",
        r"(?:social insurance|tax identification|taxpayer identification|personal identity) numbers?",
        r"(?:live|liveness) selfies?",
        # a business's VAT or tax registration number is not a personal government ID
        r"(?<!vat or )(?<!vat/)(?<!vat )(?<!business )(?<!company )(?<!corporate )(?<!employer )tax (?:id|identification)(?: numbers?)?",
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
        r"(?:which|what) (?:[\w-]+ ){0,2}you (?:enjoy|like|prefer|love)",
        r"favou?rites?",
        r"wish ?lists?",
        r"watch ?lists?",
        r"profile (?:information|data|details|fields)",
        r"(?:user |account |member |personal )?profiles?(?! pages?)",
        r"account (?:information|details|data)",
        r"how (?:did )?you (?:heard?|learned?|found out) (?:about|of) us",
        r"referral source",
        r"biograph(?:y|ies|ical information)",
        r"bios?",
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
# Word senses that are not data: a category word inside one of these phrases names no
# personal data of that category ("posted at this location", "of interest to you",
# "corporate transactions", "the Department of Health Sciences"). `None` applies to every
# category: role descriptions of staff ("employees who handle card numbers").
OTHER_SENSES: dict[DataCategory | None, tuple[str, ...]] = {
    DataCategory.location: (
        r"(?:at|on|in|from) (?:this|that|the same|a different|another) (?:location|web ?page|page|url)",
        r"(?:campus|office|store|retail|branch|physical|business|restaurant|clinic|hotel|shop|warehouse|"
        r"school|our|its|their|other|multiple|various|several|many|different|some|\d+) locations",
        r"locations? (?:on|of) (?:the )?(?:internet|web|network)",
        r"(?:your|their|its) (?:\w+ )?location on the (?:internet|web|network)",
        r"locations? (?:of|where) (?:our|its|the|their) (?:servers?|offices?|data cent(?:er|re)s?|facilities|stores?)",
        r"(?:laws?|jurisdiction|courts?) of (?:your|the|that) (?:state,? |country,? |province,? |or )*location",
        # "the laws of your state or country", "if you use the Site from another country"
        r"(?:laws?|jurisdiction|courts?) of (?:your|the|that|this|any) (?:(?:state|country|province|region)(?:,? (?:or|and) )?)+",
        r"(?:from|in|to|outside) (?:another|a different|other|any other) (?:countr(?:y|ies)|states?|jurisdictions?|provinces?)",
    ),
    DataCategory.account_profile: (
        r"successors?(?: and assigns)? in interest",
        r"(?:of|be of) (?:\w+ )?interest to (?:you|users|our (?:users|customers|members|readers))",
        r"(?:may|might|could|would) interest (?:you|users)",
        r"in (?:the|your|our|their) (?:best )?interests?",
        r"conflicts? of interest",
        r"interest (?:rates?|payments?|charges?|income|accrued)",
        r"interest[- ]based (?:ads|advertising|advertisements|marketing|content)",
    ),
    DataCategory.financial: (
        r"(?:corporate|business|strategic|m&a|merger|acquisition|financing|capital) transactions?",
        r"transactions? (?:such as|like|including|involving) (?:a |an |the )?(?:merger|acquisition|sale of|reorgani|bankruptcy|transfer of)",
    ),
    # a profile the user fills in on this service is not a social-network profile
    DataCategory.social_media: (
        r"(?:fill(?:s|ing)? (?:out|in)|create|creates|complete|completes|edit|set up) (?:a |an |your )?(?:optional )?public profile",
        r"(?:in|on|into|to) (?:your|a|the|their) (?:optional )?public profile"
        r"(?! (?:on|at|with|from) (?:facebook|twitter|instagram|linkedin|google|apple|tiktok|the social))",
    ),
    # GDPR's special categories when the data named as such is health data: health, not
    # the `sensitive` of LABEL_SPEC ("Health data (special categories of personal data)")
    DataCategory.sensitive: (
        r"(?:health|medical|fitness|body)(?: and (?:health|medical|fitness|body))? (?:data|information)\s*\(?"
        r"(?:as |being |which (?:is|are) |that (?:is|are) )?(?:a )?special categor(?:y|ies) of (?:personal )?data",
        r"special categor(?:y|ies) of (?:personal )?data,? (?:such as|namely|i\.e\.,?|that is,?) (?:your |data (?:about|concerning) (?:your )?)?"
        r"(?:health|medical)(?: data| information)?(?! (?:and|or)\b|,)",
    ),
    DataCategory.health: (
        r"(?:department|dept\.?|school|college|faculty|ministry|institute|division|office) (?:of|for) "
        r"(?:[\w-]+ ){0,2}health\b(?: (?:sciences?|services?|care|and human services))?",
        r"health sciences?",
    ),
    None: (
        r"(?:employees|staff(?: members)?|personnel|workers|team members) (?:who|that) (?:\w+ ){1,2}(?:[\w-]+ ){0,3}"
        r"(?:numbers|information|data|details|records)",
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
        # crash reporting and product analytics SDKs
        r"(?:firebase )?crashlytics",
        r"bugsnag",
        r"instabug",
        r"sentry(?:\.io)?(?= (?:to|for|collects?|receives?|processes|may|which|sdk)\b|,)",
        r"gameanalytics",
        r"fullstory",
        r"logrocket",
        r"smartlook",
        r"microsoft clarity",
        r"matomo",
        r"piwik(?: pro)?",
        r"posthog",
        r"(?:third[- ]party )?(?:web |website |mobile )?analytics (?:providers?|services?|companies|partners?|tools?|vendors?|firms?|platforms?|software)",
        r"measurement (?:partners?|companies|providers?|services)",
        # a vendor named by the analysis it does for us: "we use Heap to analyse how people use the site"
        r"(?<=use )(?:(?!(?:your|this|that|these|those|the|such|its|their|our|it|them|cookies?|information|data|"
        r"personal|analytics|technolog\w*|tools?|pixels?|tags?|sdks?|software|we|us)\b)[\w.-]+,? (?:and |& )?){1,4}?"
        r"to (?:help us )?(?:analy[sz]e|understand|measure|see|learn|study) (?:how|which|what)\b",
    ),
    Recipient.advertisers: (
        r"doubleclick",
        # mobile ad networks' SDKs
        r"admob",
        r"applovin",
        r"unity ads",
        r"ironsource",
        r"mopub",
        r"inmobi",
        r"chartboost",
        r"vungle",
        r"(?:facebook|meta) audience network",
        r"mintegral",
        r"pangle",
        r"liftoff",
        # display and native ad platforms
        r"criteo",
        r"taboola",
        r"outbrain",
        r"the trade desk",
        r"xandr",
        r"appnexus",
        r"pubmatic",
        r"magnite",
        r"amazon (?:ads|advertising)",
        r"google ad manager",
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
        # an ad platform's measurement tag sends the visit to the ad platform (gold: advertisers)
        r"(?:meta|facebook|tiktok|pinterest|snap(?:chat)?|reddit|twitter|x|linkedin|bing|microsoft) (?:ads )?pixels?",
        r"(?:linkedin insight|google ads|microsoft ads|bing ads|twitter|x|pinterest|tiktok|reddit) (?:conversion )?tags?",
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
        # companies named by the work they do for us: "we use other companies to host the
        # Site and send email"; "trusted partners to help us ... provide customer support"
        r"(?:other|outside|third[- ]party|external) (?:companies|businesses|firms) (?=to (?:host|send|process|deliver|run|operate|store|handle|perform|manage)\b)",
        r"(?:trusted |selected |select |our )?partners (?=(?:to|who|that|which) (?:help|helps|assist|assists) us (?:\w+ )?"
        r"(?:perform|send|provide|process|host|deliver|run|operate|answer)\b)",
        r"(?:software|practice management|web ?site|it|hosting|technology) (?:company|companies|vendors?|firms?)",
        r"(?:third[- ]party |outside |external |trusted )?(?:vendors?|contractors?|suppliers?|sub-?processors?|subcontractors?|processors?)",
        r"(?:payment|hosting|cloud(?: storage| hosting| backup)?|e-?mail|it|technology|data storage|fulfil?lment|shipping|delivery|customer (?:service|support)|technical) (?:service )?(?:providers?|processors?|companies|vendors?|services)",
        # partners named by the service they perform for us: "our moderation partners"
        r"(?:moderation|content moderation|payment|payments|hosting|cloud|logistics|shipping|delivery|fulfil?lment|"
        r"verification|identity verification|customer (?:service|support)|support|processing|infrastructure) partners?",
        # well-known processors and hosts named in policies
        r"stripe",
        r"apple pay",
        r"google pay",
        r"amazon pay",
        r"paypal",
        r"braintree",
        r"authorize\.net",
        r"amazon web services",
        r"aws",
        r"google cloud",
        r"microsoft azure",
        r"mailchimp",
        r"sendgrid",
        r"zendesk",
        r"salesforce",
        # hosts, e-commerce platforms, messaging, support and payment vendors
        r"shopify",
        r"cloudflare",
        r"digitalocean",
        r"heroku",
        r"netlify",
        r"vercel",
        r"twilio",
        r"postmark",
        r"mailgun",
        r"klaviyo",
        r"(?:brevo|sendinblue)",
        r"intercom",
        r"hubspot",
        r"freshdesk",
        r"help ?scout",
        r"adyen",
        r"klarna",
        r"afterpay",
        r"plaid",
        r"(?:auth0|okta)",
        r"couriers?",
        # WordPress: avatars, and comment spam checks
        r"gravatar(?: service)?",
        r"akismet",
        r"(?:automated )?(?:spam|fraud)[- ](?:detection|filtering|protection|prevention|checking) (?:services?|providers?|tools?)",
        # "shipping carriers such as UPS", "your parcel information to carriers": the
        # phone network's carrier is device data (DataCategory.device_info)
        r"(?<!mobile )(?<!wireless )(?<!cellular )(?<!cell phone )(?<!cellphone )(?<!phone )(?<!network )(?<!telecom )(?<!telecoms )carriers?(?! (?:names?|information|info|data|details)\b)",
        r"(?<!software )(?<!user )agents",
        r"outsourc(?:e|ed|ing)(?: (?:partners?|companies|providers?))?",
        r"on (?:our|its|their|the company's|[a-z0-9]\w+'s) behalf",
        # centres and carriers that work for the service: "a response center that dispatches help"
        r"(?:call|contact|response|dispatch|emergency response|monitoring) cent(?:er|re)s?",
        r"(?:connectivity|telematics|telecommunications|mobile network|wireless) (?:service )?providers?",
        r"(?:companies|individuals|organi[sz]ations|third parties|entities|businesses) (?:that|who) (?:help|assist|perform|provide services|work on|support)",
        # "our services to store your preferences" are the service's own, not a vendor's
        r"(?:third[- ]party |outside |external )?(?:(?<!our )(?<!its )services|companies|vendors|providers|firms)(?: \w+){0,2} (?:to|that|which|who) (?:help us |assist us )?(?:host|store|process|deliver|send|operate|run|maintain|support|perform)",
    ),
    Recipient.affiliates: (
        r"(?:corporate )?affiliat(?:es?|ed (?:companies|company|entities|entity|businesses|organi[sz]ations|[a-z]+))",
        r"subsidiar(?:y|ies)",
        r"parent (?:company|companies|corporation|entity)",
        r"sister companies",
        r"(?:corporate )?(?:family|group) of (?:companies|brands)",
        r"group (?:companies|company|entities|entity|members|undertakings)",
        r"companies (?:within|in) (?:our|the same) (?:corporate )?group",
        r"(?:companies|entities|members|businesses) (?:in|of|within) (?:our|the same|the [\w&-]+) (?:corporate )?(?:family|group)",
        r"corporate (?:group|family)",
        r"(?:within|across|throughout) (?:our|the) (?:[\w&-]+ ){0,3}(?:corporate )?group",
        r"sister (?:companies|company|publications|titles|newspapers|brands|sites|businesses|stores|shops)",
        r"(?:holding|parent) compan(?:y|ies)",
        r"related (?:companies|entities)",
        r"under common (?:control|ownership)",
    ),
    Recipient.business_partners: (
        r"(?:business|trusted|strategic|commercial|marketing|promotional|co-?marketing|content|brand|distribution|joint[- ]venture|selected|select|third[- ]party|other|our) partners?",
        r"partners",
        r"(?:third[- ]party |game |app |application |software )?developers",
        r"publishers",
        r"merchants",
        r"retailers",
        r"research(?:ers| partners| institutions)",
        # research run "in cooperation with" a hospital or university that receives the data
        r"(?:university |teaching |partner )hospitals?",
        r"(?:universities|(?:the |a |an )university(?: of [A-Za-z-]+| hospital| clinic)?)",
        r"(?:research|academic|scientific) (?:institutes?|centres?|centers?|organi[sz]ations|collaborators)",
        r"co-?brand(?:ed|ing)?(?: (?:partners?|sites?|services?|offerings?))?",
        r"sponsors?",
        r"joint ventures?",
        r"partnerships?",
        r"(?:local |authori[sz]ed |approved |your )?(?:dealers?|dealerships?|distributors|franchisees?)",
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
        r"new owners?",
        r"(?:is|are|be|being|gets?|was) acquired",
        r"acquired by",
        r"(?:bought|purchased|taken over) by",
        r"merged (?:with|into)",
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
        # corporate transactions stated with verbs: "if we or this site are bought, sold or
        # merged", "we may buy or sell businesses or assets", "should we merge with another company"
        r"(?:we|us|company|business|site|web ?site|app|service|services|assets|[a-z]+ (?:inc|llc|ltd))"
        r"(?: (?:or|and) (?:\w+ ){1,3}?)? (?:is|are|be|being|was|were|gets?) (?:\w+,? |or ){0,4}?"
        r"(?:bought|sold|merged|acquired|purchased|taken over|combined)\b",
        r"(?:buy|sell|acquire|purchase)(?:,? (?:or|and) (?:buy|sell|acquire|purchase))? (?:other |additional )?"
        r"(?:businesses|companies|business units|subsidiaries|(?:business )?assets)\b",
        r"merge (?:with|into) (?:or (?:\w+ ){1,3}?by )?(?:another|other|a third[- ]party|an?) "
        r"(?:company|companies|business|entity|firm|organi[sz]ation)",
        # (not a portability right: "a format that can be transferred to another organisation")
        r"(?<!can be )(?<!could be )(?:sold|transferred|merged|combined) (?:to|with|into) (?:or (?:\w+ ){1,2})?(?:another|other|a third[- ]party|a new|an?) "
        r"(?:company|companies|business|entity|firm|organi[sz]ation|owner)",
    ),
    Recipient.other_users_public: (
        # ("other members of the Acme Group" are companies of the group: affiliates)
        r"other (?:\w+ )?(?:users|members|visitors|players|participants|customers|subscribers|people|individuals|viewers|readers|community members)"
        r"(?! of (?:the|our|its) (?:[\w&-]+ ){0,2}(?:corporate )?(?:group|family)\b)",
        r"users of (?:our|the) (?:services?|sites?|websites?|platform|app)",
        # people, not the network: "your Facebook friends who also play"
        r"(?:your|their|the player's|the user's) (?:facebook|instagram|twitter|snapchat|tiktok|social(?: media| network)?) "
        r"(?:friends|followers|contacts|connections)",
        r"(?:the )?general public",
        # (not "publicly available information such as company registers": a source)
        r"publicly(?! available (?:information|data|sources?|records|registers?)\b)(?: (?:available|visible|accessible|displayed|viewable|posted))?",
        r"(?:be|become|made|make|is|are) public",
        r"public (?:areas?|forums?|profiles?|posts|spaces|portions|leaderboards?|pages?)",
        r"leaderboards?",
        r"visible to",
        r"viewable by",
        r"(?<=by )(?:others|anyone|everyone)",
        r"(?<=to )(?:everyone|anyone|all users)",
        r"(?:your )?profile pages?",
        r"(?:bulletin|message|discussion) boards?",
        r"chat rooms?",
        r"forums",
        r"on the internet",
        r"anyone (?:with|who has) (?:the |a |this |that )?(?:link|url)",
    ),
    Recipient.unspecified_third_parties: (
        r"third[- ]part(?:y|ies)(?: (?:companies|organi[sz]ations|businesses|entities|services|sites|websites))?",
        r"other (?:companies|organi[sz]ations|businesses|entities|parties)",
        r"outside (?:parties|companies|organi[sz]ations|entities)",
        r"(?:non-?|un)affiliated (?:third parties|companies|parties|entities|businesses|organi[sz]ations)",
        r"external (?:parties|companies|organi[sz]ations)",
        r"private parties",
        r"(?:data|list) brokers?",
        # a service the user connects: "if you connect X to Google Drive, we exchange information with that service"
        r"(?<=with )(?:that|the connected|the linked|each connected|the other) (?:service|app|application|platform|integration|tool)s?",
    ),
}
# A recipient term that only means "required by law" counts for government_legal
# when no recipient is named: "we may disclose information if required by law".
LEGAL_COMPULSION = (
    r"(?:required|compelled|obligated|requested|requires?|permitted) (?:to do so )?by (?:applicable |any |the |local )?laws?",
    r"(?:comply|compliance) with (?:the |a |any |applicable |our )?(?:laws?|legal|regulat|court|judicial|governmental)",
    r"legal (?:obligations?|requirements?|process|proceedings|requests?)",
    r"(?:subpoenas?|court orders?|search warrants?)",
    r"legally (?:obliged|obligated|required|bound|compelled)",
    r"(?:the |applicable |a )?laws? (?:requires?|compels?|obliges?|demands?) (?:it|us|this|so|that)",
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
        r"(?:is|are|be|being|gets?|was) acquired",
        r"(?:bought|purchased|taken over) by",
        r"merged (?:with|into)",
        r"new owners?",
        r"(?:buyers?|purchasers?) of (?:our|the|its) (?:business|company|assets|shares)",
        r"successors?(?: in interest| entit(?:y|ies))?",
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
        r"(?:company|business|companies|businesses) (?:is|are|be|being|gets?|was|were) (?:sold|merged)",
        # corporate transactions stated with verbs: "if we or this site are bought, sold or
        # merged", "we may buy or sell businesses or assets", "should we merge with another company"
        r"(?:we|us|company|business|site|web ?site|app|service|services|assets|[a-z]+ (?:inc|llc|ltd))"
        r"(?: (?:or|and) (?:\w+ ){1,3}?)? (?:is|are|be|being|was|were|gets?) (?:\w+,? |or ){0,4}?"
        r"(?:bought|sold|merged|acquired|purchased|taken over|combined)\b",
        r"(?:buy|sell|acquire|purchase)(?:,? (?:or|and) (?:buy|sell|acquire|purchase))? (?:other |additional )?"
        r"(?:businesses|companies|business units|subsidiaries|(?:business )?assets)\b",
        r"merge (?:with|into) (?:or (?:\w+ ){1,3}?by )?(?:another|other|a third[- ]party|an?) "
        r"(?:company|companies|business|entity|firm|organi[sz]ation)",
        # (not a portability right: "a format that can be transferred to another organisation")
        r"(?<!can be )(?<!could be )(?:sold|transferred|merged|combined) (?:to|with|into) (?:or (?:\w+ ){1,2})?(?:another|other|a third[- ]party|a new|an?) "
        r"(?:company|companies|business|entity|firm|organi[sz]ation|owner)",
    ),
    Purpose.advertising: (
        r"advertis(?:ing|ements?)",
        r"adverts?",
        r"(?:custom|lookalike|look-alike|similar) (?:and (?:lookalike|look-alike|similar) )?audiences",
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
        r"(?:special |exclusive |nearby )?deals",
        r"discounts",
        r"coupons",
        r"(?:product|service) announcements",
        r"announcements about",
        r"(?:keep|keeping) you (?:posted|informed|updated)",
        # "product updates and tips", "tips and tricks": the newsletter of an app
        r"(?:product |feature )?(?:news|updates) and tips|tips and (?:tricks|news|updates|offers|inspiration)",
        r"cashback(?: offers)?",
        r"upcoming events",
        r"(?:launch|about|of|on) (?:any )?(?:our )?new (?:products?|services?|features?|offerings?)",
        r"new (?:products?|services?|features?|offerings?)(?: or| and|/)? (?:products?|services?)? that",
        r"contests?",
        r"sweepstakes",
        r"direct mail",
        r"mailing lists?",
        r"e-?mail lists?",
        r"market (?:to you|our|products|services)",
        r"referral programs?",
        r"information (?:about|on) (?:our )?(?:products|services|offers|events)",
        # "to send information about campaigns, events, products and services"
        r"(?:send|sending|provide|providing|deliver|delivering)(?: you)? (?:information|news|updates|details) (?:about|on|regarding) "
        r"(?:our |the |upcoming )?(?:[\w-]+,? ){0,3}?(?:campaigns?|events|sales|offers|promotions)",
        r"commercial (?:e-?mails?|messages|communications)",
    ),
    Purpose.personalization: (
        r"personali[sz](?:e|es|ed|ing|ation)",
        r"customi[sz](?:e|es|ed|ing|ation)",
        r"(?<!advertisements )(?<!advertising )(?<!adverts )(?<!ads )tailor(?:s|ed|ing)?",
        r"recommend(?:ation|ations|s|ed|ing)?",
        r"relevant content",
        r"suggest(?:s|ed|ing)?(?= (?:\w+ )?(?:products|content|items|titles|music|videos|things|friends|people|connections|ads|shows|movies|articles))",
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
        r"understand (?:how|trends|customer|user|our users|the usage|usage|visitor|what|which)",
        r"learn (?:about|more about) (?:user|customer|visitor|how)",
        r"monitor(?:ing)? (?:and analy[sz]e )?(?:the )?(?:use|usage|traffic|trends|aggregate|performance)",
        r"trends",
        r"develop(?:ment of)? (?:new )?(?:products|services|features)",
        r"product development",
        r"(?:a/b )?testing",
        r"quality (?:assurance|control|purposes|improvement|and training)",
        r"count(?:s|ing)? (?:the number of )?(?:visitors|visits|users|page views)",
        r"(?:see|find out|learn|know|understand) (?:which|what) (?:parts|pages|areas|sections|features|products|articles) (?:of (?:our|the|this) (?:\w+ )?)?(?:are|is|were) (?:most |more |least )?(?:popular|used|visited|read)",
        r"make (?:the|our|this) (?:site|web ?site|service|app|store|shop) better",
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
        # "to create and secure your account": the account's security, a purpose
        r"(?:secur|protect|safeguard)(?:e|es|ing|s)? (?:your |user |users['’] |the )?accounts?",
        r"authenticat(?:e|ion)",
        r"spam",
        r"malicious",
        r"integrity",
        # "keep volunteers and neighbors safe", "keep our systems secure" (keeping the data
        # itself secure is a security measure, not a purpose)
        r"keep(?:s|ing)? (?!(?:it|them)\b)(?!(?:\w+ ){0,2}(?:data|information|records|details)\b)"
        r"(?:[\w-]+ (?:and |or )?){1,4}?(?:safe|secure)\b",
    ),
    Purpose.legal: (
        r"(?:comply|compliance) with (?:the |a |any |applicable |our |relevant )?(?:laws?|legal|regulat|court|judicial|governmental|subpoenas?)",
        r"(?:required|compelled|obligated|requires?) (?:to do so )?by (?:applicable |any |the |local )?laws?",
        r"legal (?:process|obligations?|requirements?|claims|proceedings|rights|requests?)",
        r"law enforcement",
        r"subpoenas?",
        r"court orders?",
        r"respond to (?:a |an |any )?(?:claims|legal|lawful|government|valid)",
        r"legally (?:obliged|obligated|required|bound|compelled)",
        r"(?:the |applicable |a )?laws? (?:requires?|compels?|obliges?|demands?) (?:it|us|this|so|that)",
        r"protect (?:our|the|its|their) (?:\w+ )?(?:rights|property|legal|trademarks?|intellectual)",
        r"enforce (?:our|the|its|any) (?:terms|agreements?|policies|rights|legal)",
        r"regulators?",
        r"establish,? exercise or defend",
        r"legal obligation",
        r"(?:accounting|tax|bookkeeping|audit|statutory|regulatory|financial|commercial|company|corporate|record-?keeping|anti-money[- ]laundering) (?:\w+ )?(?:rules|laws?|regulations|requirements|obligations) (?:require|requires|oblige|obliges|mandate|mandates)",
        r"(?:required|mandated) (?:to do so )?(?:by|under) (?:applicable |the |our |local |\w+ )?(?:tax|accounting|bookkeeping|commercial|company|corporate|financial|statutory|anti-money[- ]laundering) (?:laws?|rules|regulations|codes?|requirements)",
        r"(?:tax|accounting|bookkeeping|statutory) (?:and \w+ )?(?:obligations|requirements|purposes)",
        r"(?:for|with) (?:[\w-]+ (?:[\w-]+ )?(?:and|or) )?(?:our|the|your) taxes",
        r"tax (?:records|returns|filings|authorities)",
        r"(?:meet|fulfil?l|satisfy|discharge) (?:our |its |any |the )?(?:legal|statutory|regulatory) (?:obligations?|requirements?|duties)",
    ),
    Purpose.service_operation: (
        r"provid(?:e|ing) (?:and (?:\w+ ){1,2})?(?:you with )?(?:our|the|your)? ?(?:services?|sites?|websites?|products?|features?|content|app|platform|platforms?|functionality|accounts?|subscriptions?)",
        r"(?:take|taking|accept|accepting|collect|collecting) (?:your )?payments?",
        r"(?:home )?delivery of (?:your |the )?(?:orders?|newspapers?|papers?|goods|products?|purchases?)",
        r"schedul(?:e|ing) (?:your |an |the )?(?:appointments?|visits?|services?|repairs?|pick-?ups?)",
        r"(?:call|phone|text|e-?mail)(?: or (?:call|phone|text|e-?mail))? you (?:when|once|if) (?:your |the |it )",
        r"(?:operat|maintain|administer|run|deliver|support)(?:e|s|ed|ing)? (?:and \w+ )?(?:our|the|this|your) (?:services?|sites?|websites?|web ?sites?|business|products?|platform|app|use)",
        r"administ(?:er|ration|rate) (?:of )?(?:your )?(?:use|accounts?|the site|the service)",
        r"technical administration",
        r"(?:process|complete|fulfil?l|handle|manage|ship|deliver)(?:es|ed|ing|s)? (?:and \w+ )?(?:your |any |the )?(?:orders?|transactions?|payments?|purchases?|requests?|registration|subscriptions?|memberships?|applications?|claims?|bookings?|reservations?|refunds?|returns?)",
        r"(?:customer|technical|user) (?:service|support|care)",
        r"respond(?:ing)? to (?:your )?(?:inquiries|enquiries|questions|requests|comments|support|e-?mails|messages|issues|concerns)",
        r"(?:send|sending) you (?:a )?repl(?:y|ies)",
        r"(?:manag(?:e|es|ing)|creat(?:e|es|ing)|maintain(?:s|ing)?|set(?:s|ting)? up|administer(?:s|ing)?)"
        r" (?:and \w+ )?(?:your |the )?accounts?",
        # "to bill you", "to charge your card for the plan"
        r"(?:bill|charge|invoice)(?:s|ing)? (?:you|your (?:card|account|payment method))\b",
        # "Billing" as a purpose (a table's purpose column); not "billing address"
        r"(?:billing|invoicing)(?! (?:address|addresses|information|info|details|data|records|history|name|"
        r"postcode|zip|code|country|contacts?|e-?mail|cycle|period|date))",
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
        r"run (?:the |our |its )?(?:\w+ )?(?:features?|services?)(?: such as| like|,|\b)",
        r"(?:save|remember) your (?:user ?name|password|log-?in)",
        r"notif(?:y|ication) (?:you )?(?:when|whenever|about changes to our service)",
        r"software updates",
        r"(?:order|purchase|booking|transaction|shipping|delivery|account) (?:confirmations?|receipts?|updates?|notifications?|status)",
        r"receipts",
        # the purposes column of a table of processors: "Payment processing", "Cloud hosting"
        r"(?:payments?|orders?|transactions?) processing",
        r"(?:cloud|web|website|server|infrastructure|data) hosting",
        r"transactional e-?mails?",
        # the app stores' purpose names: "App functionality" (Google Play, Apple)
        r"(?:app|product|core) functionality",
    ),
}


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
        # (not the ones data goes to: "we sell it to data brokers")
        r"(?<!to )(?<!with )(?:online and offline |offline )?data (?:providers|brokers)",
        r"supplement(?:s|ed|ing)?",
        r"(?:third[- ]party|social (?:media|network)) (?:services?|sites?|platforms?|accounts?) (?:\w+ ){0,2}(?:send|provide|share)s?",
        r"(?:sign|log) (?:in|on) (?:with|through|using|via)",
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


# The other verbs a list of rights may go on with before its object: "access, correct,
# export or delete your data" gives each verb the object.
_MORE_RIGHT_VERBS = (
    r"(?:,? (?:and/or |or |and )?(?:access|review|view|see|update|correct|rectify|amend|edit|modify|"
    r"change|delete|erase|remove|obtain|export|download|receive|port|restrict|limit))*"
)


# --- rights and choices ---------------------------------------------------------------
# GDPR Art. 15-22 and 77 wording, CCPA "right to know / delete", OPP-115 "user choice/
# control" and "user access, edit and deletion", NAI/DAA/EDAA opt-out programmes.
RIGHT_TERMS: dict[Right, tuple[str, ...]] = {
    Right.access: (
        r"access(?:,? (?:and/or |or |and )?(?:review|update|correct|rectify|amend|edit|modify|change|delete|erase|remove|obtain|export|download|receive))+ (?:\w+ ){0,3}(?:information|pii|data|details|account|profile)",
        r"(?:right|ability|entitled|option) (?:to |of )(?:\w+ ){0,2}access",
        r"(?<=you )(?:may |can |could )?(?:request|ask for|obtain) (?:\w+ ){0,2}access",
        r"right of access",
        r"access (?:to )?(?:and (?:\w+ )?)?(?:the |your |their |any (?:of )?(?:your |the |their )?|such |all (?:of )?(?:your |the )?)?(?:personal |personally identifiable )?(?:information|pii|data|details|records|profile|account information)",
        r"(?:obtain|request|receive|get|download|export)(?:s|ing)? (?:a )?cop(?:y|ies) of",
        r"(?:download|export)(?:s|ing)? (?:everything|all (?:of )?(?:your|the|their)|(?:your|their) (?:own )?(?:\w+ ){0,2}(?:information|pii|data|content|profile|account|messages|history|posts|files))",
        r"download my data",
        r"(?:provide|give) you (?:with )?(?:access|a copy(?! (?:in case|for your records|of (?:the |your |this )?(?:warranty|receipt|invoice|registration|waiver|contract|agreement|form|ticket))))",
        # agentless passives: "your information can be reviewed, corrected or removed"
        r"(?:information|pii|data|details|records|profile)(?: \w+){0,2} (?:can|may|will|could|would) be (?:accessed|reviewed|viewed|inspected)",
        r"(?:review|view|inspect)(?:,? (?:and |or )?(?:edit|update|correct|change|modify|delete|remove|download|export))* (?:the |your |any (?:of )?(?:your |the |their )?|what |which |all )?(?:personally identifiable |personal |profile |account )?(?:information|pii|data|details|profile|account information)",
        r"confirm(?:ation)? (?:of )?whether (?:or not )?we (?:process|hold|have)",
        r"confirmation (?:as to |of )?whether",
        r"(?:review|view) (?:(?:and/or|and|or) \w+ )?(?:your )?(?:\w+ ){0,2}(?:information|pii|data|profile|details|records)",
        # "your account page shows everything we hold about you"
        r"(?:shows?|displays?|lists?|see) (?:you )?(?:everything|all (?:of )?(?:the )?(?:\w+ )?(?:information|data)|what) (?:that )?we (?:hold|have|keep|store|collect|process)",
        r"(?:download|export|view)(?:s|ing)? (?:your |their |the |all )?(?:\w+ ){0,2}(?:summaries|records|reports|statements|transcripts|invoices|receipts|history|results)",
        r"right to know",
        r"(?:request|ask)(?: that we| us to)? (?:disclose|tell you|inform you|confirm|provide you with)(?: [\w,-]+){0,10} (?:information|data) (?:we|that we) (?:have )?(?:collected|collect|hold|process|maintain)",
        r"categories and specific pieces",
        r"(?:data )?subject access requests?",
        r"(?:what|which) (?:personal |personally identifiable )?(?:information|pii|data) we (?:hold|have|keep|maintain|collect)",
        r"(?:provide|give|tell|inform) you (?:with )?(?:information )?(?:about |of |on )?(?:whether|what|which) (?:\w+ ){0,6}(?:information|data)",
        # items of a rights list: "ask for a copy of ...", "obtain a summary of the data we process"
        r"ask(?:s|ing)? (?:us )?for (?:a |an )?(?:\w+ )?cop(?:y|ies) of (?:the |your |all |any )?(?:\w+ ){0,2}(?:information|pii|data|details|records|profile)",
        r"(?:obtain|request|receive|get|ask for)(?:s|ing)? (?:a |an )?(?:\w+ )?(?:summary|overview|list|report) of (?:the |your |all )?(?:personal )?(?:information|data|details)",
        # "can see, edit, or delete their personal information": see, then what they can do with it
        r"see(?:,? (?:and |or )?(?:edit|update|correct|change|modify|delete|remove|download|export))+ (?:the |your |their |any (?:of )?(?:your |the |their )?|all )?(?:personally identifiable |personal |profile |account )?(?:information|pii|data|details|profile)",
        # "request to receive an exported file of the personal data we hold about you"
        r"(?:receive|obtain|request|get|download) (?:an? )?(?:exported|export|downloadable) (?:file|archive|copy) of",
        # plain speech: "ask to see the information we have about you"
        r"ask(?:s|ing)?(?: us)? to (?:see|view|inspect|look at) (?:\w+ ){0,4}?(?:information|pii|data|records|details|file)s? "
        r"(?:(?:that )?we (?:\w+ )?(?:have|hold|keep|store|maintain|collect(?:ed)?)|about (?:you|them)|on (?:you|them|file))",
    ),
    Right.correction: (
        r"(?:updat|correct|rectif|amend|edit|modif|chang|revis)(?:e|es|y|ies|ied|ing|ication)?"
        + _MORE_RIGHT_VERBS
        + r" (?:(?:and/or|and|or) \w+ )?(?:\w+ ){0,2}?(?:the |your |their |any (?:of )?(?:your |the |their )?|such |inaccurate |incomplete |that |this )?(?:personal |personally identifiable )?(?:information|pii|data|details|profile|account|records|preferences)",
        r"(?:update|correct|rectify|amend|edit|modify|change|revise|review)(?:,? (?:and/or |or |and )?(?:update|correct|rectify|amend|edit|modify|change|revise|delete))+",
        r"right (?:to|of) (?:rectification|correction|rectify|correct)",
        r"rectif(?:y|ication)",
        r"correct (?:it|them|the data)",
        r"(?:have|get|having) (?:it|them|(?:your |their )?(?:\w+ ){0,3}(?:information|pii|data|details|records)) (?:corrected|rectified|amended|updated|completed|fixed)",
        r"keep (?:your )?(?:\w+ ){0,3}(?:information|pii|data|details) (?:accurate|up[- ]to[- ]date|current)",
        # "ask that your information be corrected, updated, or erased"
        r"(?:ask|request|require)(?:s|ed)? that (?:your |their |the |any )?(?:\w+ ){0,3}(?:information|pii|data|details|records) (?:be|is) (?:corrected|rectified|amended|updated|completed)",
        # agentless passives: "your information can be corrected or removed upon request"
        r"(?:information|pii|data|details|records|profile|pii)(?: \w+){0,2} (?:can|may|will|could|would) be (?:\w+,? (?:and/or |or |and )?){0,3}?(?:corrected|updated|amended|rectified|changed|edited|modified)",
        # "ask us to correct anything that is wrong"; "update your name and email in Settings"
        r"(?:correct|fix|amend|update|rectify)(?:ing)? (?:anything|any (?:\w+ ){0,2}(?:details?|information|data|mistakes?|errors?)|details|information|data|whatever)(?: \w+){0,3}? (?:that |which )?(?:is|are) (?:wrong|inaccurate|incorrect|incomplete|out[- ]of[- ]date|mistaken|outdated)",
        r"(?:update|correct|edit|amend|change|fix)(?:s|ing)? (?:your|their) (?:(?:full|display|user) )?(?:name|e-?mail address|e-?mail|postal address|phone number|mobile number|contact details)\b",
    ),
    Right.deletion: (
        # "ask that your information be corrected, updated, or erased"
        r"(?:ask|request|require)(?:s|ed)? that (?:your |their |the |any )?(?:\w+ ){0,3}(?:information|pii|data|details|records) (?:be|is) (?:\w+,? (?:and/or |or |and )?){0,3}?(?:erased|deleted|removed)",
        r"(?:delet|eras|remov|purg)(?:e|es|ing|al|ure)? (?:(?:and/or|and|or) \w+ )?(?:\w+ ){0,2}?(?:of )?(?:the |your |their |any (?:of )?(?:your |the |their )?|such |all (?:of )?(?:your |the )?|that |this )?(?:personal |personally identifiable )?(?:information|pii|data|details|account|profile|records|content|registration)",
        r"(?:request|ask)(?:s|ing)? (?:\w+ ){0,3}(?:deletion|removal|erasure)",
        r"(?:deletion|removal|erasure) of (?:your |the |any (?:of )?(?:your |the |their )?|such )?(?:personal |personally identifiable )?(?:information|pii|data|account|profile)",
        r"right (?:to|of) (?:erasure|deletion|delete|erase|be forgotten)",
        r"right to be forgotten",
        r"(?:account|information|data|profile|details|records)(?: \w+){0,3} (?:deleted|erased|removed|purged)",
        r"(?:close|cancel|terminate) (?:your )?account",
        r"(?:information|pii|data|details|records|profile|pii)(?: \w+){0,2} (?:can|may|will|could|would) be (?:\w+,? (?:and/or |or |and )?){0,3}?(?:deleted|erased|removed|purged)",
        r"(?:delete|erase|remove) (?:it|them)",
        # "to have it corrected or erased"; "want us to remove you from our records?"
        r"(?:have|get|having) (?:it|them|(?:your |their )?(?:\w+ ){0,3}(?:information|pii|data|details|records|account)) (?:\w+ (?:or|and) )?(?:deleted|erased|removed|purged|wiped)",
        r"(?:delete|erase|remove|wipe) (?:your|their|the) (?:\w+ )?files?",
        r"remov(?:e|ed|ing) you from (?:our|the|all|any) (?:\w+ )?(?:records|databases?|files|systems|customer lists?)",
    ),
    Right.portability: (
        r"portab(?:le|ility)",
        r"machine[- ]readable",
        r"structured,? commonly[- ]used",
        r"(?:usable|electronic|common|standard) (?:electronic )?format",
        r"transmit (?:it|them|your (?:\w+ ){0,2}(?:information|data)) to (?:another|a third party|a different)",
        r"(?:export|download)"
        + _MORE_RIGHT_VERBS
        + r" (?:a copy of )?(?:your )?(?:personal |personally identifiable )?(?:information|pii|data|content)",
        r"(?:receive|obtain|request|get|download) (?:an? )?(?:exported|export|downloadable) (?:file|archive|copy) of",
        r"(?<=to )port (?:it|them|(?:your|their) (?:\w+ ){0,2}(?:information|data)) to",
        r"(?:as|in) (?:a |an )?(?:zip (?:file|archive) of |single )?(?:json|csv|xml)(?: files?| format)?",
        r"import (?:it|them|(?:your|the) (?:data|export|exported \w+|files?)) into (?:another|a different|other|any other) (?:\w+ )?(?:tool|service|app|provider|platform)",
        # "in a format that can be transferred to another organisation"; "as Markdown and JSON files"
        r"(?:in|into) (?:a |an )?(?:\w+ )?(?:format|form|file) (?:that|which) (?:can|could|you can) (?:be )?(?:transferred|moved|transmitted|passed|sent|taken|reused|ported|given)(?: \w+){0,2} to (?:another|a new|a different|other)",
        r"(?:as|in) (?:\w+,? )(?:and |or )(?:json|csv|xml)\b",
    ),
    Right.opt_out_marketing: (
        r"unsubscrib(?:e|es|ed|ing)",
        r"opt(?:-| )?out (?:of |from )?(?:receiving )?(?:any |our |such |these |future |further )?(?:sms |text |e-?mail |direct |push )?(?:marketing|promotional|commercial|e-?mail|newsletters?|communications|mailings?|messages|offers|solicitations)",
        r"(?:marketing|promotional|commercial|newsletters?).{0,60}\bopt(?:-| )?(?:out|in)\b",
        r"opt(?:-| )?(?:in or out|out or in)",
        r"no longer (?:wish|want|desire) to receive",
        r"(?:prefer|wish|want|like|choose) not to (?:receive|get)",
        r"stop (?:receiving|sending)",
        r"(?:choose|decide|select|indicate|tell us) whether (?:or not )?(?:you )?(?:want |wish |would like )?(?:to )?receive",
        r"remov(?:e|ed) (?:you |your (?:\w+ ){0,2})?from (?:our |the )?(?:mailing|e-?mail|marketing|distribution) lists?",
        r"(?:withdraw|change) (?:your )?(?:consent|preferences) (?:to|for) (?:receive |receiving )?(?:marketing|promotional)",
        r"(?:marketing|communication|e-?mail|contact) preferences",
        r"do not wish to receive",
        r"(?:turn|switch)(?:s|ing)? off (?:\w+ ){0,4}(?:newsletters?|bulletins?|mailings?|(?:special )?offers|(?:marketing |promotional )?e-?mails|promotional|marketing)",
        # "object to us using your information for direct marketing"; "stop these messages ... reply STOP"
        r"object(?:s|ing)? to (?:\w+ ){0,5}?(?:direct )?marketing",
        r"stop (?:these|those|such|our|all|any|the|future) (?:\w+ )?(?:messages|e-?mails|texts|sms|mailings|newsletters|offers)",
        r"(?:reply|replying|text|texting) [\"'“‘]?stop\b",
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
        r"(?:turn(?:ing)? off|disabl(?:e|ing)|switch(?:ing)? off|opt(?:-| )?out of) (?:\w+ ){0,2}(?:ads?|advertising) personali[sz]ation",
        r"(?:turn(?:ing)? off|disabl(?:e|ing)|switch(?:ing)? off|untick(?:ing)?|uncheck(?:ing)?|toggl(?:e|ing) off) (?:the |your )?[\"'“‘]?(?:\w+ ){0,2}(?:personali[sz]ed|interest[- ]based|targeted|tailored) (?:ads|advertising|advertisements)",
        r"your choices about not having this information used",
        # "stop the use of your information for advertising on the opt-out pages of the ad companies"
        r"(?:stop|prevent|block|refuse|disable|limit|restrict)(?:s|ing)? (?:the )?(?:use|processing) of (?:your |their )?(?:\w+ ){0,3}?"
        r"(?:information|data|history|profile|identifiers?) for (?:\w+ )?(?:ads|advertising|advertisements)",
        r"opt(?:-| )?out (?:pages?|tools?|links?) (?:of|offered by|provided by|run by) (?:the |each |any )?(?:\w+ )?"
        r"(?:advertising|ad|advertisers?)(?: (?:companies|company's|networks?|providers?|partners?))?",
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
        r"withdr(?:aw|aws|awn|awing|ew|awal of) (?:your |such |this |the |any )?consent",
        r"revok(?:e|ing)(?: your)? consent",
        r"(?:withdraw|revoke) (?:it|this|that) at any time",
        r"right to withdraw",
        r"consent (?:may|can) be withdrawn",
    ),
    Right.object_or_restrict: (
        r"(?:right|ability|entitled) (?:\w+ ){0,3}(?:to )?object",
        r"\bobject(?:ing)? to (?:the |our |any (?:of )?(?:your |the |their )?|such )?(?:\w+ ){0,3}(?:processing|use|profiling|direct marketing)",
        r"restrict(?:ion of)? (?:the |our |any (?:of )?(?:your |the |their )?|how we )?(?:\w+ ){0,2}(?:processing|use of your|use your)",
        r"right (?:to|of) restrict(?:ion)?",
        r"limit (?:the |our |how we )?(?:processing|use of your|use your)",
        r"restriction of processing",
        # "ask us ... to restrict how we use it"; "object to us using your information"
        r"(?:restrict|limit)(?:s|ing)? how we (?:use|process|handle|share)",
        r"\bobject(?:ing)? to (?:us|our|we|them) (?:\w+ )?(?:using|processing|use|sharing|handling)",
        # APPI wording: "to discontinue its use, erase it, or discontinue its provision to third parties"
        r"(?:discontinu|ceas|suspend|stop|halt)(?:e|es|ed|ing|s)? (?:its|their) (?:further )?(?:use|utili[sz]ation|processing)\b",
        r"(?:discontinu|ceas|suspend|stop|halt)(?:e|es|ed|ing|s)? (?:the |any )?(?:further )?(?:use|utili[sz]ation|processing) of "
        r"(?:it|them|(?:your|their|the|such|this) (?:\w+ ){0,2}?(?:information|data))(?! for (?:\w+ )?(?:ads|advertising|advertisements|marketing|newsletters?)\b)",
        r"stop(?:s|ping)? using (?:it|them|(?:your|their) (?:\w+ ){0,2}?(?:information|data))\b",
        r"(?:discontinu|ceas|suspend|stop|halt)(?:e|es|ed|ing|s)? (?:its |their |the |any )?(?:provision|providing|supplying|disclosure|disclosing)"
        r"(?: of)?(?: (?:it|them|your (?:\w+ ){0,2}?(?:information|data)))? to (?:any )?(?:third[- ]part(?:y|ies)|other (?:companies|organi[sz]ations|businesses|parties)|outside parties)",
    ),
    Right.complaint_to_authority: (
        r"(?:lodge|file|make|submit|bring|raise|take) (?:a |an |your )?complaints? (?:\w+ ){0,3}(?:with|to|before) (?:a |the |your |any (?:of )?(?:your |the |their )?|an )?(?:\w+ ){0,3}(?:authority|authorities|regulator|commissioner|commission|agency|office|ombudsman|attorneys? general)",
        # "complaints ... may also be made to the Personal Information Protection Commission"
        r"(?:personal )?(?:information|data) protection (?:commission|committee|agency|office)",
        # a state Attorney General offered as the place to go: "you can contact the Washington State Attorney General"
        r"(?:contact|complain to|appeal to|write to|notify|reach|turn to) (?:the |your )?(?:[\w-]+ ){0,3}?attorneys? general\b",
        r"complain to (?:a |the |your |any )?(?:\w+ ){0,4}(?:authority|authorities|regulator|commissioner|agency|ombudsman)",
        r"(?:privacy|data protection|information) (?:commissioner|ombudsman)s?",
        r"(?:supervisory|data protection|privacy) (?:authority|authorities)",
        r"information commissioner",
        r"right to (?:lodge|file|make) a complaint",
        # a regulator by its short name, after a complaint: "complain to the ICO"
        # ("registered with the ICO" alone is no complaint route)
        r"(?:complain|complaints?|concerns?) (?:\w+ ){0,4}?(?:to|with) (?:the )?(?:ico|cnil|dpc|aepd|garante|"
        r"datatilsynet|imy|autoriteit persoonsgegevens|bfdi|oaic|opc|pdpc|pipc|ppc|anpd|edoeb|fdpic)\b",
        # the DPDP Act's Data Protection Board and boards or tribunals like it
        r"(?:data protection|privacy|data privacy) (?:board|tribunal)s?",
    ),
}


QUESTION_FOR_RIGHT: dict[Right, Question] = {right: Question(right.value) for right in Right}
