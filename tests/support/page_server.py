"""A loopback web server that answers every GET with one page, for the fetching tests."""

from __future__ import annotations

import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def serve_page(
    page: bytes,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    answer_after_s: float = 0.0,
    tls: ssl.SSLContext | None = None,
) -> ThreadingHTTPServer:
    """A running server at `host:port` (0: any free port) answering every GET with
    `page` as HTML, after `answer_after_s`; each request's (path, Host header) is
    appended to `server.requests`. Call `server.shutdown()` when done."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.server.requests.append((self.path, self.headers.get("Host")))  # type: ignore[attr-defined]
            time.sleep(answer_after_s)  # a page that takes a while to make
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((host, port), Handler)
    server.requests = []  # type: ignore[attr-defined]
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
