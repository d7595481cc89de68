"""compare_labels: services as columns, the label's rows, differing rows marked."""

from __future__ import annotations

from data.render_labels import evidence, one_claim_label

from summarizer.label.comparison import compare_labels
from summarizer.label.schema import Answer, CollectedData, SharingClaim


def _row(table, key):
    return next(row for row in table.rows if row.key == key)


def test_services_are_columns_in_order_with_their_grades():
    seller = one_claim_label(
        service_name="Seller", sells_personal_data=Answer(value="yes", evidence=[evidence()])
    )
    keeper = one_claim_label(
        service_name="Keeper", sells_personal_data=Answer(value="no", evidence=[evidence()])
    )
    table = compare_labels([seller, keeper])
    assert [s.name for s in table.services] == ["Seller", "Keeper"]
    assert [s.grade for s in table.services] == ["D", "C"]
    assert _row(table, "sells_personal_data").cells == ["Yes", "No"]
    assert _row(table, "grade").cells == ["D (−10)", "C (−1)"]


def test_a_row_differs_only_when_the_services_say_different_things():
    a = one_claim_label(sharing=[SharingClaim(recipient="advertisers", evidence=[evidence()])])
    b = one_claim_label()
    table = compare_labels([a, b], names=["A", "B"])
    advertisers = _row(table, "sharing.advertisers")
    assert advertisers.cells == ["gets data", ""]
    assert advertisers.differs
    assert not _row(table, "do_not_track").differs
    assert advertisers in table.differing_rows()
    assert _row(table, "do_not_track") not in table.differing_rows()


def test_collect_rows_cover_any_service_and_show_explicit_not_collected():
    a = one_claim_label(data_collected=[CollectedData(category="location", evidence=[evidence()])])
    b = one_claim_label(
        data_not_collected=[{"category": "location", "evidence": [evidence()]}]  # type: ignore[list-item]
    )
    c = one_claim_label()
    table = compare_labels([a, b, c], names=["A", "B", "C"])
    assert _row(table, "data_collected.location").cells == ["collected", "says not collected", ""]
    assert not any(row.key == "data_collected.health" for row in table.rows)


def test_names_that_repeat_are_made_unique():
    label = one_claim_label(service_name="Same")
    table = compare_labels([label, label])
    assert [s.name for s in table.services] == ["Same", "Same (2)"]
