"""The Starlette application: `create_app(settings)` gives an ASGI app to serve.

Starlette (with uvicorn to serve it) was chosen because it is small, well kept, async
like the pipeline, has a test client built in, and needs nothing else we do not
already have (Jinja2 for templates, httpx for the test client). FastAPI would add
pydantic-driven request models and OpenAPI pages this handful of routes does not need.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from summarizer import __version__
from summarizer.engines.base import Extractor
from summarizer.engines.select import build_extractor
from summarizer.settings import Settings
from summarizer.text.loading import PolicyDocument
from summarizer.web import routes
from summarizer.web.engines import OFFLINE_LIMITS, Engines
from summarizer.web.extras import EXTRA_PAGES, ExtraPage, extra_routes
from summarizer.web.hosts import LOOPBACK_NAMES
from summarizer.web.inputs import PolicySource, WebLimits, read_policy
from summarizer.web.jobs import DEFAULT_MAX_RUNNING, JobStore
from summarizer.web.responses import not_found
from summarizer.web.security import CsrfTokens, SecurityHeaders

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


@dataclass
class WebState:
    """What every route needs, kept on `app.state.web`."""

    engines: Engines
    jobs: JobStore
    tokens: CsrfTokens
    limits: WebLimits
    templates: Environment
    allow_private_network: bool = False
    extra_pages: list[ExtraPage] = field(default_factory=list)

    def render(self, name: str, **context: Any) -> str:
        context.setdefault("extra_pages", self.extra_pages)
        context.setdefault("page", "")
        return self.templates.get_template(name).render(version=__version__, **context)


def _templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader([TEMPLATES]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["static"] = lambda name: f"/static/{name}"
    env.globals["offline_limits"] = OFFLINE_LIMITS
    return env


def create_app(
    settings: Settings,
    *,
    limits: WebLimits | None = None,
    allowed_hosts: Iterable[str] = LOOPBACK_NAMES,
    build: Callable[[Settings], Extractor] = build_extractor,
    extractor: Extractor | None = None,
    reader: Callable[[PolicySource], PolicyDocument] | None = None,
    max_running: int = DEFAULT_MAX_RUNNING,
    allow_private_network: bool = False,
) -> Starlette:
    """The web app for `settings` (the engine, configured as on the CLI).

    `allowed_hosts` are the Host names it answers to (loopback names by default; `*`
    for any). `extractor` is the server's engine, already open (`summarizer serve`
    opens it, so a local model starts before the first visitor); without one it is
    built on first use. `build` makes extractors and `reader` reads policies: tests
    pass fakes. `allow_private_network` lets URLs reach loopback, private and
    link-local addresses (`summarizer serve --allow-private-network`), refused by default.
    """
    engines = Engines(settings, build=build, shared=extractor)
    if reader is None:
        reader = functools.partial(read_policy, allow_private_network=allow_private_network)
    state = WebState(
        engines=engines,
        jobs=JobStore(engines, max_running=max_running, reader=reader),
        tokens=CsrfTokens(),
        limits=limits or WebLimits(),
        templates=_templates(),
        allow_private_network=allow_private_network,
    )
    state.extra_pages.extend(EXTRA_PAGES)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            state.jobs.close()
            engines.close()

    app = Starlette(
        routes=[
            *routes.ROUTES,
            *extra_routes(),
            Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
        ],
        lifespan=lifespan,
        exception_handlers={404: not_found},
    )
    app.state.web = state
    app.add_middleware(SecurityHeaders, allowed_hosts=allowed_hosts)
    return app


__all__ = ["ExtraPage", "WebState", "create_app"]
