"""Checks that the scoring form warns, gently, beside a text box whose text looks like it ties a remark to a
named person, exactly where 'coprod check' would; driven in headless Chromium, called from
check_form_in_browser.py.

  * each sample sentence below is put in a row's evidence as a person leaves the box; the text the form
    saves is given to 'coprod check', and the note under the box names the same remarks check's
    attribution rule names ('Mary said', 'Mr Smith told', 'According to Dr Patel', 'said Mary.', 'Mary Jones, a
    carer, said'), and
    none where check names none ("Some people in the group felt", "People said", "Staff felt"): the form
    and check share one list of words, and this keeps their two readers of it in step;
  * the note is a polite live region under the box and describes the box while it is shown; it appears
    when the box is left, not while a sentence is half typed, and goes as soon as the text is put right;
  * it never stops Save, is not on the printed sheet, and a file opened with such evidence shows it at once;
  * e-mail addresses, phone numbers, NHS numbers and postcodes get a note too, under every text box (evidence,
    a section's notes, reflections), naming what 'coprod check' flags in the saved file for a shared list of
    samples (CONTACT_SAMPLES), and nothing where it flags nothing;
  * "Completed by", a one-line box that 'coprod check' reads as well, has the same note, by the same rule;
  * "Local area", which 'coprod check' reads as well, is the name of a place: it gets a note of its own when
    what is typed reads as a person rather than a place (an e-mail address, a phone or NHS number, a name with
    a title such as "Dr Patel", a remark tied to a named person), and none for the names of places.
Screenshots at 390 and 1280 px stay in OUTPUT_DIR as form-personal-data-*.png.
"""
import re
import subprocess
from pathlib import Path

import check_html_in_browser as browser
from form_page_state import live_region, page_problems, screenshots_around as shots

