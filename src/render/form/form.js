/* coprod form, the page's entry: the page's state, Open and Print, and what each control does; Save and Copy
   are CoprodSave's. User text is only ever put on the page with textContent or as a control's value, never as
   markup. Nothing is sent anywhere; what is typed is kept in this browser on this device until Save
   (CoprodKeeping). */
(function () {
  var data = JSON.parse(document.getElementById("coprod-data").textContent);
  var framework = data.framework;
  var MAX_BYTES = 4 * 1024 * 1024;
  var identity = { area: data.identity.area, period: data.identity.period, perspective: data.identity.perspective };
  var extras = CoprodWriter.emptyExtras(framework);
  var opened = null;  // the file opened, or the form was made from, as savedText() takes it
  var openedValues = null;  // its values as read, for the choice of the period it is scored for
  var formPeriod = document.getElementById("period") ? null : data.identity.period;  // the period the form is for
  var schemaUrl = data.schema_url;
  var $ = CoprodControls.$, setValue = CoprodControls.setValue, rowId = CoprodControls.rowId;
  var status = CoprodMessages.status, showProblems = CoprodMessages.showProblems;
  var namedRemarks = CoprodPersonalData.make(data.attribution, data.identity.perspective === "individual");
  // The page's state its parts share: whether there are changes not yet saved, and the file opened with Open
  // (or loadYaml()), {text, name}, kept with the answers.
  var session = { dirty: false, openedFile: null };
  var keeping = CoprodKeeping.make(data, document.getElementById("coprod-data").textContent, session, {
    load: load,
    choosePeriod: function () {
      if (openedValues && $("period-choice") && !$("period-choice").hidden) scorePeriod(openedValues);
    },
    noteNames: function () { CoprodPersonalData.sayUnderEvery(namedRemarks); },
    refreshScores: function () { refreshScores(); }
  });

  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  // The area, period and perspective: as typed or chosen where the form asks
  // for them, else as the form was made or the file opened said.
  function currentIdentity() {
    var area = $("area") ? $("area").value.trim() : identity.area;
    var period = $("period") ? $("period").value.trim().toUpperCase() : identity.period;
    var perspective = $("perspective") ? CoprodControls.chosen("perspective") || null : identity.perspective;
    return { area: area || "", period: period || "", perspective: perspective };
  }

  // How many rows have a score, are marked not applicable, and there are (CoprodScores.rowsCounted()).
  function rowsWithScores() { return CoprodScores.rowsCounted(refreshScores()); }

  function toYaml() { return CoprodWriter.savedText(opened, data, extras, currentIdentity(), schemaUrl); }
  // What a script is given: the text Save writes, after the same checks. As Save does, a date typed another
  // way (30/09/2026) is first written year-month-day in its box; a form Save would refuse (a date that is not
  // one, such as 31/02/2027) gives no text but an Error naming each problem, as the page would list them.
  function checkedYaml() {
    CoprodChecks.writeDatesInFull(form);
    var problems = CoprodChecks.check(form);
    if (problems.length) {
      throw new Error("Save would not write this form: " + problems.map(function (p) { return p.text; }).join("; "));
    }
    return toYaml();
  }
  // The scores so far, and what the page says of answers carried forward from an earlier period.
  function refreshScores() {
    CoprodCarried.refresh(framework, currentIdentity().period);
    var results = CoprodScores.refresh(framework, currentIdentity().area, data.missing_score);
    CoprodRowsToScore.refresh(framework);
    return results;
  }

  // What Save's checks need to know of the page.
  var form = {
    framework: framework, identity: currentIdentity, toYaml: toYaml,
    asksWhoseAnswers: function () { return CoprodResponses.asksWhoseAnswers(currentIdentity().perspective); }
  };

  function recheck(id) { CoprodChecks.recheck(form, id); }

  // Save and Copy (CoprodSave). Once Save has handed the file to the browser, nothing on the page is left
  // unsaved, and the browser's copy of the answers is forgotten (CoprodKeeping).
  var saving = CoprodSave.make(form, data, rowsWithScores, function () {
    session.dirty = false;
    return keeping.forgetSaved();
  });

  /* ---- Open and Print ---- */
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
    if (session.dirty && !window.confirm("Opening a file replaces what is on the form now, and you have changes that are not saved. Open it anyway?")) return;
    // Read as UTF-8 with a byte-order mark kept, so Save keeps it too.
    var decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    file.arrayBuffer().then(function (bytes) { openKept(decoder.decode(bytes), file.name); },
                            function () { showProblems("The file could not be opened", [{ text: "The browser could not read " + file.name + "." }]); });
  }

  /* ---- Open: checking a file and putting its values on the form ---- */
  // Open (and loadYaml()): the file opened replaces what was on the form, so the browser's copy of that goes
  // too; the next change keeps the file with it.
  function openKept(text, name) {
    keeping.stopTakingLate();
    CoprodKeepToo.offer(null);
    var result = load(text, name);
    if (result.ok) keeping.forgetOpened();
    return result;
  }

  function load(text, name) {
    var where = name || "The text";
    var read = CoprodAssessment.read(text, framework, data.perspectives, data.mail_damage);
    if (read.problems.length) {
      showProblems(where + " could not be opened: nothing on the form has changed", read.wrongFile
                   ? [{ text: CoprodWrongFile.lead(data.identity.perspective === "individual") }, { text: read.wrongFile }]
                   : read.problems.map(function (p) { return { text: p }; }));
      return { ok: false, problems: read.problems.slice() };
    }
    apply(read.values);
    remember(read);
    session.openedFile = { text: text, name: name || null };
    openedValues = read.values;
    CoprodDates.noteLater(framework);
    var otherPeriod = CoprodPeriod.opening(read.values.identity.period, formPeriod);
    scorePeriod(read.values);
    var leftOut = namesLeftOut(read.values);
    var asked = CoprodResponses.opening(name, currentIdentity().perspective);
    CoprodMessages.hideProblems();
    CoprodMessages.clearFieldErrors();
    session.dirty = false;
    var rows = rowsWithScores();
    var note = CoprodResponses.noteOtherView(read.values.identity.perspective, madeFor(), data.perspectives)
             ? otherViewStatus(read.values.identity.perspective)
             : asked === "ask" ? " Whose answers are in it? Say just below, before you carry on."
             : asked === "known" ? " It was saved from this form on this device. Whose answers are in it? Say just " +
                                   "below, before you carry on."
             : ownResponse() ? " It is the response this form saved, so Save gives it the same name and it counts once." : "";
    var carried = CoprodCarried.count();
    var carriedNote = carried ? " " + (carried === 1 ? "1 section holds" : carried + " sections hold") + " answers " +
                                "carried forward from an earlier period, not yet reviewed: see the note at the top." : "";
    var left = CoprodRowsToScore.leftWords(framework, rows);
    status(["Opened " + (name || "the text") + ": " + CoprodScores.rowsScoredWords(framework, rows, "have a score")].concat(
      left.length ? ["; "].concat(left) : [], ["." + otherPeriod + carriedNote + leftOut + note]));
    return { ok: true, problems: [] };
  }

  // A form for one person's own response asks for no name, so it has no "Completed by" box: a response
  // that names who completed it (written in the file by hand or by another tool) would keep the name
  // unseen, and Save would write it again, tying the person's answers to a name they cannot see or change
  // here. Save leaves it out, after the values as opened are remembered, so it is a change Save makes;
  // what Open says names it, so the person sees what is left out. Returns that sentence, or "".
  function namesLeftOut(values) {
    var asksNoName = !document.querySelector("input[id$='-completed-by']");
    if (!asksNoName || values.identity.perspective !== "individual") return "";
    var names = [];
    extras.completedBy.forEach(function (name, i) {
      if (name && names.indexOf(name) < 0) names.push(name);
      extras.completedBy[i] = "";
    });
    if (!names.length) return "";
    var quoted = names.map(function (n) { return "\"" + n + "\""; });
    var listed = quoted.length < 2 ? quoted[0] : quoted.slice(0, -1).join(", ") + " and " + quoted[quoted.length - 1];
    return " It names who completed it (" + listed + "). A response keeps no names, so that answers are not tied " +
           "to the person who gave them: Save leaves " + (names.length < 2 ? "it" : "them") + " out.";
  }

  function ownResponse() { return currentIdentity().perspective === "individual" && CoprodResponses.openedOwn(); }

  // The view a form was made for (a file opened keeps its own); null where the form asks whose view.
  function madeFor() { return $("perspective") ? null : data.identity.perspective || null; }

  // What Open says, after how many rows have a score, of a file of a view the form does not offer or keep.
  function otherViewStatus(fileView) {
    var what = fileView === "individual" ? "one person's own response" : "the " + data.perspectives[fileView] + "'s view";
    return madeFor() === null ? " It is " + what + ": see the note under \"Whose view does this record?\"."
                              : " It records " + what + ", not the view this form is for: see the note under \"Whose view\".";
  }

  // The file as opened, for Save to change in place: its text and tree, and the values the page shows of it
  // (the view the file records, which a form made for another keeps as its own).
  function remember(read) {
    var who = currentIdentity();
    if (!read.problems.length) who.perspective = read.values.identity.perspective;
    opened = read.problems.length ? null : { text: read.text, bom: read.bom, tree: read.tree,
                                             fields: CoprodWriter.fieldValues(data, extras, who) };
  }

  // The period a file opened is scored for, as the person chose (see CoprodPeriod): this form's, with the
  // file's answers as a start (the reflections emptied and what 'coprod combine' worked out of the old scores
  // left out, as 'coprod init --from' carries a file forward), or the file's own, as it was.
  function scorePeriod(values) {
    var carried = CoprodPeriod.chosen() === "form";
    identity = { area: identity.area, period: carried ? formPeriod : values.identity.period, perspective: identity.perspective };
    CoprodPeriod.showFixed(identity.period);
    extras.carried = carried;
    var reflections = values.reflections || {};
    CoprodWriter.REFLECTIONS.forEach(function (key) {
      var id = "reflection-" + key, kept = reflections[key] || "";
      if (carried && CoprodControls.valueOf(id) === kept) setValue(id, "");
      if (!carried && CoprodControls.valueOf(id) === "") setValue(id, kept);
    });
  }

  function showIdentity() {
    if ($("area")) setValue("area", identity.area); else if ($("area-text")) $("area-text").textContent = identity.area || "";
    if ($("period")) setValue("period", identity.period); else CoprodPeriod.showFixed(identity.period || "");
    if ($("perspective")) {
      Array.prototype.forEach.call(document.querySelectorAll('input[name="perspective"]'), function (radio) { radio.checked = radio.value === identity.perspective; });
    } else if ($("perspective-text") && identity.perspective) {
      $("perspective-text").textContent = data.whose_view[identity.perspective];
    }
  }

  function apply(values) {
    if (values.identity) identity = values.identity;
    showIdentity();
    CoprodDates.clearMessages(null);
    extras = CoprodWriter.emptyExtras(framework);
    extras.combinedFrom = has(values, "combined_from") ? values.combined_from : null;
    extras.leadingComments = CoprodWriter.keptComments(data, values.leading_comments || "");
    CoprodCarried.remember(framework, values);
    framework.sections.forEach(function (section, i) {
      var given = values.sections && has(values.sections, section.id) ? values.sections[section.id] : {};
      extras.completedBy[i] = given.completed_by || "";
      extras.sectionSpread[i] = given.spread || null;
      setValue("s" + i + "-completed-by", given.completed_by);
      setValue("s" + i + "-last-completed", given.last_completed);
      setValue("s" + i + "-notes", given.notes);
      section.rows.forEach(function (row, j) {
        var r = given.rows && has(given.rows, row) ? given.rows[row] : {};
        CoprodControls.setScore(i, j, r.score || "");
        setValue(rowId(i, j) + "-evidence", r.evidence);
        ["indicator", "warning"].forEach(function (which) {
          var seen = has(r, which + "_seen") ? r[which + "_seen"] : null;
          extras.seen[i][j][which] = seen;
          var box = $(rowId(i, j) + "-" + which + "-seen");
          if (box) box.checked = seen === true;
        });
        extras.spread[i][j] = r.spread || null;
        extras.seenBy[i][j] = r.seen_by || null;
        extras.loadedScore[i][j] = r.score || "";
      });
    });
    var reflections = values.reflections || {};
    CoprodWriter.REFLECTIONS.forEach(function (key) { setValue("reflection-" + key, reflections[key]); });
    CoprodPersonalData.sayUnderEvery(namedRemarks);
  }

  /* ---- the page ---- */
  function wire() {
    var actions = { save: saving.save, copy: saving.copy, open: openFile, print: function () { window.print(); },
                    "clear-kept": keeping.clear, "keep-too": keeping.keepToo };
    Array.prototype.forEach.call(document.querySelectorAll("[data-action]"), function (button) {
      button.addEventListener("click", function (event) {
        CoprodMessages.useStatusBox(button.closest("#actions-bottom, #kept-offer-bottom") ? "status-bottom" : "status");
        actions[button.getAttribute("data-action")](event);
      });
    });
    ["actions-top", "actions-bottom"].forEach(function (id) { $(id).hidden = false; });
    $("open-file").addEventListener("change", onFileChosen);
    Array.prototype.forEach.call(document.querySelectorAll("button.today"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { CoprodDates.useToday(button, function (id) { session.dirty = true; recheck(id); keeping.keep(); }); });
    });
    var main = $("main");
    CoprodScoreKeys.listen(main);
    $("score-keys").hidden = false;
    main.addEventListener("input", function (event) {
      if (event.target.id === "open-file" || event.target.name === "whose-answers") return;
      session.dirty = true; CoprodControls.grow(event.target); CoprodDates.clearMessages(event.target); recheck(CoprodControls.fieldOf(event.target).id);
      if (CoprodPersonalData.noted(event.target)) CoprodPersonalData.sayUnder(event.target, namedRemarks, true);
      if (event.target.id === "area") refreshScores();
    });
    main.addEventListener("change", function (event) {
      if (event.target.id === "open-file") return;
      if (event.target.name === "perspective") CoprodResponses.clearChoiceNote();
      if (event.target.name === "whose-answers") { recheck("whose-answers"); return; }  // where Save goes, not a change
      if (event.target.name === "period-choice") { scorePeriod(openedValues); refreshScores(); return; }
      session.dirty = true;
      CoprodDates.writeInFull(event.target, form);
      CoprodPeriod.leftBox(event.target, form);
      if (CoprodPersonalData.noted(event.target)) CoprodPersonalData.sayUnder(event.target, namedRemarks, false);
      recheck(CoprodControls.fieldOf(event.target).id);
      var scored = CoprodRowsToScore.sectionOf(event.target), leftBefore = CoprodRowsToScore.leftIn(scored);
      refreshScores();
      if (scored >= 0) CoprodRowsToScore.sayIfDone(framework, scored, leftBefore);
    });
    // After the page's own handlers above, so that what is kept is what they left on the page.
    main.addEventListener("input", keeping.keep);
    main.addEventListener("change", keeping.keep);
    $("kept-clear").addEventListener("click", keeping.clear);
    var narrow = null;
    window.addEventListener("resize", function () {
      Array.prototype.forEach.call(document.querySelectorAll("textarea"), CoprodControls.grow);
      var now = CoprodWeb.isCompact($("web"));
      if (now !== narrow) { narrow = now; refreshScores(); }
    });
    // The copies for paper follow their boxes, whatever filled them.
    ["beforeprint", "pageshow"].forEach(function (name) {
      window.addEventListener(name, function () { Array.prototype.forEach.call(document.querySelectorAll("textarea"), CoprodControls.grow); });
    });
    window.addEventListener("beforeunload", function (event) {
      if (!session.dirty) return undefined;
      event.preventDefault();
      event.returnValue = "";
      return "";
    });
  }

  wire();
  if (data.values) {
    var made = CoprodAssessment.read(data.values.text, framework, data.perspectives, data.mail_damage);
    apply({ identity: null, sections: data.values.sections, reflections: data.values.reflections,
            combined_from: data.values.combined_from,
            leading_comments: CoprodYaml.leadingComments(data.values.text.replace(/^\ufeff/, "")) });
    remember(made);
    var leftOut = made.problems.length ? "" : namesLeftOut(made.values);
    if (leftOut) status(leftOut.trim());
  } else {
    showIdentity();
  }
  keeping.start();
  refreshScores();

  window.coprodForm = {
    // Loads a file's text into the form, as Open does; returns {ok, problems}.
    loadYaml: function (text) { return openKept(String(text), null); },
    // Exactly the text Save writes; throws, saying why, when Save would refuse the form.
    toYaml: checkedYaml,
    // Each section's score as the page shows it.
    sectionScores: function () {
      return refreshScores().map(function (r) {
        return { id: r.id, score: r.score, scored: r.scored, not_applicable: r.notApplicable, rows: r.total };
      });
    },
    // Whether there are changes not yet saved.
    hasUnsavedChanges: function () { return session.dirty; }
  };
})();
