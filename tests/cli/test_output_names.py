"""Every input gets its own output, always: colliding names, names that differ only in
case, JSONL ids that repeat, and file names too long for the file system each still
give one file (or one stdout line) per policy; one output that cannot be written
fails that policy alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from summarizer.batch import collect_inputs
from summarizer.cli.main import main, write_atomically

POLICY = (
    "We collect your name and email address when you create an account. "
    "We share your email address with service providers who send our newsletter. "
    "You may delete your account at any time.\n"
)


def label(*args: str) -> Result:
    return CliRunner().invoke(main, ["label", "--engine", "rules", *args])


@pytest.fixture
def colliding(tmp_path: Path) -> Path:
    """`a.txt` and `a.html` both want `a`; the usual rename of the second, `a-2`, is
    taken by `a-2.md`."""
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "a.txt").write_text(POLICY, encoding="utf-8")
    (folder / "a.html").write_text(f"<html><body><p>{POLICY}</p></body></html>", "utf-8")
    (folder / "a-2.md").write_text(POLICY, encoding="utf-8")
    return folder


def test_inputs_whose_names_collide_each_get_their_own_output_file(
    colliding: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"

    result = label(str(colliding), "--out-dir", str(out))

    assert result.exit_code == 0, result.output
    assert len(list(out.glob("*.json"))) == 3


def test_inputs_whose_names_collide_each_print_their_own_json_line(colliding: Path) -> None:
    result = label(str(colliding), "--format", "json")

    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert len(ids) == 3 and len(set(ids)) == 3


def test_repeated_jsonl_ids_each_print_their_own_line(tmp_path: Path) -> None:
    jsonl = tmp_path / "policies.jsonl"
    ids = ["dup", "dup", "dup-2", "other", "dup"]
    jsonl.write_text("\n".join(json.dumps({"id": i, "text": POLICY}) for i in ids), "utf-8")

    result = label(str(jsonl), "--format", "json")

    assert result.exit_code == 0, result.output
    printed = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert len(printed) == len(ids) and len(set(printed)) == len(ids)
    assert printed[:4] == ["dup", "dup-3", "dup-2", "other"]  # first comers keep theirs


def test_names_that_differ_only_in_case_get_outputs_that_differ_beyond_case(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "Policy.txt").write_text(POLICY, encoding="utf-8")
    (folder / "policy.md").write_text(POLICY, encoding="utf-8")

    ids = [item.id for item in collect_inputs([folder])]

    assert len({i.casefold() for i in ids}) == 2


def test_ids_are_the_same_every_run(colliding: Path) -> None:
    assert [i.id for i in collect_inputs([colliding])] == [
        i.id for i in collect_inputs([colliding])
    ]


def test_a_240_character_file_name_gets_a_short_unique_output_name(tmp_path: Path) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    for number in range(4):
        (folder / f"{number}.txt").write_text(POLICY, encoding="utf-8")
    shared = "n" * 230
    (folder / f"{shared}-one.txt").write_text(POLICY, encoding="utf-8")
    (folder / f"{shared}-two.txt").write_text(POLICY, encoding="utf-8")
    (folder / f"{'é' * 120}.txt").write_text(POLICY, encoding="utf-8")  # 240 bytes
    out = tmp_path / "out"

    result = label(str(folder), "--out-dir", str(out))

    assert result.exit_code == 0, result.output
    names = [path.name for path in out.glob("*.json")]
    assert len(names) == 7
    assert all(len(name.encode()) <= 120 for name in names)  # room for `.<name>.<rnd>.tmp`


def test_an_output_name_near_the_limit_is_written_via_a_temporary_file_that_fits(
    tmp_path: Path,
) -> None:
    target = tmp_path / ("x" * 250 + ".json")

    write_atomically(target, "{}")

    assert target.read_text() == "{}"


def test_one_output_that_cannot_be_written_fails_alone_and_the_rest_are_written(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    for name in ("alpha", "beta", "gamma"):
        (folder / f"{name}.txt").write_text(POLICY, encoding="utf-8")
    out = tmp_path / "out"
    (out / "beta.json").mkdir(parents=True)  # a folder where beta's label should go

    result = label(str(folder), "--out-dir", str(out))

    assert result.exit_code == 4, result.output
    assert sorted(path.name for path in out.glob("*.json") if path.is_file()) == [
        "alpha.json",
        "gamma.json",
    ]
    problems = [line for line in result.stderr.splitlines() if "cannot write" in line]
    assert len(problems) == 1 and "beta" in problems[0], result.stderr
