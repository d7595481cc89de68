"""The label card and the downloads of a finished job.

The card is the same HTML as `summarizer label --format html`, served with a policy
that allows exactly its own inline styles (by hash) and no script; the page shows it
in a sandboxed frame.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from summarizer.label.schema import PrivacyNutritionLabel
from summarizer.render import render_html, render_json, render_markdown, render_png
from summarizer.render.png import NO_BROWSER, find_chromium
from summarizer.render.views import RenderError, ViewName
from summarizer.web.jobs import Job
from summarizer.web.responses import find_job, no_job, problem, view_of
from summarizer.web.security import own_styles_csp


def framed_headers(html: str) -> dict[str, str]:
    """Headers for a self-contained page shown in the label page's sandboxed frame."""
    return {"content-security-policy": own_styles_csp(html), "x-frame-options": "SAMEORIGIN"}


def _safe_stem(name: str) -> str:
    """The last part of `name` with anything but letters, digits, '.', '_' and '-' replaced."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name.rsplit("/", 1)[-1]).strip("-._")


def attachment(name: str, suffix: str) -> dict[str, str]:
    """A download header with a file name made safe from `name`."""
    return {
        "content-disposition": f'attachment; filename="{_safe_stem(name)[:80] or "label"}{suffix}"'
    }


def _finished_label(request: Request) -> tuple[Job, Any] | Response:
    job = find_job(request)
    if job is None:
        return no_job(request)
    if job.label is None:
        return problem(request, 409, "Not ready", "This policy has no label yet.")
    return job, job.label


def _attachment(job: Job, view: str, suffix: str) -> dict[str, str]:
    stem = (_safe_stem(job.source_name)[:60] or "policy") + ("" if view == "label" else f"-{view}")
    return attachment(f"label-{stem}", suffix)


async def card(request: Request) -> Response:
    found = _finished_label(request)
    if isinstance(found, Response):
        return found
    job, label = found
    view = view_of(request)
    html = render_html(label, view)
    headers = framed_headers(html)
    if request.query_params.get("download"):
        headers.update(_attachment(job, view, ".html"))
    return HTMLResponse(html, headers=headers)


async def label_json(request: Request) -> Response:
    return _text_download(request, render_json, "application/json", ".json")


async def label_markdown(request: Request) -> Response:
    return _text_download(request, render_markdown, "text/markdown; charset=utf-8", ".md")


def _text_download(
    request: Request,
    render: Callable[[PrivacyNutritionLabel, ViewName], str],
    media_type: str,
    suffix: str,
) -> Response:
    """The finished label rendered as text by `render`, as a download."""
    found = _finished_label(request)
    if isinstance(found, Response):
        return found
    job, label = found
    view = view_of(request)
    return Response(
        render(label, view), media_type=media_type, headers=_attachment(job, view, suffix)
    )


async def label_png(request: Request) -> Response:
    found = _finished_label(request)
    if isinstance(found, Response):
        return found
    job, label = found
    view = view_of(request)
    if view not in job.pngs:
        if find_chromium() is None:
            return problem(request, 503, "No PNG", f"{NO_BROWSER} on the server.")
        try:
            job.pngs[view] = await anyio.to_thread.run_sync(render_png, label, view)
        except RenderError as error:
            return problem(request, 500, "No PNG", str(error))
    return Response(job.pngs[view], media_type="image/png", headers=_attachment(job, view, ".png"))
