"""The page's routes: the label form, a job's progress and result, the card, downloads.

    GET  /                         the form, and the server's engine
    POST /jobs                     start labelling (CSRF token; 303 to the job, or JSON)
    GET  /jobs/{id}                progress, then the label: card, grade, downloads, about
    GET  /jobs/{id}/status         progress as JSON (for polling)
    POST /jobs/{id}/cancel         stop the job (CSRF token)
    GET  /jobs/{id}/card.html      the same HTML card as `--format html`, in its own CSP
    GET  /jobs/{id}/label.{json,md,png}   downloads

A job is found only for the browser session that started it; anyone else gets 404.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import anyio.to_thread
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from summarizer.errors import SummarizerError
from summarizer.render import render_html, render_json, render_markdown, render_png
from summarizer.render.html import GRADE_MEANING
from summarizer.render.png import NO_BROWSER, find_chromium
from summarizer.render.views import VIEW_NAMES, RenderError, ViewName, complete_label
from summarizer.web.engines import ENGINE_CHOICES, EngineChoice, public_url
from summarizer.web.inputs import (
    TooLargeError,
    accepted_suffixes,
    pdf_supported,
    source_from_form,
)
from summarizer.web.jobs import BusyError, Job
from summarizer.web.security import (
    CSRF_FIELD,
    CSRF_HEADER,
    SESSION_COOKIE,
    BodyTooLargeError,
    card_csp,
    new_session_id,
    read_body_capped,
    same_origin,
    session_of,
    too_large_message,
)

if TYPE_CHECKING:
    from summarizer.web.app import WebState

VIEW_WORDS = {"label": "Label", "apple": "Apple", "google": "Google Play", "opp115": "OPP-115"}
SMALL_FORM_BYTES = 4_096
MAX_KEY_CHARS = 512


@dataclass(frozen=True)
class ExtraPage:
    """A page in the navigation beyond the label page (compare, diff, ...)."""

    name: str
    path: str
    title: str


def web(request: Request) -> WebState:
    return cast("WebState", request.app.state.web)


# -- sessions ---------------------------------------------------------------------------


def _page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """An HTML page for this visitor's session (one is started if they have none)."""
    state = web(request)
    session = session_of(request)
    fresh = session is None
    if session is None:
        session = new_session_id()
    context.setdefault("csrf", state.tokens.token_for(session))
    response = HTMLResponse(state.render(template, **context), status_code=status)
    if fresh:
        response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict", path="/")
    return response


