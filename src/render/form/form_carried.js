/* coprod form: answers carried forward from an earlier period. 'coprod init
   --from' copies every score, piece of evidence and date into the next
   period's file (as choosing this form's period for a file of an earlier one
   does), so a section whose date of last review is still the one the file
   gave, and is before the form's period began, holds an earlier period's
   answers that no one has reviewed: 'coprod check' flags it [carried-forward].
   The top of the page and each such section say so, on screen and on paper.
   On paper its rows print the earlier score and evidence as what was said
   then, with an empty box under them for what is said now, and the earlier
   score is not circled: a sheet handed back unchanged reads as not reviewed,
   not as the same answers given again. Likewise its "Completed by" and date
   print as empty boxes, with "Last time: NAME, DATE" over them: the sheet
   does not look signed and dated for the new period. On screen the boxes
   keep the file's values (Save writes them), under the section's notice. */
var CoprodCarried = (function () {
  var $ = CoprodControls.$, rowId = CoprodControls.rowId;
  var DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
  var PERIOD = /^([0-9]{4})-(?:Q([1-4])|H([12])|([0-9]{2}))$/;
  var loaded = [];  // for each section, its answers as the file gave them: {by, date, notes, rows: [{score, ...}]}

  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  // The answers of a file as the form shows them (its values, as read): what a carried section's answers were.
  function remember(framework, values) {
    loaded = framework.sections.map(function (section) {
      var given = values.sections && has(values.sections, section.id) ? values.sections[section.id] : {};
      return { by: given.completed_by || "", date: given.last_completed || "", notes: given.notes || "", rows: section.rows.map(function (row) {
        var r = given.rows && has(given.rows, row) ? given.rows[row] : {};
        return { score: r.score || "", evidence: r.evidence || "", indicator: r.indicator_seen === true,
                 warning: r.warning_seen === true };
      }) };
    });
  }

  // The period of the same kind as `like` (a quarter, a half year or a month) that holds `date`.
  function periodHolding(date, like) {
    var d = DATE.exec(date), p = PERIOD.exec(like), month = Number(d[2]);
    if (p[2]) return d[1] + "-Q" + Math.ceil(month / 3);
    if (p[3]) return d[1] + "-H" + (month <= 6 ? 1 : 2);
    return d[1] + "-" + d[2];
  }

  // The period section `i`'s answers were carried from, or null: its date is still the file's and is
  // before `period` began.
  function carriedFrom(i, period) {
    var date = CoprodControls.valueOf("s" + i + "-last-completed").trim(), start = CoprodPeriod.firstMonth(period);
    var d = DATE.exec(date);
    if (!d || start === null || !loaded[i] || date !== loaded[i].date) return null;
    return Number(d[1]) * 12 + Number(d[2]) - 1 < start ? periodHolding(date, period) : null;
  }

  function fill(parent, selector, text) {
    Array.prototype.forEach.call(parent.querySelectorAll(selector), function (e) { e.textContent = text; });
  }

  // "2025-Q4 (October to December 2025)".
  function periodNamed(period) {
    var words = CoprodChecks.periodInWords(period);
    return words ? period + " (" + words + ")" : period;
  }

  // What a row's answers were, printed on paper under its scores: "For 2025-Q4: score 3; early indicator seen.
  // Circle this period's score above."
  function earlierAnswer(row, from) {
    var score = row.score === "n/a" ? "does not apply here (n/a)" : row.score ? "score " + row.score : "not scored";
    var seen = (row.indicator ? "; early indicator seen" : "") + (row.warning ? "; warning sign seen" : "");
    return "For " + from + ": " + score + seen + ". Circle this period's score above.";
  }

  // A box's earlier text, printed above it on paper, and the box itself empty there while it holds just that.
  function showEarlierText(id, text, from) {
    var field = $(id), earlier = $(id + "-earlier");
    if (!field || !earlier) return;
    earlier.hidden = !from;
    if (from) {
      fill(earlier, ".earlier-period", from);
      fill(earlier, ".earlier-text", text);
      earlier.querySelector(".earlier-given").hidden = !text;
      field.setAttribute("data-earlier", text);
    } else {
      field.removeAttribute("data-earlier");
    }
    CoprodControls.grow(field);
  }

  // Who reviewed a section last time and when, printed over its details' boxes; the "Completed by" box empty
  // on paper while it holds just that name.
  function showLastTime(i, was, from) {
    var lastTime = $("s" + i + "-last-time"), by = $("s" + i + "-completed-by");
    if (!lastTime) return;
    lastTime.hidden = !from;
    fill(lastTime, ".last-time-text", from ? (was.by ? was.by + ", " : "") + CoprodAssessment.dateInWords(was.date) + "." : "");
    if (by) by.closest(".field").classList.toggle("as-earlier", !!from && by.value === was.by);
  }

  function showSection(framework, i, from) {
    var section = $("s" + i), notice = $("s" + i + "-carried"), was = loaded[i];
    section.classList.toggle("carried", !!from);
    notice.hidden = !from;
    if (from) {
      fill(notice, ".carried-from", from);
      fill(notice, ".carried-date", CoprodAssessment.dateInWords(was.date));
    }
    framework.sections[i].rows.forEach(function (row, j) {
      var id = rowId(i, j), answer = from ? was.rows[j] : null;
      var same = !!answer && CoprodControls.scoreOf(i, j) === answer.score;
      $(id).classList.toggle("carried", same);
      $(id + "-earlier-score").hidden = !answer;
      if (answer) $(id + "-earlier-score").textContent = earlierAnswer(answer, from);
      showEarlierText(id + "-evidence", answer ? answer.evidence : "", from);
    });
    showEarlierText("s" + i + "-notes", from ? was.notes : "", from);
    showLastTime(i, was, from);
  }

  function listed(words) {
    return words.length < 2 ? words[0] : words.slice(0, -1).join(", ") + " and " + words[words.length - 1];
  }

  // The notice at the top: where the answers came from, and which sections still hold them.
  function showTop(framework, carried, period) {
    var notice = $("carried-notice");
    notice.hidden = !carried.length;
    if (!carried.length) return;
    var from = [];
    carried.forEach(function (c) { if (from.indexOf(c.from) < 0) from.push(c.from); });
    from.sort();
    var all = carried.length === framework.sections.length;
    $("carried-notice-lead").textContent = (all ? "These answers were" : "Some of these answers were") +
      " carried forward from " + listed(from) + ". Look at each " + CoprodRowWords.one(framework) +
      " and change what is different now.";
    var sections = carried.map(function (c) { return framework.sections[c.index].label; });
    $("carried-notice-which").textContent =
      (all ? "Every section" : carried.length + " of " + framework.sections.length + " sections (" +
       sections.join("; ") + ")") + " still " + (all || carried.length === 1 ? "holds" : "hold") + " the scores and " +
      "evidence given for " + listed(from.map(periodNamed)) + ", not yet reviewed for " + periodNamed(period) + ".";
  }

  // Shows, or takes away, what the page says of carried answers, for the form's period `period`.
  function refresh(framework, period) {
    if (!$("carried-notice")) return;
    var carried = [];
    framework.sections.forEach(function (section, i) {
      var from = carriedFrom(i, period);
      showSection(framework, i, from);
      if (from) carried.push({ index: i, from: from });
    });
    showTop(framework, carried, period);
  }

  // How many sections hold carried answers (what Open says).
  function count() { return document.querySelectorAll(".section.carried").length; }

  return { remember: remember, refresh: refresh, count: count };
})();
