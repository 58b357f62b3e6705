/* coprod form: a file opened for another review period than the one the
   form was made for (coprod form --period). Open says so at once, naming both
   periods, and the page asks, under "About this assessment", which period
   the person is scoring: the form's, starting from the file's answers, as
   'coprod init --from' starts a period from the one before (the scores,
   evidence, notes and the dates sections were last completed carried over,
   the reflections empty, what 'coprod combine' worked out of the old scores
   left out), or the file's own, to carry on with it or put it right. */
var CoprodPeriod = (function () {
  var $ = CoprodControls.$;
  var PERIOD = /^([0-9]{4})-(?:Q([1-4])|H([12])|([0-9]{2}))$/;

  // The month a period starts in, counted from year 0: 2026-Q4 is 2026 * 12 + 9.
  function firstMonth(period) {
    var m = PERIOD.exec(period || "");
    if (!m) return null;
    var year = Number(m[1]) * 12;
    return m[2] ? year + (Number(m[2]) - 1) * 3 : m[3] ? year + (Number(m[3]) - 1) * 6 : year + Number(m[4]) - 1;
  }

  // Whether a file of `filePeriod` can be a start for `formPeriod`: only for a period that starts after
  // it, as 'coprod init --from' refuses to carry scores back in time.
  function carriesForward(filePeriod, formPeriod) {
    var from = firstMonth(filePeriod), to = firstMonth(formPeriod);
    return from !== null && to !== null && to > from;
  }

  function say(id, text) { if ($(id)) $(id).textContent = text; }

  // On opening a file of `filePeriod` in a form made for `formPeriod` (null where the form asks for the
  // period, so the box shows the file's): shows the question, with the form's period chosen where the
  // file's answers can be a start for it, and returns what Open says of it ("" for a file of the same period).
  function opening(filePeriod, formPeriod) {
    var question = $("period-choice");
    var differs = !!question && formPeriod !== null && filePeriod !== formPeriod;
    if (question) question.hidden = !differs || !carriesForward(filePeriod, formPeriod);
    if (!differs) return "";
    if (question.hidden) {
      return " It is for " + filePeriod + ", which comes after " + formPeriod + ", the period this form is for, so " +
             "it stays a file for " + filePeriod + ": its answers cannot be carried back to an earlier period.";
    }
    say("period-choice-file-period", filePeriod);
    say("period-choice-legend-file", filePeriod);
    $("period-choice-form").checked = true;
    return " It is for " + filePeriod + "; this form is for " + formPeriod + ", so its answers are a start for " +
           formPeriod + " (reflections start empty). To carry on with " + filePeriod + " instead, say so under " +
           "\"Which period are you scoring?\".";
  }

  // "form", "file", or null when the page does not ask (no file of another period is open).
  function chosen() {
    var question = $("period-choice");
    return question && !question.hidden ? CoprodControls.chosen("period-choice") : null;
  }

  // The review period's box, once left, is checked as a date box is: under it, what the period means in
  // words ("2026-Q4: October to December 2026"), and for one typed another way ("Q4 2026") that it is now
  // written as the file writes it; one Save would refuse gets Save's message, saying what is wrong, at once.
  // An empty box is left alone until Save, which asks for it.
  function leftBox(field, form) {
    if (field.id !== "period" || !field.value.trim()) return;
    var written = CoprodChecks.writePeriodInFull();
    var wrong = CoprodChecks.checkLeft(form, "period");
    var period = field.value.trim(), meaning = period + ": " + CoprodChecks.periodInWords(period);
    if (wrong) CoprodDates.sayUnder("period", "Error: " + wrong, true);
    else CoprodDates.sayUnder("period", written ? "Written as " + meaning + "." : meaning + ".");
  }

  // The period a form made for one shows (#period-text), with a quarter's or half year's months as the page
  // was made with them, "2027-Q1 (January to March 2027)": the file's own when it is scored for it. A month
  // (2026-09) needs no telling, as in render/period_words' months_to_tell().
  function showFixed(period) {
    if (!$("period-text")) return;
    $("period-text").textContent = period;
    var words = /^[0-9]{4}-[QH]/.test(period) ? CoprodChecks.periodInWords(period) : "";
    say("period-months", words ? " (" + words + ")" : "");
  }

  return { opening: opening, chosen: chosen, leftBox: leftBox, firstMonth: firstMonth, showFixed: showFixed };
})();
