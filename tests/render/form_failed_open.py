"""A check of the scoring form refusing a file, driven in headless Chromium as people use it; called from
check_form_in_browser.py.

  * a file Open refuses (not a coprod assessment, another framework's, larger than any assessment) takes
    away what the last Save, Copy or Open said under the buttons ("Opened ...", "Not saved ..."), so the
    page does not say two things at once: the list at the top says why the file was not opened;
  * a file that is not a coprod assessment at all (the form's own page, a word-processor document, a note) is
    most often the wrong file chosen: the list says first which file to choose (a response's name and where it
    usually is, in a form for responses), then, for anyone helping, what the form found, in plain words.
"""
import zipfile
from pathlib import Path

import check_html_in_browser as browser
from form_page_state import open_with_the_button, page_problems, screenshots_around

TOO_LARGE_BYTES = 5 * 1048576
CHOOSE_RESPONSE = ("Choose the file you saved from this form: its name starts with response- and ends .coprod.yaml, "
                   "usually in your Downloads folder.")
CHOOSE_ASSESSMENT = ("Choose the file you saved from this form, or the assessment file you were given: its name ends "
                     ".coprod.yaml, and a file you saved is usually in your Downloads folder.")
HELPER = "For anyone helping you: this is not a coprod assessment"


def statuses(session):
    return session.js("[document.getElementById('status').textContent, "
                      "document.getElementById('status-bottom').textContent]")


def refusal(session):
    """The list at the top as shown: [hidden, its title, its items]."""
    return session.js("""[document.getElementById('error-summary').hidden,
        document.getElementById('error-summary-title').textContent,
        Array.from(document.querySelectorAll('#error-summary-list li')).map(li => li.textContent)]""")


def expect_refused(checks, session, path, why, after):
    document = session.page.call("DOM.getDocument")
    node = session.page.call("DOM.querySelector", nodeId=document["root"]["nodeId"], selector="#open-file")
    session.page.call("DOM.setFileInputFiles", files=[str(path.resolve())], nodeId=node["nodeId"])
    for _ in range(50):
        session.settle()
        if not session.js("document.getElementById('error-summary').hidden"):
            break
    session.settle()
    hidden, title, items = refusal(session)
    checks.expect(not hidden and "could not be opened" in title
                  and any(why in item for item in items),
                  f"Open of {path.name} after {after} was not refused saying {why!r}: {[hidden, title, items]}")
    now = statuses(session)
    checks.expect(now == ["", ""],
                  f"Open of {path.name}, refused, left what {after} said under the buttons: {now}")


def check_failed_open_replaces_status(checks, session):
    html = checks.make_form("failed-open.html", "--perspective", "organisation", "--area", "Northbridge",
                            "--period", "2026-Q3")
    good = checks.work / "failed-open-good.coprod.yaml"
    checks.coprod("init", good, "--perspective", "organisation", "--area", "Northbridge", "--period", "2026-Q3",
                  "--schema", "none")
    other = checks.work / "failed-open-other.coprod.yaml"
    checks.coprod("init", other, "--perspective", "organisation", "--area", "Northbridge", "--period", "2026-Q3",
                  "--schema", "none", "--framework", "strategic-coproduction")
    notes = checks.work / "failed-open-notes.txt"
    notes.write_text("shopping: milk, bread\n", encoding="utf-8")
    large = checks.work / "failed-open-large.coprod.yaml"
    large.write_bytes(b"#" * TOO_LARGE_BYTES)
    session.open(html)
    for refused, why in ((notes, "this is not a coprod assessment"),
                         (other, "this file is for the framework 'strategic-coproduction'")):
        said = open_with_the_button(session, good)
        checks.expect(said.startswith("Opened " + good.name), f"Open of {good.name} said {said!r}")
        expect_refused(checks, session, refused, why, "Open")
        items = refusal(session)[2]
        checks.expect((items[0] == CHOOSE_ASSESSMENT) == (refused == notes),
                      f"Open of {refused.name} in a form for the organisation's view says first {items[:1]}")
    screenshots_around(checks, session, "#error-summary", "failed-open", height=520)
    session.open(checks.make_form("failed-open-response.html", "--perspective", "individual", "--area", "Northbridge",
                                  "--period", "2026-Q3"))
    session.js("window.confirm = () => false")
    session.click("#actions-bottom [data-action=save]")
    said = session.text_once_in("#status-bottom")
    checks.expect(said.startswith("Not saved"), f"Save of a blank response, answered No, said {said!r}")
    expect_refused(checks, session, large, "far larger than any coprod assessment", "Save")
    page_problems(checks, session, "a refused Open replaces the status")


def check_wrong_file_says_which(checks, session):
    """In a form for one person's response, the form's own page and a word-processor document, opened by
    mistake, are refused saying first which file to choose, then what the form found, for anyone helping.
    Screenshots stay in OUTPUT_DIR as failed-open-{form-page,document}-{640,1280}.png."""
    html = checks.make_form("wrong-file.html", "--perspective", "individual", "--area", "Northbridge",
                            "--period", "2026-Q3")
    document = checks.work / "my answers.docx"
    with zipfile.ZipFile(document, "w") as docx:
        docx.writestr("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>")
        docx.writestr("word/document.xml", "<w:document><w:body><w:p>My answers</w:p></w:body></w:document>")
    found = {html: HELPER + " but a web page (it starts with '<'), perhaps the form itself rather than a file saved "
                            "from it.",
             document: HELPER + ". Line 1 holds a control character (U+0003), which a text file does not have, so "
                                "it is probably a word-processor document or another program's file."}
    session.open(html)
    for path, name in ((html, "form-page"), (document, "document")):
        expect_refused(checks, session, path, found[path], "nothing")
        items = refusal(session)[2]
        checks.expect(items == [CHOOSE_RESPONSE, found[path]],
                      f"Open of {path.name} by mistake says {items}, not which file to choose and what was found")
        if checks.args.axe:
            print(f"  {path.name} opened by mistake: {browser.run_axe(session.page, Path(checks.args.axe))}")
        screenshots_around(checks, session, "#error-summary", f"failed-open-{name}", height=420, phone=640)
    page_problems(checks, session, "the wrong file opened")