SAMPLES = [
    "Mary said the meetings were too early.",
    "Mr Smith told us the budget was late.",
    "Dr. Jane Smith mentioned the new policy.",
    "Mrs. Patel explained the process.",
    "According to Dr Patel, nothing changed.",
    "'We wait too long,' said Mary.",
    "John Smith felt unheard at the board.",
    "Zo\u00eb O\u2019Brien shared her story.",
    "Councillor Smith-Jones thinks so.",
    "\u00c9mile said hi.",
    "\u0141ukasz said the room was cold.",
    "Ms \u00d6zil told us.",
    "Dr \u00d8degaard said no.",
    "\u0414\u043c\u0438\u0442\u0440\u0438\u0439 felt left out.",
    "\u00e9mile said hi.",
    "\u1ea0nh said hi.",
    "Ms \u1e0cang told us.",
    "\u1c92\u10d8\u10dd\u10e0\u10d2\u10d8 felt it.",
    "\u1f08\u03bb\u03ad\u03be\u03b7\u03c2 said so.",
    "E\u0301mile said hi.",
    "'Not yet,' said Zoe\u0308 O\u0301'Brien.",
    "\u1ea1nh said hi.",
    "e\u0301mile said hi.",
    "On Monday Mary said yes.",
    "Mary said yes and Mr Khan told us no.",
    "She said that Mary told Ahmed.",
    "Mary\u00a0said it at the meeting.",
    "Some people in the group felt unheard.",
    "People said the papers came late.",
    "Staff felt supported by the leads.",
    "Everyone said it went well.",
    "The Long Term Plan says we should.",
    "The NHS said no.",
    "Mary's group said yes.",
    "They said Thank You to all.",
    "We met Mary.\nSaid no more.",
    "Mary Jones, a carer, said the forms are long.",
    "Mary Jones (carer) said it.",
    "Peter Smith, who chairs the carers forum, said no.",
    "Then: Z\u00f6e Price from the network feels unheard.",
    "Mary Jones from \nthe network felt heard.",
    "Eleven of the members said so.",
    "GPs at the practice said so.",
    "PAs (personal assistants) said so.",
    "Northbridge, like many areas, felt it.",
    "\u201cDr Patel, our lead, explained it.\u201d",
    "We met in Northbridge, as planned, and people said so.",
    "Members from the network felt it.",
    "Mary Jones, a carer who has come to every meeting since the network began, said so.",
    "Mary Ann Smith, a carer, said the letters are confusing.",
    "Mary-Ann O'Neill, a carer, said so.",
    "Mary Ann Smith said so.",
    "'No,' said Mary Ann Smith.",
    "Dr Patel  from the network feels unheard.",
    "Dr Patel\tfrom the network feels unheard.",
    "Mary Jones, a carer,\tsaid so.",
    "Dr Patel\nfrom the network feels unheard.",
    "Northbridge Mind, a local charity, said it would help.",
    "Age UK, a national charity, said so.",
    "Riverside Lodge (the day centre) said so.",
    "Mary Jones, a carer at the local charity, said so.",
    "Mary Jones, the charity's chair, said so.",
    "Mind Northbridge, a charity for the local area, said so.",
    "Riverside Lodge, the day centre in the town, said so.",
    "Mary Jones, a volunteer for the local charity, said so.",
    "Mary Jones, the network and a carer, said so.",
    "James, a volunteer, said the forms are long.",
    "Priya (carer) felt unheard.",
    "Ahmed from the network feels it.",
    "Will at board level felt strong this year.",
    "Amber, not green, felt about right to members.",
    "- James, a volunteer, said so.",
    "Notes:\n  * Mary Jones, a carer, said so.",
    "\u2022 Dr Patel (carer) felt unheard.",
    "We met - Mary Jones, a carer, said so.",
    "Victoria, the day centre, said so.",
    "Sunita, our local charity, said so.",
    "Then James, a carer, said it was hard.",
    "And then Mary Jones (carer) felt unheard.",
    "We met Mary then James, a carer, said so.",
    "Perhaps James, a carer, said so.",
    "However Priya (carer) felt unheard.",
    "Afterwards James, a carer, said so.",
    "We met Mary however James, a carer, said so.",
    "Priya from Northbridge Mind said so.",
    "Then Dr Mary Jones at Riverside Lodge told us.",
    "A letter from Mary Jones said so.",
    "Members from Northbridge Mind said so.",
    "As James, a volunteer, said, the forms are long.",
    "We agreed, as Mary Jones (carer) said we should.",
    "When Priya, a carer, told us, we listened.",
    "Members such as James, a volunteer, said so.",
]
BOX = "r0-0-evidence"
NOTE = f"{BOX}-personal"
CHECK_PHRASE = re.compile(r"a remark attributed to a named person \('(.+?)'\); remove it")
SEPARATORS = str.maketrans({"\u00a0": " "})
TABS_AS_SPACES = str.maketrans({"\t": " "})  # check's message writes a tab as a space, the form's note keeps it


def expected_note(phrases, instead="Some people in the group felt ..."):
    """The note for these remarks: the words the form says, around what check named, suggesting `instead`."""
    if not phrases:
        return ""
    once = list(dict.fromkeys(phrases))
    quoted = [f'"{p}"' for p in once]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
    return (f"This may tie what was said to a named person ({listed}). People speak more freely when what they say "
            f'is not tied to their name: you could write "{instead}" instead. You can still save it as it is.')


def put_in_box(session, text, box=BOX):
    """Puts the text in the box (the evidence box unless told) and leaves it, as a person typing then moving on
    does."""
    session.js(f"""(b => {{ b.value = {text!r}; b.dispatchEvent(new Event('input', {{bubbles: true}}));
        b.dispatchEvent(new Event('change', {{bubbles: true}})); }})(document.getElementById('{box}'))""")
    session.page.listen(0.05)


def check_names(checks, text):
    """The remarks 'coprod check' names in a file's text, as it writes them."""
    path = checks.work / "personal-data-sample.coprod.yaml"
    path.write_text(text, encoding="utf-8")
    run = checks.coprod("check", path, expect_status=None)
    return [p.translate(SEPARATORS) for p in CHECK_PHRASE.findall(run.stdout + run.stderr)]


