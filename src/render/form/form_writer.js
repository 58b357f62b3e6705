/* coprod form: the text Save writes, as src/yaml/assessment_writer.cpp
   writes it, from the controls on the page and the values a file held that
   the page has no control for (its "extras"). */
var CoprodWriter = (function () {
  var FORMAT = "coprod-assessment/1";
  var REFLECTIONS = ["surprising", "challenging", "learnt", "priorities"];
  var SCHEMA_LINE = /^[ \t]*#[ \t]*yaml-language-server:/m;
  var $ = CoprodControls.$, valueOf = CoprodControls.valueOf, scoreOf = CoprodControls.scoreOf;

  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  // Values a file holds that the page has no control for: kept so Save
  // writes them back. The spreads 'coprod combine' wrote are kept with the
  // scores they describe: a new score drops its row's and its section's, as
  // 'coprod score --set' does.
  function emptyExtras(framework) {
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
  function keptComments(data, block) {
    var title = data.comments.title.split("\n")[0];
    var lines = block.split("\n");
    for (var i = 0; i < lines.length; i++) {
      if (lines[i].replace(/[ \t]+$/, "") === title) return lines.slice(0, i).join("\n") + (i ? "\n" : "");
    }
    return block;
  }

  function scoreChanged(extras, i, j) { return scoreOf(i, j) !== extras.loadedScore[i][j]; }

  function spreadYaml(spread, indent, note) {
    return indent + "spread: {min: " + spread.min + ", max: " + spread.max + ", count: " + spread.count + "}" + note + "\n";
  }

  // A box ticked is true; one not ticked is false only if the file said so
  // (or true), and left out if it said nothing.
  function seenOf(extras, i, j, which) {
    var box = $(CoprodControls.rowId(i, j) + "-" + which + "-seen");
    var before = extras.seen[i][j][which];
    if (!box) return before;
    if (box.checked) return true;
    return before === null ? null : false;
  }

  function optionalField(key, value, indent) {
    if (value) return CoprodYaml.textField(key, value, indent);
    return new Array(indent + 1).join(" ") + key + ":\n";
  }

  function rowYaml(data, extras, i, j) {
    var out = data.comments.rows[i][j] + "      " + data.framework.sections[i].rows[j] + ":\n";
    var score = scoreOf(i, j);
    out += score === "" ? "        score:\n" : "        score: " + score + "\n";
    out += optionalField("evidence", valueOf(CoprodControls.rowId(i, j) + "-evidence"), 8);
    ["indicator", "warning"].forEach(function (which) {
      var seen = seenOf(extras, i, j, which);
      if (seen !== null) out += "        " + which + "_seen: " + (seen ? "true" : "false") + "\n";
    });
    var spread = extras.spread[i][j];
    if (spread && !scoreChanged(extras, i, j)) out += spreadYaml(spread, "        ", "");
    return out;
  }

  function sectionYaml(data, extras, i) {
    var section = data.framework.sections[i];
    var out = data.comments.sections[i] + "  " + section.id + ":\n";
    out += optionalField("completed_by", $("s" + i + "-completed-by") ? valueOf("s" + i + "-completed-by") : extras.completedBy[i], 4);
    var date = valueOf("s" + i + "-last-completed").trim();
    out += date ? "    last_completed: " + date + "\n" : "    last_completed:  # YYYY-MM-DD\n";
    out += optionalField("notes", valueOf("s" + i + "-notes"), 4);
    var spread = extras.sectionSpread[i];
    if (spread && !section.rows.some(function (row, j) { return scoreChanged(extras, i, j); })) {
      out += spreadYaml(spread, "    ", "  # people's own section averages");
    }
    out += "    rows:\n";
    section.rows.forEach(function (row, j) { out += rowYaml(data, extras, i, j); });
    return out;
  }

  // The file for `who` (area, period, perspective), starting with a line
  // naming the schema at schemaUrl unless the file's own comments have one.
  function toYaml(data, extras, who, schemaUrl) {
    var framework = data.framework;
    var title = who.perspective && has(data.perspectives, who.perspective) ? data.perspectives[who.perspective] : "";
    var kept = extras.leadingComments;
    var out = schemaUrl && !SCHEMA_LINE.test(kept) ? "# yaml-language-server: $schema=" + schemaUrl + "\n#\n" : "";
    out += kept + data.comments.title + CoprodYaml.comment("Self-assessment by the " + title + " for " + who.area + ".");
    out += data.comments.guidance;
    out += "format: " + FORMAT + "\nframework: " + framework.id + "\nframework_version: " + framework.version + "\n";
    out += "area: " + CoprodYaml.scalar(who.area) + "\nperspective: " + (who.perspective || "") + "\nperiod: " + who.period + "\n";
    if (extras.combinedFrom !== null) out += "combined_from: " + extras.combinedFrom + "\n";
    out += "\nsections:\n";
    framework.sections.forEach(function (s, i) { out += sectionYaml(data, extras, i); });
    out += data.comments.reflections + "reflections:\n";
    REFLECTIONS.forEach(function (key) { out += optionalField(key, valueOf("reflection-" + key), 2); });
    return out;
  }

  return { emptyExtras: emptyExtras, keptComments: keptComments, toYaml: toYaml, REFLECTIONS: REFLECTIONS };
})();
