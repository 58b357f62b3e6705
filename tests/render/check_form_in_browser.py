#!/usr/bin/python3
"""Drives coprod's scoring form (coprod form) in headless Chromium as people would.

Every check uses the real binary and the real HTML file:
  * the page is self-contained, deterministic and under 500 KB; it makes no
    request, logs no error, and axe-core finds no WCAG 2.2 A/AA violation, blank
    and pre-filled;
  * a blank form's toYaml() is byte for byte what 'coprod init' writes;
  * clicking and typing scores, then saving: 'coprod score' of the saved file
    shows the section scores the form showed, and 'coprod web' draws the points
    the form drew;
  * a keyboard-only pass scores, writes evidence and saves, with a visible focus
    at every stop;
  * every bundled example goes through loadYaml/toYaml and Open with
    'coprod score --format json' unchanged;
  * hostile text stays text; bad files get a message and the form keeps working;
    a second document and a key written twice are placed and worded as
    'coprod check' places and words them;
  * awkward evidence (pasted with a blank first line, tabs, a line separator)
    is written as 'coprod score --set-evidence' writes it and reads back as
    typed; '>' blocks read as coprod reads them;
  * an individual's form saves response-<random>.coprod.yaml files that
    'coprod combine' reads; a response opened again saves under its own name
    or a new one, as the person says whose answers it holds, a name of who
    completed it is left out and Open says so, and a form asking whose view
    says at once that it has no choice for a response (see
    form_opened_responses.py);
  * it reflows at 320 px, targets are at least 24 by 24 px, and in forced
    colours (Windows high contrast) the chosen score still stands out;
  * the skip link moves the focus to the start of the questions, and the
    table of scores so far reflows down to 188 px (a phone at 200% zoom)
    (see form_getting_around.py);
  * in the accessibility tree no two controls share a name, and each row's
    scores are described by its early indicator and warning sign, the marks
    before the signs' headings are not read, the fields Save asks for are
    required, and the web is named once (see form_screen_reader.py);
  * a file of another period than the form's is said so at once, and by
    default carried forward to the form's period as 'coprod init --from'
    does; a date later than today gets a gentle note (see
    form_other_period.py);
  * Save's message shows next to the buttons used;
  * a file 'coprod init' wrote opens and saves byte for byte, its
    '# yaml-language-server' line and any notes above coprod's own comments kept;
  * any file opened and saved keeps its layout wherever its values did not
    change, and changed values are written as 'coprod score --set' writes them
    (see form_keeps_layout.py);
  * "Use today's date" is announced: a polite live region under the box says
    the date in words, and the focus stays on the button;
  * a field Save found wrong loses its message and its invalid mark (also in the
    accessibility tree) once it is put right: by "Use today's date", typing,
    a click or Open;
  * where people misread it, the form says what it means: a row with only one of
    the two signs, Save or Copy of a response not finished or not begun, a date
    typed day first, how to write a date on paper (see form_plain_words.py);
  * the intro names only the signs the framework's rows have (see
    form_intro_signs.py);
  * text that seems to tie a remark to a named person gets a gentle note
    under its box, exactly where 'coprod check' would name it (see
    form_personal_data.py);
  * a score is chosen by typing its number while the row's scores have the
    focus, each Save replaces the last message under the buttons, the review
    period is checked (and "Q4 2026" written 2026-Q4) on leaving its box, the
    "We see this ..." boxes are described by their signs, and at 911 by 512 px
    a row's signs, scores and evidence fit on one screen (see
    form_keyboard_and_layout.py);
  * printed on A4 the form takes fewer pages, at 11pt, says how to mark it (a circle round a score), gives the
    scale's ends by each row's scores, lines up a row's boxes of what is seen, and leaves out the empty table of
    scores so far and the web until something is scored (see form_on_paper.py);
  * a file Open refuses takes away what the last Save, Copy or Open said
    under the buttons, and the list at the top says why; a file that is not
    an assessment at all (the form's own page, a document) says first which
    file to choose (see form_failed_open.py).
Screenshots (360 and 1280 px) and the printed A4 pages (PDF and PNG) are kept
in OUTPUT_DIR for people to look at.

Usage: check_form_in_browser.py --binary COPROD --source DIR --output-dir DIR --axe axe.min.js
"""
import difflib
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_html_in_browser as browser  # noqa: E402
import form_runner  # noqa: E402
from form_page_state import (field_state, invalid_in_tree, live_region, open_with_the_button,  # noqa: E402
                             page_problems, save_with_problems, shows_error, shows_no_error, status_once_said)
import form_failed_open  # noqa: E402
import form_getting_around  # noqa: E402
import form_intro_signs  # noqa: E402
import form_keyboard_and_layout  # noqa: E402
import form_keeps_layout  # noqa: E402
import form_on_paper  # noqa: E402
import form_opened_responses  # noqa: E402
import form_other_period  # noqa: E402
import form_personal_data  # noqa: E402
import form_plain_words  # noqa: E402
import form_screen_reader  # noqa: E402

# A page small enough to e-mail to a group. Raised from 400 KB on 2026-12-06: the form filled from the example
# grew from 380 to 414 KB with the carried-forward notices and their boxes for paper (31 rows' earlier answers)
# and the script that places the web's scores clear of each other. Raised from 450 KB later that day: the form
# filled from the example was 450.4 KB (its script 226 KB of it, comments kept so that whoever is sent the page
# can read it) with the attribution rule's word lists and the question asked of answers kept on the device.
MAX_BYTES = 500 * 1024
HOSTILE_AREA = "<img src=x onerror=\"window.__hacked=1\"> & \"Co\" </script><script>window.__hacked=2</script>"
HOSTILE_EVIDENCE = "<b>bold?</b>\n</textarea><script>window.__hacked=3</script>\nSome people felt <i>unheard</i>."


def check_page_basics(checks, session, html, what):
    data = html.read_bytes()
    checks.expect(len(data) < MAX_BYTES, f"{what}: {len(data)} bytes, over the {MAX_BYTES // 1024} KB limit")
    checks.expect(not re.search(rb"""(src|href)\s*=\s*["']?(https?:|//)""", data), f"{what}: refers to something online")
    session.open(html)
    checks.expect(session.js("document.documentElement.lang") == "en-GB", f"{what}: lang is not set")
    checks.expect(session.js("typeof window.coprodForm.toYaml") == "function", f"{what}: window.coprodForm is missing")
    if checks.args.axe:
        summary = browser.run_axe(session.page, Path(checks.args.axe))
        print(f"  {what}: {summary}")
    page_problems(checks, session, what)


# The same action offered at the top and at the bottom of the page.
REPEATED_ON_PURPOSE = {"Save", "Copy the text", "Open a saved file", "Print", "Clear answers on this device"}


def check_control_names(checks, session):
    """In the accessibility tree, as a screen reader gives it: no two text boxes, check boxes, buttons or
    groups share a name (a screen reader's list of fields must say which row each box is for), and each
    row's scores are described by its early indicator."""
    session.page.call("Accessibility.enable")
    nodes = [n for n in session.page.call("Accessibility.getFullAXTree")["nodes"] if not n.get("ignored")]
    seen = {}
    for node in nodes:
        role, name = node.get("role", {}).get("value"), node.get("name", {}).get("value", "")
        if role in ("textbox", "checkbox", "button", "group") and name not in REPEATED_ON_PURPOSE:
            seen[(role, name)] = seen.get((role, name), 0) + 1
    repeated = [f"{role} {name!r} ({count} times)" for (role, name), count in seen.items() if count > 1]
    checks.expect(not repeated, f"controls a screen reader cannot tell apart: {repeated[:4]}")
    groups = {n.get("name", {}).get("value", ""): n.get("description", {}).get("value", "") for n in nodes
              if n.get("role", {}).get("value") == "group"}
    legend = "Row 1: how far have things got locally? (1. Commitment and leadership)"
    checks.expect("Strategy has been co-developed with people with lived experience." in groups.get(legend, ""),
                  f"the first row's scores are not named {legend!r} and described by its early indicator: "
                  f"{[(k, v[:80]) for k, v in groups.items() if k.startswith('Row 1: how far')][:2]}")
    session.page.call("Accessibility.disable")
    # A phone's number pad (inputmode numeric or decimal) has no '-' on an iPhone: a box that asks for
    # 2026-09-30 must offer the whole keyboard.
    digits_only = session.js("""Array.from(document.querySelectorAll('input[inputmode=numeric], input[inputmode=decimal]'))
        .filter(e => /[0-9]-[0-9]/.test((e.getAttribute('aria-describedby') || '').split(' ')
            .map(id => (document.getElementById(id) || {}).textContent || '').join(' ')))
        .map(e => e.id)""")
    checks.expect(not digits_only, f"boxes asking for a '-' offer a phone's number pad, which may not have one: "
                  f"{digits_only[:3]}")


