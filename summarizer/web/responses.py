"""What every route shares: the app's state, pages for a session, refusals, finding a job."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from summarizer.render.views import VIEW_NAMES, ViewName
from summarizer.web.jobs import Job
from summarizer.web.security import (
    CSRF_HEADER,
    SESSION_COOKIE,
    new_session_id,
    same_origin,
    session_of,
)

if TYPE_CHECKING:
    from summarizer.web.app import WebState


def web(request: Request) -> WebState:
    """The state `create_app` made: engines, jobs, tokens, limits, templates."""
    return cast("WebState", request.app.state.web)


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """An HTML page for this visitor's session (one is started if they have none)."""
    state = web(request)
    session = session_of(request)
    fresh = session is None
    if session is None:
        session = new_session_id()
    context.setdefault("csrf", state.tokens.token_for(session))
    response = HTMLResponse(state.render(template, **context), status_code=status)
    if fresh:
        # Lax, not Strict: a link to the page from elsewhere must not start a new session
        # (and lose this one's labels); cross-site posts still lack the cookie and token.
        response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="lax", path="/")
    return response


def problem(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    return page(request, "problem.html.j2", status, title=title, problem=message)


def refused(request: Request, form_token: str | None) -> Response | None:
    """A response refusing a state-changing request that is not plainly from our own page."""
    if not same_origin(request):
        return problem(request, 403, "Refused", "That request came from another site.")
    token = form_token or request.headers.get(CSRF_HEADER)
    if not web(request).tokens.valid(session_of(request), token):
        return problem(
            request,
            403,
            "Refused",
            "This form has expired or did not come from this page: reload the page and try again.",
        )
    return None


def wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def find_job(request: Request) -> Job | None:
    session = session_of(request)
    if session is None:
        return None
    return web(request).jobs.get(session, request.path_params["job_id"])


def no_job(request: Request) -> Response:
    message = (
        "There is no label here for you. Labels are kept in memory, for the browser "
        "that made them, until the server stops."
    )
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=404)
    return problem(request, 404, "Not found", message)


def view_of(request: Request) -> ViewName:
    view = request.query_params.get("view", "label")
    return cast(ViewName, view if view in VIEW_NAMES else "label")


def form_text(value: object) -> str:
    return value if isinstance(value, str) else ""


async def not_found(request: Request, _error: Exception) -> Response:
    """Any unknown path: a page, not a bare "Not Found"."""
    return problem(request, 404, "Not found", "There is no page here.")