def check_same_as_coprod_check(checks, session, html, box=BOX):
    """Each sample in the box (a one-line box gets only the samples of one line) names what check names."""
    session.open(html)
    samples = SAMPLES if session.js(f"document.getElementById('{box}').tagName") == "TEXTAREA" else \
        [s for s in SAMPLES if "\n" not in s]
    named = 0
    for sample in samples:
        put_in_box(session, sample, box)
        saved = session.js("window.coprodForm.toYaml()")
        phrases = check_names(checks, saved)
        named += bool(phrases)
        note = session.js(f"(n => n && n.textContent)(document.getElementById('{box}-personal'))")
        shown = note.translate(TABS_AS_SPACES) if note else note
        checks.expect(shown == expected_note(phrases),
                      f"{box}: {sample!r}: coprod check names {phrases}, and under the box the form says {note!r}")
    checks.expect(named >= 10 and len(samples) - named >= 8,
                  f"of {len(samples)} sample sentences coprod check names a person in {named}: the samples no "
                  "longer test both sides")


def check_note_on_leaving(checks, session, html, box, name, typed, shown, put_right, shot, phone=390):
    """The note under `box` (called `name`): said in a polite live region that describes the box as a person
    types `typed` and leaves it, taken away once `put_right` replaces it, and shown at once for a file opened
    with `typed`. Screenshots stay in OUTPUT_DIR as `shot`."""
    session.open(html)
    session.page.call("Accessibility.enable")
    session.click(f"#{box}")
    session.type(typed)
    session.press("Tab")
    session.page.listen(0.1)
    checks.expect(live_region(session, f"#{box}-personal") == ["status", "polite", shown],
                  f"on leaving {name}, its live region says {live_region(session, '#' + box + '-personal')}")
    described = (session.js(f"document.getElementById('{box}').getAttribute('aria-describedby')") or "").split()
    checks.expect(described == [f"{box}-hint", f"{box}-personal"],
                  f"{name} is described by {described}, not by its hint and the note")
    shots(checks, session, f"label[for='{box}']", shot, height=320, phone=phone)
    if checks.args.axe:
        print(f"  a note under {name}: {browser.run_axe(session.page, Path(checks.args.axe))}")
    saved = session.js("window.coprodForm.toYaml()")
    put_in_box(session, put_right, box)
    checks.expect(session.js(f"(n => n && n.textContent)(document.getElementById('{box}-personal'))") == "",
                  f"the note under {name} stays once the text is put right")
    session.open(html)
    session.js(f"window.coprodForm.loadYaml({saved!r})")
    checks.expect(session.js(f"(n => n && n.textContent)(document.getElementById('{box}-personal'))") == shown,
                  f"a file opened with {typed!r} in {name} shows no note under it")
    session.page.call("Accessibility.disable")
    page_problems(checks, session, f"the note under {name}")


def check_completed_by(checks, session, html):
    """'Completed by', which coprod check reads too, has the same note, said as a person leaves the box and
    at once for a file opened with it, and taken away when put right."""
    box = "s0-completed-by"
    check_same_as_coprod_check(checks, session, html, box)
    check_note_on_leaving(checks, session, html, box, "'Completed by'", "Peer network meeting, Mr Smith told us",
                          expected_note(["Mr Smith told"]), "Peer network meeting, 8 members",
                          "form-personal-data-completed-by")


def check_note_as_people_meet_it(checks, session, html):
    session.open(html)
    session.page.call("Accessibility.enable")
    session.click(f"#{BOX}")
    session.type("Mary said")
    session.page.listen(0.1)
    checks.expect(session.js(f"(n => n && n.textContent)(document.getElementById('{NOTE}'))") == "",
                  "the note shows while the sentence is still being typed")
    session.type(" the papers came late.")
    session.press("Tab")
    session.page.listen(0.1)
    shown = expected_note(["Mary said"])
    checks.expect(live_region(session, f"#{NOTE}") == ["status", "polite", shown],
                  f"on leaving the box, its live region says {live_region(session, '#' + NOTE)}")
    described = session.js(f"document.getElementById('{BOX}').getAttribute('aria-describedby')") or ""
    checks.expect(NOTE in described.split(), f"the box is described by {described!r}, not by the note")
    shots(checks, session, f"label[for='{BOX}']", "form-personal-data-note", height=420)
    if checks.args.axe:
        print(f"  a note of a named person: {browser.run_axe(session.page, Path(checks.args.axe))}")

    session.click("#actions-top [data-action=save]")
    session.page.listen(0.2)
    checks.expect(session.js("document.getElementById('error-summary').hidden")
                  and "Mary said the papers" in session.js("window.coprodForm.toYaml()"),
                  "Save with a note of a named person shows a problem or leaves the text out")
    pdf = checks.out / "form-personal-data-a4.pdf"
    session.print_pdf(pdf)
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    checks.expect("tie what was said" not in printed and "Mary said the papers" in printed,
                  "the printed sheet shows the note, or not the evidence")
    saved = session.js("window.coprodForm.toYaml()")

    session.click(f"#{BOX}")
    session.js(f"document.getElementById('{BOX}').select()")
    session.type("Some people felt the papers came late.")
    session.page.listen(0.1)
    checks.expect(session.js(f"(n => n && n.textContent)(document.getElementById('{NOTE}'))") == "",
                  "the note stays once the text is put right")
    described = session.js(f"document.getElementById('{BOX}').getAttribute('aria-describedby')") or ""
    checks.expect(NOTE not in described.split(), f"the box is still described by the note: {described!r}")

    session.open(html)
    session.js(f"window.coprodForm.loadYaml({saved!r})")
    checks.expect(session.js(f"(n => n && n.textContent)(document.getElementById('{NOTE}'))") == shown,
                  "a file opened with a named person in its evidence shows no note")
    session.page.call("Accessibility.disable")
    page_problems(checks, session, "the note of a named person")