def check_blank_matches_init(checks, session):
    identity = ["--perspective", "organisation", "--area", "Northbridge", "--period", "2026-Q3"]
    html = checks.make_form("blank.html", *identity)
    again = checks.make_form("blank-again.html", *identity)
    checks.expect(html.read_bytes() == again.read_bytes(), "the same command wrote two different forms")
    check_page_basics(checks, session, html, "blank form")
    check_control_names(checks, session)
    init = checks.coprod("init", "-", *identity, "--schema", "none").stdout
    saved = session.js("window.coprodForm.toYaml()")
    if not checks.expect(saved == init, "a blank form's toYaml() differs from 'coprod init'"):
        print("".join(difflib.unified_diff(init.splitlines(True), saved.splitlines(True), "init", "form", n=1))[:3000])
    for width in (360, 1280):
        session.screenshot(checks.out / f"form-blank-{width}.png", width)
    session.viewport(1280)
    session.print_pdf(checks.out / "form-blank-a4.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "3", str(checks.out / "form-blank-a4.pdf"),
                    str(checks.out / "form-blank-a4")], check=False)
    check_layout(checks, session)
    page_problems(checks, session, "blank form")
    return html


def check_layout(checks, session):
    for width in (640, 320):  # 640: a 1280 px window at 200% zoom
        session.viewport(width, 640)
        session.page.listen(0.2)
        scroll = session.js("document.documentElement.scrollWidth")
        checks.expect(scroll <= width, f"at {width} px wide the page scrolls sideways ({scroll} px)")
    small = session.js("""Array.from(document.querySelectorAll('input:not([type=hidden]), button, textarea, .contents a'))
        .filter(e => e.offsetParent !== null)
        .map(e => { const r = e.getBoundingClientRect(); return [e.id || e.textContent.trim().slice(0, 30), r.width, r.height]; })
        .filter(([name, w, h]) => w < 24 || h < 24).slice(0, 5)""")
    checks.expect(not small, f"targets smaller than 24 by 24 px at 320 px wide: {small}")
    session.viewport(1280)
    check_forced_colours(checks, session)


def check_forced_colours(checks, session):
    """In Windows high contrast (forced colours) the chosen score still looks chosen, not only by its tick."""
    session.page.call("Emulation.setEmulatedMedia", features=[{"name": "forced-colors", "value": "active"}])
    session.js("document.getElementById('r0-0-score-6').checked = true")  # no change event: the form stays unchanged
    chosen, other = session.js("""['r0-0-score-6', 'r0-0-score-4'].map(id =>
        getComputedStyle(document.querySelector('label[for=' + id + ']')).backgroundColor)""")
    checks.expect(chosen != other, f"in forced colours the chosen score's box looks like the others ({chosen})")
    top = session.js("document.getElementById('r0-0').getBoundingClientRect().top + scrollY")
    session.screenshot(checks.out / "form-forced-colours-1280.png", 1280, top=top, height=700)
    session.page.call("Emulation.setEmulatedMedia", features=[])
    session.js("document.getElementById('r0-0-score-none').checked = true")


def click_scores(checks, session, scores):
    """Clicks each (section, row, halves) radio label with the mouse; returns the form's section scores."""
    for section, row, halves in scores:
        suffix = "na" if halves == "n/a" else str(halves)
        session.click(f"label[for='r{section}-{row}-score-{suffix}']")
    session.click("#r0-0-evidence")
    session.type(HOSTILE_EVIDENCE)
    session.click("#r0-0-indicator-seen")
    session.click("#s0-last-completed")
    session.type("2026-09-30")
    return {s["id"]: s["score"] for s in session.js("window.coprodForm.sectionScores()")}


def web_fractions(shapes, axis):
    """Each shape's points as (dx, dy) fractions of the radius from the web's centre, to 2 decimals."""
    cx, cy, ex, ey = (float(value) for value in axis)
    radius = ((ex - cx) ** 2 + (ey - cy) ** 2) ** 0.5
    return [[(round((float(x) - cx) / radius, 2), round((float(y) - cy) / radius, 2))
             for x, y in (point.split(",") for point in shape.split())] for shape in shapes]


def check_person_scores_and_saves(checks, session, html):
    session.open(html)
    shown = click_scores(checks, session, [(0, 0, 5), (0, 1, 8), (0, 2, "n/a"), (1, 0, 7), (3, 2, 10), (3, 3, 0)])
    saved = checks.work / "clicked.coprod.yaml"
    saved.write_text(session.js("window.coprodForm.toYaml()"), encoding="utf-8")
    by_coprod = checks.section_scores(saved)
    checks.expect(shown == by_coprod, f"the form showed {shown}, coprod score shows {by_coprod}")
    checks.expect(shown.get("commitment") == "3.3", f"(2.5 + 4) / 2 should show 3.3 (half up), not {shown.get('commitment')}")
    text_line = session.js("document.getElementById('s0-score').textContent")
    checks.expect(text_line == "Score for this section so far: 3.3 from 2 of 5 rows, 1 not applicable",
                  f"the section's score line reads {text_line!r}")
    # coprod web lays its picture out around measured labels, so the web's
    # centre and radius may differ from the form's: compare each point as a
    # fraction of the radius from the centre (the first axis line gives both).
    form_points = session.js("""Array.from(document.querySelectorAll('#web .series .shape'))
        .map(e => e.getAttribute('points'))""")
    form_axis = session.js("""(l => [l.getAttribute('x1'), l.getAttribute('y1'), l.getAttribute('x2'),
        l.getAttribute('y2')])(document.querySelector('#web line'))""")
    svg = checks.coprod("web", "--format", "svg", saved).stdout
    coprod_axis = re.search(r'<line x1="([^"]+)" y1="([^"]+)" x2="([^"]+)" y2="([^"]+)"/>', svg).groups()
    series = svg[svg.index('class="series"'):]
    series = series[:series.index("</g>\n</g>")]
    coprod_points = re.findall(r'<(?:polygon|polyline) points="([^"]+)"/>', series)
    form_web, coprod_web = web_fractions(form_points, form_axis), web_fractions(coprod_points, coprod_axis)
    checks.expect(form_web and form_web == coprod_web,
                  f"the form's web points {form_points} (as fractions of its radius: {form_web}) differ from "
                  f"coprod web's {coprod_points} ({coprod_web})")
    # Each score beside its point is painted over the lines with a white halo under it, as coprod web paints
    # them, so a line that runs through it does not cross it out.
    halos = session.js("""Array.from(document.querySelectorAll('#web text')).filter(t => /^[0-9]+[.][0-9]$/
        .test(t.textContent)).map(t => { const s = getComputedStyle(t); return [t.textContent, s.paintOrder,
        s.stroke, parseFloat(s.strokeWidth), Array.from(document.querySelectorAll('#web .series .shape'))
        .every(l => l.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING)]; })""")
    checks.expect(halos and all(order.startswith("stroke") and stroke == "rgb(255, 255, 255)" and width >= 2
                                and after for _, order, stroke, width, after in halos),
                  f"the web's scores should have a white halo and be painted over its lines: {halos}")
    evidence = session.js("document.getElementById('r0-0-evidence').value")
    checks.expect(evidence == HOSTILE_EVIDENCE, "typed evidence with markup did not stay as typed")
    checks.expect("<b>bold?</b>" in saved.read_text(encoding="utf-8"), "the saved file lost the evidence")
    checks.expect(session.js("window.coprodForm.hasUnsavedChanges()"), "changes are not marked as unsaved")
    downloads = checks.work / "downloads"
    session.catch_downloads(downloads)
    session.click("#actions-bottom [data-action=save]")
    files = session.wait_for_file(downloads, "2026-Q3-organisation.coprod.yaml")
    if checks.expect(files, "Save did not download 2026-Q3-organisation.coprod.yaml"):
        checks.expect(files[0].read_text(encoding="utf-8") == saved.read_text(encoding="utf-8"),
                      "Save wrote something other than toYaml()")
    checks.expect(not session.js("window.coprodForm.hasUnsavedChanges()"), "after Save the form still says unsaved")
    status = session.js("document.getElementById('status-bottom').textContent")
    # a group's own assessment: a row not applicable is not counted as scored (as 'coprod score' counts), and the
    # file stays with the group's files, where the facilitator filling in the form is often the one who keeps them
    group_saved = ("Saved as 2026-Q3-organisation.coprod.yaml in your downloads folder. This browser no longer keeps a "
                   "copy of your answers. You have scored 5 of 24 rows, "
                   "1 not applicable; 18 rows are not scored yet: see the rows still to score. You can open this file later "
                   "to carry on. When you have finished, keep it with "
                   "the group's other assessment files, or give it to whoever keeps them.\n\nIf this is your own phone or "
                   "computer, you can keep a copy of your answers on it too, so that this form opens with them next "
                   "time.")
    checks.expect(status == group_saved, f"Save of a group's form said {status!r}, not {group_saved!r}")
    session.screenshot(checks.out / "form-filled-1280.png", 1280)
    session.screenshot(checks.out / "form-filled-360.png", 360)
    session.viewport(1280)
    session.print_pdf(checks.out / "form-filled-a4.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(checks.out / "form-filled-a4.pdf"),
                    str(checks.out / "form-filled-a4")], check=False)
    check_unsaved_warning(checks, session, html)
    page_problems(checks, session, "scoring with the mouse")


