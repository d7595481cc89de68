"""What a fetch refuses, whatever the server sends: no overall deadline, decompression
bombs, private addresses (directly or by redirect), secrets in the URL shown."""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from summarizer.cli.main import main
from summarizer.errors import InputError
from summarizer.text.addresses import display_url
from summarizer.text.fetching import fetch_policy
from summarizer.text.loading import MAX_POLICY_BYTES

PAGE = (
    b"<!doctype html><html><head><title>Acme</title></head><body><main><h1>Acme Privacy"
    b" Policy</h1><p>We collect your email address when you sign up. We do not sell your"
    b" personal information.</p></main></body></html>"
)
DRIP_INTERVAL_S = 0.2
DRIP_BYTES = 40  # 8 s of body at one byte per interval: far past the 1 s deadline


def _bomb() -> bytes:
    """Twice-gzipped zeros: a couple of dozen KB that inflate to 4x the size cap."""
    return gzip.compress(gzip.compress(b"\0" * (4 * MAX_POLICY_BYTES), 9), 9)


class _Handler(BaseHTTPRequestHandler):
    redirect_to = ""

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(DRIP_BYTES))
            self.end_headers()
            for _ in range(DRIP_BYTES):
                try:
                    self.wfile.write(b"a")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(DRIP_INTERVAL_S)
            return
        if path == "/drip-headers":
            for byte in (
                b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Slow: " + b"a" * DRIP_BYTES
            ):
                try:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(DRIP_INTERVAL_S / 4)
            return
        if path == "/bomb":
            self._send(_bomb(), "text/html", {"Content-Encoding": "gzip, gzip"})
        elif path == "/double-gzip":
            self._send(
                gzip.compress(gzip.compress(PAGE)), "text/html", {"Content-Encoding": "gzip, gzip"}
            )
        elif path == "/to-internal":
            self.send_response(302)
            self.send_header("Location", type(self).redirect_to)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/privacy":
            self._send(PAGE, "text/html; charset=utf-8", {})
        else:
            self._send(b"<h1>Not found</h1>", "text/html", {}, status=404)

    def _send(
        self, body: bytes, media_type: str, headers: dict[str, str], status: int = 200
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(host: str) -> Iterator[str]:
    server = ThreadingHTTPServer((host, 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://{host}:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    yield from _serve("127.0.0.1")


@pytest.fixture(scope="module")
def stand_in_public_site() -> Iterator[str]:
    """A server on 127.0.0.2 that the tests below treat as a public host."""
    yield from _serve("127.0.0.2")


def test_a_server_that_drips_bytes_is_cut_off_at_the_overall_deadline(site: str) -> None:
    with pytest.raises(InputError, match="no complete answer within 1s"):
        fetch_policy(f"{site}/drip", timeout_s=1.0, allow_private_network=True)


def test_a_server_that_drips_its_headers_is_cut_off_at_the_overall_deadline(site: str) -> None:
    with pytest.raises(InputError, match="no complete answer within 1s"):
        fetch_policy(f"{site}/drip-headers", timeout_s=1.0, allow_private_network=True)


def test_stacked_gzip_is_inflated_with_a_bound_on_every_layer(site: str) -> None:
    with pytest.raises(InputError, match="decompresses to over the 5,000,000-byte limit"):
        fetch_policy(f"{site}/bomb", allow_private_network=True)


def test_a_page_gzipped_twice_still_reads(site: str) -> None:
    document = fetch_policy(f"{site}/double-gzip", allow_private_network=True)
    assert "We do not sell your personal information." in document.text


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/privacy",
        "http://192.168.1.1/",
        "http://[::1]/privacy",
        "http://[::ffff:127.0.0.1]/",
        "http://localhost/privacy",
        "http://2130706433/",  # 127.0.0.1 written as one number
        "http://0x7f.1/",
        "http://[fe80::1]/",
        "http://0.0.0.0/",
    ],
)
def test_private_and_local_addresses_are_refused_by_default(url: str) -> None:
    with pytest.raises(InputError, match=r"private or local address .*--allow-private-network"):
        fetch_policy(url)


def test_a_loopback_page_is_refused_without_the_flag_and_read_with_it(site: str) -> None:
    refused = CliRunner().invoke(main, ["label", f"{site}/privacy"])
    assert refused.exit_code == 2
    assert "refused" in refused.stderr and "--allow-private-network" in refused.stderr
    allowed = CliRunner().invoke(main, ["label", f"{site}/privacy", "--allow-private-network"])
    assert allowed.exit_code == 0, allowed.output


@pytest.mark.parametrize(
    ("command", "extra"),
    [("show", []), ("compare", ["--format", "csv"]), ("diff", ["--format", "json"])],
)
def test_show_compare_and_diff_take_the_flag_their_refusal_names(
    site: str, command: str, extra: list[str]
) -> None:
    urls = [f"{site}/privacy"] * (1 if command == "show" else 2)
    refused = CliRunner().invoke(main, [command, *urls, *extra])
    assert refused.exit_code == 2
    assert "refused" in refused.stderr and "--allow-private-network" in refused.stderr
    allowed = CliRunner().invoke(main, [command, *urls, *extra, "--allow-private-network"])
    assert allowed.exit_code == 0, allowed.output  # diff: the same page twice, nothing changed
    assert "Acme" in allowed.stdout


@pytest.mark.usefixtures("public_127_0_0_2")
def test_a_redirect_to_a_private_address_is_refused(site: str, stand_in_public_site: str) -> None:
    _Handler.redirect_to = f"{site}/privacy"
    assert "Acme" in fetch_policy(f"{stand_in_public_site}/privacy").text  # the stand-in is public
    with pytest.raises(InputError, match=r"leads to the private or local address 127\.0\.0\.1"):
        fetch_policy(f"{stand_in_public_site}/to-internal")
    assert (
        "Acme"
        in fetch_policy(f"{stand_in_public_site}/to-internal", allow_private_network=True).text
    )


def test_credentials_and_tokens_never_reach_the_label_or_stderr(site: str) -> None:
    host = site.removeprefix("http://")
    url = f"http://alice:hunter2@{host}/privacy?token=s3cr3tT0k3n&lang=en"
    result = CliRunner().invoke(main, ["label", url, "--allow-private-network"])
    assert result.exit_code == 0, result.output
    source = json.loads(result.stdout)["provenance"]["source"]
    assert source == f"http://{host}/privacy?token=REDACTED&lang=en"
    missing = CliRunner().invoke(
        main, ["label", f"http://bob:pw@{host}/gone?sig=abcdef", "--allow-private-network"]
    )
    assert missing.exit_code == 2
    for secret in ("hunter2", "s3cr3tT0k3n", "alice", "bob:pw", "abcdef"):
        assert secret not in result.output + missing.output


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://u:p@example.com/privacy", "https://example.com/privacy"),
        ("https://example.com/p?api_key=1&page=2", "https://example.com/p?api_key=REDACTED&page=2"),
        (
            "https://example.com/p?X-Amz-Signature=0a1b2c&id=7",
            "https://example.com/p?X-Amz-Signature=REDACTED&id=7",
        ),
        (
            "https://example.com/p?q=eyJhbGciOiJIUzI1NiJ9abc123",
            "https://example.com/p?q=REDACTED",
        ),
        ("https://example.com/privacy#section-3", "https://example.com/privacy#section-3"),
    ],
)
def test_display_url_strips_credentials_and_secret_looking_values(url: str, shown: str) -> None:
    assert display_url(url) == shown
