/* coprod form: each section's score as the scores on the page stand, by
   the rule of src/analysis/scoring.cpp, shown under the section and in the
   summary, and the co-production web drawn from them. */
var CoprodScores = (function () {
  var $ = CoprodControls.$;

  function sectionScore(framework, i) {
    var section = framework.sections[i];
    var result = { id: section.id, label: section.label, total: section.rows.length, scored: 0, notApplicable: 0, score: null };
    var sumHalves = 0;
    section.rows.forEach(function (row, j) {
      var value = CoprodControls.scoreOf(i, j);
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

  // How many of a section's rows it counts, "2 of 5 rows, 1 not applicable"; nothing where the section is its
  // one row (CoprodRowWords): its score, or why it has none, says it all.
  function coverage(framework, result) {
    if (CoprodRowWords.sections(framework)) return "";
    var text = result.scored + " of " + CoprodRowWords.counted(framework, result.total);
    if (result.notApplicable > 0) text += ", " + result.notApplicable + " not applicable";
    return text;
  }

  // Why a section has no score, in coprod's words (`missing`, from render::missing_score): "not applicable"
  // when every row is n/a, else "not scored yet".
  function missingWords(result, missing) {
    var allNotApplicable = result.total > 0 && result.notApplicable === result.total;
    return allNotApplicable ? missing.not_applicable : missing.not_scored;
  }

  function describe(framework, result, missing) {
    var counted = coverage(framework, result);
    if (result.score === null) return missingWords(result, missing) + (counted ? " (" + counted + ")" : "");
    return result.score + (counted ? " from " + counted : "");
  }

  // Shows each section's score and draws the web (titled with the area);
  // returns the scores.
  function refresh(framework, area, missing) {
    var results = framework.sections.map(function (s, i) { return sectionScore(framework, i); });
    results.forEach(function (result, i) {
      var line = $("s" + i + "-score");
      line.textContent = "Score for this section so far: " + describe(framework, result, missing);
      line.hidden = false;
      line.setAttribute("data-score", result.score === null ? "" : result.score);
      var cell = $("summary-" + i);
      cell.textContent = describe(framework, result, missing);
      cell.setAttribute("data-score", result.score === null ? "" : result.score);
    });
    // On paper the table and the web are left out until something is scored (or marked n/a): empty, they say nothing.
    var anything = results.some(function (r) { return r.scored > 0 || r.notApplicable > 0; });
    $("summary").classList.toggle("nothing-scored", !anything);
    drawWeb(framework, results, area, missing);
    return results;
  }

  function drawWeb(framework, results, area, missing) {
    var values = results.map(function (r) { return r.score === null ? null : r.tenths / 10; });
    var words = results.map(function (r) { return r.label + " " + (r.score === null ? missingWords(r, missing) : r.score); });
    CoprodWeb.render($("web"), {
      sections: framework.sections, max: framework.scale.max, values: values, layout: framework.web,
      title: area ? "Co-production web: " + area : "Co-production web",
      description: "A spider diagram of " + results.length + " sections, each scored from 0 to " + framework.scale.max +
                   ". Scores so far: " + words.join("; ") + "."
    });
  }

  // How many rows have a score, how many are marked not applicable (an answer, but not a score: counted apart,
  // as 'coprod score' says "2 of 5 rows, 1 not applicable"), of how many, from refresh()'s scores.
  function rowsCounted(results) {
    var count = function (field) { return results.reduce(function (n, r) { return n + r[field]; }, 0); };
    return { scored: count("scored"), notApplicable: count("notApplicable"), all: count("total") };
  }

  // "2 of 24 rows have a score, 1 not applicable" (no "not applicable" part when there is none); "1 of 24 rows
  // has a score", its verb agreeing with the one; "sections" where each is its one row (CoprodRowWords).
  function rowsScoredWords(framework, rows, verb) {
    if (verb && rows.scored === 1) verb = verb.replace(/^have /, "has ");
    return rows.scored + " of " + rows.all + " " + CoprodRowWords.many(framework) + (verb ? " " + verb : "") +
           (rows.notApplicable ? ", " + rows.notApplicable + " not applicable" : "");
  }

  return { refresh: refresh, rowsCounted: rowsCounted, rowsScoredWords: rowsScoredWords };
})();
