"""The evidence highlight page: every span marked and linked both ways, the policy text
intact, nothing in the text able to become markup."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from data.policy_versions import OLD_POLICY, hostile

from summarizer.cli.main import main
from summarizer.engines.rules import RulesExtractor
from summarizer.label.schema import Evidence
from summarizer.pipeline import label_document
from summarizer.render.highlight import highlight_policy, render_highlight
from summarizer.text.loading import load_text


def labelled(text: str):
    return label_document(load_text(text, source="p.md", format="markdown"), RulesExtractor())


@pytest.fixture(scope="module")
def hostile_page() -> tuple[str, str]:
    text = hostile()
    return text, render_highlight(labelled(text), text)


def _policy_text(soup: BeautifulSoup) -> str:
    body = soup.select_one("div.text")
    for link in body.select("a.to-claim"):
        link.decompose()
    return body.get_text()


def test_the_page_holds_the_policy_text_unchanged(hostile_page):
    text, page = hostile_page
    assert _policy_text(BeautifulSoup(page, "html.parser")) == text


def test_hostile_policy_text_stays_text(hostile_page):
    _, page = hostile_page
    soup = BeautifulSoup(page, "html.parser")
    assert not soup.find_all(["script", "img", "iframe", "link", "object"])
    assert not any(attr.startswith("on") for tag in soup.find_all(True) for attr in tag.attrs)
    hrefs = [a["href"] for a in soup.find_all("a")]
    assert hrefs and all(href.startswith("#") for href in hrefs)
    assert "&lt;script&gt;" in page


def test_every_span_links_to_its_claims_and_every_claim_back(hostile_page):
    _, page = hostile_page
    soup = BeautifulSoup(page, "html.parser")
    claim_ids = {li["id"] for li in soup.select(".claims li")}
    span_ids = {anchor["id"] for anchor in soup.select("span.anchor")}
    assert claim_ids and span_ids
    to_claims = {a["href"][1:] for a in soup.select("a.to-claim")}
    to_spans = {a["href"][1:] for a in soup.select("a.to-span")}
    assert to_claims == claim_ids
    assert to_spans == span_ids
    sale = next(li for li in soup.select(".claims li") if "Sells your data" in li.get_text())
    quote_id = sale.select_one("a.to-span")["href"][1:]
    anchor = soup.find(id=quote_id)
    assert anchor.find_next("mark").get_text().startswith("We sell your data to <script>")


def test_overlapping_spans_are_marked_deeper_and_quotes_elsewhere_are_counted():
    label = labelled(OLD_POLICY)
    found = highlight_policy(label, OLD_POLICY)
    assert found.misplaced == 0
    assert len(found.spans) >= 8
    shifted = "Preface.\n" + OLD_POLICY
    elsewhere = highlight_policy(label, shifted)
    assert elsewhere.spans == [] and elsewhere.misplaced > 0
    start = OLD_POLICY.index("We collect your name")
    evidence = Evidence(quote=OLD_POLICY[start : start + 10], start=start, end=start + 10)
    nested = label.model_copy(
        update={"purposes": [label.purposes[0].model_copy(update={"evidence": [evidence]})]}
    )
    tokens = highlight_policy(nested, OLD_POLICY).tokens
    assert max(token.depth for token in tokens) >= 2


def test_show_command_writes_the_page(tmp_path: Path):
    policy = tmp_path / "policy.md"
    policy.write_text(hostile(), encoding="utf-8")
    out = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["show", str(policy), "--engine", "rules", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "<mark" in out.read_text(encoding="utf-8")


def test_show_with_a_label_of_another_version_warns_and_skips_its_quotes(tmp_path: Path):
    old = tmp_path / "old.md"
    old.write_text(OLD_POLICY, encoding="utf-8")
    saved = tmp_path / "old.json"
    saved.write_text(
        CliRunner().invoke(main, ["label", str(old), "--format", "json"]).stdout, encoding="utf-8"
    )
    new = tmp_path / "new.md"
    new.write_text("Preface.\n" + OLD_POLICY, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(new), "--label", str(saved)])
    assert result.exit_code == 0
    assert "not at their offsets" in result.stderr
