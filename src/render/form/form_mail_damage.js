/* coprod form: what an e-mail program did to a file that no longer reads,
   found as `coprod check` finds it and said in its words: a long line broken
   in two, and the spaces that start lines turned into no-break spaces
   (U+00A0) by copying text out of an HTML e-mail. The words and the width of
   a wrapped line come from coprod (model/mail_damage_words.hpp, in the page's
   data as `mail_damage`); the rules are src/yaml/mail_damage.cpp's, written
   again here as the page cannot run coprod's, and
   tests/render/form_mail_damage.py checks that the two find the same damage
   at the same line. */
"use strict";
var CoprodMailDamage = (function () {
  var NO_BREAK_SPACE = "\u00a0";

  // Characters as coprod counts a line's width: one for each, whatever its size in UTF-16.
  function width(text) { return Array.from(text).length; }

  // Spaces, tabs and line ends at either end (util::trim); JavaScript's trim() would take no-break spaces too.
  function trim(text) { return text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ""); }

  function withoutLineEnd(line) { return line.replace(/[ \r]+$/, ""); }

  function isBlank(line) { return trim(line) === ""; }

  function indentOf(line) {
    var indent = 0;
    while (indent < line.length && line.charAt(indent) === " ") indent++;
    return indent;
  }

  // Lines as util::split_lines() gives them: a "\r" before each "\n" kept, no empty line after the last "\n".
  function splitLines(text) {
    var lines = text.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    return lines;
  }

  // "---" or "...", alone or before a space: a YAML document's start or end (not a longer rule of dashes).
  function isDocumentMarker(content) {
    return ["---", "..."].some(function (marker) { return content === marker || content.indexOf(marker + " ") === 0; });
  }

  // A key as coprod's own keys are written ("score:", "last_completed: ...").
  function isPlainKey(content) { return /^[A-Za-z0-9_-]+:( |$)/.test(content); }

  // A line YAML gives a meaning to by its start: a comment, a list item, a document marker or a key (at the
  // first column only coprod's own keys, as a wrapped line's text may hold ": "), not the middle of some text.
  function startsLikeYaml(line) {
    var content = trim(line);
    if (content.charAt(0) === "#" || content === "-" || content.indexOf("- ") === 0) return true;
    if (isDocumentMarker(content) || isPlainKey(content)) return true;
    return indentOf(line) > 0 && (content.charAt(content.length - 1) === ":" || content.indexOf(": ") >= 0);
  }

  // The nearest non-blank line before `number` (comments too), or 0.
  function lineBefore(lines, number) {
    for (var before = number - 1; before >= 1; before--) {
      if (!isBlank(lines[before - 1])) return before;
    }
    return 0;
  }

  // The first line up to `lastLine` whose indentation holds a no-break space, at that space, where that cannot
  // be text that starts with one: the line then reads as YAML, or its ordinary spaces alone indent it less than
  // the line above, so it would end any text block there.
  function noBreakSpaceIndentation(lines, lastLine, words) {
    for (var number = 1; number <= lastLine && number <= lines.length; number++) {
      var line = lines[number - 1];
      var rest = line.slice(indentOf(line));
      if (rest.charAt(0) !== NO_BREAK_SPACE) continue;
      rest = rest.replace(/^[ \u00a0]+/, "");
      var above = lineBefore(lines, number);
      var lessIndented = above > 0 && indentOf(line) < indentOf(lines[above - 1]);
      if (startsLikeYaml("  " + rest) || lessIndented) {
        return { line: number, column: indentOf(line) + 1, message: words.no_break_spaces };
      }
    }
    return null;
  }

  // The width of `line` with the first word of `next` put back on its end.
  function joinedWidth(line, next) {
    var word = trim(next);
    return width(line) + 1 + width(word.split(" ")[0]);
  }

  // Whether line `number` looks like the end of the line above it, wrapped by an e-mail program: it does not
  // start as YAML starts a line, and it starts left of the long line just above it (an indented line or a comment).
  function looksWrapped(lines, number, words) {
    var line = lines[number - 1];
    if (isBlank(line) || startsLikeYaml(line)) return false;
    var aboveNumber = lineBefore(lines, number);
    if (aboveNumber === 0) return false;
    var above = withoutLineEnd(lines[aboveNumber - 1]);
    var leftOfAbove = indentOf(line) < indentOf(above) || (indentOf(line) === 0 && trim(above).charAt(0) === "#");
    return leftOfAbove && joinedWidth(above, line) >= words.wrapped_line_width;
  }

  // The first line before `found` that an e-mail program wrapped to the first column as it wrapped `found`, else
  // `found`: the place to start putting the text right, wherever a reader stops (coprod's may read on past the
  // first such line as text, this page's does not).
  function firstWrapped(lines, found, words) {
    for (var number = 2; number < found; number++) {
      if (indentOf(lines[number - 1]) === 0 && looksWrapped(lines, number, words)) return number;
    }
    return found;
  }

  // A line an e-mail program wrapped, looked for from the error's line up over the text such wrapping left, which
  // never starts like YAML; then the first one wrapped so in the text.
  function wrappedLine(lines, errorLine, words) {
    for (var number = Math.min(errorLine, lines.length); number >= 2; number--) {
      var line = lines[number - 1];
      if (isBlank(line)) continue;
      if (startsLikeYaml(line)) {
        if (number === errorLine) continue;
        break;
      }
      if (looksWrapped(lines, number, words)) {
        var first = firstWrapped(lines, number, words);
        return { line: first, column: indentOf(lines[first - 1]) + 1, message: words.wrapped_line };
      }
    }
    return null;
  }

  // {line, column, message} of the no-break spaces or the wrapped line that most likely caused the error the
  // reader found on `errorLine` of `text` (without its byte-order mark), or null.
  function find(text, errorLine, words) {
    var lines = splitLines(text);
    return noBreakSpaceIndentation(lines, errorLine, words) || wrappedLine(lines, errorLine, words);
  }

  // The first key in a tree (CoprodYaml.parse()) that starts with a no-break space, as {line, column, message}:
  // YAML reads indentation made of them as part of the key, which no coprod key has.
  function noBreakSpaceKey(node, words) {
    if (!node) return null;
    var found = null;
    (node.items || []).some(function (item) { return (found = noBreakSpaceKey(item, words)); });
    if (found) return found;
    (node.entries || []).some(function (entry) {
      if (entry.key.charAt(0) === NO_BREAK_SPACE) {
        found = { line: entry.line, column: entry.column === undefined ? undefined : entry.column + 1, message: words.no_break_spaces };
      } else {
        found = noBreakSpaceKey(entry.value, words);
      }
      return found;
    });
    return found;
  }

  return { find: find, noBreakSpaceKey: noBreakSpaceKey };
})();