def _problem(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    return _page(request, "problem.html.j2", status, title=title, problem=message)


def _refused(request: Request, form_token: str | None) -> Response | None:
    """A response refusing a state-changing request that is not plainly from our own page."""
    if not same_origin(request):
        return _problem(request, 403, "Refused", "That request came from another site.")
    token = form_token or request.headers.get(CSRF_HEADER)
    if not web(request).tokens.valid(session_of(request), token):
        return _problem(
            request,
            403,
            "Refused",
            "This form has expired or did not come from this page: reload the page and try again.",
        )
    return None


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


# -- the label form ---------------------------------------------------------------------


def _form_context(request: Request, **given: Any) -> dict[str, Any]:
    state = web(request)
    settings = state.engines.settings
    suffixes = accepted_suffixes()
    server = state.engines.server_engine
    options = [("server", f"this server's engine ({server})"), ("rules", "the offline engine")]
    if settings.llm_configured:
        options += [("llm", "the LLM"), ("hybrid", "offline engine checked by the LLM")]
    else:
        options += [("llm", "an LLM (type a key below)")]
    return {
        "page": "label",
        "problem": given.get("problem"),
        "pasted": given.get("pasted", ""),
        "url": given.get("url", ""),
        "engine": given.get("engine", "server"),
        "engine_options": options,
        "limits": state.limits,
        "accept": ",".join(suffixes),
        "accept_words": ", ".join(suffixes),
        "pdf": pdf_supported(),
        "about": state.engines.about_server(),
        "key_endpoint": public_url(settings.base_url) if settings.base_url else "the OpenAI API",
    }


async def index(request: Request) -> Response:
    return _page(request, "index.html.j2", **_form_context(request))


async def start_job(request: Request) -> Response:
    state = web(request)
    try:
        request = await read_body_capped(request, state.limits.request_bytes)
        form = await request.form(
            max_files=1, max_fields=10, max_part_size=state.limits.paste_chars * 4 + 1024
        )
    except BodyTooLargeError:
        message = too_large_message(state.limits.request_bytes)
        return _form_error(request, 413, message, {})
    refused = _refused(request, _text(form.get(CSRF_FIELD)))
    if refused is not None:
        return refused
    pasted = _text(form.get("text"))
    url = _text(form.get("url"))
    engine = _text(form.get("engine")) or "server"
    api_key = _text(form.get("api_key")).strip()
    kept = {"pasted": pasted, "url": url, "engine": engine}
    if engine not in ENGINE_CHOICES:
        return _form_error(request, 400, f"Unknown engine {engine[:40]!r}.", kept)
    if len(api_key) > MAX_KEY_CHARS or any(not (33 <= ord(ch) < 127) for ch in api_key):
        return _form_error(request, 400, "That API key has characters a key cannot have.", kept)
    upload = form.get("file")
    filename, data = "", b""
    if isinstance(upload, UploadFile) and upload.filename:
        filename = upload.filename
        data = await upload.read()  # bounded: the whole request was capped
    session = session_of(request)
    assert session is not None  # the CSRF check needs one
    try:
        source = source_from_form(
            pasted=pasted, filename=filename, data=data, url=url, limits=state.limits
        )
        job = state.jobs.start(session, source, cast(EngineChoice, engine), api_key or None)
    except BusyError as error:
        return _form_error(request, 503, str(error), kept)
    except SummarizerError as error:
        status = 413 if isinstance(error, TooLargeError) else 400
        return _form_error(request, status, str(error), kept)
    if _wants_json(request):
        return JSONResponse(
            {"id": job.id, "url": f"/jobs/{job.id}", "status_url": f"/jobs/{job.id}/status"},
            status_code=202,
        )
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


def _form_error(request: Request, status: int, message: str, kept: dict[str, Any]) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    return _page(
        request, "index.html.j2", status, **_form_context(request, problem=message, **kept)
    )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


# -- a job ------------------------------------------------------------------------------


def _job(request: Request) -> Job | None:
    session = session_of(request)
    if session is None:
        return None
    return web(request).jobs.get(session, request.path_params["job_id"])


def _no_job(request: Request) -> Response:
    message = (
        "There is no label here for you. Labels are kept in memory, for the browser "
        "that made them, until the server stops."
    )
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=404)
    return _problem(request, 404, "Not found", message)


def _view(request: Request) -> ViewName:
    view = request.query_params.get("view", "label")
    return cast(ViewName, view if view in VIEW_NAMES else "label")


PROGRESS_WORDS = {
    "queued": "Waiting to start",
    "reading": "Reading the policy",
    "labelling": "Reading the policy, part by part",
}


async def show_job(request: Request) -> Response:
    job = _job(request)
    if job is None:
        return _no_job(request)
    context: dict[str, Any] = {
        "job": job,
        "progress_words": PROGRESS_WORDS.get(job.state, ""),
    }
    if job.state == "done" and job.label is not None:
        label = complete_label(job.label)
        grade = label.grade.grade
        context.update(
            label=label,
            view=_view(request),
            views=[(name, VIEW_WORDS.get(name, name)) for name in VIEW_NAMES],
            grade_css="na" if grade == "N/A" else grade.lower(),
            grade_meaning=GRADE_MEANING[grade],
            png_available=find_chromium() is not None,
            coverage_note=_coverage_note(label),
        )
    return _page(request, "job.html.j2", **context)


def _coverage_note(label: Any) -> str:
    failed = label.coverage.chunks_failed
    if not failed:
        return ""
    return (
        f"{len(failed)} of {label.coverage.chunks} parts of the policy could not be read; "
        "the label covers the rest."
    )


async def job_status(request: Request) -> Response:
    job = _job(request)
    if job is None:
        return _no_job(request)
    return JSONResponse(job.status())


