/* coprod form: e-mail addresses, UK phone numbers, NHS numbers and UK
   postcodes in a line of text, found as `coprod check` finds them
   (src/analysis/personal_data_email.cpp, personal_data_numbers.cpp and
   personal_data_postcode.cpp), scanner for scanner, so the note under a box
   names what `check` will later flag. The line has its Unicode spaces and
   dashes made ASCII already. `chars` gives the letter rules the form reads
   names by: wordCharAt(text, pos), wordCharBefore(text, pos) and
   isTwoByteLetter(c) (a letter U+0080 to U+07FF, one byte pair in UTF-8). */
var CoprodContactDetails = (function () {
  var NONE = -1;
  var MAX_PHONE_DIGITS = 11, MIN_PHONE_DIGITS = 10;
  var UK_TRUNK_DIGITS = "1235789";  // what follows the 0 (04 and 06 are unused)

  function isDigit(c) { return c !== undefined && c >= "0" && c <= "9"; }
  function isUpper(c) { return c !== undefined && c >= "A" && c <= "Z"; }
  function isLower(c) { return c !== undefined && c >= "a" && c <= "z"; }
  function isAsciiLetter(c) { return isUpper(c) || isLower(c); }
  function isAsciiAlnum(c) { return isAsciiLetter(c) || isDigit(c); }
  function isDigitConnector(c) { return c === "-" || c === "/" || c === "."; }
  // "2026-09", "30/09", "1.5": digits at pos carry on from digits before them, or after end.
  function continuesDigitsBefore(text, pos) { return pos >= 2 && isDigitConnector(text[pos - 1]) && isDigit(text[pos - 2]); }
  function continuesDigitsAfter(text, end) { return isDigitConnector(text[end]) && isDigit(text[end + 1]); }

  /* ---- e-mail addresses ---- */
  function isLocalPartChar(c) { return isAsciiAlnum(c) || c === "." || c === "_" || c === "%" || c === "+" || c === "-"; }

  function emailLocalStart(text, at, chars) {
    var start = at;
    while (start > 0 && (isLocalPartChar(text[start - 1]) || chars.isTwoByteLetter(text[start - 1]))) start -= 1;
    while (start < at && text[start] === ".") start += 1;
    return start;
  }

  // Where the domain at pos ends: labels joined by dots, at least two, the last two or more letters; 0 if none.
  function emailDomainEnd(text, pos) {
    var end = 0, labels = 0;
    while (isAsciiAlnum(text[pos])) {
      var labelStart = pos, allLetters = true;
      for (; isAsciiAlnum(text[pos]) || text[pos] === "-"; pos += 1) allLetters = allLetters && isAsciiLetter(text[pos]);
      var labelEnd = pos;
      while (text[labelEnd - 1] === "-") labelEnd -= 1;
      if (++labels >= 2 && allLetters && labelEnd - labelStart >= 2) end = labelEnd;
      if (labelEnd !== pos || text[pos] !== ".") break;
      pos += 1;
    }
    return end;
  }

  function emails(text, chars, out) {
    for (var at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
      var start = emailLocalStart(text, at, chars), end = emailDomainEnd(text, at + 1);
      if (start < at && end > at) out.push({ rule: "email", start: start, end: end });
    }
  }

  /* ---- UK phone numbers: "+44" (perhaps then "(0)") or a 0, then groups of digits joined by single
     spaces or hyphens, the first group perhaps in brackets ---- */
  function skipPhoneSeparator(text, pos) { return text[pos] === " " || text[pos] === "-" ? pos + 1 : pos; }

  function phoneAt(text, start, chars) {
    var pos = start, digits = "", international = false, skippedZero = false, openParen = NONE, parenClosed = false;
    function readGroup(at) {
      for (; isDigit(text[at]); at += 1) {
        if (international && !skippedZero && digits.length === 1 && text[at] === "0") { skippedZero = true; continue; }
        if (digits.length === MAX_PHONE_DIGITS) return NONE;
        digits += text[at];
      }
      return at;
    }
    function readGroups(at) {
      var end = NONE;
      while (true) {
        var kept = digits.length, groupEnd = readGroup(at);
        if (groupEnd === NONE) { digits = digits.slice(0, kept); return end; }  // too many digits: it ends before
        if (end === NONE && !international && groupEnd - at < 3) return NONE;  // "01-02-2026"
        end = groupEnd;
        var next = end, closes = openParen !== NONE && !parenClosed && text[next] === ")";
        if (closes) next += 1;
        next = skipPhoneSeparator(text, next);
        if (!isDigit(text[next])) return end;
        parenClosed = parenClosed || closes;
        at = next;
      }
    }
    if (text[pos] === "+") {
      if (text.substr(pos, 3) !== "+44") return null;
      pos = skipPhoneSeparator(text, pos + 3);
      if (text.substr(pos, 3) === "(0)") pos = skipPhoneSeparator(text, pos + 3);
      international = true;
      digits = "0";
    }
    if (text[pos] === "(") openParen = pos++;
    if (!isDigit(text[pos])) return null;
    var end = readGroups(pos);
    if (end === NONE || digits.length < MIN_PHONE_DIGITS || UK_TRUNK_DIGITS.indexOf(digits[1]) < 0) return null;
    if (chars.wordCharAt(text, end) || continuesDigitsAfter(text, end)) return null;
    var from = openParen === start && !parenClosed ? start + 1 : start;
    return { rule: "phone", start: from, end: end };
  }

  function couldStartPhone(text, pos, chars) {
    var c = text[pos], next = text[pos + 1];
    if (c !== "0" && !(c === "(" && next === "0") && !(c === "+" && next === "4")) return false;
    if (chars.wordCharBefore(text, pos) || continuesDigitsBefore(text, pos)) return false;
    return pos === 0 || text[pos - 1] !== "+";
  }

  function phones(text, chars, out) {
    for (var pos = 0; pos < text.length; ++pos) {
      var match = couldStartPhone(text, pos, chars) ? phoneAt(text, pos, chars) : null;
      if (match) out.push(match);
    }
  }

  /* ---- NHS numbers: ten digits ("9434765919", "943 476 5919", "943-476-5919") whose last is the
     Modulus 11 check digit of the rest ---- */
  function isValidNhsNumber(digits) {
    var sum = 0;
    for (var i = 0; i < 9; ++i) sum += Number(digits[i]) * (10 - i);
    var check = 11 - sum % 11;
    return check !== 10 && (check === 11 ? 0 : check) === Number(digits[9]);
  }

  function nhsNumberEnd(text, start, found) {
    var pos = start, digits = "";
    while (isDigit(text[pos]) && digits.length <= 10) digits += text[pos++];
    found.digits = digits;
    if (digits.length === 10) return pos;
    if (digits.length !== 3) return NONE;
    var separator = text[pos];
    if (separator !== " " && separator !== "-") return NONE;
    for (var g = 0; g < 2; ++g) {
      if (text[pos++] !== separator) return NONE;
      for (var i = 0; i < (g === 0 ? 3 : 4); ++i) {
        if (!isDigit(text[pos])) return NONE;
        digits += text[pos++];
      }
    }
    found.digits = digits;
    return isDigit(text[pos]) ? NONE : pos;
  }

  function nhsNumbers(text, chars, out) {
    for (var pos = 0; pos < text.length; ++pos) {
      if (!isDigit(text[pos]) || chars.wordCharBefore(text, pos) || continuesDigitsBefore(text, pos)) continue;
      var found = {}, end = nhsNumberEnd(text, pos, found);
      if (end === NONE || chars.wordCharAt(text, end) || continuesDigitsAfter(text, end)) continue;
      if (isValidNhsNumber(found.digits)) out.push({ rule: "nhs-number", start: pos, end: end });
    }
  }

  /* ---- UK postcodes, with the letters Royal Mail uses in each place ---- */
  var FIRST = "ABCDEFGHIJKLMNOPRSTUWYZ", SECOND = "ABCDEFGHKLMNOPQRSTUVWXY", THIRD = "ABCDEFGHJKPSTUW";
  var FOURTH = "ABEHMNPRVWXY", INWARD = "ABDEFGHJLNPQRSTUWXYZ";
  var OUTWARD_SHAPES = ["A9", "A99", "AA9", "AA99", "A9A", "AA9A"];

  function letterIn(c, allowed) { return isAsciiLetter(c) && allowed.indexOf(c.toUpperCase()) >= 0; }
  function hasShape(code, shape) {
    if (code.length !== shape.length) return false;
    for (var i = 0; i < code.length; ++i) if (shape[i] === "A" ? !isAsciiLetter(code[i]) : !isDigit(code[i])) return false;
    return true;
  }
  function isOutwardCode(code) {
    var shape = OUTWARD_SHAPES.filter(function (s) { return hasShape(code, s); })[0];
    if (!shape || !letterIn(code[0], FIRST)) return false;
    if (shape === "A9A") return letterIn(code[2], THIRD);
    if (shape[1] !== "A") return true;
    return letterIn(code[1], SECOND) && (shape !== "AA9A" || letterIn(code[3], FOURTH));
  }
  function isInwardCode(code) { return hasShape(code, "9AA") && letterIn(code[1], INWARD) && letterIn(code[2], INWARD); }
  // "LS1 4AP" and "ls1 4ap", but not "M1 1st".
  function hasOneCase(text) { return !(/[A-Z]/.test(text) && /[a-z]/.test(text)); }

  function postcodeEnd(text, pos, chars) {
    for (var outward = 2; outward <= 4; ++outward) {
      if (!isOutwardCode(text.substr(pos, outward))) continue;
      for (var gap = 1; gap >= 0; --gap) {
        var inwardStart = pos + outward + gap, end = inwardStart + 3;
        if (gap === 1 && text[inwardStart - 1] !== " ") continue;
        if (!isInwardCode(text.substr(inwardStart, 3)) || chars.wordCharAt(text, end)) continue;
        if (hasOneCase(text.slice(pos, end))) return end;
      }
    }
    return NONE;
  }

  function postcodes(text, chars, out) {
    for (var pos = 0; pos < text.length; ++pos) {
      if (!isAsciiLetter(text[pos]) || chars.wordCharBefore(text, pos)) continue;
      var end = postcodeEnd(text, pos, chars);
      if (end !== NONE) out.push({ rule: "postcode", start: pos, end: end });
    }
  }

  // Adds each e-mail address, phone number, NHS number and postcode in the line to `out` (which may
  // overlap), in the order `check` finds them, as {rule, start, end} with `check`'s rule names.
  function find(line, chars, out) {
    emails(line, chars, out);
    phones(line, chars, out);
    nhsNumbers(line, chars, out);
    postcodes(line, chars, out);
  }

  return { find: find };
})();
