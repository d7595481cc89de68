"""Hand-built labels for the summary, grade, view and renderer tests.

Labels are made here, not by any engine: a `PolicyWriter` writes a small policy text
section by section and hands back `Evidence` whose offsets really index that text,
so `text[start:end] == quote` holds for every quote in these labels.
"""

from __future__ import annotations

from hypothesis import strategies as st

from summarizer.label.schema import (
    Answer,
    Children,
    CollectedData,
    Conflict,
    Contact,
    Coverage,
    DataCategory,
    DoNotTrackAnswer,
    Evidence,
    FailedChunk,
    NotCollectedData,
    PolicyChanges,
    PrivacyNutritionLabel,
    Purpose,
    PurposeClaim,
    Recipient,
    Retention,
    Right,
    Security,
    SharingClaim,
    Source,
)

HOSTILE_QUOTE = 'We share data with <script>alert("pwned")</script> partners & "friends".'


class PolicyWriter:
    """Writes a policy text; `quote()` appends a sentence and returns its Evidence."""

    def __init__(self) -> None:
        self.text = ""
        self.section: str | None = None

    def heading(self, title: str) -> PolicyWriter:
        self.text += f"\n{title}\n"
        self.section = title
        return self

    def quote(self, sentence: str) -> Evidence:
        start = len(self.text)
        self.text += sentence + " "
        return Evidence(
            quote=sentence, start=start, end=start + len(sentence), section=self.section
        )


def rich_label() -> PrivacyNutritionLabel:
    """A label that uses every part of the schema (the 'Acme Maps' policy)."""
    return rich_label_and_text()[0]


