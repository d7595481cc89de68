"""Whatever a scraper produced, the CLI gives a label, or one clear line on stderr and a
non-zero exit: never a traceback. Plus properties of the whole offline pipeline on
random text (no crash, every evidence verbatim) and of HTML extraction (script and
style text never shows).
"""

from __future__ import annotations

import gzip
import json
import random
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from fakes import seed_paths
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.cli.main import main
from summarizer.engines.rules import RulesExtractor
from summarizer.errors import InputError
from summarizer.pipeline import label_document
from summarizer.text.chunking import split_policy
from summarizer.text.loading import MAX_POLICY_BYTES, html_to_text, load_policy, load_text

DATA = Path(__file__).resolve().parents[1] / "data"
SCRIPT_HTML = DATA / "robust_scripts.html"
# Every text that sits inside <script> or <style> in the fixture carries this marker.
HIDDEN_MARKER = "HIDDEN-CODE"

POLICY = (
    "We collect your name and email address when you create an account. "
    "We use cookies to remember your preferences. "
    "We share your email address with service providers who send our newsletter. "
    "You may delete your account at any time.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def label(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(main, ["label", "--engine", "rules", *args])


def assert_no_traceback(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output


def assert_one_clear_line(result: Result, code: int, *words: str) -> str:
    """Exit `code`; stderr is the engine announcement (label only) plus one line."""
    assert result.exit_code == code, result.output
    assert_no_traceback(result)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    problems = [line for line in lines if not line.startswith("summarizer: engine ")]
    assert len(problems) == 1, lines
    for word in words:
        assert word in problems[0]
    return problems[0]


def evidence_in(data: Any) -> Iterator[dict[str, Any]]:
    """Every evidence object anywhere in a label's JSON (claims, summary, conflicts)."""
    if isinstance(data, dict):
        if {"quote", "start", "end"} <= data.keys():
            yield data
        for value in data.values():
            yield from evidence_in(value)
    elif isinstance(data, list):
        for value in data:
            yield from evidence_in(value)


def assert_evidence_verbatim(label: dict[str, Any], text: str) -> int:
    found = list(evidence_in(label))
    for evidence in found:
        assert text[evidence["start"] : evidence["end"]] == evidence["quote"]
    return len(found)


def assert_reads_what_policy_states(label: dict[str, Any]) -> None:
    """The claims POLICY makes: name and email collected, email shared with service
    providers, the account can be deleted."""
    assert "contact_info" in {item["category"] for item in label["data_collected"]}
    assert "service_providers" in {item["recipient"] for item in label["sharing"]}
    assert label["rights"]["deletion"]["value"] == "yes"


def labelled(result: Result) -> dict[str, Any]:
    assert result.exit_code == 0, result.output
    assert_no_traceback(result)
    return json.loads(result.stdout)


def policy_text_of(runner: CliRunner, path: Path) -> str:
    """What `summarizer text` prints: the text evidence offsets refer to."""
    result = runner.invoke(main, ["text", str(path)])
    assert result.exit_code == 0, result.output
    return result.stdout


# --- nothing to read -------------------------------------------------------------------


@pytest.mark.parametrize(
    "content", [b"", b"  \n\t\r\n   \n", "\u00a0\u2003\n".encode()], ids=["empty", "spaces", "nbsp"]
)
def test_empty_or_whitespace_only_file_is_one_line_exit_2(
    runner: CliRunner, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "policy.txt"
    path.write_bytes(content)
    assert_one_clear_line(label(runner, str(path)), 2, "empty")
    assert_one_clear_line(runner.invoke(main, ["text", str(path)]), 2, "empty")


def test_html_with_no_visible_text_is_one_line_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "policy.html"
    path.write_text("<html><head><title>x</title></head><body><script>var a;</script></body>")
    assert_one_clear_line(label(runner, str(path)), 2, "empty")


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + zlib.compress(random.Random(1).randbytes(4000))


def _pdf() -> bytes:
    stream = zlib.compress(b"BT /F1 12 Tf (We collect your email address) Tj ET" * 40)
    return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n" + stream


def _high_bytes() -> bytes:
    # No NUL at all: only a failed decoding can tell it is not text.
    generator = random.Random(7)
    return bytes(generator.randrange(0x80, 0x100) for _ in range(4000))


@pytest.mark.parametrize(
    "make",
    [_png, _pdf, lambda: gzip.compress(POLICY.encode() * 50, mtime=0), _high_bytes],
    ids=["png", "pdf", "gzip", "high-bytes"],
)
def test_binary_file_is_one_line_exit_2(runner: CliRunner, tmp_path: Path, make) -> None:
    path = tmp_path / "policy.txt"  # a scraper's wrong extension: the bytes decide
    path.write_bytes(make())
    assert_one_clear_line(label(runner, str(path)), 2, "binary", "policy.txt")
    assert_one_clear_line(runner.invoke(main, ["text", str(path)]), 2, "binary")


# --- legacy encodings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        (
            "cp1252",
            "Privacy \u2013 \u201cAcme\u201d Caf\u00e9\n\nWe collect your name and email address "
            "when you register at our caf\u00e9\u2019s website. We use cookies.\n",
        ),
        (
            "latin-1",
            "Datenschutz f\u00fcr M\u00fcller & S\u00f6hne\n\nWe collect your email address "
            "and postal address (Stra\u00dfe) when you order. We use cookies.\n",
        ),
    ],
)
def test_non_utf8_text_is_labelled_with_a_warning_naming_the_encoding(
    runner: CliRunner, tmp_path: Path, encoding: str, text: str
) -> None:
    path = tmp_path / "policy.txt"
    path.write_bytes(text.encode(encoding))

    result = label(runner, str(path))

    label_json = labelled(result)
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "not valid UTF-8" in warnings[0]
    assert "contact_info" in {item["category"] for item in label_json["data_collected"]}
    shown = policy_text_of(runner, path)
    assert shown == text  # decoded right: every accented letter and curly quote intact
    assert assert_evidence_verbatim(label_json, shown) > 0


