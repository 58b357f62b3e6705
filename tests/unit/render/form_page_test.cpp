#include "render/form_page.hpp"

#include <regex>

#include <doctest/doctest.h>

#include "yaml/assessment_writer.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

std::shared_ptr<const model::Framework> ipc_framework() {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  return catalog.find("ipc-coproduction", 1);
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t found = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++found;
  return found;
}

render::FormPage blank_page(std::optional<model::Perspective> perspective = model::Perspective::organisation) {
  render::FormPage page;
  page.framework = ipc_framework();
  page.comments = yaml::assessment_file_comments(*ipc_framework());
  page.identity = {std::string("Northbridge"), model::Period::parse("2026-Q3"), perspective};
  return page;
}

}  // namespace

TEST_CASE("render_form_page: one labelled score group per row, from the framework's wording") {
  const std::string html = render::render_form_page(blank_page());
  const auto& framework = *ipc_framework();
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">", 0) == 0);
  CHECK(count(html, "<fieldset class=\"score\"") == framework.row_count());
  CHECK(count(html, "<legend>") >= framework.row_count());
  CHECK(count(html, "value=\"n/a\"") == framework.row_count());
  CHECK(count(html, "-score-none\" name=") == framework.row_count());
  // 0 to 5 in half points: eleven choices a row, each with its own label
  CHECK(count(html, "<div class=\"scale-item") == 11 * framework.row_count());
  const auto& first = framework.sections.front();
  CHECK(html.find(first.label()) != std::string::npos);
  CHECK(html.find(first.aim.text) != std::string::npos);
  CHECK(html.find("id=\"s0-completed-by\"") != std::string::npos);
  // every labelled control's id exists once
  const std::regex label_for("<label[^>]* for=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), label_for); it != std::sregex_iterator(); ++it) {
    const std::string id = (*it)[1];
    CHECK_MESSAGE(count(html, "id=\"" + id + "\"") == 1, id);
  }
  // nothing from outside the page
  for (const char* outside : {"src=\"http", "href=\"http", "src=\"//", "href=\"//", "url(", "@import"}) {
    CHECK_MESSAGE(html.find(outside) == std::string::npos, outside);
  }
  CHECK(html.find("@@") == std::string::npos);
}

TEST_CASE("render_form_page: each date box has an empty live region for what \"Use today's date\" did") {
  // A screen reader announces text put into a live region only if the region was on the page before.
  const std::string html = render::render_form_page(blank_page());
  const auto sections = ipc_framework()->sections.size();
  CHECK(count(html, "data-for=\"s0-last-completed\"") == 1);
  CHECK(count(html,
              "<div class=\"date-done\" id=\"s0-last-completed-done\" role=\"status\" "
              "aria-live=\"polite\"></div>") == 1);
  CHECK(count(html, "-last-completed-done\" role=\"status\" aria-live=\"polite\"></div>") == sections);
}

TEST_CASE("render_form_page: the contents list is not numbered over the sections' own numbers") {
  // An ordered list read "2. 1. Commitment and leadership": two numbers, neither the phase's alone.
  const std::string html = render::render_form_page(blank_page());
  const auto start = html.find("<nav class=\"contents\"");
  REQUIRE(start != std::string::npos);
  const std::string contents = html.substr(start, html.find("</nav>", start) - start);
  CHECK(contents.find("<ol") == std::string::npos);
  CHECK(contents.find("<ul>") != std::string::npos);
  CHECK(contents.find(">1. Commitment and leadership</a>") != std::string::npos);
}

TEST_CASE("render_form_page: the rows still to score are the script's, not printed, and the contents lead there") {
  // Without the script nothing says which rows have a score: the list, its line in the contents and its live
  // region stay hidden until form_rows_to_score.js fills them in.
  const std::string html = render::render_form_page(blank_page());
  CHECK(count(html, "<div class=\"rows-to-score print-hide\" id=\"rows-to-score\" hidden>") == 1);
  CHECK(count(html,
              "<li id=\"contents-rows-to-score\" hidden><a href=\"#rows-to-score-title\">Rows still to "
              "score</a></li>") == 1);
  CHECK(count(html, "<h3 id=\"rows-to-score-title\" tabindex=\"-1\">Rows still to score</h3>") == 1);
  CHECK(count(html, "id=\"rows-to-score-said\" role=\"status\" aria-live=\"polite\"></div>") == 1);
  CHECK(html.find("var CoprodRowsToScore") < html.find("var CoprodSave"));  // Save's message links to the list
}