# E-mail addresses, phone numbers, NHS numbers and postcodes, and text shaped like them that is none: the form
# notes under every text box what 'coprod check' flags in it, found by scanners that follow check's own.
CONTACT_SAMPLES = [
    "Email me at jo@example.com or ring 020 7946 0018",
    "NHS number 943 476 5919",
    "NHS number 9434765919 and 943-476-5919.",
    "Not one: 943 476 5918, nor 94347659190.",
    "Call 07700 900123 after six.",
    "Ring +44 (0)20 7946 0018 or +44 7700 900123 today.",
    "(020) 7946 0018 is the office; (0161 496 0000 too.",
    "Call 020 7946 0018 or 020 7946 0018 again.",
    "Call 07700\u00a0900123 or 943\u2013476\u20135919.",
    "Phone 0400 123 4567 is not a UK number.",
    "We met on 01-02-2026 at 10, ref 2026/02079460018.",
    "Write to zo\u00eb.smith@nhs.net or \u0141ukasz@example.org.uk please.",
    "Send it to mary@localhost or @example.com or jo@x.c0m.",
    "The clinic at LS1 4AP opened; post to sw1a 1aa.",
    "Room M1 1st floor, Ls1 4ap, QA1 1AA.",
    "Mary said ring 07700 900123.",
    "Scores rose by 10 points in 2026, from 1.5 to 3.",
    "A043 476 5919 and x020 7946 0018 are codes.",
]
CHECK_FLAG = re.compile(r"this looks like (an? [^(']+?) \('(.+?)'\); remove it")
NORMALISED = str.maketrans({"\u00a0": " ", "\u2013": "-"})


def check_flags(checks, text):
    """What 'coprod check' flags in a file's text, in order: (how it describes it, what it found)."""
    path = checks.work / "personal-data-sample.coprod.yaml"
    path.write_text(text, encoding="utf-8")
    run = checks.coprod("check", path, expect_status=None)
    return [(kind, found.translate(NORMALISED)) for kind, found in CHECK_FLAG.findall(run.stdout + run.stderr)]


def expected_contact_note(flags):
    """The note for what check flags: the remarks tied to a person, then each other kind in the order first met
    with what was found, as check describes them."""
    if not flags:
        return ""
    remarks = [found for kind, found in flags if kind == "a remark attributed to a named person"]
    said = [expected_note(remarks)[:-len(" You can still save it as it is.")]] if remarks else []
    others = [(kind, found) for kind, found in flags if kind != "a remark attributed to a named person"]
    kinds = list(dict.fromkeys(kind for kind, _ in others))
    if kinds:
        each = []
        for kind in kinds:
            quoted = [f'"{f}"' for f in dict.fromkeys(found for k, found in others if k == kind)]
            each.append(f"{kind} ({quoted[0] if len(quoted) == 1 else ', '.join(quoted[:-1]) + ' and ' + quoted[-1]})")
        listed = each[0] if len(each) == 1 else ", ".join(each[:-1]) + " and " + each[-1]
        said.append(f"This looks like {listed}. The file is shared with others, so leave out anything that could "
                    "tell who someone is.")
    return " ".join(said) + " You can still save it as it is."


