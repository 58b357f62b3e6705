"""A file opened in the scoring form and saved keeps its layout wherever its values did not change.

The form changes only the values changed on the page, each in place, as 'coprod score --set' does:
  * a file opened and saved unchanged comes back byte for byte, whatever its layout: blocks (| and >,
    with their chomping indicators), quoting, blanks after a value, comments on a value's line and on
    lines of their own, blank lines, Windows line ends, a byte-order mark; opened with loadYaml, with
    the page's own Open button (and saved with Save), or in a form made from the file;
  * values changed on the page are written byte for byte as 'coprod score --set' and '--set-evidence'
    write them into the same file, line ends and all;
  * a | block that keeps its last line break, changed, stays a | block;
  * where a change cannot be made in place (a row missing from the file), the file is written afresh,
    as before: the comments at its top above coprod's own kept, with the values the page holds.
Shared by check_form_in_browser.py.
"""
import difflib
import json
from pathlib import Path

from form_page_state import open_with_the_button, page_problems

IDENTITY = ["--perspective", "peer-network", "--area", "Northbridge", "--period", "2026-Q4", "--schema", "none"]

# Rows of a file 'coprod init' wrote, as people write them by hand: (the row's lines in the file
# 'coprod init' writes, what they become).
HAND_WRITTEN = [
    ("      strategy:\n        score:\n        evidence:\n",
     "      strategy:\n        score: 1\n        evidence: |\n"
     "          We have not seen a strategy. Some people in the group felt\n"
     "          it was written before we were asked.\n        warning_seen: true\n"),
    ("      motivation:\n        score:\n        evidence:\n",
     "      motivation:\n        score: 3  # agreed in March\n        evidence: 'It''s what people said.'\n"),
    ("      resources:\n        score:\n        evidence:\n",
     "      resources:\n        score: 2.50\n        evidence: >  # from the minutes\n          Expenses are paid,\n"
     "          but late.\n\n          Lunch is provided.\n"),
    ("      leaders:\n        score:\n        evidence:\n",
     "      leaders:\n        score: 2\n        evidence: ~\n        indicator_seen: true\n"),
    ("      senior-leaders:\n        score:\n        evidence:\n",
     "      senior-leaders:\n        score: 1.5\n        evidence: \"The director came once.\" \n"
     "        warning_seen: true\n\n\n        # Our own note: ask again in January.\n"),
    ("      wrong-people:\n        score:\n        evidence:\n",
     "      wrong-people:\n        score: 3\n        evidence: |+\n          Kept with its line breaks.\n\n"),
    ("      excluded-groups:\n        score:\n        evidence:\n",
     "      excluded-groups:\n        evidence: Some people\n          were not asked.\n        score: 2.5\n"),
    ("  commitment:\n    completed_by:\n    last_completed:  # YYYY-MM-DD\n    notes:\n",
     "  commitment:\n    completed_by: \"Network chair\"\n    last_completed: 2026-11-03  # YYYY-MM-DD\n"
     "    notes: |-\n      Scored at the November meeting.\n      Checked with the network.\n"),
    ("area: Northbridge\n", "area: \"Northbridge\"  # the place\n"),
]

# Changes made on the page, each with the 'coprod score' option that makes it: (the page's control and
# what it is given, the option and its value).
CHANGES = [
    (("score", "r0-1", "8"), ("--set", "commitment.motivation=4")),
    (("text", "r0-4-evidence", "The director came twice."), ("--set-evidence", "commitment.senior-leaders=The director came twice.")),
    (("text", "r0-1-evidence", "It's what most people said."), ("--set-evidence", "commitment.motivation=It's what most people said.")),
    (("text", "r0-3-evidence", "Now written down."), ("--set-evidence", "commitment.leaders=Now written down.")),
    (("text", "r0-2-evidence", "Expenses are paid on time now."), ("--set-evidence", "commitment.resources=Expenses are paid on time now.")),
    (("text", "r0-0-evidence", "We have seen the strategy now.\nIt was written with us."),
     ("--set-evidence", "commitment.strategy=We have seen the strategy now.\nIt was written with us.")),
    (("click", "r0-0-indicator-seen", None), ("--set", "commitment.strategy.indicator_seen=true")),
    (("click", "r0-3-indicator-seen", None), ("--set", "commitment.leaders.indicator_seen=false")),
    (("text", "r3-0-evidence", "Two sessions.\nBoth well attended."), ("--set-evidence", "knowledge.learning=Two sessions.\nBoth well attended.")),
    (("text", "s2-last-completed", "2026-11-30"), ("--set", "purpose.last_completed=2026-11-30")),
    (("text", "s0-notes", ""), ("--set", "commitment.notes=")),
    (("text", "s0-completed-by", "Network chair and deputy"), ("--set", "commitment.completed_by=Network chair and deputy")),
    (("text", "reflection-learnt", "We learnt to ask early.\n\nAnd often."), ("--set", "reflections.learnt=We learnt to ask early.\n\nAnd often.")),
    (("score", "r1-1", "none"), ("--set", "contact.excluded-groups=")),
]


