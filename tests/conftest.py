"""Shared test fixtures: isolation from the user's environment and the network."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeExtractor


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the user's keys or writes to the user's cache."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_LOCAL_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))


_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> None:
    host = address[0] if isinstance(address, tuple) else None
    if host is not None and self.family in (socket.AF_INET, socket.AF_INET6):
        try:
            allowed = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            allowed = False
        if not allowed:
            raise ConnectionRefusedError(f"tests may not reach {host}: only loopback is allowed")
    _real_connect(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection beyond this machine is an error in tests."""
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)


@pytest.fixture
def fake_extractor() -> Iterator[FakeExtractor]:
    yield FakeExtractor()


# Under CI (CI=true), a skipped test that needs a real browser or a real llama.cpp
# server, or a test module skipped whole, fails the run: CI installs what they need,
# so a skip there means something is broken. Locally they may still skip with a reason.
MUST_RUN_IN_CI = ("browser", "local_llm")
_skipped_in_ci: list[str] = []


def _under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if _under_ci() and report.skipped and any(m in report.keywords for m in MUST_RUN_IN_CI):
        _skipped_in_ci.append(f"{report.nodeid}: {_skip_reason(report)}")


def pytest_collectreport(report: pytest.CollectReport) -> None:
    if _under_ci() and report.skipped:
        _skipped_in_ci.append(f"{report.nodeid} (whole module): {_skip_reason(report)}")


def _skip_reason(report: pytest.TestReport | pytest.CollectReport) -> str:
    longrepr = report.longrepr
    return str(longrepr[2]) if isinstance(longrepr, tuple) else str(longrepr)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _skipped_in_ci:
        lines = "\n".join(f"  {line}" for line in _skipped_in_ci)
        print(f"\nCI=true: these tests were skipped but must run in CI:\n{lines}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
