"""Where each setting comes from: a flag, then the environment, then the default."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import ConfigError
from summarizer.settings import DEFAULT_MODEL, Settings


def test_a_flag_outranks_the_environment_which_outranks_the_default() -> None:
    env = {"OPENAI_BASE_URL": "http://env/v1", "SUMMARIZER_MODEL": "env-model"}
    assert Settings.resolve(env, base_url="http://flag/v1").base_url == "http://flag/v1"
    assert Settings.resolve(env).model == "env-model"
    assert Settings.resolve({}).effective_model == DEFAULT_MODEL
    assert Settings.resolve({}, model=None).model is None  # None means "not given"


def test_the_local_model_can_come_from_the_environment() -> None:
    settings = Settings.resolve({"SUMMARIZER_LOCAL_MODEL": "default"})
    assert settings.local_model == Path("default")
    assert settings.llm_configured


def test_an_endpoint_and_a_local_model_given_together_is_an_error() -> None:
    with pytest.raises(ConfigError, match="--base-url and --local-model"):
        Settings.resolve({}, base_url="http://127.0.0.1:8080/v1", local_model=Path("m.gguf"))
    env = {"OPENAI_BASE_URL": "http://env/v1", "SUMMARIZER_LOCAL_MODEL": "default"}
    with pytest.raises(ConfigError, match="OPENAI_BASE_URL and SUMMARIZER_LOCAL_MODEL"):
        Settings.resolve(env)


@pytest.mark.parametrize(
    ("env", "flags", "base_url", "local_model"),
    [
        ({"OPENAI_BASE_URL": "http://env/v1"}, {"local_model": Path("m.gguf")}, None, "m.gguf"),
        (
            {"SUMMARIZER_LOCAL_MODEL": "default"},
            {"base_url": "http://flag/v1"},
            "http://flag/v1",
            None,
        ),
    ],
)
def test_a_flag_for_one_kind_of_llm_outranks_a_variable_for_the_other(
    env: dict[str, str], flags: dict[str, object], base_url: str | None, local_model: str | None
) -> None:
    settings = Settings.resolve(env, **flags)
    assert settings.base_url == base_url
    assert settings.local_model == (Path(local_model) if local_model else None)
