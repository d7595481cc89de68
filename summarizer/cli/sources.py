"""What `diff` and `compare` read: saved labels, or policies labelled on the spot.

A `.json` file is read as a saved label (`summarizer label --format json`); anything
else (a policy file or an http(s) URL) is labelled with the engine the options
choose. A directory (for `compare`) gives every saved label in it, or, when it holds
none, every policy file in it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarizer.errors import InputError
from summarizer.label.schema import PrivacyNutritionLabel

LABEL_SUFFIX = ".json"
MAX_LABEL_BYTES = 50_000_000


@dataclass
class Labelled:
    """One version or service: its label, and the policy text when it was read here."""

    name: str
    label: PrivacyNutritionLabel
    text: str | None = None


def read_saved_label(path: Path) -> PrivacyNutritionLabel:
    """A label saved as JSON. Raises `InputError` (one line) when it is not one."""
    try:
        if path.stat().st_size > MAX_LABEL_BYTES:
            raise InputError(f"{path} is too large to be a saved label.")
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{path} is not UTF-8 text, so not a saved label.") from error
    try:
        payload = json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError(f"{path} is not a saved label: invalid JSON ({error.msg}).") from error
    if isinstance(payload, dict) and isinstance(payload.get("label"), dict):
        payload = payload["label"]  # one line of `label --format json` JSON Lines
    try:
        return PrivacyNutritionLabel.model_validate(payload)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the top level"
        raise InputError(f"{path} is not a saved label: {where}: {first['msg']}.") from error


def _is_label_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() == LABEL_SUFFIX


def expand_sources(sources: tuple[str, ...]) -> list[str]:
    """Directories replaced by their saved labels (or, without any, their policy files)."""
    from summarizer.batch import POLICY_SUFFIXES
    from summarizer.text.fetching import is_url

    expanded: list[str] = []
    for source in sources:
        path = Path(source)
        if is_url(source) or not path.is_dir():
            expanded.append(source)
            continue
        labels = sorted(p for p in path.iterdir() if _is_label_file(p))
        policies = sorted(
            p for p in path.iterdir() if p.is_file() and p.suffix.lower() in POLICY_SUFFIXES
        )
        found = labels or policies
        if not found:
            raise InputError(f"{path} holds no saved labels (.json) and no policy files.")
        expanded.extend(str(p) for p in found)
    return expanded


def load_sources(sources: list[str], settings_options: dict[str, Any]) -> list[Labelled]:
    """Each source as a label, in order; policies are labelled with one engine. URLs
    reach private addresses only with `settings_options["allow_private_network"]`."""
    from summarizer.cli.common import open_engine, settings_from_options
    from summarizer.pipeline import label_document
    from summarizer.text.fetching import fetch_policy, is_url
    from summarizer.text.loading import load_policy

    extractor = None
    found: list[Labelled] = []
    for source in sources:
        path = Path(source)
        name = source if is_url(source) else path.stem
        if not is_url(source) and _is_label_file(path):
            found.append(Labelled(name=name, label=read_saved_label(path)))
            continue
        if not is_url(source) and not path.exists():
            raise InputError(f"No such file: {source}.")
        document = (
            fetch_policy(
                source,
                allow_private_network=bool(settings_options.get("allow_private_network")),
            )
            if is_url(source)
            else load_policy(path)
        )
        if extractor is None:
            extractor = open_engine(settings_from_options(settings_options))
        found.append(
            Labelled(name=name, label=label_document(document, extractor), text=document.text)
        )
    return found
