/* coprod form: the boxes for the date a section was last completed, and what
   is said under each in its polite live region: "Use today's date", a date
   typed another way written year-month-day, and a gentle note of a date later
   than today. */
var CoprodDates = (function () {
  var $ = CoprodControls.$;

  function today() {
    var now = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate());
  }

  // Says what happened to a date box under it, in its polite live region:
  // emptied first, so that saying it again is announced again. What is
  // `unseen` is for a screen reader alone (the page shows it above the box).
  // Only the last thing said is said: one said a moment before is dropped.
  var saying = {};
  function sayUnder(id, text, unseen) {
    var done = $(id + "-done");
    done.textContent = "";
    window.clearTimeout(saying[id]);
    saying[id] = window.setTimeout(function () {
      done.classList.toggle("visually-hidden", !!unseen);
      done.textContent = text;
    }, 50);
  }

  // "Use today's date" fills the box and says so under it, in words, in a
  // polite live region: a screen reader announces the change and the focus
  // stays on the button. Cleared first, so a second click is announced again.
  // `changed(id)` is told of the change before it is said.
  function useToday(button, changed) {
    var id = button.getAttribute("data-for");
    var date = today();
    CoprodControls.setValue(id, date);
    changed(id);
    sayUnder(id, "Date set to today, " + CoprodAssessment.dateInWords(date) + ".");
  }

  // A real date typed another way (30/09/2026) is written year-month-day in
  // its box once the box is left, and said in words under it, so a day and
  // month the wrong way round show before Save. A date later than today
  // gets a gentle note there, as 'coprod check' notes it [future-date]; Save
  // still saves it. A box left with what Save would refuse (11/30/2026,
  // 31/11/2026) shows Save's message at once, marked invalid, and a screen
  // reader hears it from the live region under the box, as it hears "Read as".
  // `form` is what Save's checks need to know of the page.
  function writeInFull(field, form) {
    if (!/^s[0-9]+-last-completed$/.test(field.id)) return;
    var date = CoprodChecks.writeDateInFull(field.id);
    var wrong = CoprodChecks.checkLeft(form, field.id);
    var later = CoprodChecks.laterThan(CoprodControls.valueOf(field.id).trim(), today());
    if (wrong) sayUnder(field.id, "Error: " + wrong, true);
    else if (date) sayUnder(field.id, "Read as " + CoprodAssessment.dateInWords(date) + " (saved as " + date + ")." + later);
    else if (later) sayUnder(field.id, later.trim());
  }

  // Under each date box of a file opened, the note of a date later than today.
  function noteLater(framework) {
    framework.sections.forEach(function (section, i) {
      var id = "s" + i + "-last-completed", later = CoprodChecks.laterThan(CoprodControls.valueOf(id).trim(), today());
      if (later) sayUnder(id, later.trim());
    });
  }

  // What "Use today's date" said no longer holds once the box is typed in or
  // a file opened: the messages under every box, or only under `field`'s.
  function clearMessages(field) {
    Array.prototype.forEach.call(document.querySelectorAll(".date-done"), function (done) {
      if (field && done.id !== field.id + "-done") return;
      window.clearTimeout(saying[done.id.replace(/-done$/, "")]);
      done.textContent = "";
    });
  }

  return { useToday: useToday, writeInFull: writeInFull, noteLater: noteLater, clearMessages: clearMessages,
           sayUnder: sayUnder };
})();
