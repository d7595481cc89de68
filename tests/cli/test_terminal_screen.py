"""What a user sees in a real terminal: the CLI runs on a pseudo-terminal (stdout and
stderr both the screen, as when typed at a prompt) and its bytes are played through a
terminal emulator (pyte). The progress display must be gone before the card is drawn."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fakes import POLICIES
from robust_helpers import ROOT, cli_command, cli_environment

pyte = pytest.importorskip("pyte", reason="pyte (a terminal emulator) is in the test extra")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

COLUMNS, ROWS = 120, 300  # tall enough that the whole card stays on the screen


def run_on_a_terminal(*args: str, stdout: Path | None = None) -> list[str]:
    """The screen's lines after `summarizer *args` ran on a COLUMNS x ROWS terminal
    (with stdout redirected to the file `stdout`, if given, as `> file` would)."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    environment = cli_environment(TERM="xterm-256color")
    for name in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "TTY_COMPATIBLE"):
        environment.pop(name, None)
    redirected = stdout.open("wb") if stdout is not None else None
    process = subprocess.Popen(
        cli_command(*args),
        cwd=ROOT,
        env=environment,
        stdin=follower,
        stdout=redirected or follower,
        stderr=follower,
        close_fds=True,
    )
    os.close(follower)
    if redirected is not None:
        redirected.close()
    received = bytearray()
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        received += data
    os.close(leader)
    assert process.wait(timeout=120) == 0, received.decode(errors="replace")[-2000:]
    screen = pyte.Screen(COLUMNS, ROWS)
    pyte.ByteStream(screen).feed(bytes(received))
    return [line.rstrip() for line in screen.display]


def test_the_card_on_a_terminal_has_whole_borders_and_no_progress_left_over(
    tmp_path: Path,
) -> None:
    policy = POLICIES / "001_419ecedd7c3c2f36.txt"  # 32 chunks: the progress is drawn

    lines = [line for line in run_on_a_terminal("label", "--engine", "rules", str(policy)) if line]

    tops = [line for line in lines if "┏" in line]
    bottoms = [line for line in lines if "┗" in line]
    assert len(tops) == 1 and tops[0].startswith("┏") and tops[0].endswith("┓"), tops
    assert len(bottoms) == 1 and bottoms[0].startswith("┗") and bottoms[0].endswith("┛"), lines
    assert lines.index(bottoms[0]) == len(lines) - 1
    assert not [line for line in lines if "chunks" in line or "policies" in line], lines[:5]
    inside = lines[lines.index(tops[0]) + 1 : lines.index(bottoms[0])]
    assert all(line.startswith("┃") and line.endswith("┃") for line in inside)


def test_json_lines_redirected_to_a_file_all_land_in_the_file_while_progress_shows(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    seeds = sorted(POLICIES.glob("*.txt"))
    for seed in seeds:
        (folder / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "labels.jsonl"

    lines = run_on_a_terminal(
        "label", "--engine", "rules", str(folder), "--format", "json", stdout=out
    )

    written = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in written] == [seed.stem for seed in seeds]
    assert not [line for line in lines if '"label"' in line]  # none went to the screen
