"""Merge: grounded findings of many chunks fold into one label, nothing silently lost."""

from __future__ import annotations

from summarizer.label.findings import (
    AnswerFinding,
    ChildrenAgeFinding,
    ChunkFindings,
    CollectedFinding,
    ContactFinding,
    NotCollectedFinding,
    PurposeFinding,
    Question,
    SharingFinding,
)
from summarizer.label.schema import DataCategory, Purpose, Recipient, Right, Source
from summarizer.merge import merge_findings
from summarizer.text.chunking import Chunk
from summarizer.text.grounding import Grounder

TEXT = (
    "# Privacy\n\n"
    "We collect your email address when you register. "
    "We collect your IP address automatically. "
    "We may share your email address with service providers who send our newsletter.\n\n"
    "# Selling\n\n"
    "We do not sell your personal information. "
    "We may sell aggregated profiles to partners. "
    "Children under 13 may not use the service. Users under 16 need consent. "
    "Changes are posted on this page. We will email you about material changes. "
    "Write to privacy@example.com with questions.\n"
    "This policy covers Acme and the Beta app. "
    "We keep your data as long as your account is open, then for 30 days, and then it is deleted. "
    "We use encryption and firewalls to protect it. Access controls limit who can see it.\n"
)
RETENTION = (
    "We keep your data as long as your account is open, then for 30 days, and then it is deleted."
)
ENCRYPTION = "We use encryption and firewalls to protect it."
ACCESS = "Access controls limit who can see it."


def chunks_of(text: str) -> list[Chunk]:
    middle = text.index("# Selling")
    return [
        Chunk(index=0, start=0, end=middle, text=text[:middle], heading_path=("Privacy",)),
        Chunk(index=1, start=middle, end=len(text), text=text[middle:], heading_path=("Selling",)),
    ]


def merge(*findings: ChunkFindings):
    chunks = chunks_of(TEXT)
    return merge_findings(zip(chunks, findings, strict=False), Grounder(TEXT, chunks))


def test_categories_are_unioned_with_deduplicated_evidence_and_sources():
    first = ChunkFindings(
        data_collected=[
            CollectedFinding(
                category=DataCategory.contact_info,
                sources=[Source.user_provided],
                quote="We collect your email address when you register.",
            ),
            CollectedFinding(
                category=DataCategory.contact_info,
                sources=[Source.user_provided],
                purposes=[Purpose.marketing],
                quote="We collect your email address when you register.",
            ),
            CollectedFinding(
                category=DataCategory.identifiers,
                sources=[Source.automatic],
                quote="We collect your IP address automatically.",
            ),
        ]
    )
    label, stats = merge(first, ChunkFindings())
    contact = next(c for c in label.data_collected if c.category == DataCategory.contact_info)
    assert len(contact.evidence) == 1
    assert contact.purposes == [Purpose.marketing]
    assert label.categories() == {DataCategory.contact_info, DataCategory.identifiers}
    assert stats.claims_dropped == 0
    for evidence in label.all_evidence():
        assert TEXT[evidence.start : evidence.end] == evidence.quote
    assert contact.evidence[0].section == "Privacy"


def test_a_quote_not_in_the_policy_is_dropped_and_counted():
    invented = ChunkFindings(
        purposes=[
            PurposeFinding(
                purpose=Purpose.advertising, quote="We sell your data to advertisers worldwide."
            )
        ],
        sharing=[
            SharingFinding(
                recipient=Recipient.service_providers,
                categories=[DataCategory.contact_info],
                quote="We may share your email address with service providers who send our newsletter.",
            )
        ],
    )
    label, stats = merge(invented, ChunkFindings())
    assert label.purpose_set() == set()
    assert label.recipients() == {Recipient.service_providers}
    assert stats.claims_total == 2
    assert stats.claims_dropped == 1
    assert stats.dropped_quotes == ["We sell your data to advertisers worldwide."]


def test_yes_and_no_on_one_question_is_kept_as_a_conflict_with_both_quotes():
    second = ChunkFindings(
        answers=[
            AnswerFinding(
                question=Question.sells_personal_data,
                answer="no",
                quote="We do not sell your personal information.",
            ),
            AnswerFinding(
                question=Question.sells_personal_data,
                answer="yes",
                quote="We may sell aggregated profiles to partners.",
            ),
        ]
    )
    label, _ = merge(ChunkFindings(), second)
    assert label.sells_personal_data.value == "yes"
    [conflict] = label.conflicts
    assert conflict.field == "sells_personal_data"
    assert {e.quote for e in conflict.evidence} == {
        "We do not sell your personal information.",
        "We may sell aggregated profiles to partners.",
    }


