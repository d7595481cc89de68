"""Yes/no answers, rights, children, retention and security from synthetic sentences."""

from __future__ import annotations

import pytest
from rules_helpers import answer, answers, details, read

from summarizer.engines.rules.security import security_measure_name
from summarizer.label.findings import Question

Q = Question

# --- selling --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We do not sell your personal data.", "no"),
        ("We will never rent or sell your e-mail address to anyone.", "no"),
        ("We don't sell, trade or lease customer information.", "no"),
        ("We will not sell your information without your express consent.", "no"),
        ("We may sell your contact details to marketing companies.", "yes"),
        ("We sell tickets and merchandise through our store.", "not_stated"),
        (
            "If we sell our business, customer records may be among the assets transferred.",
            "not_stated",
        ),
        ("Third parties may sell data they collect on their own sites.", "not_stated"),
        ("We will never allow access to your data to anyone outside our company.", "no"),
    ],
)
def test_selling_personal_data(sentence: str, expected: str) -> None:
    assert answer(read(sentence), Q.sells_personal_data) == expected


def test_a_refusal_limited_to_marketing_purposes_is_not_a_refusal_to_sell() -> None:
    text = "We do not share your e-mail address with third parties for their marketing purposes."
    assert answer(read(text), Q.sells_personal_data) == "not_stated"


def test_a_refusal_to_share_a_password_is_not_a_refusal_to_sell() -> None:
    text = "Please make sure your password is strong and not shared with third parties."
    assert answer(read(text), Q.sells_personal_data) == "not_stated"


@pytest.mark.parametrize(
    "admission",
    [
        'Our use of advertising cookies may be considered a "sale" under California law.',
        "Disclosures to our ad partners may be deemed a sale of personal information.",
        "In the preceding 12 months we sold the following categories of personal information: identifiers.",
        "We sold or shared these categories to the following categories of third parties: ad networks.",
    ],
)
def test_a_sale_in_the_ccpa_sense_is_a_sale(admission: str) -> None:
    assert answer(read(admission), Q.sells_personal_data) == "yes"


@pytest.mark.parametrize(
    "denial",
    [
        "We do not sell personal information in exchange for money.",
        "We don't sell your data for monetary consideration.",
        "We never sell your personal information to data brokers.",
        "We do not rent or sell our subscriber lists.",
        "We do not knowingly sell the personal information of consumers under 16 years of age.",
    ],
)
def test_a_narrow_denial_does_not_outvote_a_sale(denial: str) -> None:
    # Alone, a narrow denial is still the policy's answer ...
    assert answer(read(denial), Q.sells_personal_data) == "no"
    # ... but beside a sale in the CCPA sense it is no plain "no".
    admission = (
        "Sharing data with ad partners through cookies may constitute a sale under the CCPA."
    )
    assert answer(read(f"{denial} {admission}"), Q.sells_personal_data) == "yes"
    # A sale stated in another chunk counts too (the policy-wide profile).
    assert answer(read(denial, policy=f"{denial}\n\n{admission}"), Q.sells_personal_data) == (
        "not_stated"
    )


def test_a_plain_denial_still_conflicts_with_a_sale() -> None:
    text = "We do not sell your personal data. Our advertising cookies may be considered a sale."
    assert answer(read(text), Q.sells_personal_data) == "both"


@pytest.mark.parametrize(
    "sentence",
    [
        "You may opt out of the sale of your personal information at any time.",
        "You have the right to access your data and to opt out of targeted ads and the sale of your data.",
        'Click the "Do Not Sell or Share My Personal Information" link to opt out.',
        "Disclosing data to our processors is not considered a sale under the CCPA.",
    ],
)
def test_a_choice_about_selling_is_no_sale(sentence: str) -> None:
    assert answer(read(sentence), Q.sells_personal_data) != "yes"


def test_california_sharing_is_not_a_sale() -> None:
    text = (
        "We do not sell personal information. Our advertising cookies may be considered "
        "'sharing' for cross-context behavioral advertising under California law."
    )
    assert answer(read(text), Q.sells_personal_data) == "no"