def check_missing_section_scores_in_words(checks, session, html):
    """A section with no score says why as coprod does: 'not applicable' when every row is n/a (it said 'not scored
    yet'), else 'not scored yet', in the section's line, the table beside the web and the web's description."""
    session.open(html)
    for row in range(3):
        session.click(f"label[for='r5-{row}-score-na']")
    session.click("label[for='r0-0-score-6']")
    line = session.js("document.getElementById('s5-score').textContent")
    checks.expect(line == "Score for this section so far: not applicable (0 of 3 rows, 3 not applicable)",
                  f"a section whose rows are all n/a reads {line!r}")
    cells = session.js("[1, 5].map(i => document.getElementById('summary-' + i).textContent)")
    checks.expect(cells == ["not scored yet (0 of 3 rows)", "not applicable (0 of 3 rows, 3 not applicable)"],
                  f"the scores beside the web read {cells}")
    description = session.js("document.querySelector('#web desc').textContent")
    for words in ["2. Contact and connect not scored yet;", "6. Review impact not applicable;"]:
        checks.expect(words in description, f"the web's description lacks {words!r}: {description!r}")
    saved = checks.work / "all-not-applicable.coprod.yaml"
    saved.write_text(session.js("window.coprodForm.toYaml()"), encoding="utf-8")
    by_coprod = [l for l in checks.coprod("score", saved).stdout.splitlines() if l.startswith("6. Review impact:")]
    checks.expect(by_coprod == ["6. Review impact: " + line.split(": ", 1)[1]],
                  f"coprod score says {by_coprod}, the form {line!r}")
    session.screenshot(checks.out / "form-not-applicable-1280.png", 1280)
    page_problems(checks, session, "a section all n/a")


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return int(match.group(1)) if match else 0


def check_long_text_prints(checks, session, html):
    """Long evidence prints in full, running on over the pages it needs, and no empty boxes."""
    session.open(html)
    long = "\n".join(f"Line {i}: the network met and talked again about expenses paid late." for i in range(1, 91))
    session.js(f"""(() => {{ const t = document.getElementById('r0-0-evidence'); t.value = {json.dumps(long)};
        t.dispatchEvent(new Event('input', {{bubbles: true}})); }})()""")
    pdf = checks.out / "form-long-evidence-a4.pdf"
    session.print_pdf(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    checks.expect("Line 1: the network" in text and "Line 90: the network" in text, "long evidence is not printed in full")
    # Text put in a box without an input event (as a browser restores it on
    # going back to the page) prints too.
    session.js("document.getElementById('r0-1-evidence').value = 'Restored without typing.'")
    session.print_pdf(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    checks.expect("Restored without typing." in text, "text put in a box without typing is missing on paper")
    blank_pages = pdf_pages(checks.out / "form-blank-a4.pdf")
    pages = pdf_pages(pdf)
    checks.expect(0 < pages <= blank_pages + 2, f"90 lines of evidence printed on {pages} pages, against {blank_pages} blank")
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "4", str(pdf), str(checks.out / "form-long-evidence-a4")],
                   check=False)


def check_unsaved_warning(checks, session, html):
    checks.expect(session.navigate(html.resolve().as_uri()) == 0, "leaving a saved form asked first")
    session.click("label[for='r3-0-score-6']")
    checks.expect(session.navigate("about:blank", leave=False) == 1, "leaving with unsaved changes gave no warning")
    checks.expect(session.js("window.coprodForm.toYaml().indexOf('score: 3') > 0"), "staying lost the changes")


def focus_is_visible(session):
    return session.js("""(() => { const e = document.activeElement; if (!e || e === document.body) return false;
        const visible = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
        if (visible(getComputedStyle(e))) return true;
        const label = e.id && document.querySelector('label[for="' + e.id + '"]');
        return !!label && visible(getComputedStyle(label)); })()""")


def check_keyboard_only(checks, session, html):
    session.open(html)
    invisible, stops = [], 0
    while stops < 80 and session.js("document.activeElement && document.activeElement.name") != "r0-0-score":
        session.press("Tab")
        stops += 1
        if not focus_is_visible(session):
            invisible.append(session.js("document.activeElement.id || document.activeElement.tagName"))
    checks.expect(not invisible, f"focus not visible on: {invisible[:5]}")
    if not checks.expect(stops < 80, "Tab never reached the first row's score"):
        return
    for _ in range(8):  # from "Not scored yet" round to 0, then 0.5, 1, ... 3.5
        session.press("ArrowRight")
    session.press("Tab")  # to the evidence
    checks.expect(session.js("document.activeElement.id") == "r0-0-evidence", "Tab after the score did not reach the evidence")
    session.type("Typed with the keyboard only.")
    session.press("Tab")
    session.press("Space")  # "We see this early indicator"
    text = session.js("window.coprodForm.toYaml()")
    checks.expect("      strategy:\n        score: 3.5\n        evidence: Typed with the keyboard only.\n"
                  "        indicator_seen: true\n" in text, "keyboard-only scoring did not reach the file")
    saved = checks.work / "keyboard.coprod.yaml"
    saved.write_text(text, encoding="utf-8")
    checks.expect(checks.section_scores(saved)["commitment"] == "3.5", "coprod score disagrees after the keyboard pass")
    for bar in ("actions-bottom", "actions-top"):
        check_message_in_view(checks, session, bar)
    page_problems(checks, session, "keyboard only")


def check_message_in_view(checks, session, bar):
    """Save from the keyboard says so where the person is looking: next to the button, not a page away."""
    session.js(f"document.querySelector('#{bar} [data-action=save]').scrollIntoView({{block: 'end'}})")
    session.js(f"document.querySelector('#{bar} [data-action=save]').focus()")
    session.press("Enter")
    shown = None
    for _ in range(20):
        session.page.listen(0.05)
        shown = session.js("""(() => { const box = Array.from(document.querySelectorAll('[role=status]'))
            .find(e => e.textContent.startsWith('Saved as')); if (!box) return null; const r = box.getBoundingClientRect();
            return [r.top, r.bottom, innerHeight]; })()""")
        if shown:
            break
    # Within a pixel either way: scrolling goes by whole pixels, layout by fractions (a top at -0.31 is in sight).
    checks.expect(shown and shown[0] >= -1 and shown[1] <= shown[2] + 1,
                  f"after Save at {bar} from the keyboard, 'Saved as ...' is out of sight (top, bottom, window: {shown})")


# 4 December 2026, noon, for every "new Date()" the page makes from here on: "Use today's date" gives a known day.
FIXED_TODAY = """(() => { const Real = Date;
    window.Date = class extends Real { constructor(...a) { if (a.length) super(...a); else super(2026, 11, 4, 12, 0, 0); } }; })()"""
TODAY_SAID = "Date set to today, 4 December 2026."


def check_today_is_announced(checks, session, blank):
    """'Use today's date' fills the box and a screen reader hears it: a polite live region under the box,
    already in the accessibility tree before the click, says the date in words; the focus stays on the
    button, and a second click is announced again. Typing in the box takes the message away."""
    session.open(blank)
    session.js(FIXED_TODAY)
    session.page.call("Accessibility.enable")
    field, button = "s1-last-completed", "button.today[data-for='s1-last-completed']"
    before = live_region(session, f"#{field}-done")
    if not checks.expect(before and before[0] == "status" and before[1] == "polite" and before[2] == "",
                         f"before 'Use today's date' there is no empty polite live region under the date box, so "
                         f"a screen reader would not announce the date it puts in: {before}"):
        session.page.call("Accessibility.disable")
        return
    session.js(f"document.querySelector({json.dumps(button)}).focus()")
    session.press("Enter")
    shown = session.text_once_in(f"#{field}-done")
    checks.expect(session.js(f"document.getElementById('{field}').value") == "2026-12-04", "the date box was not filled")
    checks.expect(shown == TODAY_SAID, f"after 'Use today's date' from the keyboard the page says {shown!r}, not {TODAY_SAID!r}")
    after = live_region(session, f"#{field}-done")
    checks.expect(after == ["status", "polite", TODAY_SAID], f"the accessibility tree has {after} under the date box")
    checks.expect(session.js(f"document.activeElement === document.querySelector({json.dumps(button)})"),
                  "the focus left 'Use today's date' after using it")
    checks.expect(focus_is_visible(session), "the focus on 'Use today's date' is not visible after using it")
    checks.expect(session.js("window.coprodForm.hasUnsavedChanges()"), "today's date is not marked as an unsaved change")
    checks.expect("    last_completed: 2026-12-04\n" in session.js("window.coprodForm.toYaml()"), "today's date is not saved")
    if checks.args.axe:
        print(f"  today's date said: {browser.run_axe(session.page, Path(checks.args.axe))}")
    for width, above, height in ((1280, 150, 300), (360, 200, 420)):
        session.viewport(width)
        session.page.listen(0.2)
        top = session.js(f"document.getElementById('{field}').getBoundingClientRect().top + scrollY")
        session.screenshot(checks.out / f"form-today-said-{width}.png", width, top=top - above, height=height)
    session.viewport(1280)
    session.js(f"""(() => {{ const box = document.getElementById('{field}-done'); window.__said = [];
        new MutationObserver(() => window.__said.push(box.textContent)).observe(box, {{childList: true, characterData: true, subtree: true}}); }})()""")
    session.click(button)
    session.text_once_in(f"#{field}-done")
    session.page.listen(0.2)
    again = session.js("window.__said")
    checks.expect(again and again[0] == "" and again[-1] == TODAY_SAID,
                  f"a second click does not empty the live region and say the date again, so it is not announced: {again}")
    session.click(f"#{field}")
    session.type("2026-12-0")
    checks.expect(session.js(f"document.getElementById('{field}-done').textContent") == "",
                  "after typing in the date box the page still says the date was set to today")
    session.page.call("Accessibility.disable")
    page_problems(checks, session, "today's date")


