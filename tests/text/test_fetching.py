"""Policies fetched from a URL, served here by a loopback web server."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from fakes import FakeExtractor, seed_paths

from summarizer.batch import BatchEvents, PolicyInput, label_batch
from summarizer.cli.main import main
from summarizer.errors import InputError
from summarizer.text.fetching import fetch_policy
from summarizer.text.loading import MAX_POLICY_BYTES

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Privacy</title></head>
<body><main><h1>Acme Privacy Policy</h1>
<h2>What we collect</h2><p>We collect your email address when you sign up.</p>
<h2>Selling</h2><p>We do not sell your personal information.</p>
<h2>Children</h2><p>Our service is not directed to children under 13.</p></main></body></html>
"""
PLAIN = "Acme Policy\n\nWe collect your email address when you sign up. Café ✓\n"

SLOW_S = 1.0
ROUTES: dict[str, tuple[int, str, bytes, dict[str, str]]] = {
    "/privacy": (200, "text/html; charset=utf-8", PAGE.encode(), {}),
    "/old-privacy": (301, "text/html", b"", {"Location": "/privacy"}),
    "/policy.txt": (200, "text/plain; charset=utf-8", PLAIN.encode(), {}),
    "/policy.pdf": (200, "application/pdf", b"%PDF-1.4 not really", {}),
    "/app": (
        200,
        "text/html",
        b'<html><body><div id="root"></div><script src="/app.js"></script></body></html>',
        {},
    ),
    "/huge": (200, "text/plain", b"We collect data. " * (MAX_POLICY_BYTES // 16 + 10), {}),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(SLOW_S)
            self.path = "/privacy"
        status, media_type, body, headers = ROUTES.get(
            self.path, (404, "text/html", b"<h1>Not found</h1>", {})
        )
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_url_is_labelled_and_its_evidence_indexes_the_fetched_text(site: str) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["label", f"{site}/privacy"])
    assert result.exit_code == 0, result.output
    label = json.loads(result.stdout)
    assert label["provenance"]["source"] == f"{site}/privacy"
    assert label["sells_personal_data"]["value"] == "no"
    assert label["children"]["min_age"] == 13

    text = runner.invoke(main, ["text", f"{site}/privacy"])
    assert text.exit_code == 0, text.output
    [evidence] = label["sells_personal_data"]["evidence"]
    assert text.stdout[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_redirects_are_followed_and_plain_text_is_kept_as_is(site: str) -> None:
    assert "We collect your email address" in fetch_policy(f"{site}/old-privacy").text
    document = fetch_policy(f"{site}/policy.txt")
    assert (document.text, document.format) == (PLAIN, "text")


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("/policy.pdf", "is application/pdf, not a web page or text"),
        ("/missing", "the server answered HTTP 404"),
        ("/huge", "over the 5,000,000-byte limit"),
    ],
)
def test_what_cannot_be_read_is_one_clear_error(site: str, path: str, says: str) -> None:
    with pytest.raises(InputError, match=says):
        fetch_policy(f"{site}{path}")


def test_an_unreachable_site_is_exit_2_with_one_line() -> None:
    result = CliRunner().invoke(main, ["label", "http://127.0.0.1:9/privacy"])
    assert result.exit_code == 2
    assert "cannot fetch http://127.0.0.1:9/privacy" in result.stderr
    assert "Traceback" not in result.output


def test_urls_and_files_mix_in_one_batch(site: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    seed = seed_paths()[0]
    result = CliRunner().invoke(
        main, ["label", f"{site}/privacy", f"{site}/policy.pdf", str(seed), "--out-dir", str(out)]
    )
    assert result.exit_code == 4, result.output  # one of three failed; the rest are written
    assert sorted(path.name for path in out.glob("*.json")) == sorted(
        ["127.0.0.1_privacy.json", f"{seed.stem}.json"]
    )


def test_a_slow_page_does_not_hold_up_the_other_policies(site: str) -> None:
    finished: list[str] = []
    events = BatchEvents(on_policy_done=lambda item: finished.append(item.input.id))
    inputs = [PolicyInput(id="slow", url=f"{site}/slow"), PolicyInput(id="file", text=PLAIN)]

    result = label_batch(inputs, FakeExtractor(), concurrency=2, events=events)

    assert finished == ["file", "slow"]
    assert [item.status for item in result.items] == ["labelled", "labelled"]


def test_json_lines_on_stdout_keep_the_order_of_the_inputs(site: str) -> None:
    seed = seed_paths()[0]
    result = CliRunner().invoke(main, ["label", f"{site}/slow", str(seed), "--format", "json"])
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines() if line.strip()]
    assert ids == ["127.0.0.1_slow", seed.stem]


def test_a_page_that_javascript_fills_in_says_to_save_it_from_a_browser(site: str) -> None:
    with pytest.raises(InputError, match="saved from a browser"):
        fetch_policy(f"{site}/app")