TEST_CASE("render_form_page: the same input gives the same bytes, within the form's 450 KB budget") {
  // The budget check_form_in_browser.py holds the page filled from the example to; blank, 412 KB on 2026-12-06.
  const std::string html = render::render_form_page(blank_page());
  CHECK(html == render::render_form_page(blank_page()));
  CHECK(html.size() < 450 * 1024);
}

TEST_CASE("render_form_page: the words used say what IPC and a personal health budget are") {
  const std::string html = render::render_form_page(blank_page());
  CHECK(html.find("<dt>IPC</dt><dd>Integrated Personal Commissioning: a programme of NHS England") !=
        std::string::npos);
  CHECK(html.find("<dt>Personal health budget</dt><dd>An amount of money") != std::string::npos);
  CHECK(html.find("integrated care boards took this on in July 2022") != std::string::npos);
}

TEST_CASE("render_form_page: a fixed value's label has no colon of its own, as the style puts one after it") {
  // "Whose view:: the organisation" read twice over.
  for (const auto perspective : {model::Perspective::organisation, model::Perspective::individual}) {
    const std::string html = render::render_form_page(blank_page(perspective));
    CHECK(count(html, "<div class=\"fixed\"><span class=\"label\">") == 3);
    CHECK(html.find(":</span> <strong") == std::string::npos);
    CHECK(html.find("<span class=\"label\">Whose view</span> <strong id=\"perspective-text\">") != std::string::npos);
  }
}

TEST_CASE("render_form_page: an individual's form asks for no name") {
  const std::string html = render::render_form_page(blank_page(model::Perspective::individual));
  CHECK(html.find("id=\"s0-completed-by\"") == std::string::npos);
  CHECK(html.find("It does not ask for your name") != std::string::npos);
}

TEST_CASE(
    "render_form_page: a form made for a period has a hidden question of the period a file opened is scored for") {
  // Shown when a file of another period is opened: this form's period, the file's answers a start, or the file's.
  const std::string html = render::render_form_page(blank_page(model::Perspective::organisation));
  CHECK(count(html, "<fieldset class=\"field\" id=\"period-choice\" hidden>") == 1);
  CHECK(count(html, "name=\"period-choice\" value=") == 2);
  CHECK(count(html, "<label for=\"period-choice-form\">2026-Q3: start from the file's answers") == 1);
}

TEST_CASE("render_form_page: a form that saves responses has a hidden question of whose answers a file opened holds") {
  // Shown when a response is opened: the person's own saves under its name again, someone else's anew.
  const std::string question =
      "<fieldset class=\"field\" id=\"whose-answers\" role=\"radiogroup\" aria-required=\"true\" "
      "aria-describedby=\"whose-answers-hint\" hidden>";
  const std::string html = render::render_form_page(blank_page(model::Perspective::individual));
  CHECK(count(html, question) == 1);
  CHECK(count(html, "name=\"whose-answers\" value=") == 2);
  CHECK(html.find("<input type=\"radio\" id=\"whose-answers-mine\" name=\"whose-answers\" value=\"mine\" checked") ==
        std::string::npos);
  render::FormPage asks = blank_page(std::nullopt);  // its choices of whose view save no response
  CHECK(render::render_form_page(asks).find(question) == std::string::npos);
}

