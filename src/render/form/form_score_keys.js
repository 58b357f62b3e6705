/* coprod form: choosing a row's score by typing it. While a row's scores have the focus, and only then (so
   no key does anything anywhere else, as WCAG 2.2 2.1.4 asks of keys that are one character), typing a
   score's number chooses it: 3 chooses 3. Where the scale has half points, 3, a full stop, then 5, each
   within a second and a half of the one before, chooses 3.5. The arrow keys still move between the choices,
   as in any group of radio buttons, and a screen reader in browse mode keeps its own keys. */
var CoprodScoreKeys = (function () {
  var WAIT_MS = 1500;
  var last = { name: "", whole: "", point: false, at: 0 };  // the whole score typed last, and a full stop after it

  // The name of the row's scores a control belongs to (r0-2-score), or "" for any other control.
  function scoresOf(target) {
    return target && target.type === "radio" && /^r[0-9]+-[0-9]+-score$/.test(target.name) ? target.name : "";
  }

  function choiceOf(name, value) {
    var radios = document.querySelectorAll('input[name="' + name + '"]');
    return Array.prototype.filter.call(radios, function (radio) { return radio.value === value; })[0] || null;
  }

  // Ticks the choice and tells the page as a click would, so the scores so far and Save know of it.
  function choose(radio) {
    radio.checked = true;
    radio.focus();
    ["input", "change"].forEach(function (type) { radio.dispatchEvent(new Event(type, { bubbles: true })); });
  }

  // What a key typed in a row's scores `name` chooses: the half after a whole score and a full stop, else the
  // whole score; null when the scale has no such score.
  function scoreTyped(name, key, now) {
    var soon = last.name === name && now - last.at < WAIT_MS;
    if (soon && last.point && key === "5" && choiceOf(name, last.whole + ".5")) return last.whole + ".5";
    return choiceOf(name, key) ? key : null;
  }

  function onKey(event) {
    var name = scoresOf(event.target), now = Date.now();
    if (!name || event.ctrlKey || event.altKey || event.metaKey) return;
    if ((event.key === "." || event.key === ",") && last.name === name && last.whole && now - last.at < WAIT_MS) {
      last.point = true;
      last.at = now;
      event.preventDefault();
      return;
    }
    if (!/^[0-9]$/.test(event.key)) return;
    var value = scoreTyped(name, event.key, now);
    if (value === null) return;
    event.preventDefault();
    choose(choiceOf(name, value));
    last = { name: name, whole: value.indexOf(".") < 0 ? value : "", point: false, at: now };
  }

  function listen(area) { area.addEventListener("keydown", onKey); }

  return { listen: listen };
})();