def differences(expected, saved):
    return "".join(difflib.unified_diff(expected.splitlines(True), saved.splitlines(True), "expected", "saved", n=1))[:1500]


def check_leading_comments_kept(checks, session, blank):
    """The comment lines at the top of a file, above the comments the form writes itself (which begin with
    the framework's title line), survive Open and Save, and a form made from the file: a file 'coprod init'
    wrote, with its '# yaml-language-server' line, saves byte for byte as it was."""
    identity = ["--perspective", "organisation", "--area", "Northbridge", "--period", "2026-Q3"]
    init = checks.work / "2026-Q3-organisation.coprod.yaml"
    checks.coprod("init", init, *identity, "--schema", "../schemas/assessment.schema.json")
    made = init.read_text(encoding="utf-8")
    checks.expect(made.startswith("# yaml-language-server: $schema=../schemas/assessment.schema.json\n#\n# Co-production"),
                  f"'coprod init' no longer starts with its schema line: {made[:120]!r}")
    session.open(blank)
    status = open_with_the_button(session, init)
    checks.expect(status.startswith(f"Opened {init.name}:"), f"Open of {init.name} said {status!r}")
    downloads = checks.work / "kept-comments"
    session.catch_downloads(downloads)
    session.click("#actions-top [data-action=save]")
    files = session.wait_for_file(downloads, "*.coprod.yaml")
    if checks.expect(files, "Save after Open downloaded nothing"):
        saved = files[0].read_text(encoding="utf-8")
        checks.expect(saved == made, "a file 'coprod init' wrote, opened and saved, changed:\n" + differences(made, saved))
    session.open(checks.make_form("from-init.html", init))
    saved = session.js("window.coprodForm.toYaml()")
    checks.expect(saved == made, "a form made from a file 'coprod init' wrote saves it differently:\n" + differences(made, saved))
    title = made[made.index("# Co-production"):]
    notes = "# Northbridge's own note: agreed at the December meeting.\n\n"
    own_title = "# Our own heading, in place of coprod's\n#\n"
    cases = [
        ("notes above the schema line", notes + made),
        ("notes with Windows line ends", (notes + made).replace("\n", "\r\n")),
        ("no comments above coprod's", title),
        ("coprod's title line replaced", own_title + title.split("\n", 1)[1]),
    ]
    for what, text in cases:  # saved as they were: see form_keeps_layout.py for files the form writes afresh
        result = session.js(f"window.coprodForm.loadYaml({json.dumps(text)})")
        if not checks.expect(result["ok"], f"{what}: the form refused it: {result['problems'][:2]}"):
            continue
        saved = session.js("window.coprodForm.toYaml()")
        checks.expect(saved == text, f"{what}: saved differently:\n" + differences(text, saved))
    # A form made with --schema writes its own line only into files that have none.
    with_schema = checks.make_form("with-schema.html", *identity, "--schema", "https://example.org/a.json")
    session.open(with_schema)
    session.js(f"window.coprodForm.loadYaml({json.dumps(made)})")
    saved = session.js("window.coprodForm.toYaml()")
    checks.expect(saved == made, "a form made with --schema replaced the opened file's own schema line:\n" + differences(made, saved))
    session.js(f"window.coprodForm.loadYaml({json.dumps(notes + title)})")
    expected = "# yaml-language-server: $schema=https://example.org/a.json\n#\n" + notes + title
    saved = session.js("window.coprodForm.toYaml()")
    checks.expect(saved == expected, "a form made with --schema did not give its line to a file without one:\n" +
                  differences(expected, saved))
    page_problems(checks, session, "comments at the top of a file")


def examples(source):
    return sorted(Path(source, "examples").rglob("*.coprod.yaml"))


def check_examples_round_trip(checks, session, blank):
    for index, example in enumerate(examples(checks.args.source)):
        original = checks.score_json(example)
        prefilled = checks.make_form(f"prefilled-{index}.html", example)
        if index == 0:
            check_page_basics(checks, session, prefilled, f"form pre-filled from {example.name}")
            session.screenshot(checks.out / "form-prefilled-1280.png", 1280)
            session.screenshot(checks.out / "form-prefilled-360.png", 360)
        else:
            session.open(prefilled)
        out = checks.work / f"prefilled-{index}.coprod.yaml"
        out.write_text(session.js("window.coprodForm.toYaml()"), encoding="utf-8")
        checks.expect(checks.score_json(out)["assessments"][0]["sections"] == original["assessments"][0]["sections"],
                      f"a form pre-filled from {example.name} saves different scores")
        session.open(blank)
        result = session.js(f"window.coprodForm.loadYaml({json.dumps(example.read_text(encoding='utf-8'))})")
        checks.expect(result["ok"], f"loadYaml({example.name}) refused it: {result['problems']}")
        out = checks.work / f"loaded-{index}.coprod.yaml"
        out.write_text(session.js("window.coprodForm.toYaml()"), encoding="utf-8")
        checks.expect(checks.score_json(out)["assessments"][0]["sections"] == original["assessments"][0]["sections"],
                      f"{example.name} through loadYaml/toYaml scores differently")
        again = session.js(f"window.coprodForm.loadYaml({json.dumps(out.read_text(encoding='utf-8'))})")
        checks.expect(again["ok"] and session.js("window.coprodForm.toYaml()") == out.read_text(encoding="utf-8"),
                      f"{example.name}: loading the saved text again does not give the same text")
    page_problems(checks, session, "bundled examples")
    session.open(blank)
    session.page.call("DOM.enable")
    example = examples(checks.args.source)[0]
    status = open_with_the_button(session, example)
    checks.expect(status.startswith(f"Opened {example.name}:"), f"Open of {example.name} said {status!r}")
    page_problems(checks, session, "Open")


# Evidence people type or paste: each must be written by the form as coprod
# writes it, and read back by both as it was typed.
AWKWARD_TEXTS = [
    "\n  - people are paid late\nWe raised it in November.",  # pasted from an e-mail: blank first line, then indented
    "first\n\tsecond",  # a line starting with a tab, pasted from a spreadsheet
    "\tindented\nnext",
    "line one\u2028line two",  # a line separator, which YAML 1.1 readers take as a line break
    "ends with a break\n",
    "  starts with spaces",
    "We held 3 meetings # of 4 planned",
    "'quoted' at the start\nand a second line",
    "a: b\n\n\nafter two empty lines",
]


def check_awkward_text_round_trips(checks, session, blank):
    """Text written by the form is what 'coprod score --set-evidence' writes, and both read it back."""
    identity = ["--perspective", "organisation", "--area", "Northbridge", "--period", "2026-Q3", "--schema", "none"]
    session.open(blank)
    for number, text in enumerate(AWKWARD_TEXTS):
        path = checks.work / f"awkward-{number}.coprod.yaml"
        checks.coprod("init", path, *identity)
        checks.coprod("score", path, "--set-evidence", f"commitment.strategy={text}")
        written = path.read_text(encoding="utf-8")
        result = session.js(f"window.coprodForm.loadYaml({json.dumps(written)})")
        if not checks.expect(result["ok"], f"{text!r}: the form cannot open what coprod wrote: {result['problems'][:2]}"):
            continue
        shown = session.js("document.getElementById('r0-0-evidence').value")
        checks.expect(shown == text, f"{text!r}: the form reads coprod's file as {shown!r}")
        saved = session.js("window.coprodForm.toYaml()")
        checks.expect(saved == written, f"{text!r}: the form writes it differently from coprod:\n" +
                      "".join(difflib.unified_diff(written.splitlines(True), saved.splitlines(True), n=0))[:800])
        rows = checks.score_json(path)["assessments"][0]["sections"][0]["rows"]
        checks.expect(rows[0].get("evidence") == text, f"{text!r}: coprod reads its own file as {rows[0].get('evidence')!r}")
    page_problems(checks, session, "awkward text")


