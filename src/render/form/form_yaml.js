/* coprod form: reading and writing the YAML of .coprod.yaml files.
   The reader knows the plain layout coprod files use (block mappings and
   sequences, plain and quoted scalars, | and > blocks, one-line { } and [ ],
   comments); anything else gets a clear message rather than a guess. The
   writer is a port of src/yaml/scalar_writer.cpp and the comment wrapping of
   src/yaml/assessment_writer.cpp, so the form saves the bytes coprod writes. */
"use strict";
var CoprodYaml = (function () {
  function YamlError(line, message) { this.line = line; this.message = message; }

  // Nothing but white space or a comment.
  function isBlank(content) { return /^[ \t]*(#|$)/.test(content); }

  // YAML's document markers, with or without a comment after them.
  function isMarker(content, marker) { return content === marker || content.indexOf(marker + " #") === 0; }

  function splitLines(text) {
    var raw = text.split("\n");
    var lines = [];
    for (var i = 0; i < raw.length; i++) {
      var line = raw[i];
      if (line.charAt(line.length - 1) === "\r") line = line.slice(0, -1);
      var indent = 0;
      while (indent < line.length && line.charAt(indent) === " ") indent++;
      var content = line.slice(indent);
      // A tab after the indentation is text inside a | or > block, and an error anywhere else (skipBlank()).
      lines.push({ number: i + 1, text: line, indent: indent, tab: content.charAt(0) === "\t", content: content.replace(/\s+$/, "") });
    }
    return lines;
  }

  function Parser(text) {
    this.lines = splitLines(text);
    this.at = 0;
  }

  // The next line with something on it other than a comment, or null.
  Parser.prototype.skipBlank = function () {
    while (this.at < this.lines.length && isBlank(this.lines[this.at].content)) this.at++;
    var line = this.at < this.lines.length ? this.lines[this.at] : null;
    if (line && line.tab) throw new YamlError(line.number, "a tab is used for indentation; YAML needs spaces");
    return line;
  };

  Parser.prototype.document = function () {
    var first = this.skipBlank();
    if (!first) return null;
    if (isMarker(first.content, "---")) { this.at++; first = this.skipBlank(); if (!first) return null; }
    if (first.indent !== 0) throw new YamlError(first.number, "the file should start at the left margin");
    var node = this.block(0);
    var rest = this.skipBlank();
    var ended = rest && isMarker(rest.content, "...");  // the end of the document
    if (ended) { this.at++; rest = this.skipBlank(); }
    if (rest) throw new YamlError(rest.number, ended || isMarker(rest.content, "---") || isMarker(rest.content, "...") ?
      "the file holds more than one YAML document; a coprod file is one" : "this line is indented differently from the lines before it");
    return node;
  };

  Parser.prototype.block = function (indent) {
    var line = this.skipBlank();
    if (/^-( |$)/.test(line.content)) return this.sequence(indent);
    return this.mapping(indent);
  };

  Parser.prototype.sequence = function (indent) {
    var node = { type: "seq", items: [], line: this.lines[this.at].number };
    var line;
    while ((line = this.skipBlank()) && line.indent === indent && /^-( |$)/.test(line.content)) {
      var rest = line.content.slice(1).replace(/^ +/, "");
      if (rest === "" || rest.charAt(0) === "#") {
        this.at++;
        var next = this.skipBlank();
        node.items.push(next && next.indent > indent ? this.block(next.indent) : null);
      } else if (/^[^"'{\[][^:]*:( |$)/.test(rest) || /^["'][^"']*["']:( |$)/.test(rest)) {
        var inner = line.indent + (line.content.length - rest.length);
        this.lines[this.at] = { number: line.number, text: line.text, indent: inner, content: rest };
        node.items.push(this.mapping(inner));
      } else {
        this.at++;
        node.items.push(this.value(rest, line, indent));
      }
    }
    return node;
  };

  Parser.prototype.mapping = function (indent) {
    var node = { type: "map", entries: [], line: this.lines[this.at].number };
    var seen = {};
    var line;
    while ((line = this.skipBlank()) && line.indent === indent && !/^-( |$)/.test(line.content) &&
           !(indent === 0 && (isMarker(line.content, "...") || isMarker(line.content, "---")))) {
      var split = splitKey(line);
      if (Object.prototype.hasOwnProperty.call(seen, split.key)) {
        throw new YamlError(line.number, "the key '" + split.key + "' appears twice (first on line " + seen[split.key] + ")");
      }
      seen[split.key] = line.number;
      this.at++;
      var value;
      if (split.rest === "" || split.rest.charAt(0) === "#") {
        var next = this.skipBlank();
        if (next && (next.indent > indent || (next.indent === indent && /^-( |$)/.test(next.content)))) value = this.block(next.indent);
        else value = { type: "scalar", value: null, line: line.number };
      } else {
        value = this.value(split.rest, line, indent);
      }
      node.entries.push({ key: split.key, value: value, line: line.number });
    }
    if (line && line.indent > indent) throw new YamlError(line.number, "this line is indented more than the lines before it, but nothing above it opens a block");
    return node;
  };

  function splitKey(line) {
    var content = line.content;
    var key, rest;
    if (content.charAt(0) === '"' || content.charAt(0) === "'") {
      var quoted = readQuoted(content, 0, line.number);
      if (content.charAt(quoted.end) !== ":") throw new YamlError(line.number, "expected ':' after the quoted key");
      key = quoted.value;
      rest = content.slice(quoted.end + 1);
    } else {
      var match = /^([^#]*?):( |$)/.exec(content);
      if (!match) throw new YamlError(line.number, "expected 'key: value' here");
      key = match[1];
      rest = content.slice(match[1].length + 1);
      if (/^[&*!|>%@`{\[?]/.test(key)) throw new YamlError(line.number, "'" + key.charAt(0) + "' at the start of a key is a YAML feature the form cannot read");
    }
    if (rest !== "" && rest.charAt(0) !== " " && rest.charAt(0) !== "#") throw new YamlError(line.number, "expected a space after ':'");
    return { key: key, rest: rest.replace(/^ +/, "") };
  }

  Parser.prototype.value = function (rest, line, indent) {
    var first = rest.charAt(0);
    if (first === "&" || first === "*" || first === "!") {
      throw new YamlError(line.number, "anchors, aliases and tags (" + first + ") are YAML features coprod files do not use");
    }
    if (first === "|" || first === ">") return this.blockScalar(rest, line, indent);
    if (first === '"' || first === "'") {
      // `rest` ends where the line's text does: its blanks after that count in quoted text.
      return this.quoted(rest + line.text.slice(line.indent + line.content.length), line);
    }
    if (first === "{" || first === "[") return flow(rest, line.number);
    var text = stripComment(rest);
    var next;
    while ((next = this.lines[this.at]) && !isBlank(next.content) && next.indent > indent) {
      text += " " + stripComment(next.content.replace(/^[ \t]+/, ""));  // a plain scalar continued on the next lines
      this.at++;
    }
    return plain(text, line.number);
  };

  function stripComment(text) {
    var hash = text.search(/ #/);
    return (hash >= 0 ? text.slice(0, hash) : text).replace(/\s+$/, "");
  }

  function plain(text, number) {
    if (text === "" || text === "~" || text === "null" || text === "Null" || text === "NULL") {
      return { type: "scalar", value: null, line: number };
    }
    return { type: "scalar", value: text, quoted: false, line: number };
  }

  Parser.prototype.blockScalar = function (header, line, indent) {
    var match = /^([|>])([+-]?)([1-9]?)([+-]?)\s*(#.*)?$/.exec(header);
    if (!match) throw new YamlError(line.number, "could not read the block header '" + header + "'");
    var folded = match[1] === ">";
    var chomp = match[2] || match[4];
    var body = [];
    var blockIndent = match[3] ? indent + Number(match[3]) : -1;
    while (this.at < this.lines.length) {
      var next = this.lines[this.at];
      if (next.content === "" && next.text.trim() === "") { body.push(""); this.at++; continue; }
      if (blockIndent < 0) {
        if (next.indent <= indent) break;
        blockIndent = next.indent;
      }
      if (next.indent < blockIndent) break;
      body.push(next.text.slice(blockIndent));
      this.at++;
    }
    var trailing = 0;
    while (body.length && body[body.length - 1] === "") { body.pop(); trailing++; }
    var text = folded ? fold(body) : body.join("\n");
    if (body.length) {
      if (chomp === "+") text += "\n" + repeat("\n", trailing);
      else if (chomp !== "-") text += "\n";
    }
    return { type: "scalar", value: text, quoted: true, line: line.number };
  };

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
  function scanQuoted(text, from, quote, number) {
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
          throw new YamlError(number, "'\\" + e + "' is not a known escape in double-quoted text");
        }
        kept = out.length;
        continue;
      }
      out += c;
      if (c !== " " && c !== "\t") kept = out.length;
    }
    return { value: out.slice(0, kept), open: true, escapedBreak: false };
  }

  // Quoted text closed on the line it starts on (a key, or in { } and [ ]).
  function readQuoted(text, start, number) {
    var quoted = scanQuoted(text, start + 1, text.charAt(start), number);
    if (quoted.open) throw new YamlError(number, "the quoted text is not closed on this line");
    return quoted;
  }

  // A quoted value, which may go on over the lines after it, read as YAML
  // (and coprod) reads it: each line's blanks at its start and end are
  // dropped, one line break between two lines of text becomes a space, and
  // each empty line a line break; after a '\' at the end of a line in
  // double quotes, the lines join with nothing between them.
  Parser.prototype.quoted = function (rest, line) {
    var quote = rest.charAt(0);
    var quoted = scanQuoted(rest, 1, quote, line.number);
    var value = quoted.value;
    var text = rest;
    var number = line.number;
    while (quoted.open) {
      var breaks = 0;
      var next;
      var start;
      for (;;) {
        next = this.lines[this.at];
        if (!next) throw new YamlError(line.number, "the quoted text starting here has no closing " + quote + "; add it where the text ends");
        this.at++;
        if (/^(---|\.\.\.)([ \t]|$)/.test(next.text)) throw new YamlError(next.number, "a line starting with '---' or '...' is inside quoted text; close the quote first");
        start = next.text.search(/[^ \t]/);
        if (start >= 0) break;
        breaks++;
      }
      value += breaks > 0 ? repeat("\n", breaks) : quoted.escapedBreak ? "" : " ";
      text = next.text;
      number = next.number;
      quoted = scanQuoted(text, start, quote, number);
      value += quoted.value;
    }
    var after = text.slice(quoted.end).replace(/^[ \t]+/, "");
    if (after !== "" && after.charAt(0) !== "#") throw new YamlError(number, "unexpected text after the closing quote");
    return { type: "scalar", value: value, quoted: true, line: line.number };
  };

  // One-line { key: value, ... } and [ a, b ], as coprod writes for 'spread'.
  function flow(text, number) {
    var at = 0;
    function space() { while (text.charAt(at) === " ") at++; }
    function item(stop) {
      space();
      var c = text.charAt(at);
      if (c === "{" || c === "[") return collection();
      if (c === '"' || c === "'") {
        var q = readQuoted(text, at, number);
        at = q.end;
        return { type: "scalar", value: q.value, quoted: true, line: number };
      }
      var start = at;
      while (at < text.length && stop.indexOf(text.charAt(at)) < 0) at++;
      return plain(text.slice(start, at).trim(), number);
    }
    function collection() {
      var open = text.charAt(at++);
      var node = open === "{" ? { type: "map", entries: [], line: number } : { type: "seq", items: [], line: number };
      for (;;) {
        space();
        if (text.charAt(at) === (open === "{" ? "}" : "]")) { at++; return node; }
        if (open === "{") {
          var key = item(":,}");
          if (text.charAt(at) !== ":") throw new YamlError(number, "expected ':' in { }");
          at++;
          node.entries.push({ key: key.value === null ? "" : key.value, value: item(",}"), line: number });
        } else {
          node.items.push(item(",]"));
        }
        space();
        if (text.charAt(at) === ",") at++;
        else if (text.charAt(at) !== (open === "{" ? "}" : "]")) throw new YamlError(number, "the { } or [ ] is not closed on this line");
      }
    }
    var node = collection();
    space();
    if (at < text.length && text.charAt(at) !== "#") throw new YamlError(number, "unexpected text after the closing bracket");
    return node;
  }

  function parse(text) { return new Parser(text).document(); }

  /* ---- writing: ports of src/yaml/scalar_writer.cpp ---- */
  var RESERVED = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "nan", "inf"];

  function isControl(code) { return code < 0x20 || code === 0x7f; }

  // NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR: YAML 1.1 readers break the line there.
  var UNICODE_BREAKS = { "\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029" };
  function hasUnicodeBreak(text) { return /[\u0085\u2028\u2029]/.test(text); }

  function canBePlain(text) {
    if (text === "" || text !== trim(text) || hasUnicodeBreak(text)) return false;
    var lower = text.toLowerCase();
    if (lower.charAt(0) === ".") lower = lower.slice(1);
    if (RESERVED.indexOf(lower) >= 0) return false;
    if ("-?:,[]{}#&*!|>'\"%@`+.0123456789".indexOf(text.charAt(0)) >= 0) return false;
    if (text.indexOf(": ") >= 0 || text.indexOf(" #") >= 0 || text.charAt(text.length - 1) === ":") return false;
    for (var i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return false;
    return true;
  }

  function trim(text) { return text.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, ""); }

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

  function textField(key, text, indent) {
    var prefix = repeat(" ", indent);
    if (text.indexOf("\n") < 0 || !canBeLiteralBlock(text)) return prefix + key + ": " + scalar(text) + "\n";
    var out = prefix + key + ": |-\n";
    var lines = text.split("\n");
    for (var i = 0; i < lines.length; i++) out += lines[i] === "" ? "\n" : prefix + "  " + lines[i] + "\n";
    return out;
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

  // The comment and blank lines at the top of a text, up to its first other
  // line, each ending in "\n" (a "\r" before it is dropped).
  function leadingComments(text) {
    var lines = text.split("\n");
    var out = "";
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i].replace(/\r$/, "");
      if (!isBlank(line) || (i === lines.length - 1 && line === "")) break;
      out += line + "\n";
    }
    return out;
  }

  return { parse: parse, YamlError: YamlError, leadingComments: leadingComments, scalar: scalar, textField: textField, comment: comment, wrapWords: wrapWords };
})();
