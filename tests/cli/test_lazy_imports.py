"""The offline path does not import what it does not use: a small text policy is
labelled as JSON without the HTTP client, the HTML parser, charset detection, the
template engine, the other renderers, or any LLM client."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

NOT_ON_THE_OFFLINE_PATH = (
    "httpx",
    "bs4",
    "charset_normalizer",
    "jinja2",
    "openai",
    "instructor",
    "ray",
    "summarizer.render.html",
    "summarizer.render.markdown",
    "summarizer.render.png",
    "summarizer.render.terminal",
)

SCRIPT = """
import json, sys
from summarizer.cli.main import main
policy, watched = sys.argv[1], json.loads(sys.argv[2])
sys.argv = ["summarizer", "label", policy, "--format", "json", "--engine", "rules"]
try:
    main()
except SystemExit as done:
    code = done.code
else:
    code = 0
loaded = [name for name in watched if name in sys.modules]
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


def test_labelling_a_text_file_as_json_imports_nothing_it_does_not_use(tmp_path: Path) -> None:
    policy = tmp_path / "tiny.txt"
    policy.write_text("# Privacy\n\nWe collect your email address.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(policy), json.dumps(NOT_ON_THE_OFFLINE_PATH)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["code"] in (0, None), done.stderr
    assert json.loads(done.stdout)["data_collected"], "the label was not printed"
    assert report["loaded"] == []