def test_utf16_with_byte_order_mark_is_labelled(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_bytes(POLICY.encode("utf-16"))
    label_json = labelled(label(runner, str(path)))
    assert assert_evidence_verbatim(label_json, POLICY) > 0
    assert_reads_what_policy_states(label_json)


# --- size -------------------------------------------------------------------------------------


def test_file_over_the_size_limit_is_one_line_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.write(POLICY.encode() * (MAX_POLICY_BYTES // len(POLICY) + 1))
    assert path.stat().st_size > MAX_POLICY_BYTES

    line = assert_one_clear_line(label(runner, str(path)), 2, "huge.txt", "limit")
    assert f"{MAX_POLICY_BYTES:,}" in line


def test_jsonl_record_over_the_size_limit_fails_alone(runner: CliRunner, tmp_path: Path) -> None:
    jsonl = tmp_path / "policies.jsonl"
    records = [
        {"id": "big", "text": "x" * (MAX_POLICY_BYTES + 1)},
        {"id": "fine", "text": POLICY},
    ]
    jsonl.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    out = tmp_path / "out"

    result = label(runner, str(jsonl), "--out-dir", str(out))

    assert result.exit_code == 4, result.output
    assert_no_traceback(result)
    assert sorted(path.name for path in out.glob("*.json")) == ["fine.json"]
    assert any("big" in line and "limit" in line for line in result.stderr.splitlines())


# --- structure ------------------------------------------------------------------------------


def test_policy_with_no_headings_is_labelled(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(POLICY * 3, encoding="utf-8")

    label_json = labelled(label(runner, str(path)))

    assert {"contact_info", "cookies_tracking"} <= {
        item["category"] for item in label_json["data_collected"]
    }
    assert label_json["rights"]["deletion"]["value"] == "yes"
    assert assert_evidence_verbatim(label_json, POLICY * 3) > 0


def test_a_thousand_headings_are_labelled_in_reasonable_time(
    runner: CliRunner, tmp_path: Path
) -> None:
    text = "".join(
        f"## Section {number}\n\nWe collect your email address to send you notice {number}.\n\n"
        for number in range(1000)
    )
    path = tmp_path / "policy.md"
    path.write_text(text, encoding="utf-8")

    started = time.perf_counter()
    label_json = labelled(label(runner, str(path)))
    elapsed = time.perf_counter() - started

    assert elapsed < 60, f"{elapsed:.1f}s for 1000 headings"
    assert label_json["coverage"]["chunks"] >= 2
    assert label_json["coverage"]["chunks_failed"] == []
    assert "contact_info" in {item["category"] for item in label_json["data_collected"]}
    assert assert_evidence_verbatim(label_json, text) > 0


def test_headings_only_with_no_statements_are_labelled_without_claims(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "policy.md"
    path.write_text("".join(f"# Heading {number}\n" for number in range(1000)), encoding="utf-8")
    label_json = labelled(label(runner, str(path)))
    assert label_json["data_collected"] == []
    assert list(evidence_in(label_json)) == []


def test_one_long_line_without_breaks_is_labelled(runner: CliRunner, tmp_path: Path) -> None:
    text = POLICY.strip() * 2000  # ~470 KB, one line, sentences run into each other
    path = tmp_path / "policy.txt"
    path.write_text(text, encoding="utf-8")
    label_json = labelled(label(runner, str(path)))
    assert assert_evidence_verbatim(label_json, text) > 0
    assert_reads_what_policy_states(label_json)


# --- HTML -------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_script_and_style_text_never_reaches_the_text_or_the_evidence(
    runner: CliRunner, tmp_path: Path, suffix: str
) -> None:
    page = SCRIPT_HTML.read_text(encoding="utf-8")
    assert page.count(HIDDEN_MARKER) >= 8  # the fixture hides code in many places
    path = tmp_path / f"page{suffix}"
    path.write_text(page, encoding="utf-8")

    shown = policy_text_of(runner, path)
    result = label(runner, str(path))

    label_json = labelled(result)
    assert HIDDEN_MARKER not in shown
    assert "sell" not in shown.lower()  # every "we sell" sentence is inside code
    assert "We collect your email address when you register." in shown
    assert HIDDEN_MARKER not in result.stdout
    assert label_json["sells_personal_data"]["value"] != "yes"
    assert "contact_info" in {item["category"] for item in label_json["data_collected"]}
    assert assert_evidence_verbatim(label_json, shown) > 0


# --- paths -------------------------------------------------------------------------------------


def test_missing_path_is_one_line_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "policy.txt"
    assert_one_clear_line(label(runner, str(missing)), 2, "No such file", "policy.txt")
    assert_one_clear_line(runner.invoke(main, ["text", str(missing)]), 2, "No such file")


def test_directory_of_policies_labels_each_file(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    for seed in seed_paths()[:2]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "notes.pdf").write_bytes(_pdf())  # not a policy suffix: skipped
    (folder / "nested").mkdir()
    out = tmp_path / "out"

    result = label(runner, str(folder), "--out-dir", str(out))

    assert result.exit_code == 0, result.output
    assert_no_traceback(result)
    assert sorted(path.name for path in out.glob("*.json")) == sorted(
        f"{seed.stem}.json" for seed in seed_paths()[:2]
    )


def test_directory_without_policy_files_is_one_line_exit_2(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "scraped"
    folder.mkdir()
    (folder / "page.pdf").write_bytes(_pdf())
    (folder / "sub").mkdir()
    (folder / "sub" / "policy.txt").write_text(POLICY)  # not searched: one level only

    assert_one_clear_line(label(runner, str(folder)), 2, "no policy files")
    assert_one_clear_line(runner.invoke(main, ["text", str(folder)]), 2, "directory")


def test_bad_files_in_a_directory_fail_alone(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "scraped"
    folder.mkdir()
    (folder / "good.txt").write_text(POLICY, encoding="utf-8")
    (folder / "image.txt").write_bytes(_png())
    (folder / "blank.html").write_text("<html><body>  </body></html>")
    out = tmp_path / "out"

    result = label(runner, str(folder), "--out-dir", str(out))

    assert result.exit_code == 4, result.output
    assert_no_traceback(result)
    assert [path.name for path in out.glob("*.json")] == ["good.json"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("summarizer: ")]
    assert any("image" in line and "binary" in line for line in errors)
    assert any("blank" in line and "empty" in line for line in errors)


def test_jsonl_with_no_records_is_one_line_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    jsonl = tmp_path / "policies.jsonl"
    jsonl.write_text("\n\n", encoding="utf-8")
    assert_one_clear_line(label(runner, str(jsonl)), 2, "no policies")


def test_jsonl_bad_lines_fail_alone_by_file_and_line_and_good_records_are_labelled(
    runner: CliRunner, tmp_path: Path
) -> None:
    jsonl = tmp_path / "policies.jsonl"
    lines = [
        json.dumps({"id": "first", "text": POLICY}),
        "this is not JSON",
        json.dumps({"id": "no-text", "body": POLICY}),
        json.dumps({"id": "last", "text": POLICY}),
        '{"id": "cut", "text": ',
    ]
    jsonl.write_text("\n".join(lines), "utf-8")
    out = tmp_path / "out"

    result = label(runner, str(jsonl), "--out-dir", str(out))

    assert result.exit_code == 4, result.output
    assert_no_traceback(result)
    assert sorted(path.name for path in out.glob("*.json")) == ["first.json", "last.json"]
    problems = [line for line in result.stderr.splitlines() if "policies.jsonl:" in line]
    assert [line.split("policies.jsonl:")[1].split(":")[0] for line in problems] == ["2", "3", "5"]
    assert "not a JSON object" in problems[0] and '"text"' in problems[1]


def test_jsonl_with_only_bad_lines_exits_2_naming_each(runner: CliRunner, tmp_path: Path) -> None:
    jsonl = tmp_path / "policies.jsonl"
    jsonl.write_text(json.dumps({"id": "a", "text": 3}) + '\n{"id": "b", "text": ', "utf-8")

    result = label(runner, str(jsonl), "--format", "json")

    assert result.exit_code == 2, result.output
    assert_no_traceback(result)
    assert "policies.jsonl:1" in result.stderr and "policies.jsonl:2" in result.stderr
    assert result.stdout == ""


def test_jsonl_starting_with_a_utf8_byte_order_mark_is_read(
    runner: CliRunner, tmp_path: Path
) -> None:
    jsonl = tmp_path / "policies.jsonl"
    records = [{"id": "first", "text": POLICY}, {"id": "second", "text": POLICY}]
    text = "\n".join(json.dumps(record) for record in records)
    jsonl.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))

    result = label(runner, str(jsonl), "--format", "json")

    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["first", "second"]


def test_jsonl_line_over_the_line_limit_fails_alone_with_a_clear_error(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarizer.batch

    monkeypatch.setattr(summarizer.batch, "MAX_JSONL_LINE_BYTES", 2_000)
    jsonl = tmp_path / "policies.jsonl"
    records = [
        {"id": "huge", "text": POLICY * 40},  # about 11 KB: read in pieces, never whole
        {"id": "fine", "text": POLICY},
    ]
    jsonl.write_text("\n".join(json.dumps(record) for record in records) + "\n", "utf-8")
    out = tmp_path / "out"

    result = label(runner, str(jsonl), "--out-dir", str(out))

    assert result.exit_code == 4, result.output
    assert_no_traceback(result)
    assert [path.name for path in out.glob("*.json")] == ["fine.json"]
    problems = [line for line in result.stderr.splitlines() if "policies.jsonl:1" in line]
    assert len(problems) == 1 and "2,000-byte limit" in problems[0], result.stderr


# --- properties ---------------------------------------------------------------------------------

# fmt: off
POLICY_WORDS = [
    "We", "collect", "share", "sell", "do not", "your", "email address", "IP address",
    "cookies", "location", "with", "advertisers", "service providers", "for", "marketing",
    "You may", "delete", "opt out", "children under 13", "retain", "for 2 years", ".", ",",
    ":", ";", "(", ")", "\n", "\n\n", "\n\n# Sharing\n\n", "\n## 2. Cookies\n", "- ", "* ",
    "**", "_", "\u2019", "\u201c", "\u201d", "\u00a0", "\t", "\r\n", "privacy@example.com",
    "[link](https://example.com)", "\u2026", "e.g.", "Inc.", "\u00e9", "\U0001f600",
]
# fmt: on
policy_texts = st.lists(st.sampled_from(POLICY_WORDS), min_size=1, max_size=200).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=policy_texts | st.text(min_size=1, max_size=400))
def test_offline_pipeline_on_random_text_never_crashes_and_every_evidence_is_verbatim(
    text: str,
) -> None:
    try:
        document = load_text(text)
    except InputError:
        assert not text.strip() or "\x00" in text
        return
    label_model = label_document(document, RulesExtractor())
    data = json.loads(label_model.model_dump_json())
    assert_evidence_verbatim(data, document.text)
    assert data["coverage"]["chunks_failed"] == []
    assert data["coverage"]["chunks_read"] == data["coverage"]["chunks"]


# A stray "<" is "a < b" (then text, as in a browser): "<" before a letter opens a tag,
# which can swallow a following <script> as an attribute and show its code as text.
# fmt: off
HTML_PIECES = [
    "<p>", "</p>", "<div>", "</div>", "<h2>", "</h2>", "<li>", "<ul>", "</ul>", "<br>",
    "<b>", "</b>", "<td>", "<tr>", "<table>", "<svg>", "</svg>", "<!-- c -->", "<head>",
    "</head>", "<body>", "We collect your email address.", "We share data.", "&amp;",
    "&lt;script&gt;", "a < b", ">", "\n", " ", "<script>var HIDDEN = 'HIDDEN-CODE';</script>",
    "<SCRIPT type='module'>HIDDEN-CODE()</SCRIPT>", "<style>.HIDDEN-CODE{}</style>",
    "<style media='x'>p:after{content:'HIDDEN-CODE'}</style>",
    "<script>if (a < b && c > d) { s = '<p>HIDDEN-CODE</p>' }</script>",
]
# fmt: on
html_pages = st.lists(st.sampled_from(HTML_PIECES), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(page=html_pages)
def test_html_text_never_contains_script_or_style_content(page: str) -> None:
    assert HIDDEN_MARKER not in html_to_text(f"<html>{page}</html>")


# Bytes a scraper might hand over: text in several encodings, markup, and raw noise.
TEXT_BYTES = st.sampled_from(
    [
        POLICY.encode(),
        POLICY.encode("utf-16"),
        "Caf\u00e9 \u201cpolicy\u201d \u2013 we collect email.".encode("cp1252"),
        b"<html><body><p>We collect email.</p><script>x()</script></body></html>",
        b"\xef\xbb\xbf",
        b"\x00",
        b"\r\n",
        b"\xff\xfe",
    ]
)
scraped_bytes = st.lists(TEXT_BYTES | st.binary(max_size=64), max_size=12).map(b"".join)


@settings(max_examples=200, deadline=None)
@given(data=scraped_bytes, suffix=st.sampled_from([".txt", ".md", ".html", ".json"]))
def test_any_bytes_load_as_text_or_fail_with_an_input_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"policy{suffix}"
        path.write_bytes(data)
        try:
            document = load_policy(path)
        except InputError as error:
            assert str(error).endswith(".") and "\n" not in str(error)
            return
    assert document.text.strip()
    chunks = split_policy(document.text)
    assert "".join(chunk.text for chunk in chunks) == document.text
