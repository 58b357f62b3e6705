/* coprod form: the text Save writes. A file opened is saved as it was with
   just the values changed on the page since, each in place, as
   'coprod score --set' changes a file (savedText()); anything else, as
   src/yaml/assessment_writer.cpp writes a new file (toYaml()), from the
   controls on the page and the values a file held that the page has no
   control for (its "extras"). */
var CoprodWriter = (function () {
  var FORMAT = "coprod-assessment/1";
  var TOP_KEYS = ["format", "framework", "framework_version", "area", "perspective", "period"];
  var SECTION_KEYS = ["completed_by", "last_completed", "notes"];
  var ROW_KEYS = ["score", "evidence", "indicator_seen", "warning_seen"];
  var REFLECTIONS = ["surprising", "challenging", "learnt", "priorities"];
  var SCHEMA_LINE = /^[ \t]*#[ \t]*yaml-language-server:/m;
  // The first lines of the text "Copy the text" gives, around the file's name (README.md, coprod-form(1)); each
  // short enough that an e-mail program does not wrap it.
  var COPY_FIRST_LINE = "# Save this text unchanged as a file named";
  var COPY_HEADER_RESPONSE = ["# in the folder of responses, then run 'coprod check' on it and",
                              "# 'coprod combine' on the responses. If an e-mail program broke long",
                              "# lines in two, 'coprod check' says which lines to join again."];
  var COPY_HEADER_GROUP = ["# with the group's other assessment files, then run 'coprod check'",
                           "# on it. If an e-mail program broke long lines in two,",
                           "# 'coprod check' says which lines to join again."];
  var $ = CoprodControls.$, valueOf = CoprodControls.valueOf, scoreOf = CoprodControls.scoreOf;

  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  // Values a file holds that the page has no control for: kept so Save
  // writes them back, except where a file of an earlier period is carried
  // forward (`carried`): what 'coprod combine' worked out of its scores is left
  // out, as 'coprod init --from' leaves it out. The spreads 'coprod combine' wrote are kept with the
  // scores they describe: a new score drops its row's and its section's, as
  // 'coprod score --set' does.
  function emptyExtras(framework) {
    function perRow(value) { return framework.sections.map(function (s) { return s.rows.map(function () { return value(); }); }); }
    return { combinedFrom: null, completedBy: framework.sections.map(function () { return ""; }),
             seen: perRow(function () { return { indicator: null, warning: null }; }),
             spread: perRow(function () { return null; }), seenBy: perRow(function () { return null; }), loadedScore: perRow(function () { return ""; }),
             sectionSpread: framework.sections.map(function () { return null; }), leadingComments: "",
             carried: false };
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
    var notApplicable = spread.not_applicable ? ", not_applicable: " + spread.not_applicable : "";
    return indent + "spread: {min: " + spread.min + ", max: " + spread.max + ", count: " + spread.count + notApplicable + "}" + note + "\n";
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

  // Whether the row's "I see this" box for the sign (`which`: indicator or warning) says other than the file did.
  function seenChanged(extras, i, j, which) { return seenOf(extras, i, j, which) !== extras.seen[i][j][which]; }

  // The signs (indicator, warning) whose counts of people who see them the row keeps, as 'coprod score --set'
  // keeps them: a sign's count goes when its answer changed, the other sign's stays.
  function seenCountsKept(extras, i, j) {
    var seenBy = extras.seenBy[i][j];
    if (!seenBy || extras.carried) return [];
    return ["indicator", "warning"].filter(function (which) { return seenBy[which] && !seenChanged(extras, i, j, which); });
  }

  // The counts kept on one line, as coprod combine writes them: "{indicator: 1 of 3}".
  function seenByFlow(extras, i, j) {
    return "{" + seenCountsKept(extras, i, j).map(function (which) { return which + ": " + extras.seenBy[i][j][which]; }).join(", ") + "}";
  }

  function seenByYaml(extras, i, j) {
    if (!seenCountsKept(extras, i, j).length) return "";
    return "        seen_by: " + seenByFlow(extras, i, j) + "  # people who see it, of those who answered\n";
  }

  function optionalField(key, value, indent) {
    if (value) return CoprodYamlWriter.textField(key, value, indent);
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
    if (spread && !extras.carried && !scoreChanged(extras, i, j)) out += spreadYaml(spread, "        ", "");
    return out + seenByYaml(extras, i, j);
  }

  function sectionYaml(data, extras, i) {
    var section = data.framework.sections[i];
    var out = data.comments.sections[i] + "  " + section.id + ":\n";
    out += optionalField("completed_by", completedBy(extras, i), 4);
    var date = valueOf("s" + i + "-last-completed").trim();
    out += date ? "    last_completed: " + date + "\n" : "    last_completed:  # YYYY-MM-DD\n";
    out += optionalField("notes", valueOf("s" + i + "-notes"), 4);
    var spread = extras.sectionSpread[i];
    if (spread && !extras.carried && !section.rows.some(function (row, j) { return scoreChanged(extras, i, j); })) {
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
    out += kept + data.comments.title + CoprodYamlWriter.comment(who.perspective === "individual"
      ? "One person's own view of co-production in " + who.area + " (an individual response)."
      : "Self-assessment by the " + title + " for " + who.area + ".");
    var voice = who.perspective === "individual" ? data.comments.individual : data.comments;  // one person's own
    out += voice.guidance;
    out += "format: " + FORMAT + "\nframework: " + framework.id + "\nframework_version: " + framework.version + "\n";
    out += "area: " + CoprodYamlWriter.scalar(who.area) + "\nperspective: " + (who.perspective || "") + "\nperiod: " + who.period + "\n";
    if (extras.combinedFrom !== null && !extras.carried) out += "combined_from: " + extras.combinedFrom + "\n";
    out += "\nsections:\n";
    framework.sections.forEach(function (s, i) { out += sectionYaml(data, extras, i); });
    out += voice.reflections + "reflections:\n";
    REFLECTIONS.forEach(function (key) { out += optionalField(key, valueOf("reflection-" + key), 2); });
    return out;
  }

  function completedBy(extras, i) { return $("s" + i + "-completed-by") ? valueOf("s" + i + "-completed-by") : extras.completedBy[i]; }

  // Every value Save writes that can change on the page, in the order of the
  // file, as a change to it (see CoprodEdit.changeValues()): its keys from
  // the top, its value ("" for none), "word" or "text", and the keys it goes
  // after when the file has no line for it.
  function fieldValues(data, extras, who) {
    var fields = [];
    function add(path, value, form, order) {
      var key = path[path.length - 1];
      fields.push({ path: path, value: value === null ? "" : value, form: form, after: order.slice(0, order.indexOf(key)) });
    }
    add(["area"], who.area, "text", TOP_KEYS);
    add(["perspective"], who.perspective || "", "word", TOP_KEYS);
    add(["period"], who.period, "word", TOP_KEYS);
    data.framework.sections.forEach(function (section, i) {
      var at = ["sections", section.id];
      add(at.concat("completed_by"), completedBy(extras, i), "text", SECTION_KEYS);
      add(at.concat("last_completed"), valueOf("s" + i + "-last-completed").trim(), "word", SECTION_KEYS);
      add(at.concat("notes"), valueOf("s" + i + "-notes"), "text", SECTION_KEYS);
      section.rows.forEach(function (row, j) {
        var rowAt = at.concat("rows", row);
        add(rowAt.concat("score"), scoreOf(i, j), "word", ROW_KEYS);
        add(rowAt.concat("evidence"), valueOf(CoprodControls.rowId(i, j) + "-evidence"), "text", ROW_KEYS);
        ["indicator", "warning"].forEach(function (which) {
          var seen = seenOf(extras, i, j, which);
          add(rowAt.concat(which + "_seen"), seen === null ? "" : String(seen), "word", ROW_KEYS);
        });
      });
    });
    REFLECTIONS.forEach(function (key) { add(["reflections", key], valueOf("reflection-" + key), "text", REFLECTIONS); });
    return fields;
  }

  // What a new answer to whether a sign is seen changes in a row's counts of people who see its signs, as
  // 'coprod score --set' changes them: `seen_by` written on one line again without that sign's count, the
  // count alone taken out of one written as lines, `seen_by` taken out when no count is left; none when no
  // count goes.
  function seenByChanges(opened, extras, i, j, rowAt) {
    var seenBy = extras.seenBy[i][j];
    var kept = seenCountsKept(extras, i, j);
    var dropped = ["indicator", "warning"].filter(function (which) { return seenBy && seenBy[which] && kept.indexOf(which) < 0; });
    if (!dropped.length) return [];
    if (!kept.length) return [{ path: rowAt.concat("seen_by"), value: null, form: "word", after: [] }];
    if (seenByNode(opened, rowAt).style === "flow") {
      return [{ path: rowAt.concat("seen_by"), value: seenByFlow(extras, i, j), form: "flow", after: [] }];
    }
    return dropped.map(function (which) { return { path: rowAt.concat("seen_by", which), value: null, form: "word", after: [] }; });
  }

  // The row's `seen_by` in the tree of the file opened.
  function seenByNode(opened, rowAt) {
    var node = opened.tree;
    rowAt.concat("seen_by").forEach(function (key) {
      var entry = node && node.type === "map" ? node.entries.filter(function (e) { return e.key === key; })[0] : null;
      node = entry ? entry.value : null;
    });
    return node || {};
  }

  // The spreads a new score removes, as 'coprod score --set' does: its row's and its section's; a row's
  // count of people who see a sign when its answer changed (seenByChanges()); all of them and
  // combined_from when a file is carried forward.
  function spreadsRemoved(opened, data, extras) {
    var removed = extras.carried && extras.combinedFrom !== null ? [["combined_from"]] : [];
    data.framework.sections.forEach(function (section, i) {
      var rescored = section.rows.filter(function (row, j) { return extras.carried || scoreChanged(extras, i, j); });
      if (rescored.length && extras.sectionSpread[i]) removed.push(["sections", section.id, "spread"]);
      section.rows.forEach(function (row, j) {
        if (extras.spread[i][j] && (extras.carried || scoreChanged(extras, i, j))) {
          removed.push(["sections", section.id, "rows", row, "spread"]);
        }
      });
    });
    var changes = removed.map(function (path) { return { path: path, value: null, form: "word", after: [] }; });
    data.framework.sections.forEach(function (section, i) {
      section.rows.forEach(function (row, j) {
        changes = changes.concat(seenByChanges(opened, extras, i, j, ["sections", section.id, "rows", row]));
      });
    });
    return changes;
  }

  // What a file holds for the form, whatever its layout, as one text: each value the page shows or keeps.
  function meaning(text, data) {
    var read = CoprodAssessment.read(text, data.framework, data.perspectives, data.mail_damage);
    if (read.problems.length) return null;
    var values = read.values;
    var parts = [values.identity.area, values.identity.perspective, values.identity.period, values.combined_from];
    function part(value) { parts.push(value === undefined || value === null ? "" : value); }
    data.framework.sections.forEach(function (section) {
      var s = values.sections[section.id] || { rows: {} };
      [s.completed_by, s.last_completed, s.notes, JSON.stringify(s.spread)].forEach(part);
      section.rows.forEach(function (row) {
        var r = s.rows[row] || {};
        [r.score, r.evidence, r.indicator_seen, r.warning_seen, JSON.stringify(r.spread), JSON.stringify(r.seen_by)].forEach(part);
      });
    });
    REFLECTIONS.forEach(function (key) { part(values.reflections[key]); });
    return JSON.stringify(parts);
  }

  // The text Save writes: the file `opened` ({text, bom, tree, fields}: its
  // text without a byte-order mark, whether it had one, its tree and its
  // fieldValues() as opened) with the values changed since then changed in
  // place; toYaml() when no file was opened, or when the changes cannot be
  // made in place or the result would not hold what the page does.
  function savedText(opened, data, extras, who, schemaUrl) {
    var fresh = toYaml(data, extras, who, schemaUrl);
    if (!opened) return fresh;
    var changes = fieldValues(data, extras, who).filter(function (field, k) { return field.value !== opened.fields[k].value; });
    var edited = CoprodEdit.changeValues(opened.text, opened.tree, changes.concat(spreadsRemoved(opened, data, extras)));
    if (edited === null) return fresh;
    if (schemaUrl && !SCHEMA_LINE.test(CoprodYaml.leadingComments(edited))) {
      var lineBreak = /^[^\n]*\r\n/.test(edited) ? "\r\n" : "\n";
      edited = "# yaml-language-server: $schema=" + schemaUrl + lineBreak + "#" + lineBreak + edited;
    }
    var mine = meaning(edited, data);
    return mine !== null && mine === meaning(fresh, data) ? (opened.bom ? "\ufeff" : "") + edited : fresh;
  }

  // What "Copy the text" puts on the clipboard: the text Save writes, after comment lines telling whoever it is
  // pasted to (in an e-mail, say) what to do with it. Save writes no such lines: its file already has its name and
  // its place. A text that starts with them already (a copy saved and opened again) gets them afresh, once; a
  // byte-order mark, which would sit in the middle of the text, is left out.
  function copiedText(saved, name, individual) {
    var text = saved.replace(/^\ufeff/, "");
    var lineBreak = /^[^\n]*\r\n/.test(text) ? "\r\n" : "\n";
    if (text.indexOf(COPY_FIRST_LINE + lineBreak) === 0) {
      var end = text.indexOf(lineBreak + "#" + lineBreak);
      if (end >= 0) text = text.slice(end + 2 * lineBreak.length + 1);
    }
    // The name on one comment line, whatever the file opened was called (a name may hold a line break).
    var oneLineName = String(name).replace(/[\r\n\u2028\u2029]+/g, " ");
    var header = [COPY_FIRST_LINE, "#   " + oneLineName].concat(individual ? COPY_HEADER_RESPONSE : COPY_HEADER_GROUP, "#");
    return header.join(lineBreak) + lineBreak + text;
  }

  return { emptyExtras: emptyExtras, keptComments: keptComments, toYaml: toYaml, fieldValues: fieldValues,
           savedText: savedText, copiedText: copiedText, REFLECTIONS: REFLECTIONS };
})();