# --- third-party tracking -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Advertising networks may place their own cookies on your browser.", "yes"),
        (
            "We allow third-party companies to collect information about your browsing over time.",
            "yes",
        ),
        ("Our site uses Google Analytics.", "yes"),
        ("We do not allow third parties to place tracking cookies on our site.", "no"),
        ("We use session cookies to keep you signed in.", "not_stated"),
        ("Our vendors process payments on our behalf.", "not_stated"),
    ],
)
def test_third_party_tracking(sentence: str, expected: str) -> None:
    assert answer(read(sentence), Q.third_party_tracking) == expected


def test_third_parties_collecting_on_their_own_sites_are_not_tracking_here() -> None:
    text = "Linked third-party sites may collect information about you when you visit them."
    assert answer(read(text), Q.third_party_tracking) == "not_stated"


def test_receiving_data_from_a_social_login_is_not_third_party_tracking() -> None:
    text = "If you sign in with Facebook, we receive your name and profile photo from Facebook."
    assert answer(read(text), Q.third_party_tracking) == "not_stated"


def test_social_widgets_referred_to_as_these_features_track() -> None:
    text = (
        "Our pages include social media features such as the Twitter share button. "
        "These features may record your IP address and set a cookie."
    )
    assert answer(read(text), Q.third_party_tracking) == "yes"


@pytest.mark.parametrize(
    "sentence",
    [
        "No advertising network or analytics company places trackers in our app.",
        "None of our partners sets advertising cookies on the Service.",
        "Neither ad networks nor data brokers place pixels on our pages.",
    ],
)
def test_a_denied_third_party_tracker_is_no(sentence: str) -> None:
    assert answer(read(sentence), Q.third_party_tracking) == "no"


def test_other_services_own_practices_are_not_tracking_on_the_service() -> None:
    scope = (
        "This policy does not cover third-party services you connect to the app. "
        "Those services are run by their own companies, who decide for themselves how "
        "they collect and use your data."
    )
    assert answer(read(scope), Q.third_party_tracking) == "not_stated"
    denial = "No third-party advertising network or analytics company places trackers on our site."
    assert answer(read(f"{scope} {denial}"), Q.third_party_tracking) == "no"


# --- Do Not Track ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We honor Do Not Track signals sent by your browser.", "yes"),
        ("Our website does not currently respond to DNT signals.", "no"),
        ("As there is no accepted standard, we do not respond to Do-Not-Track requests.", "no"),
        ("Some browsers include a Do Not Track feature.", "not_stated"),
    ],
)
def test_do_not_track(sentence: str, expected: str) -> None:
    assert answer(read(sentence), Q.do_not_track) == expected


# --- retention ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        (
            "We retain account data for as long as your account is open.",
            "as long as your account is open",
        ),
        ("Server logs are deleted after 90 days.", "90 days"),
        ("We keep your records for seven years to meet tax rules.", "seven years"),
        ("We store your data only until you ask us to erase it.", "until you ask us to erase it"),
    ],
)
def test_retention_period_is_the_detail(sentence: str, period: str) -> None:
    found = read(sentence)
    assert answer(found, Q.retention_stated) == "yes"
    assert any(period in detail for detail in details(found, Q.retention_stated))


def test_a_long_retention_period_is_cut_at_a_word_end_so_its_quote_states_it() -> None:
    sentence = (
        "We keep your account records for five years after your account is closed, and "
        "transaction records for at least five years, as required by the Bank Secrecy Act "
        "and other laws that apply to us."
    )
    (period,) = details(read(sentence), Q.retention_stated)
    assert len(period) <= 120
    assert period.startswith("for five years")
    assert sentence.startswith(f"We keep your account records {period}")
    assert sentence[len("We keep your account records ") + len(period)] in " ,"


def test_how_fast_requests_are_handled_is_not_retention() -> None:
    text = "Account deletion requests are processed within 30 days."
    assert answer(read(text), Q.retention_stated) == "not_stated"


def test_storage_without_a_period_is_not_a_retention_statement() -> None:
    assert (
        answer(read("We store your information on secure servers."), Q.retention_stated)
        == "not_stated"
    )


def test_cookie_lifetime_is_not_personal_data_retention() -> None:
    found = read("Persistent cookies remain on your device until you delete them.")
    assert answer(found, Q.retention_stated) == "not_stated"


