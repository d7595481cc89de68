"""`lazy` works a value out on first read, keeps it on the instance, and stays out of ==."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.engines.rules.analysis import Facts, read_sentence
from summarizer.engines.rules.lazy import lazy


@dataclass
class _Counted:
    text: str
    calls: int = 0

    @lazy
    def length(self) -> int:
        """The text's length."""
        self.calls += 1
        return len(self.text)


def test_a_lazy_value_is_worked_out_once_on_first_read() -> None:
    item = _Counted("four")
    assert "length" not in vars(item)
    assert item.length == 4 and item.length == 4
    assert item.calls == 1 and vars(item)["length"] == 4


def test_a_lazy_value_is_not_a_field_and_the_class_sees_the_descriptor() -> None:
    read, unread = _Counted("same"), _Counted("same")
    assert read.length == 4
    read.calls = 0
    assert read == unread  # the kept value takes no part in ==
    assert isinstance(_Counted.length, lazy) and _Counted.length.__doc__ == "The text's length."


def test_the_facts_of_a_sentence_keep_what_was_found_on_first_use() -> None:
    facts = read_sentence("if you ask, we delete it; they keep nothing.")
    first = facts.actors
    assert facts.actors is first and vars(facts)["actors"] is first
    assert isinstance(Facts.__dict__["actors"], lazy)
