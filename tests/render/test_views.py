"""Apple, Google Play and OPP-115 views: the mapping rules and their stated limits."""

from __future__ import annotations

import pytest
from data.render_labels import bare_label, evidence, one_claim_label, rich_label

from summarizer.label.schema import (
    Answer,
    CollectedData,
    DataCategory,
    Evidence,
    GradeResult,
    NotCollectedData,
    Purpose,
    Recipient,
    Right,
    Security,
    SharingClaim,
    Source,
    Summary,
)
from summarizer.render.views import (
    APPLE_CATEGORIES,
    APPLE_CATEGORY_OF,
    APPLE_PURPOSE_OF,
    APPLE_PURPOSES,
    GOOGLE_DATA_TYPES,
    GOOGLE_TYPE_OF,
    OPP115_CATEGORIES,
    AppleView,
    GoogleView,
    Opp115View,
    RenderError,
    apple_view,
    build_view,
    complete_label,
    google_view,
    opp115_view,
)


def panel(view: AppleView, key: str) -> dict[str, list[DataCategory]]:
    found = next(p for p in view.panels if p.key == key)
    return {item.apple_category: item.categories for item in found.items}


def collected(
    category: DataCategory, *purposes: Purpose, quote: str = "We collect it."
) -> CollectedData:
    return CollectedData(category=category, purposes=list(purposes), evidence=[evidence(quote)])


# ------------------------------------------------------------------ Apple


def test_apple_has_four_panels_in_apple_order():
    view = apple_view(rich_label())
    assert [p.title for p in view.panels] == [
        "Data Used to Track You",
        "Data Linked to You",
        "Data Not Linked to You",
        "Data Not Collected",
    ]


def test_apple_tracking_panel_holds_data_shared_with_advertisers():
    view = apple_view(rich_label())
    assert panel(view, "track") == {
        "Location": [DataCategory.location],
        "Identifiers": [DataCategory.cookies_tracking],
        "Usage Data": [DataCategory.cookies_tracking],
    }


def test_apple_tracking_from_third_party_tracking_needs_the_advertising_purpose():
    label = one_claim_label(
        data_collected=[
            collected(DataCategory.identifiers, Purpose.advertising),
            collected(DataCategory.location, Purpose.service_operation),
        ],
        third_party_tracking=Answer(value="yes", evidence=[evidence("Ad networks track you.")]),
    )
    assert panel(apple_view(label), "track") == {"Identifiers": [DataCategory.identifiers]}
    not_tracked = label.model_copy(update={"third_party_tracking": Answer(value="no")})
    assert panel(apple_view(not_tracked), "track") == {}


def test_apple_tracking_item_carries_the_tracking_quote():
    quote = evidence("Ad networks track you.")
    label = one_claim_label(
        data_collected=[collected(DataCategory.identifiers, Purpose.advertising)],
        third_party_tracking=Answer(value="yes", evidence=[quote]),
    )
    item = next(p for p in apple_view(label).panels if p.key == "track").items[0]
    assert quote in item.evidence


def test_apple_links_all_collected_data_and_says_why_not_linked_is_empty():
    label = rich_label()
    view = apple_view(label)
    linked = panel(view, "linked")
    for item in label.data_collected:
        for apple_type in APPLE_CATEGORY_OF[item.category]:
            assert item.category in linked[apple_type]
    not_linked = next(p for p in view.panels if p.key == "not_linked")
    assert not_linked.items == []
    assert "linked" in not_linked.note
    assert any("linked" in limit.lower() for limit in view.limitations)


def test_apple_finer_types_appear_only_when_a_quote_names_them():
    plain = one_claim_label(
        data_collected=[
            collected(DataCategory.financial, quote="We keep your card number."),
            collected(DataCategory.usage_activity, quote="We log the pages you view."),
        ]
    )
    named = one_claim_label(
        data_collected=[
            collected(DataCategory.financial, quote="We keep your purchase history."),
            collected(
                DataCategory.usage_activity, quote="We log your searches and browsing history."
            ),
        ]
    )
    assert set(panel(apple_view(plain), "linked")) == {"Financial Info", "Usage Data"}
    assert set(panel(apple_view(named), "linked")) == {
        "Financial Info",
        "Purchases",
        "Usage Data",
        "Search History",
        "Browsing History",
    }


def test_apple_not_collected_skips_types_that_are_collected():
    label = one_claim_label(
        data_collected=[collected(DataCategory.account_profile)],
        data_not_collected=[
            NotCollectedData(category=DataCategory.demographics, evidence=[evidence()]),
            NotCollectedData(category=DataCategory.health, evidence=[evidence()]),
        ],
    )
    # demographics and account_profile are both Apple's "Other Data"
    assert panel(apple_view(label), "not_collected") == {"Health & Fitness": [DataCategory.health]}


