#!/usr/bin/python3
"""The scoring form's co-production web keeps every section label whole and apart, as `coprod web` does.

For each built-in framework it writes a blank form with the real binary, opens it in headless Chromium,
scores the first row of every section with the mouse (the web is drawn as scores change) and measures, as
the browser lays them out on screen, each section label at the end of an axis and, where the axes are
numbered, each title listed under the plot. It fails if

  * a label or a listed title reaches outside the picture (the SVG's box on the page): cut off;
  * two of them overlap: one printed on top of another;
  * the form numbers the axes where `coprod web` titles them for the same framework, or titles them where
    it numbers them (the form takes its layout from `coprod web`'s).

At 1280 px (a laptop) the labels are as `coprod web` places them; at 390 px (a phone) the axes are numbered
in large type. Screenshots of each web stay in OUTPUT_DIR as form-web-FRAMEWORK-WIDTH.png.

Usage: form_web_labels.py --binary COPROD --output-dir OUTPUT_DIR
Exit status: 0 clean; 1 problems found; 2 Chromium could not be started.
"""
import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_html_in_browser import StartupError  # noqa: E402
from form_session import FormSession  # noqa: E402

FRAMEWORKS = ["ipc-coproduction", "strategic-coproduction", "making-coproduction-work"]
WIDTHS = [1280, 390]

# Each label's box on the page, and the picture's: the labels are every text but the scores, the scale's
# numbers and the titles listed under the plot.
MEASURE = """(() => {
  const svg = document.querySelector('#web svg');
  const box = r => ({left: r.left, top: r.top, right: r.right, bottom: r.bottom});
  const texts = sel => Array.from(svg.querySelectorAll(sel)).map(t =>
      Object.assign(box(t.getBoundingClientRect()), {text: t.textContent}));
  return {svg: box(svg.getBoundingClientRect()), labels: texts('text:not(.values text):not(.scale text):not(.section-key text)'),
          key: texts('.section-key > text')};
})()"""


def overlap(a, b):
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


def outside(box, frame):
    return (box["left"] < frame["left"] - 0.5 or box["right"] > frame["right"] + 0.5 or
            box["top"] < frame["top"] - 0.5 or box["bottom"] > frame["bottom"] + 0.5)


def problems_in(measured, what):
    found = []
    boxes = measured["labels"] + measured["key"]
    for box in boxes:
        if outside(box, measured["svg"]):
            found.append(f"{what}: {box['text'][:60]!r} reaches outside the picture ({box} in {measured['svg']})")
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if overlap(a, b):
                found.append(f"{what}: {a['text'][:50]!r} overlaps {b['text'][:50]!r}")
    return found


def numbered_by_coprod_web(binary, framework, work):
    """Whether `coprod web` numbers the axes for a file of this framework (its SVG lists the titles)."""
    path = Path(work) / f"{framework}.coprod.yaml"
    subprocess.run([binary, "init", str(path), "--framework", framework, "--perspective", "organisation",
                    "--area", "Eastvale", "--period", "2026-Q4", "--schema", "none"], check=True, capture_output=True)
    svg = subprocess.run([binary, "web", "--format", "svg", str(path)], capture_output=True, text=True).stdout
    return 'id="sections"' in svg


def check_framework(session, args, framework, work):
    html = Path(work) / f"{framework}.html"
    subprocess.run([args.binary, "form", "-o", str(html), "--framework", framework, "--perspective", "organisation",
                    "--area", "Eastvale", "--period", "2026-Q4"], check=True, capture_output=True)
    found = []
    for width in WIDTHS:
        session.open(html, width=width)
        for section in range(session.js("window.coprodForm.sectionScores().length")):
            session.click(f"label[for='r{section}-0-score-{2 + section % 7}']")
        what = f"{framework} at {width} px"
        measured = session.js(MEASURE)
        if not measured["labels"]:
            found.append(f"{what}: the web has no section labels")
        found += problems_in(measured, what)
        if width == 1280:
            numbered = bool(measured["key"])
            by_web = numbered_by_coprod_web(args.binary, framework, work)
            if numbered != by_web:
                found.append(f"{what}: the form {'numbers' if numbered else 'titles'} the axes, coprod web "
                             f"{'numbers' if by_web else 'titles'} them")
        top = session.js("document.querySelector('#web').getBoundingClientRect().top + scrollY")
        height = session.js("document.querySelector('#web').getBoundingClientRect().height")
        session.screenshot(Path(args.output_dir) / f"form-web-{framework}-{width}.png", width, top=top, height=height)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--output-dir", required=True)
    args = parser.parse_args()
    Path(args.output_dir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        try:
            session = FormSession(Path(work) / "chromium")
        except StartupError as error:
            print(f"Chromium could not be started: {error}")
            return 2
        try:
            found = []
            for framework in FRAMEWORKS:
                found += check_framework(session, args, framework, work)
        finally:
            session.close()
    for problem in found:
        print(f"FAIL: {problem}")
    print(f"{len(FRAMEWORKS) * len(WIDTHS)} webs measured, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