async def cancel_job(request: Request) -> Response:
    try:
        request = await read_body_capped(request, SMALL_FORM_BYTES)
        form = await request.form(max_files=0, max_fields=4)
    except BodyTooLargeError:
        return _problem(request, 413, "Refused", too_large_message(SMALL_FORM_BYTES))
    refused = _refused(request, _text(form.get(CSRF_FIELD)))
    if refused is not None:
        return refused
    job = _job(request)
    if job is None:
        return _no_job(request)
    if job.running:
        web(request).jobs.cancel(job)
    if _wants_json(request):
        return JSONResponse(job.status(), status_code=202)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


# -- the card and downloads -------------------------------------------------------------


def _finished_label(request: Request) -> tuple[Job, Any] | Response:
    job = _job(request)
    if job is None:
        return _no_job(request)
    if job.label is None:
        return _problem(request, 409, "Not ready", "This policy has no label yet.")
    return job, job.label


def _attachment(job: Job, view: str, suffix: str) -> dict[str, str]:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", job.source_name.rsplit("/", 1)[-1]).strip("-._")
    stem = (stem[:60] or "policy") + ("" if view == "label" else f"-{view}")
    return {"content-disposition": f'attachment; filename="label-{stem}{suffix}"'}


async def card(request: Request) -> Response:
    found = _finished_label(request)
    if isinstance(found, Response):
        return found
    job, label = found
    view = _view(request)
    html = render_html(label, view)
    headers = {"content-security-policy": card_csp(html), "x-frame-options": "SAMEORIGIN"}
    if request.query_params.get("download"):
        headers.update(_attachment(job, view, ".html"))
    return HTMLResponse(html, headers=headers)


async def label_json(request: Request) -> Response:
    found = _finished_label(request)
    if isinstance(found, Response):
        return found
    job, label = found
    view = _view(request)
    return Response(
        render_json(label, view),
        media_type="application/json",
        headers=_attachment(job, view, ".json"),
    )


async def label_markdown(request: Request) -> Response:
    found = _finished_label(request)
    if isinstance(found, Response):
        return found
    job, label = found
    view = _view(request)
    return Response(
        render_markdown(label, view),
        media_type="text/markdown; charset=utf-8",
        headers=_attachment(job, view, ".md"),
    )


async def label_png(request: Request) -> Response:
    found = _finished_label(request)
    if isinstance(found, Response):
        return found
    job, label = found
    view = _view(request)
    if view not in job.pngs:
        if find_chromium() is None:
            return _problem(request, 503, "No PNG", f"{NO_BROWSER} on the server.")
        try:
            job.pngs[view] = await anyio.to_thread.run_sync(render_png, label, view)
        except RenderError as error:
            return _problem(request, 500, "No PNG", str(error))
    return Response(job.pngs[view], media_type="image/png", headers=_attachment(job, view, ".png"))


async def not_found(request: Request) -> Response:
    return _problem(request, 404, "Not found", "There is no page here.")


ROUTES: list[BaseRoute] = [
    Route("/", index, methods=["GET"]),
    Route("/jobs", start_job, methods=["POST"]),
    Route("/jobs/{job_id}", show_job, methods=["GET"]),
    Route("/jobs/{job_id}/status", job_status, methods=["GET"]),
    Route("/jobs/{job_id}/cancel", cancel_job, methods=["POST"]),
    Route("/jobs/{job_id}/card.html", card, methods=["GET"]),
    Route("/jobs/{job_id}/label.json", label_json, methods=["GET"]),
    Route("/jobs/{job_id}/label.md", label_markdown, methods=["GET"]),
    Route("/jobs/{job_id}/label.png", label_png, methods=["GET"]),
]


def extra_pages() -> list[ExtraPage]:
    """Pages that exist when the modules behind them do (compare, diff: see `extra_routes`)."""
    return []


def extra_routes() -> list[BaseRoute]:
    """Routes for the compare and diff pages, added when `summarizer.label.comparison`
    and `summarizer.label.changes` exist; none until then."""
    return []
