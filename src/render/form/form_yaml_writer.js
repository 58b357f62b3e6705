/* coprod form: writing YAML text, as coprod writes it: a port of
   src/yaml/scalar_writer.cpp (values, quoted or as a block only when they
   need it, in the style they were written in when they can be) and of the
   comment wrapping of src/yaml/assessment_writer.cpp, so the form saves the
   bytes coprod writes. */
"use strict";
var CoprodYamlWriter = (function () {
  var RESERVED = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "nan", "inf"];

  function repeat(text, count) { var out = ""; for (var i = 0; i < count; i++) out += text; return out; }

  function isControl(code) { return code < 0x20 || code === 0x7f; }

  // NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR: YAML 1.1 readers break the line there.
  var UNICODE_BREAKS = { "\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029" };
  function hasUnicodeBreak(text) { return /[\u0085\u2028\u2029]/.test(text); }

  function trim(text) { return text.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, ""); }

  function canBeSingleQuoted(text) {
    if (text === "" || text !== trim(text) || hasUnicodeBreak(text)) return false;
    for (var i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return false;
    return true;
  }

  function canBePlain(text) {
    if (!canBeSingleQuoted(text)) return false;
    var lower = text.toLowerCase();
    if (lower.charAt(0) === ".") lower = lower.slice(1);
    if (RESERVED.indexOf(lower) >= 0) return false;
    if ("-?:,[]{}#&*!|>'\"%@`+.0123456789".indexOf(text.charAt(0)) >= 0) return false;
    return text.indexOf(": ") < 0 && text.indexOf(" #") < 0 && text.charAt(text.length - 1) !== ":";
  }

  function doubleQuoted(text) {
    var out = '"';
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      var code = text.charCodeAt(i);
      if (Object.prototype.hasOwnProperty.call(UNICODE_BREAKS, c)) out += UNICODE_BREAKS[c];
      else if (c === '"') out += '\\"';
      else if (c === "\\") out += "\\\\";
      else if (c === "\n") out += "\\n";
      else if (c === "\t") out += "\\t";
      else if (isControl(code)) out += "\\x" + (code < 16 ? "0" : "") + code.toString(16);
      else out += c;
    }
    return out + '"';
  }

  function singleQuoted(text) { return "'" + text.replace(/'/g, "''") + "'"; }

  // As can_be_literal_block(): the first line with text must not start with
  // a space, since YAML takes the block's indentation from it.
  function canBeLiteralBlock(text) {
    var firstText = text.replace(/^\n+/, "");
    if (firstText === "" || firstText.charAt(0) === " " || text.charAt(text.length - 1) === "\n") return false;
    if (hasUnicodeBreak(text)) return false;
    var lines = text.split("\n");
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i];
      var last = line.charAt(line.length - 1);
      if (line !== "" && (last === " " || last === "\t")) return false;
      for (var j = 0; j < line.length; j++) {
        var code = line.charCodeAt(j);
        if ((code < 0x20 && code !== 9) || code === 0x7f) return false;
      }
    }
    return true;
  }

  function scalar(text) { return canBePlain(text) ? text : doubleQuoted(text); }

  function isBlock(style) { return style === "literal" || style === "folded"; }

  // As replacement_value(): free text written in place of a value written
  // in `previous` style ({style, chomp} of CoprodYaml.parse(), or null for
  // none), keeping that style when the text reads back exactly in it. A
  // block's lines are indented by `indent` and end with `lineBreak`;
  // `blockComment` (the comment on the old value's line, with the blanks
  // before it) goes after its |. A block that kept its last line break (| or
  // > without -) stays so for text that ends with one, as a person editing it
  // in a text box leaves it; coprod writes any text ending in one line break
  // as a | block (it does not record how a block ends).
  function replacementValue(text, previous, indent, lineBreak, blockComment) {
    var style = previous ? previous.style : "plain";
    if (isBlock(style) || text.indexOf("\n") >= 0) {
      var clipped = isBlock(style) && previous.chomp === "" && /[^\n]\n$/.test(text);
      var lines = clipped ? text.slice(0, -1) : text;
      if (canBeLiteralBlock(lines)) {
        var out = (clipped ? "|" : "|-") + blockComment;
        lines.split("\n").forEach(function (line) { out += lineBreak + (line === "" ? "" : repeat(" ", indent) + line); });
        return out;
      }
    }
    if (style === "single" && canBeSingleQuoted(text)) return singleQuoted(text);
    if (style === "double") return doubleQuoted(text);
    return scalar(text);
  }

  // As text_field(): "key: value" for possibly multi-line text.
  function textField(key, text, indent) {
    return repeat(" ", indent) + key + ": " + replacementValue(text, null, indent + 2, "\n", "") + "\n";
  }

  /* ---- comments: ports of util::terminal_text, util::wrap_words and comment() ---- */
  function terminalText(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      var code = text.charCodeAt(i);
      if (c === "\n" || c === "\t") out += " ";
      else if (isControl(code) || (code >= 0x80 && code <= 0x9f)) out += "?";
      else out += c;
    }
    return out;
  }

  function width(text) { return Array.from(text).length; }

  function wrapWords(text, limit) {
    var words = text.split(/[ \n\t\r]+/).filter(function (w) { return w !== ""; });
    var lines = [];
    var line = "";
    words.forEach(function (word) {
      if (line !== "" && width(line) + 1 + width(word) > limit) { lines.push(line); line = ""; }
      line += (line === "" ? "" : " ") + word;
    });
    if (line !== "") lines.push(line);
    return lines;
  }

  // comment(out, 0, "", text, 0) of assessment_writer.cpp: "# " and 76 columns.
  function comment(text) {
    return wrapWords(terminalText(text), 76).map(function (line) { return "# " + line + "\n"; }).join("");
  }

  return { scalar: scalar, textField: textField, replacementValue: replacementValue, comment: comment, wrapWords: wrapWords };
})();
