"""The deterministic summary: backed key points, plain words, concerns, the check."""

from __future__ import annotations

import re

from data.render_labels import (
    bare_label,
    evidence,
    hostile_label,
    one_claim_label,
    random_labels,
    rich_label,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.label import summary
from summarizer.label.backing import check_summary, field_evidence, is_backed
from summarizer.label.readability import reading_grade
from summarizer.label.schema import (
    Answer,
    CollectedData,
    Conflict,
    Coverage,
    DataCategory,
    Evidence,
    FailedChunk,
    KeyPoint,
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
    Summary,
)
from summarizer.label.summary import MAX_KEY_POINTS, summarize_label
from summarizer.label.vocabulary import (
    ANSWER_TERMS,
    CATEGORY_TERMS,
    PURPOSE_TERMS,
    RECIPIENT_TERMS,
    RIGHT_TERMS,
    SOURCE_TERMS,
    field_title,
    is_generic_measure,
    join_words,
    measures_text,
    named_measures,
    phrase_of,
)

ENUM_NAMES = re.compile(
    "|".join(
        re.escape(member.value)
        for enum in (DataCategory, Purpose, Recipient, Right, Source)
        for member in enum
        if "_" in member.value
    )
    + "|not_stated|posted_only|personal_notice|not_honored"
)


def assert_backed(summary: Summary, label) -> None:
    for point in summary.key_points:
        assert point.fields, point
        allowed: list[Evidence] = []
        for path in point.fields:
            found = field_evidence(label, path)
            assert found, f"{path} is not backed by the label: {point.text}"
            allowed.extend(found)
        assert point.evidence, point
        assert all(e in allowed for e in point.evidence), point


def test_rich_label_summary_has_headline_points_and_concerns():
    label = rich_label()
    summary = summarize_label(label)
    assert summary.headline == (
        "Acme Maps collects seven kinds of data about you, shares it with three kinds of "
        "outside groups and says it does not sell it."
    )
    assert len(summary.key_points) == MAX_KEY_POINTS
    assert summary.key_points[0].text.startswith("They collect health and fitness data")
    assert summary.key_points[0].fields[0] == "data_collected.health"
    assert_backed(summary, label)


def test_key_points_carry_the_first_quote_of_each_field():
    label = rich_label()
    point = summarize_label(label).key_points[0]
    collected = {item.category.value: item for item in label.data_collected}
    for path in point.fields:
        category = path.split(".")[1]
        assert collected[category].evidence[0] in point.evidence


def test_summary_reads_at_grade_eight_or_below():
    for label in (rich_label(), hostile_label(), one_claim_label()):
        summary = summarize_label(label)
        assert summary.reading_grade is not None
        assert summary.reading_grade <= 8, (summary.reading_grade, summary.headline)


def test_reading_grade_is_higher_for_harder_text():
    easy = reading_grade("They keep your data. You can delete it.")
    hard = reading_grade(
        "Notwithstanding contractual obligations, the organisation unilaterally processes "
        "comprehensive personally identifiable information for commercial personalisation."
    )
    assert easy is not None and hard is not None
    assert easy < 4 < 12 < hard
    assert reading_grade("   ") is None


def test_label_without_evidence_gets_no_key_points():
    summary = summarize_label(bare_label())
    assert summary.key_points == []
    assert "nothing" in summary.headline
    assert "Empty Co" in summary.headline


def test_answers_without_evidence_make_no_key_points():
    label = bare_label().model_copy(
        update={
            "sells_personal_data": Answer(value="yes"),
            "third_party_tracking": Answer(value="no"),
        }
    )
    assert summarize_label(label).key_points == []


def test_a_thin_label_gets_fewer_than_three_points_rather_than_invented_ones():
    summary = summarize_label(one_claim_label())
    assert [p.fields for p in summary.key_points] == [["purposes.service_operation"]]
    assert summary.key_points[0].text == "They use your data to run the service."


def test_long_lists_are_cut_with_a_count():
    label = rich_label()
    text = summarize_label(label).key_points[0].text
    assert text.endswith("and 4 more kinds of data.")


def test_retention_period_reads_as_a_sentence():
    as_phrase = one_claim_label(
        retention=Retention(stated="yes", period="for 30 days", evidence=[evidence()])
    )
    bare_period = one_claim_label(
        retention=Retention(stated="yes", period="Three years.", evidence=[evidence()])
    )
    texts = [p.text for p in summarize_label(as_phrase).key_points]
    assert "They keep your data for 30 days." in texts
    texts = [p.text for p in summarize_label(bare_period).key_points]
    assert "How long they keep your data: Three years." in texts


def test_concerns_name_the_risks_in_plain_words():
    label = one_claim_label(
        sells_personal_data=Answer(value="yes", evidence=[evidence()]),
        third_party_tracking=Answer(value="yes", evidence=[evidence()]),
        sharing=[SharingClaim(recipient=Recipient.advertisers, evidence=[evidence()])],
        policy_changes=PolicyChanges(notice="posted_only", evidence=[evidence()]),
        coverage=Coverage(chunks=3, chunks_failed=[FailedChunk(section="Cookies", reason="x")]),
        conflicts=[Conflict(field="rights.deletion", evidence=[evidence()])],
    )
    concerns = summarize_label(label).concerns
    assert concerns == [
        "They sell your personal data.",
        "They share data with advertisers.",
        "Other companies track what you do on the service.",
        "The policy does not say how long they keep your data.",
        "If the policy changes, they only post it; they do not tell you.",
        "The policy does not say you can delete your data.",
        "The policy says conflicting things about “Your rights: Delete your data”.",
        "Part of the policy could not be read, so this label may miss things.",
    ]


def test_no_concern_about_deletion_when_it_is_granted():
    label = one_claim_label(rights={Right.deletion: Answer(value="yes", evidence=[evidence()])})
    assert not any("delete" in c for c in summarize_label(label).concerns)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_labels())
