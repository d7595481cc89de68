"""Pages beyond the label page: compare services, and what changed between versions.

Both work on labels this session has already made on the label page (so its progress,
cancel and limits apply), found only through that session; `versions` holds them and
the highlighted policy, a view of a label's own page.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.routing import BaseRoute, Route

from summarizer.web import versions


@dataclass(frozen=True)
class ExtraPage:
    """A page in the navigation beyond the label page."""

    name: str
    path: str
    title: str


EXTRA_PAGES = (
    ExtraPage("compare", "/compare", "Compare services"),
    ExtraPage("diff", "/diff", "What changed"),
)


def extra_routes() -> list[BaseRoute]:
    """The routes of the compare and diff pages and of the highlighted policy."""
    return [
        Route("/compare", versions.compare_page, methods=["GET"]),
        Route("/compare/table.{fmt}", versions.compare_table, methods=["GET"]),
        Route("/diff", versions.diff_page, methods=["GET"]),
        Route("/diff/changes.{fmt}", versions.diff_table, methods=["GET"]),
        Route("/jobs/{job_id}/policy.html", versions.highlighted_policy, methods=["GET"]),
    ]