def test_apple_purposes_use_apple_names():
    view = apple_view(rich_label())
    location = next(i for i in view.panels[1].items if i.apple_category == "Location")
    assert location.purposes == ["Third-Party Advertising", "App Functionality"]
    for p in view.panels:
        for item in p.items:
            assert item.apple_category in APPLE_CATEGORIES
            assert set(item.purposes) <= set(APPLE_PURPOSES)


def test_apple_tables_cover_every_enum_value():
    assert set(APPLE_CATEGORY_OF) == set(DataCategory)
    assert set(APPLE_PURPOSE_OF) == set(Purpose)
    used = {name for names in APPLE_CATEGORY_OF.values() for name in names}
    assert used <= set(APPLE_CATEGORIES)


def test_apple_says_sold_data_is_not_placed():
    label = one_claim_label(sells_personal_data=Answer(value="yes", evidence=[evidence()]))
    assert any("sold" in limit for limit in apple_view(label).limitations)
    assert not any("sold" in limit for limit in apple_view(one_claim_label()).limitations)


# ------------------------------------------------------------------ Google


def rows(view: GoogleView) -> dict[str, tuple[bool, bool]]:
    return {row.data_type: (row.collected, row.shared) for row in view.rows}


def test_google_marks_collected_and_shared_types():
    view = google_view(rich_label())
    assert rows(view) == {
        "Location": (True, True),
        "Personal info": (True, False),  # shared only with service providers
        "Financial info": (True, False),
        "Health and fitness": (True, False),
        "App activity": (True, False),
        "App info and performance": (True, False),
        "Device or other IDs": (True, True),
    }
    location = view.rows[0]
    assert location.shared_with == ["Advertisers"]
    assert location.shared_purposes == ["Advertising or marketing"]
    assert location.purposes == ["App functionality", "Advertising or marketing"]
    assert location.shared_evidence[0].quote.startswith("We share location")


@pytest.mark.parametrize(
    ("recipient", "shared"),
    [
        (Recipient.service_providers, False),
        (Recipient.government_legal, False),
        (Recipient.acquirers, False),
        (Recipient.other_users_public, False),
        (Recipient.advertisers, True),
        (Recipient.affiliates, True),
        (Recipient.unspecified_third_parties, True),
    ],
)
def test_google_sharing_follows_its_exemptions(recipient, shared):
    label = one_claim_label(
        sharing=[
            SharingClaim(
                recipient=recipient, categories=[DataCategory.contacts], evidence=[evidence()]
            )
        ]
    )
    assert rows(google_view(label)) == ({"Contacts": (False, True)} if shared else {})


def test_google_lists_recipients_whose_data_is_not_itemised():
    label = one_claim_label(
        sharing=[SharingClaim(recipient=Recipient.business_partners, evidence=[evidence()])]
    )
    view = google_view(label)
    assert view.shared_without_types == ["Business partners"]
    assert any("Business partners" in limit for limit in view.limitations)


@pytest.mark.parametrize(
    ("measures", "quote", "encrypted"),
    [
        (["TLS"], "We use TLS.", "yes"),
        ([], "Data is encrypted when sent.", "yes"),
        (["HTTPS connections"], "We take steps.", "yes"),
        (["firewalls"], "We use firewalls and audits.", "not_stated"),
        ([], "We take reasonable steps to protect your data.", "not_stated"),
    ],
)
def test_google_encryption_in_transit_needs_the_words(measures, quote, encrypted):
    label = one_claim_label(
        security=Security(measures_described="yes", measures=measures, evidence=[evidence(quote)])
    )
    practice = google_view(label).practices[0]
    assert practice.title == "Data is encrypted in transit"
    assert practice.value == encrypted
    assert bool(practice.evidence) == (encrypted == "yes")


def test_google_deletion_mirrors_the_deletion_right():
    for value in ("yes", "no", "not_stated"):
        quotes = [] if value == "not_stated" else [evidence()]
        label = one_claim_label(rights={Right.deletion: Answer(value=value, evidence=quotes)})
        deletion = google_view(label).practices[1]
        assert (deletion.title, deletion.value, deletion.evidence) == (
            "You can request that data be deleted",
            value,
            quotes,
        )


def test_google_tables_cover_every_category():
    assert set(GOOGLE_TYPE_OF) == set(DataCategory)
    assert set(GOOGLE_TYPE_OF.values()) <= set(GOOGLE_DATA_TYPES)


# ------------------------------------------------------------------ OPP-115


def attributes(view: Opp115View, text: str) -> list[tuple[str, str]]:
    practice = next(p for p in view.practices if p.text == text)
    return [(a.name, a.value) for a in practice.attributes]