def test_random_labels_get_only_backed_points_in_plain_words(label):
    summary = summarize_label(label)
    assert len(summary.key_points) <= MAX_KEY_POINTS
    assert_backed(summary, label)
    words = " ".join([summary.headline, *(p.text for p in summary.key_points)])
    words += " " + " ".join(c for c in summary.concerns if "conflicting" not in c)
    assert not ENUM_NAMES.search(words.replace(label.service_name or "", "")), words
    assert summary.headline.endswith(".")
    assert check_summary(summary, label).key_points == summary.key_points


def test_summary_of_the_rich_label_says_what_its_fields_hold():
    # Acme Maps: seven categories collected, three kinds of recipient (vendors,
    # advertisers, law enforcement), "We do not sell", retention tied to the account.
    summary = summarize_label(rich_label())
    assert summary.headline == (
        "Acme Maps collects seven kinds of data about you, shares it with three kinds of "
        "outside groups and says it does not sell it."
    )
    texts = [point.text for point in summary.key_points]
    assert "They say they do not sell your personal data." in texts
    assert "They keep your data for as long as your account is active." in texts
    assert "They share data with advertisers." in summary.concerns
    assert summary == summarize_label(rich_label())


def test_check_summary_drops_points_the_label_does_not_back():
    label = rich_label()
    good = summarize_label(label)
    quote = label.sells_personal_data.evidence[0]
    invented = [
        KeyPoint(
            text="They sell your data.", fields=["sells_personal_data"], evidence=[evidence()]
        ),
        KeyPoint(text="No fields.", fields=[], evidence=[quote]),
        KeyPoint(text="No quote.", fields=["sells_personal_data"], evidence=[]),
        KeyPoint(text="Silent field.", fields=["rights.cookie_controls"], evidence=[quote]),
        KeyPoint(text="Unknown field.", fields=["favourite_colour"], evidence=[quote]),
        KeyPoint(text="Wrong field.", fields=["data_collected.contacts"], evidence=[quote]),
    ]
    polished = good.model_copy(update={"key_points": [*good.key_points, *invented]})
    checked = check_summary(polished, label)
    assert checked.key_points == good.key_points
    assert checked.headline == good.headline
    assert checked.concerns == good.concerns


