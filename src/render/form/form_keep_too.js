/* coprod form: after Save, the offer to keep the answers on this device after all, for a person's own phone
   or computer. Save forgets the browser's copy (CoprodKeptAnswers), so that nothing is left on a shared
   computer for the next person; its message then ends with the offer (WORDS), and the button "Keep my
   answers on this device too" under it keeps them with the name Save gave, so the form opened again puts
   them back and saves under that name again. The offer is made for the Save just pressed only: anything
   changed or opened afterwards withdraws it. */
var CoprodKeepToo = (function () {
  var $ = CoprodControls.$;
  var WORDS = "If this is your own phone or computer, you can keep a copy of your answers on it too, so that " +
              "this form opens with them next time.";
  var offeredFor = null;  // the name Save gave the answers offered, or null

  // Shows the button under the message box in use (CoprodMessages), for answers Save gave the name `savedAs`;
  // null hides it. The box scrolls into sight a moment after its message (CoprodMessages.status), so the
  // button is in sight too.
  function offer(savedAs) {
    offeredFor = savedAs;
    var box = CoprodMessages.statusBox() === "status" ? "kept-offer" : "kept-offer-bottom";
    ["kept-offer", "kept-offer-bottom"].forEach(function (id) { $(id).hidden = !savedAs || id !== box; });
    if (savedAs) window.setTimeout(function () { $(box).scrollIntoView({ block: "nearest" }); }, 60);
  }

  // The button pressed: `keep(savedAs)` keeps the answers in the browser under that name and returns whether
  // the browser did; what happened is said in the message box. The button goes, so the focus it had moves to
  // the Save button above the message, not to the top of the page.
  function take(keep) {
    var savedAs = offeredFor;
    if (!savedAs) return;
    var focused = document.activeElement && document.activeElement.getAttribute("data-action") === "keep-too";
    var save = document.querySelector((CoprodMessages.statusBox() === "status" ? "#actions-top" : "#actions-bottom") +
                                      " [data-action=save]");
    offer(null);
    if (focused) save.focus({ preventScroll: true });
    if (!keep(savedAs)) {
      CoprodMessages.status("This browser did not keep a copy, so open " + savedAs + " with \"Open a saved file\" " +
                            "to carry on.");
      return;
    }
    CoprodMessages.status("Your answers are kept on this device too: open this form again in this browser to carry " +
                          "on, and Save then gives the file the same name, " + savedAs + ", so it counts once (your " +
                          "browser may keep the earlier file too and add a number to the new one's name: send the " +
                          "newest). On a shared computer, press \"Clear answers " +
                          "on this device\" when you finish.");
  }

  return { WORDS: WORDS, offer: offer, take: take };
})();
