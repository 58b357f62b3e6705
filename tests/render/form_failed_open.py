"""A check of the scoring form refusing a file, driven in headless Chromium as people use it; called from
check_form_in_browser.py.

  * a file Open refuses (not a coprod assessment, another framework's, larger than any assessment) takes
    away what the last Save, Copy or Open said under the buttons ("Opened ...", "Not saved ..."), so the
    page does not say two things at once: the list at the top says why the file was not opened.
"""
from form_page_state import open_with_the_button, page_problems, screenshots_around

TOO_LARGE_BYTES = 5 * 1048576


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
    screenshots_around(checks, session, "#error-summary", "failed-open", height=520)
    session.open(checks.make_form("failed-open-response.html", "--perspective", "individual", "--area", "Northbridge",
                                  "--period", "2026-Q3"))
    session.js("window.confirm = () => false")
    session.click("#actions-bottom [data-action=save]")
    said = session.text_once_in("#status-bottom")
    checks.expect(said.startswith("Not saved"), f"Save of a blank response, answered No, said {said!r}")
    expect_refused(checks, session, large, "far larger than any coprod assessment", "Save")
    page_problems(checks, session, "a refused Open replaces the status")