def test_check_summary_keeps_a_reworded_point_and_regrades_reading():
    label = rich_label()
    quote = label.sells_personal_data.evidence[0]
    reworded = Summary(
        headline="Acme Maps.",
        key_points=[
            KeyPoint(
                text="Notwithstanding commercial considerations, Acme Maps categorically "
                "refrains from monetising personally identifiable information.",
                fields=["sells_personal_data"],
                evidence=[quote],
            )
        ],
        reading_grade=1.0,
    )
    checked = check_summary(reworded, label)
    assert len(checked.key_points) == 1
    assert checked.reading_grade is not None and checked.reading_grade > 8


def test_field_evidence_reads_paths_and_silence():
    label = rich_label()
    assert field_evidence(label, "data_collected.location") == label.data_collected[1].evidence
    assert field_evidence(label, "data_collected.location.sources")
    assert field_evidence(label, "sharing.advertisers")
    assert field_evidence(label, "rights.deletion")
    assert field_evidence(label, "children.min_age")
    assert field_evidence(label, "retention.period")
    assert field_evidence(label, "security.measures")
    assert field_evidence(label, "rights.cookie_controls") is None
    assert field_evidence(label, "sharing.acquirers") is None
    assert field_evidence(label, "rights.not_a_right") is None
    assert field_evidence(label, "coverage") is None


def test_every_enum_value_has_plain_words():
    for terms, enum in (
        (CATEGORY_TERMS, DataCategory),
        (PURPOSE_TERMS, Purpose),
        (RECIPIENT_TERMS, Recipient),
        (RIGHT_TERMS, Right),
        (SOURCE_TERMS, Source),
    ):
        assert set(terms) == set(enum)
        titles = [term.title for term in terms.values()]
        assert len(set(titles)) == len(titles)
        for term in terms.values():
            assert "_" not in term.title + term.phrase
    for value in (
        "yes",
        "no",
        "not_stated",
        "honored",
        "not_honored",
        "posted_only",
        "personal_notice",
    ):
        assert "_" not in ANSWER_TERMS[value].title


def test_vocabulary_helpers():
    assert join_words(["a", "b", "c"]) == "a, b and c"
    assert join_words(["a"]) == "a"
    assert field_title("rights.deletion") == "Your rights: Delete your data"
    assert field_title("sells_personal_data") == "Sells your data"
    assert field_title("data_collected.location.sources") == "What they collect: Location"


SAMPLE_TEXTS = [
    "They keep your data. You can delete it.",
    "We don't sell your data, and we won't. It's yours; you're in charge!",
    "Notwithstanding contractual obligations, the organisation processes information.",
    "Hi. Ok. They collect your name, e-mail address and 'preferences' for ads?",
    "Acme Maps collects seven kinds of data about you, shares it with three kinds of "
    "outside groups and says it does not sell it.",
]


def test_reading_grade_matches_textstat_flesch_kincaid():
    from textstat.textstat import textstatistics

    textstat = textstatistics()
    textstat.set_lang("en-US")  # pyphen syllables, as summary.reading_grade counts them
    summaries = [summarize_label(label) for label in (rich_label(), hostile_label())]
    texts = SAMPLE_TEXTS + [
        " ".join([s.headline, *(p.text for p in s.key_points)]) for s in summaries
    ]
    for text in texts:
        assert reading_grade(text) == round(textstat.flesch_kincaid_grade(text), 1), text


def test_retention_period_is_retold_in_the_third_person():
    label = one_claim_label(
        retention=Retention(
            stated="yes",
            period="for as long as We have a relationship with you or as our law requires",
            evidence=[evidence()],
        )
    )
    texts = [p.text for p in summarize_label(label).key_points]
    assert (
        "They keep your data for as long as they have a relationship with you or as their "
        "law requires." in texts
    )


def _security_text(measures: list[str]) -> str:
    label = one_claim_label(
        security=Security(measures_described="yes", measures=measures, evidence=[evidence()])
    )
    [text] = [p.text for p in summarize_label(label).key_points if "protect" in p.text]
    return text


