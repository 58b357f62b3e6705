/* coprod form: checking a file's text as an assessment for this form's
   framework, with the rules of src/yaml/assessment_loader.cpp, and turning it
   into values for the form. Every problem is a sentence naming the line. */
var CoprodAssessment = (function () {
  var MAX_BYTES = 4 * 1024 * 1024;
  var TOP_KEYS = ["format", "framework", "framework_version", "area", "perspective", "period", "combined_from", "sections", "reflections"];
  var SECTION_KEYS = ["completed_by", "last_completed", "notes", "spread", "rows"];
  var ROW_KEYS = ["score", "evidence", "indicator_seen", "warning_seen", "spread", "seen_by"];
  var REFLECTION_KEYS = ["surprising", "challenging", "learnt", "priorities"];
  var PERIOD = /^[0-9]{4}-(Q[1-4]|H[12]|0[1-9]|1[0-2])$/;

  function Reader(framework) { this.framework = framework; this.problems = []; }

  Reader.prototype.problem = function (line, text) {
    if (this.problems.length < 20) this.problems.push((line ? "Line " + line + ": " : "") + text);
  };

  // Edit distance, as util::edit_distance; the key `word` was likely meant for, as util::closest_match.
  function editDistance(a, b) {
    var previous = [];
    for (var j = 0; j <= b.length; ++j) previous.push(j);
    for (var i = 1; i <= a.length; ++i) {
      var current = [i];
      for (j = 1; j <= b.length; ++j) {
        current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
      }
      previous = current;
    }
    return previous[b.length];
  }
  function closestMatch(word, candidates) {
    var best = null, bestDistance = 0;
    candidates.forEach(function (c) {
      var d = editDistance(word, c);
      if (best === null || d < bestDistance) { best = c; bestDistance = d; }
    });
    return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
  }

  // The scale in the words coprod uses (model::describe_scale): "a whole number from 0 to 5, a half point
  // such as 2.5, or n/a".
  function describeScale(scale) {
    return scale.half_points
      ? "a whole number from " + scale.min + " to " + scale.max + ", a half point such as " +
        (scale.min + Math.floor((scale.max - scale.min) / 2)) + ".5, or n/a"
      : "a whole number from " + scale.min + " to " + scale.max + ", or n/a";
  }

  Reader.prototype.mapping = function (node, what, keys) {
    if (!node || (node.type === "scalar" && node.value === null)) return null;
    if (node.type !== "map") { this.problem(node.line, what + " should be a list of 'name: value' lines"); return null; }
    var out = {};
    var self = this;
    node.entries.forEach(function (entry) {
      if (keys && keys.indexOf(entry.key) < 0) {
        var likely = closestMatch(entry.key, keys);
        self.problem(entry.line, "'" + entry.key + "' is not something " + what + " can have; " +
                     (likely ? "did you mean '" + likely + "'?" : "expected one of: " + keys.join(", ")));
      } else {
        out[entry.key] = entry.value;
      }
    });
    return out;
  };

  Reader.prototype.text = function (node, what) {
    if (!node || node.value === null || node.value === undefined) {
      if (node && node.type !== "scalar") this.problem(node.line, what + " should be text");
      return null;
    }
    return node.value;
  };

  Reader.prototype.score = function (node, where) {
    var text = this.text(node, "the score of " + where);
    if (text === null) return "";
    var scale = this.framework.scale;
    if (node.quoted && text !== "n/a") {  // as coprod refuses it: Save would write it so again
      this.problem(node.line, "the score of " + where + " is in quotes; write it without quotes, as " + describeScale(scale));
      return "";
    }
    if (text.trim() === "") return "";
    if (text === "n/a") return "n/a";
    var match = /^(0|[1-9][0-9]{0,2})(?:\.(0+|50*))?$/.exec(text);
    if (!match) { this.problem(node.line, "'" + text + "' is not a score for " + where + "; write " + describeScale(scale)); return ""; }
    var halves = Number(match[1]) * 2 + (match[2] && match[2].charAt(0) === "5" ? 1 : 0);
    if (halves < scale.min * 2 || halves > scale.max * 2) { this.problem(node.line, "the score of " + where + ": " + text + " is outside the scale; write " + describeScale(scale)); return ""; }
    if (halves % 2 && !scale.half_points) { this.problem(node.line, text + " is a half point, which this framework does not use (" + where + ")"); return ""; }
    return halves % 2 ? (halves - 1) / 2 + ".5" : String(halves / 2);
  };

  // An average with at most one decimal place, within the scale, written
  // with one ("4.0"), as read_average() in src/yaml/assessment_loader.cpp.
  Reader.prototype.average = function (node, what) {
    var text = this.text(node, what);
    var scale = this.framework.scale;
    var match = node && !node.quoted ? /^([0-9]{1,3})(?:\.([0-9]))?$/.exec(text || "") : null;
    var tenths = match ? Number(match[1]) * 10 + Number(match[2] || 0) : -1;
    if (tenths < scale.min * 10 || tenths > scale.max * 10) {
      this.problem(node ? node.line : 0, what + " should be an average from " + scale.min + " to " + scale.max + " with at most one decimal place, such as 2.5; it is '" + text + "'");
      return "";
    }
    return Math.floor(tenths / 10) + "." + (tenths % 10);
  };

  // A row's or a section's 'spread' (written by coprod combine): its bounds
  // read by `bound`; a row's may say how many marked it n/a (not_applicable).
  Reader.prototype.spread = function (node, where, bound, isRow) {
    var fields = this.mapping(node, "the spread of " + where, isRow ? ["min", "max", "count", "not_applicable"] : ["min", "max", "count"]);
    if (!fields) return null;
    var count = this.text(fields.count, "the count of " + where);
    if (!/^[0-9]+$/.test(count || "")) this.problem(node.line, "the spread of " + where + " needs a whole number 'count'");
    var spread = { min: bound(fields.min) || "", max: bound(fields.max) || "", count: Number(count) };
    var notApplicable = this.text(fields.not_applicable, "'not_applicable' in the spread of " + where);
    if (notApplicable !== null && !/^[0-9]+$/.test(notApplicable)) this.problem(node.line, "the spread of " + where + " needs a whole number 'not_applicable'");
    else if (notApplicable !== null) spread.not_applicable = Number(notApplicable);
    return spread;
  };

  // A row's 'seen_by' (written by coprod combine): how many people see each
  // sign of how many answered, "1 of 3", kept as written.
  Reader.prototype.seenBy = function (node, where) {
    var fields = this.mapping(node, "'seen_by' of " + where, ["indicator", "warning"]);
    if (!fields) return null;
    var out = {}, self = this;
    ["indicator", "warning"].forEach(function (which) {
      var count = self.text(fields[which], "'" + which + "' in 'seen_by' of " + where);
      if (count === null) return;
      var match = /^([0-9]{1,4}) of ([0-9]{1,4})$/.exec(count);
      if (!match || Number(match[2]) < 1 || Number(match[1]) > Number(match[2])) {
        self.problem(fields[which].line, "'" + which + "' in 'seen_by' of " + where + " should say how many people see it of how many answered, such as '1 of 3'");
      } else {
        out[which] = count;
      }
    });
    return out;
  };

  Reader.prototype.flag = function (node, what) {
    if (!node || node.value === null) return null;
    if (/^(true|True|TRUE)$/.test(node.value)) return true;
    if (/^(false|False|FALSE)$/.test(node.value)) return false;
    this.problem(node.line, what + " should be true or false");
    return null;
  };

  Reader.prototype.row = function (node, where) {
    var fields = this.mapping(node, where, ROW_KEYS);
    if (!fields) return {};
    var row = { score: this.score(fields.score, where), evidence: this.text(fields.evidence, "the evidence of " + where),
                indicator_seen: this.flag(fields.indicator_seen, "'indicator_seen' of " + where),
                warning_seen: this.flag(fields.warning_seen, "'warning_seen' of " + where) };
    var self = this;
    var spread = this.spread(fields.spread, where, function (bound) { return self.score(bound, where); }, true);
    if (spread) row.spread = spread;
    var seenBy = this.seenBy(fields.seen_by, where);
    if (seenBy) row.seen_by = seenBy;
    return row;
  };

  Reader.prototype.section = function (node, section) {
    var where = "the section \"" + section.label + "\"";
    var fields = this.mapping(node, where, SECTION_KEYS);
    if (!fields) return {};
    var out = { completed_by: this.text(fields.completed_by, "'completed_by' of " + where),
                notes: this.text(fields.notes, "the notes of " + where), rows: {} };
    var self = this;
    var spread = this.spread(fields.spread, where, function (bound) { return self.average(bound, "the spread of " + where); });
    if (spread) out.spread = spread;
    var date = this.text(fields.last_completed, "'last_completed' of " + where);
    var wrong = date === null ? "" : dateProblem(date);
    if (wrong === null) this.problem(fields.last_completed.line, "'" + date + "' is not a date; write it as year-month-day, for example 2026-09-30");
    else if (wrong) this.problem(fields.last_completed.line, "'" + date + "' is not a date: " + wrong);
    else out.last_completed = date;
    var rows = fields.rows && fields.rows.type === "map" ? fields.rows.entries : [];
    if (fields.rows && fields.rows.type !== "map" && fields.rows.value !== null) this.problem(fields.rows.line, "the rows of " + where + " should be a list of 'row: ...' entries");
    rows.forEach(function (entry) {
      if (section.rows.indexOf(entry.key) < 0) {
        self.problem(entry.line, "there is no row '" + entry.key + "' in " + where + "; its rows are: " + section.rows.join(", "));
      } else {
        // Named as the form names it: "1. Commitment and leadership, row 1", or the section alone where each
        // section is its one row (CoprodRowWords).
        var row = CoprodRowWords.sections(self.framework) ? "" : ", row " + (section.rows.indexOf(entry.key) + 1);
        out.rows[entry.key] = self.row(entry.value, "\"" + section.label + row + "\"");
      }
    });
    return out;
  };

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"];

  // Why text written year-month-day is not a date, in the words coprod
  // itself uses (model::Date::what_is_wrong); "" if it is one, null if it is
  // not written year-month-day at all.
  function dateProblem(text) {
    var m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
    if (!m) return null;
    var year = Number(m[1]), month = Number(m[2]), day = Number(m[3]);
    if (year < 1900) return "coprod takes years from 1900 on";
    if (month < 1 || month > 12) return "there is no month " + month + " (the month comes second: YYYY-MM-DD)";
    if (day < 1) return "there is no day 0";
    var days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return day > days ? MONTHS[month - 1] + " " + year + " has " + days + " days" : "";
  }

  // A date written year-month-day (a real one) as people say it: "4 December 2026".
  function dateInWords(text) {
    var m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
    return Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + " " + m[1];
  }

  // The perspective another spelling or form of its words means, as coprod
  // suggests it: "organization", "peer network", "Co-production peer network".
  function likelyPerspective(text, perspectives) {
    var form = text.toLowerCase().replace(/[ _-]+/g, "-").replace(/^-+|-+$/g, "")
      .replace(/^the-/, "").replace(/^co-?production-/, "").replace("organiz", "organis");
    return Object.prototype.hasOwnProperty.call(perspectives, form) ? form : null;
  }

  Reader.prototype.identity = function (top, perspectives) {
    var format = this.text(top.format, "'format'");
    if (format !== "coprod-assessment/1") {
      this.problem(top.format ? top.format.line : 0, "this is not a coprod assessment: the file should start with 'format: coprod-assessment/1'");
      return null;
    }
    var framework = this.text(top.framework, "'framework'");
    if (framework !== this.framework.id) {
      this.problem(top.framework ? top.framework.line : 0, "this file is for the framework '" + framework + "', but this form is for '" + this.framework.id + "' (" + this.framework.title + "). Ask for a form made for that file with: coprod form FILE -o form.html");
      return null;
    }
    var version = this.text(top.framework_version, "'framework_version'");
    if (version !== null && version !== String(this.framework.version)) {
      this.problem(top.framework_version.line, "this file was made with version " + version + " of the framework, but this form is for version " + this.framework.version + ". Ask for a form made for that file with: coprod form FILE -o form.html");
    }
    var area = this.text(top.area, "'area'");
    if (!area) this.problem(top.area ? top.area.line : 0, "the file needs an 'area', for example 'area: Northbridge'");
    var perspective = this.text(top.perspective, "'perspective'");
    if (!perspective || !Object.prototype.hasOwnProperty.call(perspectives, perspective)) {
      var likely = perspective ? likelyPerspective(perspective, perspectives) : null;
      this.problem(top.perspective ? top.perspective.line : 0, likely
        ? "the file's 'perspective' is '" + perspective + "'; did you mean '" + likely + "'?"
        : "the file needs a 'perspective': organisation, peer-network or individual");
    }
    var period = this.text(top.period, "'period'");
    if (!period || !PERIOD.test(period)) this.problem(top.period ? top.period.line : 0, "the file needs a review 'period' such as 2026-Q3, 2026-H2 or 2026-09");
    return { area: area || "", perspective: perspective, period: period || "" };
  };

  // What a person who cannot put a file right is told: not a command, the person to ask.
  var SEND_BACK = "If you did not write this file yourself, send it to the person who gave you this form: they can put it right.";

  // The first control character in text, {line, code} (code as four hexadecimal digits), or null.
  function controlCharacter(text) {
    var match = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
    if (!match) return null;
    var code = match[0].charCodeAt(0).toString(16).toUpperCase();
    return { line: text.slice(0, match.index).split("\n").length, code: ("000" + code).slice(-4) };
  }

  // A text that is not an assessment at all: the problem, and what the page says of it (CoprodWrongFile).
  function wrongFile(problem, kind, text, found) {
    return { problems: [problem], wrongFile: CoprodWrongFile.detail(kind, text, found) };
  }

  // A YAML error as the page says it: where, what, and whom to ask.
  function yamlProblem(error) {
    var place = "Line " + error.line + (error.column ? ", column " + error.column : "");
    return place + ": " + error.message + ". " + SEND_BACK;
  }

  // {values, problems} of an assessment's text, with the text without a
  // byte-order mark, whether it had one and its tree (CoprodYaml.parse()).
  // `mailWords` is the page data's `mail_damage`: what coprod says of a file
  // an e-mail program broke (CoprodMailDamage).
  function read(text, framework, perspectives, mailWords) {
    var reader = new Reader(framework);
    if (text.length > MAX_BYTES) return { problems: ["the text is larger than 4 MB, far larger than any coprod assessment, so it was not read"] };
    var bom = text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    var control = controlCharacter(text);
    if (control) {
      return wrongFile("Line " + control.line + ": the file holds a control character (U+" + control.code + "), which a " +
                       "text file should not; it may not be a coprod file at all", "control", text, control);
    }
    if (!/^(---[ \t]+)?(format|"format"|'format')[ \t]*:[ \t]*["']?coprod-assessment\//m.test(text)) {
      return wrongFile("this is not a coprod assessment: a coprod assessment file has a line 'format: coprod-assessment/1' near the top",
                       "no-format", text);
    }
    var tree;
    try {
      tree = CoprodYaml.parse(text);
    } catch (error) {
      if (!(error instanceof CoprodYaml.YamlError)) throw error;
      return { problems: [yamlProblem((!error.rule && CoprodMailDamage.find(text, error.line, mailWords)) || error)] };
    }
    var keyDamage = CoprodMailDamage.noBreakSpaceKey(tree, mailWords);
    if (keyDamage) return { problems: [yamlProblem(keyDamage)] };
    if (!tree || tree.type !== "map") {
      return wrongFile("this is not a coprod assessment: it does not hold 'name: value' lines such as 'format: coprod-assessment/1'",
                       "not-lines", text);
    }
    var top = reader.mapping(tree, "the assessment", null);
    var identity = reader.identity(top, perspectives);
    if (!identity) return { problems: reader.problems };
    tree.entries.forEach(function (entry) {
      if (TOP_KEYS.indexOf(entry.key) < 0) reader.problem(entry.line, "'" + entry.key + "' is not part of an assessment; expected one of: " + TOP_KEYS.join(", "));
    });
    var values = { identity: identity, sections: {}, reflections: {}, combined_from: null,
                   leading_comments: CoprodYaml.leadingComments(text) };
    var combined = reader.text(top.combined_from, "'combined_from'");
    if (combined !== null) {
      if (/^[0-9]+$/.test(combined)) values.combined_from = Number(combined);
      else reader.problem(top.combined_from.line, "'combined_from' should be a whole number");
    }
    var sections = top.sections && top.sections.type === "map" ? top.sections.entries : [];
    sections.forEach(function (entry) {
      var section = framework.sections.filter(function (s) { return s.id === entry.key; })[0];
      if (!section) {
        reader.problem(entry.line, "there is no section '" + entry.key + "' in this framework; its sections are: " + framework.sections.map(function (s) { return s.id; }).join(", "));
      } else {
        values.sections[entry.key] = reader.section(entry.value, section);
      }
    });
    var reflections = reader.mapping(top.reflections, "'reflections'", REFLECTION_KEYS) || {};
    REFLECTION_KEYS.forEach(function (key) { values.reflections[key] = reader.text(reflections[key], "the reflection '" + key + "'"); });
    return { values: values, problems: reader.problems, text: text, bom: bom, tree: tree };
  }

  return { read: read, dateProblem: dateProblem, dateInWords: dateInWords, MONTHS: MONTHS, MAX_BYTES: MAX_BYTES };
})();
