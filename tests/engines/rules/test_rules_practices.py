"""Collection, purposes and sharing read by the rules engine from synthetic sentences."""

from __future__ import annotations

import pytest
from rules_helpers import collected, not_collected, purposes, read, recipients

from summarizer.label.schema import Source

# --- collection -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("We collect your first name and mobile phone number.", "contact_info"),
        ("Our app records your advertising identifier and MAC address.", "identifiers"),
        ("We may store your password and communication preferences.", "account_profile"),
        ("When you check out we obtain your debit card number and billing address.", "financial"),
        ("We gather GPS coordinates from your handset.", "location"),
        ("Our servers log your operating system and screen resolution.", "device_info"),
        ("We track the links you click and the search terms you enter.", "usage_activity"),
        ("Our pages use web beacons and pixel tags.", "cookies_tracking"),
        ("We ask for your gender and household income.", "demographics"),
        (
            "We keep the messages you send to other members and your product reviews.",
            "user_content",
        ),
        ("We receive your friends list from the social network you connect.", "social_media"),
        ("With your permission we upload your address book to find friends.", "contacts"),
        ("The app collects heart rate readings from your watch.", "health"),
        ("We may request a copy of your passport to verify your account.", "sensitive"),
    ],
)
def test_each_category_is_recognised_in_a_collection_sentence(sentence: str, category: str) -> None:
    assert category in collected(read(sentence))


def test_user_provided_data_is_attributed_to_the_user() -> None:
    found = read("When you open an account, you give us your e-mail address.")
    item = next(i for i in found.data_collected if i.category.value == "contact_info")
    assert Source.user_provided in item.sources


def test_automatic_and_third_party_sources_are_recognised() -> None:
    auto = read("We automatically log the IP address of every visitor.")
    assert Source.automatic in auto.data_collected[0].sources
    third = read(
        "We may obtain your date of birth from data brokers and other third-party sources."
    )
    assert Source.third_party in third.data_collected[0].sources


def test_explicit_negation_is_not_collected_and_not_collected() -> None:
    found = read("We do not collect your location or your Social Security number.")
    assert {"location", "sensitive"} <= not_collected(found)
    assert not ({"location", "sensitive"} & collected(found))


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not collect your precise location.",
        "The app never reads the exact location of your device.",
        "We do not collect GPS location data.",
        "We don't track your real-time location.",
    ],
)
def test_denying_one_kind_of_location_is_not_denying_location(sentence: str) -> None:
    found = read(sentence)
    assert "location" not in not_collected(found)
    assert "location" not in collected(found)


def test_not_processing_a_category_is_a_refusal_but_not_sharing_it_is_not() -> None:
    assert not_collected(read("We do not process biometric data.")) == {"sensitive"}
    assert not_collected(read("We do not share your biometric data.")) == set()


def test_not_tracking_a_location_is_a_refusal_not_the_do_not_track_signal() -> None:
    assert not_collected(read("We do not track your location.")) == {"location"}


def test_not_collecting_from_children_is_not_a_category_refusal() -> None:
    found = read("We do not knowingly collect the age or e-mail address of children under 13.")
    assert not_collected(found) == set()


def test_a_definition_of_cookies_is_not_a_claim_that_cookies_are_used() -> None:
    assert collected(read("A cookie is a small text file placed on your hard drive.")) == set()
    assert "cookies_tracking" in collected(read("Our website uses cookies."))


