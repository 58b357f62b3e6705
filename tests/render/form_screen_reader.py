"""Checks of the scoring form as a screen reader gives it (the accessibility tree through the DevTools
protocol), driven in headless Chromium; called from check_form_in_browser.py.

  * each row's scores are described by both of its signs as the page shows them (the early indicator,
    then the warning sign), then what the scores mean: a row with only a warning sign is described by it;
  * the sign headings are named by their words alone: the marks before them (a tick, "!") are for the
    eye, as is the tick on a chosen score;
  * the fields Save asks for (the local area, the review period, whose view) are marked required;
  * the web in the form, and the web of 'coprod web' (the same code draws the pack's), are named by their
    title, with the list of scores as their description once, not both as the name.
Screenshots of a row with both signs and of the about section stay in OUTPUT_DIR as form-signs-*.png
and form-required-*.png.
"""
import re
from pathlib import Path

import check_html_in_browser as browser
from form_page_state import page_problems, screenshots_around as shots


def words(text):
    return re.sub(r"\s+", " ", text or "").strip()


def tree(session):
    session.page.call("Accessibility.enable")
    nodes = [n for n in session.page.call("Accessibility.getFullAXTree")["nodes"] if not n.get("ignored")]
    session.page.call("Accessibility.disable")
    return nodes


def value(node, key):
    return node.get(key, {}).get("value", "")


def prop(node, name):
    return next((p["value"].get("value") for p in node.get("properties", []) if p["name"] == name), None)


def check_rows_described_by_both_signs(checks, session, nodes):
    """Each row's scores group is described by the words of each sign it shows, in the page's order."""
    rows = session.js("""Array.from(document.querySelectorAll('.row')).map(row => {
        const section = row.closest('section').querySelector('h2').textContent;
        const sign = which => { const e = row.querySelector('.sign.' + which);
                                return e ? Array.from(e.querySelectorAll('p, li')).map(p => p.textContent) : null; };
        return [row.id, section, Number(row.id.split('-')[1]) + 1, sign('indicator'), sign('warning')]; })""")
    groups = {value(n, "name"): words(value(n, "description")) for n in nodes if value(n, "role") == "group"}
    kinds = set()
    for row, section, number, indicator, warning in rows:
        name = f"Row {number}: how far have things got locally? ({section})"
        described = groups.get(name)
        if not checks.expect(described is not None, f"{row}: no group named {name!r} in the accessibility tree"):
            continue
        places = []
        for sign, what in ((indicator, "early indicator"), (warning, "warning sign")):
            for text in sign or []:
                at = described.find(words(text))
                checks.expect(at >= 0, f"{row}: a screen reader does not hear its {what} {words(text)!r} with its "
                                       f"scores; it hears {described!r}")
                places.append(at)
        checks.expect(places == sorted(places), f"{row}: its signs are not said in the page's order: {described!r}")
        kinds.add((indicator is not None, warning is not None))
    checks.expect({(True, True), (False, True)} <= kinds, f"the rows checked do not include one with both signs "
                                                         f"and one with only a warning sign: {kinds}")
    facilitate = groups.get("Row 3: how far have things got locally? (Facilitate the process)", "")
    checks.expect("People are not pulling in the same direction." in facilitate,
                  f"Facilitate row 3, with only a warning sign, is described as {facilitate!r}")


def check_marks_are_not_read(checks, session, nodes):
    headings = [value(n, "name") for n in nodes if value(n, "role") == "heading"
                and re.search(r"Early indicator|Warning sign", value(n, "name"))]
    checks.expect(len(headings) > 20, f"only {len(headings)} sign headings in the accessibility tree")
    marked = [h for h in headings if not re.match(r"(Early indicator|Warning sign) \(", h)]
    checks.expect(not marked, f"sign headings a screen reader reads with their marks: {marked[:3]}")
    session.click("label[for='r0-0-score-6']")
    chosen = [value(n, "name") for n in tree(session) if value(n, "role") == "radio" and prop(n, "checked") == "true"]
    checks.expect("3" in chosen and not any("\u2714" in name for name in chosen),
                  f"the chosen score is read with its tick: {chosen[:4]}")


def check_required_fields(checks, session):
    html = checks.make_form("asks-everything.html")
    session.open(html)
    nodes = tree(session)
    required = {(value(n, "role"), value(n, "name")) for n in nodes if prop(n, "required") is True}
    for role, name in (("textbox", "Local area"), ("textbox", "Review period"),
                       ("radiogroup", "Whose view does this record?")):
        checks.expect((role, name) in required, f"the {role} {name!r} is not marked required for a screen reader; "
                                                f"required are {sorted(required)}")
    shots(checks, session, "#about", "form-required", height=520)
    if checks.args.axe:
        print(f"  a form asking area, period and view: {browser.run_axe(session.page, Path(checks.args.axe))}")
    page_problems(checks, session, "a form asking area, period and view")


def check_web_named_once(checks, nodes, what):
    webs = [n for n in nodes if value(n, "role") == "image" and value(n, "name").startswith("Co-production web")]
    if not checks.expect(len(webs) == 1, f"{what}: {len(webs)} webs in the accessibility tree, not one"):
        return
    name, description = value(webs[0], "name"), value(webs[0], "description")
    checks.expect("spider diagram" not in name and name.startswith("Co-production web"),
                  f"{what}: the web is named with its whole list of scores: {name[:160]!r}")
    checks.expect(description.count("A spider diagram of") == 1,
                  f"{what}: the web's list of scores is not its description, once: {description[:160]!r}")


def check_screen_reader_hears(checks, session):
    html = checks.make_form("screen-reader.html", "--perspective", "organisation", "--area", "Northbridge",
                            "--period", "2026-Q3")
    session.open(html)
    nodes = tree(session)
    check_rows_described_by_both_signs(checks, session, nodes)
    check_marks_are_not_read(checks, session, nodes)
    check_web_named_once(checks, nodes, "the form's web")
    shots(checks, session, "#r6-2", "form-signs-warning-only", height=420)
    shots(checks, session, "#r0-0", "form-signs-both", height=520)
    if checks.args.axe:
        print(f"  the signs and the web read out: {browser.run_axe(session.page, Path(checks.args.axe))}")
    page_problems(checks, session, "the signs and the web read out")
    svg = checks.work / "web-read-out.svg"
    example = Path(checks.args.source) / "examples/northbridge/2026-Q4-peer-network.coprod.yaml"
    checks.coprod("web", "-o", svg, example)
    session.open(svg)
    check_web_named_once(checks, tree(session), "coprod web's SVG")
    page_problems(checks, session, "coprod web's SVG")
    check_required_fields(checks, session)
