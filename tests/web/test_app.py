"""The label page through Starlette's test client: every route, bad input, limits, CSRF,
sessions, progress and cancel. The offline engine runs for real; fakes stand in where a
test needs to hold a job still."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="needs the web extra: pip install 'summarizer[web]'")
pytest.importorskip("multipart", reason="needs the web extra: pip install 'summarizer[web]'")

from fakes import POLICIES
from web_support import GatedExtractor, Visitor, many_part_policy, wait_until

from summarizer.errors import InputError
from summarizer.label.grading import point_value
from summarizer.settings import Settings
from summarizer.text.loading import load_bytes
from summarizer.web.app import create_app
from summarizer.web.inputs import WebLimits

SEED = POLICIES / "001_419ecedd7c3c2f36.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
HOSTILE = (
    "# Privacy Policy of <script>window.pwned=1</script>EvilCorp\n\n"
    'We share your email address with advertisers <img src=x onerror="window.pwned=1">. '
    'Read more at <a href="javascript:window.pwned=1">our site</a>.\n\n'
    "# Your rights\n\nYou can delete your account at any time.\n"
)


def cli_label(text: str):
    """The label the CLI's pipeline makes of `text`, named as the page names a paste."""
    from summarizer.api import label_policy
    from summarizer.text.loading import load_text

    document = load_text(text, source="pasted text")
    return label_policy(document, settings=Settings.resolve(engine="rules"))


def rules_app(**options: object):
    return create_app(Settings.resolve(engine="rules"), **options)  # type: ignore[arg-type]


@pytest.fixture
def app():
    return rules_app()


@pytest.fixture
def visitor(app) -> Visitor:
    return Visitor(app)


# -- the page ---------------------------------------------------------------------------


def test_index_page_has_the_form_a_session_and_a_strict_policy(visitor: Visitor) -> None:
    response = visitor.client.get("/")
    assert response.status_code == 200
    assert 'name="text"' in response.text and 'name="file"' in response.text
    assert 'name="url"' in response.text and 'type="password"' in response.text
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    cookie = response.headers.get("set-cookie") or ""
    # the first GET set the cookie; a page for a known session does not reset it
    assert cookie == "" and visitor.client.cookies.get("summarizer_session")


def test_first_visit_sets_an_httponly_same_site_session_cookie(app) -> None:
    from starlette.testclient import TestClient

    response = TestClient(app, base_url="http://127.0.0.1:8000").get("/")
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_about_panel_says_offline_engine_and_what_it_cannot_do(visitor: Visitor) -> None:
    html = visitor.client.get("/").text
    assert "offline rules" in html
    assert "no real grammar" in html and "not in English are missed" in html


def test_no_asset_comes_from_another_site(visitor: Visitor) -> None:
    job, _ = visitor.label(text=SEED_TEXT)
    for path in ("/", job, f"{job}/card.html"):
        html = visitor.client.get(path).text
        linked = re.findall(r'(?:src|href|action)="([^"]*)"', html)
        assert linked or path.endswith("card.html")
        assert all(url.startswith(("/", "#", "data:")) for url in linked), (path, linked)
        assert "@import" not in html and "url(" not in html
    for asset in ("/static/app.css", "/static/app.js"):
        response = visitor.client.get(asset)
        assert response.status_code == 200
        assert "url(" not in response.text and "@import" not in response.text
        assert "://" not in response.text


def test_pdf_is_offered_exactly_when_the_loader_reads_pdf(visitor: Visitor) -> None:
    from summarizer.web.inputs import pdf_supported

    form = visitor.client.get("/").text
    if pdf_supported():
        assert ".pdf" in form and "PDF files are not supported yet" not in form
        return
    assert 'accept=".txt,.md,.markdown,.html,.htm"' in form
    assert "PDF files are not supported yet" in form
    response = visitor.submit(file=("policy.pdf", b"%PDF-1.4 ..."))
    assert response.status_code == 400
    assert "policy.pdf: PDF files are not supported yet" in response.text


