/* coprod form: the pieces of YAML the reader (form_yaml.js) takes from
   within a line: plain, quoted and folded text, one-line { } and [ ], and
   the errors, placed and worded as coprod places and words them where it
   can. */
"use strict";
var CoprodYamlText = (function () {
  // `column`, counted from 1, where the reader knows it (as `coprod check` places the same error); else undefined.
  function YamlError(line, message, column) { this.line = line; this.message = message; this.column = column; }

  // An error coprod finds by a rule of its own rather than YAML's (a key twice, a tab, an anchor or a tag, a
  // quote not closed: src/yaml/document.cpp), where it does not look for what an e-mail program did to the file
  // (form_mail_damage.js).
  function ruleError(line, message, column) {
    var error = new YamlError(line, message, column);
    error.rule = true;
    return error;
  }

  // coprod's own words (src/yaml/document.cpp) for the errors the form places as it does.
  var SECOND_DOCUMENT = "the file holds more than one YAML document (a line '---' starts a new one); keep one assessment per file";
  var STRAY_COLON = "a ':' appears where YAML does not expect one; check the indentation, and put text that contains ': ' in quotes";
  function keyTwice(key, firstLine) {
    return "the key '" + key + "' appears twice in the same mapping (first on line " + firstLine + "); keep one of them";
  }

  function plain(text, number) {
    if (text === "" || text === "~" || text === "null" || text === "Null" || text === "NULL") {
      return { type: "scalar", value: null, line: number };
    }
    return { type: "scalar", value: text, quoted: false, line: number };
  }

  // A > block's lines as YAML folds them: the line break between two lines
  // of text becomes a space, or, with empty lines between, one line break
  // per empty line; around a more-indented line every break is kept.
  function fold(lines) {
    var out = "";
    var previous = null;  // the last line with text
    var empty = 0;        // empty lines since then
    lines.forEach(function (line) {
      if (line === "") { empty++; return; }
      if (previous === null) out += repeat("\n", empty);
      else if (/^\s/.test(previous) || /^\s/.test(line)) out += repeat("\n", empty + 1);
      else out += empty ? repeat("\n", empty) : " ";
      out += line;
      previous = line;
      empty = 0;
    });
    return out;
  }

  function repeat(text, count) { var out = ""; for (var i = 0; i < count; i++) out += text; return out; }

  var ESCAPES = { "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\x0b", f: "\f", r: "\r", e: "\x1b",
                  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029" };

  // Quoted text from text[from], just after its opening quote, to the
  // closing quote: { value, end } just past it; or, when the line ends first,
  // { value, open: true } with the value so far (its blanks at the end of the
  // line dropped, unless the line ends with a '\': `escapedBreak`).
  function scanQuoted(text, from, quote, number, base) {
    var out = "";
    var kept = 0;  // the length of `out` without blanks at its end
    for (var i = from; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === quote) {
        if (quote === "'" && text.charAt(i + 1) === "'") { out += "'"; kept = out.length; i++; continue; }
        return { value: out, end: i + 1 };
      }
      if (quote === '"' && c === "\\") {
        if (i + 1 === text.length) return { value: out, open: true, escapedBreak: true };
        var e = text.charAt(++i);
        var size = { x: 2, u: 4, U: 8 }[e];
        if (size) {
          var hex = text.substr(i + 1, size);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== size) throw new YamlError(number, "a '\\" + e + "' escape needs " + size + " hexadecimal digits");
          out += String.fromCodePoint(parseInt(hex, 16));
          i += size;
        } else if (Object.prototype.hasOwnProperty.call(ESCAPES, e)) {
          out += ESCAPES[e];
        } else {
          throw new YamlError(number, "'\\" + e + "' is not a known escape in double-quoted text", base + i + 2);  // as coprod places it
        }
        kept = out.length;
        continue;
      }
      out += c;
      if (c !== " " && c !== "\t") kept = out.length;
    }
    return { value: out.slice(0, kept), open: true, escapedBreak: false };
  }

  // Quoted text closed on the line it starts on (a key, or in { } and [ ]), `text` starting at column `base` (from 0).
  function readQuoted(text, start, number, base) {
    var quoted = scanQuoted(text, start + 1, text.charAt(start), number, base);
    if (quoted.open) throw new YamlError(number, "the quoted text is not closed on this line");
    return quoted;
  }

  // One-line { key: value, ... } and [ a, b ], as coprod writes for 'spread',
  // starting at `column` (from 0) of line `number`: { node, end } with `end`
  // just after its closing bracket in `text`.
  function flow(text, number, column) {
    var at = 0;
    function space() { while (text.charAt(at) === " ") at++; }
    function item(stop) {
      space();
      var c = text.charAt(at);
      if (c === "{" || c === "[") return collection();
      if (c === '"' || c === "'") {
        var q = readQuoted(text, at, number, column);
        at = q.end;
        return { type: "scalar", value: q.value, quoted: true, line: number, style: c === "'" ? "single" : "double" };
      }
      var start = at;
      while (at < text.length && stop.indexOf(text.charAt(at)) < 0) at++;
      var word = plain(text.slice(start, at).trim(), number);
      word.style = "plain";
      return word;
    }
    function collection() {
      var open = text.charAt(at++);
      var node = open === "{" ? { type: "map", entries: [], line: number, style: "flow" } : { type: "seq", items: [], line: number, style: "flow" };
      var seen = {};
      for (;;) {
        space();
        if (text.charAt(at) === (open === "{" ? "}" : "]")) { at++; return node; }
        if (open === "{") {
          var keyAt = at;
          var key = item(":,}");
          var name = key.value === null ? "" : key.value;
          if (text.charAt(at) !== ":") throw new YamlError(number, "expected ':' in { }");
          if (Object.prototype.hasOwnProperty.call(seen, name)) throw ruleError(number, keyTwice(name, number), column + keyAt + 1);
          seen[name] = true;
          at++;
          node.entries.push({ key: name, value: item(",}"), line: number });
        } else {
          node.items.push(item(",]"));
        }
        space();
        if (text.charAt(at) === ",") at++;
        else if (text.charAt(at) !== (open === "{" ? "}" : "]")) throw new YamlError(number, "the { } or [ ] is not closed on this line");
      }
    }
    var node = collection();
    var end = at;
    space();
    if (at < text.length && text.charAt(at) !== "#") throw new YamlError(number, "unexpected text after the closing bracket");
    return { node: node, end: end };
  }

  return { YamlError: YamlError, ruleError: ruleError, SECOND_DOCUMENT: SECOND_DOCUMENT, STRAY_COLON: STRAY_COLON, keyTwice: keyTwice,
           plain: plain, fold: fold, repeat: repeat, scanQuoted: scanQuoted, readQuoted: readQuoted, flow: flow };
})();
