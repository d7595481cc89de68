"""What the label says about the document itself: its source, format, title, language,
whether it reads as a privacy policy, and the date it states (LABEL_SPEC, "The document
itself"). A document in a language the engines cannot read, or that is not a privacy
policy, is marked not gradable, with the reason in one sentence.
"""

from __future__ import annotations

from bisect import bisect_right

from summarizer.label.schema import DocumentInfo, Evidence, PolicyDate
from summarizer.text.dating import find_policy_date
from summarizer.text.headings import find_headings
from summarizer.text.language import detect_language
from summarizer.text.loading import PolicyDocument
from summarizer.text.policy_kind import check_privacy_policy


def describe_document(document: PolicyDocument) -> DocumentInfo:
    """The `DocumentInfo` of a loaded policy (see the module docstring)."""
    text = document.text
    info = DocumentInfo(
        source=document.source,
        format=document.format,
        title=document.title,
        policy_date=_policy_date(text),
    )
    language = detect_language(text)
    if language is not None:
        info.language, info.language_name = language.code, language.name
        if not language.readable:
            info.gradable = False
            info.not_graded_reason = (
                f"The policy is written in {language.name}; the engines read English only."
            )
            return info
    check = check_privacy_policy(text)
    info.privacy_policy = check.verdict
    if check.verdict == "no":
        info.gradable = False
        info.not_graded_reason = check.reason[0].upper() + check.reason[1:] + "."
    return info


def _policy_date(text: str) -> PolicyDate:
    stated = find_policy_date(text)
    if stated is None:
        return PolicyDate()
    return PolicyDate(
        date=stated.date,
        kind=stated.kind,
        evidence=[
            Evidence(
                quote=stated.quote,
                start=stated.start,
                end=stated.end,
                section=_section_at(text, stated.start),
            )
        ],
    )


def _section_at(text: str, offset: int) -> str | None:
    """The title of the heading whose section holds `offset` (None before the first)."""
    headings = find_headings(text[: offset + 1])
    starts = [heading.start for heading in headings]
    index = bisect_right(starts, offset) - 1
    return headings[index].title if index >= 0 else None