# --- security -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        # encryption: encrypt*, SSL, TLS, HTTPS, secure sockets layer
        ("All traffic is protected with TLS encryption.", ["encryption"]),
        ("We use SSL to protect data in transit.", ["encryption"]),
        ("Every page of our site is served over HTTPS.", ["encryption"]),
        ("Card numbers are sent using Secure Sockets Layer technology.", ["encryption"]),
        ("Backups are encrypted at rest.", ["encryption"]),
        ("We encrypt the messages you send.", ["encryption"]),
        # firewalls
        ("We use firewalls to protect our servers.", ["firewalls"]),
        ("Our network sits behind a firewall.", ["firewalls"]),
        # access controls: restricted / limited access, password protection
        ("Access to personal data is restricted to authorised staff.", ["access controls"]),
        ("We limit access to your records to employees who need it.", ["access controls"]),
        (
            "We restrict access to personal information on a need-to-know basis.",
            ["access controls"],
        ),
        ("Access to your profile is limited to our support team.", ["access controls"]),
        ("Your account pages are password-protected.", ["access controls"]),
        ("We apply strict access controls to our databases.", ["access controls"]),
        # where the data is kept
        ("Your information is kept on secure servers.", ["secure servers"]),
        ("Your files are held in secure storage.", ["secure storage"]),
        ("Data is stored in a secure environment.", ["secure storage"]),
        ("Our systems are hosted in secure data centres.", ["secure data centers"]),
        # authentication
        ("We offer two-factor authentication on every account.", ["two-factor authentication"]),
        ("Staff log in with 2FA.", ["two-factor authentication"]),
        ("Administrators must use multi-factor authentication.", ["multi-factor authentication"]),
        # transformations of the data
        ("We apply pseudonymisation to research data.", ["pseudonymization"]),
        ("Research records undergo pseudonymization.", ["pseudonymization"]),
        ("Passwords are hashed before they are saved.", ["hashing"]),
        ("We store only a salted hashing of your PIN.", ["hashing"]),
        # monitoring, standards, people
        ("We run intrusion detection on our network.", ["intrusion detection"]),
        ("Our payment pages are PCI DSS certified.", ["PCI DSS compliance"]),
        ("Card data is handled to the PCI standard.", ["PCI DSS compliance"]),
        (
            "Our employees are bound by confidentiality obligations.",
            ["staff confidentiality obligations"],
        ),
        ("Our staff sign confidentiality agreements.", ["staff confidentiality obligations"]),
        # kinds of safeguards: exactly the kinds named, in the usual order
        (
            "We maintain physical, electronic and procedural safeguards.",
            ["procedural, electronic and physical safeguards"],
        ),
        (
            "We apply appropriate organisational and technical measures to your data.",
            ["technical and organizational measures"],
        ),
        (
            "We use physical, technical, and administrative controls to secure your account.",
            ["administrative, technical and physical safeguards"],
        ),
        ("We have technical safeguards in place.", ["technical safeguards"]),
        (
            "We keep managerial and physical security measures around your files.",
            ["managerial and physical measures"],
        ),
        # several in one sentence: each once, generic words dropped beside named ones
        (
            "We use reasonable security measures, including encryption and access controls.",
            ["encryption", "access controls"],
        ),
        (
            "We protect your data from loss with SSL, TLS and firewalls.",
            ["encryption", "firewalls"],
        ),
        (
            "Besides encryption, we apply technical and organizational measures.",
            ["encryption", "technical and organizational measures"],
        ),
    ],
)
def test_each_security_measure_gets_a_short_plain_name(sentence: str, measures: list[str]) -> None:
    found = read(sentence)
    assert answer(found, Q.security_measures_described) == "yes"
    assert details(found, Q.security_measures_described) == ["; ".join(measures)]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("We take reasonable precautions to protect your information.", "reasonable"),
        ("We use commercially reasonable safeguards for your data.", "reasonable"),
        ("Acme cares deeply about safeguarding your details.", "reasonable"),
        ("We safeguard the information you give us.", "reasonable"),
        ("We use measures meant to protect your data from misuse.", "reasonable"),
        ("We protect your personal information against unauthorized use.", "reasonable"),
        ("We make substantial efforts to protect the privacy of your profile.", "reasonable"),
        ("We use strict security procedures.", "reasonable"),
        ("We use industry-standard security measures.", "industry-standard"),
        ("We follow generally accepted standards to protect your data.", "industry-standard"),
        ("Appropriate safeguards protect the data we hold.", "appropriate"),
        ("We have adequate security measures in place.", "appropriate"),
    ],
)
def test_generic_security_words_become_one_generic_phrase(sentence: str, measure: str) -> None:
    found = read(sentence)
    assert answer(found, Q.security_measures_described) == "yes"
    assert details(found, Q.security_measures_described) == [f"{measure} security measures"]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # The four seed policies' security sentences, in other words.
        (
            "Globex takes the safeguarding of your account very seriously.",
            "reasonable security measures",
        ),
        (
            "We apply reasonable measures intended to protect your information from theft.",
            "reasonable security measures",
        ),
        (
            "We make substantial efforts to protect the confidentiality of your reading list.",
            "reasonable security measures",
        ),
        (
            "Globex takes precautions, among them physical, administrative and technical "
            "measures, to safeguard your data against loss and misuse.",
            "administrative, technical and physical measures",
        ),
        (
            "Globex applies organisational and technical measures to keep a level of security "
            "suited to the risk.",
            "technical and organizational measures",
        ),
    ],
)
def test_seed_shaped_security_sentences_read_as_plain_phrases(sentence: str, measure: str) -> None:
    found = read(sentence)
    assert answer(found, Q.security_measures_described) == "yes"
    assert details(found, Q.security_measures_described) == [measure]
    # The evidence is still the policy's own sentence.
    assert [a.quote for a in found.answers if a.question == Q.security_measures_described] == [
        sentence
    ]


