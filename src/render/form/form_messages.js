/* coprod form: what the page says: a field's own message and invalid mark,
   the summary of problems at the top that links to each field, and the
   message under the row of buttons last used (Save, Copy, Open). */
var CoprodMessages = (function () {
  var $ = CoprodControls.$;

  // What a screen reader should call invalid: a box, or each radio of a group.
  function invalidControls(field) {
    if (field.tagName === "INPUT") return [field];
    return Array.prototype.slice.call(field.querySelectorAll("input"));
  }

  function clearFieldErrors() {
    Array.prototype.forEach.call(document.querySelectorAll(".error-message"), clearFieldError);
  }

  function clearFieldError(message) {
    message.hidden = true;
    message.textContent = "";
    var field = $(message.id.replace(/-error$/, ""));
    if (!field) return;
    invalidControls(field).forEach(function (control) { control.removeAttribute("aria-invalid"); });
    (field.closest(".field") || field).classList.remove("has-error");
    var described = (field.getAttribute("aria-describedby") || "").split(" ").filter(function (d) { return d && d !== message.id; });
    if (described.length) field.setAttribute("aria-describedby", described.join(" ")); else field.removeAttribute("aria-describedby");
  }

  function showFieldError(problem) {
    var message = $(problem.field + "-error");
    var field = $(problem.field);
    if (!message || !field) return;
    message.textContent = problem.text;
    message.hidden = false;
    (field.closest(".field") || field).classList.add("has-error");
    invalidControls(field).forEach(function (control) { control.setAttribute("aria-invalid", "true"); });
    var described = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    described.push(message.id);
    field.setAttribute("aria-describedby", described.join(" "));
  }

  // A list of problems (a Save, Copy or Open refused) replaces what the last Save, Copy or Open said under
  // the buttons, which no longer holds ("Opened ..." above "... could not be opened"): the list says why.
  function showProblems(title, problems) {
    clearStatus();
    var summary = $("error-summary");
    var list = $("error-summary-list");
    $("error-summary-title").textContent = title;
    while (list.firstChild) list.removeChild(list.firstChild);
    problems.forEach(function (problem) {
      var item = document.createElement("li");
      if (problem.field) {
        var link = document.createElement("a");
        link.href = "#" + (problem.focus || problem.field);
        link.textContent = problem.text;
        link.addEventListener("click", function (event) {
          event.preventDefault();
          var target = $(problem.focus || problem.field);
          target.scrollIntoView({ block: "center" });
          target.focus();
        });
        item.appendChild(link);
      } else {
        item.textContent = problem.text;
      }
      list.appendChild(item);
    });
    summary.hidden = false;
    summary.focus();
  }

  function hideProblems() { $("error-summary").hidden = true; }

  // Each row of buttons has its message box under it: what Save, Copy or
  // Open says is shown next to the button used, not a page away from it.
  var statusBox = "status";

  function useStatusBox(id) { statusBox = id; }
  function currentStatusBox() { return statusBox; }

  var saying = null;

  function clearStatus() {
    window.clearTimeout(saying);
    ["status", "status-bottom"].forEach(function (id) { $(id).textContent = ""; });
  }

  // `text`: the words, or a list of words and elements (a link) to say in turn.
  function status(text) {
    var box = $(statusBox);
    clearStatus();
    saying = window.setTimeout(function () {  // so screen readers announce a repeat
      (Array.isArray(text) ? text : [text]).forEach(function (part) {
        box.appendChild(typeof part === "string" ? document.createTextNode(part) : part);
      });
      box.scrollIntoView({ block: "nearest" });
    }, 50);
  }

  return { clearFieldErrors: clearFieldErrors, clearFieldError: clearFieldError, showFieldError: showFieldError,
           showProblems: showProblems, hideProblems: hideProblems, useStatusBox: useStatusBox, statusBox: currentStatusBox, status: status,
           clearStatus: clearStatus };
})();