# -- labelling --------------------------------------------------------------------------


def test_pasted_seed_gets_its_label_card_grade_points_and_quotes(visitor: Visitor) -> None:
    job, status = visitor.label(text=SEED_TEXT)
    assert status["state"] == "done" and status["chunks_done"] == status["chunks_total"] > 1
    page = visitor.client.get(job)
    assert page.status_code == 200
    expected = cli_label(SEED_TEXT).grade  # the page shows what `summarizer label` gives
    assert f'id="grade-letter">{expected.grade}<' in page.text and "IMVBox" in page.text
    found = re.findall(r'<span class="kind">([^<]+)</span> ([^<]+)</li>', page.text)
    shown = [(value, html.unescape(reason)) for value, reason in found]
    assert shown == [
        (f"{point_value(point):+d}".replace("-", "−"), point.reason) for point in expected.points
    ]
    assert 'id="grade-points"' in page.text and "You can delete your data" in page.text
    assert f'src="{job}/card.html?view=label"' in page.text
    assert 'sandbox="allow-same-origin"' in page.text  # no allow-scripts
    assert "What read this policy" in page.text and "offline rules" in page.text
    assert "no real grammar" in page.text  # what the offline engine cannot do
    card = visitor.client.get(f"{job}/card.html")
    assert card.status_code == 200 and "Privacy Facts" in card.text
    assert '<blockquote class="quote">' in card.text  # each claim's quote is on the card


def test_card_is_the_same_html_as_the_cli_renders(visitor: Visitor) -> None:
    from summarizer.render import render_html

    job, _ = visitor.label(text=SEED_TEXT)
    card = visitor.client.get(f"{job}/card.html").text
    expected = render_html(cli_label(SEED_TEXT))
    strip = lambda html: html.split("<footer>")[0]  # noqa: E731 (timing differs in the footer)
    assert strip(card) == strip(expected)


def test_card_may_use_only_its_own_inline_styles(visitor: Visitor) -> None:
    job, _ = visitor.label(text=SEED_TEXT)
    card = visitor.client.get(f"{job}/card.html")
    csp = card.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "'sha256-" in csp
    assert "unsafe-inline" not in csp and "script-src" not in csp
    assert "frame-ancestors 'self'" in csp


@pytest.mark.parametrize("view", ["label", "apple", "google", "opp115"])
def test_every_view_has_a_card_and_downloads(visitor: Visitor, view: str) -> None:
    job, _ = visitor.label(text=SEED_TEXT)
    assert visitor.client.get(f"{job}?view={view}").status_code == 200
    card = visitor.client.get(f"{job}/card.html?view={view}")
    assert card.status_code == 200 and "<html" in card.text
    as_json = visitor.client.get(f"{job}/label.json?view={view}")
    assert as_json.status_code == 200 and json.loads(as_json.text)
    assert "attachment" in as_json.headers["content-disposition"]
    markdown = visitor.client.get(f"{job}/label.md?view={view}")
    assert markdown.status_code == 200 and markdown.headers["content-type"].startswith(
        "text/markdown"
    )


def test_json_download_is_the_label(visitor: Visitor) -> None:
    job, _ = visitor.label(text=SEED_TEXT)
    label = visitor.client.get(f"{job}/label.json").json()
    assert label["service_name"] == "IMVBox"
    quotes = [e["quote"] for item in label["data_collected"] for e in item["evidence"]]
    assert quotes and all(quote in SEED_TEXT for quote in quotes)