def check_document_markers(checks, session, blank):
    """A file with YAML's document markers (--- at the start, ... at the end) opens as coprod opens it."""
    good = Path(checks.args.source, "examples/northbridge/2026-Q3-organisation.coprod.yaml").read_text(encoding="utf-8")
    session.open(blank)
    tab_comment = good.replace("sections:\n", "sections:\n\t# a comment after a tab\n", 1)
    for what, text in [("'...' at the end", good + "...\n"), ("'---' and '...'", "---\n" + good + "...\n# done\n"),
                       ("'... # end'", good + "... # end\n"), ("'...' twice", good + "...\n...\n# end\n"),
                       ("a comment after a tab", tab_comment)]:
        path = checks.work / "markers.coprod.yaml"
        path.write_text(text, encoding="utf-8")
        checks.coprod("score", path)
        result = session.js(f"window.coprodForm.loadYaml({json.dumps(text)})")
        checks.expect(result["ok"], f"{what}: the form refused a file coprod reads: {result['problems'][:2]}")
    result = session.js(f"window.coprodForm.loadYaml({json.dumps(good + '---' + chr(10) + 'a: 1' + chr(10))})")
    checks.expect(not result["ok"] and any("more than one YAML document" in p for p in result["problems"]),
                  f"a second document: {result['problems'][:2]}")
    result = session.js(f"window.coprodForm.loadYaml({json.dumps(good + '...' + chr(10) + 'a: 1' + chr(10))})")
    checks.expect(not result["ok"] and any("more than one YAML document" in p for p in result["problems"]),
                  f"text after '...': {result['problems'][:2]}")
    page_problems(checks, session, "document markers")


def check_yaml_errors_placed_as_coprod_places_them(checks, session, blank):
    """A second document and a key written twice are refused at the line and column, and in the words, that
    'coprod check' gives for the same file: the second document at the '---' (or the text) that starts it, the
    second key naming the first one's line, in the file's top mapping, a row, and a { } on one line."""
    good = Path(checks.args.source, "examples/northbridge/2026-Q3-organisation.coprod.yaml").read_text(encoding="utf-8")
    rows = re.findall(r"^      (\w+):\n", good, re.M)
    session.open(blank)
    for what, text in [("a second document", good + "---\nformat: coprod-assessment/1\n"),
                       ("a second document after '...' and a comment", good + "...\n# next\n\n--- # b\na: 1\n"),
                       ("an indented second document after '...'", good + "...\n  a: 1\n"),
                       ("a key written twice", good.replace("period: 2026-Q3\n", "period: 2026-Q3\nperiod: 2026-Q4\n", 1)),
                       ("a key written twice, with a space before its ':'",
                        good.replace("period: 2026-Q3\n", "period: 2026-Q3\nperiod : 2026-Q4\n", 1)),
                       ("a row written twice", good.replace(f"      {rows[1]}:\n", f"      {rows[0]}:\n", 1)),
                       ("a key written twice in {}",
                        good.replace("        indicator_seen: true\n", "        spread: {count: 2, count: 3}\n", 1))]:
        path = checks.work / "placed.coprod.yaml"
        path.write_text(text, encoding="utf-8")
        said = re.search(r"placed\.coprod\.yaml:(\d+):(\d+): error: (.*)", checks.coprod("check", path, expect_status=3).stdout)
        if not checks.expect(said, f"{what}: coprod check gives no error"):
            continue
        expected = f"Line {said[1]}, column {said[2]}: {said[3]}."
        result = session.js(f"window.coprodForm.loadYaml({json.dumps(text)})")
        checks.expect(not result["ok"] and result["problems"][:1] and result["problems"][0].startswith(expected),
                      f"{what}: coprod check says {expected!r}, the form {result['problems'][:1]}")
        shown = session.js("document.getElementById('error-summary').hidden ? '' : document.getElementById('error-summary').innerText")
        checks.expect(expected in shown, f"{what}: the page does not show {expected!r}")
        if what == "a row written twice":
            session.screenshot(checks.out / "form-key-twice-summary.png", 1280, height=500)
    page_problems(checks, session, "errors placed as coprod places them")


def check_perspective_suggested(checks, session, blank):
    """A file whose perspective is written another way ("organization", "peer network") is refused
    with the perspective it most likely means, as coprod suggests it."""
    good = Path(checks.args.source, "examples/northbridge/2026-Q3-organisation.coprod.yaml").read_text(encoding="utf-8")
    session.open(blank)
    for written, meant in [("organization", "organisation"), ("peer network", "peer-network"),
                           ("Co-production peer network", "peer-network")]:
        text = good.replace("perspective: organisation\n", f"perspective: {written}\n", 1)
        result = session.js(f"window.coprodForm.loadYaml({json.dumps(text)})")
        checks.expect(not result["ok"] and any(f"did you mean '{meant}'?" in p for p in result["problems"]),
                      f"perspective '{written}': {result['problems'][:2]}")
    text = good.replace("perspective: organisation\n", "perspective: board\n", 1)
    result = session.js(f"window.coprodForm.loadYaml({json.dumps(text)})")
    checks.expect(not result["ok"] and any("organisation, peer-network or individual" in p for p in result["problems"]),
                  f"perspective 'board': {result['problems'][:2]}")
    page_problems(checks, session, "perspective suggested")


def check_folded_blocks_read_as_coprod_reads_them(checks, session, blank):
    """A '>' block (written by hand) reads in the form as coprod reads it."""
    good = Path(checks.args.source, "examples/northbridge/2026-Q3-organisation.coprod.yaml").read_text(encoding="utf-8")
    start = good.index("        evidence: |-\n", good.index("      strategy:"))
    end = good.index("\n      motivation:")
    session.open(blank)
    for number, lines in enumerate([["one", "", "  indented", "back"], ["one", "two", "", "", "three"],
                                    ["", "after an empty line", "  more", "  indented", "", "end"]]):
        block = "".join(f"          {line}\n" if line else "\n" for line in lines)
        text = good[:start] + "        evidence: >-\n" + block.rstrip("\n") + good[end:]
        path = checks.work / f"folded-{number}.coprod.yaml"
        path.write_text(text, encoding="utf-8")
        by_coprod = checks.score_json(path)["assessments"][0]["sections"][0]["rows"][0].get("evidence")
        result = session.js(f"window.coprodForm.loadYaml({json.dumps(text)})")
        if checks.expect(result["ok"], f"folded block {lines}: the form refused it: {result['problems'][:2]}"):
            shown = session.js("document.getElementById('r0-0-evidence').value")
            checks.expect(shown == by_coprod, f"folded block {lines}: the form reads {shown!r}, coprod {by_coprod!r}")
    page_problems(checks, session, "folded blocks")


# Quoted evidence written over several lines by hand or by another YAML
# tool, with coprod's reading of each (or None where coprod refuses it).
QUOTED_OVER_LINES = [
    (["'one", "          two'"], "one two"),
    (["'one  ", "     two   ", "", "   three' # a comment"], "one two\nthree"),
    (["'it''s", "", "", "two'"], "it's\n\ntwo"),
    (['"one\\', '          two"'], "onetwo"),
    (['"one \\', '', '          two"'], "one \ntwo"),
    (['"one\\t', '          \\ttwo"'], "one\t \ttwo"),
    (['"one\\ ', '  # not a comment', '\t two"'], "one  # not a comment two"),
    (["'one", "---", "  two'"], None),
]


def check_quoted_text_over_lines_reads_as_coprod_reads_it(checks, session, blank):
    """Quoted evidence going on over several lines reads in the form as coprod reads it."""
    good = Path(checks.args.source, "examples/northbridge/2026-Q3-organisation.coprod.yaml").read_text(encoding="utf-8")
    start = good.index("        evidence: |-\n", good.index("      strategy:"))
    end = good.index("\n      motivation:")
    session.open(blank)
    for number, (lines, expected) in enumerate(QUOTED_OVER_LINES):
        text = good[:start] + "        evidence: " + "\n".join(lines) + good[end:]
        path = checks.work / f"quoted-{number}.coprod.yaml"
        path.write_text(text, encoding="utf-8")
        result = session.js(f"window.coprodForm.loadYaml({json.dumps(text)})")
        if expected is None:
            checks.coprod("score", path, expect_status=3)
            checks.expect(not result["ok"] and any("'---' or '...' is inside quoted text" in p for p in result["problems"]),
                          f"quoted text {lines}: the form should refuse it as coprod does: {result['problems'][:2]}")
            continue
        by_coprod = checks.score_json(path)["assessments"][0]["sections"][0]["rows"][0].get("evidence")
        checks.expect(by_coprod == expected, f"quoted text {lines}: coprod reads {by_coprod!r}, not {expected!r}")
        if checks.expect(result["ok"], f"quoted text {lines}: the form refused it: {result['problems'][:2]}"):
            shown = session.js("document.getElementById('r0-0-evidence').value")
            checks.expect(shown == by_coprod, f"quoted text {lines}: the form reads {shown!r}, coprod {by_coprod!r}")
            shown = session.js("document.getElementById('r0-1-evidence').value")
            checks.expect(shown.startswith("Nine people with lived experience"),
                          f"quoted text {lines}: the next row's evidence reads {shown[:40]!r}")
    text = good + 'more: "never closed\n\n# to the end of the file\n'
    path = checks.work / "quoted-never-closed.coprod.yaml"
    path.write_text(text, encoding="utf-8")
    checks.expect("has no closing \"" in checks.coprod("score", path, expect_status=3).stderr, "coprod: quoted text never closed")
    result = session.js(f"window.coprodForm.loadYaml({json.dumps(text)})")
    checks.expect(not result["ok"] and any("has no closing \"" in p for p in result["problems"]),
                  f"quoted text never closed: {result['problems'][:2]}")
    page_problems(checks, session, "quoted text over lines")


