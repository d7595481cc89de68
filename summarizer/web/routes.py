"""The page's routes: the label form, a job's progress and result (card and downloads
in `downloads`; pages beyond these in `extras`).

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

from typing import Any, cast

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from summarizer.errors import SummarizerError
from summarizer.label.grading import point_value
from summarizer.render.html import GRADE_MEANING
from summarizer.render.png import find_chromium
from summarizer.render.views import VIEW_NAMES, complete_label
from summarizer.web import downloads
from summarizer.web.engines import ENGINE_CHOICES, EngineChoice, public_url
from summarizer.web.inputs import (
    TooLargeError,
    accepted_suffixes,
    pdf_supported,
    source_from_form,
)
from summarizer.web.jobs import FINISHED, BusyError
from summarizer.web.responses import (
    find_job,
    form_text,
    no_job,
    page,
    problem,
    refused,
    view_of,
    wants_json,
    web,
)
from summarizer.web.security import (
    CSRF_FIELD,
    BodyTooLargeError,
    read_body_capped,
    session_of,
    too_large_message,
)

VIEW_WORDS = {"label": "Label", "apple": "Apple", "google": "Google Play", "opp115": "OPP-115"}
SMALL_FORM_BYTES = 4_096
MAX_KEY_CHARS = 512


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
        "allow_private_network": state.allow_private_network,
    }


async def index(request: Request) -> Response:
    return page(request, "index.html.j2", **_form_context(request))


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
    refusal = refused(request, form_text(form.get(CSRF_FIELD)))
    if refusal is not None:
        return refusal
    pasted = form_text(form.get("text"))
    url = form_text(form.get("url"))
    engine = form_text(form.get("engine")) or "server"
    api_key = form_text(form.get("api_key")).strip()
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
    if wants_json(request):
        return JSONResponse(
            {"id": job.id, "url": f"/jobs/{job.id}", "status_url": f"/jobs/{job.id}/status"},
            status_code=202,
        )
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


def _form_error(request: Request, status: int, message: str, kept: dict[str, Any]) -> Response:
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    return page(request, "index.html.j2", status, **_form_context(request, problem=message, **kept))


# -- a job ------------------------------------------------------------------------------


HIGHLIGHT_VIEW = "policy"
PROGRESS_WORDS = {
    "queued": "Waiting to start",
    "reading": "Reading the policy",
    "labelling": "Reading the policy, part by part",
}


async def show_job(request: Request) -> Response:
    job = find_job(request)
    if job is None:
        return no_job(request)
    state = job.state  # read once: the job's thread may finish while this page renders
    context: dict[str, Any] = {
        "job": job,
        "state": state,
        "running": state not in FINISHED,
        "progress_words": PROGRESS_WORDS.get(state, ""),
    }
    if state == "done" and job.label is not None:
        label = complete_label(job.label)
        grade = label.grade.grade
        views: list[tuple[str, str]] = [(name, VIEW_WORDS.get(name, name)) for name in VIEW_NAMES]
        highlight = job.policy_text is not None
        if highlight:
            views.append((HIGHLIGHT_VIEW, "Policy, highlighted"))
        view = view_of(request)
        shown = (
            HIGHLIGHT_VIEW
            if highlight and request.query_params.get("view") == HIGHLIGHT_VIEW
            else view
        )
        frame = (
            f"/jobs/{job.id}/policy.html"
            if shown == HIGHLIGHT_VIEW
            else f"/jobs/{job.id}/card.html?view={view}"
        )
        context.update(
            label=label,
            view=view,
            shown=shown,
            frame=frame,
            views=views,
            grade_css="na" if grade == "N/A" else grade.lower(),
            grade_meaning=GRADE_MEANING[grade],
            signed=lambda point: f"{point_value(point):+d}".replace("-", "−"),
            png_available=find_chromium() is not None,
            coverage_note=_coverage_note(label),
        )
    return page(request, "job.html.j2", **context)


def _coverage_note(label: Any) -> str:
    failed = label.coverage.chunks_failed
    if not failed:
        return ""
    return (
        f"{len(failed)} of {label.coverage.chunks} parts of the policy could not be read; "
        "the label covers the rest."
    )


async def job_status(request: Request) -> Response:
    job = find_job(request)
    if job is None:
        return no_job(request)
    return JSONResponse(job.status())


async def cancel_job(request: Request) -> Response:
    try:
        request = await read_body_capped(request, SMALL_FORM_BYTES)
        form = await request.form(max_files=0, max_fields=4)
    except BodyTooLargeError:
        return problem(request, 413, "Refused", too_large_message(SMALL_FORM_BYTES))
    refusal = refused(request, form_text(form.get(CSRF_FIELD)))
    if refusal is not None:
        return refusal
    job = find_job(request)
    if job is None:
        return no_job(request)
    if job.running:
        web(request).jobs.cancel(job)
    if wants_json(request):
        return JSONResponse(job.status(), status_code=202)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


ROUTES: list[BaseRoute] = [
    Route("/", index, methods=["GET"]),
    Route("/jobs", start_job, methods=["POST"]),
    Route("/jobs/{job_id}", show_job, methods=["GET"]),
    Route("/jobs/{job_id}/status", job_status, methods=["GET"]),
    Route("/jobs/{job_id}/cancel", cancel_job, methods=["POST"]),
    Route("/jobs/{job_id}/card.html", downloads.card, methods=["GET"]),
    Route("/jobs/{job_id}/label.json", downloads.label_json, methods=["GET"]),
    Route("/jobs/{job_id}/label.md", downloads.label_markdown, methods=["GET"]),
    Route("/jobs/{job_id}/label.png", downloads.label_png, methods=["GET"]),
]
