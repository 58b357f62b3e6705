/* coprod form: one person's response (perspective individual): the name
   Save gives it, and what the page says or asks when a file opened is one. */
var CoprodResponses = (function () {
  var $ = CoprodControls.$;
  // The form's name for a response, with any copy marks a browser, a file manager or an operating system
  // adds before either extension, as 'coprod combine' reads them (analysis/response_file_name.cpp).
  var COPY_MARK = "(?: ?\\(\\d+\\)|-\\d+| \\d+| - copy(?: \\(\\d+\\))?| copy(?: \\d+)?| \\((?:another |\\d+(?:st|nd|rd|th) )?copy\\))";
  var RESPONSE_NAME = new RegExp("^(response-[0-9a-f]{8})(?:" + COPY_MARK + ")*\\.coprod(?:" + COPY_MARK + ")*\\.yaml$", "i");
  var NEW_NAME = /^response-[0-9a-f]{8}\.coprod\.yaml$/;
  var NO_CHOICE_FITS = "The file you opened is one person's own response. This form is for the view of the organisation " +
    "or of the co-production peer network, so it cannot save one person's response. To carry on with the response, " +
    "open the file in the form you were sent to fill it in. To use its answers for the organisation or the peer " +
    "network instead, choose which below.";

  var newName = "response-" + randomHex() + ".coprod.yaml";  // chosen when the page opens
  var opened = null;  // the name of a response opened: the form's without copy marks, or the file's own
  var own = false;  // whether the response opened is one this page saved: the person's own, not asked about
  var restored = false;  // whether `opened` is the name of answers put back from an earlier visit, not a file opened

  function randomHex() {
    var bytes = new Uint8Array(4);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  // The name Save gives a response: the one opened, if it is the person's own.
  function fileName() { return opened && (own || CoprodControls.chosen("whose-answers") === "mine") ? opened : newName; }

  // Whether a response's name (copy marks taken off) is this page's own new name: a file of that name was
  // saved from this page in this visit, not someone else's. A file renamed
  // by hand is asked about, even once saved here: another person's could have been given the same name.
  function isOwn(name) { return name === newName; }

  // The names a page kept in this browser (CoprodKeptAnswers) carries over to the same form opened again.
  function names() { return { newName: newName, opened: opened }; }

  // Answers put back from an earlier visit on this device (CoprodKeeping) are never taken as the person's own:
  // on a shared computer they may be another person's, and "My own" taken for them would save over that
  // person's file, so that 'coprod combine' took this person's answers for their newer save. `kept` holds the
  // names kept with them, `savedAs` the name Save gave them where they were kept as saved ("Keep my answers on
  // this device too"), and `choseMine` whether "My own" was chosen for the file opened then. Where the name
  // the earlier page would have saved under may be a file already (saved, or opened), the page asks whose
  // answers they are, as Open does, with no answer chosen, and the note says where the name was saved from
  // this form on this device (CoprodSavedNames): "My own" saves under that name, "Someone else's" under this
  // page's new one. Where it cannot be (nothing saved or opened yet), the answers keep the name they had, so a
  // reload before the first Save does not make a second person. Returns "known", "ask" or "" as opening() does.
  function restoring(kept, savedAs, choseMine, perspective) {
    if (!kept) return "";
    var keptOpened = typeof kept.opened === "string" && kept.opened ? kept.opened : null;
    var keptNew = NEW_NAME.test(kept.newName || "") ? kept.newName : newName;
    var earlier = keptOpened && (keptOpened === keptNew || choseMine) ? keptOpened : keptNew;
    var known = CoprodSavedNames.known(earlier);
    own = false;
    restored = earlier === keptOpened || earlier === savedAs || known;
    if (!restored) {
      newName = keptNew;
      opened = null;
    } else {
      opened = earlier;
    }
    var question = $("whose-answers");
    if (!question) return "";
    Array.prototype.forEach.call(question.querySelectorAll("input"), function (radio) { radio.checked = false; });
    question.hidden = !asksWhoseAnswers(perspective);
    if (question.hidden) return "";
    question.querySelector("legend").textContent = "Whose answers are on this page, from the file " + earlier + "?";
    $("whose-answers-known").hidden = !known;
    question.setAttribute("aria-describedby", "whose-answers-hint" + (known ? " whose-answers-known" : ""));
    var notice = $("kept-restored");
    notice.parentNode.insertBefore(question, notice.nextSibling);
    return known ? "known" : "ask";
  }

  // Whether the question whose answers asks of answers put back from an earlier visit, not of a file opened.
  function asksOfRestored() { return restored && asksWhoseAnswers("individual"); }

  // A response opened (response-<random>.coprod.yaml) may be the person's
  // own, to carry on, or someone else's, to start from, and only they can
  // say: the page asks, with no answer chosen for them. Their own saves under
  // its own name again (without a browser's " (1)"), as under a new name the
  // earlier file would count as another person's. A response renamed by hand
  // ("my answers.yaml") is asked about too, and the person's own saves under
  // the name it was opened with: under a new one, 'coprod combine' would count
  // it as a second person. Someone else's saves under
  // this page's own new name, as under the same name 'coprod combine' takes
  // the two people's files for one person's two saves and refuses them.
  // A file of this page's own name (isOwn) is not asked about: no one else
  // has it, and it saves under that name again. A response of a name saved
  // from this form on this device (CoprodSavedNames), such as yesterday's, is
  // asked about with no answer chosen too, and the note under the question
  // says where it was saved: on a shared computer it may be another person's,
  // and "My own" kept by mistake would save over their name, so 'coprod
  // combine' would take this person's answers for their newer save and lose
  // theirs. The question is put just under what Open says, so it is asked at
  // once, before anything is typed, not only when Save refuses. Returns "ask"
  // where the page asks, "known" where it asks of a name saved on this
  // device, and "" where it does not ask.
  function opening(name, perspective) {
    var match = RESPONSE_NAME.exec(name || "");
    opened = match ? match[1].toLowerCase() + ".coprod.yaml" : name || null;
    own = opened !== null && isOwn(opened);
    restored = false;
    var question = $("whose-answers");
    if (!question) return "";
    var known = CoprodSavedNames.known(opened);
    Array.prototype.forEach.call(question.querySelectorAll("input"), function (radio) { radio.checked = false; });
    question.querySelector("legend").textContent = "Whose answers are in " + name + ", the file you opened?";
    question.hidden = !asksWhoseAnswers(perspective);
    $("whose-answers-known").hidden = !known;
    question.setAttribute("aria-describedby", "whose-answers-hint" + (known ? " whose-answers-known" : ""));
    if (question.hidden) return "";
    placeUnderMessage(question);
    return known ? "known" : "ask";
  }

  // Puts the question just under the message box of the buttons used (CoprodMessages), below the offer to
  // keep the answers (hidden once a file is opened), so it is read straight after "Opened ...".
  function placeUnderMessage(question) {
    var offer = $(CoprodMessages.statusBox() === "status" ? "kept-offer" : "kept-offer-bottom");
    offer.parentNode.insertBefore(question, offer.nextSibling);
  }

  function asksWhoseAnswers(perspective) {
    return opened !== null && !own && !!$("whose-answers") && perspective === "individual";
  }

  // Whether the file opened is one this page saved, taken as the person's own without asking.
  function openedOwn() { return opened !== null && own; }

  // A form that asks whose view offers the organisation and the peer
  // network, not one person's response (a form made for responses saves
  // those): a response opened here ticks neither. A form made for one view
  // shows and keeps the view a file opened records. Either way the note under whose view says at
  // once, in its live region, what the file is and what to do. Emptied
  // first, so opening such a file again is announced again. `madeFor`: the
  // view the form is for, or null where it asks; `titles`: each view's words
  // ("organisation"). Returns whether it says so.
  function noteOtherView(fileView, madeFor, titles) {
    var note = $("perspective-note");
    var text = madeFor === null ? (fileView === "individual" ? NO_CHOICE_FITS : "")
                                : fileView !== madeFor ? otherView(fileView, madeFor, titles) : "";
    if (!note || !text) { clearChoiceNote(); return false; }
    note.textContent = "";
    window.setTimeout(function () { note.textContent = text; }, 50);
    return true;
  }

  // What the note under whose view says in a form made for one view
  // (`madeFor`) of a file opened that records another (`fileView`): the
  // file keeps its own view, and Save keeps it so.
  function otherView(fileView, madeFor, titles) {
    function view(id) { return id === "individual" ? "one person's own response" : "the " + titles[id] + "'s view"; }
    return "The file you opened " + (fileView === "individual" ? "is " : "records ") + view(fileView) + ", not " +
      view(madeFor) + ", which this form was made for. Save keeps it as " + view(fileView) + ". To " +
      (madeFor === "individual" ? "write your own response" : "fill in " + view(madeFor)) +
      " instead, open this form again without opening a file.";
  }

  // Whether a file's values (CoprodAssessment.read()) hold anything a person
  // filled in: a score or n/a, text, a date, a sign seen or not. 'coprod
  // combine' leaves a response without any out, as no one's answers
  // (analysis::has_answers(), by the same rule).
  function hasAnswers(values) {
    function written(text) { return typeof text === "string" && text !== ""; }
    function given(flag) { return flag === true || flag === false; }
    var reflections = values.reflections || {};
    if (Object.keys(reflections).some(function (key) { return written(reflections[key]); })) return true;
    return Object.keys(values.sections || {}).some(function (id) {
      var section = values.sections[id];
      if (written(section.completed_by) || section.last_completed || written(section.notes)) return true;
      return Object.keys(section.rows || {}).some(function (row) {
        var r = section.rows[row];
        return written(r.score) || written(r.evidence) || given(r.indicator_seen) || given(r.warning_seen);
      });
    });
  }

  function clearChoiceNote() { if ($("perspective-note")) $("perspective-note").textContent = ""; }

  return { fileName: fileName, names: names, restoring: restoring, opening: opening, asksOfRestored: asksOfRestored,
           asksWhoseAnswers: asksWhoseAnswers, openedOwn: openedOwn, noteOtherView: noteOtherView, clearChoiceNote: clearChoiceNote, hasAnswers: hasAnswers };
})();
