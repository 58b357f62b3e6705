"""A scoring form made from a file 'coprod init --from' carried forward says so, on screen and on paper.

A group given the sheets of such a form found last quarter's scores already circled and its evidence in the
boxes, with nothing saying these were earlier answers to review: handed back unchanged, the old scores went
through as the new quarter's. Now:

  * at the top of the page, on screen and printed near the top of page 1, "These answers were carried
    forward from 2026-Q4. Look at each row and change what is different now.", and each section carried
    forward and not reviewed since says so, with the date it was last reviewed;
  * on paper, a carried row's earlier score is not circled (its answer then is printed under the scores), and
    its earlier evidence is printed once, above an empty box of at least MIN_BOX_MM to write in;
  * on paper, a carried section's "Completed by" and date are empty boxes to fill in, with last period's
    printed beside them as "Last time: NAME, DATE" (the sheet handed back unchanged looked signed and dated
    for the new period), while a name typed there prints; on screen the boxes keep the file's values and say
    nothing of "Last time";
  * a section whose date is changed to one in the form's period is reviewed: its notice goes, and the top one
    goes with the last; opening the carried file in a blank form says so too;
  * a form made from a file reviewed in its own period, and a blank one, say nothing of it;
  * axe-core finds no violation with the notices shown.

Run on its own: form_carried_forward.py --binary COPROD --source DIR --output-dir DIR [--axe axe.min.js] (the
printed pages are kept in OUTPUT_DIR as PDF and PNG, to look at); ctest runs it as form-carried-forward-in-browser.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_html_in_browser as browser  # noqa: E402
import form_runner  # noqa: E402
from form_on_paper import in_print, print_and_keep, printed_text  # noqa: E402
from form_page_state import open_with_the_button, page_problems  # noqa: E402

LEAD = "These answers were carried forward from 2026-Q4. Look at each row and change what is different now."
SECTION_NOTICE = "Carried forward from 2026-Q4, not reviewed since (last reviewed on 19 November 2026)."
WRITTEN_THEN = "Written for 2026-Q4:"
LAST_TIME = "Last time: Northbridge co-production peer network (8 members present), 19 November 2026."
NEW_NAME = "Peer network meeting, January 2027"
MIN_LINE_MM = 8  # a box on paper to write a name or a date in
MIN_BOX_MM = 34
PX_PER_MM = 96 / 25.4

ON_PAPER = """(() => {
  const rows = Array.from(document.querySelectorAll('.row'));
  const circled = rows.filter(row => Array.from(row.querySelectorAll('.scale-item input:checked + label'))
                                          .some(l => parseFloat(getComputedStyle(l).borderTopWidth) >= 2));
  const boxes = rows.map(row => row.querySelector('.print-text'));
  return { rows: rows.length, circled: circled.length,
           boxHeights: boxes.map(b => b.getBoundingClientRect().height),
           boxTexts: boxes.map(b => b.textContent),
           keptWhole: rows.every(row => getComputedStyle(row).breakInside === 'avoid') };
})()"""


# Each section's details as printed: the text boxes that show a value, the room under each label to write in,
# and the details' text.
DETAILS_ON_PAPER = """(() => Array.from(document.querySelectorAll('.section-details')).map(details => {
  const shown = e => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0;
  const fields = Array.from(details.querySelectorAll('.field')).filter(f => f.querySelector('input[type=text]'));
  return { filled: Array.from(details.querySelectorAll('input[type=text]')).filter(i => shown(i) && i.value)
                        .map(i => i.id + ': ' + i.value),
           room: fields.map(f => f.getBoundingClientRect().height - f.querySelector('.label').getBoundingClientRect().height),
           text: details.innerText.split(/\\s+/).join(' ') };
}))()"""


def visible_text(session, selector):
    return session.js(f"""Array.from(document.querySelectorAll({json.dumps(selector)}))
        .filter(e => e.offsetParent !== null).map(e => e.innerText.split(/\\s+/).join(' '))""")


def carried_file(checks):
    """A 2027-Q1 file carried forward from the peer network's 2026-Q4 example (every section reviewed then)."""
    earlier = Path(checks.args.source) / "examples/northbridge/2026-Q4-peer-network.coprod.yaml"
    carried = checks.work / "carried-2027-Q1-peer-network.coprod.yaml"
    checks.coprod("init", carried, "--from", earlier)
    return carried


