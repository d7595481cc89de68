"""The charset a page declares (HTTP header, `<meta charset>`) wins over guessing: short
Central European and Cyrillic pages used to come out as mojibake."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from summarizer.text.fetching import fetch_policy
from summarizer.text.loading import load_bytes

CZECH = "Zásady ochrany osobních údajů: shromažďujeme váš e-mail."
RUSSIAN = "Политика конфиденциальности: мы собираем ваш адрес."


def _html(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


def test_meta_charset_decides_a_short_cp1250_page() -> None:
    page = _html(CZECH, '<meta charset="windows-1250">').encode("cp1250")
    assert load_bytes(page, "page.html", ".html").text == CZECH


def test_meta_http_equiv_content_type_decides_too() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    page = _html(RUSSIAN, head).encode("cp1251")
    assert load_bytes(page, "page.html", ".html").text == RUSSIAN


def test_iso_8859_1_is_read_as_browsers_read_it() -> None:
    page = _html("We don\u2019t sell data \u2013 ever.", '<meta charset="iso-8859-1">')
    assert load_bytes(page.encode("cp1252"), "p.html", ".html").text == (
        "We don\u2019t sell data \u2013 ever."
    )


def test_a_wrong_declaration_falls_back_to_guessing_with_a_warning() -> None:
    page = _html("Café ✓ policy", '<meta charset="ascii">').encode("utf-8")
    document = load_bytes(page, "p.html", ".html")
    assert "Caf" in document.text


# Short pages without <meta charset> that guessing alone got wrong.
SHORT = {
    "/pl": ("Szanujemy Twoją prywatność.", "windows-1250"),
    "/cs": ("Šetříme vaše soukromí.", "windows-1250"),
    "/ru": ("Ваш e-mail.", "windows-1251"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        text, charset = SHORT[self.path]
        body = _html(text).encode(charset)
        self.send_response(200)
        self.send_header("Content-Type", f"text/html; charset={charset}")
        self.send_header("Content-Length", str(len(body)))
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


@pytest.mark.parametrize("path", sorted(SHORT))
def test_the_http_header_charset_decides_a_short_page(site: str, path: str) -> None:
    assert fetch_policy(f"{site}{path}", allow_private_network=True).text == SHORT[path][0]


def test_a_declared_charset_decides_bytes_given_directly() -> None:
    text, charset = SHORT["/pl"]
    page = _html(text).encode(charset)
    assert load_bytes(page, "page", ".html", declared_charset=charset).text == text