def test_data_excluded_in_parentheses_is_not_collected() -> None:
    found = read(
        "Ad partners may collect data (not including your name or telephone number) about your visits."
    )
    assert "contact_info" not in collected(found)
    assert "usage_activity" in collected(found)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # asking, not collecting: one channel of asking (a phishing warning)
        (
            "Our staff will never ask for your password by email or over the phone.",
            "account_profile",
        ),
        ("We will never ask you for your card details in a text message.", "financial"),
        # a device permission the app does not request is not the data
        ("The app does not request access to your photo library.", "user_content"),
        ("We don't ask for permission to access your address book.", "contacts"),
        # part of the data
        ("We never see or store your complete credit card number.", "financial"),
        ("We do not keep your full card details on our own servers.", "financial"),
        # keeping it, not collecting it: the data passes through
        ("We do not store card numbers; payments are handled by Adyen.", "financial"),
        ("We never keep your location history.", "location"),
        # one source, or another service's data
        ("We don't receive your payment card number from Apple or Google.", "financial"),
        ("We never receive your password for those connected services.", "account_profile"),
        # one kind of cookie
        ("We do not use third-party cookies.", "cookies_tracking"),
        ("The site sets no advertising or analytics cookies.", "cookies_tracking"),
        # one system, set up not to
        ("Our analytics tool is configured not to record IP addresses.", "identifiers"),
        (
            "The upload server does not log the IP address of people who send files through it.",
            "identifiers",
        ),
    ],
)
def test_a_narrow_denial_is_not_a_category_wide_refusal(sentence: str, category: str) -> None:
    found = read(sentence)
    assert category not in not_collected(found)
    assert category not in collected(found)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("We do not collect or store your credit card details.", "financial"),
        ("We never collect your phone number or home address.", "contact_info"),
        ("We don't receive any information about you from social networks.", "social_media"),
        ("The app does not access your contacts.", "contacts"),
        ("We do not use cookies on this website.", "cookies_tracking"),
        ("We do not ask for, and do not want, any biometric data.", "sensitive"),
    ],
)
def test_a_plain_denial_still_refuses_the_category(sentence: str, category: str) -> None:
    assert category in not_collected(read(sentence))


def test_a_channel_limited_denial_is_narrow_only_when_the_service_has_several() -> None:
    denial = "We do not collect location data through our website."
    assert "location" in not_collected(read(denial))
    policy = f"Our app shows nearby stores. {denial}"
    assert "location" not in not_collected(read(denial, policy=policy))


def test_a_verb_after_the_data_term_must_be_in_its_clause() -> None:
    text = (
        "Face ID is checked by your phone's operating system; we never receive your fingerprints."
    )
    found = read(text)
    assert "device_info" not in not_collected(found)
    assert "sensitive" in not_collected(found)


def test_items_listed_under_a_collection_heading_are_collected() -> None:
    text = "## Information We Collect\n\n- Employer and job title\n- Shipping address\n"
    assert {"demographics", "contact_info"} <= collected(read(text))


def test_items_under_a_collecting_lead_are_collected_but_not_under_a_purpose_lead() -> None:
    lead = "When you join, we may record the following:\n\n- your birthday\n- your zip code\n"
    assert {"demographics", "location"} <= collected(read(lead))
    uses = (
        "We use what we hold to:\n\n- process refunds and transactions\n- answer support tickets\n"
    )
    assert collected(read(uses)) == set()


def test_a_heading_naming_a_data_type_lends_it_to_generic_information() -> None:
    text = "### Billing details\n\nWe store this information when you upgrade your plan.\n"
    assert "financial" in collected(read(text))


def test_purpose_words_after_the_object_do_not_become_data() -> None:
    found = read("We hire contractors to process refunds for card transactions.")
    assert "financial" not in collected(found)


# --- purposes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "purpose"),
    [
        ("We use your data to operate and maintain the platform.", "service_operation"),
        ("We use your history to recommend titles tailored to you.", "personalization"),
        ("Usage data is used to compile statistics and improve the app.", "analytics"),
        ("We may use your e-mail address to send you our newsletter.", "marketing"),
        ("We use this data to show you interest-based ads.", "advertising"),
        ("We use device data to detect fraud and abuse.", "security"),
        ("We may process your data to comply with applicable laws.", "legal"),
        ("We may transfer your data to a buyer in a merger or acquisition.", "business_transfer"),
    ],
)
def test_each_purpose_is_recognised_after_a_use_verb(sentence: str, purpose: str) -> None:
    assert purpose in purposes(read(sentence))


def test_a_negated_purpose_is_not_a_purpose() -> None:
    assert "advertising" not in purposes(read("We do not use your messages for advertising."))


def test_a_users_own_browser_setting_states_no_purpose() -> None:
    assert purposes(read("You can set your browser to notify you about new cookies.")) == set()


