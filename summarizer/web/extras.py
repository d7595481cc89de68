"""Pages beyond the label page, each shown when the module behind it exists.

The compare and diff pages need `summarizer.label.comparison` (`compare_labels`) and
`summarizer.label.changes` (`diff_labels`); the highlighted policy needs a highlight
renderer. Until those are part of the package, `extra_pages()` and `extra_routes()` are
empty and the navigation shows only the label page. Each page, when added, works on
labels this session has already made (`JobStore.get` with the session, so one visitor's
labels never reach another's page); a finished job keeps its policy text
(`Job.policy_text`) for the highlight and diff views.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.routing import BaseRoute


@dataclass(frozen=True)
class ExtraPage:
    """A page in the navigation beyond the label page (compare, diff, ...)."""

    name: str
    path: str
    title: str


def extra_pages() -> list[ExtraPage]:
    """The navigation entries of the extra pages that exist."""
    return []


def extra_routes() -> list[BaseRoute]:
    """The routes of the extra pages that exist."""
    return []