def rich_label_and_text() -> tuple[PrivacyNutritionLabel, str]:
    """The rich label and the policy text its offsets index."""
    w = PolicyWriter()
    w.heading("Information We Collect")
    contact = w.quote("We collect your name, email address and phone number when you sign up.")
    location = w.quote("We collect your precise location when you use the map.")
    usage = w.quote("We record the searches you make and the pages you view.")
    cookies = w.quote("We and our partners use cookies and web beacons.")
    financial = w.quote("We keep your card details and purchase history.")
    health = w.quote("If you link a fitness tracker we receive your step counts.")
    device = w.quote("We collect your browser type and operating system.")
    not_collected = w.quote("We do not collect biometric data or government ID numbers.")
    w.heading("How We Use Information")
    ops = w.quote("We use your information to provide the service.")
    ads = w.quote("We use your location and cookies to show you targeted ads.")
    analytics = w.quote("We use usage data to measure and improve the service.")
    w.heading("Sharing")
    vendors = w.quote("We share contact details with vendors who host our service.")
    advertisers = w.quote("We share location and cookie data with advertising partners.")
    legal = w.quote("We may disclose information to law enforcement when required by law.")
    sells = w.quote("We do not sell your personal information.")
    tracking = w.quote("Third-party ad networks place cookies on our site to track you.")
    w.heading("Your Rights")
    access = w.quote("You may request a copy of your personal data.")
    deletion = w.quote("You may ask us to delete your account and data.")
    correction = w.quote("You can correct your profile at any time.")
    ad_opt_out = w.quote("You can opt out of targeted ads through the DAA opt-out page.")
    no_portability = w.quote("We cannot export your data to another service.")
    w.heading("Retention and Security")
    retention = w.quote("We keep your data for as long as your account is active.")
    security = w.quote("We protect data in transit with TLS encryption and limit staff access.")
    w.heading("Children, Transfers and Changes")
    children = w.quote("The service is not directed to children under 13.")
    transfer = w.quote("Your data may be transferred to servers in the United States.")
    dnt = w.quote("We do not respond to Do Not Track signals.")
    changes = w.quote("We will email you before material changes take effect.")
    label = PrivacyNutritionLabel(
        service_name="Acme Maps",
        data_collected=[
            CollectedData(
                category=DataCategory.contact_info,
                sources=[Source.user_provided],
                purposes=[Purpose.service_operation],
                evidence=[contact, vendors],
            ),
            CollectedData(
                category=DataCategory.location,
                sources=[Source.automatic],
                purposes=[Purpose.service_operation, Purpose.advertising],
                evidence=[location, ads],
            ),
            CollectedData(
                category=DataCategory.usage_activity,
                sources=[Source.automatic],
                purposes=[Purpose.analytics],
                evidence=[usage, analytics],
            ),
            CollectedData(
                category=DataCategory.cookies_tracking,
                sources=[Source.automatic],
                purposes=[Purpose.advertising],
                evidence=[cookies],
            ),
            CollectedData(
                category=DataCategory.financial,
                sources=[Source.user_provided],
                purposes=[],
                evidence=[financial],
            ),
            CollectedData(
                category=DataCategory.health,
                sources=[Source.third_party],
                purposes=[],
                evidence=[health],
            ),
            CollectedData(
                category=DataCategory.device_info, sources=[Source.automatic], evidence=[device]
            ),
        ],
        data_not_collected=[
            NotCollectedData(category=DataCategory.sensitive, evidence=[not_collected])
        ],
        purposes=[
            PurposeClaim(purpose=Purpose.service_operation, evidence=[ops]),
            PurposeClaim(purpose=Purpose.advertising, evidence=[ads]),
            PurposeClaim(purpose=Purpose.analytics, evidence=[analytics]),
        ],
        sharing=[
            SharingClaim(
                recipient=Recipient.service_providers,
                categories=[DataCategory.contact_info],
                purposes=[Purpose.service_operation],
                evidence=[vendors],
            ),
            SharingClaim(
                recipient=Recipient.advertisers,
                categories=[DataCategory.location, DataCategory.cookies_tracking],
                purposes=[Purpose.advertising],
                evidence=[advertisers],
            ),
            SharingClaim(
                recipient=Recipient.government_legal,
                purposes=[Purpose.legal],
                evidence=[legal],
            ),
        ],
        sells_personal_data=Answer(value="no", evidence=[sells]),
        third_party_tracking=Answer(value="yes", evidence=[tracking]),
        do_not_track=DoNotTrackAnswer(value="not_honored", evidence=[dnt]),
        rights={
            Right.access: Answer(value="yes", evidence=[access]),
            Right.deletion: Answer(value="yes", evidence=[deletion]),
            Right.correction: Answer(value="yes", evidence=[correction]),
            Right.opt_out_targeted_ads: Answer(value="yes", evidence=[ad_opt_out]),
            Right.portability: Answer(value="no", evidence=[no_portability]),
        },
        retention=Retention(
            stated="yes", period="for as long as your account is active", evidence=[retention]
        ),
        security=Security(
            measures_described="yes",
            measures=["TLS encryption", "limited staff access"],
            evidence=[security],
        ),
        children=Children(min_age=13, knowingly_collects_from_children="no", evidence=[children]),
        international_transfer=Answer(value="yes", evidence=[transfer]),
        policy_changes=PolicyChanges(notice="personal_notice", evidence=[changes]),
        contact=Contact(emails=["privacy@acme.example"], urls=["https://acme.example/privacy"]),
        conflicts=[],
        coverage=Coverage(
            chunks=6,
            chunks_read=5,
            chunks_failed=[FailedChunk(section="Cookies", reason="invalid JSON after 3 tries")],
            claims_total=40,
            claims_dropped=1,
        ),
    )
    return label, w.text


def bare_label() -> PrivacyNutritionLabel:
    """Nothing found: no evidence anywhere."""
    return PrivacyNutritionLabel(service_name="Empty Co")


def evidence(quote: str = "The policy says so.", section: str | None = "Policy") -> Evidence:
    return Evidence(quote=quote, start=0, end=len(quote), section=section)


def one_claim_label(**fields: object) -> PrivacyNutritionLabel:
    """A label with one piece of evidence (so it is gradable) plus the given fields."""
    base: dict[str, object] = {
        "service_name": "Tiny",
        "purposes": [PurposeClaim(purpose=Purpose.service_operation, evidence=[evidence()])],
    }
    base.update(fields)
    return PrivacyNutritionLabel.model_validate(base)


