"""The line every card shows about the document: where the policy came from and the
date it states ("Source: https://acme.example/privacy · Policy last updated 2025-03-03")."""

from __future__ import annotations

from summarizer.label.schema import PrivacyNutritionLabel

_DATE_WORDS = {"last_updated": "Policy last updated", "effective": "Policy effective"}


def document_line(label: PrivacyNutritionLabel) -> str:
    """Source and stated date in plain words (the date says "not stated" when absent)."""
    document = label.document
    source = document.source or label.provenance.source or "text given directly"
    date = document.policy_date
    if date.date:
        when = f"{_DATE_WORDS.get(date.kind or '', 'Policy dated')} {date.date}"
    else:
        when = "Policy date not stated"
    return f"Source: {source} · {when}"
