"""Does `diff` report practice changes, and only practice changes, on real-looking edits?

    python bench/diff_stability.py

For each seed and dev policy, three edited versions are labelled with the offline
engine and compared with the original (the same computation as `summarizer diff`):

- reworded: every "may" becomes "might", "For example," "For instance," (wording
  only: a false change is any reported change);
- moved: the longest paragraph of the second half moved near the top (.txt/.md only;
  wording only again);
- sale: a section (in HTML, inside the policy's <main> or <article>) saying "We sell your personal information to data brokers." appended
  (a real change: detected when the label's answer on selling, or its contradictions
  on selling, change).

Prints, per edit, how many policies reported changes and which fields.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from summarizer.engines.rules import RulesExtractor
from summarizer.label.changes import diff_labels
from summarizer.pipeline import label_document
from summarizer.text.loading import PolicyDocument, load_policy, load_text

ROOT = Path(__file__).resolve().parent.parent
POLICIES = sorted((ROOT / "evals" / "policies").glob("*")) + sorted(
    (ROOT / "evals" / "dev" / "policies").glob("*")
)
SALE = "\n\n## Sale of personal information\n\nWe sell your personal information to data brokers.\n"


def reword(raw: str) -> str:
    raw = re.sub(r"\bmay\b", "might", raw)
    return raw.replace("For example,", "For instance,")


def add_sale(raw: str, path: Path) -> str:
    if path.suffix not in (".html", ".htm"):
        return raw.rstrip() + SALE
    section = (
        "<h2>Sale of personal information</h2>"
        "<p>We sell your personal information to data brokers.</p>"
    )
    closing = raw.rfind("</main>") if "</main>" in raw else raw.rfind("</article>")
    if closing < 0:
        closing = raw.rfind("</body>")
    return raw[:closing] + section + raw[closing:]


def move(raw: str) -> str | None:
    blocks = re.split(r"\n\s*\n", raw.strip())
    candidates = [
        i
        for i in range(len(blocks) // 2, len(blocks))
        if not blocks[i].lstrip().startswith(("#", "*", "-", "|")) and len(blocks[i]) > 120
    ]
    if not candidates:
        return None
    paragraph = blocks.pop(max(candidates, key=lambda i: len(blocks[i])))
    blocks.insert(1, paragraph)
    return "\n\n".join(blocks) + "\n"


def relabel(document: PolicyDocument, raw: str, path: Path):
    fmt = "html" if path.suffix in (".html", ".htm") else "markdown"
    return load_text(raw, source=path.name, format=fmt)


def main() -> int:
    extractor = RulesExtractor()
    tallies: dict[str, list[str]] = {"reworded": [], "moved": [], "sale": []}
    counted = {"reworded": 0, "moved": 0, "sale": 0}
    for path in POLICIES:
        document = load_policy(path)
        original = label_document(document, extractor)
        raw = path.read_text(encoding="utf-8")
        edits = {"reworded": reword(raw), "sale": add_sale(raw, path)}
        if path.suffix in (".txt", ".md"):
            moved = move(raw)
            if moved:
                edits["moved"] = moved
        for name, edited in edits.items():
            new_document = relabel(document, edited, path)
            result = diff_labels(
                original, label_document(new_document, extractor), document.text, new_document.text
            )
            counted[name] += 1
            fields = [change.field for change in result.changes]
            if name == "sale":
                hit = any("sells_personal_data" in field for field in fields)
                already = original.sells_personal_data.value == "yes"
                outcome = "detected" if hit else "already sells" if already else "MISSED"
                tallies[name].append(f"{path.name[:3]}: {outcome} {fields[:3]}")
            elif fields:
                tallies[name].append(f"{path.name[:3]}: FALSE CHANGE {fields[:3]}")
    for name, lines in tallies.items():
        print(f"== {name}: {counted[name]} policies")
        for line in lines:
            print("  ", line)
    false_changes = sum(1 for name in ("reworded", "moved") for line in tallies[name])
    print(
        f"wording-only edits reported as changes: {false_changes} of "
        f"{counted['reworded'] + counted['moved']}"
    )
    detected = sum("detected" in line for line in tallies["sale"])
    print(f"added sale detected: {detected} of {counted['sale']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
