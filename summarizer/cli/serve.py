"""`summarizer serve`: the label page on this computer (needs the `web` extra)."""

from __future__ import annotations

import contextlib
import socket
import threading
import webbrowser
from typing import Any

import click

from summarizer.cli.common import (
    announce_engine,
    friendly_errors,
    llm_options,
    open_engine,
    say,
    settings_from_options,
)
from summarizer.errors import ConfigError
from summarizer.text.addresses import ALLOW_FLAG
from summarizer.web.hosts import LOOPBACK_NAMES, is_loopback_host

NEEDS_EXTRA = "summarizer serve needs the web extra: pip install 'summarizer[web]'"


def _bind(host: str, port: int) -> socket.socket:
    """A listening socket, so a port in use is one clear line and port 0 picks a free one."""
    name = host.strip("[]")
    try:
        infos = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise ConfigError(f"cannot serve on {host}: {error.strerror}") from error
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as error:
        sock.close()
        hint = " (try another --port)" if error.errno in (98, 48) else ""
        raise ConfigError(f"cannot serve on {host}:{port}: {error.strerror}{hint}") from error
    sock.listen(128)
    return sock


def _url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


@click.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but loopback makes the page (and your engine and "
    "key) usable by whoever can reach this computer: a warning is printed.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on (0: any free port; the address is printed).",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in your web browser.")
@click.option(
    ALLOW_FLAG,
    "allow_private_network",
    is_flag=True,
    help="Let the page fetch URLs that lead to loopback, private or link-local addresses "
    "(a policy on your intranet). Off by default, as for `summarizer label`; the banner "
    "says when it is on.",
)
@llm_options
@friendly_errors
def serve_command(
    host: str, port: int, open_browser: bool, allow_private_network: bool, **options: Any
) -> None:
    """Serve the label page: paste, upload or link a policy and see its label.

    The engine is configured as for `summarizer label` (flags and environment).
    Stop with Ctrl-C. Exit codes: 0 stopped; 2 bad option, port in use, or the web
    extra is not installed.
    """
    try:
        import uvicorn

        from summarizer.web.app import create_app
    except ImportError as error:
        raise ConfigError(NEEDS_EXTRA) from error
    settings = settings_from_options(options)
    loopback = is_loopback_host(host)
    if not loopback:
        say(
            f"summarizer: warning: serving on {host}, not loopback: anyone who can reach "
            "this address can label policies with this server's engine and key, and fetch "
            "web pages through it."
        )
    if allow_private_network:
        who = "the page" if loopback else "anyone who can reach this address"
        say(
            f"summarizer: {ALLOW_FLAG} is on: {who} can fetch URLs on loopback, private "
            "and link-local addresses (this computer's own services, your intranet)."
        )
    sock = _bind(host, port)
    extractor = open_engine(settings)
    announce_engine(settings, extractor)
    app = create_app(
        settings,
        extractor=extractor,
        allowed_hosts=LOOPBACK_NAMES if loopback else ("*",),
        allow_private_network=allow_private_network,
    )
    url = _url(sock)
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, server_header=False)
    )
    say(f"summarizer: serving the label page at {url} (Ctrl-C to stop)")
    if open_browser:
        threading.Thread(target=_open_when_ready, args=(server, url), daemon=True).start()
    # uvicorn shuts down cleanly on Ctrl-C, then raises it again: stopping is the normal end
    with contextlib.closing(sock), contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    say("summarizer: stopped.")


def _open_when_ready(server: Any, url: str) -> None:
    for _ in range(100):
        if server.started:
            webbrowser.open(url)
            return
        threading.Event().wait(0.1)