TEST_CASE("render_form_page: the question of whose answers promises no file replaced, and chooses for no one") {
  // A browser keeps a file downloaded before and numbers the new one, so Save cannot replace a file: the hint
  // says which to send. A file saved from the form on this device is said to be, with no answer chosen: on a
  // shared computer it may be another person's.
  const std::string html = render::render_form_page(blank_page(model::Perspective::individual));
  CHECK(html.find("replaces that file") == std::string::npos);
  CHECK(count(html,
              "Save gives your file the same name again, so your answers count once (your browser may add "
              "a number to the new file's name, such as (1): send the newest file).") == 1);
  CHECK(count(html,
              "<div class=\"hint\" id=\"whose-answers-known\" hidden>This file was saved from this form on "
              "this device. If you saved it, choose \"My own\".</div>") == 1);
  CHECK(html.find("is chosen") == std::string::npos);
}

TEST_CASE("render_form_page: what the facilitator left out is asked on the page") {
  render::FormPage page;
  page.framework = ipc_framework();
  page.comments = yaml::assessment_file_comments(*ipc_framework());
  const std::string html = render::render_form_page(page);
  // Marked required for assistive technology, as Save asks for them (the choice of whose view is a
  // radiogroup marked so, in the test below).
  CHECK(html.find("<input type=\"text\" id=\"area\" aria-describedby=\"area-hint\" aria-required=\"true\"") !=
        std::string::npos);
  CHECK(html.find("<input type=\"text\" id=\"period\" aria-describedby=\"period-hint\" aria-required=\"true\"") !=
        std::string::npos);
  CHECK(html.find("id=\"period-choice\"") == std::string::npos);  // no period of its own to ask about
  CHECK(html.find("id=\"perspective-organisation\"") != std::string::npos);
  CHECK(html.find("id=\"perspective-peer-network\"") != std::string::npos);
}

TEST_CASE("render_form_page: whose view has an empty live region for a note about a file opened") {
  // One person's response opened in a form that asks whose view fits neither choice, and a file of another
  // view opened in a form made for one is kept as the form's view: the page says so under whose view, and
  // a screen reader announces it only if the region was on the page before.
  render::FormPage page;
  page.framework = ipc_framework();
  page.comments = yaml::assessment_file_comments(*ipc_framework());
  const std::string html = render::render_form_page(page);
  CHECK(count(html,
              "<fieldset class=\"field\" id=\"perspective\" role=\"radiogroup\" aria-required=\"true\" "
              "aria-describedby=\"perspective-note\">") == 1);
  CHECK(count(html, "<div class=\"field-note\" id=\"perspective-note\" role=\"status\" aria-live=\"polite\"></div>") ==
        1);
  for (const auto made_for : {model::Perspective::organisation, model::Perspective::individual}) {
    const std::string fixed = render::render_form_page(blank_page(made_for));
    CHECK(count(fixed, "<strong id=\"perspective-text\">") == 1);
    CHECK(count(fixed,
                "<div class=\"field-note\" id=\"perspective-note\" role=\"status\" "
                "aria-live=\"polite\"></div>") == 1);
  }
}

TEST_CASE("render_form_page: user text is escaped in the markup and cannot close the data's script") {
  model::Assessment assessment;
  assessment.area = "</script><script>alert(1)</script> & \"x\"";
  assessment.period = *model::Period::parse("2026-Q3");
  model::SectionResponse section;
  section.section_id = ipc_framework()->sections.front().id;
  model::RowResponse row;
  row.row_id = ipc_framework()->sections.front().rows.front().id;
  row.score = model::Score::from_halves(5);
  row.evidence = "<!-- </SCRIPT> <img src=x onerror=alert(2)>";
  section.rows.push_back(row);
  assessment.sections.push_back(section);
  render::FormPage page = blank_page();
  page.values = &assessment;
  page.identity.area = assessment.area;
  const std::string html = render::render_form_page(page);
  CHECK(count(html, "<script") == 2);  // the data and the script, nothing the user wrote
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;") != std::string::npos);
  const std::string data = render::form_page_data(page);
  CHECK(data.find('<') == std::string::npos);
  CHECK(data.find("\\u003c!-- \\u003c/SCRIPT>") != std::string::npos);
  CHECK(data.find("\"score\": \"2.5\"") != std::string::npos);
}

