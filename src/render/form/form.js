/* coprod form: the live scores, the web, Save, Copy, Open and Print.
   User text is only ever put on the page with textContent or as a control's
   value, never as markup. Nothing is sent anywhere or kept in the browser. */
(function () {
  var data = JSON.parse(document.getElementById("coprod-data").textContent);
  var framework = data.framework;
  var FORMAT = "coprod-assessment/1";
  var MAX_BYTES = 4 * 1024 * 1024;
  var REFLECTIONS = ["surprising", "challenging", "learnt", "priorities"];
  var identity = { area: data.identity.area, period: data.identity.period, perspective: data.identity.perspective };
  var extras = emptyExtras();
  var schemaUrl = data.schema_url;
  var dirty = false;
  var responseName = "response-" + randomHex() + ".coprod.yaml";

  function $(id) { return document.getElementById(id); }
  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  function randomHex() {
    var bytes = new Uint8Array(4);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  // Values a file holds that the page has no control for: kept so Save
  // writes them back. The spreads 'coprod combine' wrote are kept with the
  // scores they describe: a new score drops its row's and its section's, as
  // 'coprod score --set' does.
  function emptyExtras() {
    function perRow(value) { return framework.sections.map(function (s) { return s.rows.map(function () { return value(); }); }); }
    return { combinedFrom: null, completedBy: framework.sections.map(function () { return ""; }),
             seen: perRow(function () { return { indicator: null, warning: null }; }),
             spread: perRow(function () { return null; }), loadedScore: perRow(function () { return ""; }),
             sectionSpread: framework.sections.map(function () { return null; }), leadingComments: "" };
  }

  // Of the comment lines at the top of a file opened (or the form was made
  // from), those above the comments the form writes itself, which begin with
  // the framework's title line: a "# yaml-language-server" line and people's
  // own notes, kept as they were. A file without that title line at its top
  // keeps all of its first comments, and the form's own follow them.
  function keptComments(block) {
    var title = data.comments.title.split("\n")[0];
    var lines = block.split("\n");
    for (var i = 0; i < lines.length; i++) {
      if (lines[i].replace(/[ \t]+$/, "") === title) return lines.slice(0, i).join("\n") + (i ? "\n" : "");
    }
    return block;
  }

  var SCHEMA_LINE = /^[ \t]*#[ \t]*yaml-language-server:/m;

  function scoreChanged(i, j) { return scoreOf(i, j) !== extras.loadedScore[i][j]; }

  function spreadYaml(spread, indent, note) {
    return indent + "spread: {min: " + spread.min + ", max: " + spread.max + ", count: " + spread.count + "}" + note + "\n";
  }

  /* ---- reading the controls ---- */
  function rowId(i, j) { return "r" + i + "-" + j; }

  function scoreOf(i, j) {
    var checked = document.querySelector('input[name="' + rowId(i, j) + '-score"]:checked');
    return checked ? checked.value : "";
  }

  function setScore(i, j, value) {
    var radios = document.querySelectorAll('input[name="' + rowId(i, j) + '-score"]');
    Array.prototype.forEach.call(radios, function (radio) { radio.checked = radio.value === value; });
  }

  function valueOf(id) { var field = $(id); return field ? field.value : ""; }
  function setValue(id, value) { var field = $(id); if (field) { field.value = value || ""; grow(field); } }

  function seenOf(i, j, which) {
    var box = $(rowId(i, j) + "-" + which + "-seen");
    var before = extras.seen[i][j][which];
    if (!box) return before;
    if (box.checked) return true;
    return before === null ? null : false;
  }

  function currentIdentity() {
    var area = $("area") ? $("area").value.trim() : identity.area;
    var period = $("period") ? $("period").value.trim().toUpperCase() : identity.period;
    var chosen = document.querySelector('input[name="perspective"]:checked');
    var perspective = $("perspective") ? (chosen ? chosen.value : null) : identity.perspective;
    return { area: area || "", period: period || "", perspective: perspective };
  }

  /* ---- scores, by the rule of src/analysis/scoring.cpp ---- */
  function sectionScore(i) {
    var section = framework.sections[i];
    var result = { id: section.id, label: section.label, total: section.rows.length, scored: 0, notApplicable: 0, score: null };
    var sumHalves = 0;
    section.rows.forEach(function (row, j) {
      var value = scoreOf(i, j);
      if (value === "n/a") result.notApplicable++;
      else if (value !== "") { result.scored++; sumHalves += Math.round(Number(value) * 2); }
    });
    if (result.scored > 0) {
      var tenths = Math.floor((sumHalves * 10 + result.scored) / (2 * result.scored));  // halves round up
      result.tenths = tenths;
      result.score = Math.floor(tenths / 10) + "." + (tenths % 10);
    }
    return result;
  }

  function coverage(result) {
    var text = result.scored + " of " + result.total + " " + (result.total === 1 ? "row" : "rows");
    if (result.notApplicable > 0) text += ", " + result.notApplicable + " not applicable";
    return text;
  }

  // Why a section has no score, in coprod's words: "not applicable" when every row is n/a, else "not scored yet".
  function missingWords(result) {
    var allNotApplicable = result.total > 0 && result.notApplicable === result.total;
    return allNotApplicable ? data.missing_score.not_applicable : data.missing_score.not_scored;
  }

  function describe(result) {
    return result.score === null ? missingWords(result) + " (" + coverage(result) + ")" : result.score + " from " + coverage(result);
  }

  function refreshScores() {
    var results = framework.sections.map(function (s, i) { return sectionScore(i); });
    results.forEach(function (result, i) {
      var line = $("s" + i + "-score");
      line.textContent = "Score for this section so far: " + describe(result);
      line.hidden = false;
      line.setAttribute("data-score", result.score === null ? "" : result.score);
      var cell = $("summary-" + i);
      cell.textContent = describe(result);
      cell.setAttribute("data-score", result.score === null ? "" : result.score);
    });
    drawWeb(results);
    return results;
  }

  function drawWeb(results) {
    var who = currentIdentity();
    var values = results.map(function (r) { return r.score === null ? null : r.tenths / 10; });
    var words = results.map(function (r) { return r.label + " " + (r.score === null ? missingWords(r) : r.score); });
    CoprodWeb.render($("web"), {
      sections: framework.sections, max: framework.scale.max, values: values, wrap: CoprodYaml.wrapWords,
      title: who.area ? "Co-production web: " + who.area : "Co-production web",
      description: "A spider diagram of " + results.length + " sections, each scored from 0 to " + framework.scale.max +
                   ". Scores so far: " + words.join("; ") + "."
    });
  }

  /* ---- writing the file, as src/yaml/assessment_writer.cpp does ---- */
  function optionalField(key, value, indent) {
    if (value) return CoprodYaml.textField(key, value, indent);
    return new Array(indent + 1).join(" ") + key + ":\n";
  }

  function rowYaml(i, j) {
    var out = data.comments.rows[i][j] + "      " + framework.sections[i].rows[j] + ":\n";
    var score = scoreOf(i, j);
    out += score === "" ? "        score:\n" : "        score: " + score + "\n";
    out += optionalField("evidence", valueOf(rowId(i, j) + "-evidence"), 8);
    ["indicator", "warning"].forEach(function (which) {
      var seen = seenOf(i, j, which);
      if (seen !== null) out += "        " + which + "_seen: " + (seen ? "true" : "false") + "\n";
    });
    var spread = extras.spread[i][j];
    if (spread && !scoreChanged(i, j)) out += spreadYaml(spread, "        ", "");
    return out;
  }

  function sectionYaml(i) {
    var section = framework.sections[i];
    var out = data.comments.sections[i] + "  " + section.id + ":\n";
    out += optionalField("completed_by", $("s" + i + "-completed-by") ? valueOf("s" + i + "-completed-by") : extras.completedBy[i], 4);
    var date = valueOf("s" + i + "-last-completed").trim();
    out += date ? "    last_completed: " + date + "\n" : "    last_completed:  # YYYY-MM-DD\n";
    out += optionalField("notes", valueOf("s" + i + "-notes"), 4);
    var spread = extras.sectionSpread[i];
    if (spread && !section.rows.some(function (row, j) { return scoreChanged(i, j); })) {
      out += spreadYaml(spread, "    ", "  # people's own section averages");
    }
    out += "    rows:\n";
    section.rows.forEach(function (row, j) { out += rowYaml(i, j); });
    return out;
  }

  function toYaml() {
    var who = currentIdentity();
    var title = who.perspective && has(data.perspectives, who.perspective) ? data.perspectives[who.perspective] : "";
    var kept = extras.leadingComments;
    var out = schemaUrl && !SCHEMA_LINE.test(kept) ? "# yaml-language-server: $schema=" + schemaUrl + "\n#\n" : "";
    out += kept + data.comments.title + CoprodYaml.comment("Self-assessment by the " + title + " for " + who.area + ".");
    out += data.comments.guidance;
    out += "format: " + FORMAT + "\nframework: " + framework.id + "\nframework_version: " + framework.version + "\n";
    out += "area: " + CoprodYaml.scalar(who.area) + "\nperspective: " + (who.perspective || "") + "\nperiod: " + who.period + "\n";
    if (extras.combinedFrom !== null) out += "combined_from: " + extras.combinedFrom + "\n";
    out += "\nsections:\n";
    framework.sections.forEach(function (s, i) { out += sectionYaml(i); });
    out += data.comments.reflections + "reflections:\n";
    REFLECTIONS.forEach(function (key) { out += optionalField(key, valueOf("reflection-" + key), 2); });
    return out;
  }

  /* ---- checking before Save ---- */
  var PERIOD = /^[0-9]{4}-(Q[1-4]|H[12]|0[1-9]|1[0-2])$/;

  // What Save would say about one of the fields it checks (by the field's
  // id), or "" if its value is fine: Save asks each of them, and a field
  // with a message asks again for itself alone when its value changes.
  function problemWith(id) {
    var who = currentIdentity();
    if (id === "area") return who.area ? "" : "Enter the local area, for example Northbridge";
    if (id === "period") {
      return PERIOD.test(who.period) ? "" : "Enter the review period as a quarter such as 2026-Q3, a half year such as 2026-H2, or a month such as 2026-09";
    }
    if (id === "perspective") return who.perspective ? "" : "Choose whose view this records";
    var date = /^s([0-9]+)-last-completed$/.exec(id);
    return date ? dateProblemWith(Number(date[1])) : "";
  }

  function dateProblemWith(i) {
    var label = framework.sections[i].label;
    var date = valueOf("s" + i + "-last-completed").trim();
    var wrong = date ? CoprodAssessment.dateProblem(date) : "";
    if (wrong === null) return "Enter the date " + label + " was last completed as year-month-day, for example 2026-09-30";
    return wrong ? "Enter a real date for when " + label + " was last completed: " + wrong : "";
  }

  // The fields Save checks, in the order their problems are listed: those of
  // who and when that this form asks for, then each section's date.
  function checkedFields() {
    var asked = ["area", "period", "perspective"].filter(function (id) { return $(id); });
    return asked.concat(framework.sections.map(function (section, i) { return "s" + i + "-last-completed"; }));
  }

  function checkForm() {
    var problems = [];
    checkedFields().forEach(function (id) {
      var text = problemWith(id);
      if (text) problems.push({ field: id, focus: id === "perspective" ? "perspective-organisation" : null, text: text });
    });
    if (!problems.length) problems = problems.concat(sizeProblem());
    return problems;
  }

  // A file larger than coprod reads would be saved only to be refused.
  function sizeProblem() {
    var bytes = new TextEncoder().encode(toYaml()).length;
    if (bytes <= CoprodAssessment.MAX_BYTES) return [];
    var longest = Array.prototype.reduce.call(document.querySelectorAll("textarea"), function (a, b) {
      return a && a.value.length >= b.value.length ? a : b;
    }, null);
    var row = longest ? /^r([0-9]+)-([0-9]+)-evidence$/.exec(longest.id) : null;
    var notes = longest ? /^s([0-9]+)-notes$/.exec(longest.id) : null;
    var which = row ? "the evidence of row " + (Number(row[2]) + 1) + " in " + framework.sections[Number(row[1])].label
              : notes ? "the notes about " + framework.sections[Number(notes[1])].label
              : longest && longest.labels.length ? longest.labels[0].textContent.trim() : "";
    var megabytes = (Math.ceil(bytes / 104857.6) / 10).toFixed(1);  // rounded up: never "4.0 MB, more than 4 MB"
    return [{ field: longest ? longest.id : null,
              text: "The file would be " + megabytes + " MB, more than the 4 MB coprod reads; shorten the longest text" +
                    (which ? ": " + which : "") }];
  }

  // What a screen reader should call invalid: a box, or each radio of a group.
  function invalidControls(field) {
    if (field.tagName === "INPUT") return [field];
    return Array.prototype.slice.call(field.querySelectorAll("input"));
  }

  function clearFieldErrors() {
    Array.prototype.forEach.call(document.querySelectorAll(".error-message"), clearFieldError);
  }

  function clearFieldError(message) {
    message.hidden = true;
    message.textContent = "";
    var field = $(message.id.replace(/-error$/, ""));
    if (!field) return;
    invalidControls(field).forEach(function (control) { control.removeAttribute("aria-invalid"); });
    (field.closest(".field") || field).classList.remove("has-error");
    var described = (field.getAttribute("aria-describedby") || "").split(" ").filter(function (d) { return d && d !== message.id; });
    if (described.length) field.setAttribute("aria-describedby", described.join(" ")); else field.removeAttribute("aria-describedby");
  }

  // A field put right (by typing, a click, or "Use today's date") loses its
  // message and its invalid mark at once, so nothing next to it says it is
  // still wrong. Only that field is asked again, and only while it has a
  // message: one still wrong keeps its message until the next Save, and the
  // summary at the top stays as the last Save left it.
  function recheck(id) {
    var message = $(id + "-error");
    if (!message || message.hidden || checkedFields().indexOf(id) < 0) return;
    if (!problemWith(id)) clearFieldError(message);
  }

  // The field a control belongs to: a radio's group, or the box itself.
  function fieldOf(control) {
    return control.type === "radio" ? control.closest("fieldset") || control : control;
  }

  function showFieldError(problem) {
    var message = $(problem.field + "-error");
    var field = $(problem.field);
    if (!message || !field) return;
    message.textContent = problem.text;
    message.hidden = false;
    (field.closest(".field") || field).classList.add("has-error");
    invalidControls(field).forEach(function (control) { control.setAttribute("aria-invalid", "true"); });
    var described = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    described.push(message.id);
    field.setAttribute("aria-describedby", described.join(" "));
  }

  /* ---- messages ---- */
  // Each row of buttons has its message box under it: what Save, Copy or
  // Open says is shown next to the button used, not a page away from it.
  var statusBox = "status";

  function status(text) {
    var box = $(statusBox);
    ["status", "status-bottom"].forEach(function (id) { $(id).textContent = ""; });
    window.setTimeout(function () {  // so screen readers announce a repeat
      box.textContent = text;
      box.scrollIntoView({ block: "nearest" });
    }, 50);
  }

  function showProblems(title, problems) {
    var summary = $("error-summary");
    var list = $("error-summary-list");
    $("error-summary-title").textContent = title;
    while (list.firstChild) list.removeChild(list.firstChild);
    problems.forEach(function (problem) {
      var item = document.createElement("li");
      if (problem.field) {
        var link = document.createElement("a");
        link.href = "#" + (problem.focus || problem.field);
        link.textContent = problem.text;
        link.addEventListener("click", function (event) {
          event.preventDefault();
          var target = $(problem.focus || problem.field);
          target.scrollIntoView({ block: "center" });
          target.focus();
        });
        item.appendChild(link);
      } else {
        item.textContent = problem.text;
      }
      list.appendChild(item);
    });
    summary.hidden = false;
    summary.focus();
  }

  function hideProblems() { $("error-summary").hidden = true; }

  /* ---- Save, Copy, Open, Print ---- */
  function fileName() {
    var who = currentIdentity();
    if (who.perspective === "individual") return responseName;
    return (who.period || "assessment") + "-" + (who.perspective || "scores") + ".coprod.yaml";
  }

  function readyToSave() {
    clearFieldErrors();
    var problems = checkForm();
    if (problems.length) {
      problems.forEach(showFieldError);
      showProblems("There is a problem", problems);
      return false;
    }
    hideProblems();
    return true;
  }

  function save() {
    if (!readyToSave()) return;
    var blob = new Blob([toYaml()], { type: "text/yaml;charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = fileName();
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    dirty = false;
    status("Saved as " + link.download + " in your downloads folder. Keep it to carry on later with Open, or send it to the person who asked you to fill in the form.");
  }

  function copyFallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.setAttribute("aria-hidden", "true");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (e) { done = false; }
    document.body.removeChild(area);
    return done;
  }

  function copy() {
    if (!readyToSave()) return;
    var text = toYaml();
    var copied = "The text of the file is copied. Paste it into an e-mail or into a file named " + fileName() + ".";
    var failed = "This browser did not allow copying. Use Save instead.";
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { status(copied); }, function () { status(copyFallback(text) ? copied : failed); });
    } else {
      status(copyFallback(text) ? copied : failed);
    }
  }

  function openFile() { $("open-file").click(); }

  function onFileChosen() {
    var input = $("open-file");
    var file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    if (file.size > MAX_BYTES) {
      showProblems("The file could not be opened", [{ text: file.name + " is " + Math.round(file.size / 1048576) + " MB, far larger than any coprod assessment (at most 4 MB), so it was not opened." }]);
      return;
    }
    if (dirty && !window.confirm("Opening a file replaces what is on the form now, and you have changes that are not saved. Open it anyway?")) return;
    file.text().then(function (text) { load(text, file.name); },
                     function () { showProblems("The file could not be opened", [{ text: "The browser could not read " + file.name + "." }]); });
  }

  /* ---- Open: checking a file and putting its values on the form ---- */
  function load(text, name) {
    var where = name || "The text";
    var read = CoprodAssessment.read(text, framework, data.perspectives);
    if (read.problems.length) {
      showProblems(where + " could not be opened: nothing on the form has changed",
                   read.problems.map(function (p) { return { text: p }; }));
      return { ok: false, problems: read.problems.slice() };
    }
    apply(read.values);
    keepResponseName(name);
    hideProblems();
    clearFieldErrors();
    dirty = false;
    var results = refreshScores();
    var scored = results.reduce(function (n, r) { return n + r.scored + r.notApplicable; }, 0);
    var rows = results.reduce(function (n, r) { return n + r.total; }, 0);
    status("Opened " + where + ": " + scored + " of " + rows + " rows have a score.");
    return { ok: true, problems: [] };
  }

  // A response opened to carry on saves under its own name again (the name
  // without a browser's " (1)"): under a new random name the earlier file
  // would look like another person's, and sending both would count twice.
  function keepResponseName(name) {
    var match = /^(response-[0-9a-f]{8})(?: ?\(\d+\))?\.coprod\.yaml$/.exec(name || "");
    if (match) responseName = match[1] + ".coprod.yaml";
  }

  function showIdentity() {
    if ($("area")) setValue("area", identity.area); else if ($("area-text")) $("area-text").textContent = identity.area || "";
    if ($("period")) setValue("period", identity.period); else if ($("period-text")) $("period-text").textContent = identity.period || "";
    if ($("perspective")) {
      Array.prototype.forEach.call(document.querySelectorAll('input[name="perspective"]'), function (radio) { radio.checked = radio.value === identity.perspective; });
    } else if ($("perspective-text") && identity.perspective) {
      $("perspective-text").textContent = data.whose_view[identity.perspective];
    }
  }

  function apply(values) {
    if (values.identity) identity = values.identity;
    showIdentity();
    clearDateMessages(null);
    extras = emptyExtras();
    extras.combinedFrom = has(values, "combined_from") ? values.combined_from : null;
    extras.leadingComments = keptComments(values.leading_comments || "");
    framework.sections.forEach(function (section, i) {
      var given = values.sections && has(values.sections, section.id) ? values.sections[section.id] : {};
      extras.completedBy[i] = given.completed_by || "";
      extras.sectionSpread[i] = given.spread || null;
      setValue("s" + i + "-completed-by", given.completed_by);
      setValue("s" + i + "-last-completed", given.last_completed);
      setValue("s" + i + "-notes", given.notes);
      section.rows.forEach(function (row, j) {
        var r = given.rows && has(given.rows, row) ? given.rows[row] : {};
        setScore(i, j, r.score || "");
        setValue(rowId(i, j) + "-evidence", r.evidence);
        ["indicator", "warning"].forEach(function (which) {
          var seen = has(r, which + "_seen") ? r[which + "_seen"] : null;
          extras.seen[i][j][which] = seen;
          var box = $(rowId(i, j) + "-" + which + "-seen");
          if (box) box.checked = seen === true;
        });
        extras.spread[i][j] = r.spread || null;
        extras.loadedScore[i][j] = r.score || "";
      });
    });
    var reflections = values.reflections || {};
    REFLECTIONS.forEach(function (key) { setValue("reflection-" + key, reflections[key]); });
  }

  /* ---- the page ---- */
  // A text box grows to show all its text; its copy for paper (.print-text) follows it.
  function grow(field) {
    if (field.tagName !== "TEXTAREA") return;
    field.style.height = "auto";
    if (field.scrollHeight > field.clientHeight) field.style.height = (field.scrollHeight + 4) + "px";
    var copy = field.nextElementSibling;
    if (copy && copy.classList.contains("print-text")) copy.textContent = field.value;
    // On paper a row or a section's details are kept on one page, unless the text would fill most of one.
    var block = field.closest(".row, .section-details");
    if (block) block.classList.toggle("runs-on", field.value.split("\n").length > 30 || field.value.length > 3000);
  }

  function today() {
    var now = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate());
  }

  // "Use today's date" fills the box and says so under it, in words, in a
  // polite live region: a screen reader announces the change and the focus
  // stays on the button. Cleared first, so a second click is announced again.
  function useToday(button) {
    var id = button.getAttribute("data-for");
    var date = today();
    setValue(id, date);
    dirty = true;
    recheck(id);
    var done = $(id + "-done");
    done.textContent = "";
    window.setTimeout(function () { done.textContent = "Date set to today, " + CoprodAssessment.dateInWords(date) + "."; }, 50);
  }

  // What "Use today's date" said no longer holds once the box is typed in or a file opened.
  function clearDateMessages(field) {
    Array.prototype.forEach.call(document.querySelectorAll(".date-done"), function (done) {
      if (!field || done.id === field.id + "-done") done.textContent = "";
    });
  }

  function wire() {
    var actions = { save: save, copy: copy, open: openFile, print: function () { window.print(); } };
    Array.prototype.forEach.call(document.querySelectorAll("[data-action]"), function (button) {
      button.addEventListener("click", function (event) {
        statusBox = button.closest("#actions-bottom") ? "status-bottom" : "status";
        actions[button.getAttribute("data-action")](event);
      });
    });
    ["actions-top", "actions-bottom"].forEach(function (id) { $(id).hidden = false; });
    $("open-file").addEventListener("change", onFileChosen);
    Array.prototype.forEach.call(document.querySelectorAll("button.today"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { useToday(button); });
    });
    var main = $("main");
    main.addEventListener("input", function (event) {
      if (event.target.id === "open-file") return;
      dirty = true; grow(event.target); clearDateMessages(event.target); recheck(fieldOf(event.target).id);
      if (event.target.id === "area") refreshScores();
    });
    main.addEventListener("change", function (event) {
      if (event.target.id === "open-file") return;
      dirty = true;
      recheck(fieldOf(event.target).id);
      refreshScores();
    });
    var narrow = null;
    window.addEventListener("resize", function () {
      Array.prototype.forEach.call(document.querySelectorAll("textarea"), grow);
      var now = $("web").clientWidth < 560;
      if (now !== narrow) { narrow = now; refreshScores(); }
    });
    // The copies for paper follow their boxes, whatever filled them.
    ["beforeprint", "pageshow"].forEach(function (name) {
      window.addEventListener(name, function () { Array.prototype.forEach.call(document.querySelectorAll("textarea"), grow); });
    });
    window.addEventListener("beforeunload", function (event) {
      if (!dirty) return undefined;
      event.preventDefault();
      event.returnValue = "";
      return "";
    });
  }

  wire();
  if (data.values) apply({ identity: null, sections: data.values.sections, reflections: data.values.reflections,
                           combined_from: data.values.combined_from, leading_comments: data.values.leading_comments });
  else showIdentity();
  refreshScores();

  window.coprodForm = {
    // Loads a file's text into the form, as Open does; returns {ok, problems}.
    loadYaml: function (text) { return load(String(text), "The text"); },
    // Exactly the text Save writes.
    toYaml: toYaml,
    // Each section's score as the page shows it.
    sectionScores: function () {
      return refreshScores().map(function (r) {
        return { id: r.id, score: r.score, scored: r.scored, not_applicable: r.notApplicable, rows: r.total };
      });
    },
    // Whether there are changes not yet saved.
    hasUnsavedChanges: function () { return dirty; }
  };
})();
