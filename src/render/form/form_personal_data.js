/* coprod form: remarks that look tied to a named person ("Mary said", "Mrs
   Patel told", "according to Dr Patel", "Mary Jones, a carer, said"), found as `coprod check`'s
   attribution rule finds them (src/analysis/personal_data_attribution.cpp),
   with the same lists of words, which the page's data carries, and in text
   boxes e-mail addresses, phone numbers, NHS numbers and postcodes as
   `check` finds them too (form_contact_details.js). The name of the local area, a place, is read for a
   person too: an e-mail address, a long number (a phone or NHS number) or
   a name with a title ("Dr Patel") there is no place's name. Each line is
   read on its own, as `check` reads a value's lines. */
var CoprodPersonalData = (function () {
  var OTHER = 0, SPACE = 1, FULL_STOP = 2;  // how a word is separated from the one before it

  function isAsciiLetter(c) { return (c >= "A" && c <= "Z") || (c >= "a" && c <= "z"); }
  function isDigit(c) { return c >= "0" && c <= "9"; }
  // A letter of U+0080 to U+FFFF (one UTF-16 unit), as `check` reads them (é, ñ, ł, Ω, Д, Ạ, Ა ...; not × or ÷).
  function isOtherLetter(c) { return c >= "\u0080" && /\p{L}/u.test(c); }
  function isLetter(c) { return c !== undefined && (isAsciiLetter(c) || isOtherLetter(c)); }
  // A capital (upper or title case): "M", "É", "Ł", "Ω", "Д", "Ạ", "Ა".
  function isCapital(c) {
    return c !== undefined && ((c >= "A" && c <= "Z") || (isOtherLetter(c) && /[\p{Lu}\p{Lt}]/u.test(c)));
  }
  // A combining accent, part of the letter before it: "E" then U+0301 is "É", as `check` reads it.
  function isAccent(c) { return c !== undefined && c >= "\u0080" && /\p{M}/u.test(c); }
  function isWordChar(c) { return c !== undefined && (isLetter(c) || isDigit(c)); }
  // Where the letter at pos ends, with the accents after it; pos when there is no letter there.
  function letterEnd(text, pos) {
    if (!isLetter(text[pos])) return pos;
    for (pos += 1; isAccent(text[pos]); pos += 1) {}
    return pos;
  }
  // A letter or digit (and any accents after it) ends at pos.
  function wordCharBefore(text, pos) {
    while (pos > 0 && isAccent(text[pos - 1])) pos -= 1;
    return pos > 0 && isWordChar(text[pos - 1]);
  }
  function isSpace(c) { return c === " " || c === "\t" || c === "\n" || c === "\r"; }
  function isJoiner(c) { return c === "'" || c === "-" || c === "\u2019"; }
  function lowerAscii(text) { return text.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); }); }
  function utf8Length(text) { return new TextEncoder().encode(text).length; }
  // The letter rules the contact details scanners read by (form_contact_details.js).
  var CHARS = {
    wordCharAt: function (text, pos) { return isWordChar(text[pos]); },
    wordCharBefore: wordCharBefore,
    isTwoByteLetter: function (c) { return c !== undefined && c < "\u0800" && isOtherLetter(c); }
  };

  // Unicode spaces and dashes as ASCII ones, zero-width characters dropped, as `check` reads text.
  function normalise(text) {
    return text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, " ")
               .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-")
               .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "");
  }

  function wordEnd(text, pos) {
    var start = pos;
    while (true) {
      if (isWordChar(text[pos]) || (pos > start && isAccent(text[pos]))) pos += 1;
      else if (isJoiner(text[pos]) && isWordChar(text[pos + 1])) pos += 1;
      else return pos;
    }
  }

  // `individual`: the page is one person's response, whose note suggests their own words, not a group's.
  function make(words, individual) {
    function setOf(list) { var set = {}; list.forEach(function (word) { set[word] = true; }); return set; }
    var common = setOf(words.common_words), organisation = setOf(words.organisation_words);
    var loneFirstNames = setOf(words.lone_first_names);
    function listed(list, word) { return list.indexOf(word) >= 0; }

    // Whether the word is in the set, read in lower case and as the plural of one ("Charities", "Groups").
    function isListedIn(set, word) {
      var lower = lowerAscii(word);
      if (set[lower] === true) return true;
      if (/ies$/.test(lower) && set[lower.slice(0, -3) + "y"] === true) return true;
      return utf8Length(lower) > 3 && /s$/.test(lower) && set[lower.slice(0, -1)] === true;
    }
    function isCommonWord(word) { return isListedIn(common, word); }

    // "Mary", "Zoë", "Émile", "Łukasz", "O'Brien", "McDonald", "Smith-Jones": a capital, then
    // letters with one in lower case.
    function isNameShaped(word) {
      if (!isCapital(word[0])) return false;
      var pos = letterEnd(word, 0), hasLower = false;
      if ((word[pos] === "'" || word[pos] === "\u2019") && isCapital(word[pos + 1])) pos = letterEnd(word, pos + 1);
      while (pos < word.length) {
        var end = letterEnd(word, pos);
        if (end > pos) { hasLower = hasLower || !isCapital(word[pos]); pos = end; }
        else if (word[pos] === "-" && isCapital(word[pos + 1])) pos += 1;
        else return false;
      }
      return hasLower;
    }

    function isPersonName(word) { return isNameShaped(word) && !isCommonWord(word) && !listed(words.titles, word); }

    function gapBetween(text, previousEnd, start) {
      if (start === previousEnd) return OTHER;
      var fullStop = text[previousEnd] === ".";
      var spacesStart = fullStop ? previousEnd + 1 : previousEnd;
      if (spacesStart === start) return OTHER;
      for (var pos = spacesStart; pos < start; ++pos) if (!isSpace(text[pos])) return OTHER;
      return fullStop ? FULL_STOP : SPACE;
    }

    // Where the name before a reporting verb starts ("Mary", "John Smith", "Mary Ann Smith", "Mrs Patel",
    // "Dr. Jane Smith"). A name said to be where the speaker named before it is from goes with that speaker's
    // name: "Priya from Northbridge Mind said".
    function nameStart(text, recent) {
      function of(word) { return text.slice(word.start, word.end); }
      function isTitle(word) { return word.end > word.start && listed(words.titles, of(word)); }
      function runStart(last) {
        for (var names = 1; ; ++names, --last) {
          var word = recent[last];
          if (last === 0) return last;
          var before = recent[last - 1];
          if (word.gap !== OTHER && isTitle(before)) return last - 1;
          if (names === words.most_name_words || word.gap !== SPACE || !isPersonName(of(before))) return last;
        }
      }
      var last = recent.length - 1;
      if (!isPersonName(of(recent[last]))) return null;
      var first = runStart(last);
      if (first >= 2 && recent[first].gap === SPACE && listed(words.describing_words, of(recent[first - 1])) &&
          recent[first - 1].gap === SPACE && isPersonName(of(recent[first - 2]))) {
        return recent[runStart(first - 2)].start;
      }
      return recent[first].start;
    }

    // "Mary said", "Mrs Patel told": a name, then a reporting verb.
    function namesBeforeVerbs(text, out) {
      // The words before the current one, oldest first: enough for a titled name, the word saying where its
      // speaker is from, and the speaker's titled name.
      var recent = [];
      while (recent.length < 2 * (words.most_name_words + 1) + 1) recent.push({ start: 0, end: 0, gap: OTHER });
      var previousEnd = 0, pos = 0;
      while (pos < text.length) {
        if (!isWordChar(text[pos])) { pos += 1; continue; }
        var word = { start: pos, end: wordEnd(text, pos), gap: gapBetween(text, previousEnd, pos) };
        if (word.gap === SPACE && listed(words.reporting_verbs, text.slice(word.start, word.end))) {
          var start = nameStart(text, recent);
          if (start !== null) out.push({ start: start, end: word.end });
        }
        recent = recent.slice(1).concat([word]);
        previousEnd = pos = word.end;
      }
    }

    function phraseAt(text, pos) {
      if (wordCharBefore(text, pos)) return null;
      function starts(phrase) {
        return lowerAscii(text.substr(pos, phrase.length)) === phrase && !isWordChar(text[pos + phrase.length]);
      }
      var any = words.phrases_before_any_name.filter(starts)[0];
      if (any) return { text: any, anyName: true };
      var verb = words.phrases_before_a_name.filter(starts)[0];
      return verb ? { text: verb, anyName: false } : null;
    }

    function skipSpaces(text, pos) { while (isSpace(text[pos])) pos += 1; return pos; }
    // A run of spaces and tabs, read as one space between words on a line (a newline is not one).
    function skipBlanks(text, pos) { while (text[pos] === " " || text[pos] === "\t") pos += 1; return pos; }

    // Where the name at pos ends ("Dr Patel", "Mary Smith", "Mary Ann Smith"), or -1.
    function nameAfter(text, pos) {
      var end = wordEnd(text, pos);
      var titled = end > pos && listed(words.titles, text.slice(pos, end));
      if (titled) {
        if (text[end] === ".") end += 1;
        if (!isSpace(text[end])) return { end: -1 };
        pos = skipSpaces(text, end);
        end = wordEnd(text, pos);
      }
      if (end === pos || !isPersonName(text.slice(pos, end))) return { end: -1 };
      var name = { end: end, titled: titled, twoNames: false };
      for (var count = 1; count < words.most_name_words; ++count) {
        var next = skipBlanks(text, name.end), nextEnd = wordEnd(text, next);
        if (next === name.end || nextEnd === next || !isPersonName(text.slice(next, nextEnd))) break;
        name = { end: nextEnd, titled: titled, twoNames: true };
      }
      return name;
    }

    function endsClause(text, pos) { return pos >= text.length || ".,;:!?)\"\n\u201d".indexOf(text[pos]) >= 0; }

    // "According to Dr Patel", "said Mary.": the name comes after.
    function phrasesBeforeNames(text, out) {
      for (var pos = 0; pos < text.length; ++pos) {
        var phrase = phraseAt(text, pos);
        if (!phrase) continue;
        var after = pos + phrase.text.length;
        if (!isSpace(text[after])) continue;
        var name = nameAfter(text, skipSpaces(text, after));
        if (name.end < 0 || !(phrase.anyName || name.titled || endsClause(text, name.end))) continue;
        out.push({ start: pos, end: name.end });
      }
    }

    // A name opens a clause: at the start of the line, or after a sentence's end, a colon, a comma or an opening
    // quote or bracket.
    // A word that opens a clause itself opens it for the name after it too ("Then James, a carer, said").
    function opensClause(text, pos) {
      while (pos > 0 && " \t\"'(\u201c\u2018".indexOf(text[pos - 1]) >= 0) pos -= 1;
      if (pos > 0 && isWordChar(text[pos - 1])) {
        var word = pos;
        while (word > 0 && wordCharBefore(text, word)) word -= 1;
        return listed(words.words_opening_a_clause, lowerAscii(text.slice(word, pos))) && opensClause(text, word);
      }
      return pos === 0 || ".!?:;,\n".indexOf(text[pos - 1]) >= 0 || startsListItem(text, pos);
    }

    // Whether a list item's mark ("-", "*", "\u2022", "\u2013") ends at pos and starts a line ("- Mary Jones, a
    // carer, said").
    function startsListItem(text, pos) {
      if (pos === 0 || "-*\u2022\u2013".indexOf(text[pos - 1]) < 0) return false;
      var start = pos - 1;
      while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start -= 1;
      return start === 0 || text[start - 1] === "\n";
    }

    // Where a reporting verb at pos ends, or -1.
    function verbEnd(text, pos) {
      var end = wordEnd(text, pos);
      return end > pos && listed(words.reporting_verbs, text.slice(pos, end)) ? end : -1;
    }

    // "a local charity", "the day centre", "a charity for the area": a word such as "a" or "the" first, and an
    // organisation word as the head, the last word before any linking word ("a carer at the charity" names a
    // carer): words that say an organisation was named.
    function namesAnOrganisation(description) {
      var each = [];
      for (var pos = 0; pos < description.length; ++pos) {
        if (!isWordChar(description[pos]) || wordCharBefore(description, pos)) continue;
        var end = wordEnd(description, pos);
        each.push(lowerAscii(description.slice(pos, end)));
        pos = end - 1;
      }
      // "the network and a carer": a description joining two things may name a person in either (as check says).
      if (each.indexOf("and") !== -1 || each.indexOf("or") !== -1) return false;
      var headCount = 0;
      while (headCount < each.length && !listed(words.linking_words, each[headCount])) ++headCount;
      if (headCount < 2 || !listed(words.words_before_an_organisation, each[0])) return false;
      return isListedIn(organisation, each[headCount - 1]);
    }

    // Just past the closing mark the words from pos run to ("a carer," or "carer)"), when they do not name an
    // organisation, or -1.
    function descriptionEnd(text, pos, closing) {
      var start = pos, count = 0;
      for (; pos < text.length && text[pos] !== closing; ++pos) {
        if (".!?;:\n(),".indexOf(text[pos]) >= 0) return -1;
        if (isWordChar(text[pos]) && !wordCharBefore(text, pos) && ++count > words.most_describing_words) return -1;
      }
      if (pos >= text.length || count === 0 || namesAnOrganisation(text.slice(start, pos))) return -1;
      return pos + 1;
    }

    // "from the network felt": a describing word, then words divided by spaces and tabs alone up to a reporting
    // verb.
    function describedByWordsEnd(text, pos) {
      var end = wordEnd(text, pos);
      if (end === pos || !listed(words.describing_words, text.slice(pos, end))) return -1;
      pos = end;
      for (var count = 1; count <= words.most_describing_words && skipBlanks(text, pos) > pos; ++count) {
        pos = skipBlanks(text, pos);
        var verb = verbEnd(text, pos);
        if (verb >= 0) return verb;
        end = wordEnd(text, pos);
        if (end === pos) return -1;
        pos = end;
      }
      return -1;
    }

    // Where the reporting verb after a description ending at `after` ends ("said" in ", a carer, said"), or -1.
    function verbAfterDescriptionEnd(text, after) {
      if (after < 0) return -1;
      var verb = skipBlanks(text, after);
      return verb === after ? -1 : verbEnd(text, verb);
    }

    // Where ", a carer, said", " (carer) said" or " from the network feels" after a name ends, or -1.
    // (Not "from the network" after a first name alone: "James from the network".)
    function describedVerbEnd(text, nameEnd, firstNameAlone) {
      if (text[nameEnd] === ",") return verbAfterDescriptionEnd(text, descriptionEnd(text, nameEnd + 1, ","));
      var next = skipBlanks(text, nameEnd);
      if (next === nameEnd) return -1;
      if (text[next] === "(") return verbAfterDescriptionEnd(text, descriptionEnd(text, next + 1, ")"));
      return firstNameAlone ? -1 : describedByWordsEnd(text, next);
    }

    // A name with a title or a surname, or a first name alone that is no everyday word ("James, a volunteer,
    // said"; not "Will", "Hope", "Amber").
    function isDescribedName(text, pos, name) {
      if (name.end < 0) return false;
      return name.titled || name.twoNames || loneFirstNames[lowerAscii(text.slice(pos, name.end))] === true;
    }

    // "Mary Jones, a carer, said", "Dr Patel (carer) said", "James, a volunteer, said": a name opening a
    // clause, described before its verb.
    function describedSpeakers(text, out) {
      for (var pos = 0; pos < text.length; ++pos) {
        if (!isWordChar(text[pos]) || wordCharBefore(text, pos) || !opensClause(text, pos)) continue;
        var name = nameAfter(text, pos);
        var firstNameAlone = !(name.titled || name.twoNames);
        var end = isDescribedName(text, pos, name) ? describedVerbEnd(text, name.end, firstNameAlone) : -1;
        if (end >= 0) out.push({ start: pos, end: end });
      }
    }

    // The longest matches (the earliest among equals) that do not overlap, in order.
    function withoutOverlaps(text, found) {
      found.forEach(function (m, i) { m.bytes = utf8Length(text.slice(m.start, m.end)); m.order = i; });
      found.sort(function (a, b) { return a.bytes !== b.bytes ? b.bytes - a.bytes : a.start !== b.start ? a.start - b.start : a.order - b.order; });
      var kept = [];
      found.forEach(function (m) {
        if (!kept.some(function (k) { return k.start < m.end && m.start < k.end; })) kept.push(m);
      });
      return kept.sort(function (a, b) { return a.start - b.start; });
    }

    // Everything in the text `check` flags, as written, in order: {rule, text}, with `check`'s rule names
    // ("email", "phone", "nhs-number", "postcode", "attribution"), where two overlap the longer kept, as it does.
    function findAll(text) {
      var all = [];
      String(text).split("\n").forEach(function (line) {
        line = normalise(line);
        var found = [], remarks = [];
        CoprodContactDetails.find(line, CHARS, found);
        namesBeforeVerbs(line, remarks);
        phrasesBeforeNames(line, remarks);
        describedSpeakers(line, remarks);
        remarks.forEach(function (m) { m.rule = "attribution"; found.push(m); });
        withoutOverlaps(line, found).forEach(function (m) { all.push({ rule: m.rule, text: line.slice(m.start, m.end) }); });
      });
      return all;
    }

    // Each remark in the text that looks tied to a named person, as written ("Mary said"), in order.
    function find(text) {
      return findAll(text).filter(function (m) { return m.rule === "attribution"; }).map(function (m) { return m.text; });
    }

    // A name with a title ("Dr Patel", "Mrs. Jane Smith"), found where each word starts.
    function titledNames(text, out) {
      for (var pos = 0; pos < text.length; pos = Math.max(wordEnd(text, pos), pos + 1)) {
        if (!isWordChar(text[pos]) || wordCharBefore(text, pos)) continue;
        var name = nameAfter(text, pos);
        if (name.end > 0 && name.titled) out.push({ start: pos, end: name.end });
      }
    }

    function matchesOf(pattern, text, out, keep) {
      var match;
      pattern.lastIndex = 0;
      while ((match = pattern.exec(text)) !== null) {
        if (!keep || keep(match[0])) out.push({ start: match.index, end: match.index + match[0].length });
      }
    }

    // In the name of a place: each part that reads as a person rather than a place, as written.
    function findInPlace(text) {
      var phrases = [];
      String(text).split("\n").forEach(function (line) {
        line = normalise(line);
        var found = [];
        matchesOf(EMAIL, line, found);
        matchesOf(LONG_NUMBER, line, found, function (number) { return number.replace(/\D/g, "").length >= 10; });
        titledNames(line, found);
        namesBeforeVerbs(line, found);
        phrasesBeforeNames(line, found);
        withoutOverlaps(line, found).forEach(function (m) { phrases.push(line.slice(m.start, m.end)); });
      });
      return phrases;
    }

    return { find: find, findAll: findAll, findInPlace: findInPlace, note: words.note,
             contactNote: words.contact_note, descriptions: words.descriptions,
             instead: individual ? words.instead_individual : words.instead_group };
  }

  // As `coprod check` finds an e-mail address: a local part, "@", and a domain of two labels or more.
  var EMAIL = /[A-Za-z0-9._%+\-\u00c0-\u027f]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/g;
  // Digits with spaces or hyphens between them, ten or more digits in all: a phone or NHS number, not a place.
  var LONG_NUMBER = /\+?\d[\d \-]{8,}\d/g;

  function quoted(phrases) {
    var each = phrases.map(function (p) { return "\"" + p + "\""; });
    return each.length < 2 ? each.join("") : each.slice(0, -1).join(", ") + " and " + each[each.length - 1];
  }

  function onlyOnce(list) { return list.filter(function (p, i) { return list.indexOf(p) === i; }); }

  // "an e-mail address ("jo@example.com") and a UK phone number ("020 7946 0018" and "07700 900123")": each
  // kind in the order first found, described as `check` describes it.
  function details(found, finder) {
    var rules = onlyOnce(found.map(function (m) { return m.rule; }));
    var each = rules.map(function (rule) {
      var phrases = onlyOnce(found.filter(function (m) { return m.rule === rule; }).map(function (m) { return m.text; }));
      return finder.descriptions[rule] + " (" + quoted(phrases) + ")";
    });
    return each.length < 2 ? each.join("") : each.slice(0, -1).join(", ") + " and " + each[each.length - 1];
  }

  // What is said under a box: the remarks tied to a named person, each once, and what to write instead, then
  // the contact details and numbers, in the words of render/attribution_note.hpp (the page's data as `note`
  // and `contact_note`), which `score --interactive` uses too; it never stops Save.
  function message(found, finder) {
    var remarks = onlyOnce(found.filter(function (m) { return m.rule === "attribution"; }).map(function (m) { return m.text; }));
    var contacts = found.filter(function (m) { return m.rule !== "attribution"; });
    var said = [];
    if (remarks.length) {
      said.push(finder.note.replace("{phrases}", function () { return quoted(remarks); })
                           .replace("{instead}", function () { return finder.instead; }));
    }
    if (contacts.length) said.push(finder.contactNote.replace("{details}", function () { return details(contacts, finder); }));
    return said.join(" ") + " You can still save it as it is.";
  }

  // What is said under the name of a place (the local area) that reads as a person: it never stops Save.
  function placeMessage(phrases) {
    var once = onlyOnce(phrases);
    return "This looks like a person's name or contact details (" + quoted(once) + "), not the name of an area. " +
           "The file is shared with others, so write the name of the place instead, for example Northbridge. " +
           "You can still save it as it is.";
  }

  // Says under a text box, in its polite live region, which remarks look tied to a named person (nothing
  // when none), or under the name of a place (its note marked data-reads="place") what reads as a person,
  // and adds it to what describes the box while it is there. `whileShown`: only change a message already
  // shown (while typing, so a half-typed sentence is not announced).
  function sayUnder(box, finder, whileShown) {
    var note = document.getElementById(box.id + "-personal");
    if (!note || (whileShown && !note.textContent)) return;
    var place = note.getAttribute("data-reads") === "place";
    var phrases = place ? finder.findInPlace(box.value) : finder.findAll(box.value);
    var text = !phrases.length ? "" : place ? placeMessage(phrases) : message(phrases, finder);
    if (note.textContent === text) return;
    note.textContent = text;
    var described = (box.getAttribute("aria-describedby") || "").split(" ").filter(function (d) { return d && d !== note.id; });
    if (text) described.push(note.id);
    if (described.length) box.setAttribute("aria-describedby", described.join(" ")); else box.removeAttribute("aria-describedby");
  }

  // Whether a box has such a note: each text box, each "Completed by" and the local area, as 'coprod check'
  // reads them all.
  function noted(box) { return !!box.id && !!document.getElementById(box.id + "-personal"); }

  function sayUnderEvery(finder) {
    Array.prototype.forEach.call(document.querySelectorAll("textarea, input[type=text]"), function (box) {
      if (noted(box)) sayUnder(box, finder, false);
    });
  }

  return { make: make, noted: noted, sayUnder: sayUnder, sayUnderEvery: sayUnderEvery };
})();
