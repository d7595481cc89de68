"""Looking a policy's host up: inside the fetch deadline, done once, and the address
checked is the address connected to (the Host header and the TLS name stay the URL's).

Host names under `.test` are answered by a stand-in resolver (socket.getaddrinfo
patched), which can hang, or answer differently the second time (DNS rebinding)."""

from __future__ import annotations

import datetime
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from page_server import serve_page

from summarizer.cli.main import main
from summarizer.errors import InputError
from summarizer.text import fetching
from summarizer.text.fetching import fetch_policy

PAGE = (
    b"<html><body><h1>Acme Privacy Policy</h1><p>We collect your email address.</p></body></html>"
)
HANG_S = 30.0  # far past every deadline below: a test that waited for it would show


def _serve(host: str, port: int = 0, tls: ssl.SSLContext | None = None) -> ThreadingHTTPServer:
    return serve_page(PAGE, host, port, tls=tls)


@pytest.fixture
def servers() -> Iterator[list[ThreadingHTTPServer]]:
    started: list[ThreadingHTTPServer] = []
    yield started
    for server in started:
        server.shutdown()
        server.server_close()


Answer = Callable[[str], str]  # host name -> the IP address it resolves to


@pytest.fixture
def resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Answer]]:
    """Names under `.test` resolve as the test says; `hang` never answers in time."""
    answers: dict[str, Answer] = {}
    release = threading.Event()
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        name = host.decode("ascii") if isinstance(host, bytes) else str(host)
        if name not in answers:
            return real(host, port, *args, **kwargs)
        address = answers[name](name)
        if address == "hang":
            release.wait(HANG_S)
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port or 0)))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield answers
    release.set()  # the abandoned lookups end with the test


@pytest.mark.parametrize("allow_private_network", [False, True])
def test_a_lookup_that_hangs_is_cut_off_at_the_overall_deadline(
    resolver: dict[str, Answer], allow_private_network: bool
) -> None:
    resolver["hangs.test"] = lambda _: "hang"
    started = time.monotonic()

    with pytest.raises(InputError) as refused:
        fetch_policy(
            "http://hangs.test/privacy",
            timeout_s=0.5,
            allow_private_network=allow_private_network,
        )

    assert str(refused.value) == "http://hangs.test/privacy: no complete answer within 0.5s."
    assert time.monotonic() - started < HANG_S / 3  # the fetch did not wait for the lookup


def test_the_cli_reports_a_hanging_lookup_as_a_timeout_with_exit_code_2(
    resolver: dict[str, Answer], monkeypatch: pytest.MonkeyPatch
) -> None:
    resolver["hangs.test"] = lambda _: "hang"
    monkeypatch.setattr(fetching, "FETCH_TIMEOUT_S", 0.5)

    result = CliRunner().invoke(main, ["label", "http://hangs.test/privacy"])

    assert result.exit_code == 2, result.output
    assert "http://hangs.test/privacy: no complete answer within 0.5s." in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.usefixtures("public_127_0_0_2")
def test_the_address_checked_is_the_address_connected_to(
    resolver: dict[str, Answer], servers: list[ThreadingHTTPServer]
) -> None:
    public = _serve("127.0.0.2")
    private = _serve("127.0.0.1", public.server_address[1])  # the same port, a private address
    servers += [public, private]
    port = public.server_address[1]
    answers = iter(["127.0.0.2"])  # a public answer for the check, then a private one
    resolver["rebind.test"] = lambda _: next(answers, "127.0.0.1")

    document = fetch_policy(f"http://rebind.test:{port}/privacy")

    assert "We collect your email address." in document.text
    assert public.requests == [("/privacy", f"rebind.test:{port}")]  # type: ignore[attr-defined]
    assert private.requests == []  # type: ignore[attr-defined]


@pytest.mark.usefixtures("public_127_0_0_2")
def test_a_host_with_any_private_address_is_refused_before_connecting(
    resolver: dict[str, Answer], servers: list[ThreadingHTTPServer]
) -> None:
    private = _serve("127.0.0.1")
    servers.append(private)
    resolver["inside.test"] = lambda _: "127.0.0.1"

    with pytest.raises(InputError, match=r"leads to the private or local address 127\.0\.0\.1"):
        fetch_policy(f"http://inside.test:{private.server_address[1]}/privacy")

    assert private.requests == []  # type: ignore[attr-defined]


def _certificate_for(name: str, directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for `name` only (no IP address in it), and its key."""
    x509 = pytest.importorskip("cryptography.x509", reason="makes a test certificate")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_https_to_the_checked_address_still_verifies_the_urls_host_name(
    resolver: dict[str, Answer],
    servers: list[ThreadingHTTPServer],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cert, key = _certificate_for("policy.test", tmp_path)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    server = _serve("127.0.0.1", tls=tls)
    servers.append(server)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # trust the test certificate only
    port = server.server_address[1]
    resolver["policy.test"] = lambda _: "127.0.0.1"
    resolver["impostor.test"] = lambda _: "127.0.0.1"

    document = fetch_policy(f"https://policy.test:{port}/privacy", allow_private_network=True)

    assert "We collect your email address." in document.text
    assert server.requests == [("/privacy", f"policy.test:{port}")]  # type: ignore[attr-defined]
    with pytest.raises(InputError, match=r"cannot fetch https://impostor\.test"):
        fetch_policy(f"https://impostor.test:{port}/privacy", allow_private_network=True)
