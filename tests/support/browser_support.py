"""What the browser tests share: the Chromium to drive, launched headless and offline,
and a script that describes a PNG's pixels (to tell a real picture from a blank one)."""

from __future__ import annotations

import shutil
from typing import Any

from summarizer.render.png import find_chromium

CHROMIUM = shutil.which("chromium") or find_chromium()
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# Draw an image (a data: URL) on a canvas and describe its pixels (run in a blank page).
PIXEL_STATS = """
async (dataUrl) => {
  const img = new Image();
  img.src = dataUrl;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext("2d");
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height).data;
  const colours = new Set();
  let sum = 0, sum2 = 0, n = 0;
  for (let i = 0; i < data.length; i += 4 * 5) {
    colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    const y = 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2];
    sum += y; sum2 += y * y; n += 1;
  }
  const rgb = (x, y) => Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3));
  const mean = sum / n;
  return {
    width: img.width, height: img.height, colours: colours.size,
    std: Math.sqrt(Math.max(0, sum2 / n - mean * mean)),
    topLeft: rgb(0, 0), bottomLeft: rgb(0, img.height - 1), bottomMiddle: rgb(img.width >> 1, img.height - 1),
  };
}
"""


def launch_chromium(playwright: Any) -> Any:
    """Debian's Chromium through Playwright, headless, with no background traffic."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