def differences(expected, saved):
    return "".join(difflib.unified_diff(expected.splitlines(True), saved.splitlines(True), "expected", "saved", n=1))[:1500]


def hand_written(checks):
    text = checks.coprod("init", "-", *IDENTITY).stdout
    for before, after in HAND_WRITTEN:
        if not checks.expect(before in text, f"'coprod init' no longer writes {before!r}"):
            continue
        text = text.replace(before, after, 1)
    text = text.replace("\nreflections:\n", "\n\n# Our own closing note.\n\nreflections:\n", 1)
    path = checks.work / "hand-written.coprod.yaml"
    path.write_text(text, encoding="utf-8", newline="")
    checks.coprod("score", path)  # coprod reads it
    return text


def load(checks, session, text, what):
    result = session.js(f"window.coprodForm.loadYaml({json.dumps(text)})")
    return checks.expect(result["ok"], f"{what}: the form refused it: {result['problems'][:2]}")


def saved_as_it_was(checks, session, text, what):
    saved = session.js("window.coprodForm.toYaml()")
    checks.expect(saved == text, f"{what}, opened and saved unchanged, changed:\n" + differences(text, saved))


def check_unchanged_files_save_as_they_were(checks, session, blank):
    """Opened and saved unchanged, byte for byte: a file written by hand, the same with Windows line ends
    and a byte-order mark, the bundled examples, and each opened in a form made from it."""
    text = hand_written(checks)
    files = [("a file written by hand", text), ("with Windows line ends", text.replace("\n", "\r\n")),
             ("with a byte-order mark", "\ufeff" + text),
             ("its last line without a line end", text.rstrip("\n"))]
    examples = sorted(Path(checks.args.source, "examples").rglob("*.coprod.yaml"))
    files += [(example.name, example.read_text(encoding="utf-8")) for example in examples]
    session.open(blank)
    for what, content in files:
        if load(checks, session, content, what):
            saved_as_it_was(checks, session, content, what)
    for number, (what, content) in enumerate(files[:3]):
        path = checks.work / f"layout-{number}.coprod.yaml"
        path.write_text(content, encoding="utf-8", newline="")
        session.open(checks.make_form(f"layout-{number}.html", path))
        saved_as_it_was(checks, session, content, f"{what}, in a form made from it")
    page_problems(checks, session, "files saved unchanged")


def make_changes(session, changes):
    for (kind, control, value), _ in changes:
        if kind == "score":
            session.js(f"document.getElementById('{control}-score-{value}').click()")
        elif kind == "click":
            session.js(f"document.getElementById('{control}').click()")
        else:
            session.js(f"""(e => {{ e.value = {json.dumps(value)}; e.dispatchEvent(new Event('input', {{bubbles: true}})); }})
                (document.getElementById('{control}'))""")


def by_coprod(checks, text, changes, name):
    path = checks.work / name
    path.write_text(text, encoding="utf-8", newline="")
    options = [part for _, option in changes for part in option]
    checks.coprod("score", path, *options)
    return path.read_bytes().decode("utf-8")


def check_changes_made_as_coprod_makes_them(checks, session, blank):
    """Values changed on the page are written as 'coprod score --set' writes them into the same file:
    quoting kept where the new text reads back in it, blocks as coprod writes them, comments on the
    lines kept, new lines where coprod puts them, with the file's own line ends."""
    text = hand_written(checks)
    session.open(blank)
    for what, content in [("a file written by hand", text), ("with Windows line ends", text.replace("\n", "\r\n"))]:
        if not load(checks, session, content, what):
            continue
        make_changes(session, CHANGES)
        saved = session.js("window.coprodForm.toYaml()")
        expected = by_coprod(checks, content, CHANGES, "changed-by-coprod.coprod.yaml")
        checks.expect(saved == expected, f"{what}: changes on the page are written differently from 'coprod score "
                      "--set':\n" + differences(expected, saved))
    page_problems(checks, session, "changes made in place")


