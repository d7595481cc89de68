"""The compare and diff pages, and the highlighted policy: views over labels this
session has made on the label page, with the code of `summarizer compare`, `diff` and
`show`. Every label is found through the session that made it.

    GET /compare?job=A&job=B...           choose labels; the table in a sandboxed frame
    GET /compare/table.{html,md,csv,json}?job=A&job=B...
    GET /diff?old=A&new=B                 choose two versions; the changes in a frame
    GET /diff/changes.{html,md,json}?old=A&new=B
    GET /jobs/{id}/policy.html            the policy text with every quote marked
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from summarizer.label.changes import diff_labels
from summarizer.label.comparison import compare_labels
from summarizer.render.changes import render_diff
from summarizer.render.comparison import render_comparison
from summarizer.render.highlight import render_highlight
from summarizer.web.downloads import attachment, framed_headers
from summarizer.web.jobs import Job
from summarizer.web.responses import find_job, no_job, page, problem, web
from summarizer.web.security import session_of

MAX_COMPARED = 8
COMPARE_FORMATS = {"html": "text/html", "md": "text/markdown", "csv": "text/csv", "json": ""}
DIFF_FORMATS = {"html": "text/html", "md": "text/markdown", "json": ""}


def _name(job: Job) -> str:
    service = job.label.service_name if job.label is not None else None
    return service or job.source_name


def _labelled(request: Request) -> list[Job]:
    session = session_of(request)
    return web(request).jobs.finished(session) if session else []


def _resolve(request: Request, ids: list[str]) -> list[Job] | None:
    """The session's finished jobs with these ids, or None if any is not one."""
    jobs = []
    session = session_of(request)
    for job_id in ids:
        job = web(request).jobs.get(session, job_id) if session else None
        if job is None or job.label is None:
            return None
        jobs.append(job)
    return jobs


def _compare_choice(request: Request) -> tuple[list[Job] | None, str | None]:
    ids = request.query_params.getlist("job")
    if not ids:
        return None, None
    if len(set(ids)) < 2:
        return None, "Choose at least two labels to compare."
    if len(ids) > MAX_COMPARED:
        return None, f"Compare at most {MAX_COMPARED} labels at once."
    jobs = _resolve(request, list(dict.fromkeys(ids)))
    if jobs is None:
        return None, "One of those is not a label made in this browser."
    return jobs, None


async def compare_page(request: Request) -> Response:
    jobs, message = _compare_choice(request)
    context: dict[str, Any] = {
        "page": "compare",
        "labelled": _labelled(request),
        "chosen": request.query_params.getlist("job"),
        "problem": message,
        "query": urlencode([("job", job.id) for job in jobs]) if jobs else "",
        "name_of": _name,
    }
    return page(request, "compare.html.j2", 400 if message else 200, **context)


async def compare_table(request: Request) -> Response:

    fmt = request.path_params["fmt"]
    jobs, message = _compare_choice(request)
    if fmt not in COMPARE_FORMATS or jobs is None:
        return problem(request, 404, "Not found", message or "There is no such table.")
    labels = [job.label for job in jobs if job.label is not None]
    table = compare_labels(labels, names=[_name(job) for job in jobs])
    if fmt == "html":
        html = render_comparison(table, "html")
        return HTMLResponse(html, headers=framed_headers(html))
    as_text = cast(Any, fmt)
    body = table.model_dump_json(indent=2) if fmt == "json" else render_comparison(table, as_text)
    media = COMPARE_FORMATS[fmt] or "application/json"
    return Response(body, media_type=media, headers=attachment("comparison", f".{fmt}"))


def _diff_choice(request: Request) -> tuple[tuple[Job, Job] | None, str | None]:
    old_id, new_id = request.query_params.get("old"), request.query_params.get("new")
    if not old_id or not new_id:
        return None, None
    if old_id == new_id:
        return None, "Choose two different labels: the old version and the new one."
    jobs = _resolve(request, [old_id, new_id])
    if jobs is None:
        return None, "One of those is not a label made in this browser."
    return (jobs[0], jobs[1]), None


async def diff_page(request: Request) -> Response:
    pair, message = _diff_choice(request)
    context: dict[str, Any] = {
        "page": "diff",
        "labelled": _labelled(request),
        "old": request.query_params.get("old", ""),
        "new": request.query_params.get("new", ""),
        "problem": message,
        "query": urlencode({"old": pair[0].id, "new": pair[1].id}) if pair else "",
        "name_of": _name,
    }
    return page(request, "diff.html.j2", 400 if message else 200, **context)


async def diff_table(request: Request) -> Response:

    fmt = request.path_params["fmt"]
    pair, message = _diff_choice(request)
    if fmt not in DIFF_FORMATS or pair is None:
        return problem(request, 404, "Not found", message or "There is no such diff.")
    old, new = pair
    assert old.label is not None and new.label is not None
    diff = diff_labels(old.label, new.label, old.policy_text, new.policy_text)
    diff.old.source = diff.old.source or old.source_name
    diff.new.source = diff.new.source or new.source_name
    body = render_diff(diff, cast(Any, fmt))
    if fmt == "html":
        return HTMLResponse(body, headers=framed_headers(body))
    media = DIFF_FORMATS[fmt] or "application/json"
    return Response(body, media_type=media, headers=attachment("changes", f".{fmt}"))


async def highlighted_policy(request: Request) -> Response:

    job = find_job(request)
    if job is None:
        return no_job(request)
    if job.label is None or job.policy_text is None:
        return problem(request, 409, "Not ready", "This policy has no label yet.")
    html = render_highlight(job.label, job.policy_text)
    return HTMLResponse(html, headers=framed_headers(html))
