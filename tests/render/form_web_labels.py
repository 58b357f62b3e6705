#!/usr/bin/python3
"""The scoring form's co-production web keeps every section label whole and apart, as `coprod web` does, every
score clear of the others and of the scale, and its words as large as the page's on a narrow screen.

For each built-in framework it writes a blank form with the real binary, opens it in headless Chromium,
scores the first row of every section with the mouse (the web is drawn as scores change), once in the middle
of the scale and once low (0.5 to 1.5, where the points crowd round the centre), and measures, as the browser
lays them out on screen, each section label at the end of an axis, where the axes are numbered each title
listed under the plot, each score beside its point and each number of the scale. It fails if

  * a label or a listed title reaches outside the picture (the SVG's box on the page): cut off;
  * two of them overlap: one printed on top of another;
  * a score overlaps another score, a number of the scale or a label, or reaches outside the picture: at
    1280 px for the two sets of scores clicked and for a fixed set of others drawn straight from the page's
    script (every score 0, 0.5, 1 or the top, top and 0 in turn, and 150 sets of pseudo-random scores, some
    missing, a third of them below 2);
  * the form numbers the axes where `coprod web` titles them for the same framework, or titles them where
    it numbers them (the form takes its layout from `coprod web`'s);
  * at 390 px (a phone) or 320 px (1280 px at 400% zoom, WCAG 1.4.10's width) a word or number of the web
    is smaller on screen than the page's body text (WCAG 1.4.4), or the web draws scores there at all (the
    table above it gives them, and the note under it says so).

At 1280 px (a laptop) the labels are as `coprod web` places them; at 390 and 320 px the axes are numbered
in large type. Screenshots of each web with the low scores stay in OUTPUT_DIR as
form-web-FRAMEWORK-WIDTH.png.

With --axe, axe-core finds no WCAG 2.2 A or AA violation in the page at each width, and the page logs no
error or exception.

Usage: form_web_labels.py --binary COPROD --output-dir OUTPUT_DIR [--axe axe.min.js]
Exit status (form_runner.py's): 0 clean; 1 problems found; 2 Chromium could not be started.
"""
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_html_in_browser import run_axe  # noqa: E402
import form_runner  # noqa: E402

FRAMEWORKS = ["ipc-coproduction", "strategic-coproduction", "making-coproduction-work"]
WIDTHS = [1280, 390, 320]
MIDDLE = [2 + section % 7 for section in range(15)]  # 1.0 to 4.0: the index of the score clicked
LOW = [1, 2, 3, 2, 1, 3, 2] * 3  # 0.5, 1.0, 1.5

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


# Each score's box, each scale number's and each label's; the picture's; the text's size on screen against the body's.
MEASURE_SCORES = """(() => {
  const svg = document.querySelector('#web svg');
  const box = r => ({left: r.left, top: r.top, right: r.right, bottom: r.bottom});
  const texts = sel => Array.from(svg.querySelectorAll(sel)).map(t =>
      Object.assign(box(t.getBoundingClientRect()), {text: t.textContent}));
  return {svg: box(svg.getBoundingClientRect()), values: texts('.values text'), others: texts('.scale text')
          .map(t => Object.assign(t, {text: 'scale ' + t.text})).concat(texts('.axis-labels text'))};
})()"""

# Sets of scores to draw the web with: every score 0, 0.5, 1 or the top; the top and 0 in turn; 0.5 and 1.5 in turn;
# then pseudo-random ones in tenths (a fixed seed), one in ten missing, a third of the sets below 2.
def score_sets(count, sections, top):
    seed = 20261206

    def random():
        nonlocal seed
        seed = (seed * 1103515245 + 12345) % 2147483648
        return seed / 2147483648

    sets = [[value] * sections for value in (0, 0.5, 1, top)]
    sets += [[0 if i % 2 else top for i in range(sections)], [0.5 if i % 2 else 1.5 for i in range(sections)]]
    for k in range(count):
        sets.append([None if random() < 0.1 else round(random() * (2 if k % 3 == 0 else top) * 10) / 10
                     for _ in range(sections)])
    return sets


# Draws the web with the page's own script, as the form does when scores change.
DRAW = """(values => {
  const framework = JSON.parse(document.getElementById('coprod-data').textContent).framework;
  CoprodWeb.render(document.getElementById('web'), {sections: framework.sections, max: framework.scale.max,
      values: values, layout: framework.web, title: 'Co-production web', description: 'Scores'});
})(%s)"""

# Each text of the web: its size on screen (its font size times the picture's scale) and the body text's.
TEXT_SIZES = """(() => {
  const svg = document.querySelector('#web svg');
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return {body: parseFloat(getComputedStyle(document.body).fontSize),
          texts: Array.from(svg.querySelectorAll('text')).map(t =>
              [t.textContent, parseFloat(getComputedStyle(t).fontSize) * scale])};
})()"""


