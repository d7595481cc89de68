"""The HTML card as a PNG, screenshotted by headless Chromium.

Chromium runs twice on a temporary copy of the page: once with `--dump-dom` to
measure the page's height (a one-line script writes it into the DOM), then with
`--screenshot` at exactly that height, so the image holds the whole card and no
empty band. The browser is found on PATH (`chromium`, `chromium-browser`,
`google-chrome`) unless `SUMMARIZER_CHROMIUM` names it.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from summarizer.render.views import RenderError

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
ENV_BROWSER = "SUMMARIZER_CHROMIUM"
WIDTH = 1000
MIN_HEIGHT = 200
MAX_HEIGHT = 16000
TIMEOUT_S = 90.0
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
NO_BROWSER = "PNG output needs Chromium: apt-get install chromium"

_MEASURE = (
    "<script>document.documentElement.setAttribute('data-page-height',"
    "String(Math.ceil(document.documentElement.getBoundingClientRect().height)));</script>"
)
_HEIGHT_RE = re.compile(r'data-page-height="(\d+)"')


@dataclass(frozen=True)
class PngInfo:
    width: int
    height: int
    bit_depth: int
    color_type: int


def find_chromium() -> str | None:
    """The browser to use: $SUMMARIZER_CHROMIUM if set, else the first found on PATH."""
    named = os.environ.get(ENV_BROWSER, "").strip()
    if named:
        return shutil.which(named) or (named if Path(named).is_file() else None)
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _browser_args(browser: str, profile: Path) -> list[str]:
    return [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--user-data-dir={profile}",
    ]


def _run(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(args, capture_output=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as error:
        raise RenderError(
            f"Chromium took longer than {TIMEOUT_S:.0f}s to render the card."
        ) from error
    except OSError as error:
        raise RenderError(f"Could not start Chromium ({args[0]}): {error}") from error


def _with_measure_script(html: str) -> str:
    marker = html.lower().rfind("</body>")
    if marker == -1:
        return html + _MEASURE
    return html[:marker] + _MEASURE + html[marker:]


def measure_height(browser: str, page: Path, profile: Path) -> int:
    """The rendered height of the page at WIDTH pixels, clamped to [MIN_HEIGHT, MAX_HEIGHT]."""
    probe = page.with_name("measure.html")
    probe.write_text(_with_measure_script(page.read_text(encoding="utf-8")), encoding="utf-8")
    args = [*_browser_args(browser, profile), f"--window-size={WIDTH},{MIN_HEIGHT}", "--dump-dom"]
    result = _run([*args, probe.as_uri()])
    found = _HEIGHT_RE.search(result.stdout.decode("utf-8", "replace"))
    if result.returncode != 0 or not found:
        return MAX_HEIGHT // 4
    return max(MIN_HEIGHT, min(MAX_HEIGHT, int(found.group(1))))


def read_png_info(data: bytes) -> PngInfo:
    """Size and pixel format from a PNG's header; RenderError if it is not a PNG."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise RenderError("Chromium did not produce a PNG image.")
    width, height, bit_depth, color_type = struct.unpack(">IIBB", data[16:26])
    return PngInfo(width=width, height=height, bit_depth=bit_depth, color_type=color_type)


def screenshot_html(html: str, *, browser: str | None = None) -> bytes:
    """A PNG of `html` rendered WIDTH pixels wide and as tall as the page."""
    browser = browser or find_chromium()
    if browser is None:
        raise RenderError(NO_BROWSER)
    with tempfile.TemporaryDirectory(prefix="summarizer-png-") as tmp:
        folder = Path(tmp)
        page = folder / "card.html"
        page.write_text(html, encoding="utf-8")
        profile = folder / "profile"
        height = measure_height(browser, page, profile)
        target = folder / "card.png"
        args = [
            *_browser_args(browser, profile),
            f"--window-size={WIDTH},{height}",
            f"--screenshot={target}",
            page.as_uri(),
        ]
        result = _run(args)
        if result.returncode != 0 or not target.is_file():
            detail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [
                "no output"
            ]
            raise RenderError(f"Chromium could not screenshot the card: {detail[0]}")
        data = target.read_bytes()
    read_png_info(data)
    return data
