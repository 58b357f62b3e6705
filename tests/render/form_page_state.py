"""What the scoring form shows, found as a person or a screen reader finds it: problems the page
logged, a live region as the accessibility tree gives it, a checked field's message and marks, and
opening a file with the page's own button. Shared by the checks of the form in a browser."""
from pathlib import Path


def page_problems(checks, session, what):
    for problem in session.page.problems:
        checks.fail(f"{what}: {problem}")
    session.page.problems.clear()


def live_region(session, selector):
    """The accessibility tree's node for an element: [role, its 'live' property, the text inside it]."""
    document = session.page.call("DOM.getDocument")
    node = session.page.call("DOM.querySelector", nodeId=document["root"]["nodeId"], selector=selector)
    if not node["nodeId"]:
        return None
    backend = session.page.call("DOM.describeNode", nodeId=node["nodeId"])["node"]["backendNodeId"]
    # The element's part of the tree (with its children), not the whole tree: on the long form the whole
    # tree takes a second or two each time.
    nodes = session.page.call("Accessibility.getPartialAXTree", backendNodeId=backend, fetchRelatives=True)["nodes"]
    found = next((n for n in nodes if n.get("backendDOMNodeId") == backend and not n.get("ignored")), None)
    if not found:
        return None
    by_id = {n["nodeId"]: n for n in nodes}
    live = next((p["value"]["value"] for p in found.get("properties", []) if p["name"] == "live"), None)
    text = "".join(by_id[c].get("name", {}).get("value", "") for c in found.get("childIds", []) if c in by_id)
    return [found.get("role", {}).get("value"), live, text]


def open_with_the_button(session, path):
    """Opens a file as a person does: 'Open a saved file' and the browser's file chooser. Returns the message."""
    document = session.page.call("DOM.getDocument")
    node = session.page.call("DOM.querySelector", nodeId=document["root"]["nodeId"], selector="#open-file")
    session.page.call("DOM.setFileInputFiles", files=[str(Path(path).resolve())], nodeId=node["nodeId"])
    return status_once_said(session)


def status_once_said(session):
    """The status line's text once there is any (Open and loadYaml() fill it a moment later); "" if none comes
    within five seconds."""
    for _ in range(50):
        session.page.listen(0.1)
        status = session.js("document.getElementById('status').textContent")
        if status:
            return status
    return ""


def invalid_in_tree(session):
    """The names of the nodes the accessibility tree calls invalid, as a screen reader hears them."""
    nodes = session.page.call("Accessibility.getFullAXTree")["nodes"]
    return [f"{n.get('role', {}).get('value')} {n.get('name', {}).get('value', '')!r}" for n in nodes
            if not n.get("ignored") and any(p["name"] == "invalid" and p["value"]["value"] not in ("false", None)
                                            for p in n.get("properties", []))]


def field_state(session, field):
    """A checked field's message and marks: [message shown, its text, controls marked aria-invalid,
    marked has-error, described by its message]."""
    return session.js(f"""(f => {{ const m = document.getElementById('{field}-error');
        const controls = f.tagName === 'INPUT' ? [f] : Array.from(f.querySelectorAll('input'));
        return [!m.hidden, m.textContent, controls.filter(c => c.getAttribute('aria-invalid') === 'true').map(c => c.id),
                (f.closest('.field') || f).classList.contains('has-error'),
                (f.getAttribute('aria-describedby') || '').split(' ').includes('{field}-error')]; }})
        (document.getElementById('{field}'))""")


def shows_error(state):
    return state[0] and state[1] and state[2] and state[3] and state[4]


def shows_no_error(state):
    return state == [False, "", [], False, False]


def save_with_problems(session):
    session.click("#actions-top [data-action=save]")
    session.page.listen(0.1)


def screenshots_around(checks, session, selector, name, above=40, height=420, phone=390):
    """Screenshots at `phone` and 1280 px of the page around an element, kept in the output folder (text runs
    to more lines on a phone, so that band is taller); the page is left at 1280 px."""
    for width, tall in ((phone, 1.8), (1280, 1)):
        session.viewport(width)
        session.page.listen(0.2)
        top = session.js(f"document.querySelector({selector!r}).getBoundingClientRect().top + scrollY")
        session.screenshot(checks.out / f"{name}-{width}.png", width, top=max(0, top - above), height=int(height * tall))
    session.viewport(1280)