def bad_inputs(checks):
    strategic = checks.coprod("init", "-", "--framework", "strategic-coproduction", "--perspective", "organisation",
                              "--area", "X", "--period", "2026-Q3").stdout
    good = Path(checks.args.source, "examples/northbridge/2026-Q3-organisation.coprod.yaml").read_text(encoding="utf-8")
    return [
        ("not an assessment", "<script>window.__hacked=4</script>\n<img src=x onerror=window.__hacked=5>", "not a coprod assessment"),
        ("a shopping list", "- eggs\n- milk\n", "not a coprod assessment"),
        ("another framework", strategic, "this file is for the framework 'strategic-coproduction'"),
        ("a bad score", good.replace("score: 2.5", "score: 7", 1),
         'the score of "3. Agree common purpose, row 2": 7 is outside the scale; write a whole number from 0 to 5, '
         "a half point such as 2.5, or n/a"),
        # As coprod refuses it (Save would write it in quotes again, which every command refuses).
        ("a score in quotes", good.replace("score: 2.5", 'score: "2.5"', 1),
         'the score of "3. Agree common purpose, row 2" is in quotes; write it without quotes, as a whole number '
         "from 0 to 5, a half point such as 2.5, or n/a"),
        ("a misspelt key", good.replace("        evidence:", "        evidnce:", 1),
         "can have; did you mean 'evidence'?"),
        ("a YAML error", good.replace("area: Northbridge", "area: [Northbridge"),
         "If you did not write this file yourself, send it to the person who gave you this form"),
        ("an unknown row", good.replace("      strategy:", "      strategy-typo:", 1), "there is no row 'strategy-typo'"),
        ("control characters", good.replace("area: Northbridge", "area: North\x1b[31mbridge"), "control character (U+001B)"),
        ("an alias", good.replace("score: 2.5", "score: *x", 1), "anchors, aliases and tags"),
        ("huge", "format: coprod-assessment/1\n" + "#" * (5 * 1024 * 1024), "larger than 4 MB"),
        ("a duplicate key", good.replace("period: 2026-Q3", "period: 2026-Q3\nperiod: 2026-Q4"), "appears twice"),
        ("a day that does not exist", good.replace("last_completed: 2026-09-29", "last_completed: 2026-02-30", 1),
         "'2026-02-30' is not a date: February 2026 has 28 days"),
        ("a year before 1900", good.replace("last_completed: 2026-09-29", "last_completed: 1899-09-29", 1),
         "'1899-09-29' is not a date: coprod takes years from 1900 on"),
    ]


def check_too_large_to_save(checks, session):
    """Text that would make the file larger than coprod reads (4 MB) is refused at Save, naming it."""
    session.js("document.getElementById('r0-1-evidence').value = 'x'.repeat(4.5 * 1024 * 1024)")
    session.click("#actions-bottom [data-action=save]")
    shown = session.js("document.getElementById('error-summary').hidden ? '' : document.getElementById('error-summary').innerText")
    message = "more than the 4 MB coprod reads; shorten the longest text: the evidence of row 2 in 1. Commitment and leadership"
    checks.expect(message in shown, f"4.5 MB of evidence: the page does not show {message!r}, it shows {shown[:300]!r}")
    session.js("document.getElementById('r0-1-evidence').value = ''")


def check_date_typed_on_the_form(checks, session):
    """The form's own check before Save says why a typed date is not one, as coprod check would."""
    for typed, message in [("2027-02-29", "Enter a real date for when \"1. Commitment and leadership\" was last reviewed: "
                                          "February 2027 has 28 days"),
                           ("2026-13-01", "there is no month 13"),
                           ("30/09/26", "was last reviewed in numbers: for 30 September 2026, write 30/09/2026")]:
        session.js("document.getElementById('s0-last-completed').value = ''")
        session.click("#s0-last-completed")
        session.type(typed)
        session.click("#actions-bottom [data-action=save]")
        shown = session.js("document.getElementById('error-summary').hidden ? '' : document.getElementById('error-summary').innerText")
        checks.expect(message in shown, f"typing {typed!r} as a date: the page does not show {message!r}, it shows {shown!r}")
        field = session.js("document.getElementById('s0-last-completed-error').textContent")
        checks.expect(message in field, f"typing {typed!r} as a date: the field's own message is {field!r}")
        if typed == "2027-02-29":
            session.screenshot(checks.out / "form-date-not-real-summary.png", 1280, height=700)
            field_top = session.js("document.getElementById('s0-last-completed').getBoundingClientRect().top + scrollY")
            session.screenshot(checks.out / "form-date-not-real-field.png", 1280, top=field_top - 250, height=400)


def check_script_functions(checks, session, blank):
    """window.coprodForm.loadYaml() says what it opened in a sentence, and toYaml() gives no text Save would
    refuse (a date that is not one) but an error saying why, and a date typed day first as Save writes it."""
    session.open(blank)
    example = examples(checks.args.source)[0]
    result = session.js(f"window.coprodForm.loadYaml({json.dumps(example.read_text(encoding='utf-8'))})")
    status = status_once_said(session)
    sections = session.js("window.coprodForm.sectionScores()")
    # counted as 'coprod score' counts them: rows with a score, and those not applicable apart ("1 not applicable")
    scored, not_applicable = sum(s["scored"] for s in sections), sum(s["not_applicable"] for s in sections)
    checks.expect(not_applicable > 0, f"{example.name} has no row not applicable, so the count of them is not tried")
    expected = (f"Opened the text: {scored} of {sum(s['rows'] for s in sections)} rows have a score, "
                f"{not_applicable} not applicable.")
    checks.expect(result["ok"] and status == expected, f"loadYaml() of {example.name} said {status!r}, not {expected!r}")
    to_yaml = "(() => { try { return {text: window.coprodForm.toYaml()}; } catch (e) { return {error: e.message}; } })()"
    for typed, said in (("31/02/2027", "February 2027 has 28 days"),
                        ("next week", "the day, month and year (in full), as 30/09/2026")):
        session.js(f"document.getElementById('s0-last-completed').value = {json.dumps(typed)}")
        got = session.js(to_yaml)
        checks.expect("text" not in got and said in got.get("error", ""),
                      f"toYaml() with {typed!r} as a date gave {got!r}, not an error saying {said!r}")
    session.js("document.getElementById('s0-last-completed').value = '15/12/2026'")
    got = session.js(to_yaml)
    checks.expect("\n    last_completed: 2026-12-15" in got.get("text", ""),
                  f"toYaml() with 15/12/2026 as a date did not give it as Save writes it, 2026-12-15: {got!r}"[:300])


def check_bad_and_hostile_input(checks, session, blank):
    session.open(blank)
    session.click("label[for='r0-0-score-6']")
    before = session.js("window.coprodForm.toYaml()")
    for what, text, message in bad_inputs(checks):
        result = session.js(f"window.coprodForm.loadYaml({json.dumps(text)})")
        shown = session.js("document.getElementById('error-summary').hidden ? '' : document.getElementById('error-summary').innerText")
        checks.expect(not result["ok"] and any(message in p for p in result["problems"]),
                      f"{what}: expected a problem saying {message!r}, got {result['problems'][:3]}")
        checks.expect(message in shown, f"{what}: the page does not show {message!r}")
        checks.expect(session.js("window.coprodForm.toYaml()") == before, f"{what}: a refused file changed the form")
    check_date_typed_on_the_form(checks, session)
    session.js("document.getElementById('s0-last-completed').value = ''")
    check_too_large_to_save(checks, session)
    hostile = checks.coprod("init", "-", "--perspective", "organisation", "--area", HOSTILE_AREA,
                            "--period", "2026-Q3", "--schema", "none").stdout
    block = "".join(f"          {line}\n" for line in HOSTILE_EVIDENCE.split("\n"))  # as coprod writes it
    hostile = hostile.replace("      strategy:\n        score:\n        evidence:\n",
                              "      strategy:\n        score: 3\n        evidence: |-\n" + block)
    result = session.js(f"window.coprodForm.loadYaml({json.dumps(hostile)})")
    checks.expect(result["ok"], f"a file with markup in its text was refused: {result['problems']}")
    checks.expect(session.js("window.__hacked === undefined"), "text from a file ran as script")
    checks.expect(session.js("document.querySelectorAll('img, b, i').length") == 0, "text from a file became markup")
    checks.expect(session.js("document.getElementById('r0-0-evidence').value") == HOSTILE_EVIDENCE,
                  "hostile evidence did not stay as text")
    saved = checks.work / "hostile.coprod.yaml"
    saved.write_text(session.js("window.coprodForm.toYaml()"), encoding="utf-8")
    checks.expect(saved.read_text(encoding="utf-8") == hostile, "hostile text did not round-trip byte for byte")
    hostile_form = checks.make_form("hostile.html", saved)
    session.open(hostile_form)
    checks.expect(session.js("window.__hacked === undefined && document.querySelectorAll('img, b, i').length === 0"),
                  "a form pre-filled with markup ran or showed it as markup")
    checks.expect(HOSTILE_AREA in session.js("document.getElementById('area-text').textContent"), "the area is not shown as text")
    page_problems(checks, session, "hostile text")


