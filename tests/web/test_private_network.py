"""A policy at an internal URL from the web page: refused by default with the message
the CLI gives, fetched when the server allows private networks (`summarizer serve
--allow-private-network`). The policy is served on loopback, a private address."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest

pytest.importorskip("starlette", reason="needs the web extra: pip install 'summarizer[web]'")
pytest.importorskip("multipart", reason="needs the web extra: pip install 'summarizer[web]'")

from click.testing import CliRunner
from page_server import serve_page
from web_support import Visitor

from summarizer.cli.main import main
from summarizer.settings import Settings
from summarizer.web.app import create_app

POLICY = (
    b"<!doctype html><html><head><title>Intranet Privacy Policy</title></head><body><main>"
    b"<h1>Intranet Privacy Policy</h1><p>We collect your email address when you sign in."
    b" We do not sell your personal information.</p></main></body></html>"
)


@pytest.fixture
def intranet() -> Iterator[ThreadingHTTPServer]:
    server = serve_page(POLICY)
    yield server
    server.shutdown()
    server.server_close()


def _paths(server: ThreadingHTTPServer) -> list[str]:
    return [path for path, _host in server.requests]  # type: ignore[attr-defined]


def url_of(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/privacy"


def rules_app(**options: object):
    return create_app(Settings.resolve(engine="rules"), **options)  # type: ignore[arg-type]


def test_an_internal_url_is_refused_by_default_with_the_clis_message(
    intranet: ThreadingHTTPServer,
) -> None:
    url = url_of(intranet)
    visitor = Visitor(rules_app())

    job, status = visitor.label(url=url)

    assert status["state"] == "failed"
    assert status["error"] == (
        f"{url} leads to the private or local address 127.0.0.1: refused (policies are "
        "fetched from the public web; use --allow-private-network to allow it)."
    )
    cli = CliRunner().invoke(main, ["label", url])
    assert cli.exit_code == 2 and status["error"] in cli.stderr  # word for word the CLI's
    assert status["error"] in visitor.client.get(job).text
    assert _paths(intranet) == []  # never asked


def test_an_internal_url_is_labelled_when_private_networks_are_allowed(
    intranet: ThreadingHTTPServer,
) -> None:
    url = url_of(intranet)
    visitor = Visitor(rules_app(allow_private_network=True))

    job, status = visitor.label(url=url)

    assert status["state"] == "done", status
    label = visitor.client.get(f"{job}/label.json").json()
    assert label["provenance"]["source"] == url
    assert label["sells_personal_data"]["value"] == "no"
    assert _paths(intranet) == ["/privacy"]


@pytest.mark.parametrize("allowed", [False, True])
def test_the_form_says_when_private_networks_are_allowed(allowed: bool) -> None:
    page = Visitor(rules_app(allow_private_network=allowed)).client.get("/").text

    assert ("addresses on private and local networks are allowed" in page) == allowed


@pytest.fixture
def served_apps(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The app `summarizer serve` would serve, recorded instead of served."""
    uvicorn = pytest.importorskip("uvicorn", reason="needs the web extra")
    apps: list[object] = []
    monkeypatch.setattr(
        uvicorn.Server, "run", lambda self, sockets=None: apps.append(self.config.app)
    )
    return apps


def test_serve_refuses_internal_urls_by_default_and_says_nothing(
    served_apps: list[object], intranet: ThreadingHTTPServer
) -> None:
    # the environment variable that allows it for `summarizer label` does not, here
    env = {"SUMMARIZER_ALLOW_PRIVATE_NETWORK": "1"}
    result = CliRunner().invoke(main, ["serve", "--port", "0", "--engine", "rules"], env=env)

    assert result.exit_code == 0, result.output
    assert "allow-private-network" not in result.stderr
    _, status = Visitor(served_apps[0]).label(url=url_of(intranet))
    assert status["state"] == "failed" and "refused" in status["error"]


def test_serve_allow_private_network_fetches_internal_urls_and_the_banner_says_so(
    served_apps: list[object], intranet: ThreadingHTTPServer
) -> None:
    args = ["serve", "--port", "0", "--engine", "rules", "--allow-private-network"]

    result = CliRunner().invoke(main, args)

    assert result.exit_code == 0, result.output
    assert (
        "summarizer: --allow-private-network is on: the page can fetch URLs on loopback, "
        "private and link-local addresses" in result.stderr
    )
    _, status = Visitor(served_apps[0]).label(url=url_of(intranet))
    assert status["state"] == "done", status


def test_serve_beyond_loopback_with_private_networks_warns_who_can_use_them(
    served_apps: list[object],
) -> None:
    args = ["serve", "--host", "0.0.0.0", "--port", "0", "--allow-private-network"]

    result = CliRunner().invoke(main, args)

    assert result.exit_code == 0, result.output
    assert "anyone who can reach this address can fetch URLs on loopback, private" in (
        " ".join(result.stderr.split())
    )


def test_serve_help_documents_allow_private_network() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])

    assert "--allow-private-network" in result.output
    assert "Off by default" in " ".join(result.output.split())