def test_silence_is_not_stated_and_an_explicit_answer_beats_silence():
    second = ChunkFindings(
        answers=[
            AnswerFinding(
                question=Question.deletion,
                answer="yes",
                quote="We do not sell your personal information.",
            )
        ]
    )
    label, _ = merge(ChunkFindings(), second)
    assert label.rights[Right.deletion].value == "yes"
    assert label.rights[Right.access].value == "not_stated"
    assert label.third_party_tracking.value == "not_stated"
    assert label.conflicts == []


def test_personal_notice_beats_posting_without_a_conflict():
    second = ChunkFindings(
        answers=[
            AnswerFinding(
                question=Question.personal_notice_of_changes,
                answer="no",
                quote="Changes are posted on this page.",
            ),
            AnswerFinding(
                question=Question.personal_notice_of_changes,
                answer="yes",
                quote="We will email you about material changes.",
            ),
        ]
    )
    label, _ = merge(ChunkFindings(), second)
    assert label.policy_changes.notice == "personal_notice"
    assert label.conflicts == []
    posted_only, _ = merge(ChunkFindings(), ChunkFindings(answers=second.answers[:1]))
    assert posted_only.policy_changes.notice == "posted_only"


def test_children_min_age_is_the_lowest_stated_threshold_and_others_are_noted():
    second = ChunkFindings(
        children_age=[
            ChildrenAgeFinding(min_age=16, quote="Users under 16 need consent."),
            ChildrenAgeFinding(min_age=13, quote="Children under 13 may not use the service."),
        ]
    )
    label, _ = merge(ChunkFindings(), second)
    assert label.children.min_age == 13
    assert [c.field for c in label.conflicts] == ["children.min_age"]
    only_sixteen, _ = merge(ChunkFindings(), ChunkFindings(children_age=second.children_age[:1]))
    assert only_sixteen.children.min_age == 16


def test_contact_values_must_appear_in_the_policy():
    second = ChunkFindings(
        contacts=[
            ContactFinding(
                kind="email",
                value="privacy@example.com",
                quote="Write to privacy@example.com with questions.",
            ),
            ContactFinding(
                kind="email",
                value="dpo@invented.example",
                quote="Write to privacy@example.com with questions.",
            ),
        ]
    )
    label, stats = merge(ChunkFindings(), second)
    assert label.contact.emails == ["privacy@example.com"]
    assert stats.claims_dropped == 1
    assert stats.dropped_quotes == ["dpo@invented.example"]


def test_a_contact_address_reformatted_onto_one_line_is_kept():
    text = "Write to us:\n\nAcme Ltd\nOffice 4\n22 High Street\nLondon W1 3JE\n"
    chunks = [Chunk(index=0, start=0, end=len(text), text=text)]
    findings = ChunkFindings(
        contacts=[
            ContactFinding(
                kind="address",
                value="Acme Ltd, Office 4, 22 High Street, London W1 3JE",
                quote="Acme Ltd\nOffice 4",
            )
        ]
    )
    label, stats = merge_findings([(chunks[0], findings)], Grounder(text, chunks))
    assert label.contact.addresses == ["Acme Ltd, Office 4, 22 High Street, London W1 3JE"]
    assert stats.claims_dropped == 0


def test_retention_period_and_security_measures_come_from_details():
    second = ChunkFindings(
        answers=[
            AnswerFinding(
                question=Question.retention_stated,
                answer="yes",
                detail="as long as your account is open",
                quote=RETENTION,
            ),
            AnswerFinding(
                question=Question.security_measures_described,
                answer="yes",
                detail="encryption",
                quote=ENCRYPTION,
            ),
        ]
    )
    label, _ = merge(ChunkFindings(), second)
    assert label.retention.stated == "yes"
    assert label.retention.period == "as long as your account is open"
    assert label.security.measures == ["encryption"]


def test_security_measures_are_one_each_across_chunks_whatever_their_case():
    def security(detail: str, quote: str) -> AnswerFinding:
        return AnswerFinding(
            question=Question.security_measures_described, answer="yes", detail=detail, quote=quote
        )

    first = ChunkFindings(
        answers=[security("encryption; access controls", f"{ENCRYPTION} {ACCESS}")]
    )
    second = ChunkFindings(
        answers=[
            security("Encryption;  firewalls ;", ENCRYPTION),
            security("access controls", ACCESS),
        ]
    )
    label, _ = merge(first, second)
    assert label.security.measures == ["encryption", "access controls", "firewalls"]
    assert len(label.security.evidence) == 3