def check_contact_details_as_coprod_check(checks, session, html):
    """Each contact sample in the evidence box (and the tester's two in a section's notes and a reflection): the
    note under the box names what check flags in the saved file, and nothing where check flags nothing."""
    session.open(html)
    flagged = 0
    cases = [(s, BOX) for s in CONTACT_SAMPLES] + [(CONTACT_SAMPLES[i], box) for i in (0, 1)
                                                     for box in ("s0-notes", "reflection-learnt")]
    for sample, box in cases:
        session.open(html) if box != BOX else None
        put_in_box(session, sample, box)
        flags = check_flags(checks, session.js("window.coprodForm.toYaml()"))
        flagged += bool(flags)
        note = session.js(f"(n => n && n.textContent)(document.getElementById('{box}-personal'))")
        checks.expect(note == expected_contact_note(flags),
                      f"{box}: {sample!r}: coprod check flags {flags}, and under the box the form says {note!r}")
    checks.expect(flagged >= 10 and len(cases) - flagged >= 3,
                  f"of {len(cases)} contact samples coprod check flags {flagged}: the samples no longer test both sides")


PLACES = ["Northbridge", "St Helens", "Kingston upon Hull", "North East and North Cumbria", "Newcastle-upon-Tyne",
          "Bath and North East Somerset", "Milton Keynes 2026", "Tower Hamlets (E1)", "Isle of Wight"]
PEOPLE = {"mary.smith@example.org": ["mary.smith@example.org"],
          "Northbridge (ask jo.bloggs@nhs.net)": ["jo.bloggs@nhs.net"],
          "07700 900123": ["07700 900123"],
          "Dr Patel": ["Dr Patel"],
          "Mrs. Jane Smith, Northbridge": ["Mrs. Jane Smith"],
          "Northbridge, Mary said": ["Mary said"]}
AREA = "area"


def area_note(phrases):
    if not phrases:
        return ""
    quoted = [f'"{p}"' for p in phrases]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
    return (f"This looks like a person's name or contact details ({listed}), not the name of an area. The file is "
            "shared with others, so write the name of the place instead, for example Northbridge. You can still "
            "save it as it is.")


def check_local_area(checks, session):
    """'Local area' is the name of a place, which 'coprod check' reads for personal data too: what reads as a
    person there gets a gentle note under the box, in a polite live region that describes the box, and names of
    places get none. Screenshots stay in OUTPUT_DIR as form-personal-data-area-{360,1280}.png."""
    html = checks.make_form("personal-data-area.html", "--perspective", "peer-network", "--period", "2026-Q3")
    session.open(html)
    for typed in PLACES + list(PEOPLE):
        put_in_box(session, typed, AREA)
        note = session.js(f"(n => n && n.textContent)(document.getElementById('{AREA}-personal'))")
        expected = area_note(PEOPLE.get(typed, []))
        checks.expect(note == expected, f"'Local area' {typed!r}: under the box the form says {note!r}, not {expected!r}")
    put_in_box(session, "mary.smith@example.org", AREA)
    path = checks.work / "personal-data-area.coprod.yaml"
    path.write_text(session.js("window.coprodForm.toYaml()"), encoding="utf-8")
    run = checks.coprod("check", path, expect_status=None)
    checks.expect("e-mail address" in run.stdout + run.stderr,
                  f"coprod check does not name the e-mail address in 'area' that the form notes: {run.stdout[-300:]}")

    check_note_on_leaving(checks, session, html, AREA, "'Local area'", "Dr Patel", area_note(["Dr Patel"]),
                          "Northbridge", "form-personal-data-area", phone=360)


def check_personal_data_notes(checks, session):
    html = checks.make_form("personal-data.html", "--perspective", "peer-network", "--area", "Northbridge",
                            "--period", "2026-Q3")
    check_same_as_coprod_check(checks, session, html)
    check_contact_details_as_coprod_check(checks, session, html)
    check_note_as_people_meet_it(checks, session, html)
    check_completed_by(checks, session, html)
    check_local_area(checks, session)