TEST_CASE("form_page_data: a form made from a file carries the file's text to the page, for Save to change in place") {
  model::Assessment assessment;
  assessment.area = "Northbridge";
  assessment.period = *model::Period::parse("2026-Q3");
  render::FormPage page = blank_page();
  page.values = &assessment;
  const std::string text =
      "\xEF\xBB\xBF# yaml-language-server: $schema=../a.json\r\n#\r\nformat: coprod-assessment/1\r\n";
  page.text = text;
  CHECK(
      render::form_page_data(page).find("\"text\": \"\xEF\xBB\xBF# yaml-language-server: $schema=../a.json\\r\\n#\\r\\n"
                                        "format: coprod-assessment/1\\r\\n\"") != std::string::npos);
}

TEST_CASE("form_page_data: the words the page says a missing section score in are coprod's") {
  const std::string data = render::form_page_data(blank_page());
  const auto words = data.find("\"missing_score\": {");
  REQUIRE(words != std::string::npos);
  CHECK(data.find("\"not_scored\": \"not scored yet\"", words) != std::string::npos);
  CHECK(data.find("\"not_applicable\": \"not applicable\"", words) != std::string::npos);
  const std::string html = render::render_form_page(blank_page());
  CHECK(count(html, "class=\"score-cell\">not scored yet</td>") == ipc_framework()->sections.size());
  CHECK(html.find("A section with no score (not scored yet, or every row not applicable) is a gap") !=
        std::string::npos);
}

TEST_CASE("assessment_file_comments: the pieces are the bytes write_assessment_file writes") {
  const auto& framework = *ipc_framework();
  model::Assessment assessment;
  assessment.area = "Northbridge";
  assessment.period = *model::Period::parse("2026-Q3");
  const std::string file = yaml::write_assessment_file(framework, assessment, {});
  const auto comments = yaml::assessment_file_comments(framework);
  CHECK(file.rfind(comments.title + yaml::self_assessment_comment(assessment) + comments.guidance, 0) == 0);
  std::size_t at = 0;
  for (std::size_t i = 0; i < framework.sections.size(); ++i) {
    at = file.find(comments.sections[i] + "  " + framework.sections[i].id + ":\n", at);
    REQUIRE(at != std::string::npos);
    for (std::size_t j = 0; j < framework.sections[i].rows.size(); ++j) {
      at = file.find(comments.rows[i][j] + "      " + framework.sections[i].rows[j].id + ":\n", at);
      REQUIRE(at != std::string::npos);
    }
  }
  CHECK(file.find(comments.reflections + "reflections:\n", at) != std::string::npos);
}

TEST_CASE("render_form_page: a row with only one sign says what its scores mean, in its score group") {
  const std::string html = render::render_form_page(blank_page());
  // facilitate.same-direction (section 7, row 3) has only a warning sign; impact.trust (6, 3) only an early
  // indicator. Each says what its scores mean in place of the scale's "0 means nothing has started yet", which on a row
  // with only a warning sign reads the wrong way round.
  CHECK(count(html, "class=\"one-sign\"") == 2);
  CHECK(count(html, "0 means nothing has started yet; 5 means this is fully in place.") ==
        count(html, "<fieldset class=\"score\"") - 2);
  CHECK(html.find("<fieldset class=\"score\" aria-describedby=\"r6-2-warning r6-2-one-sign r6-2-score-hint\">") !=
        std::string::npos);
  CHECK(html.find("</legend>\n<p class=\"one-sign\" id=\"r6-2-one-sign\">This row has only a warning sign: 5 means "
                  "it is not seen here at all, 0 that it is seen a lot.</p>\n<div class=\"hint\" "
                  "id=\"r6-2-score-hint\">Half points such as 2.5 are fine.</div>\n<div class=\"scale\">") !=
        std::string::npos);
  CHECK(html.find("<fieldset class=\"score\" aria-describedby=\"r5-2-indicator r5-2-one-sign r5-2-score-hint\">") !=
        std::string::npos);
  CHECK(html.find("<p class=\"one-sign\" id=\"r5-2-one-sign\">This row has only an early indicator: 5 means it is "
                  "fully true here, 0 that there is no sign of it yet.</p>\n<div class=\"hint\" "
                  "id=\"r5-2-score-hint\">Half points such as 2.5 are fine.</div>") != std::string::npos);
  CHECK(html.find("<fieldset class=\"score\" aria-describedby=\"r0-0-indicator r0-0-warning r0-0-score-hint\">") !=
        std::string::npos);
  CHECK(
      html.find("<div class=\"hint\" id=\"r0-0-score-hint\">0 means nothing has started yet; 5 means this is fully in "
                "place. Half "
                "points such as 2.5 are fine.</div>") != std::string::npos);
}

