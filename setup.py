"""Package discovery that pyproject.toml alone cannot express: every package under
summarizer/ is found, plus the top-level prompts/ folder shipped as `summarizer.prompts`."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["summarizer", "summarizer.*"]), "summarizer.prompts"],
    package_dir={"summarizer.prompts": "prompts"},
)
