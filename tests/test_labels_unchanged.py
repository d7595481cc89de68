"""The offline engine's labels of the seeds and the dev set, byte for byte (apart
from `provenance.wall_time_s` and `labelled_at`), as fingerprinted before the speed work of issue 17:
a change meant only to make labelling faster must leave every label alone.

A change that is meant to change labels (new rules, a schema field) updates the
fingerprints on purpose, and says so in its commit:

    SUMMARIZER_UPDATE_LABEL_FINGERPRINTS=1 python -m pytest tests/test_labels_unchanged.py

`python bench/label_digest.py --full DIR` writes the labels themselves, for a diff,
and covers large generated policies too.
"""

from __future__ import annotations

import hashlib
import json
import os

from fakes import POLICIES, ROOT

from summarizer.engines.rules import RulesExtractor
from summarizer.pipeline import label_document
from summarizer.text.loading import load_policy

FINGERPRINTS = ROOT / "tests" / "data" / "label_fingerprints.jsonl"


def _fingerprints() -> dict[str, str]:
    found = {}
    for folder in (POLICIES, POLICIES.parent / "dev" / "policies"):
        for path in sorted(folder.iterdir()):
            if path.suffix not in (".txt", ".md", ".html"):
                continue
            label = label_document(load_policy(path), RulesExtractor())
            label.provenance.wall_time_s = 0.0
            label.provenance.labelled_at = None  # when it was made, not what it says
            label.provenance.source = (label.provenance.source or "").replace(str(ROOT), ".")
            label.document.source = (label.document.source or "").replace(str(ROOT), ".")
            rendered = label.model_dump_json(indent=2).encode("utf-8")
            found[f"{folder.parent.name}/{path.name}"] = hashlib.sha256(rendered).hexdigest()
    return found


def test_seed_and_dev_labels_are_unchanged() -> None:
    found = _fingerprints()
    if os.environ.get("SUMMARIZER_UPDATE_LABEL_FINGERPRINTS"):
        rows = [json.dumps({"id": key, "sha256": value}) for key, value in found.items()]
        FINGERPRINTS.write_text("\n".join(rows) + "\n", encoding="utf-8")
    expected = {
        row["id"]: row["sha256"]
        for row in map(json.loads, FINGERPRINTS.read_text(encoding="utf-8").splitlines())
    }
    assert len(found) == 35  # the 5 seeds and 30 dev policies
    changed = sorted(
        key for key in expected.keys() | found.keys() if expected.get(key) != found.get(key)
    )
    assert not changed, f"labels changed: {changed} (see this module's docstring)"
