/* coprod form: the answers kept in this browser on this device as they are typed (its local storage), so
   that a page reloaded, a tab closed by mistake or a phone that drops the page from memory loses nothing;
   they are put back when the same form is opened again. Nothing is sent anywhere. Each form keeps its own:
   the key names the form's framework, area, period and perspective as it was made, and a hash of the
   page's data (the wording, the starting values and the file it was made from), so two different forms
   never mix. Where the browser keeps nothing (a private window that refuses storage, storage turned off),
   `available` is false and the page works as before. */
var CoprodKeptAnswers = (function () {
  var PREFIX = "coprod-form:";
  var VERSION = 1;

  // The browser's local storage, or null where reading or writing it throws (private windows, storage turned
  // off, a full quota).
  function localStore() {
    try {
      var store = window.localStorage, probe = PREFIX + "probe";
      store.setItem(probe, "1");
      store.removeItem(probe);
      return store;
    } catch (e) {
      return null;
    }
  }

  // A 53-bit hash of text as 14 hexadecimal digits (cyrb53, public domain): enough to tell forms apart,
  // not a secret.
  function hash(text) {
    var h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    var value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    return ("00000000000000" + value.toString(16)).slice(-14);
  }

  // The key of a form's answers: coprod-form:<framework>@<version>|<area>|<period>|<perspective>|<hash>.
  function formKey(data, dataText) {
    var who = data.identity || {};
    return PREFIX + [data.framework.id + "@" + data.framework.version, who.area || "", who.period || "",
                     who.perspective || "", hash(dataText)].join("|");
  }

  // What is typed and ticked in `root`: each text box's value by its id, and the ids of the radios and boxes
  // ticked. The file chooser is left out.
  function controlsIn(root) {
    var found = { values: {}, ticked: [] };
    Array.prototype.forEach.call(root.querySelectorAll("input[id], textarea[id]"), function (control) {
      if (control.type === "file") return;
      if (control.type === "radio" || control.type === "checkbox") {
        if (control.checked) found.ticked.push(control.id);
      } else if (control.value !== "") {
        found.values[control.id] = control.value;
      }
    });
    return found;
  }

  // Puts kept radios and boxes back in `root`: every one not kept is unticked.
  function tickIn(root, ticked) {
    Array.prototype.forEach.call(root.querySelectorAll("input[type=radio][id], input[type=checkbox][id]"),
                                 function (control) { control.checked = ticked.indexOf(control.id) >= 0; });
  }

  // Puts kept text back in `root`'s boxes: every box not kept is emptied.
  function typeIn(root, values) {
    Array.prototype.forEach.call(root.querySelectorAll("input[id], textarea[id]"), function (control) {
      if (control.type === "file" || control.type === "radio" || control.type === "checkbox") return;
      var kept = Object.prototype.hasOwnProperty.call(values, control.id) ? values[control.id] : "";
      if (typeof kept === "string") CoprodControls.setValue(control.id, kept);
    });
  }

  // A form's place in the store: read() the answers kept (null for none, or none readable), write(answers),
  // forget() and onKeptElsewhere(then). `answers.savedAs` names the file Save wrote them to, when they are kept as saved ("Keep my
  // answers on this device too"), else none. The file opened with Open is kept under a key of its own, written only when it changes,
  // so typing does not write a whole file again each time. Each returns false where the browser refused.
  function make(data, dataText) {
    var store = localStore(), key = formKey(data, dataText), fileKey = key + "|file", fileKept = null;

    function read() {
      if (!store) return null;
      try {
        var answers = JSON.parse(store.getItem(key) || "null");
        if (!answers || answers.version !== VERSION || !answers.controls) return null;
        var file = answers.hasFile ? JSON.parse(store.getItem(fileKey) || "null") : null;
        answers.file = file && typeof file.text === "string" ? file : null;
        fileKept = answers.file ? answers.file.text : null;
        return answers;
      } catch (e) {
        return null;
      }
    }

    function write(answers, file) {
      if (!store) return false;
      try {
        if (file && file.text !== fileKept) store.setItem(fileKey, JSON.stringify(file));
        if (!file && fileKept !== null) store.removeItem(fileKey);
        fileKept = file ? file.text : null;
        store.setItem(key, JSON.stringify({ version: VERSION, keptAt: new Date().toISOString(), hasFile: !!file,
                                            controls: answers.controls, names: answers.names,
                                            savedAs: answers.savedAs || null }));
        return true;
      } catch (e) {
        return false;
      }
    }

    function forget() {
      if (!store) return false;
      try {
        store.removeItem(key);
        store.removeItem(fileKey);
        fileKept = null;
        return true;
      } catch (e) {
        return false;
      }
    }

    // Answers kept by another page of this form after this one opened: a page opened again straight after
    // typing can read the store before the writes of the page it replaces have reached it (seen in Chromium
    // under load: nothing at once, every answer a second later); the store then tells this page, one
    // "storage" event per write. Calls then(answers) with the answers as kept after each, until the function
    // returned is called.
    function onKeptElsewhere(then) {
      if (!store) return function () {};
      function heard(event) {
        if (event.storageArea !== store || event.key !== key || event.newValue === null) return;
        var answers = read();
        if (answers) then(answers);
      }
      window.addEventListener("storage", heard);
      return function () { window.removeEventListener("storage", heard); };
    }

    return { available: !!store, key: key, read: read, write: write, forget: forget, onKeptElsewhere: onKeptElsewhere };
  }

  // "5 December 2026 at 09:05", in the device's own time.
  function when(iso) {
    var at = new Date(iso);
    if (isNaN(at.getTime())) return "an earlier visit";
    var months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"];
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return at.getDate() + " " + months[at.getMonth()] + " " + at.getFullYear() + " at " + two(at.getHours()) + ":" +
           two(at.getMinutes());
  }

  return { make: make, controlsIn: controlsIn, tickIn: tickIn, typeIn: typeIn, when: when, hash: hash };
})();