def check_identity_errors(checks, session):
    """A form that asks for the area, the period and whose view it is: Save with them blank names each
    problem in the summary, beside its field, and marks each field (every radio of a group) invalid."""
    session.open(checks.make_form("asks-identity.html"))
    session.js("document.querySelector('#actions-top [data-action=save]').focus()")
    session.press("Enter")
    checks.expect(session.js("document.activeElement.id") == "error-summary", "Save with blanks did not go to the summary")
    for field in ("area", "period", "perspective-organisation", "perspective-peer-network"):
        state = session.js(f"""(e => [e.getAttribute('aria-invalid'), (e.closest('fieldset') || e).getAttribute('aria-describedby')])
            (document.getElementById('{field}'))""")
        checks.expect(state[0] == "true" and state[1] and "-error" in state[1],
                      f"after Save with {field} blank it is not marked invalid and described by its message: {state}")
    session.click("#perspective-organisation")
    session.js("document.getElementById('area').value = 'Northbridge'")
    session.js("document.getElementById('period').value = '2026-Q3'")
    session.click("#actions-top [data-action=save]")
    left = session.js("Array.from(document.querySelectorAll('[aria-invalid]')).map(e => e.id)")
    checks.expect(not left, f"fields still marked invalid once put right: {left}")
    page_problems(checks, session, "a form asking who and when")


def check_put_right_loses_its_message(checks, session):
    """A field Save found wrong loses its message, its red bar and its invalid mark (on the page and in the
    accessibility tree) as soon as its value is right, whichever way it was put right: 'Use today's date',
    typing, clicking a choice, opening a file. A field still wrong keeps its message until the next Save,
    and a change to another field (a score) leaves it alone. Screenshots of a date box before and after
    'Use today's date' stay in OUTPUT_DIR as form-date-put-right-{before,after}.png."""
    html = checks.make_form("put-right.html")
    session.open(html)
    session.js(FIXED_TODAY)
    session.page.call("Accessibility.enable")
    session.click("#s0-last-completed")
    session.type("31/12/26")
    save_with_problems(session)
    checks.expect(shows_error(field_state(session, "s0-last-completed")),
                  f"Save with the date 31/12/26 did not mark the date box: {field_state(session, 's0-last-completed')}")
    checks.expect("textbox 'Date this section was last reviewed (optional) (1. Commitment and leadership)'" in invalid_in_tree(session),
                  f"the accessibility tree does not call the wrong date invalid: {invalid_in_tree(session)}")
    top = session.js("document.getElementById('s0-last-completed').getBoundingClientRect().top + scrollY")
    session.screenshot(checks.out / "form-date-put-right-before.png", 1280, top=top - 150, height=260)
    session.viewport(1280)
    session.click("label[for='r0-0-score-6']")  # another field changed: the date is still wrong
    checks.expect(shows_error(field_state(session, "s0-last-completed")),
                  f"choosing a score took the wrong date's message away: {field_state(session, 's0-last-completed')}")
    session.click("button.today[data-for='s0-last-completed']")
    session.text_once_in("#s0-last-completed-done")
    checks.expect(session.js("document.getElementById('s0-last-completed').value") == "2026-12-04",
                  "'Use today's date' did not fill the box")
    state = field_state(session, "s0-last-completed")
    checks.expect(shows_no_error(state), f"after 'Use today's date' the old message and marks stay next to the date: {state}")
    invalid = invalid_in_tree(session)
    checks.expect(not any("last reviewed (optional) (1." in name for name in invalid),
                  f"after 'Use today's date' the accessibility tree still calls the date invalid: {invalid}")
    session.screenshot(checks.out / "form-date-put-right-after.png", 1280, top=top - 150, height=260)
    session.viewport(1280)
    if checks.args.axe:
        print(f"  a date put right: {browser.run_axe(session.page, Path(checks.args.axe))}")

    # Typing: a value still wrong keeps the message; the keystroke that makes it right takes it away.
    for field, wrong, still_wrong, last in (("s1-last-completed", "2026-13-01", "2026-12-", "31"),
                                            ("area", None, None, "Northbridge"),
                                            ("period", None, "2026-q", "3")):
        if wrong:
            session.click(f"#{field}")
            session.type(wrong)
        save_with_problems(session)
        checks.expect(shows_error(field_state(session, field)), f"Save did not mark {field}: {field_state(session, field)}")
        session.js(f"(e => {{ e.focus(); e.select(); }})(document.getElementById('{field}'))")
        if still_wrong:
            session.type(still_wrong)
            checks.expect(shows_error(field_state(session, field)),
                          f"{field} typed as {still_wrong!r}, still wrong, lost its message: {field_state(session, field)}")
        session.type(last)
        state = field_state(session, field)
        checks.expect(shows_no_error(state), f"{field} typed right, its old message and marks stay: {state}")

    # Clicking a choice: whose view.
    save_with_problems(session)
    checks.expect(shows_error(field_state(session, "perspective")),
                  f"Save with no choice of whose view did not mark the choice: {field_state(session, 'perspective')}")
    session.click("label[for='perspective-peer-network']")
    state = field_state(session, "perspective")
    checks.expect(shows_no_error(state), f"whose view chosen, its old message and marks stay: {state}")
    invalid = invalid_in_tree(session)
    checks.expect(not invalid, f"every field put right, the accessibility tree still calls these invalid: {invalid}")
    if checks.args.axe:
        print(f"  every field put right: {browser.run_axe(session.page, Path(checks.args.axe))}")

    # Opening a file: Save with every question of who and when blank, then Open.
    session.open(html)
    save_with_problems(session)
    checks.expect(all(shows_error(field_state(session, f)) for f in ("area", "period", "perspective")),
                  "Save with who and when blank did not mark all three")
    example = Path(checks.args.source) / "examples/northbridge/2026-Q4-peer-network.coprod.yaml"
    status = open_with_the_button(session, example)
    checks.expect(status.startswith("Opened"), f"Open of {example.name} said {status!r}")
    left = {f: field_state(session, f) for f in ("area", "period", "perspective")}
    checks.expect(all(shows_no_error(state) for state in left.values()), f"after Open the old messages stay: {left}")
    checks.expect(not invalid_in_tree(session), f"after Open the accessibility tree calls these invalid: {invalid_in_tree(session)}")
    session.page.call("Accessibility.disable")
    page_problems(checks, session, "fields put right")


def check_individual_responses(checks, session):
    html = checks.make_form("individual.html", "--perspective", "individual", "--area", "Northbridge", "--period", "2026-Q3")
    session.open(html)
    checks.expect(session.js("document.querySelectorAll('[id$=completed-by]').length") == 0, "an individual's form asks for a name")
    downloads = checks.work / "responses"
    session.catch_downloads(downloads)
    for person, halves in enumerate((4, 6, 9)):
        session.open(html)
        session.click(f"label[for='r0-0-score-{halves}']")
        session.click(f"label[for='r1-1-score-{halves - 2}']")
        if person == 0:  # one person sees the first row's signs; the others leave them unanswered
            session.click("#r0-0-indicator-seen")
            session.click("#r0-0-warning-seen")
        session.click("#actions-top [data-action=save]")
        for _ in range(50):
            if len(session.wait_for_file(downloads, "*.coprod.yaml")) > person:
                break
            session.page.listen(0.2)
        checks.expect(len(session.wait_for_file(downloads, "*.coprod.yaml")) == person + 1, f"response {person + 1} was not saved")
    files = sorted(p for p in downloads.glob("*.coprod.yaml"))
    names_ok = all(re.fullmatch(r"response-[0-9a-f]{8}\.coprod\.yaml", p.name) for p in files)
    checks.expect(len(files) == 3 and names_ok, f"expected three response-<random>.coprod.yaml files, got {[p.name for p in files]}")
    combined = checks.coprod("combine", "-o", "-", "--schema", "none", *files)
    checks.expect("combined_from: 3" in combined.stdout, "coprod combine did not combine the three responses")
    session.screenshot(checks.out / "form-individual-360.png", 360)
    page_problems(checks, session, "individual responses")
    form_opened_responses.check_whose_answers(checks, session, html, files[0], files)
    check_combined_file_in_form(checks, session, combined.stdout)
    form_other_period.check_combined_carried(checks, session, combined.stdout)