def test_opp115_rich_label_fills_all_ten_categories_in_scheme_order():
    view = opp115_view(rich_label())
    assert list(view.by_category()) == list(OPP115_CATEGORIES)


def test_opp115_attribute_values_come_from_the_label():
    view = opp115_view(rich_label())
    assert attributes(view, "They collect where you are.") == [
        ("Personal Information Type", "Location"),
        ("Collection Mode", "Implicit"),
        ("Purpose", "Basic service/feature"),
        ("Purpose", "Advertising"),
    ]
    assert ("Third Party Entity", "Unnamed third party") in attributes(
        view, "They share data with advertisers."
    )
    assert attributes(view, "You can opt out of targeted ads.") == [
        ("Choice Type", "Third-party privacy controls"),
        ("Purpose", "Advertising"),
    ]
    assert attributes(view, "You can see your data.") == [("Access Type", "View")]
    assert attributes(view, "You cannot take your data elsewhere.") == [("Access Type", "None")]
    assert attributes(view, "How long they keep data: for as long as your account is active.") == [
        ("Retention Period", "for as long as your account is active")
    ]
    assert attributes(view, "They describe how they protect data.") == [
        ("Security Measure", "Data access limitation"),
        ("Security Measure", "Secure data transfer"),
    ]
    assert attributes(view, "Do Not Track signals are not honored.") == [
        ("Do Not Track policy", "Not honored")
    ]
    assert ("Notification Type", "Personal notice") in attributes(
        view, "Changes to the policy: they tell you directly."
    )
    assert attributes(view, "The service is not for children under 13.") == [
        ("Audience Type", "Children"),
        ("Age", "under 13"),
    ]


def test_opp115_practices_carry_their_claims_quotes():
    label = rich_label()
    view = opp115_view(label)
    quotes = {e.quote for e in label.all_evidence()}
    for practice in view.practices:
        assert practice.category in OPP115_CATEGORIES
        for e in practice.evidence:
            assert e.quote in quotes


def test_opp115_has_nothing_for_a_silent_label():
    view = opp115_view(bare_label())
    assert view.practices == []
    assert view.limitations


def test_opp115_third_party_sources_become_collection_by_third_parties():
    label = one_claim_label(
        data_collected=[
            CollectedData(
                category=DataCategory.social_media,
                sources=[Source.third_party],
                evidence=[evidence()],
            )
        ]
    )
    assert ("Action Third Party", "Collect on first party website/app") in attributes(
        opp115_view(label), "They get data from your social media from other companies."
    )


# ------------------------------------------------------------------ all views


@pytest.mark.parametrize("build", [apple_view, google_view, opp115_view])
def test_views_round_trip_through_json_and_state_limits(build):
    view = build(rich_label())
    assert view.limitations
    assert type(view).model_validate_json(view.model_dump_json()) == view


def test_build_view_names_every_view_and_rejects_others():
    label = rich_label()
    assert build_view(label, "label") is label
    assert isinstance(build_view(label, "apple"), AppleView)
    assert isinstance(build_view(label, "google"), GoogleView)
    assert isinstance(build_view(label, "opp115"), Opp115View)
    with pytest.raises(RenderError, match="Unknown view"):
        build_view(label, "facebook")  # type: ignore[arg-type]


def test_complete_label_fills_a_missing_summary_and_grade_only():
    label = rich_label()
    assert label.summary == Summary() and label.grade == GradeResult()
    filled = complete_label(label)
    assert filled.summary.headline.startswith("Acme Maps")
    assert filled.grade.grade == "C"
    assert complete_label(filled) is filled
    custom = filled.model_copy(update={"summary": Summary(headline="Custom.")})
    assert complete_label(custom).summary.headline == "Custom."


def test_views_do_not_invent_quotes():
    label = rich_label()
    quotes = label.all_evidence()
    for view in (apple_view(label), google_view(label)):
        found: list[Evidence] = []
        for part in view.model_dump()["panels" if isinstance(view, AppleView) else "rows"]:
            for item in part.get("items", [part]):
                found += [
                    Evidence(**e)
                    for e in item.get("evidence", []) + item.get("shared_evidence", [])
                ]
        assert found
        assert all(e in quotes for e in found)


def test_apple_finer_type_shows_the_quote_that_names_it():
    card = evidence("We keep your card number.")
    orders = evidence("We keep a record of your orders.")
    label = one_claim_label(
        data_collected=[
            CollectedData(category=DataCategory.financial, evidence=[card, orders]),
        ]
    )
    items = {i.apple_category: i for i in apple_view(label).panels[1].items}
    assert items["Financial Info"].evidence == [card]
    assert items["Purchases"].evidence == [orders]
