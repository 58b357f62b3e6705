/* coprod form: reading and setting the page's controls by their ids (rI-J
   for row J of section I, sI- for a section's own fields). Values go in only
   as a control's value or a radio's tick, never as markup. */
var CoprodControls = (function () {
  function $(id) { return document.getElementById(id); }

  function rowId(i, j) { return "r" + i + "-" + j; }

  // The value of the radio ticked in a group, or "" if none is.
  function chosen(name) {
    var checked = document.querySelector('input[name="' + name + '"]:checked');
    return checked ? checked.value : "";
  }

  function scoreOf(i, j) { return chosen(rowId(i, j) + "-score"); }

  function setScore(i, j, value) {
    var radios = document.querySelectorAll('input[name="' + rowId(i, j) + '-score"]');
    Array.prototype.forEach.call(radios, function (radio) { radio.checked = radio.value === value; });
  }

  function valueOf(id) { var field = $(id); return field ? field.value : ""; }
  function setValue(id, value) { var field = $(id); if (field) { field.value = value || ""; grow(field); } }

  // A text box grows to show all its text; its copy for paper (.print-text) follows it, left empty while the
  // box holds just the earlier period's text that paper prints above it (data-earlier, see CoprodCarried).
  function grow(field) {
    if (field.tagName !== "TEXTAREA") return;
    field.style.height = "auto";
    if (field.scrollHeight > field.clientHeight) field.style.height = (field.scrollHeight + 4) + "px";
    var copy = field.nextElementSibling;
    var earlier = field.getAttribute("data-earlier");
    if (copy && copy.classList.contains("print-text")) copy.textContent = field.value === earlier ? "" : field.value;
    // On paper a row or a section's details are kept on one page, unless the text would fill most of one.
    var block = field.closest(".row, .section-details");
    if (block) block.classList.toggle("runs-on", field.value.split("\n").length > 30 || field.value.length > 3000);
  }

  // The field a control belongs to: a radio's group, or the box itself.
  function fieldOf(control) {
    return control.type === "radio" ? control.closest("fieldset") || control : control;
  }

  return { $: $, rowId: rowId, chosen: chosen, scoreOf: scoreOf, setScore: setScore, valueOf: valueOf,
           setValue: setValue, grow: grow, fieldOf: fieldOf };
})();
