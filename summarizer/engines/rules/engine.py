"""The offline rules engine: a deterministic `Extractor` that needs no model or key.

It reads a chunk sentence by sentence (`sentences`), works out what each sentence
does with data (`analysis`, `purposes`, `collection`, `sharing`, `answers`,
`contacts`) from the vocabulary in `lexicon`, and returns `ChunkFindings` whose
quotes are exact slices of the chunk text, so grounding always finds them.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right

from summarizer.engines.base import ExtractionResult
from summarizer.engines.rules import cues, grammar, lexicon
from summarizer.engines.rules.analysis import (
    Facts,
    heading_kinds,
    lower_ascii,
    mask_policy,
    mask_text,
    read_sentence,
)
from summarizer.engines.rules.answers import read_answers
from summarizer.engines.rules.collection import read_collection, sources_named_in
from summarizer.engines.rules.contacts import (
    policy_profile,
    read_addresses,
    read_contacts,
    read_phones,
)
from summarizer.engines.rules.heading_context import HeadingContext
from summarizer.engines.rules.purposes import read_purposes
from summarizer.engines.rules.reading import Collector, Profile, Reading
from summarizer.engines.rules.restated_reading import (
    read_answer_cell,
    read_answered_question,
    read_provider_line,
)
from summarizer.engines.rules.restatements import asks_yes_no
from summarizer.engines.rules.rights import read_rights
from summarizer.engines.rules.sentences import Heading, Sentence, split_chunk
from summarizer.engines.rules.sharing import named_vendors, read_sharing
from summarizer.engines.rules.triggers import Gated
from summarizer.label.findings import ChunkFindings
from summarizer.label.schema import DataCategory, Purpose, Recipient, Source
from summarizer.text.chunking import Chunk
from summarizer.text.injection import find_injections, injections_between


def _vocabulary_digest() -> str:
    """A short hash of every vocabulary table and cue, so a changed word shows in reports."""
    parts = [
        f"{module.__name__}.{name}={getattr(module, name)!r}"
        for module in (lexicon, grammar, cues)
        for name in sorted(vars(module))
        if name.isupper()
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:8]


# The engine's logic version (bump by hand) plus the digest of its vocabulary.
RULES_VERSION = f"rules-16+{_vocabulary_digest()}"


class RulesExtractor:
    """Reads a chunk with the rules engine: no network, no randomness, no cost."""

    engine = "rules"
    reads_inline = True  # pure CPU: see `engines.base.reads_inline`

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        return ExtractionResult(findings=read_chunk(chunk, policy_text))

    async def aextract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        """The same as `extract`: pure CPU and fast, so it runs inline, not in a thread."""
        return self.extract(chunk, policy_text)

    def describe(self) -> dict[str, str | None]:
        return {"model": None, "endpoint": None, "mode": None, "prompt_version": RULES_VERSION}


def read_chunk(chunk: Chunk, policy_text: str) -> ChunkFindings:
    """Everything the rules can read in one chunk."""
    profile = policy_profile(policy_text) if policy_text else Profile()
    text = chunk.text
    if policy_text:
        masked, lowered = mask_policy(policy_text).chunk(text, chunk.start)
    else:
        masked = mask_text(text)
        lowered = lower_ascii(masked)
    sentences, headings = split_chunk(text, chunk.heading_path)
    # Text addressed to a model is not read: not for claims (grounding would drop them)
    # and not as the context ("they", "such data") of the sentence after it.
    injected = _injections(chunk, policy_text)
    out = Collector()
    previous: Facts | None = None
    previous_headings: tuple[str, ...] | None = None
    previous_recipients: tuple[Recipient, ...] = ()
    last_lead: tuple[str, Facts] | None = None
    last_read: Facts | None = None
    list_intro: Facts | None = None
    collected_before = collected_before_previous = 0  # len(out.collected) before a sentence
    asked: Sentence | None = None  # a yes/no question just read: the next sentence may answer it
    # The table row being read (its quote), and the purposes, data and sources its cells name.
    row_quote = ""
    row_purposes: list[Purpose] = []
    row_categories: list[DataCategory] = []
    row_sources: list[Source] = []
    for sentence in sentences:
        if injected and _inside(injected, sentence.start, sentence.end):
            continue
        facts = read_sentence(lowered[sentence.start : sentence.end], profile.first_party)
        if sentence.headings != previous_headings:
            previous, previous_recipients = None, ()
            list_intro = None
            context = HeadingContext.of(sentence.headings)
        lead: Facts | None = None
        if sentence.lead is not None:
            if last_lead is None or last_lead[0] != sentence.lead:
                lead_masked = lower_ascii(mask_text(sentence.lead))
                # The lead is usually the sentence read just before: same text, same facts.
                if last_read is not None and last_read.text == lead_masked:
                    last_lead = (sentence.lead, last_read)
                else:
                    last_lead = (sentence.lead, read_sentence(lead_masked, profile.first_party))
            lead = last_lead[1]
        reading = Reading(
            text=text,
            masked=masked,
            sentence=sentence,
            facts=facts,
            kinds=context.kinds,
            inner_kinds=context.inner_kinds,
            lead=lead,
            previous=previous,
            list_intro=list_intro if sentence.list_item and lead is None else None,
            previous_recipients=previous_recipients,
            heading_recipients=context.recipients,
            heading_categories=context.categories,
            profile=profile,
        )
        if asks_yes_no(facts.text):
            # "Do we sell your data?" claims nothing (the answer that follows may), but
            # "Would you like us to erase your file?" offers a right.
            read_rights(reading, out)
            read_contacts(reading, out)
            previous = last_read = facts
            previous_headings = sentence.headings
            list_intro = None
            asked = sentence
            continue
        if asked is not None and asked.headings == sentence.headings:
            read_answered_question(text, asked, sentence, reading, out)
        asked = None
        purposes = read_purposes(reading, out)
        if (
            previous is not None
            and facts.gates & _ON_DEVICE_ONLY.bit
            and _keeps_previous_on_device(facts)
        ):
            # "I may ask you for your name and location. The information that I request
            # will be retained on your device and is not collected by me": the request
            # before was no collection.
            del out.collected[collected_before_previous:]
        collected_before_previous = collected_before
        collected_before = len(out.collected)
        if sentence.row is not None:
            if reading.quote() != row_quote:
                out.add_to_row(row_quote, row_purposes, row_categories, row_sources)
                row_quote, row_purposes, row_categories, row_sources = reading.quote(), [], [], []
            row_purposes.extend(purposes)
            row_categories.extend(DataCategory(term.key) for term in facts.categories)
            if _SOURCES_COLUMN.search(sentence.headings[-1]):
                row_sources.extend(sources_named_in(facts.text))  # "Directly from you"
            read_answer_cell(text, sentence, reading, out)
        read_collection(reading, out, purposes)
        recipients = read_sharing(reading, out, purposes)
        read_answers(reading, out)
        read_provider_line(text, sentence, reading, out)  # "Personal Data processed: ..."
        read_contacts(reading, out)
        previous = last_read = facts
        previous_headings = sentence.headings
        if not sentence.list_item:
            list_intro = None if text[sentence.end - 1] in ".!?;" else facts
        if recipients:
            previous_recipients = recipients
        elif facts.recipients:
            previous_recipients = tuple(dict.fromkeys(Recipient(t.key) for t in facts.recipients))
    out.add_to_row(row_quote, row_purposes, row_categories, row_sources)
    if len(headings) > 2:
        _vendor_headings(text, lowered, sentences, headings, profile, out)
    read_addresses(text, masked, out)
    read_phones(text, out)
    name = profile.name if profile.name and _names(profile, masked, chunk.index) else None
    return out.findings(name)


_ON_DEVICE_ONLY = Gated(cues.ON_DEVICE_ONLY)
# A table column that says where each row's data comes from ("Categories of sources").
_SOURCES_COLUMN = re.compile(r"(?i)\bsources?\b")


def _vendor_headings(
    text: str,
    lowered: str,
    sentences: list[Sentence],
    headings: list[Heading],
    profile: Profile,
    out: Collector,
) -> None:
    """Vendors named on short lines of their own in a sharing section, which the splitter
    takes for headings: a Termly policy prints "* Web and Mobile Analytics" and then
    "Google Analytics" on the line below. Each is a recipient of its kind, quoting the
    line; not below a sentence that denies ("We have never worked with ad networks:")."""
    starts = [sentence.start for sentence in sentences]
    for heading in headings:
        names = named_vendors(lowered[heading.start : heading.end])
        if not names:
            continue
        index = bisect_right(starts, heading.start)
        under = index < len(sentences) and sentences[index].headings[-1:] == (heading.text,)
        # the section it stands in: that of the sentence under it, or (the last name of a
        # list) of the one above it
        context = sentences[index] if under else sentences[index - 1] if index > 0 else None
        if context is None or "share" not in heading_kinds(context.headings):
            continue
        if index > 0:
            before = sentences[index - 1]
            facts = read_sentence(lowered[before.start : before.end], profile.first_party)
            if any(v.negated for v in facts.verbs):
                continue
        for recipient in names:
            out.share(recipient, text[heading.start : heading.end])


def _keeps_previous_on_device(facts: Facts) -> bool:
    """Whether the sentence says the data the sentence before asked for stays on the
    device and is not collected ("The information that I request will be retained on
    your device and is not collected by me in any way")."""
    return bool(_ON_DEVICE_ONLY.search_in(facts)) and bool(cues.BACK_REFERENCE.match(facts.text))


def _injections(chunk: Chunk, policy_text: str) -> list[tuple[int, int]]:
    """The spans of the chunk's text addressed to a model, relative to the chunk: from
    the whole policy's (found once per policy) when the chunk's offsets index
    `policy_text`, else from the chunk's own text."""
    if policy_text[chunk.start : chunk.end] == chunk.text:
        return injections_between(policy_text, chunk.start, chunk.end)
    return find_injections(chunk.text)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether text[start:end] lies inside one of `spans` (sorted, disjoint)."""
    index = bisect_right([span_start for span_start, _ in spans], start) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def _names(profile: Profile, masked: str, index: int) -> bool:
    """Whether this chunk should report the service name (first chunk, or it names it)."""
    if index == 0:
        return True
    return bool(profile.first_party and profile.first_party.search(masked))