def test_a_measure_name_is_never_a_fragment_of_the_sentence() -> None:
    for words in (
        "protect your information from",
        "safeguarding",
        "safeguard",
        "precautions",
        "efforts to protect",
        "substantial efforts to protect",
        "reasonable measures",
        "security measures",
    ):
        assert security_measure_name(words) is None, words


@pytest.mark.parametrize(
    "sentence",
    [
        "We may share a hashed (scrambled) version of your email address with Meta.",
        "We provide hashed email addresses of our subscribers to Google for matched audiences.",
        "Social networks may receive the hashed email addresses we upload for ads.",
    ],
)
def test_hashed_data_handed_to_advertisers_is_not_a_security_measure(sentence: str) -> None:
    assert answer(read(sentence), Q.security_measures_described) == "not_stated"


def test_hashed_passwords_are_still_hashing() -> None:
    found = read("We store passwords only in salted and hashed form.")
    assert details(found, Q.security_measures_described) == ["hashing"]


def test_a_security_disclaimer_alone_is_not_a_measure() -> None:
    text = "No method of transmission over the Internet is 100% secure."
    assert answer(read(text), Q.security_measures_described) == "not_stated"


def test_a_measure_before_a_disclaimer_still_counts() -> None:
    text = "We encrypt stored data, but no method of storage is completely secure."
    assert answer(read(text), Q.security_measures_described) == "yes"


def test_the_users_own_password_care_is_not_a_measure_of_the_service() -> None:
    text = "You are responsible for keeping your password confidential."
    assert answer(read(text), Q.security_measures_described) == "not_stated"


# --- international transfer -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Your data may be processed in countries other than your own.", "yes"),
        ("We may transfer personal data outside the European Economic Area.", "yes"),
        ("Transfers rely on the Standard Contractual Clauses.", "yes"),
        ("Data may be stored in any country where our vendors keep servers.", "yes"),
        ("We do not transfer your personal data outside the EEA.", "no"),
        ("Visitors from many countries enjoy our recipes.", "not_stated"),
    ],
)
def test_international_transfer(sentence: str, expected: str) -> None:
    assert answer(read(sentence), Q.international_transfer) == expected


