"""The document part of the label: language, "is this a privacy policy?", the stated
date with evidence, when the label was made, and N/A with a reason when not gradable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fakes import seed_paths

from summarizer.cli.main import main
from summarizer.label.schema import PrivacyNutritionLabel
from summarizer.text.dating import find_policy_date
from summarizer.text.document_info import describe_document
from summarizer.text.loading import load_policy, load_text
from summarizer.text.policy_kind import check_privacy_policy

GERMAN = (
    "Datenschutzerklärung\n\nWir erheben Ihre E-Mail-Adresse, wenn Sie sich registrieren. "
    "Wir verkaufen Ihre personenbezogenen Daten nicht. Sie haben das Recht auf Auskunft, "
    "Berichtigung und Löschung Ihrer Daten. Wir geben Ihre Daten an Dienstleister weiter.\n"
)
HOME_PAGE = (
    "Fresh shoes for every season\n\nShop the spring collection: trainers, boots and sandals "
    "from our favourite makers. Free delivery on orders over 50 pounds and free returns for "
    "thirty days. Join the club for early access to sales and new arrivals.\n\n"
    "Our stores\n\nVisit us in Leeds, York and Bristol, open seven days a week.\n"
)
NEWS = (
    "Council approves new cycle lanes on the high street\n\nThe city council voted on Tuesday "
    "to build protected cycle lanes along the high street, after two years of consultation "
    "with residents and shop owners. Work starts in May and should finish before winter. "
    "The mayor said the lanes would make the town centre safer for children walking to school.\n"
)
TERMS = (
    "Terms of Service\n\nBy using the service you agree to these terms. You must not misuse the "
    "service or try to reach it by any means other than the interface we provide. We may "
    "suspend your account if you break these terms. The service is provided as is, without "
    "warranties. These terms are governed by the laws of England. See our Privacy Policy for "
    "how we handle personal information.\n"
)
POLICY = (
    "Acme Privacy Policy\n\nLast updated: March 3, 2025\n\n## What we collect\n\nWe collect "
    "your email address and IP address when you sign up. We use cookies to keep you signed in.\n\n"
    "## Sharing\n\nWe share your email address with service providers who send our newsletter. "
    "We do not sell your personal information.\n\n## Your rights\n\nYou may request access to "
    "or deletion of your data at privacy@acme.example.\n"
)


def _label(runner: CliRunner, tmp_path: Path, text: str) -> tuple[int, dict, str]:
    path = tmp_path / "input.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["label", str(path), "--format", "json"])
    return result.exit_code, json.loads(result.stdout), result.stderr


def test_a_german_policy_is_named_not_graded_and_exits_5(tmp_path: Path) -> None:
    code, label, stderr = _label(CliRunner(), tmp_path, GERMAN)
    assert code == 5
    assert label["document"]["language"] == "de"
    assert label["document"]["language_name"] == "German"
    assert label["document"]["gradable"] is False
    assert label["grade"]["grade"] == "N/A"
    assert "German" in label["summary"]["headline"]
    not_graded = [line for line in stderr.splitlines() if "not graded" in line]
    assert len(not_graded) == 1 and "German" in not_graded[0]


@pytest.mark.parametrize("text", [HOME_PAGE, NEWS, TERMS], ids=["home page", "news", "terms"])
def test_a_text_that_is_not_a_privacy_policy_gets_n_a_not_a_letter(
    tmp_path: Path, text: str
) -> None:
    code, label, stderr = _label(CliRunner(), tmp_path, text)
    assert code == 5
    assert label["document"]["language"] == "en"
    assert label["document"]["privacy_policy"] == "no"
    assert label["grade"]["grade"] == "N/A"
    assert "does not read as a privacy policy" in stderr


def test_every_seed_policy_reads_as_an_english_privacy_policy() -> None:
    for path in seed_paths():
        info = describe_document(load_policy(path))
        assert (info.language, info.privacy_policy, info.gradable) == ("en", "yes", True), path


def test_a_short_notice_about_data_is_uncertain_not_refused() -> None:
    check = check_privacy_policy("We collect your email address to send you the newsletter.")
    assert check.verdict == "uncertain"


def test_the_stated_date_is_a_field_with_evidence_at_its_offsets(tmp_path: Path) -> None:
    code, label, _ = _label(CliRunner(), tmp_path, POLICY)
    assert code == 0
    date = label["document"]["policy_date"]
    assert (date["date"], date["kind"]) == ("2025-03-03", "last_updated")
    [evidence] = date["evidence"]
    assert POLICY[evidence["start"] : evidence["end"]] == evidence["quote"]
    assert evidence["quote"] == "Last updated: March 3, 2025"


@pytest.mark.parametrize(
    ("text", "date", "kind"),
    [
        ("Effective Date: 2024-01-01\n", "2024-01-01", "effective"),
        ("This policy is effective as of January 1, 2024.", "2024-01-01", "effective"),
        ("**Last Updated:** 12 February 2023", "2023-02-12", "last_updated"),
        ("Last modified 25/03/2025", "2025-03-25", "last_updated"),
        ("Revised: Jan. 5, 2024", "2024-01-05", "last_updated"),
        ("Effective 1 May 2020. Last updated June 2, 2024.", "2024-06-02", "last_updated"),
        ("We were founded in 2019 and moved in March 2020.", None, None),
        ("Last updated: February 30, 2023", None, None),
    ],
)
def test_policy_dates_are_read_from_their_usual_wordings(
    text: str, date: str | None, kind: str | None
) -> None:
    found = find_policy_date(text)
    assert (found.date if found else None, found.kind if found else None) == (date, kind)


def test_the_label_says_when_it_was_made_and_where_the_text_came_from(tmp_path: Path) -> None:
    code, label, _ = _label(CliRunner(), tmp_path, POLICY)
    assert code == 0
    assert label["provenance"]["labelled_at"].endswith("+00:00")
    assert label["document"]["source"] == str(tmp_path / "input.txt")
    assert label["document"]["format"] == "text"


@pytest.mark.parametrize("fmt", ["md", "html", "terminal"])
def test_every_card_shows_the_source_and_the_policy_date(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "acme.txt"
    path.write_text(POLICY, encoding="utf-8")
    for view in ("label", "apple", "google", "opp115"):
        result = CliRunner().invoke(main, ["label", str(path), "--format", fmt, "--view", view])
        assert result.exit_code == 0, result.output
        assert "acme.txt" in result.stdout and "2025-03-03" in result.stdout, (fmt, view)


def test_the_json_schema_has_the_document_fields() -> None:
    schema = PrivacyNutritionLabel.model_json_schema()
    assert "document" in schema["properties"]
    document = schema["$defs"]["DocumentInfo"]["properties"]
    for field in ("source", "language", "privacy_policy", "policy_date", "not_graded_reason"):
        assert field in document
    assert "labelled_at" in schema["$defs"]["Provenance"]["properties"]


def test_old_labels_without_the_document_part_still_load() -> None:
    old = PrivacyNutritionLabel().model_dump(mode="json")
    del old["document"]
    del old["provenance"]["labelled_at"]
    assert PrivacyNutritionLabel.model_validate(old).document.gradable


def test_a_text_given_in_memory_is_described_too() -> None:
    info = describe_document(load_text(POLICY, source="memory"))
    assert (info.source, info.privacy_policy, info.policy_date.date) == (
        "memory",
        "yes",
        "2025-03-03",
    )


def test_a_batch_with_one_german_policy_is_partial_and_counts_it_not_graded(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "acme.txt").write_text(POLICY, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["label", str(tmp_path / "de.txt"), str(tmp_path / "acme.txt"), "--out-dir", str(out)]
    )
    assert result.exit_code == 4, result.output
    assert sorted(path.name for path in out.glob("*.json")) == ["acme.json", "de.json"]
    assert "not graded" in result.stderr


def test_an_english_policy_with_a_german_title_and_word_is_english() -> None:
    text = (
        "Datenschutz für Müller & Söhne\n\nWe collect your email address and postal address "
        "(Straße) when you order. We use cookies to keep your basket.\n"
    )
    info = describe_document(load_text(text))
    assert (info.language, info.gradable) == ("en", True)