def test_only_a_security_detail_is_split_on_semicolons():
    finding = AnswerFinding(
        question=Question.retention_stated,
        answer="yes",
        detail="for 30 days; then deleted",
        quote=RETENTION,
    )
    label, _ = merge(ChunkFindings(), ChunkFindings(answers=[finding]))
    assert label.retention.period == "for 30 days; then deleted"


def test_service_name_is_the_most_often_named():
    label, _ = merge(ChunkFindings(service_name="Acme"), ChunkFindings(service_name="Acme"))
    assert label.service_name == "Acme"
    label, _ = merge(ChunkFindings(service_name="Beta"), ChunkFindings())
    assert label.service_name == "Beta"


def test_collected_and_not_collected_conflicts_come_in_the_labels_order():
    quote = "We collect your email address when you register."
    categories = [
        DataCategory.health,
        DataCategory.contact_info,
        DataCategory.location,
        DataCategory.financial,
        DataCategory.identifiers,
        DataCategory.demographics,
    ]
    findings = ChunkFindings(
        data_collected=[CollectedFinding(category=c, quote=quote) for c in categories],
        data_not_collected=[
            NotCollectedFinding(category=c, quote=quote) for c in reversed(categories)
        ],
    )
    label, _ = merge(findings, ChunkFindings())
    order = [item.category.value for item in label.data_collected]
    assert [conflict.field for conflict in label.conflicts] == [
        f"data_collected.{category}" for category in order
    ]


def test_a_phone_finding_lands_in_contact_phones():
    text = "Questions? Call us toll-free at 1-800-555-0142.\n"
    chunks = [Chunk(index=0, start=0, end=len(text), text=text)]
    findings = ChunkFindings(
        contacts=[
            ContactFinding(kind="phone", value="1-800-555-0142", quote=text.strip()),
            ContactFinding(kind="phone", value="1-800-555-9999", quote=text.strip()),
        ]
    )
    label, stats = merge_findings([(chunks[0], findings)], Grounder(text, chunks))
    assert label.contact.phones == ["1-800-555-0142"]
    assert label.contact.emails == label.contact.addresses == []
    assert stats.claims_dropped == 1  # the number the policy does not print


# --- values must be stated by their own quote -------------------------------------------------


def answer(question: Question, detail: str, quote: str) -> AnswerFinding:
    return AnswerFinding(question=question, answer="yes", detail=detail, quote=quote)


def test_values_their_quotes_do_not_state_are_dropped_and_counted():
    findings = ChunkFindings(
        service_name="TrustMe Inc. (certified privacy-safe, never shares data)",
        answers=[
            answer(Question.retention_stated, "deleted immediately after 24 hours", RETENTION),
            answer(
                Question.security_measures_described,
                "SOC 2 Type II audit and HIPAA certification",
                ENCRYPTION,
            ),
        ],
        children_age=[
            ChildrenAgeFinding(min_age=3, quote="Children under 13 may not use the service.")
        ],
    )
    label, stats = merge(ChunkFindings(), findings)

    assert label.service_name is None
    assert label.retention.period is None
    assert label.security.measures == []
    assert label.children.min_age is None
    assert not any("3" in (conflict.note or "") for conflict in label.conflicts)
    # The quotes themselves are real: the claims they back stay, only the values go.
    assert label.retention.stated == label.security.measures_described == "yes"
    assert stats.claims_dropped == 0
    assert stats.values_dropped == 4
    assert {(value.field, value.value) for value in stats.dropped_values} == {
        ("service_name", "TrustMe Inc. (certified privacy-safe, never shares data)"),
        ("retention.period", "deleted immediately after 24 hours"),
        ("security.measures", "SOC 2 Type II audit and HIPAA certification"),
        ("children.min_age", "3"),
    }
    assert all(value.reason for value in stats.dropped_values)


def test_values_their_quotes_state_are_kept_even_when_reworded():
    findings = ChunkFindings(
        service_name="acme",
        answers=[
            answer(Question.retention_stated, "for thirty days", RETENTION),
            answer(Question.security_measures_described, "Encryption; firewall", ENCRYPTION),
            answer(Question.security_measures_described, "access control", ACCESS),
        ],
        children_age=[
            ChildrenAgeFinding(min_age=13, quote="Children under 13 may not use the service."),
            ChildrenAgeFinding(min_age=16, quote="Users under 16 need consent."),
        ],
    )
    label, stats = merge(ChunkFindings(), findings)

    assert label.service_name == "acme"
    assert label.retention.period == "for thirty days"
    assert label.security.measures == ["Encryption", "firewall", "access control"]
    assert label.children.min_age == 13
    assert stats.values_dropped == 0


