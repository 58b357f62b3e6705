/* coprod form: what the page calls a thing scored, in the words render::row_words() chose for the framework and
   the page's data carries (framework.row_words): "row", or "section" where every section is its one row (the
   shorter guides, whose readers have only ever seen sections). The one place the script's words for it are
   chosen: the rows still to score, the section scores, Save's and Open's counts and the size check take them
   from here. */
var CoprodRowWords = (function () {
  function words(framework) { return framework.row_words; }

  // Whether each section is its one row, named once by its heading.
  function sections(framework) { return words(framework).sections; }

  // "row" or "section"; "rows" or "sections".
  function one(framework) { return words(framework).one; }
  function many(framework) { return words(framework).many; }

  function capitalised(word) { return word.charAt(0).toUpperCase() + word.slice(1); }

  // "1 row", "23 rows"; "1 section", "9 sections".
  function counted(framework, n) { return n + " " + (n === 1 ? one(framework) : many(framework)); }

  return { sections: sections, one: one, many: many, capitalised: capitalised, counted: counted };
})();