def swept_problems(session, what):
    """The web drawn for many sets of scores: every score clear of the others, the scale and the labels."""
    sections = session.js("JSON.parse(document.getElementById('coprod-data').textContent).framework.sections.length")
    top = session.js("JSON.parse(document.getElementById('coprod-data').textContent).framework.scale.max")
    found = []
    for values in score_sets(150, sections, top):
        session.js(DRAW % json.dumps(values))
        measured = session.js(MEASURE_SCORES)
        if not measured["values"] and any(v is not None for v in values):
            found.append(f"{what}, scores {values}: no score drawn")
        found += score_problems(measured, f"{what}, scores {values}")
    session.js("window.coprodForm.sectionScores()")  # the web as the form's scores draw it again
    return found


def narrow_problems(session, what):
    """On a narrow screen every word and number of the web at least body size, and no scores drawn."""
    sizes = session.js(TEXT_SIZES)
    found = [f"{what}: {text!r} is {size:.1f} px on screen, smaller than the body's {sizes['body']} px"
             for text, size in sizes["texts"] if size < sizes["body"] - 0.01]
    if session.js("document.querySelectorAll('#web .values text').length"):
        found.append(f"{what}: the narrow web draws scores, which have no room at body size")
    if not session.js("(n => n && n.getClientRects().length > 0)(document.querySelector('.narrow-web-note'))"):
        found.append(f"{what}: the note under the narrow web, saying where its scores are, is not shown")
    return found


def score_problems(measured, what):
    """A score over another score, a scale number or a label, or reaching outside the picture."""
    found = []
    values = measured["values"]
    for i, value in enumerate(values):
        if outside(value, measured["svg"]):
            found.append(f"{what}: the score {value['text']} reaches outside the picture")
        for other in values[i + 1:] + measured["others"]:
            if overlap(value, other):
                found.append(f"{what}: the score {value['text']} overlaps {other['text'][:40]!r}")
    return found


def scale_problems(measured, what):
    """A number of the scale printed over a section label or key."""
    scale = [t for t in measured["others"] if t["text"].startswith("scale ")]
    labels = [t for t in measured["others"] if not t["text"].startswith("scale ")]
    return [f"{what}: the {number['text']} overlaps {label['text'][:40]!r}"
            for number in scale for label in labels if overlap(number, label)]


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


def click_scores(session, indexes):
    for section in range(session.js("window.coprodForm.sectionScores().length")):
        session.click(f"label[for='r{section}-0-score-{indexes[section]}']")


def check_framework(session, args, framework, work):
    html = Path(work) / f"{framework}.html"
    subprocess.run([args.binary, "form", "-o", str(html), "--framework", framework, "--perspective", "organisation",
                    "--area", "Eastvale", "--period", "2026-Q4"], check=True, capture_output=True)
    found = []
    for width in WIDTHS:
        session.open(html, width=width)
        for scores, indexes in (("middle", MIDDLE), ("low", LOW)):
            click_scores(session, indexes)
            what = f"{framework} at {width} px, {scores} scores"
            measured = session.js(MEASURE)
            if not measured["labels"]:
                found.append(f"{what}: the web has no section labels")
            found += problems_in(measured, what)
            found += score_problems(session.js(MEASURE_SCORES), what)
            found += scale_problems(session.js(MEASURE_SCORES), what)
        what = f"{framework} at {width} px"
        if width == 1280:
            numbered = bool(measured["key"])
            by_web = numbered_by_coprod_web(args.binary, framework, work)
            if numbered != by_web:
                found.append(f"{what}: the form {'numbers' if numbered else 'titles'} the axes, coprod web "
                             f"{'numbers' if by_web else 'titles'} them")
            found += swept_problems(session, what)
        top = session.js("document.querySelector('#web-figure').getBoundingClientRect().top + scrollY")
        height = session.js("document.querySelector('#web-figure').getBoundingClientRect().height")
        session.screenshot(Path(args.output_dir) / f"form-web-{framework}-{width}.png", width, top=top, height=height)
        if width != 1280:  # after the screenshot, which resizes the window for a moment: still the narrow web
            found += narrow_problems(session, what)
        if args.axe:
            print(f"{what}: {run_axe(session.page, Path(args.axe))}")
        found += [f"{what}: {problem}" for problem in session.page.problems]  # axe-core's, errors, exceptions
        session.page.problems.clear()
    return found


def check_webs(checks, session):
    for framework in FRAMEWORKS:
        for problem in check_framework(session, checks.args, framework, checks.work):
            checks.fail(problem)
    print(f"{len(FRAMEWORKS) * len(WIDTHS)} webs measured")


if __name__ == "__main__":
    sys.exit(form_runner.run(__doc__, check_webs, done="every web's labels and scores whole and apart", source=False))
