"""Shared by the reliability tests (partial failure, crash safety, secrets): what a
request to the fake endpoint is about, a reply that quotes it, and the CLI as a
separate process."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from summarizer.engines.llm.prompts import neutralize

ROOT = Path(__file__).resolve().parents[2]
SECTION = re.compile(r'<policy_section heading="[^"]*">\n(.*)\n</policy_section>', re.DOTALL)
KEYWORDS = {
    "email": "contact_info",
    "cookie": "cookies_tracking",
    "ip address": "identifiers",
    "location": "location",
}
SENTENCE = re.compile(r"[^.\n]{8,400}\.")


def chunk_in(request: dict[str, Any]) -> str:
    """The chunk text (as sent: delimiter look-alikes defused) a request asks about.

    It is in the user message that opens the conversation (a re-ask appends more)."""
    for message in request["messages"]:
        content = message.get("content")
        if message.get("role") == "user" and isinstance(content, str):
            found = SECTION.search(content)
            if found is not None:
                return found.group(1)
    raise AssertionError(f"no policy_section in the request: {request['messages']!r:.300}")


def is_about(request: dict[str, Any], chunk_text: str) -> bool:
    return chunk_in(request) == neutralize(chunk_text)


def quoting_reply(request: dict[str, Any]) -> dict[str, Any]:
    """Findings a careful model might give: each sentence naming email, cookies, IP
    addresses or location becomes a collected category with that sentence as quote."""
    findings: list[dict[str, Any]] = []
    for sentence in SENTENCE.findall(chunk_in(request)):
        lowered = sentence.lower()
        for word, category in KEYWORDS.items():
            if word in lowered and len(findings) < 20:
                findings.append({"category": category, "quote": sentence.strip()})
    return {"data_collected": findings}


def cli_command(*args: str) -> list[str]:
    """`summarizer ARGS` run by this interpreter from the checkout."""
    return [
        sys.executable,
        "-c",
        "from summarizer.cli.main import main; main(prog_name='summarizer')",
        *args,
    ]


def cli_environment(**extra: str) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_LOCAL_MODEL")
    }
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    environment.update(extra)
    return environment


def _as_if_in_a_terminal() -> None:
    """Run in the child before exec: Ctrl-C interrupts it as it would at a terminal.

    A test suite started in the background (`nohup pytest &`, CI runners) inherits
    SIGINT ignored, and Python then leaves it ignored, so a SIGINT test would wait for
    a run that never hears it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_cli(*args: str, **extra_env: str) -> subprocess.Popen[str]:
    """The CLI as a separate process, with SIGINT handled as at a terminal."""
    return subprocess.Popen(
        cli_command(*args),
        cwd=ROOT,
        env=cli_environment(**extra_env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_as_if_in_a_terminal if os.name == "posix" else None,
    )


def files_under(directory: Path) -> Iterator[Path]:
    return (path for path in sorted(directory.rglob("*")) if path.is_file())