def hostile_label() -> PrivacyNutritionLabel:
    """Policy text that tries to inject markup into the card."""
    hostile = Evidence(
        quote=HOSTILE_QUOTE, start=0, end=len(HOSTILE_QUOTE), section="<b>Sharing</b>"
    )
    return PrivacyNutritionLabel(
        service_name='Evil <img src=x onerror="alert(1)"> Corp',
        data_collected=[
            CollectedData(
                category=DataCategory.contact_info,
                sources=[Source.user_provided],
                purposes=[Purpose.marketing],
                evidence=[hostile],
            )
        ],
        sharing=[
            SharingClaim(
                recipient=Recipient.business_partners,
                categories=[DataCategory.contact_info],
                evidence=[hostile],
            )
        ],
        retention=Retention(stated="yes", period="<script>forever</script>", evidence=[hostile]),
        conflicts=[Conflict(field="sells_personal_data", evidence=[hostile], note="<i>both</i>")],
        contact=Contact(emails=["<script>@evil.example"]),
    )


# ------------------------------------------------------------------ random labels

_quotes = st.builds(
    lambda words, section: Evidence(quote=words, start=0, end=len(words), section=section),
    st.text(alphabet="abcdefghij <>&\"' .", min_size=3, max_size=40),
    st.one_of(st.none(), st.sampled_from(["Intro", "Sharing", "Rights"])),
)
_evidence_lists = st.lists(_quotes, min_size=0, max_size=2)
_tri = st.sampled_from(["yes", "no", "not_stated"])


def _answers() -> st.SearchStrategy[Answer]:
    return st.builds(Answer, value=_tri, evidence=_evidence_lists)


@st.composite
def random_labels(draw: st.DrawFn) -> PrivacyNutritionLabel:
    """Any label the schema allows, including ones with answers but no evidence."""
    categories = draw(st.lists(st.sampled_from(list(DataCategory)), unique=True, max_size=8))
    recipients = draw(st.lists(st.sampled_from(list(Recipient)), unique=True, max_size=5))
    purposes = draw(st.lists(st.sampled_from(list(Purpose)), unique=True, max_size=5))
    return PrivacyNutritionLabel(
        service_name=draw(st.one_of(st.none(), st.text(min_size=1, max_size=12))),
        data_collected=[
            CollectedData(
                category=c,
                sources=draw(st.lists(st.sampled_from(list(Source)), unique=True, max_size=3)),
                purposes=draw(st.lists(st.sampled_from(list(Purpose)), unique=True, max_size=3)),
                evidence=draw(_evidence_lists),
            )
            for c in categories
        ],
        data_not_collected=[
            NotCollectedData(category=c, evidence=draw(_evidence_lists))
            for c in draw(st.lists(st.sampled_from(list(DataCategory)), unique=True, max_size=2))
            if c not in categories
        ],
        purposes=[PurposeClaim(purpose=p, evidence=draw(_evidence_lists)) for p in purposes],
        sharing=[
            SharingClaim(
                recipient=r,
                categories=draw(
                    st.lists(st.sampled_from(list(DataCategory)), unique=True, max_size=3)
                ),
                purposes=draw(st.lists(st.sampled_from(list(Purpose)), unique=True, max_size=2)),
                evidence=draw(_evidence_lists),
            )
            for r in recipients
        ],
        sells_personal_data=draw(_answers()),
        third_party_tracking=draw(_answers()),
        do_not_track=DoNotTrackAnswer(
            value=draw(st.sampled_from(["honored", "not_honored", "not_stated"])),
            evidence=draw(_evidence_lists),
        ),
        rights={right: draw(_answers()) for right in Right},
        retention=Retention(
            stated=draw(_tri),
            period=draw(st.one_of(st.none(), st.just(""), st.text(min_size=1, max_size=30))),
            evidence=draw(_evidence_lists),
        ),
        security=Security(
            measures_described=draw(_tri),
            measures=draw(st.lists(st.text(min_size=1, max_size=15), max_size=3)),
            evidence=draw(_evidence_lists),
        ),
        children=Children(
            min_age=draw(st.one_of(st.none(), st.integers(min_value=0, max_value=18))),
            knowingly_collects_from_children=draw(_tri),
            evidence=draw(_evidence_lists),
        ),
        international_transfer=draw(_answers()),
        policy_changes=PolicyChanges(
            notice=draw(st.sampled_from(["personal_notice", "posted_only", "not_stated"])),
            evidence=draw(_evidence_lists),
        ),
        coverage=Coverage(
            chunks_failed=draw(
                st.lists(
                    st.builds(FailedChunk, section=st.just("S"), reason=st.just("r")), max_size=1
                )
            )
        ),
    )
