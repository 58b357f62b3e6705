#!/usr/bin/env python3
"""Renders the co-production web as the tests' readers would see it.

For each case it writes the SVG with the real binary, checks that it is
well-formed XML (xmllint) and self-contained (no scripts, no external
references), renders it to PNG with rsvg-convert and with headless Chromium,
and checks that each PNG shows the chart: the right size, and pixels in each
series' colour; and that in a browser window smaller than the picture (a projector at
150% zoom, a phone) it shows whole, scaled down to fit. A large picture (--size large, 1, 2 and 4
inputs) is shown on a 1920 by 1080 projector's screen too, where it must fill the screen: grown to it,
drawn across most of its width and height. The PNGs are kept in OUTPUT_DIR for people to look at.
"""
import argparse
import base64
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageChops

sys.path.insert(0, str(Path(__file__).resolve().parent))
from form_session import FormSession  # noqa: E402

EXAMPLES = "examples/northbridge"
SERIES_COLOURS = [(0x00, 0x72, 0xB2), (0xD5, 0x5E, 0x00), (0x00, 0x9E, 0x73), (0xCC, 0x79, 0xA7)]

HOSTILE = """format: coprod-assessment/1
framework: ipc-coproduction
framework_version: 1
area: "<script>alert('x')</script> & \\"Co\\" ]]>"
perspective: organisation
period: 2026-Q3
sections:
  commitment:
    rows:
      strategy:
        score: 3
  contact:
    rows:
      wrong-people:
        score: 4
"""


def cases(source, work):
    hostile = os.path.join(work, "hostile.yaml")
    with open(hostile, "w", encoding="utf-8") as handle:
        handle.write(HOSTILE)
    e = os.path.join(source, EXAMPLES)
    return {
        "web-one": ([f"{e}/2026-Q4-peer-network.coprod.yaml"], 1),
        "web-four": ([f"{e}/2026-Q3-organisation.coprod.yaml", f"{e}/2026-Q3-peer-network.coprod.yaml",
                      f"{e}/2026-Q4-organisation.coprod.yaml", f"{e}/2026-Q4-peer-network.coprod.yaml"], 4),
        "web-previous": (["--previous", f"{e}/2026-Q3-organisation.coprod.yaml",
                          f"{e}/2026-Q4-organisation.coprod.yaml", f"{e}/2026-Q4-peer-network.coprod.yaml"], 2),
        "web-one-large": (["--size", "large", f"{e}/2026-Q4-peer-network.coprod.yaml"], 1),
        "web-two-large": (["--size", "large", f"{e}/2026-Q4-organisation.coprod.yaml",
                           f"{e}/2026-Q4-peer-network.coprod.yaml"], 2),
        "web-four-large": (["--size", "large", f"{e}/2026-Q3-organisation.coprod.yaml",
                            f"{e}/2026-Q3-peer-network.coprod.yaml", f"{e}/2026-Q4-organisation.coprod.yaml",
                            f"{e}/2026-Q4-peer-network.coprod.yaml"], 4),
        "web-gaps-hostile": ([hostile], 1),
    }


def colour_present(image, colour, tolerance=40):
    """Whether a series' colour shows at all: at least 8 pixels of it. Shrunk to a phone's 390 px, a thin dotted
    line and its legend's sample leave few pixels of the exact colour (15 of series 3 and 24 of series 2 in the
    four-webs picture, 2026-12-06, every series plainly there). Counted by PIL, not a Python loop over the
    pixels (half a second a picture)."""
    near = [band.point(lambda value, wanted=wanted: 255 if abs(value - wanted) <= tolerance else 0)
            for band, wanted in zip(image.convert("RGB").split(), colour)]
    every_channel = ImageChops.multiply(ImageChops.multiply(near[0], near[1]), near[2])  # 255 where all three are
    return every_channel.histogram()[255] >= 8


# Browser windows the picture is shown in, opened on its own: a 1366 by 768 projector at 150% zoom, the same at
# 100%, and a phone held upright.
WINDOWS = [(911, 512), (1366, 768), (390, 844)]
# A projector's screen, which a large picture fills: what it draws spans at least this share of its width and
# of its height (the normal picture, portrait, spans half its width).
SCREEN, FILLED = (1920, 1080), 0.8


class Chromium:
    """One headless Chromium for every picture (31 of them; a Chromium started for each took 2 to 3 s): each
    shot is the SVG file opened on its own in a window of the given size, what is in the window."""

    def __init__(self, work):
        self.session = FormSession(Path(work, "chromium"))

    def close(self):
        self.session.close()

    def screenshot(self, svg, png, size=(800, 860)):
        # A desktop window (mobile=False), as a phone's browser asked for the desktop site shows a file.
        self.session.page.call("Emulation.setDeviceMetricsOverride", width=size[0], height=size[1],
                               deviceScaleFactor=1, mobile=False)
        self.session.navigate(Path(svg).resolve().as_uri())
        self.session.next_frame()
        shot = self.session.page.call("Page.captureScreenshot", format="png")
        Path(png).write_bytes(base64.b64decode(shot["data"]))