def test_list_items_under_a_use_lead_are_purposes() -> None:
    text = "We may use personal data to:\n\n- tailor the content you see\n- stop spam and abuse\n"
    assert {"personalization", "security"} <= purposes(read(text))


def test_security_measures_are_not_a_security_purpose() -> None:
    text = "We apply technical safeguards to protect your data against unauthorized access."
    assert "security" not in purposes(read(text))


# --- sharing --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("We share data with vendors who host our servers.", "service_providers"),
        ("We may disclose your e-mail address to advertising networks.", "advertisers"),
        ("We share usage data with analytics providers.", "analytics_providers"),
        ("We may share information with our subsidiaries.", "affiliates"),
        ("We may share your details with co-marketing partners.", "business_partners"),
        ("We may share your posts with Facebook when you link your account.", "social_networks"),
        ("We may disclose information to law enforcement agencies.", "government_legal"),
        ("Your data may be transferred to a successor entity after a merger.", "acquirers"),
        ("We might hand your data to a new owner if our company is acquired.", "acquirers"),
        ("Card payments are handled by PayPal.", "service_providers"),
        ("We may use third-party services to host our website.", "service_providers"),
        ("Reviews you post are available to everyone.", "other_users_public"),
        ("Your username will be visible to other players.", "other_users_public"),
        ("Your nickname and scores appear on public leaderboards.", "other_users_public"),
        ("We may share your information with third parties.", "unspecified_third_parties"),
    ],
)
def test_each_recipient_is_recognised_in_a_sharing_sentence(sentence: str, recipient: str) -> None:
    assert recipient in recipients(read(sentence))


def test_sharing_only_with_service_providers_is_sharing_with_service_providers() -> None:
    found = read("We never share personal data with anyone except our service providers.")
    assert recipients(found) == {"service_providers"}


def test_a_flat_refusal_to_share_names_no_recipient() -> None:
    assert recipients(read("We do not share your personal data with advertisers.")) == set()


def test_a_source_is_not_a_recipient() -> None:
    assert recipients(read("We receive your name from our partners.")) == set()


def test_a_disclosure_required_by_law_goes_to_government() -> None:
    found = read("We may release account information when we believe release is required by law.")
    assert "government_legal" in recipients(found)


def test_these_companies_refers_to_the_recipients_of_the_previous_sentence() -> None:
    text = (
        "We work with ad networks to show ads on our pages. "
        "These companies may collect information about your visits over time."
    )
    found = read(text)
    quotes = [item.quote for item in found.sharing if item.recipient.value == "advertisers"]
    assert any(q.startswith("These companies") for q in quotes)


def test_posts_readable_by_others_are_shared_with_other_users() -> None:
    text = "Anything you write on the message board can be read and copied by others."
    assert "other_users_public" in recipients(read(text))


def test_a_third_party_collecting_on_the_service_is_a_recipient() -> None:
    assert "analytics_providers" in recipients(read("We use Mixpanel to measure engagement."))


def test_list_items_under_a_sharing_lead_name_recipients() -> None:
    text = "We disclose personal data as follows:\n\n- to our corporate affiliates;\n- to auditors and other contractors;\n"
    assert {"affiliates", "service_providers"} <= recipients(read(text))


def test_a_sentence_under_a_recipient_heading_is_about_that_recipient() -> None:
    text = "### Payment processors\n\nWe work with other companies to complete your purchases.\n"
    assert recipients(read(text)) == {"service_providers"}


@pytest.mark.parametrize(
    "sentence",
    [
        "We may share your details with other members of the Norvale Group.",
        "Customer records may be disclosed to our group companies for internal reporting.",
        "We share account data across our corporate group to run the service.",
        "We may transfer information to our parent company and its subsidiaries.",
        "Information is shared with our holding company for audit purposes.",
        "We may share your data within the Brightwater group for customer support.",
    ],
)
def test_corporate_group_wording_is_affiliates(sentence: str) -> None:
    assert "affiliates" in recipients(read(sentence))
    assert "other_users_public" not in recipients(read(sentence))


