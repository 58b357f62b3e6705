/* coprod form: what the page does with the answers kept in this browser on this device (CoprodKeptAnswers):
   keeps them as they are typed, puts back those kept on an earlier visit, keeps them as saved when the person
   asks after Save (CoprodKeepToo), forgets them on Save, Open and "Clear answers on this device",
   and says in the introduction whether this browser keeps them at all. */
var CoprodKeeping = (function () {
  var $ = CoprodControls.$;

  // What the introduction says of where the answers are kept (and, in a form for one person's response, the
  // names Save gave: CoprodSavedNames), and the buttons that clear them.
  function showNote(keeping, individual) {
    $("kept-note").hidden = !keeping;
    $("kept-names-note").hidden = !keeping || !individual;
    $("kept-none").hidden = keeping;
    Array.prototype.forEach.call(document.querySelectorAll("[data-action=clear-kept]"), function (button) {
      button.hidden = !keeping;
    });
  }

  // What is on the page to keep: every box and choice, and the names a response was saved under.
  function onPage() {
    return { controls: CoprodKeptAnswers.controlsIn($("main")), names: CoprodResponses.names() };
  }

  // The answers kept for the form of `data` (its text `dataText`). `session` is the page's state its parts share
  // (form.js): whether there are changes not saved (`dirty`) and the file opened (`openedFile`). `page` is what
  // putting answers back needs of the rest of the page: load(text, name) opens a file's text as Open does,
  // choosePeriod() scores a file opened for the period chosen on the page, and noteNames() says under each box
  // where it names a person, and refreshScores() shows the scores and the web for what is on the page.
  function make(data, dataText, session, page) {
    var kept = CoprodKeptAnswers.make(data, dataText);
    var stopTakingLate = function () {};  // answers kept late are put back until the person changes something

    function stopTaking() { stopTakingLate(); }

    // Keeps what is on the page, once it differs from the file saved or opened; says so where the browser
    // refuses (its storage full, or turned off since the page opened).
    function keep() {
      stopTakingLate();
      if (session.dirty) CoprodKeepToo.offer(null);
      if (!session.dirty || !kept.available) return;
      if (!kept.write(onPage(), session.openedFile)) showNote(false);
    }

    // "Keep my answers on this device too", under Save's message: the answers kept with the name Save gave.
    function keepToo() {
      CoprodKeepToo.take(function (savedAs) {
        var answers = onPage();
        return kept.write({ controls: answers.controls, names: answers.names, savedAs: savedAs }, session.openedFile);
      });
    }

    // The answers kept from an earlier visit, put back as they were: the file then opened first (for Save to
    // change it in place, and for the values the page has no control for), then every box and choice. Answers
    // kept as saved ("Keep my answers on this device too") are what that file holds, so they count as saved.
    // They are not taken as the person's own (CoprodResponses.restoring()): the note says when they were kept,
    // by this device's clock (on the page only, never in a file), and offers to clear them.
    function restore(earlier) {
      if (earlier.file && !page.load(earlier.file.text, earlier.file.name).ok) CoprodMessages.hideProblems();
      var main = $("main"), ticked = earlier.controls.ticked || [];
      CoprodKeptAnswers.tickIn(main, ticked);
      CoprodResponses.restoring(earlier.names, earlier.savedAs, ticked.indexOf("whose-answers-mine") >= 0,
                                (data.identity || {}).perspective);
      page.choosePeriod();
      CoprodKeptAnswers.typeIn(main, earlier.controls.values || {});
      page.noteNames();
      CoprodMessages.clearStatus();
      session.dirty = !earlier.savedAs;
      $("kept-restored-text").textContent = restoredWords(earlier);
      $("kept-restored").hidden = false;
    }

    // What the note over answers put back says: when they were kept, and what to do if they are not yours.
    function restoredWords(earlier) {
      var when = CoprodKeptAnswers.when(earlier.keptAt);
      return (earlier.savedAs ? "These answers were saved as " + earlier.savedAs + " and kept in this browser on " + when + "."
                              : "These answers were kept in this browser on this device, last changed on " + when + ".") +
             " If they are not yours, press \"Clear answers on this device\" to start with an empty form.";
    }

    // As the page opens: the introduction says whether this browser keeps the answers, and any kept are put
    // back, also those the browser's store has only a moment later (see CoprodKeptAnswers' onKeptElsewhere).
    function start() {
      showNote(kept.available, (data.identity || {}).perspective === "individual");
      var earlier = kept.read();
      if (earlier) {
        restore(earlier);
        return;
      }
      stopTakingLate = kept.onKeptElsewhere(function (late) {
        restore(late);
        page.refreshScores();
      });
    }

    // "Clear answers on this device" (over answers put back, and by Save): the copy in this browser is forgotten, with the names of
    // the responses saved from this form (CoprodSavedNames), and the page opens again as it came.
    function clear() {
      if (!window.confirm("Clear your answers from this page and from this browser? A file you saved is not changed.")) return;
      kept.forget();
      CoprodSavedNames.forget();
      session.dirty = false;
      window.location.reload();
    }

    // Save: once saved, the answers are in the file, so the browser keeps no copy of them and nothing is left
    // on a shared computer (a change typed afterwards is kept again), unless the person asks it to keep one.
    // Returns whether the copy was forgotten.
    function forgetSaved() {
      var forgotten = kept.available && kept.forget();
      if (forgotten) $("kept-restored").hidden = true;
      return forgotten;
    }

    // Open (and loadYaml()): the file opened replaces what was on the form, so the browser's copy of that goes
    // too; the next change keeps the file with it.
    function forgetOpened() {
      if (!kept.available) return;
      kept.forget();
      $("kept-restored").hidden = true;
    }

    return { keep: keep, keepToo: keepToo, start: start, clear: clear, forgetSaved: forgetSaved,
             forgetOpened: forgetOpened, stopTakingLate: stopTaking };
  }

  return { make: make };
})();
