"""Sentence and heading splitting for the rules engine (synthetic texts)."""

from __future__ import annotations

from summarizer.engines.rules.sentences import MAX_SENTENCE, clause_span, split_chunk


def _texts(text: str) -> list[str]:
    sentences, _ = split_chunk(text)
    return [text[s.start : s.end] for s in sentences]


def test_sentences_are_exact_slices_without_markup_or_list_markers() -> None:
    text = "Intro line here.\n\n  * **We keep logs.** They expire.\n- Second item is here;\n"
    sentences, _ = split_chunk(text)
    for sentence in sentences:
        quote = text[sentence.start : sentence.end]
        assert quote == quote.strip()
        assert not quote.startswith(("*", "-", "_"))
    assert "Second item is here;" in _texts(text)


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "We work with vendors, e.g. hosting firms in the U.S. and Canada. Then we stop."
    assert _texts(text) == [
        "We work with vendors, e.g. hosting firms in the U.S. and Canada.",
        "Then we stop.",
    ]


def test_hard_wrapped_lines_are_joined_into_one_sentence() -> None:
    text = "Our servers record the type of browser\nyou use and the pages you visit.\n"
    assert _texts(text) == [
        "Our servers record the type of browser\nyou use and the pages you visit."
    ]


def test_markdown_bold_and_plain_headings_become_context() -> None:
    text = "# Data Policy\n\n**WHAT WE GATHER**\n\nLocation data\n\nWe read it from your phone.\n"
    sentences, headings = split_chunk(text)
    assert [h.text for h in headings] == ["Data Policy", "WHAT WE GATHER", "Location data"]
    assert sentences[0].headings == ("Data Policy", "WHAT WE GATHER", "Location data")


def test_chunk_heading_path_comes_first_and_new_markdown_heading_replaces_deeper_ones() -> None:
    text = "## Cookies\n\nWe set cookies.\n\n## Security\n\nWe encrypt data.\n"
    sentences, _ = split_chunk(text, ("Acme Policy",))
    assert sentences[0].headings == ("Acme Policy", "Cookies")
    assert sentences[1].headings == ("Acme Policy", "Security")


def test_bold_lead_in_is_a_heading_for_its_paragraph_only() -> None:
    text = "**Vendors.** We hire vendors. They help us.\n\nA new paragraph.\n"
    sentences, headings = split_chunk(text)
    assert headings[0].text == "Vendors"
    assert sentences[0].headings[-1] == "Vendors"
    assert sentences[-1].headings == ()


def test_list_items_remember_the_sentence_that_introduced_them() -> None:
    text = "We may receive the following data:\n\n- your birthday\n- your employer\n\nAfter the list.\n"
    sentences, _ = split_chunk(text)
    items = [s for s in sentences if s.list_item]
    assert [text[s.start : s.end] for s in items] == ["your birthday", "your employer"]
    assert all(s.lead == "We may receive the following data:" for s in items)
    assert sentences[-1].lead is None


def test_a_sentence_ending_in_a_colon_is_a_lead_not_a_heading() -> None:
    text = "We do not rent your data. We disclose it as follows:\n\n- to auditors\n"
    sentences, headings = split_chunk(text)
    assert headings == []
    assert sentences[-1].lead == "We disclose it as follows:"


def test_consecutive_short_lines_are_items_not_headings() -> None:
    text = "Intro paragraph that is long enough to be body text for sure.\n\nName\nPhone\n"
    _, headings = split_chunk(text)
    assert [h.text for h in headings if h.text in ("Name", "Phone")] == []


def test_clause_span_cuts_an_overlong_sentence_around_its_anchor() -> None:
    parts = [f"clause number {i} talks about something else entirely" for i in range(20)]
    sentence = "; ".join(parts) + "; we sell nothing here."
    start, end = clause_span(sentence, 0, len(sentence), sentence.index("we sell"), limit=120)
    assert end - start <= 120
    assert "we sell nothing here" in sentence[start:end]


def test_a_run_on_text_is_read_in_bounded_pieces() -> None:
    text = "we may share your e-mail address with advertisers, " * 500
    sentences, _ = split_chunk(text)
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start : s.end] in text for s in sentences)


def test_a_label_value_line_of_a_record_is_not_a_heading() -> None:
    text = (
        "Type: Marketing\nProvider: Example Ads Inc.\nPurpose: to show you offers on other sites\n\n"
        "Payments. Card payments are handled by our processor.\n"
    )
    sentences, headings = split_chunk(text)
    assert [h.text for h in headings] == []
    payments = next(s for s in sentences if text[s.start : s.end].startswith("Payments"))
    assert payments.headings == ()


def test_a_label_line_over_body_text_is_still_a_heading() -> None:
    text = "Section 4: Cookies\n\nWe use cookies to keep you signed in and to count visits.\n"
    _, headings = split_chunk(text)
    assert [h.text for h in headings] == ["Section 4: Cookies"]