TEST_CASE("render_form_page: the words explained and the footer name only what the framework has") {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  const std::string ipc = render::render_form_page(blank_page());
  CHECK(ipc.find("<dt>Warning sign</dt>") != std::string::npos);
  CHECK(ipc.find("<dt>Early indicator</dt>") != std::string::npos);
  CHECK(ipc.find(" and aims are worded as in") != std::string::npos);
  for (const char* id : {"strategic-coproduction", "making-coproduction-work"}) {
    render::FormPage page = blank_page();
    page.framework = catalog.find(id, 1);
    REQUIRE(page.framework);
    page.comments = yaml::assessment_file_comments(*page.framework);
    const std::string html = render::render_form_page(page);
    CHECK_MESSAGE(html.find("<dt>Warning sign</dt>") == std::string::npos, id);
    // Nor does its footer speak of aims the leaflet does not have.
    CHECK_MESSAGE(html.find(" and aims are worded as in") == std::string::npos, id);
    CHECK_MESSAGE(html.find("<dt>Early indicator</dt>") != std::string::npos, id);
  }
}

render::FormPage strategic_page() {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  const auto framework = catalog.find("strategic-coproduction", 1);
  REQUIRE(framework);
  render::FormPage page;
  page.framework = framework;
  page.comments = yaml::assessment_file_comments(*framework);
  page.identity = {std::string("Eastvale"), model::Period::parse("2026-Q4"), model::Perspective::peer_network};
  return page;
}

TEST_CASE("render_form_page: a section title ending in \";\" names its section without the mark") {
  // The strategic framework's titles are a leaflet's list items: "5. Commitment from senior management;".
  const std::string html = render::render_form_page(strategic_page());
  CHECK(count(html, "(5. Commitment from senior management)") > 0);
  CHECK(count(html, "(3. Tangible outputs that make a difference.)") > 0);
  CHECK(count(html, "management;)") == 0);
  CHECK(count(html, ";, row ") == 0);
  CHECK(count(html, "., row ") == 0);
}

TEST_CASE("render_form_page: where every section is its one row, the form names each section once, as a section") {
  // The shorter guides (render::row_words()): a reader has only ever seen sections there.
  const std::string html = render::render_form_page(strategic_page());
  CHECK(count(html, "Row 1 of 1") == 0);
  CHECK(count(html, "Row 1:") == 0);
  CHECK(count(html, ", row 1)</span>") == 0);
  CHECK(count(html, "class=\"signs\"") == 0);  // no early indicator under the heading in its own words
  CHECK(count(html,
              "<legend>How far have things got locally?<span class=\"visually-hidden\"> (5. Commitment "
              "from senior management)</span></legend>") == 1);
  CHECK(count(html, "aria-describedby=\"s4-title") == 2);  // its scores and "We see this early indicator"
  // The intro, and the header comments of the file Save writes (a group's and one person's) in the page's data.
  CHECK(count(html, "For each section, read its heading: it is the early indicator") == 3);
  CHECK(count(html, "If a section does not apply") == 1);
  CHECK(count(html, "a section's scores") == 1);
  CHECK(count(html, ">Sections still to score<") == 2);  // the list's heading and its line in the contents
  CHECK(count(html, "the section does not apply here, so it has no score") == 1);
  CHECK(count(html, "Each section's score is the average") == 0);

  const std::string main_guide = render::render_form_page(blank_page());
  CHECK(count(main_guide, "Row 1 of 5") == 1);
  CHECK(count(main_guide, "Row 1: how far have things got locally?") > 0);
  CHECK(count(main_guide, ">Rows still to score<") == 2);
  CHECK(count(main_guide, "the row does not apply here") == 1);
}