def edges_blank(image, band=4):
    """Whether the last rows and columns are white: the picture fits the window, its own margin around it."""
    rgb = image.convert("RGB")
    width, height = rgb.size
    edge = [rgb.getpixel((x, y)) for x in range(width) for y in range(height - band, height)]
    edge += [rgb.getpixel((x, y)) for x in range(width - band, width) for y in range(height)]
    return all(min(p) >= 235 for p in edge)


def drawn_extent(image):
    """The width and height of what is drawn: the box round every pixel that is not near white."""
    box = image.convert("L").point(lambda v: 255 if v < 235 else 0).getbbox()
    return (box[2] - box[0], box[3] - box[1]) if box else (0, 0)


def check_screen(name, svg, chromium, output_dir, failures):
    """A large picture on a projector's 16:9 screen fills it, not a part of it."""
    png = os.path.join(output_dir, f"{name}-chromium-{SCREEN[0]}x{SCREEN[1]}.png")
    if os.path.exists(png):
        os.remove(png)
    chromium.screenshot(svg, png, SCREEN)
    if not os.path.exists(png):
        failures.append(f"{name}: chromium produced no PNG at {SCREEN[0]} by {SCREEN[1]}")
        return
    width, height = drawn_extent(Image.open(png))
    if width < FILLED * SCREEN[0] or height < FILLED * SCREEN[1]:
        failures.append(f"{name}: on a {SCREEN[0]} by {SCREEN[1]} screen it draws only {width} by {height} pixels, "
                        f"not at least {FILLED:.0%} of the screen's width and height")


def check_windows(name, svg, series, chromium, output_dir, failures):
    """Opened on its own in a window smaller than the picture, the whole picture shows, scaled down to fit:
    the legend (its series' colours) is not below the fold or off the side."""
    for width, height in WINDOWS:
        png = os.path.join(output_dir, f"{name}-chromium-{width}x{height}.png")
        if os.path.exists(png):
            os.remove(png)
        chromium.screenshot(svg, png, (width, height))
        if not os.path.exists(png):
            failures.append(f"{name}: chromium produced no PNG at {width} by {height}")
            continue
        image = Image.open(png)
        if not edges_blank(image):
            failures.append(f"{name}: in a {width} by {height} window the picture runs off the bottom or the side")
        for index in range(series):
            if not colour_present(image, SERIES_COLOURS[index]):
                failures.append(f"{name}: in a {width} by {height} window no pixels of series {index + 1}'s colour")


def check_case(name, files, series, args, chromium, failures):
    """Writes one case's SVG, checks its text, renders it in librsvg and Chromium and checks the pictures."""
    svg = os.path.join(args.output_dir, name + ".svg")
    result = subprocess.run([args.binary, "web", "--format", "svg", "--force", "-o", svg] + files,
                            capture_output=True, text=True)
    if result.returncode != 0:
        failures.append(f"{name}: coprod web failed: {result.stderr}")
        return
    with open(svg, encoding="utf-8") as handle:
        text = handle.read()
    lint = subprocess.run(["xmllint", "--noout", svg], capture_output=True, text=True)
    if lint.returncode != 0:
        failures.append(f"{name}: not well-formed XML: {lint.stderr}")
    if re.search(r"<script|href=|url\(|@import|<image", text):
        failures.append(f"{name}: the SVG refers to something outside itself or has a script")
    if 'role="img"' not in text or "<title" not in text or "<desc" not in text:
        failures.append(f"{name}: missing role, title or desc")
    for renderer in ("rsvg", "chromium"):
        png = os.path.join(args.output_dir, f"{name}-{renderer}.png")
        if os.path.exists(png):
            os.remove(png)
        if renderer == "rsvg":
            subprocess.run(["rsvg-convert", svg, "-o", png], check=False, capture_output=True)
        else:
            chromium.screenshot(svg, png)
        if not os.path.exists(png):
            failures.append(f"{name}: {renderer} produced no PNG")
            continue
        image = Image.open(png)
        if image.width < 780:
            failures.append(f"{name}: {renderer} PNG is only {image.width} pixels wide")
        for index in range(series):
            if not colour_present(image, SERIES_COLOURS[index]):
                failures.append(f"{name}: {renderer} PNG shows no pixels of series {index + 1}'s colour")
    check_windows(name, svg, series, chromium, args.output_dir, failures)
    if name.endswith("-large"):
        check_screen(name, svg, chromium, args.output_dir, failures)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--output-dir", required=True)
    args = parser.parse_args()
    os.makedirs(args.output_dir, exist_ok=True)
    failures = []
    with tempfile.TemporaryDirectory() as work:
        chromium = Chromium(work)
        try:
            for name, (files, series) in cases(args.source, work).items():
                check_case(name, files, series, args, chromium, failures)
        finally:
            chromium.close()
    for failure in failures:
        print("FAIL:", failure)
    print(f"rendered the web into {args.output_dir}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
