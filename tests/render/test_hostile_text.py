"""Policy text (and LLM output, file names, URLs) is shown as written and never acts:
rich markup in it is not parsed, control characters and bidi overrides do not reach
the terminal (or the Markdown and HTML files) raw."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from summarizer.cli.main import main
from summarizer.label.schema import (
    CollectedData,
    Conflict,
    Contact,
    Coverage,
    DataCategory,
    Evidence,
    FailedChunk,
    GradePoint,
    GradeResult,
    KeyPoint,
    PrivacyNutritionLabel,
    Provenance,
    Recipient,
    Retention,
    Security,
    SharingClaim,
    Summary,
)
from summarizer.render import VIEW_NAMES, render_label, render_terminal
from summarizer.render.safe_text import display_text

MARKUP = [
    "[b]bold[/b]",
    "[/b]",
    "https://example.com/a[/]b",
    "## [/i]Retention",
    "[link=https://evil.example]click here[/link]",
    "[bold red]ALERT[/]",
]
CONTROLS = (
    "Hidden:\x1b[8mwe sell your data\x1b[0m title:\x1b]0;pwned\x07 c1:\x9b31m bidi:\u202eevil"
)
RAW_SEQUENCES = ["\x1b[8m", "\x1b]0;", "\x07", "\x9b", "\u202e"]


def planted_label(text: str) -> PrivacyNutritionLabel:
    """A label with `text` in every free-text field a renderer shows."""
    evidence = [Evidence(quote=f"We share data. {text}", start=0, end=15 + len(text), section=text)]
    label = PrivacyNutritionLabel(
        service_name=text,
        retention=Retention(stated="yes", period=text, evidence=evidence),
        security=Security(measures_described="yes", measures=[text], evidence=evidence),
        contact=Contact(emails=[text], urls=[text], addresses=[text]),
        conflicts=[Conflict(field="sells_personal_data", evidence=evidence, note=text)],
        summary=Summary(
            headline=text,
            key_points=[KeyPoint(text=text, fields=["retention"], evidence=evidence)],
            concerns=[text],
        ),
        grade=GradeResult(grade="C", balance=-1, points=[GradePoint(kind="bad", reason=text)]),
    )
    return label.model_copy(
        update={
            "data_collected": [
                CollectedData(category=DataCategory.contact_info, evidence=evidence)
            ],
            "sharing": [SharingClaim(recipient=Recipient.advertisers, evidence=evidence)],
            "coverage": Coverage(
                chunks=2, chunks_read=1, chunks_failed=[FailedChunk(section=text, reason=text)]
            ),
            "provenance": Provenance(engine="llm", model=text),
        }
    )


def terminal_bytes(label: PrivacyNutritionLabel, view: str) -> str:
    """The card exactly as a colour terminal would receive it (markup on, as Console())."""
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="truecolor", width=120)
    render_terminal(label, view, console)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize("view", VIEW_NAMES)
@pytest.mark.parametrize("text", MARKUP)
def test_rich_markup_in_policy_text_is_shown_as_written_on_the_card(text: str, view: str) -> None:
    label = planted_label(text)

    raw = terminal_bytes(label, view)
    plain = render_label(label, "terminal", view)  # type: ignore[arg-type]

    assert isinstance(plain, str)
    assert text in " ".join(plain.replace("┃", " ").split()) or text in plain
    assert "\x1b]8;" not in raw  # no live hyperlink
    assert "\x1b[1;31m" not in raw  # [bold red] did not become bold red


@pytest.mark.parametrize("view", VIEW_NAMES)
@pytest.mark.parametrize("fmt", ["terminal", "md", "html"])
def test_control_characters_never_reach_the_output_raw(fmt: str, view: str) -> None:
    label = planted_label(CONTROLS)

    if fmt == "terminal":
        output = terminal_bytes(label, view)
    else:
        output = render_label(label, fmt, view)  # type: ignore[arg-type]
        assert isinstance(output, str)
        assert "\x1b" not in output

    for sequence in RAW_SEQUENCES:
        assert sequence not in output, (fmt, view, sequence)
    assert "we sell your data" in output  # the hidden sentence shows
    assert "␛" in output  # and so does what tried to hide it


def test_display_text_keeps_length_tabs_and_newlines() -> None:
    text = "a\tb\nc\x1b[8md\re\x7f\x85\u2066f"

    shown = display_text(text)

    assert len(shown) == len(text)
    assert shown == "a\tb\nc␛[8md␍e\u2421\ufffd\ufffdf"


def test_json_output_keeps_quotes_verbatim() -> None:
    label = planted_label(CONTROLS)

    payload = json.loads(render_label(label, "json"))

    assert payload["retention"]["period"] == CONTROLS


POLICY = (
    "We collect your name and email address when you create an account. "
    "We share your email address with service providers who send our newsletter.\n"
)


def test_markup_and_escapes_in_file_paths_print_as_one_plain_line(tmp_path: Path) -> None:
    folder = tmp_path / "x[" / "b]"  # the path holds `[/b]`
    folder.mkdir(parents=True)
    (folder / "good.txt").write_text(POLICY, encoding="utf-8")
    (folder / "[i]empty\x1b]0;pwned\x07.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"

    args = ["label", "--engine", "rules", str(folder), "--out-dir", str(out)]
    result = CliRunner().invoke(main, args)

    assert result.exit_code == 4, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    problems = [line for line in result.stderr.splitlines() if "empty" in line]
    assert len(problems) == 1 and "[/b]/[i]empty␛]0;pwned␇" in problems[0], result.stderr
    assert "\x1b" not in result.stderr


def test_markup_in_the_endpoint_url_does_not_crash_the_announcement(tmp_path: Path) -> None:
    policy = tmp_path / "policy.txt"
    policy.write_text(POLICY, encoding="utf-8")
    url = "http://127.0.0.1:9/v1/[/]x"
    args = ["label", "--engine", "llm", "--base-url", url, "--no-cache", str(policy)]

    result = CliRunner().invoke(main, args)

    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 3, result.output
    assert url in result.stderr
