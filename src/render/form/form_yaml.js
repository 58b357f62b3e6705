/* coprod form: reading the YAML of .coprod.yaml files.
   The reader knows the plain layout coprod files use (block mappings and
   sequences, plain and quoted scalars, | and > blocks, one-line { } and [ ],
   comments); anything else gets a clear message rather than a guess. Like
   src/yaml/document.hpp, every value in the tree records where it is in the
   text (`begin` and `end`, offsets of the text parsed), how it is written
   (`style`: plain, single, double, literal or folded for text, block or flow
   for a mapping or list; a block's `chomp`, "", "-" or "+") and the comment
   after it on its line, with the blanks before it (`comment`); each mapping
   entry where its key starts (`keyBegin`, at `column`) and just after its
   ':' (`colon`). CoprodEdit changes values in place with them. What it
   reads within a line (text, quoted text, { } and [ ]) is in
   form_yaml_text.js. */
"use strict";
var CoprodYaml = (function () {
  var Text = CoprodYamlText, YamlError = Text.YamlError, ruleError = Text.ruleError, SECOND_DOCUMENT = Text.SECOND_DOCUMENT, STRAY_COLON = Text.STRAY_COLON;
  var keyTwice = Text.keyTwice, plain = Text.plain, fold = Text.fold, repeat = Text.repeat;
  var scanQuoted = Text.scanQuoted, readQuoted = Text.readQuoted, flow = Text.flow;

  // Nothing but white space or a comment.
  function isBlank(content) { return /^[ \t]*(#|$)/.test(content); }

  // YAML's document markers, with or without a comment after them.
  function isMarker(content, marker) { return content === marker || content.indexOf(marker + " #") === 0; }

  // A '---' line with text after it ('--- a: 1'), which YAML reads as a new document and its first line:
  // refused where the text has a key's ':', as coprod refuses it, else as a second document would be.
  function isMarkerWithText(content) { return /^---[ \t]+[^ \t#]/.test(content); }
  function strayColon(line) {
    var match = /^(---[ \t]+[^#]*?):([ \t]|$)/.exec(line.content);
    return match ? new YamlError(line.number, STRAY_COLON, line.indent + match[1].length + 1) : null;
  }

  function splitLines(text) {
    var raw = text.split("\n");
    var lines = [];
    var start = 0;
    for (var i = 0; i < raw.length; i++, start += raw[i - 1].length + 1) {
      var line = raw[i];
      if (line.charAt(line.length - 1) === "\r") line = line.slice(0, -1);
      var indent = 0;
      while (indent < line.length && line.charAt(indent) === " ") indent++;
      var content = line.slice(indent);
      // A tab after the indentation is text inside a | or > block, and an error anywhere else (skipBlank()).
      lines.push({ number: i + 1, start: start, text: line, indent: indent, tab: content.charAt(0) === "\t", content: content.replace(/\s+$/, "") });
    }
    return lines;
  }

  function Parser(text) {
    this.text = text;
    this.lines = splitLines(text);
    this.at = 0;
  }

  // The comment after `from` on its line, with the blanks before it; "" if none.
  Parser.prototype.commentAfter = function (from) {
    var newline = this.text.indexOf("\n", from);
    var match = /^[ \t]+#.*?(?=\s*$)/.exec(this.text.slice(from, newline < 0 ? this.text.length : newline));
    return match ? match[0] : "";
  };

  Parser.prototype.placed = function (node, begin, end, style) {
    node.begin = begin;
    node.end = end;
    node.style = style;
    if (node.type === "scalar") node.comment = this.commentAfter(style === "literal" || style === "folded" ? begin + node.header : end);
    return node;
  };

  // Where a block mapping or list ends: where its last value does.
  function lastEnd(node, items) {
    node.end = items.length ? items[items.length - 1].end : node.begin;
    return node;
  }

  // The next line with something on it other than a comment, or null.
  Parser.prototype.skipBlank = function () {
    while (this.at < this.lines.length && isBlank(this.lines[this.at].content)) this.at++;
    var line = this.at < this.lines.length ? this.lines[this.at] : null;
    if (line && line.tab) throw ruleError(line.number, "a tab character is used for indentation; YAML indents with spaces only, so replace the tab with spaces", line.indent + 1);
    return line;
  };

  Parser.prototype.document = function () {
    var first = this.skipBlank();
    while (first && first.indent === 0 && first.content.charAt(0) === "%") { this.at++; first = this.skipBlank(); }  // '%YAML 1.2'
    if (!first) return null;
    if (isMarkerWithText(first.content)) return this.textAfterMarker(first);
    if (isMarker(first.content, "---")) { this.at++; first = this.skipBlank(); if (!first) return null; }
    if (first.indent !== 0) throw new YamlError(first.number, "the file should start at the left margin");
    var node = this.block(0);
    var rest = this.skipBlank();
    var ended = false;  // by '...', the end of the document, which may be written more than once
    while (rest && isMarker(rest.content, "...")) { ended = true; this.at++; rest = this.skipBlank(); }
    if (rest && isMarkerWithText(rest.content) && strayColon(rest)) throw strayColon(rest);
    if (rest && (ended || isMarker(rest.content, "---") || isMarkerWithText(rest.content))) throw new YamlError(rest.number, SECOND_DOCUMENT, rest.indent + 1);
    if (rest) throw new YamlError(rest.number, "this line is indented differently from the lines before it", rest.indent + 1);
    return node;
  };

  // '--- text', read as YAML reads it: text, going on over every line after it, whatever their indentation.
  Parser.prototype.textAfterMarker = function (line) {
    if (strayColon(line)) throw strayColon(line);
    this.at++;
    var column = line.indent + /^---[ \t]+/.exec(line.content)[0].length;
    return this.value(line.content.slice(column - line.indent), line, -1, column);
  };

  Parser.prototype.block = function (indent) {
    var line = this.skipBlank();
    if (/^-( |$)/.test(line.content)) return this.sequence(indent);
    return this.mapping(indent);
  };

  Parser.prototype.sequence = function (indent) {
    var first = this.lines[this.at];
    var node = { type: "seq", items: [], line: first.number, begin: first.start + first.indent, style: "block" };
    var line;
    while ((line = this.skipBlank()) && line.indent === indent && /^-( |$)/.test(line.content)) {
      var rest = line.content.slice(1).replace(/^ +/, "");
      if (rest === "" || rest.charAt(0) === "#") {
        this.at++;
        var next = this.skipBlank();
        node.items.push(next && next.indent > indent ? this.block(next.indent) :
          this.placed({ type: "scalar", value: null, line: line.number }, line.start + line.indent + 1, line.start + line.indent + 1, "plain"));
      } else if (/^[^"'{\[][^:]*:([ \t]|$)/.test(rest) || /^["'][^"']*["'][ \t]*:([ \t]|$)/.test(rest)) {
        var inner = line.indent + (line.content.length - rest.length);
        this.lines[this.at] = { number: line.number, start: line.start, text: line.text, indent: inner, content: rest };
        node.items.push(this.mapping(inner));
      } else {
        this.at++;
        node.items.push(this.value(rest, line, indent, line.indent + line.content.length - rest.length));
      }
    }
    return lastEnd(node, node.items);
  };

  Parser.prototype.mapping = function (indent) {
    var first = this.lines[this.at];
    var node = { type: "map", entries: [], line: first.number, begin: first.start + indent, column: indent, style: "block" };
    var seen = {};
    var line;
    while ((line = this.skipBlank()) && line.indent === indent && !/^-( |$)/.test(line.content) &&
           !(indent === 0 && (isMarker(line.content, "...") || isMarker(line.content, "---") || isMarkerWithText(line.content)))) {
      var split = splitKey(line);
      var colon = line.start + line.indent + split.colon + 1;
      if (Object.prototype.hasOwnProperty.call(seen, split.key)) {
        throw ruleError(line.number, keyTwice(split.key, seen[split.key]), line.indent + 1);
      }
      seen[split.key] = line.number;
      this.at++;
      var value;
      if (split.rest === "" || split.rest.charAt(0) === "#") {
        var next = this.skipBlank();
        if (next && next.indent > indent && !looksLikeKey(next.content)) { this.at++; value = this.value(next.content, next, indent, next.indent); }
        else if (next && (next.indent > indent || (next.indent === indent && /^-( |$)/.test(next.content)))) value = this.block(next.indent);
        else value = this.placed({ type: "scalar", value: null, line: line.number }, colon, colon, "plain");
      } else {
        value = this.value(split.rest, line, indent, line.indent + split.restColumn);
      }
      node.entries.push({ key: split.key, value: value, line: line.number, keyBegin: line.start + line.indent, column: line.indent, colon: colon });
    }
    lastEnd(node, node.entries.map(function (entry) { return entry.value; }));
    if (line && line.indent > indent) throw new YamlError(line.number, "this line is indented more than the lines before it, but nothing above it opens a block", line.indent + 1);
    return node;
  };

  // Whether a line starts a mapping's entry or a list's item, rather than a value on the line after its key.
  function looksLikeKey(content) {
    return /^-( |$)/.test(content) || /^[^"'{\[#][^#]*?:([ \t]|$)/.test(content) || /^["'][^"']*["'][ \t]*:([ \t]|$)/.test(content);
  }

  function splitKey(line) {
    var content = line.content;
    var key, colon;
    if (content.charAt(0) === '"' || content.charAt(0) === "'") {
      var quoted = readQuoted(content, 0, line.number, line.indent);
      colon = quoted.end + /^[ \t]*/.exec(content.slice(quoted.end))[0].length;  // '"a" : 1' is the key 'a'
      if (content.charAt(colon) !== ":") throw new YamlError(line.number, "expected ':' after the quoted key");
      key = quoted.value;
    } else {
      var match = /^([^#]*?):([ \t]|$)/.exec(content);
      if (!match) throw new YamlError(line.number, "expected 'key: value' here");
      key = match[1].replace(/[ \t]+$/, "");  // 'a : 1' is the key 'a'
      colon = match[1].length;
      if (/^[&*!|>%@`{\[?]/.test(key)) throw new YamlError(line.number, "'" + key.charAt(0) + "' at the start of a key is a YAML feature the form cannot read");
    }
    var rest = content.slice(colon + 1);
    if (rest !== "" && !/^[ \t#]/.test(rest)) throw new YamlError(line.number, "expected a space after ':'");
    var value = rest.replace(/^[ \t]+/, "");
    // `colon` and `restColumn`: where the ':' and the value are in the line's content
    return { key: key, rest: value, colon: colon, restColumn: content.length - value.length };
  }

  // The value `rest`, starting at `column` of `line`.
  Parser.prototype.value = function (rest, line, indent, column) {
    var begin = line.start + column;
    var first = rest.charAt(0);
    if (first === "&" || first === "*" || first === "!") {
      throw ruleError(line.number, "anchors, aliases and tags (" + first + ") are YAML features coprod files do not use", column + 1);
    }
    if (first === "|" || first === ">") return this.blockScalar(rest, line, indent, begin);
    if (first === '"' || first === "'") {
      // `rest` ends where the line's text does: its blanks after that count in quoted text.
      return this.quoted(rest + line.text.slice(line.indent + line.content.length), line, begin, column);
    }
    if (first === "{" || first === "[") {
      var collection = flow(rest, line.number, column);
      return this.placed(collection.node, begin, begin + collection.end, "flow");
    }
    var text = stripComment(rest);
    var end = begin + text.length;
    var next;
    while ((next = this.lines[this.at]) && !isBlank(next.content) && next.indent > indent) {
      var continued = next.content.replace(/^[ \t]+/, "");
      var colonAt = stripComment(continued).search(/:([ \t]|$)/);
      if (colonAt >= 0) throw new YamlError(next.number, STRAY_COLON, next.indent + next.content.length - continued.length + colonAt + 1);
      text += " " + stripComment(continued);  // a plain scalar continued on the next lines
      end = next.start + next.indent + (next.content.length - continued.length) + stripComment(continued).length;
      this.at++;
    }
    return this.placed(plain(text, line.number), begin, end, "plain");
  };

  function stripComment(text) {
    var hash = text.search(/ #/);
    return (hash >= 0 ? text.slice(0, hash) : text).replace(/\s+$/, "");
  }

  Parser.prototype.blockScalar = function (header, line, indent, begin) {
    var glued = /^[|>][+\-1-9]*#/.exec(header);
    if (glued) throw ruleError(line.number, "a comment after '|' or '>' needs a space before its '#'", begin - line.start + glued[0].length);
    var match = /^([|>])([+-]?)([1-9]?)([+-]?)(\s+#.*|\s*)$/.exec(header);
    if (!match) throw new YamlError(line.number, "could not read the block header '" + header + "'");
    var folded = match[1] === ">";
    var chomp = match[2] || match[4];
    var body = [];
    var blockIndent = match[3] ? indent + Number(match[3]) : -1;
    var indicators = match[1].length + match[2].length + match[3].length + match[4].length;
    var end = begin + indicators;  // the end of the last line with text, or of the indicators
    while (this.at < this.lines.length) {
      var next = this.lines[this.at];
      if (next.content === "" && next.text.trim() === "") { body.push(""); this.at++; continue; }
      if (blockIndent < 0) {
        if (next.indent <= indent) break;
        blockIndent = next.indent;
      }
      if (next.indent < blockIndent) break;
      body.push(next.text.slice(blockIndent));
      end = next.start + next.text.length;
      this.at++;
    }
    var trailing = 0;
    while (body.length && body[body.length - 1] === "") { body.pop(); trailing++; }
    var text = folded ? fold(body) : body.join("\n");
    if (body.length) {
      if (chomp === "+") text += "\n" + repeat("\n", trailing);
      else if (chomp !== "-") text += "\n";
    }
    var node = { type: "scalar", value: text, quoted: true, line: line.number, header: indicators, chomp: chomp };
    return this.placed(node, begin, end, folded ? "folded" : "literal");
  };

  // A quoted value, which may go on over the lines after it, read as YAML
  // (and coprod) reads it: each line's blanks at its start and end are
  // dropped, one line break between two lines of text becomes a space, and
  // each empty line a line break; after a '\' at the end of a line in
  // double quotes, the lines join with nothing between them.
  Parser.prototype.quoted = function (rest, line, begin, column) {
    var quote = rest.charAt(0);
    var quoted = scanQuoted(rest, 1, quote, line.number, column);
    var value = quoted.value;
    var text = rest;
    var textStart = begin;  // where `text` is in the whole text
    var number = line.number;
    while (quoted.open) {
      var breaks = 0;
      var next;
      var start;
      for (;;) {
        next = this.lines[this.at];
        if (!next) throw ruleError(line.number, "the quoted text starting here has no closing " + quote + "; add it where the text ends");
        this.at++;
        if (/^(---|\.\.\.)([ \t]|$)/.test(next.text)) throw new YamlError(next.number, "a line starting with '---' or '...' is inside quoted text; close the quote first");
        start = next.text.search(/[^ \t]/);
        if (start >= 0) break;
        breaks++;
      }
      value += breaks > 0 ? repeat("\n", breaks) : quoted.escapedBreak ? "" : " ";
      text = next.text;
      textStart = next.start;
      number = next.number;
      quoted = scanQuoted(text, start, quote, number, 0);
      value += quoted.value;
    }
    var after = text.slice(quoted.end).replace(/^[ \t]+/, "");
    if (after !== "" && after.charAt(0) !== "#") throw new YamlError(number, "unexpected text after the closing quote", number === line.number ? column + 1 : quoted.end + 1);
    return this.placed({ type: "scalar", value: value, quoted: true, line: line.number }, begin, textStart + quoted.end,
                       quote === "'" ? "single" : "double");
  };

  function parse(text) { return new Parser(text).document(); }

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

  return { parse: parse, YamlError: YamlError, leadingComments: leadingComments };
})();
