#!/usr/bin/python3
"""Measures every piece of text in the SVG web in headless Chromium and fails on overlaps.

coprod lays the web out from a table of font widths, without a font engine.
This test checks the result where it matters, in a real browser: for each
built-in framework, a local framework with long section titles, area names of
100 characters, partly scored files, and 1 to 8 inputs with earlier periods,
it writes the SVG with the real binary, opens it in headless Chromium through
the DevTools protocol, and measures each text box (getBBox) and the legend's
sample lines. It fails if

  * any text or legend sample leaves the picture (its viewBox);
  * two of the title, subtitle, section labels, legend entries and section key
    overlap;
  * any of those overlaps the plot (the outer ring of the web);
  * a score printed on the web overlaps any of them, another score or a
    number of the scale (the scores of 0, at the centre, piled up on the
    scale's 0);
  * a number of the scale (0 to 5 up the first axis) is painted over by the
    web's lines or markers;
  * for inputs with the same scores (2, 3 and 8 of them, with and without
    earlier periods), a marker is painted over by another at its middle: their
    markers must sit side by side, not on top of each other. (Only there: with
    many sections, markers of different sections near the centre may touch.)

With --size large (1, 2 and 4 inputs of each framework, and two inputs that
agree), for a projector's 16:9 screen, it fails as well if

  * the picture is not the screen's shape, 16 wide for every 9 high (within 4%);
  * the legend is not beside the plot, to the right of its outer ring;
  * a marker on the web or in the legend is not half as large again as the
    normal picture's (at least 13 px across, where those are 9 to 12).

The SVGs and PNG screenshots stay in OUTPUT_DIR for people to look at.

Usage: check_web_layout.py --binary COPROD --source SOURCE_DIR --output-dir OUTPUT_DIR
Exit status: 0 clean; 1 problems found; 2 Chromium could not be started.
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_html_in_browser import Page, StartupError, start_chromium, stop_chromium  # noqa: E402

LONG_AREA = ("Northbridge, Southmoor and the Greater Riverside Integrated Care Partnership for Personalised Care 26")
LONG_WORD_AREA = "N" * 100
BUILT_IN = ["ipc-coproduction", "making-coproduction-work", "strategic-coproduction"]
PERIODS = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"]

# Evaluated in the SVG document: every box that must stay clear of the others.
MEASURE = """(() => {
  const svg = document.documentElement;
  const view = svg.viewBox.baseVal;
  const box = (el, kind) => { const b = el.getBBox();
    return {kind, text: (el.textContent || el.tagName).slice(0, 60), x: b.x, y: b.y, w: b.width, h: b.height}; };
  const all = (selector, kind) => Array.from(svg.querySelectorAll(selector)).map(el => box(el, kind));
  const ring = svg.querySelector('#outer-ring');
  return {
    width: view.width, height: view.height,
    ring: Array.from(ring.points).map(p => [p.x, p.y]),
    legend: all('#legend > text', 'legend'),
    // As drawn, its transform (a large picture's scale) included; the page shows the picture at its own size.
    markers: Array.from(svg.querySelectorAll('g.markers > *, #legend > circle, #legend > rect, #legend > polygon, '
                                             + '#legend > g, #legend > path')).map(el => {
      const b = el.getBoundingClientRect();
      return {kind: el.closest('#legend') ? 'legend marker' : 'marker', x: b.x, y: b.y, w: b.width, h: b.height};
    }),
    boxes: [].concat(all('#web-heading', 'title'), all('#web-subtitle', 'subtitle'),
                     all('#axis-labels > text', 'section label'), all('#legend > text', 'legend'),
                     all('#legend > line', 'legend sample'), all('#sections > text', 'section key')),
    values: all('.values > text', 'score'),
    scale: all('#scale > text', 'scale number'),
    everything: all('text', 'text'),
    // Each number of the scale (0 to 5 up the first axis) must be painted over
    // whatever crosses it, or a projected web with several inputs hides it.
    covered_scale: Array.from(svg.querySelectorAll('#scale > text')).map(el => {
      const b = el.getBBox(); const m = el.getScreenCTM();
      const hit = document.elementFromPoint(m.a * (b.x + b.width / 2) + m.e, m.d * (b.y + b.height / 2) + m.f);
      return hit === el ? null : `${el.textContent} (under ${hit ? hit.tagName : 'nothing'})`;
    }).filter(x => x),
    // Each marker must show at its middle: not under another marker.
    hidden_markers: Array.from(svg.querySelectorAll('g.markers > *')).map(el => {
      const b = el.getBBox(); const m = el.getScreenCTM();
      const x = b.x + b.width / 2, y = b.y + b.height / 2;
      const hit = document.elementFromPoint(m.a * x + m.e, m.d * y + m.f);
      const under = hit && hit !== el && hit.parentNode.classList && hit.parentNode.classList.contains('markers');
      return under ? `${el.tagName} at (${x.toFixed(1)}, ${y.toFixed(1)}) (under a ${hit.tagName})` : null;
    }).filter(x => x),
  };
})()"""


# A section's score in the "steps" files: 1 to 5 then 0, round and round, so
# that a web of 6 sections or more has a score at its centre.
STEPS = [1, 2, 3, 4, 5, 0]
# Eight inputs and two earlier periods that agree on every section: ten markers
# a score, so no two sections side by side at 1, where ten in a row cannot fit
# between their axes.
SPREAD = [3, 4, 2, 5, 1, 0, 2.5]


def write_assessment(path, framework, area, perspective, period, seed, partial=False, steps=None):
    lines = ["format: coprod-assessment/1", f"framework: {framework['id']}",
             f"framework_version: {framework['version']}", f"area: {json.dumps(area)}",
             f"perspective: {perspective}", f"period: {period}", "sections:"]
    for s, section in enumerate(framework["sections"]):
        lines += [f"  {section['id']}:", "    rows:"]
        for r, row in enumerate(section["rows"]):
            score = "" if partial and s % 3 == 1 else ((s * 7 + r * 3 + seed * 5) % 11) / 2
            if steps:
                score = steps[s % len(steps)]
            lines += [f"      {row['id']}:", f"        score: {score}"]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def long_title_framework(source, work):
    """The local example framework with section titles of 60 to 200 characters."""
    framework = yaml.safe_load(Path(source, "examples/local-framework/northbridge-listening.yaml").read_text())
    words = ("Everyone with lived experience is heard, paid and supported to take part on a level playing field "
             "with staff, with papers in plain English sent a week early and feedback on what changed").split()
    for i, section in enumerate(framework["sections"]):
        section["title"] = " ".join(words[: 8 + 5 * i])
    path = Path(work, "long-titles.yaml")
    path.write_text(yaml.safe_dump(framework, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path, framework


def cases(binary, source, work):
    """Yields (name, coprod web arguments)."""
    frameworks = {}
    for framework_id in BUILT_IN:
        text = subprocess.run([binary, "frameworks", framework_id, "--yaml"], capture_output=True, text=True,
                              check=True).stdout
        frameworks[framework_id] = ([], yaml.safe_load(text))
    local_path, local = long_title_framework(source, work)
    frameworks["local-long-titles"] = (["--framework", str(local_path)], local)
    for name, (extra, framework) in frameworks.items():
        def make(label, count, area="Northbridge", partial=False, start=0, areas=1, steps=None):
            files = []
            for i in range(count):
                path = Path(work, f"{name}-{label}-{i}.yaml")
                perspective = "organisation" if i % 2 == 0 else "peer-network"
                # With --previous, coprod refuses one perspective of an area in two periods
                # among the current files (an earlier file meant for --previous): one area a pair.
                place = area if areas == 1 else f"{area} {i // 2 + 1}"
                write_assessment(path, framework, place, perspective, PERIODS[start + i], i + 1, partial, steps)
                files.append(str(path))
            return files
        yield f"{name}-one", extra + make("one", 1)
        yield f"{name}-partial", extra + make("partial", 1, partial=True)
        yield f"{name}-steps", extra + make("steps", 1, steps=STEPS)
        yield f"{name}-long-area", extra + make("long", 2, area=LONG_AREA)
        yield f"{name}-long-word-area", extra + make("word", 1, area=LONG_WORD_AREA, partial=True)
        # --previous is drawn behind the current file of its perspective and area: the first pair's.
        previous = make("previous", 2, area="Northbridge 1")
        yield f"{name}-eight-and-previous", (extra + ["--previous", previous[0], "--previous", previous[1]]
                                              + make("eight", 8, partial=True, start=2, areas=4))
        if name == "ipc-coproduction":
            # Inputs that agree on every section, as three perspectives did on several for a tester.
            for count, scores in ((2, STEPS), (3, STEPS), (8, SPREAD)):
                before = make(f"equal{count}-previous", 2, steps=scores, area="Northbridge 1")
                yield f"{name}-equal-{count}", extra + make(f"equal{count}", count, steps=scores, areas=4)
                yield f"{name}-equal-{count}-and-previous", (
                    extra + ["--previous", before[0], "--previous", before[1]]
                    + make(f"equal{count}-with", count, start=2, steps=scores, areas=4))
            yield f"{name}-large-equal-2", ["--size", "large"] + extra + make("large-equal", 2, steps=STEPS, areas=2)
        # For a projector: the picture the screen's shape with the legend beside the plot.
        for count in (1, 2, 4):
            yield f"{name}-large-{count}", ["--size", "large"] + extra + make(f"large{count}", count, areas=2)


def overlap(a, b, pad=0.0):
    return (a["x"] < b["x"] + b["w"] + pad and b["x"] < a["x"] + a["w"] + pad
            and a["y"] < b["y"] + b["h"] + pad and b["y"] < a["y"] + a["h"] + pad)


def segments_cross(p, q, r, s):
    def orient(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (orient(p, q, r) * orient(p, q, s) < 0) and (orient(r, s, p) * orient(r, s, q) < 0)


def inside(point, polygon):
    x, y, result = point[0], point[1], False
    for i in range(len(polygon)):
        (x1, y1), (x2, y2) = polygon[i], polygon[i - 1]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            result = not result
    return result


def touches_polygon(box, polygon):
    corners = [(box["x"], box["y"]), (box["x"] + box["w"], box["y"]), (box["x"] + box["w"], box["y"] + box["h"]),
               (box["x"], box["y"] + box["h"])]
    if any(inside(c, polygon) for c in corners) or inside(polygon[0], corners):
        return True
    edges = list(zip(corners, corners[1:] + corners[:1]))
    return any(segments_cross(a, b, polygon[i - 1], polygon[i]) for a, b in edges for i in range(len(polygon)))


def problems_in(found, equal_scores):
    problems = []
    width, height = found["width"], found["height"]
    for box in found["everything"] + found["boxes"]:
        if box["w"] == 0 and box["h"] == 0:
            continue
        if box["x"] < 0 or box["y"] < 0 or box["x"] + box["w"] > width + 0.5 or box["y"] + box["h"] > height + 0.5:
            problems.append(f"{box['kind']} {box['text']!r} leaves the {width:.0f} x {height:.0f} picture "
                            f"({box['x']:.1f}, {box['y']:.1f}, {box['w']:.1f} x {box['h']:.1f})")
    boxes = found["boxes"]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if overlap(a, b):
                problems.append(f"{a['kind']} {a['text']!r} overlaps {b['kind']} {b['text']!r}")
        if touches_polygon(a, found["ring"]):
            problems.append(f"{a['kind']} {a['text']!r} overlaps the plot")
    for label in found["covered_scale"]:
        problems.append(f"the scale's {label} is painted over by the web's lines or markers")
    for marker in found["hidden_markers"] if equal_scores else []:
        problems.append(f"a marker, a {marker}, is hidden under another marker")
    values = found["values"]
    for i, value in enumerate(values):
        for b in boxes + values[i + 1:] + found["scale"]:
            if overlap(value, b):
                problems.append(f"score {value['text']!r} overlaps {b['kind']} {b['text']!r}")
    return problems


# A projector's screen, width to height, and how far from it a large picture may be.
SCREEN_SHAPE, SHAPE_TOLERANCE = 16 / 9, 0.04
# The narrowest marker of a large picture: the normal picture's are 9 (a square) to 12 px across.
LARGE_MARKER = 13


def large_problems(found):
    """What is wrong with a picture for a projector (--size large)."""
    problems = []
    shape = found["width"] / found["height"]
    if abs(shape / SCREEN_SHAPE - 1) > SHAPE_TOLERANCE:
        problems.append(f"the picture is {found['width']:.0f} x {found['height']:.0f}, {shape:.2f} to 1, "
                        f"not a 16:9 screen's shape ({SCREEN_SHAPE:.2f} to 1)")
    ring_right = max(x for x, _ in found["ring"])
    for entry in found["legend"]:
        if entry["x"] < ring_right:
            problems.append(f"legend {entry['text']!r} is not beside the plot (starts at x {entry['x']:.0f}, "
                            f"left of the outer ring's right edge {ring_right:.0f})")
    for marker in found["markers"]:
        if min(marker["w"], marker["h"]) < LARGE_MARKER:
            problems.append(f"{marker['kind']} at ({marker['x']:.0f}, {marker['y']:.0f}) is only "
                            f"{marker['w']:.1f} x {marker['h']:.1f} px, not scaled with the words")
    return problems


def measure(page, svg, png, equal_scores, large=False):
    page.page_url = Path(svg).resolve().as_uri()
    # Large enough for the whole picture, so every point of it can be hit-tested.
    page.call("Emulation.setDeviceMetricsOverride", width=3000, height=3000, deviceScaleFactor=1, mobile=False)
    page.loaded = False
    page.call("Page.navigate", url=page.page_url)
    page.listen(20, until_loaded=True)
    result = page.call("Runtime.evaluate", expression=MEASURE, returnByValue=True)
    if "exceptionDetails" in result:
        return None, ["could not measure: " + result["exceptionDetails"].get("text", "?")]
    found = result["result"]["value"]
    clip = {"x": 0, "y": 0, "width": found["width"], "height": found["height"], "scale": 1}
    shot = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True, clip=clip,
                     optimizeForSpeed=True)  # the same pixels, less squeezed, faster
    Path(png).write_bytes(base64.b64decode(shot["data"]))
    return found, problems_in(found, equal_scores) + (large_problems(found) if large else [])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--output-dir", required=True)
    parser.add_argument("--chromium", default="/usr/bin/chromium", help=argparse.SUPPRESS)
    args = parser.parse_args()
    output = Path(args.output_dir)
    output.mkdir(parents=True, exist_ok=True)
    work = tempfile.mkdtemp(prefix="check-web-layout-")
    failures, count, proc, page = [], 0, None, None
    try:
        try:
            proc, port = start_chromium(args.chromium, work)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
                targets = json.load(response)
            page = Page(next(t["webSocketDebuggerUrl"] for t in targets if t.get("type") == "page"), "about:blank")
        except (StartupError, OSError, StopIteration) as err:
            print(f"error: could not start or reach Chromium: {err}", file=sys.stderr)
            return 2
        for domain in ("Runtime", "Page"):
            page.call(f"{domain}.enable")
        for name, arguments in cases(args.binary, args.source, work):
            svg = output / f"layout-{name}.svg"
            run = subprocess.run([args.binary, "web", "--format", "svg", "--force", "-o", str(svg)] + arguments,
                                 capture_output=True, text=True)
            if run.returncode != 0:
                failures.append(f"{name}: coprod web exited {run.returncode}: {run.stderr.strip()}")
                continue
            found, problems = measure(page, svg, output / f"layout-{name}.png", "-equal-" in name, "-large-" in name)
            count += 1
            size = f"{found['width']:.0f} x {found['height']:.0f}" if found else "?"
            print(f"{name}: {size}, {len(found['everything']) if found else 0} texts, {len(problems)} problem(s)")
            failures += [f"{name}: {problem}" for problem in problems]
    finally:
        if page:
            page.ws.close()
        if proc:
            stop_chromium(proc)
        shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"{count} webs measured; " + (f"{len(failures)} problem(s)" if failures else "OK: nothing overlaps or leaves the picture"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