# --- changes to the policy ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If we change this policy in a material way, we will e-mail you.", "yes"),
        ("Before significant changes take effect, we will tell you by e-mail.", "yes"),
        ("We may update this policy; we will notify you of significant changes.", "yes"),
        ("We may revise this statement. The revised statement will be posted on this page.", "no"),
        ("Please review this privacy policy periodically for changes.", "no"),
        ("We may update our app from time to time.", "not_stated"),
    ],
)
def test_notice_of_policy_changes(text: str, expected: str) -> None:
    found = read(text)
    value = answer(found, Q.personal_notice_of_changes)
    assert value == expected or (expected == "no" and value == "no")


def test_notice_by_posting_is_posted_only_even_when_called_notification() -> None:
    text = "We will notify you of changes by posting the new policy on this site."
    assert answer(read(text), Q.personal_notice_of_changes) == "no"


def test_a_change_to_the_terms_of_service_is_not_a_change_to_the_policy() -> None:
    text = "We will email you before changes to our terms take effect."
    assert answer(read(text), Q.personal_notice_of_changes) == "not_stated"
    own = "We will notify you by email of changes to these terms."
    assert answer(read(own), Q.personal_notice_of_changes) == "yes"


def test_a_list_of_service_messages_does_not_override_the_changes_section() -> None:
    messages = (
        "We send you service e-mails, such as receipts, security alerts and notices of "
        "changes to our terms and policies."
    )
    # With no statement of its own on changes, the policy's messages are its notice ...
    assert answer(read(messages), Q.personal_notice_of_changes) == "yes"
    # ... but the policy's changes section decides when there is one.
    policy = (
        "## How we use data\n\n"
        f"{messages}\n\n"
        "## Changes to this policy\n\n"
        "We may update this Privacy Policy. Any changes will be posted on this page.\n"
    )
    assert answer(read(policy), Q.personal_notice_of_changes) == "no"


# --- children -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("We do not knowingly collect data from children under 13.", 13),
        ("Our service is not meant for anyone under the age of 16.", 16),
        ("Users younger than 14 may not register.", 14),
        ("You must be at least 18 years old to use this site.", 18),
    ],
)
def test_children_age_threshold(sentence: str, age: int) -> None:
    assert [item.min_age for item in read(sentence).children_age] == [age]


def test_the_collection_threshold_wins_over_an_audience_statement() -> None:
    text = (
        "Our app is not directed to anyone under 18. "
        "We do not knowingly collect personal data from children under 13."
    )
    assert [item.min_age for item in read(text).children_age] == [13]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We do not knowingly collect personal information from kids under 13.", "no"),
        ("We never knowingly solicit data from minors.", "no"),
        ("We may collect information from children with verifiable parental consent.", "yes"),
        ("If we learn that we have collected data from a child, we will delete it.", "not_stated"),
    ],
)
def test_knowingly_collects_from_children(sentence: str, expected: str) -> None:
    assert answer(read(sentence), Q.knowingly_collects_from_children) == expected


# --- rights ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("You may request a copy of the personal data we hold about you.", "access"),
        ("You can view your data at any time from the dashboard.", "access"),
        ("You can edit your profile information in the settings page.", "correction"),
        ("You have the right to rectification of inaccurate data.", "correction"),
        ("You may ask us to erase your personal data.", "deletion"),
        ("You can close your account at any time.", "deletion"),
        ("You can export your data in a machine-readable format.", "portability"),
        ("You may unsubscribe from our newsletters at any time.", "opt_out_marketing"),
        (
            "To stop receiving promotional e-mails, click the link in the footer.",
            "opt_out_marketing",
        ),
        (
            "You can opt out of interest-based advertising through the DAA's WebChoices tool.",
            "opt_out_targeted_ads",
        ),
        (
            "Visit [this page](http://www.aboutads.info/choices) to opt out of ad networks.",
            "opt_out_targeted_ads",
        ),
        ("You can configure your browser to block cookies.", "cookie_controls"),
        ("Most browsers let you delete cookies you already have.", "cookie_controls"),
        ("You may withdraw your consent at any time.", "withdraw_consent"),
        (
            "You have the right to object to processing based on our legitimate interests.",
            "object_or_restrict",
        ),
        ("You may ask us to restrict the processing of your data.", "object_or_restrict"),
        (
            "You may lodge a complaint with your local data protection authority.",
            "complaint_to_authority",
        ),
        ("If you would like your account deactivated or deleted, e-mail us.", "deletion"),
        ("Each promotional e-mail contains an unsubscribe link.", "opt_out_marketing"),
        ("On request we will tell you whether we hold any personal data about you.", "access"),
    ],
)
def test_each_right_is_recognised(sentence: str, right: str) -> None:
    assert answer(read(sentence), right) == "yes"


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("Members can download a copy of their own profile from Settings.", "access"),
        ("You can export all of your notes at any time from the Account page.", "access"),
        (
            "Admins can export everything in the workspace as a ZIP file of JSON files.",
            "portability",
        ),
        ("You can download your playlists in CSV format.", "portability"),
        ("Account owners can import the export into another tool.", "portability"),
    ],
)
def test_export_and_download_features_are_access_and_portability(sentence: str, right: str) -> None:
    assert answer(read(sentence), right) == "yes"


