"""The batch index: `label DIR --out-dir OUT` writes OUT/index.csv and index.jsonl."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from types import SimpleNamespace

from click.testing import CliRunner
from data.policy_versions import OLD_POLICY, with_sale

from summarizer.batch import BatchItem, PolicyInput
from summarizer.cli.index import INDEX_COLUMNS, policy_status
from summarizer.cli.main import main


def test_batch_writes_one_index_row_per_policy_with_status_and_counts(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_old.md").write_text(OLD_POLICY, encoding="utf-8")
    (folder / "b_sale.md").write_text(with_sale(), encoding="utf-8")
    (folder / "c_empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["label", str(folder), "--out-dir", str(out), "--format", "json"]
    )
    assert result.exit_code == 4, result.output  # one policy failed: partial batch
    with (out / "index.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(INDEX_COLUMNS)
    assert [(r["id"], r["status"]) for r in rows] == [
        ("a_old", "complete"),
        ("b_sale", "complete"),
        ("c_empty", "failed"),
    ]
    old, sale, empty = rows
    assert (old["service_name"], old["grade"], sale["grade"]) == ("Lumenfold", "C", "D")
    assert int(old["recipients"]) == 2 and int(old["rights_granted"]) == 1
    # the sale sentence backs two claims: the sale, and the data brokers who get the data
    assert int(sale["quotes"]) == int(old["quotes"]) + 2
    assert empty["grade"] == "" and empty["error"]
    lines = (out / "index.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a_old", "b_sale", "c_empty"]
    assert json.loads(lines[0])["balance"] == int(old["balance"])


def test_a_label_that_says_it_is_not_a_policy_has_that_status():
    label = SimpleNamespace(document=SimpleNamespace(is_privacy_policy=False))
    item = BatchItem(input=PolicyInput(id="x"), label=label)  # type: ignore[arg-type]
    assert policy_status(item) == "not a policy"