TEST_CASE("form_page_data: the page's script is given the words for a thing scored, from row_words()") {
  const std::string one_row = render::form_page_data(strategic_page());
  const std::string main_guide = render::form_page_data(blank_page());
  for (const auto* data : {&one_row, &main_guide}) {
    const auto at = data->find("\"row_words\": {");
    REQUIRE(at != std::string::npos);
    const std::string words = data->substr(at, data->find('}', at) - at);
    CHECK(count(words, data == &one_row ? "\"sections\": true" : "\"sections\": false") == 1);
    CHECK(count(words, data == &one_row ? "\"one\": \"section\"" : "\"one\": \"row\"") == 1);
    CHECK(count(words, data == &one_row ? "\"many\": \"sections\"" : "\"many\": \"rows\"") == 1);
  }
}

TEST_CASE("render_form_page: every printed page names the form and its page number, and each row its section") {
  render::FormPage page = blank_page(model::Perspective::peer_network);
  std::string html = render::render_form_page(page);
  CHECK(html.find("@bottom-left { content: \"Scoring form: Co-production reflection tool for Integrated Personal "
                  "Commissioning\";") != std::string::npos);
  CHECK(html.find("\"Page \" counter(page) \" of \" counter(pages)") != std::string::npos);
  CHECK(html.find("Row 2 of 5<span class=\"print-inline\"> \u00b7 1. Commitment and leadership</span></h3>") !=
        std::string::npos);
  // Not the period it was made for: a file of another period opened on it is scored for its own.
  CHECK(html.find("content: \"Scoring form: Northbridge") == std::string::npos);

  page.identity.area = "</style><script>alert(1)</script>";
  html = render::render_form_page(page);
  CHECK(html.find("</style><script>alert") == std::string::npos);
  CHECK(count(html, "</style>") == 1);
}

TEST_CASE("render_form_page: the period a form is made for is shown with its months, on screen and on paper") {
  // To a reader in the NHS, counting quarters from April, 2027-Q1 would be April to June.
  render::FormPage page = blank_page();
  page.identity.period = model::Period::parse("2027-Q1");
  CHECK(count(render::render_form_page(page),
              "<strong id=\"period-text\">2027-Q1</strong><span id=\"period-months\"> (January to March "
              "2027)</span>") == 1);
  page.identity.period = model::Period::parse("2027-01");  // a month needs no telling
  CHECK(count(render::render_form_page(page),
              "<strong id=\"period-text\">2027-01</strong><span id=\"period-months\"></span>") == 1);
}

TEST_CASE(
    "render_form_page: \"Completed by\"'s example is a peer network's meeting only where the form speaks of one") {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  const std::string peer_example = "for example \"Peer network meeting, 8 members\"";
  const std::string team_example = "for example \"Team meeting, 6 people\"";
  // The main guide speaks of a peer network, but has the organisation complete its own view separately.
  const std::string ipc_organisation = render::render_form_page(blank_page());
  CHECK(count(ipc_organisation, team_example) == ipc_framework()->sections.size());
  CHECK(count(ipc_organisation, peer_example) == 0);
  for (const auto perspective :
       {std::optional(model::Perspective::peer_network), std::optional<model::Perspective>()}) {
    const std::string ipc = render::render_form_page(blank_page(perspective));
    CHECK(count(ipc, peer_example) == ipc_framework()->sections.size());
    CHECK(count(ipc, team_example) == 0);
  }
  for (const char* id : {"strategic-coproduction", "making-coproduction-work"}) {
    CAPTURE(id);
    render::FormPage page = blank_page();
    page.framework = catalog.find(id, 1);
    REQUIRE(page.framework);
    page.comments = yaml::assessment_file_comments(*page.framework);
    const std::string html = render::render_form_page(page);
    CHECK(count(html, team_example) == page.framework->sections.size());
    CHECK(count(html, peer_example) == 0);
    // A form made for the peer network's own view may give its meeting as the example, in any framework.
    page.identity.perspective = model::Perspective::peer_network;
    CHECK(count(render::render_form_page(page), peer_example) == page.framework->sections.size());
  }
}