def test_the_app_asking_for_access_is_not_the_users_right_of_access() -> None:
    found = read("The app may request access to your contacts so you can invite friends.")
    assert answer(found, "access") == "not_stated"
    assert "contacts" in {item.category.value for item in found.data_collected}


def test_a_pointer_to_more_information_is_not_a_right_of_access() -> None:
    text = "Please see the information below about how we use cookies."
    assert answer(read(text), "access") == "not_stated"


def test_a_right_the_user_lacks_is_no() -> None:
    text = "You cannot delete your account once a purchase has been made."
    assert answer(read(text), "deletion") == "no"


def test_service_notices_that_cannot_be_refused_do_not_deny_marketing_opt_out() -> None:
    text = "Because they concern your account, you cannot opt out of these service announcements."
    assert answer(read(text), "opt_out_marketing") == "not_stated"


def test_what_the_service_does_itself_is_not_a_user_right() -> None:
    text = "We delete inactive accounts after two years."
    assert answer(read(text), "deletion") == "not_stated"


def test_a_conditional_negation_answers_nothing() -> None:
    text = "If you do not want cookies, you may be unable to log in."
    assert answer(read(text), Q.third_party_tracking) == "not_stated"
    assert (
        answer(read("If you do not want us to share your data, tell us."), Q.sells_personal_data)
        == "not_stated"
    )


def test_rights_under_a_rights_heading_need_no_you_can() -> None:
    text = "## Your Rights\n\n- Access to the personal data we hold\n- Erasure of your data\n"
    found = read(text)
    assert answer(found, "access") == "yes"
    assert answer(found, "deletion") == "yes"


# --- rights worded without "you have the right" -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("The dashboard lists all the data we store about your devices.", "access"),
        ("Your profile screen displays everything that we keep about you.", "access"),
        ("You can view and edit your billing details from the Account tab.", "access"),
        ("You can view and edit your billing details from the Account tab.", "correction"),
        ("Members may download their lab reports and invoices at any time.", "access"),
        ("To have incomplete account data completed, write to us.", "correction"),
        ("You may ask to have your outdated records updated.", "correction"),
        (
            "You can disable location sharing in the app, which withdraws your consent to it.",
            "withdraw_consent",
        ),
        ("You can toggle off 'Tailored advertising' under Preferences.", "opt_out_targeted_ads"),
        ("You may uncheck the “interest-based ads” box in Settings.", "opt_out_targeted_ads"),
        ("On Android, you can turn off ad personalisation.", "opt_out_targeted_ads"),
        ("On iOS you can limit ad tracking in the privacy menu.", "opt_out_targeted_ads"),
    ],
)
def test_rights_worded_as_what_the_user_can_do(sentence: str, right: str) -> None:
    assert answer(read(sentence), Question(right)) == "yes"


def test_downloading_the_app_is_not_access() -> None:
    assert answer(read("You may download the app from the App Store."), Q.access) == "not_stated"


# --- yes/no answers worded without the usual verbs ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "There are no third-party cookies, ad trackers or tracking scripts on our website.",
        "There is no advertising pixel or analytics SDK of any kind in the app, and no trackers.",
    ],
)
def test_no_trackers_on_the_service_is_no_third_party_tracking(sentence: str) -> None:
    assert answer(read(sentence), Q.third_party_tracking) == "no"


