"""Context the rules engine must weigh before asserting a practice: who a "partner" is,
whose practice a sentence describes, questions, scope statements, negated list leads,
conditions, where a change is posted, sign-in accounts and whose contact details."""

from __future__ import annotations

import pytest
from rules_helpers import answer, collected, purposes, read, recipients

# --- sharing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We and our partners use cookies, web beacons and SDKs on our site and in our apps.",
        "Our partners may place pixels and similar technologies in the app.",
        "Together with our partners, we set cookies and local storage on your browser.",
    ],
)
def test_bare_partners_in_a_tracking_sentence_are_not_business_partners(sentence: str) -> None:
    assert "business_partners" not in recipients(read(sentence))


def test_bare_partners_tracking_still_answers_third_party_tracking() -> None:
    found = read("We and our partners use cookies, web beacons and SDKs in our apps.")
    assert answer(found, "third_party_tracking") == "yes"


def test_qualified_partners_still_count() -> None:
    assert "business_partners" in recipients(
        read("We share your contest entry with our co-marketing partners.")
    )
    assert "business_partners" in recipients(
        read("Our marketing partners use cookies to measure our joint campaigns.")
    )


@pytest.mark.parametrize(
    "follow_up",
    [
        "These platforms decide for themselves how to use the data they receive, so please "
        "review their privacy notices as well.",
        "Those companies may use it on their own account, so see their privacy policies.",
    ],
)
def test_what_other_companies_decide_for_themselves_is_not_more_sharing(follow_up: str) -> None:
    found = read(f"We show a cookie banner on every page. {follow_up}")
    assert recipients(found) == set()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Our moderation partners in Manila may review reported profiles.", "service_providers"),
        ("We give your order details to our delivery partners.", "service_providers"),
    ],
)
def test_partners_named_by_the_service_they_perform_are_providers(sentence: str, kind: str) -> None:
    found = recipients(read(sentence))
    assert "business_partners" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Google collects information about your visits to our site through Google Analytics.",
        "Google gathers data on how visitors use our web shop via Google Analytics.",
    ],
)
def test_a_tracker_company_collecting_through_its_tool(sentence: str) -> None:
    found = read(sentence)
    assert "analytics_providers" in recipients(found)
    assert answer(found, "third_party_tracking") == "yes"


# --- collection -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Do we collect any biometric data?",
        "Does the app record your precise location?",
        "Will we ever ask for your health records?",
    ],
)
def test_a_yes_no_question_asserts_no_collection(text: str) -> None:
    assert collected(read(text)) == set()


def test_a_wh_question_is_not_silenced() -> None:
    # Only yes/no questions are skipped; statements nearby still count.
    found = read("Do we collect biometric data? No. We collect your email address.")
    assert collected(found) == {"contact_info"}


@pytest.mark.parametrize(
    "sentence",
    [
        "This notice does not apply to data that Acme processes about its own employees "
        "and job applicants.",
        "The policy also doesn't cover information about our staff, such as their salaries.",
    ],
)
def test_what_the_policy_does_not_cover_is_not_collection(sentence: str) -> None:
    assert collected(read(sentence)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "We keep your account secure.\n\nThings we will never do with your data:\n\n"
        "- use it for targeted advertising, or show you ads of any kind;\n"
        "- give it to advertising networks.",
        "Our promises:\n\nWe won't use your information to:\n\n- send you marketing emails;\n"
        "- personalise ads.",
    ],
)
def test_items_under_a_negated_lead_are_denied(text: str) -> None:
    found = read(text)
    assert purposes(found) == set()
    assert "advertisers" not in recipients(found)


def test_items_under_a_positive_lead_still_count() -> None:
    found = read("We use your information to:\n\n- send you marketing emails;\n- personalise ads.")
    assert {"marketing", "advertising"} <= purposes(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "You can also upload a profile picture and choose a display name.",
        "If you sign in with your employer's Microsoft 365 account, we receive your name and "
        "profile photo from it.",
        "Students can sign in through their school's Google Workspace account, and we receive "
        "their profile image.",
    ],
)
def test_profile_photos_outside_social_login_are_profile_data(sentence: str) -> None:
    found = collected(read(sentence))
    assert "social_media" not in found
    assert "account_profile" in found


def test_profile_photo_from_a_social_network_is_social_media() -> None:
    found = read("If you sign up with Facebook, we receive your name and profile picture from it.")
    assert "social_media" in collected(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "A teacher may enter a parent's or guardian's email address so that the parent "
        "receives weekly reports.",
        "A coach can add a player's parent's phone number so the parent receives reminders.",
        "You may provide a spouse's email address when you set up a joint account.",
    ],
)
def test_contact_details_someone_else_enters_are_contacts(sentence: str) -> None:
    assert "contacts" in collected(read(sentence))


def test_a_parent_giving_their_own_address_gives_contact_info() -> None:
    found = collected(read("We collect the parent's email address to obtain consent."))
    assert "contacts" not in found
    assert "contact_info" in found


@pytest.mark.parametrize(
    "sentence",
    [
        "If you turn on the feature, we analyze the faces in your videos to create face templates.",
        "We process the photos you upload to generate a facial template for unlocking.",
        "We store a voice template of each speaker.",
    ],
)
def test_face_and_voice_templates_are_sensitive(sentence: str) -> None:
    assert "sensitive" in collected(read(sentence))


# --- answers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "If your browser sends a Do Not Track or Global Privacy Control signal, we treat it "
        "as a refusal of analytics cookies and do not load Google Analytics.",
        "When your browser sends a Do Not Track or similar signal, we honor it.",
    ],
)
def test_do_not_track_followed_by_another_signal_is_honoured(sentence: str) -> None:
    found = read(sentence)
    assert answer(found, "do_not_track") == "yes"
    assert answer(found, "third_party_tracking") == "not_stated"


def test_a_denial_on_a_condition_is_not_a_tracking_denial() -> None:
    found = read("When you decline analytics cookies, we do not load Google Analytics.")
    assert answer(found, "third_party_tracking") == "not_stated"
    assert answer(read("We do not use Google Analytics."), "third_party_tracking") == "no"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "If we change this policy, we will post the new version here and in the app and "
            "update the date above.",
            "no",
        ),
        ("We will post any changes to this policy on this page and in your account.", "no"),
        ("If we change this policy, we will notify you in the app.", "yes"),
        ("If we change this policy materially, we will email you.", "yes"),
    ],
)
def test_posting_in_the_app_is_posting(sentence: str, expected: str) -> None:
    assert answer(read(sentence), "personal_notice_of_changes") == expected
