/* coprod form: the names of the responses saved from this form on this device, kept in the browser's local
   storage, so that a response saved one day and opened the next is said to have been saved here. Not taken
   as the person's own: on a shared computer it may be another person's, so the page still asks. Names only,
   never answers, and only the form's own random names (response-<8 hexadecimal digits>.coprod.yaml): a name
   given by hand could be anyone's. "Clear answers on this device" forgets them (CoprodKeeping). Where the
   browser keeps nothing (a private window, storage turned off), nothing is known and the page asks. */
var CoprodSavedNames = (function () {
  var KEY = "coprod-form:saved-responses";
  var MOST = 200;  // the newest kept, so the list stays small on a computer used for many responses
  var NAME = /^response-[0-9a-f]{8}\.coprod\.yaml$/;

  function store() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function list() {
    var kept = store();
    if (!kept) return [];
    try {
      var names = JSON.parse(kept.getItem(KEY) || "[]");
      return Array.isArray(names) ? names.filter(function (name) { return typeof name === "string" && NAME.test(name); }) : [];
    } catch (e) {
      return [];
    }
  }

  // Save gave a response this name: remembered, the newest last. Returns whether the browser kept it.
  function remember(name) {
    var kept = store();
    if (!kept || !NAME.test(name)) return false;
    var names = list().filter(function (other) { return other !== name; });
    names.push(name);
    try {
      kept.setItem(KEY, JSON.stringify(names.slice(-MOST)));
      return true;
    } catch (e) {
      return false;
    }
  }

  // Whether a response of this name (copy marks taken off) was saved from this form on this device.
  function known(name) { return NAME.test(name || "") && list().indexOf(name) >= 0; }

  function forget() {
    var kept = store();
    if (!kept) return;
    try { kept.removeItem(KEY); } catch (e) { /* nothing kept to forget */ }
  }

  return { remember: remember, known: known, forget: forget };
})();
