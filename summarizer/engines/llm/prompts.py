"""Prompt templates: the files under `prompts/`, rendered with jinja2 (a missing variable is an error).

The templates live in the repository's top-level `prompts/` folder and ship inside the
wheel as `summarizer/prompts/` (pyproject's package-dir mapping). That folder has no
`__init__.py` on purpose: this module is `summarizer.engines.llm.prompts`, and a regular package
of the same name would shadow it. So the folder is found by path, not by
importlib.resources: beside this file in an installed wheel, at the repository root
in a checkout or an editable install.

`prompt_version()` (also `PROMPT_VERSION`) is a short hash of every prompt file, the
label schema version and the JSON schema of `ChunkFindings`: it goes into cache keys,
label provenance and eval reports, so changing any of them invalidates old results.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from summarizer.label.findings import ChunkFindings
from summarizer.label.schema import SCHEMA_VERSION

PROMPT_SUFFIXES = (".j2", ".json", ".md")
SYSTEM_TEMPLATE = "extract_system.j2"
USER_TEMPLATE = "extract_user.j2"
EXAMPLES_FILE = "examples.json"
# Bump when the code that renders prompts (neutralize, message layout) changes, so
# cached findings made from differently rendered prompts are not reused.
RENDERING_VERSION = "3"

_DELIMITER = re.compile(r"<(\s*/?\s*policy_section)", re.IGNORECASE)
# Chat-template control tokens written out as text (<|im_start|>, <|eot_id|>,
# <start_of_turn>, [INST], <<SYS>>): a local server such as llama.cpp's may turn them
# into real control tokens even inside message content, so one bracket of each goes.
_CONTROL_TOKEN = re.compile(
    r"<(?=\|)|(?<=\|)>|<(?=/?(?:start_of_turn|end_of_turn|think)>)|\[(?=/?INST\])|<(?=</?SYS>>)",
    re.IGNORECASE,
)
_DEFUSED = {"<": "\u2039", ">": "\u203a", "[": "\uff3b"}


def prompt_dir() -> Path:
    """The folder holding the prompt files (installed wheel first, then the checkout)."""
    package = Path(__file__).resolve().parents[2]
    for candidate in (package / "prompts", package.parent / "prompts"):
        if (candidate / SYSTEM_TEMPLATE).is_file():
            return candidate
    raise FileNotFoundError(f"prompt templates not found in or beside {package}")


def neutralize(text: object) -> str:
    """Text with anything that looks like a `<policy_section>` tag or a chat-template
    control token defused.

    Only one bracket of each changes (`<` to `‹`, `>` to `›`, `[` to `［`), so quotes
    taken from any other part of the chunk stay verbatim.
    """
    text = _DELIMITER.sub(r"‹\1", str(text))
    return _CONTROL_TOKEN.sub(lambda match: _DEFUSED[match.group()], text)


def attribute(text: object) -> str:
    """Text made safe inside a double-quoted tag attribute on one line."""
    flat = " ".join(str(text).split())
    return neutralize(flat).replace('"', "'")


def _to_json(value: object) -> str:
    # jinja's own `tojson` HTML-escapes <, >, & and ', which would alter the quotes.
    # Compact: the examples ride on every call.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(prompt_dir()),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["neutralize"] = neutralize
    environment.filters["attribute"] = attribute
    environment.filters["json"] = _to_json
    return environment


def render_prompt(name: str, **variables: Any) -> str:
    """Render `prompts/<name>` (".j2" may be left off). A missing variable raises
    `jinja2.UndefinedError`; an unknown template raises `jinja2.TemplateNotFound`."""
    filename = name if name.endswith(".j2") else f"{name}.j2"
    return _environment().get_template(filename).render(**variables).strip() + "\n"


@cache
def load_examples() -> tuple[dict[str, Any], ...]:
    """The few-shot examples (`prompts/examples.json`): heading, text, findings."""
    raw = json.loads((prompt_dir() / EXAMPLES_FILE).read_text(encoding="utf-8"))
    return tuple(raw)


def render_extraction_messages(
    chunk_text: str,
    heading_path: Sequence[str] = (),
    *,
    system_in_user: bool = False,
    examples: bool = True,
    candidates: str | None = None,
) -> list[dict[str, str]]:
    """The chat messages that ask a model for one chunk's `ChunkFindings`.

    `heading_path` is the path of headings over the start of `chunk_text`; the
    headings of later sections in a packed chunk are in its text, in order.

    `system_in_user` puts the instructions at the top of the user message instead of
    a system message, for models whose chat template drops the system role (Gemma).
    `candidates` (JSON of `ChunkFindings`) are another engine's findings for the model
    to confirm, correct and complete (the hybrid engine).
    """
    system = render_prompt(SYSTEM_TEMPLATE, examples=load_examples() if examples else ())
    user = render_prompt(
        USER_TEMPLATE,
        chunk_text=chunk_text,
        heading=" > ".join(heading_path),
        candidates=candidates,
    )
    if system_in_user:
        return [{"role": "user", "content": f"{system}\n{user}"}]
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def prompt_files() -> list[Path]:
    """Every file that shapes a prompt, in a stable order."""
    return sorted(
        path for path in prompt_dir().iterdir() if path.is_file() and path.suffix in PROMPT_SUFFIXES
    )


@cache
def prompt_version() -> str:
    """A 12-hex-digit hash of the prompt files, the schema version and the findings schema."""
    digest = hashlib.sha256()
    for path in prompt_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(SCHEMA_VERSION.encode() + b"\0")
    digest.update(RENDERING_VERSION.encode() + b"\0")
    digest.update(json.dumps(ChunkFindings.model_json_schema(), sort_keys=True).encode())
    return digest.hexdigest()[:12]


def __getattr__(name: str) -> str:
    # PROMPT_VERSION is computed on first use, so importing this module reads no file.
    if name == "PROMPT_VERSION":
        return prompt_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
