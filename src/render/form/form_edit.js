/* coprod form: changing values of a file's text in place, as
   src/yaml/tree_edit.cpp does for 'coprod score --set': each change replaces
   the characters of one value, found in the tree CoprodYaml.parse() made
   (inserting a line for a missing key, removing the lines of a removed one),
   so comments, quoting, blank lines and line endings stay as they were. The
   result is parsed again and compared with the tree expected (the old one
   with just those values changed); if anything else differs, or a change
   cannot be made in place, there is no result. */
"use strict";
var CoprodEdit = (function () {
  var REVIEWED = "# coprod: reviewed";

  function Refused() {}

  function isBlock(node) { return node.style === "literal" || node.style === "folded"; }
  function isNull(node) { return node.type === "scalar" && node.value === null; }
  function repeat(text, count) { return new Array(count + 1).join(text); }
  function copy(node) { return JSON.parse(JSON.stringify(node)); }
  function keyOf(path) { return path.join("\u0000"); }

  function find(map, key) {
    for (var i = 0; map.type === "map" && i < map.entries.length; i++) if (map.entries[i].key === key) return i;
    return -1;
  }

  function Editor(text, root) {
    this.text = text;
    this.expected = copy(root);
    this.replacements = [];
    this.changed = {};  // the form ("word" or "text") of each value changed, by its path
  }

  Editor.prototype.replace = function (begin, end, text, indent) {
    this.replacements.push({ begin: begin, end: end, text: text, indent: indent || 0, order: this.replacements.length });
  };

  Editor.prototype.lineStart = function (offset) { return offset === 0 ? 0 : this.text.lastIndexOf("\n", offset - 1) + 1; };
  Editor.prototype.nextLine = function (offset) {
    var newline = this.text.indexOf("\n", offset);
    return newline < 0 ? this.text.length : newline + 1;
  };

  // The line break ending the line that holds `offset`, or the one before it
  // on a last line without one: new lines take the break of the lines around them.
  Editor.prototype.lineBreakNear = function (offset) {
    var newline = this.text.indexOf("\n", offset);
    if (newline < 0 && offset > 0) newline = this.text.lastIndexOf("\n", offset - 1);
    return newline > 0 && this.text.charAt(newline - 1) === "\r" ? "\r\n" : "\n";
  };

  // The comment to keep on a changed value's line, blanks before it
  // included: as written, less a '# coprod: reviewed' mark when free text
  // changes, since the mark vouched for the old text only.
  function commentAfterChange(change, old) {
    var comment = old.comment || "";
    var mark = comment.indexOf(REVIEWED);
    if (change.form !== "text" || mark < 0 || change.value === (old.value === null ? "" : old.value)) return comment;
    return comment.slice(0, mark).replace(/[ \t]+$/, "");
  }

  Editor.prototype.written = function (change, old, keyIndent, lineBreak) {
    if (change.form === "word") return change.value;
    return CoprodYamlWriter.replacementValue(change.value, isNull(old) ? null : old, keyIndent + 2, lineBreak,
                                             commentAfterChange(change, old));
  };

  // As replace_value(): `old` replaced by `text` from `begin`, and the
  // comment on its line by `comment`: a block's comment stands after its |,
  // any other value's after the value. A new block takes the blanks after
  // the old value with it, which would otherwise end its last line.
  Editor.prototype.replaceValue = function (old, begin, text, comment) {
    var newBlock = /^\s*\|/.test(text);
    var newline = this.text.indexOf("\n", old.begin);
    var commentAfter = !isBlock(old) || newline < 0 || newline >= old.end;  // a block's comment is inside its range
    var commentChanges = comment !== old.comment;
    var end = old.end;
    if (old.comment && commentAfter && (newBlock || commentChanges)) end = old.end + old.comment.length;
    if (old.comment && !newBlock && (!commentAfter || commentChanges)) text += comment;
    if (newBlock && !old.comment) {
      var blanks = /^[ \t]*(?=\r|\n|$)/.exec(this.text.slice(end));
      if (blanks) end += blanks[0].length;
    }
    this.replace(begin, end, text);
  };

  // As clear(): a value emptied from just after its key's ':'; but a value
  // on a later line, below a comment, loses only its own lines.
  Editor.prototype.clear = function (entry, comment) {
    var value = entry.value;
    var rest = this.text.slice(value.end, this.nextLine(value.end));
    if (this.text.slice(entry.colon, value.begin).indexOf("#") < 0) this.replaceValue(value, entry.colon, "", comment);
    else if (!value.comment && rest.trim() === "") this.replace(this.lineStart(value.begin), this.nextLine(value.end), "");
    else this.replaceValue(value, value.begin, "", comment);
  };

  // As replace_flow(): a mapping or list written on one line ({...} or [...])
  // replaced by another written so; what it holds is what the new text reads as.
  Editor.prototype.replaceFlow = function (entry, change) {
    var value = entry.value;
    if (value.style !== "flow" || /[\r\n]/.test(change.value)) throw new Refused();
    var parsed = CoprodYamlText.flow(change.value, value.line, 0);
    if (parsed.end !== change.value.length) throw new Refused();
    this.replace(value.begin, value.end, change.value);  // a comment after it stays as it is
    entry.value = parsed.node;
    this.changed[keyOf(change.path)] = change.form;
  };

  Editor.prototype.changeEntry = function (parent, index, change) {
    var entry = parent.entries[index];
    var value = entry.value;
    if (change.value !== null && change.form === "flow") return this.replaceFlow(entry, change);
    if (change.value !== null && value.type !== "scalar") throw new Refused();
    if (change.value === null) {
      if (parent.style !== "block" || this.lineStart(entry.keyBegin) + entry.column !== entry.keyBegin) throw new Refused();
      this.replace(this.lineStart(entry.keyBegin), this.nextLine(value.end), "");
      parent.entries.splice(index, 1);
      return;
    }
    if (change.value === "") {
      if (isNull(value) && value.begin === value.end) return;
      this.clear(entry, commentAfterChange(change, value));
    } else {  // an empty value's range is just after the ':'
      var space = value.begin === value.end ? " " : "";
      this.replaceValue(value, value.begin, space + this.written(change, value, entry.column, this.lineBreakNear(value.begin)),
                        commentAfterChange(change, value));
    }
    this.set(entry, change);
  };

  // Where a new entry at `index` goes: after the last entry before it that
  // is in the file, else before the first that is.
  Editor.prototype.insertionPoint = function (parent, index) {
    for (var i = index - 1; i >= 0; i--) if (!parent.entries[i].added) return this.nextLine(parent.entries[i].value.end);
    for (var j = 0; j < parent.entries.length; j++) if (!parent.entries[j].added) return this.lineStart(parent.entries[j].keyBegin);
    return parent.end;
  };

  Editor.prototype.addEntry = function (holder, parent, change) {
    if (isNull(parent)) {
      if (!holder) throw new Refused();
      if (parent.end > parent.begin) this.replace(holder.colon, parent.end, "");  // a null word gives way to the lines below
      var start = this.nextLine(parent.end);
      parent = holder.value = { type: "map", entries: [], style: "block", begin: start, end: start, column: holder.column + 2 };
    }
    if (parent.type !== "map" || parent.style !== "block") throw new Refused();
    var index = 0;
    parent.entries.forEach(function (entry, i) { if (change.after.indexOf(entry.key) >= 0) index = i + 1; });
    var at = this.insertionPoint(parent, index);
    var indent = parent.entries.length ? parent.entries[0].column : parent.column;
    var lineBreak = this.lineBreakNear(at === 0 ? 0 : at - 1);
    var key = change.path[change.path.length - 1];
    var line = repeat(" ", indent) + key + ": " + this.written(change, { type: "scalar", value: null }, indent, lineBreak);
    // After a last line with no line break, each new line starts with one instead.
    if (at === this.text.length && this.text !== "" && this.text.charAt(this.text.length - 1) !== "\n") line = lineBreak + line;
    else line += lineBreak;
    this.replace(at, at, line, indent);
    var entry = { key: key, added: true };
    parent.entries.splice(index, 0, entry);
    this.set(entry, change);
  };

  // The entry's value as changed, where the old one was: a new entry goes after it.
  Editor.prototype.set = function (entry, change) {
    var old = entry.value || {};
    entry.value = { type: "scalar", value: change.value === "" ? null : change.value, style: "plain", begin: old.begin, end: old.end };
    this.changed[keyOf(change.path)] = change.form;
  };

  Editor.prototype.change = function (change) {
    var parent = this.expected;
    var holder = null;
    for (var i = 0; i + 1 < change.path.length; i++) {
      var index = find(parent, change.path[i]);
      if (index < 0) throw new Refused();
      holder = parent.entries[index];
      parent = holder.value;
    }
    if (parent.type === "map" && parent.style !== "block") throw new Refused();
    var at = find(parent, change.path[change.path.length - 1]);
    if (at >= 0) this.changeEntry(parent, at, change);
    else if (change.value) this.addEntry(holder, parent, change);  // clearing what is not there leaves it so
  };

  // By place; at one place, insertions first, the more indented first, then in the order made.
  Editor.prototype.editedText = function () {
    this.replacements.sort(function (a, b) {
      return a.begin - b.begin || (a.end !== a.begin) - (b.end !== b.begin) || b.indent - a.indent || a.order - b.order;
    });
    var out = "";
    var cursor = 0;
    for (var i = 0; i < this.replacements.length; i++) {
      var replacement = this.replacements[i];
      if (replacement.begin < cursor) throw new Refused();  // two changes overlap
      out += this.text.slice(cursor, replacement.begin) + replacement.text;
      cursor = replacement.end;
    }
    return out + this.text.slice(cursor);
  };

  // The same values as expected; changed values may be written in any style
  // (free text) or must be unquoted (words), and the others are written as before.
  Editor.prototype.same = function (expected, actual, path) {
    if (!actual || expected.type !== actual.type) return false;
    var changed = this.changed[keyOf(path)];
    if (expected.type === "scalar") {
      if (expected.value !== actual.value) return false;
      if (changed === "word") return actual.style === "plain";
      return changed === "text" || (expected.style === actual.style && expected.comment === actual.comment);
    }
    if (expected.style !== actual.style) return false;
    var self = this;
    if (expected.type === "seq") {
      return expected.items.length === actual.items.length && expected.items.every(function (item, i) {
        return item === null ? actual.items[i] === null : self.same(item, actual.items[i], path.concat([String(i)]));
      });
    }
    return expected.entries.length === actual.entries.length && expected.entries.every(function (entry, i) {
      return entry.key === actual.entries[i].key && self.same(entry.value, actual.entries[i].value, path.concat([entry.key]));
    });
  };

  // The text with every change made (each {path, value, form, after}: the
  // keys from the top; the new value, "" to empty it or null to remove the
  // entry; "word" to write it as it is, "text" for free text, or "flow" for a
  // mapping or list on one line in place of one written so; the keys a
  // missing entry goes after), or null when that cannot be done in place.
  function changeValues(text, root, changes) {
    var editor = new Editor(text, root);
    var edited;
    try {
      changes.forEach(function (change) { editor.change(change); });
      edited = editor.editedText();
      return editor.same(editor.expected, CoprodYaml.parse(edited), []) ? edited : null;
    } catch (error) {
      if (error instanceof Refused || error instanceof CoprodYaml.YamlError) return null;
      throw error;
    }
  }

  return { changeValues: changeValues };
})();