def earlier_evidence(session):
    """Each row's evidence and each section's notes as the file gave them, from the page's own data."""
    return session.js("""(() => { const data = JSON.parse(document.getElementById('coprod-data').textContent);
        return Object.values(data.values.sections).flatMap(s => Object.values(s.rows).map(r => r.evidence || '')
                     .concat([s.notes || ''])).filter(e => e); })()""")


def check_on_screen(checks, session):
    top = visible_text(session, "#carried-notice")
    checks.expect(len(top) == 1 and LEAD in top[0], f"carried form: the screen does not say {LEAD!r} at the top: {top}")
    order = session.js("""(() => { const n = document.getElementById('carried-notice'), i = document.querySelector('.intro');
        return !!n && !!(n.compareDocumentPosition(i) & Node.DOCUMENT_POSITION_FOLLOWING); })()""")
    checks.expect(order, "carried form: the notice is not above the introduction")
    sections = visible_text(session, ".carried-section")
    checks.expect(len(sections) == 7 and all(SECTION_NOTICE in s for s in sections),
                  f"carried form: {len(sections)} sections say {SECTION_NOTICE!r}, not 7: {sections[:1]}")
    by = session.js("Array.from(document.querySelectorAll('input[id$=\"-completed-by\"]')).map(i => i.value)")
    checks.expect(by == [LAST_TIME.split(": ")[1].rsplit(", ", 1)[0]] * 7,
                  f"carried form: on screen the 'Completed by' boxes hold {by[:1]}, not the file's")
    checks.expect("Last time" not in session.js("document.body.innerText"), "carried form: the screen says 'Last time'")


def check_on_paper(checks, session):
    pdf = print_and_keep(checks, session, "form-paper-carried-a4")
    printed = printed_text(pdf)
    checks.expect(printed.count(LEAD) == 1 and printed.find(LEAD) < printed.find("How to fill in this form"),
                  f"carried form: the printed sheet does not say {LEAD!r} once, before how to fill it in")
    checks.expect(printed.count(SECTION_NOTICE) == 7,
                  f"carried form: {printed.count(SECTION_NOTICE)} printed sections say {SECTION_NOTICE!r}, not 7")
    evidence = earlier_evidence(session)
    checks.expect(printed.count(WRITTEN_THEN) == len(evidence) > 0,
                  f"carried form: {printed.count(WRITTEN_THEN)} printed {WRITTEN_THEN!r}, not {len(evidence)}")
    twice = [e for e in evidence if printed.count(" ".join(e.split())) != 1]
    checks.expect(not twice, f"carried form: earlier evidence not printed exactly once, as {twice[:1]}")
    layout = in_print(session, ON_PAPER)
    checks.expect(layout["circled"] == 0, f"carried form: {layout['circled']} rows print last period's score circled")
    short = [h for h in layout["boxHeights"] if h < MIN_BOX_MM * PX_PER_MM]
    checks.expect(not short, f"carried form: {len(short)} evidence boxes are under {MIN_BOX_MM} mm on paper")
    checks.expect(not any(layout["boxTexts"]), "carried form: an evidence box on paper is not empty to write in")
    checks.expect(layout["keptWhole"], "carried form: a row may split across pages")
    check_details_on_paper(checks, session, printed)


def check_details_on_paper(checks, session, printed):
    """A carried section's "Completed by" and date print as empty boxes, with last period's as "Last time"."""
    checks.expect(printed.count(LAST_TIME) == 7,
                  f"carried form: {printed.count(LAST_TIME)} printed sections say {LAST_TIME!r}, not 7")
    details = in_print(session, DETAILS_ON_PAPER)
    filled = [f for d in details for f in d["filled"]]
    checks.expect(not filled, f"carried form: on paper a section's details print last period's {filled[:2]}")
    short = [h for d in details for h in d["room"] if h < MIN_LINE_MM * PX_PER_MM]
    checks.expect(not short, f"carried form: {len(short)} name or date boxes on paper are under {MIN_LINE_MM} mm")
    checks.expect(all(LAST_TIME in d["text"] for d in details),
                  f"carried form: a section's details on paper do not say {LAST_TIME!r}: {details[0]['text'][:300]}")
    check_new_name_on_paper(checks, session)


