"""What one chunk of a policy says: the response model of every extractor.

An extractor (the LLM client, the offline rules engine, a test fake) reads one chunk
and returns `ChunkFindings`. Each finding carries a `quote` copied from the chunk;
grounding locates the quote in the policy text and turns it into `Evidence`, or
drops the finding. The merge step folds the grounded findings of all chunks into one
`PrivacyNutritionLabel`.

The bounds (`max_length`, `max_length` on lists) keep a weak model from running away;
they become `maxLength`/`maxItems` in the JSON Schema sent to the model.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer.label.schema import DataCategory, Purpose, Recipient, Right, Source

MAX_QUOTE_CHARS = 600
# Per list, per chunk: a bound on a model's output, sized for a chunk packed with
# several sections (a long data-collection section alone can hold ~30 claims).
MAX_ITEMS = 48

Quote = Annotated[
    str,
    Field(
        min_length=3,
        max_length=MAX_QUOTE_CHARS,
        description="Copied character for character from the policy text, one sentence or clause.",
    ),
]


class Question(str, Enum):
    """The yes/no questions a chunk can answer. `yes`/`no` mean, per question:

    - do_not_track: yes = Do Not Track signals are honored, no = they are not.
    - personal_notice_of_changes: yes = users are notified directly of changes,
      no = changes are only posted on the site.
    - every right (access ... complaint_to_authority): yes = users have it, no = the
      policy says they do not.
    """

    sells_personal_data = "sells_personal_data"
    third_party_tracking = "third_party_tracking"
    do_not_track = "do_not_track"
    retention_stated = "retention_stated"
    security_measures_described = "security_measures_described"
    knowingly_collects_from_children = "knowingly_collects_from_children"
    international_transfer = "international_transfer"
    personal_notice_of_changes = "personal_notice_of_changes"
    access = "access"
    correction = "correction"
    deletion = "deletion"
    portability = "portability"
    opt_out_marketing = "opt_out_marketing"
    opt_out_targeted_ads = "opt_out_targeted_ads"
    cookie_controls = "cookie_controls"
    withdraw_consent = "withdraw_consent"
    object_or_restrict = "object_or_restrict"
    complaint_to_authority = "complaint_to_authority"


RIGHT_QUESTIONS: dict[Question, Right] = {Question(right.value): right for right in Right}


class _Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CollectedFinding(_Finding):
    category: DataCategory
    sources: list[Source] = Field(default_factory=list, max_length=3)
    purposes: list[Purpose] = Field(default_factory=list, max_length=8)
    quote: Quote


class NotCollectedFinding(_Finding):
    category: DataCategory
    quote: Quote


class PurposeFinding(_Finding):
    purpose: Purpose
    quote: Quote


class SharingFinding(_Finding):
    recipient: Recipient
    categories: list[DataCategory] = Field(default_factory=list, max_length=14)
    purposes: list[Purpose] = Field(default_factory=list, max_length=8)
    quote: Quote


class AnswerFinding(_Finding):
    question: Question
    answer: Literal["yes", "no"]
    detail: str | None = Field(
        default=None,
        max_length=160,
        description="retention_stated: the period; security_measures_described: the measure.",
    )
    quote: Quote


class ChildrenAgeFinding(_Finding):
    min_age: int = Field(
        ge=1, le=21, description="The age under which the policy treats users as children."
    )
    quote: Quote


class ContactFinding(_Finding):
    kind: Literal["email", "url", "address", "phone"]
    value: str = Field(max_length=300)
    quote: Quote


class ChunkFindings(_Finding):
    """Everything one chunk states. Empty lists when the chunk is silent."""

    service_name: str | None = Field(default=None, max_length=80)
    data_collected: list[CollectedFinding] = Field(default_factory=list, max_length=MAX_ITEMS)
    data_not_collected: list[NotCollectedFinding] = Field(
        default_factory=list, max_length=MAX_ITEMS
    )
    purposes: list[PurposeFinding] = Field(default_factory=list, max_length=MAX_ITEMS)
    sharing: list[SharingFinding] = Field(default_factory=list, max_length=MAX_ITEMS)
    answers: list[AnswerFinding] = Field(default_factory=list, max_length=MAX_ITEMS)
    children_age: list[ChildrenAgeFinding] = Field(default_factory=list, max_length=4)
    contacts: list[ContactFinding] = Field(default_factory=list, max_length=12)

    def count(self) -> int:
        """How many claims (findings with a quote) this holds."""
        return sum(
            len(items)
            for items in (
                self.data_collected,
                self.data_not_collected,
                self.purposes,
                self.sharing,
                self.answers,
                self.children_age,
                self.contacts,
            )
        )