def test_a_named_company_under_a_corporate_group_heading_is_an_affiliate() -> None:
    text = (
        "### Corporate group\n\nWe may share personal data with Norvale Labs Inc., which "
        "answers support tickets at night and acts as our processor.\n"
    )
    assert "affiliates" in recipients(read(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "We don't have a parent company or sister companies that your data is shared with.",
        "There are no affiliates with whom your information is shared.",
        "No advertising network receives data about the pages you read.",
    ],
)
def test_a_recipient_that_is_denied_is_not_a_recipient(sentence: str) -> None:
    assert recipients(read(sentence)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "We may receive personal data about you from the following third parties and combine it with what we hold.",
        "We obtain contact details from these trusted partners and merge them with your profile.",
        "We may receive information about you from the following sources:\n\n"
        "- your bank, which will share your account status;\n- credit agencies, which report your score.\n",
    ],
)
def test_a_source_of_data_is_not_a_recipient(text: str) -> None:
    assert recipients(read(text)) == set()


def test_a_quoted_term_explained_is_no_recipient() -> None:
    text = '"Third-party" cookies are set by domains other than the one you are visiting.'
    assert recipients(read(text)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Advertising partners, including Facebook, TikTok and Snapchat, may place pixels on our site.",
        "Our site uses advertising pixels provided by Pinterest and Instagram to measure campaigns.",
    ],
)
def test_social_networks_in_the_role_of_advertisers_are_advertisers(sentence: str) -> None:
    found = recipients(read(sentence))
    assert "advertisers" in found
    assert "social_networks" not in found


def test_social_networks_offering_social_features_stay_social_networks() -> None:
    text = "Share buttons from Facebook and Pinterest may collect information about your visit."
    assert "social_networks" in recipients(read(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "When a team owner invites a coworker, we store the email address they enter so we can send the invitation.",
        "If you send a gift card, we collect the name and email address of the recipient.",
        "To refer a friend, you give us your friend's name and phone number.",
        'When you use the "Share this story" button, we collect the email address of the person you are sending it to.',
    ],
)
def test_other_peoples_contact_details_are_contacts(sentence: str) -> None:
    found = collected(read(sentence))
    assert "contacts" in found
    assert "contact_info" not in found


def test_the_users_own_details_on_accepting_an_invitation_are_contact_info() -> None:
    found = collected(
        read("When you accept an invitation, we collect your name and your email address.")
    )
    assert "contact_info" in found
    assert "contacts" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "We also send a short product newsletter about once a month.",
        "Each week we e-mail subscribers a digest of special offers.",
        "If you opt in, we will send you promotional messages about new courses.",
    ],
)
def test_sending_a_newsletter_or_offers_is_marketing(sentence: str) -> None:
    assert "marketing" in purposes(read(sentence))


def test_not_sending_marketing_is_no_marketing_purpose() -> None:
    assert "marketing" not in purposes(read("We never send marketing emails or newsletters."))
    assert "marketing" not in purposes(read("You can send newsletters to your own subscribers."))


@pytest.mark.parametrize(
    "sentence",
    [
        "Sensitive personal information, namely your account log-in credentials.",
        "Health data belongs to the special categories of personal data under Article 9 GDPR.",
        "We use sensitive personal information only to provide your account.",
        "We may process special categories of data, such as your heart rate, with your consent.",
    ],
)
def test_a_legal_name_for_kinds_of_data_is_not_sensitive_data(sentence: str) -> None:
    assert "sensitive" not in collected(read(sentence))


def test_named_sensitive_data_and_refusals_of_the_legal_label_still_count() -> None:
    assert "sensitive" in collected(read("We may collect your fingerprint to unlock the app."))
    assert "sensitive" in not_collected(read("We do not collect any sensitive personal data."))


def test_a_business_tax_id_is_not_a_government_id() -> None:
    found = read("Billing admins give us a billing address and a VAT or tax ID for invoices.")
    assert "sensitive" not in collected(found)
    assert "sensitive" in collected(
        read("We ask for your tax identification number to verify you.")
    )


def test_the_app_as_subject_collects() -> None:
    text = "While you go for a run, the app records your GPS location to draw the route."
    assert "location" in collected(read(text))


