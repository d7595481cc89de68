"""The gold answers themselves: well-formed, complete, and quoting the policy exactly.

The eval is only as good as its gold; these checks catch a typo in an offset, an
enum value that does not exist, or a field the annotator forgot to write out.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from summarizer.batch import POLICY_SUFFIXES
from summarizer.evals.run import PLAIN_SUFFIXES, load_gold
from summarizer.evals.scoring import set_claims, three_way_answers
from summarizer.label.schema import PrivacyNutritionLabel, Right
from summarizer.text.loading import load_policy

ROOT = Path(__file__).resolve().parents[2]
# Each corpus is a policies directory and its gold directory: the seeds, and the dev
# set of whole policies the engines were not written against.
CORPORA = {
    "seeds": (ROOT / "evals" / "policies", ROOT / "evals" / "gold"),
    "dev": (ROOT / "evals" / "dev" / "policies", ROOT / "evals" / "dev" / "gold"),
}

GOLD_FILES = sorted(gold_file for _, gold in CORPORA.values() for gold_file in gold.glob("*.json"))
ANNOTATED_FIELDS = list(PrivacyNutritionLabel.model_fields)[
    : list(PrivacyNutritionLabel.model_fields).index("conflicts") + 1
]
COMPUTED_FIELDS = ("summary", "grade", "coverage", "provenance")


def gold_id(gold_file: Path) -> str:
    return f"{gold_file.parent.parent.name}/{gold_file.stem}"


def policies_of(gold_file: Path) -> list[Path]:
    """Every policy file of the corpus the gold file belongs to."""
    [policies] = [p for p, gold in CORPORA.values() if gold == gold_file.parent]
    return [p for p in policies.iterdir() if p.suffix.lower() in POLICY_SUFFIXES]


def policy_text(gold_file: Path) -> str:
    """The text gold offsets index: the file itself for .txt/.md, no newline
    translation; for HTML the text `load_policy` extracts (what `summarizer text`
    prints and what the eval scores against)."""
    [policy] = [p for p in policies_of(gold_file) if p.stem == gold_file.stem]
    if policy.suffix.lower() in PLAIN_SUFFIXES:
        return policy.read_bytes().decode("utf-8")
    return load_policy(policy).text


def raw(gold_file: Path) -> dict[str, Any]:
    return json.loads(gold_file.read_bytes().decode("utf-8"))


def every_evidence(data: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    """(json path, evidence dict) for every Evidence anywhere in the raw file."""
    found = []
    if isinstance(data, dict):
        if set(data) >= {"quote", "start", "end"}:
            return [(where, data)]
        for key, value in data.items():
            found += every_evidence(value, f"{where}.{key}" if where else key)
    elif isinstance(data, list):
        for position, value in enumerate(data):
            found += every_evidence(value, f"{where}[{position}]")
    return found


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_policy_has_a_gold_answer(corpus: str):
    policies_dir, gold_dir = CORPORA[corpus]
    policies = [p.stem for p in policies_dir.iterdir() if p.suffix.lower() in POLICY_SUFFIXES]
    golds = {p.stem for p in gold_dir.glob("*.json")}
    assert policies, f"no {corpus} policies found"
    assert len(policies) == len(set(policies)), "two policy files share a stem"
    assert set(policies) - golds == set(), "policies without a gold answer"
    assert golds - set(policies) == set(), "gold answers without a policy"


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=gold_id)
def test_a_plain_policy_loads_as_the_file_itself(gold_file: Path):
    """The eval scores against `load_policy(...).text`; for .txt/.md gold offsets index
    the file, so the two must be the same text."""
    [policy] = [p for p in policies_of(gold_file) if p.stem == gold_file.stem]
    if policy.suffix.lower() in PLAIN_SUFFIXES:
        assert load_policy(policy).text == policy.read_bytes().decode("utf-8")


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=gold_id)
def test_gold_file_validates_as_a_label_with_notes(gold_file: Path):
    gold = load_gold(gold_file)
    data = raw(gold_file)
    assert isinstance(data.get("notes"), list), "'notes' must be written out as a list"
    assert all(isinstance(note, str) and note.strip() for note in data["notes"])
    assert gold.notes == tuple(data["notes"])
    assert gold.label.service_name, "service_name is annotated"


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=gold_id)
def test_gold_file_writes_out_every_annotated_field_and_no_computed_one(gold_file: Path):
    data = raw(gold_file)
    assert [name for name in ANNOTATED_FIELDS if name not in data] == []
    assert [name for name in COMPUTED_FIELDS if name in data] == []
    assert sorted(data["rights"]) == sorted(right.value for right in Right)
    for name in ("retention", "security", "children", "policy_changes", "contact"):
        written = set(data[name])
        expected = set(PrivacyNutritionLabel.model_fields[name].annotation.model_fields)  # type: ignore[union-attr]
        if name == "contact":
            # The eval would silently skip phones for a file without the key (ANNOTATION.md)
            assert "phones" in written, "gold states phones (an empty list when none)"
        assert written == expected, f"{name}: fields {sorted(expected - written)} missing"


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=gold_id)
def test_every_gold_quote_is_verbatim_at_its_offsets(gold_file: Path):
    text = policy_text(gold_file)
    evidence = every_evidence(raw(gold_file))
    assert evidence, "a gold file with no evidence"
    wrong = [
        f"{where}: [{e['start']}:{e['end']}] is {text[e['start'] : e['end']]!r}, quote {e['quote']!r}"
        for where, e in evidence
        if not (
            0 <= e["start"] < e["end"] <= len(text) and text[e["start"] : e["end"]] == e["quote"]
        )
    ]
    assert wrong == []


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=gold_id)
def test_every_gold_claim_has_a_quote(gold_file: Path):
    label = load_gold(gold_file).label
    unquoted = [
        f"{field_name}:{item}"
        for field_name, items in set_claims(label).items()
        for item, evidence in items.items()
        if not evidence
    ]
    unquoted += [
        field_name
        for field_name, (value, evidence) in three_way_answers(label).items()
        if value != "not_stated" and not evidence
    ]
    unquoted += [
        f"data_not_collected:{i.category.value}" for i in label.data_not_collected if not i.evidence
    ]
    if label.children.min_age is not None and not label.children.evidence:
        unquoted.append("children.min_age")
    assert unquoted == []


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=gold_id)
def test_no_gold_set_item_is_listed_twice(gold_file: Path):
    data = raw(gold_file)
    for field_name, key in (
        ("data_collected", "category"),
        ("data_not_collected", "category"),
        ("purposes", "purpose"),
        ("sharing", "recipient"),
    ):
        items = [entry[key] for entry in data[field_name]]
        assert len(items) == len(set(items)), f"{field_name} lists an item twice: {items}"


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=gold_id)
def test_gold_contacts_are_written_as_in_the_policy(gold_file: Path):
    """Emails, URLs and phone numbers exactly; a postal address word for word (it may
    span lines)."""
    text = policy_text(gold_file)
    contact = load_gold(gold_file).label.contact
    printed = [*contact.emails, *contact.urls, *contact.phones]
    absent = [value for value in printed if value not in text]
    words_of_text = " ".join(re.findall(r"\w+", text))
    absent += [
        address
        for address in contact.addresses
        if " ".join(re.findall(r"\w+", address)) not in words_of_text
    ]
    assert absent == []