def check_web_scale_readable(checks, session, blank):
    """The numbers of the web's scale (0 to 5 up the first axis) are painted over the shape, not under it."""
    session.open(blank)
    example = Path(checks.args.source) / "examples/northbridge/2026-Q4-peer-network.coprod.yaml"
    result = session.js(f"window.coprodForm.loadYaml({json.dumps(example.read_text(encoding='utf-8'))})")
    checks.expect(result["ok"], f"the example did not open: {result['problems'][:2]}")
    session.page.listen(0.2)  # Open's message scrolls to itself a moment later: centre the web after that
    session.centre("#web svg")
    covered = session.js("""Array.from(document.querySelectorAll('#web svg text'))
        .filter(t => /^[0-9]$/.test(t.textContent))
        .map(t => { const r = t.getBoundingClientRect();
                    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                    return hit === t ? null : t.textContent + ' under ' + (hit ? hit.tagName : 'nothing'); })
        .filter(x => x)""")
    checks.expect(not covered, f"the web's scale is painted over by its shape: {covered}")


def expect_saved_as_set(checks, session, path, assignment, what):
    """Sets `assignment` in the file at `path` with 'coprod score --set' and expects the form, given the same
    change, to save that text; returns it."""
    checks.coprod("score", path, "--set", assignment)
    saved = session.js("window.coprodForm.toYaml()")
    expected = path.read_text(encoding="utf-8")
    checks.expect(saved == expected, f"{what} saves differently from 'coprod score --set':\n" +
                  "".join(difflib.unified_diff(expected.splitlines(True), saved.splitlines(True), n=0))[:800])
    return expected


def check_combined_file_in_form(checks, session, combined):
    """A file 'coprod combine' wrote opens in the form and saves unchanged, spreads and counts of people who
    see a sign (seen_by) and all; a new score saves what 'coprod score --set' writes: without that row's
    spread and its section's; a new answer to whether a sign is seen, without that sign's count in the row's
    seen_by (the other sign's kept; seen_by gone when neither is left), written on one line or as lines."""
    checks.expect("    spread: {min:" in combined and "        spread: {min:" in combined,
                  "the combined file has no section and row spreads to test with")
    checks.expect("        seen_by: {indicator: 1 of 1, warning: 1 of 1}" in combined,
                  "the combined file has no count of people who see a sign (seen_by) to test with")
    path = checks.work / "combined.coprod.yaml"
    path.write_text(combined, encoding="utf-8")
    html = checks.make_form("combined-blank.html", "--perspective", "peer-network", "--area", "Northbridge",
                            "--period", "2026-Q3")
    for how in ("opened", "made from the file"):
        if how == "opened":
            session.open(html)
            result = session.js(f"window.coprodForm.loadYaml({json.dumps(combined)})")
            if not checks.expect(result["ok"], f"the form cannot open a combined file: {result['problems'][:3]}"):
                continue
        else:
            session.open(checks.make_form("combined.html", path))
        saved = session.js("window.coprodForm.toYaml()")
        checks.expect(saved == combined, f"a combined file {how} in the form saves differently:\n" +
                      "".join(difflib.unified_diff(combined.splitlines(True), saved.splitlines(True), n=0))[:800])
    quoted = re.sub(r"    spread: \{min: ([0-9.]+)", r'    spread: {min: "\1"', combined, count=1)
    result = session.js(f"window.coprodForm.loadYaml({json.dumps(quoted)})")
    checks.expect(not result["ok"] and any("should be an average" in p for p in result["problems"]),
                  f"a section spread in quotes, which coprod refuses, was opened: {result['problems'][:2]}")
    session.click("label[for='r0-0-score-0']")
    rescored = checks.work / "combined-rescored.coprod.yaml"
    rescored.write_text(combined, encoding="utf-8")
    expect_saved_as_set(checks, session, rescored, "commitment.strategy=0", "a new score in a combined file")
    session.click("#r0-0-indicator-seen")
    expected = expect_saved_as_set(checks, session, rescored, "commitment.strategy.indicator_seen=false",
                                   "a new 'seen' answer in a combined file")
    checks.expect("        seen_by: {warning: 1 of 1}  # people who see it" in expected and "indicator: 1 of" not in expected,
                  "'coprod score --set' did not keep just the other sign's count after a new answer to whether the "
                  "early indicator is seen")
    session.click("#r0-0-warning-seen")
    expected = expect_saved_as_set(checks, session, rescored, "commitment.strategy.warning_seen=false",
                                   "new 'seen' answers to both signs")
    checks.expect("seen_by" not in expected,  # only that row had one
                  "'coprod score --set' kept a row's seen_by after new answers to whether both its signs are seen")
    # The same file with seen_by written as lines: only the count of the sign answered again goes.
    lines = combined.replace("        seen_by: {indicator: 1 of 1, warning: 1 of 1}  # people who see it, of those who answered\n",
                             "        seen_by:\n          indicator: 1 of 1\n          warning: 1 of 1  # by hand\n", 1)
    session.open(html)
    result = session.js(f"window.coprodForm.loadYaml({json.dumps(lines)})")
    if checks.expect(result["ok"], f"the form cannot open a seen_by written as lines: {result['problems'][:3]}"):
        checks.expect(session.js("document.getElementById('r0-0-indicator-seen').checked") is True,
                      "the form opened a combined row's indicator_seen: true without its box ticked")
        # Ticked off by the element's own click(): the page just opened may still move under a mouse click.
        session.js("document.getElementById('r0-0-indicator-seen').click()")
        by_lines = checks.work / "combined-seen-by-lines.coprod.yaml"
        by_lines.write_text(lines, encoding="utf-8")
        expected = expect_saved_as_set(checks, session, by_lines, "commitment.strategy.indicator_seen=false",
                                       "a new 'seen' answer to a seen_by written as lines")
        checks.expect("        seen_by:\n          warning: 1 of 1  # by hand\n" in expected,
                      "'coprod score --set' did not take just the early indicator's count out of a seen_by written as lines")
    page_problems(checks, session, "a combined file")


def check_form(checks, session):
    blank = check_blank_matches_init(checks, session)
    check_person_scores_and_saves(checks, session, blank)
    check_missing_section_scores_in_words(checks, session, blank)
    check_keyboard_only(checks, session, blank)
    form_getting_around.check_skip_link(checks, session, blank)
    form_getting_around.check_scores_table_reflows(checks, session, blank)
    check_today_is_announced(checks, session, blank)
    check_leading_comments_kept(checks, session, blank)
    form_keeps_layout.check_layout_kept(checks, session, blank)
    check_long_text_prints(checks, session, blank)
    check_examples_round_trip(checks, session, blank)
    check_script_functions(checks, session, blank)
    check_bad_and_hostile_input(checks, session, blank)
    check_awkward_text_round_trips(checks, session, blank)
    check_folded_blocks_read_as_coprod_reads_them(checks, session, blank)
    check_quoted_text_over_lines_reads_as_coprod_reads_it(checks, session, blank)
    check_document_markers(checks, session, blank)
    check_yaml_errors_placed_as_coprod_places_them(checks, session, blank)
    check_perspective_suggested(checks, session, blank)
    check_identity_errors(checks, session)
    check_put_right_loses_its_message(checks, session)
    form_plain_words.check_one_sign_rows(checks, session, blank)
    form_plain_words.check_dates_typed_day_first(checks, session, blank)
    form_plain_words.check_wrong_date_said_on_leaving(checks, session, blank)
    form_plain_words.check_save_says_how_far(checks, session)
    form_plain_words.check_copy_of_blank_response(checks, session)
    form_plain_words.check_copy_says_what_to_do(checks, session)
    form_plain_words.check_printed_date_hint(checks, session, blank)
    form_plain_words.check_individual_words_and_paper(checks, session, blank)
    form_plain_words.check_individual_in_own_voice(checks, session, blank)
    form_plain_words.check_glossary_as_the_pack(checks, session, blank)
    form_on_paper.check_printed_form(checks, session)
    form_intro_signs.check_intro_names_the_signs(checks, session)
    form_personal_data.check_personal_data_notes(checks, session)
    form_opened_responses.check_response_in_asking_form(checks, session)
    form_opened_responses.check_other_view_in_form_made_for_one(checks, session)
    form_opened_responses.check_name_in_response_left_out(checks, session)
    form_screen_reader.check_screen_reader_hears(checks, session)
    form_keyboard_and_layout.check_keyboard_and_projector(checks, session)
    form_failed_open.check_failed_open_replaces_status(checks, session)
    form_failed_open.check_wrong_file_says_which(checks, session)
    form_other_period.check_other_period(checks, session)
    form_other_period.check_future_dates(checks, session)
    check_web_scale_readable(checks, session, blank)
    check_individual_responses(checks, session)


if __name__ == "__main__":
    sys.exit(form_runner.run(__doc__, check_form, done="the form works as people use it"))
