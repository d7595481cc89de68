"""Reading the statements `restatements` makes of a policy's own words (a question and
its answer, a table row and its yes or no, a service's data line) in the place of the
sentence they stand for, their findings quoted with the policy's words."""

from __future__ import annotations

from dataclasses import replace

from summarizer.engines.rules.analysis import lower_ascii, mask_text, read_sentence
from summarizer.engines.rules.answers import read_answers
from summarizer.engines.rules.collection import read_collection
from summarizer.engines.rules.purposes import read_purposes
from summarizer.engines.rules.reading import Collector, Reading
from summarizer.engines.rules.restatements import (
    answer_word,
    answered_column,
    continued,
    kept_for_column,
    processed_by_provider,
    restated,
    set_by_column,
    third_party_cell,
)
from summarizer.engines.rules.sentences import Sentence
from summarizer.engines.rules.sharing import read_sharing


def read_answered_question(
    text: str, asked: Sentence, answer: Sentence, reading: Reading, out: Collector
) -> None:
    """Read "Do we sell your data? No." as "we do not sell your data", quoted as the
    question and its yes or no."""
    answer_text = text[answer.start : answer.end]
    word = answer_word(answer_text)
    statement = restated(text[asked.start : asked.end], word) if word else None
    if statement is not None:
        statement, end = continued(statement, answer_text)
        read_restated(statement, text[asked.start : answer.start + end], reading, out)


def read_answer_cell(text: str, cell: Sentence, reading: Reading, out: Collector) -> None:
    """Read "Email address | Yes | No" under "Data | Collected | Sold" as "we do not
    sell email address", "Billing address | 7 years" under "Data | Retention" as "we
    keep Billing address for 7 years", and "_ga | Google Analytics" under "Cookie |
    Provider" as "Google Analytics sets cookies on our site", quoted as the row."""
    if cell.row is None or not cell.headings:
        return
    # The row's data: its cells before the first that answers yes or no.
    data: list[str] = []
    for part in text[cell.row[0] : cell.start].split("|"):
        if answer_word(part) is not None:
            break
        data.append(part.strip(" *_"))
    column, cell_text, row_data = (
        cell.headings[-1],
        text[cell.start : cell.end],
        ", ".join(filter(None, data)),
    )
    about_cookies = any("cookie" in heading.lower() for heading in cell.headings)
    statement = (
        answered_column(column, cell_text, row_data)
        or kept_for_column(column, cell_text, row_data)
        or set_by_column(column, cell_text, about_cookies)
        or third_party_cell(cell_text, about_cookies)
    )
    if statement is not None:
        read_restated(statement, reading.quote(), reading, out)


def read_restated(statement: str, quote: str, reading: Reading, out: Collector) -> None:
    """Read a statement made of the policy's own words (a question and its answer, a
    table row and its yes or no) in `reading`'s place, its findings quoted with `quote`."""
    masked = mask_text(statement)
    restatement = replace(
        reading,
        text=statement,
        masked=masked,
        sentence=Sentence(0, len(statement), reading.sentence.headings),
        facts=read_sentence(lower_ascii(masked), reading.profile.first_party),
        lead=None,
        previous=None,
        list_intro=None,
        previous_recipients=(),
    )
    scratch = Collector()
    purposes = read_purposes(restatement, scratch)
    read_collection(restatement, scratch, purposes)
    read_sharing(restatement, scratch, purposes)
    read_answers(restatement, scratch)
    out.absorb(scratch, quote)


def read_provider_line(text: str, sentence: Sentence, reading: Reading, out: Collector) -> None:
    """Read "Personal Data processed: Cookies; Usage Data." under "Google Analytics
    (Google Ireland Limited)" as that company getting that data (`processed_by_provider`),
    quoted as the line."""
    provided = processed_by_provider(text[sentence.start : sentence.end], sentence.headings)
    if provided is not None:
        read_restated(provided, reading.quote(), reading, out)