def check_block_stays_a_block(checks, session, blank):
    """A | block that keeps its last line break, read into a text box with it, stays such a block when
    a word of it is changed: only that word changes in the file."""
    text = hand_written(checks)
    session.open(blank)
    if not load(checks, session, text, "a file written by hand"):
        return
    shown = session.js("document.getElementById('r0-0-evidence').value")
    checks.expect(shown.endswith("before we were asked.\n"), f"the | block reads as {shown!r}")
    session.js("""(e => { e.value = e.value.replace('we were asked.', 'we were asked at all.');
        e.dispatchEvent(new Event('input', {bubbles: true})); })(document.getElementById('r0-0-evidence'))""")
    expected = text.replace("          it was written before we were asked.\n",
                            "          it was written before we were asked at all.\n", 1)
    saved = session.js("window.coprodForm.toYaml()")
    checks.expect(saved == expected, "a word changed in a | block:\n" + differences(expected, saved))


def check_written_afresh_when_not_in_place(checks, session, blank):
    """A change that cannot be made in place (a row missing from the file, scored on the page) writes
    the file afresh, with the values the page holds: the comments at its top above coprod's own kept,
    coprod's own comments after them, and \\n line ends."""
    made = checks.coprod("init", "-", *IDENTITY).stdout
    title = made[made.index("# Co-production"):]
    notes = "# Northbridge's own note: agreed at the December meeting.\n\n"
    own_title = "# Our own heading, in place of coprod's\n#\n"
    row = "      strategy:\n        score:\n        evidence:\n"
    cases = [  # (what the file starts with, what is written before coprod's own comments)
        ("notes above coprod's comments", notes + made, notes),
        ("notes with Windows line ends", (notes + made).replace("\n", "\r\n"), notes),
        ("coprod's title line replaced", own_title + title.split("\n", 1)[1],
         own_title + title.split("\n", 1)[1].split("\n\n", 1)[0] + "\n\n"),
    ]
    session.open(blank)
    for what, text, kept in cases:
        if not load(checks, session, text.replace(row, "", 1).replace(row.replace("\n", "\r\n"), "", 1), what):
            continue
        session.js("document.getElementById('r0-0-score-6').click()")
        saved = session.js("window.coprodForm.toYaml()")
        expected = kept + made.replace(row, row.replace("score:", "score: 3"), 1)
        checks.expect(saved == expected, f"{what}, a row missing from the file scored on the page:\n" +
                      differences(expected, saved))
    page_problems(checks, session, "files written afresh")


def check_open_and_save_keep_the_bytes(checks, session, blank):
    """Opened with the page's own button and saved with Save: a file with Windows line ends and a
    byte-order mark downloads byte for byte as it was, and with a score changed, as 'coprod score --set'
    writes it."""
    text = "\ufeff" + hand_written(checks).replace("\n", "\r\n")
    path = checks.work / "2026-Q4-peer-network.coprod.yaml"
    path.write_bytes(text.encode("utf-8"))
    expected = by_coprod(checks, text, CHANGES[:1], "opened-by-coprod.coprod.yaml").encode("utf-8")
    for number, (changes, wanted) in enumerate([([], text.encode("utf-8")), (CHANGES[:1], expected)]):
        session.open(blank)
        status = open_with_the_button(session, path)
        checks.expect(status.startswith(f"Opened {path.name}"), f"Open of {path.name} said {status!r}")
        make_changes(session, changes)
        downloads = checks.work / f"layout-downloads-{number}"
        session.catch_downloads(downloads)
        session.click("#actions-top [data-action=save]")
        files = session.wait_for_file(downloads, "*.coprod.yaml")
        if checks.expect(files, "Save after Open downloaded nothing"):
            saved = files[0].read_bytes()
            checks.expect(saved == wanted, f"opened with the button, {len(changes)} change(s), saved with Save: "
                          f"the bytes differ:\n" + differences(wanted.decode("utf-8"), saved.decode("utf-8")))
    page_problems(checks, session, "Open and Save")


def check_layout_kept(checks, session, blank):
    check_unchanged_files_save_as_they_were(checks, session, blank)
    check_changes_made_as_coprod_makes_them(checks, session, blank)
    check_block_stays_a_block(checks, session, blank)
    check_written_afresh_when_not_in_place(checks, session, blank)
    check_open_and_save_keep_the_bytes(checks, session, blank)