def check_new_name_on_paper(checks, session):
    """A name typed in a carried section's "Completed by" is this period's: it prints, not an empty box."""
    old = session.js("document.getElementById('s0-completed-by').value")
    set_value(session, "s0-completed-by", NEW_NAME)
    filled = in_print(session, DETAILS_ON_PAPER)[0]["filled"]
    checks.expect(filled == [f"s0-completed-by: {NEW_NAME}"],
                  f"carried form: a name typed in 'Completed by' prints as {filled}, not {NEW_NAME!r}")
    set_value(session, "s0-completed-by", old)


def set_value(session, box_id, value):
    """Puts a value in a text box as a person leaving it would (the page hears 'change')."""
    session.js(f"""(() => {{ const box = document.getElementById({json.dumps(box_id)});
        box.value = {json.dumps(value)}; box.dispatchEvent(new Event('change', {{bubbles: true}})); }})()""")


def set_date(session, section, date):
    set_value(session, f"s{section}-last-completed", date)


def check_reviewed(checks, session):
    """A date in 2027-Q1 marks a section reviewed: its notice goes; the top's goes with the last one."""
    set_date(session, 0, "2027-01-12")
    sections = visible_text(session, ".carried-section")
    top = visible_text(session, "#carried-notice")
    checks.expect(len(sections) == 6 and not session.js("document.getElementById('s0-carried').offsetParent"),
                  f"carried form: after section 1 was dated 2027-01-12, {len(sections)} sections say carried")
    checks.expect(top and "Some of these answers were carried forward from 2026-Q4" in top[0]
                  and "6 of 7 sections" in top[0], f"carried form: the top says {top} with one section reviewed")
    for section in range(1, 7):
        set_date(session, section, "2027-01-12")
    checks.expect(not visible_text(session, "#carried-notice, .carried-section"),
                  "carried form: every section reviewed, but the page still says answers are carried forward")
    printed = printed_text(print_and_keep(checks, session, "form-paper-carried-reviewed-a4"))
    checks.expect("carried forward" not in printed.lower() and WRITTEN_THEN not in printed
                  and "Last time" not in printed and printed.count(LAST_TIME.split(": ")[1].rsplit(", ", 1)[0]) == 7,
                  "carried form: every section reviewed, but the sheet still prints answers as carried forward")


def check_opened(checks, session, carried):
    """The carried file opened in a blank form that asks for the period: the same notices, and Open says so."""
    session.open(checks.make_form("carried-opened.html"))
    said = open_with_the_button(session, carried)
    checks.expect("7 sections hold answers carried forward from an earlier period" in said,
                  f"carried file opened: Open says {said!r}")
    top = visible_text(session, "#carried-notice")
    checks.expect(top and LEAD in top[0], f"carried file opened: the top says {top}")


def check_not_carried(checks, session):
    """A file reviewed in its own period, and a blank form: no word of answers carried forward."""
    example = Path(checks.args.source) / "examples/northbridge/2026-Q4-peer-network.coprod.yaml"
    for name, arguments in (("own-period", [example]),
                            ("blank", ["--perspective", "peer-network", "--area", "Northbridge", "--period", "2027-Q1"])):
        session.open(checks.make_form(f"carried-not-{name}.html", *arguments))
        on_screen = session.js("document.body.innerText").lower()
        printed = printed_text(print_and_keep(checks, session, f"form-paper-not-carried-{name}-a4")).lower()
        checks.expect("carried forward" not in on_screen and "carried forward" not in printed,
                      f"{name} form: it speaks of answers carried forward")


def check_carried_forward(checks, session):
    carried = carried_file(checks)
    session.open(checks.make_form("carried.html", carried))
    check_on_screen(checks, session)
    if getattr(checks.args, "axe", None):
        print(f"  carried forward: {browser.run_axe(session.page, Path(checks.args.axe))}")
    check_on_paper(checks, session)
    page_problems(checks, session, "carried form")
    check_reviewed(checks, session)
    check_opened(checks, session, carried)
    check_not_carried(checks, session)
    page_problems(checks, session, "carried form")
    print("  carried forward: said at the top and in each section, on screen and on paper")


if __name__ == "__main__":
    sys.exit(form_runner.run(__doc__, check_carried_forward, done="carried answers said on screen and on paper"))