def test_security_point_names_the_measures_and_drops_the_generic_one_beside_them():
    assert (
        _security_text(["reasonable security measures", "encryption", "access controls"])
        == "They protect your data with encryption and access controls."
    )
    assert (
        _security_text(["administrative, technical and physical measures"])
        == "They protect your data with administrative, technical and physical measures."
    )
    assert (
        _security_text(
            ["encryption", "firewalls", "hashing", "intrusion detection", "secure servers"]
        )
        == "They protect your data with encryption, firewalls, hashing and 2 more measures."
    )


def test_security_point_with_only_generic_words_says_they_take_steps():
    assert (
        _security_text(["reasonable security measures"])
        == "They say they take reasonable steps to protect your data."
    )
    assert (
        _security_text(["industry-standard security measures"])
        == "They say they take industry-standard steps to protect your data."
    )
    assert (
        _security_text(["appropriate safeguards", "reasonable security measures"])
        == "They say they take appropriate steps to protect your data."
    )
    assert _security_text(["security measures"]) == "They say they take steps to protect your data."
    assert _security_text([]) == "They say they take steps to protect your data."


def test_vocabulary_tells_generic_security_words_from_named_measures():
    for generic in (
        "reasonable security measures",
        "appropriate security measures",
        "industry-standard security measures",
        "commercially reasonable safeguards",
        "security measures",
    ):
        assert is_generic_measure(generic), generic
    for named in (
        "encryption",
        "access controls",
        "technical and organizational measures",
        "reasonable measures against unauthorized access",
    ):
        assert not is_generic_measure(named), named
    assert named_measures(["reasonable security measures", "encryption"]) == ["encryption"]
    assert named_measures(["reasonable security measures", "appropriate safeguards"]) == [
        "reasonable security measures"
    ]
    assert measures_text(["encryption", "firewalls"]) == "encryption, firewalls"
    assert (
        measures_text(["encryption", "administrative, technical and physical safeguards"])
        == "encryption; administrative, technical and physical safeguards"
    )


def test_key_points_dedupe_evidence_by_every_field_of_evidence() -> None:
    # `_point` keys evidence on (quote, start, end, section): a new Evidence field must join it.
    assert set(Evidence.model_fields) == {"quote", "start", "end", "section"}


# The list points (collected, shared, purposes) read each list once, not once per key
# through `field_evidence`: they must say what reading every key through it says,
# also for labels no merge makes (a key repeated, its first entry without a quote).
_shared_quote = Evidence(quote="We share it.", start=0, end=12, section="Sharing")
_quote_lists = st.lists(
    st.sampled_from([_shared_quote, evidence("Another quote."), evidence("Third.", None)]),
    max_size=2,
)


def _through_field_evidence(label, head, key, order, noun, opening):
    present = {getattr(entry, key) for entry in getattr(label, head)}
    keys = [k for k in order if k in present and is_backed(label, f"{head}.{k.value}")]
    if not keys:
        return None
    text = f"{opening} {summary._named_list([phrase_of(k) for k in keys], noun)}."
    return summary._point(label, text, [f"{head}.{k.value}" for k in keys])


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(list(DataCategory)[:4]), _quote_lists), max_size=6),
    st.lists(st.tuples(st.sampled_from(list(Recipient)[:3]), _quote_lists), max_size=5),
    st.lists(st.tuples(st.sampled_from(list(Purpose)[:3]), _quote_lists), max_size=5),
)
def test_list_points_say_what_field_evidence_backs_even_with_repeated_keys(
    collected, shared, purposes
):
    label = PrivacyNutritionLabel(
        data_collected=[CollectedData(category=c, evidence=e) for c, e in collected],
        sharing=[SharingClaim(recipient=r, evidence=e) for r, e in shared],
        purposes=[PurposeClaim(purpose=p, evidence=e) for p, e in purposes],
    )
    assert summary._collected_point(label) == _through_field_evidence(
        label, "data_collected", "category", summary.CATEGORY_ORDER, "kinds of data", "They collect"
    )
    assert summary._sharing_point(label) == _through_field_evidence(
        label,
        "sharing",
        "recipient",
        summary.RECIPIENT_ORDER,
        "kinds of groups",
        "They share data with",
    )
    assert summary._purposes_point(label) == _through_field_evidence(
        label, "purposes", "purpose", summary.PURPOSE_ORDER, "reasons", "They use your data"
    )
