/* coprod form: what Save checks before it writes a file, and a field's
   message taken away once the field is put right. `form` gives the
   framework, the area, period and perspective on the page (identity()),
   whether the page asks whose answers a file opened holds
   (asksWhoseAnswers()) and the text Save would write (toYaml()). */
var CoprodChecks = (function () {
  var PERIOD = /^[0-9]{4}-(Q[1-4]|H[12]|0[1-9]|1[0-2])$/;
  var $ = CoprodControls.$;

  // What Save would say about one of the fields it checks (by the field's
  // id), or "" if its value is fine: Save asks each of them, and a field
  // with a message asks again for itself alone when its value changes.
  function problemWith(form, id) {
    var who = form.identity();
    if (id === "area") return who.area ? "" : "Enter the local area, for example Northbridge";
    if (id === "period") {
      return PERIOD.test(who.period) ? "" : periodProblem($("period") ? CoprodControls.valueOf("period") : who.period);
    }
    if (id === "perspective") return who.perspective ? "" : "Choose whose view this records";
    if (id === "whose-answers") {
      var which = CoprodResponses.asksOfRestored() ? "on this page" : "in the file you opened";
      return CoprodControls.chosen("whose-answers") ? "" : "Say whose answers are " + which + ", so Save knows whether to give yours the same name or a new one";
    }
    var date = /^s([0-9]+)-last-completed$/.exec(id);
    return date ? dateProblemWith(form.framework, Number(date[1])) : "";
  }

  function dateProblemWith(framework, i) {
    var label = "\"" + framework.sections[i].label + "\"";
    var typed = CoprodControls.valueOf("s" + i + "-last-completed").trim();
    var date = yearMonthDay(typed);
    var wrong = typed ? CoprodAssessment.dateProblem(date || typed) : "";
    if (wrong === null) return "Enter the date " + label + " was last reviewed in numbers: " + howToWrite(typed);
    if (wrong && date && DAY_FIRST.test(typed) && Number(date.slice(5, 7)) > 12) {
      wrong = "there is no month " + Number(date.slice(5, 7)) + " (write the day first, then the month: 30/09/2026)";
    }
    return wrong ? "Enter a real date for when " + label + " was last reviewed: " + wrong : "";
  }

  // How to write a date typed a way the form does not take: "for 30 September 2026, write 30/09/2026" for
  // "30 September 2026", "30 Sept 2026" or "30/9/26" (the year in full); else the ways it takes.
  function howToWrite(typed) {
    function two(n) { return (n < 10 ? "0" : "") + n; }
    var day, month, year, m = /^([0-9]{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,})\.?,?\s+([0-9]{4})$/.exec(typed);
    if (m) {
      var name = m[2].toLowerCase();
      month = 1 + CoprodAssessment.MONTHS.map(function (n) { return n.toLowerCase(); }).findIndex(function (n) {
        return n.indexOf(name) === 0 || (name === "sept" && n === "september");
      });
      day = Number(m[1]); year = m[3];
    } else if ((m = /^([0-9]{1,2})([\/.\- ])([0-9]{1,2})\2([0-9]{2})$/.exec(typed))) {
      day = Number(m[1]); month = Number(m[3]); year = "20" + m[4];
    }
    var date = month > 0 ? year + "-" + two(month) + "-" + two(day) : "";
    if (date && CoprodAssessment.dateProblem(date) === "") {
      return "for " + CoprodAssessment.dateInWords(date) + ", write " + two(day) + "/" + two(month) + "/" + year;
    }
    return "the day, month and year (in full), as 30/09/2026 or 2026-09-30";
  }

  // A date typed day first, as people in the UK write it (30/09/2026,
  // 30-9-2026, 30.09.2026), or year first with one-digit parts (2026-9-30):
  // the same date written year-month-day (2026-09-30), as the file keeps it
  // and coprod reads it; null for anything else.
  var DAY_FIRST = /^([0-9]{1,2})([\/.\- ])([0-9]{1,2})\2([0-9]{4})$/;
  var YEAR_FIRST = /^([0-9]{4})([\/.\- ])([0-9]{1,2})\2([0-9]{1,2})$/;

  function yearMonthDay(typed) {
    function two(part) { return (part.length < 2 ? "0" : "") + part; }
    var m = DAY_FIRST.exec(typed);
    if (m) return m[4] + "-" + two(m[3]) + "-" + two(m[1]);
    m = YEAR_FIRST.exec(typed);
    return m ? m[1] + "-" + two(m[3]) + "-" + two(m[4]) : null;
  }

  // A date box holding a real date typed another way gets it written
  // year-month-day, as Save writes it; returns that date, or null when the
  // box is left as it was (already so written, empty, or not a date).
  function writeDateInFull(id) {
    var typed = CoprodControls.valueOf(id).trim();
    var date = yearMonthDay(typed);
    if (!date || date === typed || CoprodAssessment.dateProblem(date) !== "") return null;
    CoprodControls.setValue(id, date);
    return date;
  }

  // A review period typed another way ("Q4 2026", "q4 2026", "2026 Q4", "H2 2026", "09/2026") gets written as
  // coprod's files write it (2026-Q4, 2026-H2, 2026-09), which is all 'coprod check' reads; returns that
  // period, or null when the box is left as it was (already so written, empty, or not a period).
  var PERIOD_YEAR_FIRST = /^([0-9]{4})\s*[-\/. ]?\s*([QH])\s*([1-4])$/;
  var PERIOD_YEAR_LAST = /^([QH])\s*([1-4])\s*[-\/. ]?\s*([0-9]{4})$/;
  var MONTH_YEAR = /^([0-9]{1,2})\s*[-\/. ]\s*([0-9]{4})$|^([0-9]{4})\s*[-\/. ]\s*([0-9]{1,2})$/;

  function periodInFull(typed) {
    var text = typed.trim().toUpperCase(), m = PERIOD_YEAR_FIRST.exec(text), written = null;
    if (m) written = m[1] + "-" + m[2] + m[3];
    else if ((m = PERIOD_YEAR_LAST.exec(text))) written = m[3] + "-" + m[1] + m[2];
    else if ((m = MONTH_YEAR.exec(text))) written = (m[2] || m[3]) + "-" + ("0" + (m[1] || m[4])).slice(-2);
    return written && PERIOD.test(written) ? written : null;
  }

  // What Save says of a review period it cannot read: what is wrong with it, in words ("there are only 4
  // quarters, Q1 to Q4"; "write the year too"), or which spellings work when the form cannot tell.
  function periodProblem(typed) {
    var text = typed.trim().toUpperCase(), m;
    if (!text) return "Enter the review period, for example 2026-Q3";
    var quoted = "\"" + typed.trim() + "\" is not a review period: ";
    if ((m = /^([QH])\s*([0-9]+)$/.exec(text))) return quoted + "write the year too, as in 2026-" + m[1] + m[2];
    if ((m = /^([QH])\s*([0-9]+)\s*[-\/. ]?\s*([0-9]{2})$/.exec(text)) || (m = /^([0-9]{2})\s*[-\/. ]?\s*([QH])\s*([0-9]+)$/.exec(text))) {
      return quoted + "write the year in full, as in 2026-Q3";
    }
    if ((m = /(?:^|[^A-Z])Q\s*([0-9]+)(?![0-9])/.exec(text)) && /[0-9]{4}/.test(text) && !/^[1-4]$/.test(m[1])) {
      return quoted + "there are only 4 quarters, Q1 to Q4";
    }
    if ((m = /(?:^|[^A-Z])H\s*([0-9]+)(?![0-9])/.exec(text)) && /[0-9]{4}/.test(text) && !/^[12]$/.test(m[1])) {
      return quoted + "there are only 2 half years, H1 and H2";
    }
    if ((m = MONTH_YEAR.exec(text)) && !(Number(m[1] || m[4]) >= 1 && Number(m[1] || m[4]) <= 12)) {
      return quoted + "there is no month " + Number(m[1] || m[4]) + " (months go from 01 to 12)";
    }
    return quoted + "write a quarter such as 2026-Q3, a half year such as 2026-H2, or a month such as 2026-09";
  }

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"];

  // A period in words: "October to December 2026" for 2026-Q4, "July to December 2026" for 2026-H2,
  // "September 2026" for 2026-09; "" for anything else.
  function periodInWords(period) {
    var m = /^([0-9]{4})-(?:Q([1-4])|H([12])|([0-9]{2}))$/.exec(period || "");
    if (!m || !PERIOD.test(period)) return "";
    if (m[4]) return MONTHS[Number(m[4]) - 1] + " " + m[1];
    var first = m[2] ? (Number(m[2]) - 1) * 3 : (Number(m[3]) - 1) * 6, length = m[2] ? 3 : 6;
    return MONTHS[first] + " to " + MONTHS[first + length - 1] + " " + m[1];
  }

  function writePeriodInFull() {
    var typed = CoprodControls.valueOf("period"), period = $("period") ? periodInFull(typed) : null;
    if (!period || period === typed) return null;
    CoprodControls.setValue("period", period);
    return period;
  }

  // The period and each section's date typed another way (30/09/2026) written year-month-day in their boxes,
  // as Save writes them.
  function writeDatesInFull(form) {
    writePeriodInFull();
    form.framework.sections.forEach(function (section, i) { writeDateInFull("s" + i + "-last-completed"); });
  }

  // A box left holding text Save would refuse (a date 31/11/2026, or 11/30/2026 with the month first; a
  // period "autumn") gets Save's own message and invalid mark at once, not only on Save; one left right
  // loses them, as does an empty date box (a date is not asked for). Returns the message, or "".
  function checkLeft(form, id) {
    var text = problemWith(form, id), message = $(id + "-error");
    CoprodMessages.clearFieldError(message);  // so a message said again is not described twice
    if (text) CoprodMessages.showFieldError({ field: id, text: text });
    return text;
  }

  // A gentle note for a real date written year-month-day that is later than `today` (also year-month-day), as
  // 'coprod check' notes it [future-date]; "" for any other date or text.
  function laterThan(date, today) {
    if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date) || CoprodAssessment.dateProblem(date) !== "" || date <= today) return "";
    return " That is later than today, " + CoprodAssessment.dateInWords(today) + ": check it is the day the section " +
           "was last reviewed.";
  }

  // The fields Save checks, in the order their problems are listed: those of
  // who and when that this form asks for, then each section's date.
  function checkedFields(form) {
    var asked = ["area", "period", "perspective"].filter(function (id) { return $(id); });
    if (form.asksWhoseAnswers()) asked.push("whose-answers");
    return asked.concat(form.framework.sections.map(function (section, i) { return "s" + i + "-last-completed"; }));
  }

  // Each problem Save finds: {field, focus (where its link goes), text}.
  function check(form) {
    var problems = [];
    checkedFields(form).forEach(function (id) {
      var text = problemWith(form, id);
      if (text) problems.push({ field: id, focus: firstChoice(id), text: text });
    });
    if (!problems.length) problems = problems.concat(sizeProblem(form));
    return problems;
  }

  // Where the summary's link for a group of choices takes the focus: its first choice.
  function firstChoice(id) {
    var field = $(id);
    return field.tagName === "FIELDSET" ? field.querySelector("input").id : null;
  }

  // "the evidence of row 2 in 1. Commitment", or "the evidence of 1. Commitment" where each section is its one row.
  function evidenceNamed(framework, i, j) {
    var section = framework.sections[i].label;
    return CoprodRowWords.sections(framework) ? "the evidence of " + section : "the evidence of row " + (j + 1) + " in " + section;
  }

  // A file larger than coprod reads would be saved only to be refused.
  function sizeProblem(form) {
    var framework = form.framework;
    var bytes = new TextEncoder().encode(form.toYaml()).length;
    if (bytes <= CoprodAssessment.MAX_BYTES) return [];
    var longest = Array.prototype.reduce.call(document.querySelectorAll("textarea"), function (a, b) {
      return a && a.value.length >= b.value.length ? a : b;
    }, null);
    var row = longest ? /^r([0-9]+)-([0-9]+)-evidence$/.exec(longest.id) : null;
    var notes = longest ? /^s([0-9]+)-notes$/.exec(longest.id) : null;
    var which = row ? evidenceNamed(framework, Number(row[1]), Number(row[2]))
              : notes ? "the notes about " + framework.sections[Number(notes[1])].label
              : longest && longest.labels.length ? longest.labels[0].textContent.trim() : "";
    var megabytes = (Math.ceil(bytes / 104857.6) / 10).toFixed(1);  // rounded up: never "4.0 MB, more than 4 MB"
    return [{ field: longest ? longest.id : null,
              text: "The file would be " + megabytes + " MB, more than the 4 MB coprod reads; shorten the longest text" +
                    (which ? ": " + which : "") }];
  }

  // A field put right (by typing, a click, or "Use today's date") loses its
  // message and its invalid mark at once, so nothing next to it says it is
  // still wrong. Only that field is asked again, and only while it has a
  // message: one still wrong keeps its message until the next Save, and the
  // summary at the top stays as the last Save left it.
  function recheck(form, id) {
    var message = $(id + "-error");
    if (!message || message.hidden || checkedFields(form).indexOf(id) < 0) return;
    if (!problemWith(form, id)) CoprodMessages.clearFieldError(message);
  }

  return { check: check, recheck: recheck, checkLeft: checkLeft, writeDateInFull: writeDateInFull,
           writePeriodInFull: writePeriodInFull, writeDatesInFull: writeDatesInFull, periodInWords: periodInWords,
           laterThan: laterThan };
})();