def test_a_do_not_track_signal_that_stops_analytics_is_honoured() -> None:
    found = read("When a browser has Do Not Track enabled, our statistics script is not loaded.")
    assert answer(found, Q.do_not_track) == "yes"
    found = read("If Do Not Track is turned on, we stop all analytics for that visit.")
    assert answer(found, Q.do_not_track) == "yes"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Our database is hosted in Germany and backups are stored in Canada.", "yes"),
        ("Your data is stored in Ireland and processed in India by our support team.", "yes"),
        (
            "All data is stored in the United States and we never move it to other countries.",
            "no",
        ),
        ("We keep everything in Germany.", "not_stated"),
    ],
)
def test_data_kept_in_several_countries_or_denied_transfer(sentence: str, expected: str) -> None:
    assert answer(read(sentence), Q.international_transfer) == expected


def test_a_conditional_email_about_material_changes_is_personal_notice() -> None:
    found = read(
        "If we revise this notice we will post it here. If an update means we would use "
        "data in a way we do not today, we will e-mail all registered users in advance."
    )
    assert "yes" in answers(found, Q.personal_notice_of_changes)


def test_collecting_from_children_with_parental_consent_is_knowing_collection() -> None:
    found = read(
        "We knowingly collect personal data from kids under 13 only with verified consent "
        "of their parent."
    )
    assert answer(found, Q.knowingly_collects_from_children) == "yes"


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not receive the card details the parent uses to pay.",
        "Until a parent approves, a child can browse but cannot use messaging.",
    ],
)
def test_parents_data_and_childrens_limits_are_not_a_denial(sentence: str) -> None:
    assert answer(read(sentence), Q.knowingly_collects_from_children) == "not_stated"


def test_a_browser_warning_outside_any_cookie_topic_is_no_cookie_control() -> None:
    found = read("Your browser will alert you before the add-on can read the pages you open.")
    assert answer(found, Q.cookie_controls) == "not_stated"
    found = read("Most browsers accept cookies. You can set your browser to warn you first.")
    assert answer(found, Q.cookie_controls) == "yes"


@pytest.mark.parametrize(
    "sentence",
    [
        "You must be at least 18 years old to post reviews.",
        "Group chat is not available to users under the age of 16.",
        "The voice chat feature is only available to players 16 and older, who must confirm their age.",
        "We do not show personalized ads to members we know to be under 18.",
        "We do not sell or share the personal information of consumers under 16 years of age.",
    ],
)
def test_the_age_of_one_feature_is_not_the_childrens_threshold(sentence: str) -> None:
    assert read(sentence).children_age == []


def test_a_feature_age_beside_the_service_age_leaves_the_service_age() -> None:
    text = (
        "Our service is not directed to children under 13. "
        "You must be at least 18 years old to make purchases in the store."
    )
    assert [item.min_age for item in read(text).children_age] == [13]


def test_the_service_not_being_available_under_an_age_is_the_childrens_threshold() -> None:
    found = read("Our service is not available to children under the age of 13.")
    assert [item.min_age for item in found.children_age] == [13]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our servers are rented from data centres in Iceland and Sweden.",
        "We lease office space and rack space in data centers near our customers.",
        "You can ask us to confirm whether we collect, share or sell your health data.",
        "We buy anonymised audience data from research firms and rent mailing lists from brokers.",
    ],
)
def test_renting_in_or_asking_whether_is_not_selling(sentence: str) -> None:
    assert answer(read(sentence), Q.sells_personal_data) == "not_stated"


def test_renting_data_out_is_still_selling() -> None:
    assert (
        answer(read("We may rent your email address to other companies."), Q.sells_personal_data)
        == "yes"
    )


def test_the_services_own_provider_taking_a_measure_is_a_measure() -> None:
    found = read("Our payment processor is certified to PCI DSS Level 1.")
    assert details(found, Q.security_measures_described) == ["PCI DSS compliance"]


def test_another_companys_measure_for_itself_is_not_the_services() -> None:
    found = read("Advertisers use encryption to protect their own systems.")
    assert answer(found, Q.security_measures_described) == "not_stated"