def test_what_the_user_logs_in_the_service_is_collected() -> None:
    found = read("With the Sleep feature on, you can log your sleep duration and medications.")
    assert "health" in collected(found)
    assert collected(read("You can log in with your email address.")) <= {"contact_info"}


# --- business transfers and legal reasons without the usual words -----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "If Acme is bought by a larger company, the data we hold would pass to the buyer.",
        "Should the business be purchased by another firm, the records we keep would go to it "
        "and may be transferred to the successor.",
        "If we are ever taken over by another company, your account details will pass to the "
        "new owner.",
    ],
)
def test_a_sale_of_the_company_is_a_business_transfer(sentence: str) -> None:
    found = read(sentence)
    assert "business_transfer" in purposes(found)
    assert "acquirers" in recipients(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "We retain billing details for six years as required by Dutch tax law.",
        "Invoices and payment records are kept for ten years, because German accounting "
        "rules require it.",
        "We keep your order history to meet our statutory obligations.",
    ],
)
def test_keeping_data_because_the_law_requires_it_is_a_legal_purpose(sentence: str) -> None:
    assert "legal" in purposes(read(sentence))


def test_the_users_own_record_keeping_is_no_legal_purpose() -> None:
    assert "legal" not in purposes(read("You can keep copies of your receipts as tax law asks."))


# --- collection without the word "collect" ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("When you email our help desk, we store your message for a year.", "user_content"),
        ("If you contact us by chat, we keep your chat message and our answer.", "user_content"),
        (
            "The one cookie we set is a login cookie that remembers your session.",
            "cookies_tracking",
        ),
        ("The site's only cookies are strictly necessary cookies.", "cookies_tracking"),
        ("We hold your home address and phone number for deliveries.", "contact_info"),
        ("Our app may record the attributes and landmarks of faces in your selfies.", "sensitive"),
    ],
)
def test_keeping_or_holding_data_is_collection(sentence: str, category: str) -> None:
    assert category in collected(read(sentence))


def test_a_definition_of_a_cookie_is_not_collection() -> None:
    assert "cookies_tracking" not in collected(read("What is a cookie? A cookie is a text file."))


def test_what_users_choose_to_post_is_not_collection_of_that_kind() -> None:
    found = read(
        "Anything members decide to share in public posts, including details of their "
        "medical history or religion, may be visible to other members."
    )
    assert not ({"health", "sensitive"} & collected(found))
    assert "other_users_public" in recipients(found)


# --- sharing false positives ----------------------------------------------------------------


def test_a_self_hosted_analytics_tool_is_no_analytics_provider() -> None:
    found = read(
        "We count visits with Matomo, an analytics tool, run on our own servers in France."
    )
    assert "analytics_providers" not in recipients(found)
    assert "analytics_providers" in recipients(
        read("We use Google Analytics, an analytics service, to count visits.")
    )


def test_other_companies_own_practices_are_not_sharing() -> None:
    found = read(
        "Those third parties may gather data about you under their own privacy notices, "
        "which we do not control."
    )
    assert "unspecified_third_parties" not in recipients(found)


def test_brand_partners_are_business_partners() -> None:
    found = read("We may share your entry with the brand partner that sponsors the contest.")
    assert "business_partners" in recipients(found)
    assert "unspecified_third_parties" not in recipients(found)


def test_asking_whether_they_collect_is_not_collection() -> None:
    found = read("You can ask us to confirm whether we collect your health data or your location.")
    assert collected(found) == set()
    regardless = read("Regardless of whether you are logged in, we collect your IP address.")
    assert "identifiers" in collected(regardless)


@pytest.mark.parametrize(
    "sentence",
    [
        "The browser extension does not collect your browsing history.",
        "The analytics script does not set cookies.",
        "The only cookie we set keeps you signed in. We don't use any other cookies.",
    ],
)
def test_a_denial_about_one_component_or_the_rest_is_not_a_category_denial(sentence: str) -> None:
    assert not_collected(read(sentence)) == set()


def test_the_service_denying_a_category_still_counts() -> None:
    assert not_collected(read("We do not use cookies.")) == {"cookies_tracking"}
