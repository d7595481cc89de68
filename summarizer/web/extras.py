"""Pages beyond the label page, each shown when the modules behind it are installed.

- **Compare** (`/compare`): two or more labels side by side, with
  `summarizer.label.comparison.compare_labels` and `summarizer.render.comparison`.
- **Diff** (`/diff`): two versions of a policy, with `summarizer.label.changes.diff_labels`
  and `summarizer.render.changes`.
- **Policy, highlighted** (a view on a label's page): the policy text with every quote
  marked, with `summarizer.render.highlight`.

Each works on labels this session has already made on the label page (so the label
page's progress, cancel and limits apply), and finds them only for their session.
When a module is missing, its page is simply not there: no link, no route.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.util import find_spec

from starlette.routing import BaseRoute, Route

COMPARE_MODULES = ("summarizer.label.comparison", "summarizer.render.comparison")
DIFF_MODULES = ("summarizer.label.changes", "summarizer.render.changes")
HIGHLIGHT_MODULES = ("summarizer.render.highlight",)


@dataclass(frozen=True)
class ExtraPage:
    """A page in the navigation beyond the label page (compare, diff, ...)."""

    name: str
    path: str
    title: str


def installed(modules: tuple[str, ...]) -> bool:
    """Whether every module named can be imported (without importing it)."""
    try:
        return all(find_spec(name) is not None for name in modules)
    except ModuleNotFoundError:  # a parent package is missing
        return False


def highlight_available() -> bool:
    return installed(HIGHLIGHT_MODULES)


def extra_pages() -> list[ExtraPage]:
    """The navigation entries of the extra pages that exist."""
    pages = []
    if installed(COMPARE_MODULES):
        pages.append(ExtraPage("compare", "/compare", "Compare services"))
    if installed(DIFF_MODULES):
        pages.append(ExtraPage("diff", "/diff", "What changed"))
    return pages


def extra_routes() -> list[BaseRoute]:
    """The routes of the extra pages that exist."""
    from summarizer.web import versions

    routes: list[BaseRoute] = []
    if installed(COMPARE_MODULES):
        routes += [
            Route("/compare", versions.compare_page, methods=["GET"]),
            Route("/compare/table.{fmt}", versions.compare_table, methods=["GET"]),
        ]
    if installed(DIFF_MODULES):
        routes += [
            Route("/diff", versions.diff_page, methods=["GET"]),
            Route("/diff/changes.{fmt}", versions.diff_table, methods=["GET"]),
        ]
    if highlight_available():
        routes.append(
            Route("/jobs/{job_id}/policy.html", versions.highlighted_policy, methods=["GET"])
        )
    return routes