def test_png_download_without_a_browser_says_so(
    visitor: Visitor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarizer.web.downloads as downloads

    monkeypatch.setattr(downloads, "find_chromium", lambda: None)
    job, _ = visitor.label(text=SEED_TEXT)
    response = visitor.client.get(f"{job}/label.png")
    assert response.status_code == 503 and "needs Chromium" in response.text


@pytest.mark.browser
def test_png_download_is_a_png_when_chromium_is_there(visitor: Visitor) -> None:
    from summarizer.render.png import find_chromium, read_png_info

    if find_chromium() is None:
        pytest.skip("needs Chromium: apt-get install chromium")
    job, _ = visitor.label(text=SEED_TEXT)
    response = visitor.client.get(f"{job}/label.png")
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    assert read_png_info(response.content).width == 1000


def test_uploaded_html_file_is_read_as_the_cli_reads_it(visitor: Visitor) -> None:
    html = (
        "<html><head><title>Acme</title></head><body><nav>Home | Shop</nav><main>"
        "<h1>Acme Privacy Policy</h1><p>We collect your email address to send receipts.</p>"
        "<h2>Sharing</h2><p>We do not sell your personal information.</p></main></body></html>"
    )
    job, status = visitor.label(file=("acme policy.html", html.encode()))
    assert status["state"] == "done"
    label = visitor.client.get(f"{job}/label.json").json()
    expected = load_bytes(html.encode(), "acme policy.html", ".html").text
    for item in label["data_collected"]:
        for evidence in item["evidence"]:
            assert expected[evidence["start"] : evidence["end"]] == evidence["quote"]
    assert label["sells_personal_data"]["value"] == "no"
    assert "acme policy.html" in visitor.client.get(job).text


def test_url_is_fetched_by_the_clis_fetcher(app, monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.web.inputs as inputs

    asked: list[tuple[str, bool]] = []

    def fetch(url: str, *, allow_private_network: bool):
        asked.append((url, allow_private_network))
        return load_bytes(SEED_TEXT.encode(), url, ".txt")

    monkeypatch.setattr(inputs, "fetch_policy", fetch)
    visitor = Visitor(app)
    job, status = visitor.label(url="https://example.com/privacy")
    assert asked == [("https://example.com/privacy", False)] and status["state"] == "done"
    assert visitor.client.get(f"{job}/label.json").json()["provenance"]["source"] == (
        "https://example.com/privacy"
    )


def test_url_the_fetcher_refuses_is_one_clear_message(app, monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.web.inputs as inputs

    def refuse(url: str, *, allow_private_network: bool):
        raise InputError(f"{url} is a private address; not fetched.")

    monkeypatch.setattr(inputs, "fetch_policy", refuse)
    visitor = Visitor(app)
    job, status = visitor.label(url="http://10.0.0.1/admin")
    assert status["state"] == "failed"
    assert status["error"] == "http://10.0.0.1/admin is a private address; not fetched."
    assert "is a private address" in visitor.client.get(job).text


# -- bad input and limits ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({}, "Paste a policy, choose a file, or give a URL."),
        ({"text": "   \n  "}, "Paste a policy, choose a file, or give a URL."),
        ({"text": "x", "url": "https://a.example/"}, "Give one policy at a time"),
        ({"url": "ftp://example.com/policy"}, "starting with http:// or https://"),
        ({"url": "javascript:alert(1)"}, "starting with http:// or https://"),
        ({"file": ("policy.docx", b"PK\x03\x04")}, "upload a .txt, .md"),
        ({"file": ("policy.txt", b"")}, "policy.txt is empty."),
        ({"engine": "root", "text": "x"}, "Unknown engine"),
        ({"text": "x", "api_key": "sk-bad\nkey"}, "characters a key cannot have"),
        ({"text": "x", "engine": "llm"}, "No LLM is configured"),
        ({"text": "x", "engine": "rules", "api_key": "sk-abc"}, "needs no API key"),
    ],
)
def test_bad_form_gets_the_form_back_with_one_clear_message(
    visitor: Visitor, form: dict, message: str
) -> None:
    response = visitor.submit(**form)
    assert response.status_code == 400
    assert message in response.text
    assert 'id="label-form"' in response.text  # the form again, to fix and resend


def test_binary_upload_fails_the_job_with_the_loaders_message(visitor: Visitor) -> None:
    _, status = visitor.label(file=("policy.txt", bytes(range(256)) * 20))
    assert status["state"] == "failed" and "binary" in status["error"]


def test_paste_over_the_limit_is_refused_with_the_limit(app) -> None:
    visitor = Visitor(rules_app(limits=WebLimits(paste_chars=1_000, upload_bytes=5_000)))
    response = visitor.submit(text="a" * 1_001)
    assert response.status_code == 413
    assert "1,001 characters; the limit is 1,000" in response.text


def test_upload_over_the_limit_is_refused_with_the_limit(app) -> None:
    visitor = Visitor(rules_app(limits=WebLimits(paste_chars=10_000, upload_bytes=5_000)))
    response = visitor.submit(file=("big.txt", b"We collect data. " * 400))
    assert response.status_code == 413
    assert "big.txt is 6,800 bytes; the upload limit is 5,000 bytes." in response.text


def test_request_far_over_the_limit_is_refused_before_it_is_read(app) -> None:
    limits = WebLimits(paste_chars=1_000, upload_bytes=5_000)
    visitor = Visitor(rules_app(limits=limits))
    response = visitor.submit(file=("huge.txt", b"x" * (limits.request_bytes + 10)))
    assert response.status_code == 413
    assert "more than this page accepts at once" in response.text


def test_limits_are_shown_on_the_form(app) -> None:
    visitor = Visitor(rules_app(limits=WebLimits(paste_chars=1_234, upload_bytes=56_789)))
    html = visitor.client.get("/").text
    assert "Up to 1,234 characters" in html and "up to 56,789 bytes" in html
    assert 'data-max-upload="56789"' in html


# -- CSRF, origin, host -----------------------------------------------------------------


def test_post_without_the_token_is_refused(visitor: Visitor) -> None:
    response = visitor.submit(text=SEED_TEXT, token="")
    assert response.status_code == 403 and "reload the page" in response.text


def test_token_of_another_session_is_refused(app) -> None:
    alice, mallory = Visitor(app), Visitor(app)
    response = alice.submit(text=SEED_TEXT, token=mallory.token)
    assert response.status_code == 403


def test_post_from_another_site_is_refused_even_with_a_token(visitor: Visitor) -> None:
    response = visitor.submit(text=SEED_TEXT, headers={"origin": "https://evil.example"})
    assert response.status_code == 403 and "another site" in response.text
    response = visitor.submit(text=SEED_TEXT, headers={"sec-fetch-site": "cross-site"})
    assert response.status_code == 403


def test_post_from_the_page_itself_is_accepted(visitor: Visitor) -> None:
    headers = {"origin": "http://127.0.0.1:8000", "sec-fetch-site": "same-origin"}
    assert visitor.submit(text=SEED_TEXT, headers=headers).status_code == 303


def test_unknown_host_header_is_refused_against_dns_rebinding(app) -> None:
    from starlette.testclient import TestClient

    response = TestClient(app, base_url="http://attacker.example:8000").get("/")
    assert response.status_code == 400
    for host in ("http://localhost:8000", "http://127.0.0.1", "http://[::1]:9000"):
        assert TestClient(app, base_url=host).get("/").status_code == 200


def test_any_host_is_answered_when_serving_beyond_loopback() -> None:
    from starlette.testclient import TestClient

    app = rules_app(allowed_hosts=("*",))
    assert TestClient(app, base_url="http://192.0.2.7:8000").get("/").status_code == 200


# -- sessions see only their own jobs ---------------------------------------------------


def test_concurrent_visitors_see_only_their_own_labels(app) -> None:
    alice, bob = Visitor(app), Visitor(app)
    alice_job = alice.start(text=SEED_TEXT)
    bob_job = bob.start(text=HOSTILE)
    alice.wait(alice_job)
    bob.wait(bob_job)
    assert "IMVBox" in alice.client.get(alice_job).text
    assert "IMVBox" not in bob.client.get(bob_job).text
    for path in ("", "/status", "/card.html", "/label.json", "/label.md", "/label.png"):
        assert bob.client.get(f"{alice_job}{path}").status_code == 404, path
        assert alice.client.get(f"{bob_job}{path}").status_code == 404, path
    stranger = Visitor(app)
    assert stranger.client.get(f"{alice_job}/label.json").status_code == 404
    refused = bob.client.post(f"{alice_job}/cancel", data={"csrf": bob.token})
    assert refused.status_code == 404


def test_unknown_job_and_unknown_page_are_404(visitor: Visitor) -> None:
    assert visitor.client.get("/jobs/not-a-job").status_code == 404
    assert visitor.client.get("/jobs/not-a-job/status").status_code == 404
    nowhere = visitor.client.get("/nowhere")
    assert nowhere.status_code == 404 and "There is no page here." in nowhere.text


# -- progress and cancel ----------------------------------------------------------------


def gated_app(gated: GatedExtractor, **options: object):
    return create_app(
        Settings.resolve(engine="rules", concurrency=2),
        build=lambda settings: gated,
        **options,  # type: ignore[arg-type]
    )


def test_progress_counts_the_chunks_read(tmp_path: Path) -> None:
    gated = GatedExtractor()
    visitor = Visitor(gated_app(gated))
    job = visitor.start(text=many_part_policy(4))
    wait_until(lambda: visitor.status(job)["state"] == "labelling")
    total = visitor.status(job)["chunks_total"]
    assert total >= 4 and visitor.status(job)["chunks_done"] == 0
    gated.allow(3)
    wait_until(lambda: visitor.status(job)["chunks_done"] == 3)
    page = visitor.client.get(job).text
    assert 'id="progress-bar"' in page and f"3 of {total} parts read" in page
    assert 'id="cancel"' in page
    gated.allow(total)
    assert visitor.wait(job)["state"] == "done"
    assert visitor.status(job)["chunks_done"] == total


def test_cancel_stops_the_chunks_not_yet_read() -> None:
    gated = GatedExtractor()
    visitor = Visitor(gated_app(gated))
    job = visitor.start(text=many_part_policy(6))
    wait_until(lambda: visitor.status(job)["state"] == "labelling")
    total = visitor.status(job)["chunks_total"]
    gated.allow(2)
    wait_until(lambda: visitor.status(job)["chunks_done"] == 2)
    response = visitor.client.post(f"{job}/cancel", data={"csrf": visitor.token})
    assert response.status_code == 303 and response.headers["location"] == job
    gated.allow(total)  # let the chunks already in flight end
    status = visitor.wait(job)
    assert status["state"] == "cancelled" and status["chunks_done"] == 2
    # concurrency 2: at most the two chunks in flight started after the two read
    assert len(gated.calls) <= 4 < total
    assert "Cancelled" in visitor.client.get(job).text
    assert visitor.client.get(f"{job}/label.json").status_code == 409


def test_cancel_needs_the_token() -> None:
    gated = GatedExtractor()
    visitor = Visitor(gated_app(gated))
    job = visitor.start(text=many_part_policy(2))
    response = visitor.client.post(f"{job}/cancel", data={"csrf": "forged"})
    assert response.status_code == 403
    gated.allow(100)
    assert visitor.wait(job)["state"] == "done"


def test_too_many_running_jobs_get_a_busy_message() -> None:
    gated = GatedExtractor()
    visitor = Visitor(gated_app(gated, max_running=1))
    job = visitor.start(text=many_part_policy(2))
    response = visitor.submit(text=SEED_TEXT)
    assert response.status_code == 503 and "try again in a moment" in response.text
    gated.allow(100)
    visitor.wait(job)
    assert visitor.submit(text=SEED_TEXT).status_code == 303


def test_json_clients_get_json(visitor: Visitor) -> None:
    accepted = visitor.submit(text=SEED_TEXT, headers={"accept": "application/json"})
    assert accepted.status_code == 202
    started = accepted.json()
    assert visitor.wait(started["url"])["state"] == "done"
    refused = visitor.submit(headers={"accept": "application/json"})
    assert refused.status_code == 400 and "Paste a policy" in refused.json()["error"]
