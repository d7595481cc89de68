"""Loading a policy: what text evidence offsets index, and one-sentence input errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.text import loading
from summarizer.text.loading import (
    MAX_POLICY_BYTES,
    PolicyDocument,
    html_to_text,
    load_policy,
    load_text,
)

DATA = Path(__file__).resolve().parents[1] / "data"
POLICIES = Path(__file__).resolve().parents[2] / "evals" / "policies"

FRENCH = (
    "Politique de confidentialité\n\nNous collectons votre adresse électronique et vos "
    "préférences. Vous pouvez à tout moment demander la suppression de vos données "
    "personnelles. Nous ne vendons pas vos données à des tiers.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- plain text and markdown -----------------------------------------------------------


def test_text_file_is_decoded_bytes_unchanged_with_crlf_kept(tmp_path: Path) -> None:
    raw = "Privacy Policy\r\n\r\nWe collect  your email.\r\n\tIndented line.  \r\n"
    doc = load_policy(write(tmp_path, "policy.txt", raw.encode()))
    assert doc == PolicyDocument(text=raw, source=str(tmp_path / "policy.txt"), format="text")


def test_seed_policy_text_equals_its_bytes_decoded() -> None:
    path = POLICIES / "001_419ecedd7c3c2f36.txt"
    doc = load_policy(path)
    assert doc.text == path.read_bytes().decode("utf-8")
    assert doc.format == "text"
    assert doc.warnings == ()


def test_markdown_extension_gives_markdown_format(tmp_path: Path) -> None:
    doc = load_policy(write(tmp_path, "policy.md", b"# Privacy\n\nWe collect **email**.\n"))
    assert doc.format == "markdown"
    assert doc.text == "# Privacy\n\nWe collect **email**.\n"


def test_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    doc = load_policy(write(tmp_path, "policy.policy", b"We collect your email.\n"))
    assert doc.format == "text"
    assert doc.text == "We collect your email.\n"


def test_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    doc = load_policy(write(tmp_path, "bom.txt", "\ufeff# Privacy\n\nText.".encode()))
    assert doc.text == "# Privacy\n\nText."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_byte_order_mark_are_decoded(tmp_path: Path, encoding: str) -> None:
    doc = load_policy(write(tmp_path, "wide.txt", FRENCH.encode(encoding)))
    assert doc.text == FRENCH
    assert doc.warnings == ()


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_encoding_is_detected_and_named_in_a_warning(tmp_path: Path, encoding: str) -> None:
    doc = load_policy(write(tmp_path, "legacy.txt", FRENCH.encode(encoding)))
    assert doc.text == FRENCH
    assert len(doc.warnings) == 1
    assert "not valid UTF-8" in doc.warnings[0]
    assert "cp1252" in doc.warnings[0]


def test_windows_quotes_decode_as_cp1252(tmp_path: Path) -> None:
    text = (
        "We don\u2019t sell your data \u2013 ever. \u201cPersonal data\u201d means any data.\n" * 3
    )
    doc = load_policy(write(tmp_path, "quotes.txt", text.encode("cp1252")))
    assert doc.text == text


# --- HTML ------------------------------------------------------------------------------


def test_html_fixture_becomes_markdown_like_text() -> None:
    doc = load_policy(DATA / "text_policy.html")
    assert doc.format == "html"
    assert doc.source == str(DATA / "text_policy.html")
    blocks = doc.text.split("\n\n")
    assert "# Privacy Policy" in blocks
    assert "## Information We Collect" in blocks
    assert "### How We Share Information" in blocks
    assert "## Contact & Questions" in blocks
    assert "**Cookies**" in blocks
    assert "* Contact details, such as your name and email address." in blocks
    assert "  * Browser type and version." in blocks
    assert "Recipient | Purpose" in blocks
    assert (
        "This policy explains how Example Co. collects, uses and shares your personal information."
        in blocks
    )
    # <br> keeps its line break inside the paragraph
    assert (
        "We use cookies to remember your preferences.\nYou can turn them off in your browser."
        in blocks
    )


def test_html_drops_head_scripts_styles_noscript_templates_and_comments() -> None:
    text = load_policy(DATA / "text_policy.html").text
    for hidden in (
        "Example Co. Privacy Policy",  # <title> in <head>
        "font-family",
        "dataLayer",
        "page_view",
        "enable JavaScript",
        "Template text",
        "not visible",
    ):
        assert hidden not in text


def test_html_output_has_normalised_whitespace() -> None:
    text = load_policy(DATA / "text_policy.html").text
    assert "\u00a0" not in text
    assert "  " not in text.replace("  * ", "")  # only list indentation has double spaces
    assert "\n\n\n" not in text
    assert text == text.strip()


def test_html_content_in_a_txt_file_is_sniffed_and_warned(tmp_path: Path) -> None:
    html = b"<!doctype html><html><body><h2>Data</h2><p>We collect email.</p></body></html>"
    doc = load_policy(write(tmp_path, "saved.txt", html))
    assert doc.format == "html"
    assert doc.text == "## Data\n\nWe collect email."
    assert any("looks like an HTML document" in warning for warning in doc.warnings)


def test_markdown_with_inline_html_is_not_sniffed_as_html(tmp_path: Path) -> None:
    doc = load_policy(write(tmp_path, "p.md", b"# Privacy\n\nSee <b>below</b>.\n"))
    assert doc.format == "markdown"
    assert doc.text == "# Privacy\n\nSee <b>below</b>.\n"


def test_html_with_no_visible_text_is_empty(tmp_path: Path) -> None:
    path = write(
        tmp_path, "blank.html", b"<html><head><title>T</title></head><body> </body></html>"
    )
    with pytest.raises(InputError, match="is empty: nothing to label"):
        load_policy(path)


def test_deeply_nested_html_does_not_overflow_the_stack() -> None:
    html = "<div>" * 3000 + "<p>We collect email.</p>" + "</div>" * 3000
    assert load_text(html, format="html").text == "We collect email."


# --- load_text ---------------------------------------------------------------------------


def test_load_text_keeps_text_unchanged() -> None:
    raw = "  Privacy\r\n\r\nWe collect  email. "
    assert load_text(raw, source="row 3") == PolicyDocument(text=raw, source="row 3", format="text")


def test_load_text_html_extracts_visible_text() -> None:
    doc = load_text("<h1>Privacy</h1><script>x()</script><p>We  sell\nnothing.</p>", format="html")
    assert doc == PolicyDocument(text="# Privacy\n\nWe sell nothing.", source=None, format="html")


def test_load_text_rejects_whitespace_only_text() -> None:
    with pytest.raises(InputError, match=r"^row 7 is empty: nothing to label\.$"):
        load_text(" \n\t ", source="row 7")


def test_load_text_rejects_nul_characters() -> None:
    with pytest.raises(InputError, match="NUL"):
        load_text("We collect\x00 email")


# --- errors ------------------------------------------------------------------------------


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^No such file: .*nope\.txt\.$"):
        load_policy(tmp_path / "nope.txt")


def test_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load_policy(tmp_path)


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t  "])
def test_empty_or_whitespace_file_is_an_input_error(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match="is empty: nothing to label"):
        load_policy(write(tmp_path, "empty.txt", data))


def test_file_with_nul_bytes_is_binary(tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(InputError, match="binary"):
        load_policy(write(tmp_path, "image.txt", data))


def test_undecodable_bytes_are_binary(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="binary"):
        load_policy(write(tmp_path, "noise.bin", bytes(range(1, 256)) * 40))


def test_file_over_the_size_limit_names_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_POLICY_BYTES + 1)  # sparse: no 5 MB written
    with pytest.raises(InputError, match="over the 5,000,000-byte limit"):
        load_policy(path)


def test_file_at_the_size_limit_is_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "MAX_POLICY_BYTES", 20)
    assert load_policy(write(tmp_path, "ok.txt", b"x" * 20)).text == "x" * 20
    with pytest.raises(InputError, match="over the 20-byte limit"):
        load_policy(write(tmp_path, "big.txt", b"x" * 21))


def test_input_error_messages_are_one_sentence(tmp_path: Path) -> None:
    cases = [
        tmp_path / "missing.txt",
        tmp_path,
        write(tmp_path, "empty.txt", b""),
        write(tmp_path, "nul.txt", b"a\x00b"),
    ]
    for path in cases:
        with pytest.raises(InputError) as caught:
            load_policy(path)
        message = str(caught.value)
        assert "\n" not in message
        assert message.endswith(".")


CHROME = """<html><body>
<header><a href="/">Acme</a> <nav><a href="/shop">Shop</a> <a href="/help">Help</a></nav></header>
<div role="navigation"><a href="/a">A to Z</a></div>
{content}
<footer><a href="/dns">Do Not Sell or Share My Personal Information</a> © Acme</footer>
</body></html>"""
POLICY = "<h1>Privacy Policy</h1><p>We collect your email address when you sign up.</p>"


def test_a_pages_one_main_element_is_the_policy() -> None:
    text = html_to_text(CHROME.format(content=f"<main>{POLICY}</main>"))
    assert text == "# Privacy Policy\n\nWe collect your email address when you sign up."


def test_without_main_the_site_header_navigation_and_footer_are_dropped() -> None:
    article = "<article><header><h1>Privacy Policy</h1></header><p>Text.</p><footer>Last updated 2024.</footer></article>"
    text = html_to_text(CHROME.format(content=f"<div>{POLICY}</div>{article}"))
    assert "Do Not Sell" not in text and "Shop" not in text and "A to Z" not in text
    assert "We collect your email address" in text
    assert "Last updated 2024." in text  # an article's own footer is content


def test_a_tiny_main_beside_the_policy_is_not_taken_for_it() -> None:
    page = CHROME.format(content=f"<main><p>Menu</p></main><div>{POLICY * 3}</div>")
    assert "We collect your email address" in html_to_text(page)


def test_a_page_that_is_all_chrome_is_kept_whole() -> None:
    page = "<html><body><footer><p>We collect your email address.</p></footer></body></html>"
    assert html_to_text(page) == "We collect your email address."
