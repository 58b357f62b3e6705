/* coprod form: Save and "Copy the text". Each gives out the text Save writes (CoprodWriter.savedText(), through
   the page's toYaml()) after Save's checks (CoprodChecks), asks first before it gives out a response with
   nothing filled in, and says what it did and what to do with the file. Save hands the file to the browser to
   download, then forgets the browser's copy of the answers and offers to keep one after all (CoprodKeepToo); a
   response's name is remembered on this device (CoprodSavedNames). Saved again under a name, it says which file
   to use, as the browser may have kept both. */
var CoprodSave = (function () {
  var status = CoprodMessages.status;

  // A textarea selected and copied, where the browser has no clipboard for this page; whether it copied.
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

  // Save and Copy for the page: `form` is what Save's checks need of it (CoprodChecks), `data` the page's data,
  // rows() how many rows have a score now (CoprodScores.rowsCounted()), and saved() is called once the file is
  // handed to the browser: it returns whether the browser's copy of the answers was forgotten.
  function make(form, data, rows, saved) {
    var savedThisVisit = [];  // the names Save gave on this page

    function isIndividual() { return form.identity().perspective === "individual"; }

    // Whether a file of this name may be in the downloads folder already: one saved on this page, or from this
    // form on this device (CoprodSavedNames), or the file opened. A browser does not write over it: it keeps
    // both and adds a number to the new one's name, which the page cannot see.
    function savedBefore(name) {
      return savedThisVisit.indexOf(name) >= 0 || CoprodSavedNames.known(name) || CoprodResponses.names().opened === name;
    }

    function fileName() {
      var who = form.identity();
      if (who.perspective === "individual") return CoprodResponses.fileName();
      return (who.period || "assessment") + "-" + (who.perspective || "scores") + ".coprod.yaml";
    }

    function readyToSave() {
      CoprodChecks.writeDatesInFull(form);
      CoprodMessages.clearFieldErrors();
      var problems = CoprodChecks.check(form);
      if (problems.length) {
        problems.forEach(CoprodMessages.showFieldError);
        CoprodMessages.showProblems("There is a problem", problems);
        return false;
      }
      CoprodMessages.hideProblems();
      return true;
    }

    // One person's response with nothing filled in would not count when
    // everyone's are combined: Save asks first, and says so.
    function blankResponse(text) {
      if (!isIndividual()) return false;
      var read = CoprodAssessment.read(text, form.framework, data.perspectives, data.mail_damage);
      return !read.problems.length && !CoprodResponses.hasAnswers(read.values);
    }

    // What Save says, as CoprodMessages.status() takes it (words and a link); where it forgot the browser's copy,
    // it ends with the offer to keep one after all, on a line of its own, just above the button that takes it.
    function savedMessage(name, blank, forgotten, again) {
      return [].concat(savedWords(name, blank, forgotten, again), forgotten ? ["\n\n" + CoprodKeepToo.WORDS] : []);
    }

    function savedWords(name, blank, forgotten, again) {
      var saved = "Saved as " + name + " in your downloads folder. " + (again ? savedAgainWords(blank) : "") +
                  (forgotten ? "This browser no longer keeps a copy of your answers. " : "");
      if (blank) {
        return saved + "Nothing is filled in on it yet, so it will not count as a response: open it later to fill " +
               "it in, then save it again and send that file to the person who asked you to fill in the form.";
      }
      // One person's response goes to whoever asked for it; a group's own assessment stays with its other files
      // (the facilitator filling it in is often the one who keeps them).
      var individual = isIndividual();
      var passOn = individual ? "send it to the person who asked you to fill in the form."
                              : "keep it with the group's other assessment files, or give it to whoever keeps them.";
      var counted = rows();
      var left = CoprodRowsToScore.leftWords(form.framework, counted);
      if (left.length) {
        return [saved + "You have scored " + CoprodScores.rowsScoredWords(form.framework, counted, "") + "; "].concat(
          left, [". You can open this file later to carry on. When you have finished, " + passOn]);
      }
      return saved + (individual ? "Keep it to carry on later with Open, or " + passOn
                                 : "Keep it with the group's other assessment files, or give it to whoever keeps " +
                                   "them; you can change it later with Open.");
    }

    // A file of the same name saved before: which of the two to use.
    function savedAgainWords(blank) {
      var use = blank ? "open next time" : isIndividual() ? "send" : "keep";
      return "A file of that name may be there already: if so, your browser keeps both and adds a number to the " +
             "new one's name, such as (1). The newest file, with the highest number, is the one to " + use + ". ";
    }

    // Save and Copy ask the same before they give out a blank response, and
    // say the same when the answer is no: false if the person said no.
    function blankAgreed(blank, what, doing, done, button) {
      if (!blank || window.confirm("Nothing is filled in on this form yet, so the " + what + " would be empty and " +
                                   "would not count as a response when everyone's answers are put together. " +
                                   doing + " it anyway?")) {
        return true;
      }
      status("Not " + done + ": nothing is filled in yet. Choose a score for at least one " +
             CoprodRowWords.one(form.framework) + ", then press " +
             button + ".");
      return false;
    }

    function save() {
      if (!readyToSave()) return;
      var text = form.toYaml();
      var blank = blankResponse(text);
      if (!blankAgreed(blank, "file", "Save", "saved", "Save")) return;
      var blob = new Blob([text], { type: "text/yaml;charset=utf-8" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = fileName();
      var again = savedBefore(link.download);
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      savedThisVisit.push(link.download);
      if (isIndividual()) CoprodSavedNames.remember(link.download);
      var forgotten = saved();
      status(savedMessage(link.download, blank, forgotten, again));
      CoprodKeepToo.offer(forgotten ? link.download : null);
    }

    function copy() {
      if (!readyToSave()) return;
      var text = form.toYaml();
      var blank = blankResponse(text);
      if (!blankAgreed(blank, "text", "Copy", "copied", "\"Copy the text\"")) return;
      text = CoprodWriter.copiedText(text, fileName(), isIndividual());
      var copied = "The text of the file is copied. Paste it into an e-mail or into a file named " + fileName() +
                   ", with its first lines, which say what to do with it." +
                   (blank ? " Nothing is filled in on it yet, so it will not count as a response: fill in the " +
                            "form, then copy it again." : "");
      var failed = "This browser did not allow copying. Use Save instead.";
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { status(copied); },
                                                 function () { status(copyFallback(text) ? copied : failed); });
      } else {
        status(copyFallback(text) ? copied : failed);
      }
    }

    return { save: save, copy: copy };
  }

  return { make: make };
})();
