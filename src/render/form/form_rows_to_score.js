/* coprod form: the rows still to score, listed under the table of scores so far, section by section, each a link
   that takes the focus to the row's scores (its first score, as the error summary's links take it to a group's
   first choice), so that no one has to go through the whole form to find what is left. A row marked "Does not
   apply here" is answered, so it is not listed, as Save counts it. The list follows the scores as they change
   without saying so each time; when a change leaves a section with nothing to score, that is said once, in a
   polite live region, with how many rows are left in the whole form. Save's and Open's messages say how many
   rows are left and link to the list (leftWords()). Not printed: on paper every row is there to fill in. Where
   each section is its one row, it says "section" (CoprodRowWords) and lists each section's name as its link. */
var CoprodRowsToScore = (function () {
  var $ = CoprodControls.$;
  var shown = null;  // what the list shows, as a key: rebuilt only when it changes
  var left = [];     // for each section, the indexes of its rows still to score, as last shown

  function rowsLeft(framework) {
    return framework.sections.map(function (section, i) {
      return section.rows.map(function (row, j) { return j; })
                         .filter(function (j) { return CoprodControls.scoreOf(i, j) === ""; });
    });
  }

  function count(lists) { return lists.reduce(function (n, rows) { return n + rows.length; }, 0); }

  // "23 rows are not scored yet"; "1 row is not scored yet"; "9 sections are not scored yet".
  function notScoredWords(framework, n) {
    return CoprodRowWords.counted(framework, n) + (n === 1 ? " is" : " are") + " not scored yet";
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) made.className = className;
    if (text) made.textContent = text;
    return made;
  }

  // Takes the focus to the row's first score, the row's title and signs in view above it, as a person reads them.
  function goToRow(i, j) {
    var row = $(CoprodControls.rowId(i, j));
    var first = row.querySelector('input[name="' + CoprodControls.rowId(i, j) + '-score"]');
    row.scrollIntoView({ block: "start" });
    first.focus({ preventScroll: true });
    var box = first.getBoundingClientRect();
    if (box.bottom > window.innerHeight || box.top < 0) first.scrollIntoView({ block: "nearest" });
  }

  // "Row 2", named for a screen reader's list of links with its section too: "Row 2 (1. Commitment and leadership)";
  // or, where the section is its one row, the section's name alone.
  function rowLink(framework, section, i, j) {
    var once = CoprodRowWords.sections(framework);
    var link = element("a", "", once ? section.label : "Row " + (j + 1));
    link.href = "#" + CoprodControls.rowId(i, j);
    if (!once) link.appendChild(element("span", "visually-hidden", " (" + section.label + ")"));
    link.addEventListener("click", function (event) {
      event.preventDefault();
      goToRow(i, j);
    });
    return link;
  }

  function sectionItem(framework, section, i, rows) {
    var item = element("li", "", "");
    if (CoprodRowWords.sections(framework)) {  // named once, by its link
      item.appendChild(rowLink(framework, section, i, rows[0]));
      return item;
    }
    item.appendChild(element("span", "rows-to-score-section", section.label));
    var links = element("ul", "rows-to-score-links", "");
    rows.forEach(function (j) {
      var entry = element("li", "", "");
      entry.appendChild(rowLink(framework, section, i, j));
      links.appendChild(entry);
    });
    item.appendChild(links);
    return item;
  }

  function countWords(framework, lists) {
    var all = framework.sections.reduce(function (n, section) { return n + section.rows.length; }, 0);
    var n = count(lists);
    var one = CoprodRowWords.one(framework);
    if (n === 0) return "Every " + one + " has a score or is marked \"Does not apply here\": none is left to score.";
    return n + " of " + CoprodRowWords.counted(framework, all) + " " + (n === 1 ? "is" : "are") +
           " not scored yet. Each link goes to a " + one + "'s scores.";
  }

  function show(framework, lists) {
    $("rows-to-score-count").textContent = countWords(framework, lists);
    var list = $("rows-to-score-list");
    while (list.firstChild) list.removeChild(list.firstChild);
    lists.forEach(function (rows, i) {
      if (rows.length) list.appendChild(sectionItem(framework, framework.sections[i], i, rows));
    });
    list.hidden = count(lists) === 0;
  }

  // Shows the rows not scored yet, as the page's scores stand.
  function refresh(framework) {
    var now = rowsLeft(framework);
    var key = JSON.stringify(now);
    left = now;
    $("rows-to-score").hidden = false;
    $("contents-rows-to-score").hidden = false;
    if (key === shown) return;
    shown = key;
    show(framework, now);
  }

  // The section a control is a row's score of, or -1.
  function sectionOf(control) {
    var found = control && control.type === "radio" && /^r([0-9]+)-[0-9]+-score$/.exec(control.name);
    return found ? Number(found[1]) : -1;
  }

  function leftIn(i) { return left[i] ? left[i].length : 0; }

  // Once a change has left section i with nothing to score (it had `before` rows left): said once, politely.
  function sayIfDone(framework, i, before) {
    if (before === 0 || leftIn(i) > 0) return;
    var n = count(left);
    var label = framework.sections[i].label;
    // A section that is its row is named by its title, less a leaflet's full stop before "now has": one sentence.
    var said = (CoprodRowWords.sections(framework) ? label.replace(/[.;:]+$/, "") : "Every row of " + label) +
               " now has a score or is " +
               "marked \"Does not apply here\". " + (n === 0 ? "No " + CoprodRowWords.one(framework) + " is left to " +
               "score in the form." : notScoredWords(framework, n) + " in the form.");
    var region = $("rows-to-score-said");
    region.textContent = "";
    window.setTimeout(function () { region.textContent = said; }, 50);  // so a repeat is said again
  }

  // A link to the list, for a message: takes the focus to its heading.
  function link(text) {
    var made = element("a", "", text);
    made.href = "#rows-to-score-title";
    made.addEventListener("click", function (event) {
      event.preventDefault();
      var heading = $("rows-to-score-title");
      heading.scrollIntoView({ block: "start" });
      heading.focus({ preventScroll: true });
    });
    return made;
  }

  // What Save and Open say of the rows left, `counted` as CoprodScores.rowsCounted() gives it: "21 rows are not
  // scored yet: see the rows still to score", the last words a link to the list, as parts of a message for
  // CoprodMessages.status(); none when every row has a score or is marked "Does not apply here".
  function leftWords(framework, counted) {
    var n = counted.all - counted.scored - counted.notApplicable;
    return n > 0 ? [notScoredWords(framework, n) + ": see ",
                    link("the " + CoprodRowWords.many(framework) + " still to score")] : [];
  }

  return { refresh: refresh, sectionOf: sectionOf, leftIn: leftIn, sayIfDone: sayIfDone, leftWords: leftWords };
})();