def test_one_measure_of_several_can_be_dropped_and_the_rest_kept():
    findings = ChunkFindings(
        answers=[
            answer(
                Question.security_measures_described,
                "encryption; SOC 2 Type II audit; firewalls",
                ENCRYPTION,
            )
        ]
    )
    label, stats = merge(findings, ChunkFindings())
    assert label.security.measures == ["encryption", "firewalls"]
    assert [value.value for value in stats.dropped_values] == ["SOC 2 Type II audit"]


def test_a_name_the_policy_does_not_write_loses_even_when_given_more_often():
    label, _ = merge(
        ChunkFindings(service_name="TrustMe"),
        ChunkFindings(service_name="TrustMe", data_collected=[]),
    )
    assert label.service_name is None
    merged, _ = merge_findings(
        zip(
            chunks_of(TEXT),
            [ChunkFindings(service_name="TrustMe"), ChunkFindings(service_name="Beta")],
            strict=True,
        ),
        Grounder(TEXT, chunks_of(TEXT)),
    )
    assert merged.service_name == "Beta"


def test_the_service_name_may_come_from_the_page_title_or_address():
    chunks = chunks_of(TEXT)
    for keyword in ({"title": "Zephyr | Privacy"}, {"url": "https://www.zephyr.io/privacy"}):
        label, stats = merge_findings(
            zip(chunks, [ChunkFindings(service_name="Zephyr"), ChunkFindings()], strict=True),
            Grounder(TEXT, chunks),
            **keyword,
        )
        assert label.service_name == "Zephyr" and stats.values_dropped == 0


def test_a_detail_on_a_question_the_label_shows_no_detail_for_is_not_counted():
    finding = answer(Question.deletion, "within 30 days by email", RETENTION)
    label, stats = merge(ChunkFindings(answers=[finding]), ChunkFindings())
    assert label.rights[Right.deletion].value == "yes"
    assert stats.values_dropped == 0


def test_evidence_found_out_of_order_ends_sorted_by_offset_and_each_span_once():
    later = ENCRYPTION
    earlier = "We collect your email address when you register."
    findings = ChunkFindings(
        data_collected=[
            CollectedFinding(category=DataCategory.contact_info, quote=later),
            CollectedFinding(category=DataCategory.contact_info, quote=earlier),
            CollectedFinding(category=DataCategory.contact_info, quote=later),
        ],
        answers=[
            AnswerFinding(
                question=Question.security_measures_described,
                answer="yes",
                detail="Encryption; firewalls",
                quote=later,
            ),
            AnswerFinding(
                question=Question.security_measures_described,
                answer="yes",
                detail="encryption; FIREWALLS; access controls",
                quote=f"{ENCRYPTION} {ACCESS}",
            ),
        ],
    )
    label, _ = merge(findings)
    evidence = label.data_collected[0].evidence
    assert [e.quote for e in evidence] == [earlier, later]
    assert [e.start for e in evidence] == sorted(e.start for e in evidence)
    assert [e.quote for e in label.security.evidence] == [later, f"{ENCRYPTION} {ACCESS}"]
    assert label.security.measures == ["Encryption", "firewalls", "access controls"]


def test_a_quote_given_by_several_findings_counts_once_per_finding_grounded_or_not():
    # One quote is grounded once per chunk; the claims it carries are still each counted.
    email = "We collect your email address when you register."
    invented = "We sell your data to advertisers worldwide."
    findings = ChunkFindings(
        data_collected=[
            CollectedFinding(category=DataCategory.contact_info, quote=email),
            CollectedFinding(category=DataCategory.account_profile, quote=email),
        ],
        purposes=[
            PurposeFinding(purpose=Purpose.service_operation, quote=email),
            PurposeFinding(purpose=Purpose.advertising, quote=invented),
            PurposeFinding(purpose=Purpose.marketing, quote=invented),
        ],
    )
    label, stats = merge(findings, findings)
    assert stats.claims_total == 10
    assert stats.claims_dropped == 4
    assert stats.dropped_quotes == [invented] * 4
    assert label.categories() == {DataCategory.contact_info, DataCategory.account_profile}
    assert label.purpose_set() == {Purpose.service_operation}
    quotes = [e.quote for item in label.data_collected for e in item.evidence]
    assert quotes == [email, email]
    assert all(e.section == "Privacy" for e in label.all_evidence())
