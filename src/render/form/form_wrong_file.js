/* coprod form: what Open says of a file that is not a coprod assessment at all (the form's own page, a
   word-processor document, a note): first, for the person, which file to choose instead; then, for anyone
   helping them, what the page found in it, in plain words. CoprodAssessment.read() says which it is. */
var CoprodWrongFile = (function () {
  var HELPER = "For anyone helping you: this is not a coprod assessment";

  // What the page found, for a helper: `kind` is "control" (with `found`, {line, code}: a control character
  // and where), "not-lines" (no "name: value" lines) or "no-format" (no line 'format: coprod-assessment/1'). A
  // file that starts with "<" is said to be a web page, as the form itself is.
  function detail(kind, text, found) {
    if (/^\s*</.test(text)) {
      return HELPER + " but a web page (it starts with '<'), perhaps the form itself rather than a file saved " +
             "from it.";
    }
    if (kind === "control") {
      return HELPER + ". Line " + found.line + " holds a control character (U+" + found.code + "), which a text " +
             "file does not have, so it is probably a word-processor document or another program's file.";
    }
    if (kind === "not-lines") {
      return HELPER + ": it does not hold lines of a name, a colon and a value, such as " +
             "'format: coprod-assessment/1', as every file saved from the form does.";
    }
    return HELPER + ": it has no line 'format: coprod-assessment/1' near the top, which every file saved from " +
           "the form has.";
  }

  // What the person is told first: the file to choose instead, in a form for one person's response or another.
  function lead(individual) {
    return individual
      ? "Choose the file you saved from this form: its name starts with response- and ends .coprod.yaml, usually " +
        "in your Downloads folder."
      : "Choose the file you saved from this form, or the assessment file you were given: its name ends " +
        ".coprod.yaml, and a file you saved is usually in your Downloads folder.";
  }

  return { detail: detail, lead: lead };
})();
