#include <algorithm>
#include <stdexcept>

#include <doctest/doctest.h>

#include "analysis/scoring.hpp"
#include "render/report.hpp"
#include "render/workbook.hpp"
#include "render/workbook_abbreviations.hpp"
#include "render/workbook_summary.hpp"
#include "test_support.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/plan_loader.hpp"

using namespace coprod;
using render::Cell;
using render::CellStyle;

namespace {

yaml::LoadedAssessment load(const std::string& perspective, const std::string& rows,
                            const std::string& area = "Northbridge") {
  const std::string text =
      "format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\n"
      "area: " +
      area + "\nperspective: " + perspective +
      "\nperiod: 2026-Q3\nsections:\n"
      "  commitment:\n    rows:\n" +
      rows;
  auto loaded = yaml::load_assessment(text, perspective + ".yaml", test::builtin_catalog());
  REQUIRE(loaded);
  return std::move(*loaded);
}

std::size_t utf16_length(const std::string& text) {
  std::size_t units = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;
  }
  return units;
}

const render::Sheet& sheet_named(const render::Workbook& workbook, const std::string& name) {
  for (const auto& sheet : workbook.sheets) {
    if (sheet.name == name) return sheet;
  }
  FAIL("no sheet named " << name);
  throw std::logic_error("unreachable");
}

// The printed width of each page across, in points at full size: the frozen columns and the page's own.
std::vector<double> page_points(const render::Sheet& sheet) {
  std::vector<std::size_t> starts = {0};
  starts.insert(starts.end(), sheet.page_breaks.begin(), sheet.page_breaks.end());
  std::vector<double> pages;
  for (std::size_t page = 0; page < starts.size(); ++page) {
    const std::size_t end = page + 1 < starts.size() ? starts[page + 1] : sheet.widths.size();
    double points = 0;
    for (std::size_t column = 0; column < end; ++column)
      if (column < sheet.frozen_columns || column >= starts[page])
        points += render::column_points(sheet.widths[column]);
    pages.push_back(points);
  }
  return pages;
}

}  // namespace

TEST_CASE("Cell::of_text") {
  SUBCASE("text that looks like a formula stays text") {
    const Cell cell = Cell::of_text("=HYPERLINK(\"http://x\")");
    CHECK(cell.kind == Cell::Kind::text);
    CHECK(cell.text == "=HYPERLINK(\"http://x\")");
  }
  SUBCASE("control characters are dropped, line breaks kept") {
    CHECK(Cell::of_text("a\x07 b\x1b[31m\nc\xC2\x85").text == "a b[31m\nc");
  }
  SUBCASE("text beyond Excel's 32,767 characters is cut, with a note, at a character boundary") {
    const std::string emoji = "\xF0\x9F\x99\x82";  // U+1F642: two UTF-16 units
    std::string long_text;
    for (int i = 0; i < 20000; ++i) long_text += emoji;
    const Cell cell = Cell::of_text(long_text);
    CHECK(utf16_length(cell.text) <= render::k_max_cell_text);
    CHECK(cell.text.find("[cut short: a spreadsheet cell holds at most 32,767 characters") != std::string::npos);
    CHECK(cell.text.rfind(emoji, cell.text.find(" [cut short")) == cell.text.find(" [cut short") - emoji.size());
    const std::string fits(render::k_max_cell_text, 'x');
    CHECK(Cell::of_text(fits).text == fits);
  }
}

TEST_CASE("build_scores_workbook") {
  const auto organisation = load("organisation",
                                 "      strategy:\n        score: 3\n        evidence: \"=cmd|' /C calc'!A0\"\n"
                                 "      motivation:\n        score: n/a\n");
  const auto peer = load("peer-network", "      strategy:\n        score: 4.5\n      resources:\n        score: 2\n");
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(organisation.framework, organisation.assessment),
                  test::scored(peer.framework, peer.assessment)};
  const render::Workbook workbook = render::build_scores_workbook(input);

  SUBCASE("sheets, title and a fixed date when none is given") {
    std::vector<std::string> names;
    for (const auto& sheet : workbook.sheets) names.push_back(sheet.name);
    CHECK(names == std::vector<std::string>{"Summary", "Rows", "About these scores", "Reflections", "Web data",
                                            "Abbreviations"});
    CHECK(workbook.title == "Co-production reflection: Northbridge, 2026-Q3");
    CHECK(workbook.created_seconds == 315532800);
    input.date = model::Date::parse("2026-09-21");
    CHECK(render::build_scores_workbook(input).created_seconds == 1789948800);
  }
  SUBCASE("Summary: scores as numbers, not-scored as words, the difference says which way it goes") {
    const auto& summary = sheet_named(workbook, "Summary");
    CHECK(summary.frozen_rows == 4);  // the title, the months under it, the note and the headings
    const auto& header = summary.rows[3];
    CHECK(header[1].text == "Score: Organisation");
    CHECK(header[2].text == "Score: Co-production peer network");
    CHECK(header[3].text == "Difference: Co-production peer network minus Organisation");
    const auto& commitment = summary.rows[4];
    CHECK(commitment[0].text == "1. Commitment and leadership");
    CHECK(commitment[1].kind == Cell::Kind::number);
    CHECK(commitment[1].number == doctest::Approx(3.0));
    CHECK(commitment[1].style == CellStyle::score);
    CHECK(commitment[2].number == doctest::Approx(3.3));  // (4.5 + 2) / 2 = 3.25, shown as 3.3
    CHECK(commitment[3].number == doctest::Approx(0.3));  // 3.3 - 3.0, the scores as shown (0.25 unrounded)
    // Resources scored by the peer network only: not like for like, marked as compare marks it.
    CHECK(commitment[3].style == CellStyle::marked_difference);
    // The note above the table says so, as page 1 of the evidence pack does.
    const std::string note = summary.rows[2][0].text;
    CHECK(note.ends_with(". Changes and differences are worked out from the scores as shown, so they add up."));
    CHECK(commitment[4].number == 1);  // rows scored: organisation (n/a is not scored)
    CHECK(commitment[5].number == 2);
    CHECK(commitment[6].number == 5);  // rows in the section
    const auto& contact = summary.rows[5];
    CHECK(contact[1].text == "not scored yet");
    CHECK(contact[1].style == CellStyle::missing);
    CHECK(contact[3].text == "none, as a score is missing");  // never a blank to guess at
    CHECK(contact[3].style == CellStyle::missing);
    REQUIRE(summary.chart);
    CHECK(summary.chart->data_sheet == "Web data");
    CHECK(summary.chart->series.size() == 2);
    CHECK(summary.chart->last_row == 7);  // seven sections on rows 1 to 7
  }
  SUBCASE("Rows: not applicable and not scored yet are words, hostile evidence is text") {
    const auto& rows = sheet_named(workbook, "Rows");
    CHECK(rows.frozen_rows == 1);
    const auto& strategy = rows.rows[1];
    CHECK(strategy[1].text == "1.1");  // the row as on the form, not its id
    CHECK(strategy[4].number == 3);
    CHECK(strategy[5].kind == Cell::Kind::text);
    CHECK(strategy[5].text == "=cmd|' /C calc'!A0");
    CHECK(strategy[8].number == doctest::Approx(1.5));
    const auto& motivation = rows.rows[2];
    CHECK(motivation[4].text == "not applicable");  // in words, as compare's other outputs and the pack say it
    CHECK(motivation[6].text == "not scored yet");
    CHECK(motivation[8].text == "none, as the row does not apply here");  // n/a on one side, as the pack says it
    CHECK(motivation[8].style == CellStyle::missing);
    CHECK(rows.widths[4] >= 13);  // "Co-production" in the heading on one line
  }
  SUBCASE("Rows: a row with only one sign says what its scores mean, in the other sign's empty cell") {
    const auto& rows = sheet_named(workbook, "Rows");
    // By number as on the web ("Facilitate the process" has none: "F.3" is its 3rd row).
    const auto row_named = [&](const std::string& number) -> const std::vector<Cell>& {
      for (const auto& line : rows.rows) {
        if (line[1].text == number) return line;
      }
      FAIL("no row " << number);
      throw std::logic_error("unreachable");
    };
    const auto& same_direction = row_named("F.3") /* same-direction */;
    CHECK(same_direction[2].text ==
          "This row has only a warning sign: 5 means it is not seen here at all, 0 that it is seen a lot.");
    CHECK(same_direction[2].style == CellStyle::plain);
    CHECK(same_direction[3].text == "People are not pulling in the same direction.");
    const auto& trust = row_named("6.3") /* trust */;
    CHECK(trust[3].text ==
          "This row has only an early indicator: 5 means it is fully true here, 0 that there is no sign of it yet.");
    CHECK(rows.rows[1][3].text == "No clear vision and strategy for co-producing IPC.");  // both signs: as they are
  }
  SUBCASE(
      "with two inputs every sheet prints one page wide on A4 at a legible size, across the page where it is "
      "wide") {
    CHECK(workbook.page_header == "Co-production reflection: Northbridge, 2026-Q3");
    for (const auto& sheet : workbook.sheets) {
      CAPTURE(sheet.name);
      double points = 0;
      for (const double column : sheet.widths) points += render::column_points(column);
      CHECK(sheet.print_scale == 0);
      CHECK(sheet.page_breaks.empty());
      CHECK(render::k_landscape_page_points / points * render::k_font_points >= render::k_smallest_legible_points);
      CHECK(sheet.landscape == (points > render::k_portrait_page_points || sheet.chart.has_value()));
      CHECK(sheet.frozen_rows > 0);  // its heading row repeats on every printed page
    }
    // A row whole on one page: its signs, and each input's score and evidence, side by side; the long text
    // wraps in columns still wide enough to read.
    const auto& rows = sheet_named(workbook, "Rows");
    CHECK(rows.landscape);
    CHECK(rows.widths[2] >= 13);
    CHECK(rows.widths[5] >= 13);
  }
  SUBCASE("Summary: the note wraps across the table instead of running off the printed page") {
    const auto& summary = sheet_named(workbook, "Summary");
    // and the months under the title, which way a difference goes and the key to the marked difference
    REQUIRE(summary.spans.size() == 5);
    CHECK(summary.spans[0] == render::CellSpan{0, 0, summary.widths.size() - 1});  // the title, too
    CHECK(summary.spans[2] == render::CellSpan{2, 0, summary.widths.size() - 1});
    CHECK(summary.rows[2][0].style == CellStyle::plain);
    CHECK(summary.heights[2] >= 30);
  }
  SUBCASE("the web's markers are smaller for each later input, so equal scores show nested") {
    const auto& chart = sheet_named(workbook, "Summary").chart;
    REQUIRE(chart);
    REQUIRE(chart->series.size() == 2);
    // The first's much bigger, so an equal score shows in LibreOffice in greyscale (it draws no marker edges).
    CHECK(chart->series[0].marker_size >= chart->series[1].marker_size + 5);
    CHECK(chart->series[1].marker_size >= 5);
  }
  SUBCASE("rows are tall enough for their wrapped text") {
    const auto& summary = sheet_named(workbook, "Summary");
    REQUIRE(summary.heights.size() == summary.rows.size());
    CHECK(summary.heights[0] > 15);   // the title's larger font
    CHECK(summary.heights[3] >= 45);  // "Difference: Co-production peer network minus Organisation" in 22 characters
    CHECK(summary.heights[4] == 15);  // a line of numbers
    CHECK(summary.heights[5] == 15);  // "none, as a score is missing" fits its column
    render::Sheet sheet;
    sheet.widths = {10};
    sheet.rows = {{Cell::of_text("one\ntwo\nthree")}, {Cell::of_text(std::string(1000, 'x'))}};
    render::fit_row_heights(sheet);
    CHECK(sheet.heights[0] == 45);
    CHECK(sheet.heights[1] == 409);  // at most Excel's largest row height
  }
  SUBCASE("Web data: blanks where a section is not scored, so the chart leaves a gap") {
    const auto& data = sheet_named(workbook, "Web data");
    CHECK(data.rows[1][2].number == doctest::Approx(3.0));
    CHECK(data.rows[2][2].kind == Cell::Kind::blank);
  }
  SUBCASE("the web's axes are numbered, with the key to them in the section column beside the chart") {
    const auto& data = sheet_named(workbook, "Web data");
    const auto& summary = sheet_named(workbook, "Summary");
    REQUIRE(summary.chart);
    const auto& chart = *summary.chart;
    CHECK(chart.category_column == 1);
    CHECK(chart.series[0].column == 2);
    std::vector<std::string> keys;
    for (std::size_t row = chart.first_row; row <= chart.last_row; ++row) keys.push_back(data.rows[row][1].text);
    CHECK(keys == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "F"});
    CHECK(chart.anchor_column == 1);
    REQUIRE(summary.rows.size() == chart.anchor_row + 11);
    CHECK(summary.rows[chart.anchor_row][0].text == "The web's axes");
    CHECK(summary.rows[chart.anchor_row + 1][0].text == "1. Commitment and leadership");
    CHECK(summary.rows[chart.anchor_row + 7][0].text == "F: Facilitate the process");
    CHECK(summary.rows[chart.anchor_row + 8][0].text.find("1 (inner) to 5") != std::string::npos);
    CHECK(summary.rows[chart.anchor_row + 9].empty());  // the title's period's months are under the title
    CHECK(summary.rows[chart.anchor_row + 10][0].text == "Abbreviations: see the last sheet");
    // Page 1's count of the scored rows with no evidence (the peer network's two) is under About these scores'
    // table: beside the chart, it pushed the chart on to a second printed page under the board's asks.
    const auto& about = sheet_named(workbook, "About these scores");
    CHECK(about.rows.back()[0].text.rfind("No supporting evidence for organisation none, ", 0) == 0);
    CHECK(about.spans.back().row == about.rows.size() - 1);
    // Under the table the lines saying which way a difference goes and the key to its mark set the key apart.
    CHECK(summary.rows[chart.anchor_row - 1][0].text.starts_with("\u2020 not like for like"));
    CHECK(summary.rows[chart.anchor_row - 2][0].text.starts_with("Difference below 0: "));
  }
}

TEST_CASE("build_scores_workbook: the last sheet spells out each abbreviation the workbook uses, once") {
  const auto organisation = load("organisation", "      strategy:\n        score: 3\n");
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(organisation.framework, organisation.assessment)};
  const auto rows_of = [](const render::Sheet& sheet) {
    std::vector<std::vector<std::string>> texts;
    for (const auto& row : sheet.rows) {
      texts.emplace_back();
      for (const auto& cell : row) texts.back().push_back(cell.text);
    }
    return texts;
  };
  SUBCASE("in the order the sheets first use them, with the sheet; none the workbook does not use") {
    const render::Workbook workbook = render::build_scores_workbook(input);
    const auto& sheet = workbook.sheets.back();
    CHECK(sheet.name == "Abbreviations");
    // "5. Co-produce IPC" on the Summary; the guide's CCG and VCSE in the rows' signs. Not NHS, GP and the
    // others Abbreviations knows: the workbook does not use them.
    CHECK(rows_of(sheet) ==
          std::vector<std::vector<std::string>>{{"Abbreviation", "What it stands for", "Sheet it is first used on"},
                                                {"IPC", "Integrated Personal Commissioning", "Summary"},
                                                {"CCG", "clinical commissioning group", "Rows"},
                                                {"VCSE", "voluntary, community and social enterprise", "Rows"}});
    // The Summary, which uses the first, says where they are, under the key to the web beside the chart.
    CHECK(workbook.sheets.front().rows.back()[0].text == "Abbreviations: see the last sheet");
    CHECK(sheet.frozen_rows == 1);
    CHECK(sheet.landscape);  // across the page, as the other sheets, so a long page header stays on one line
    CHECK(sheet.print_scale == 0);
  }
  SUBCASE("one in an area's name or in a plan is listed too, where it is first used") {
    const std::string text = test::read_file(test::source_path("examples/northbridge/2026-Q3-action-plan.yaml"));
    auto plan = yaml::load_plan(text, "plan.yaml", test::builtin_catalog());
    REQUIRE(plan);
    input.plan = &plan->plan;
    const auto listed = rows_of(render::build_scores_workbook(input).sheets.back());
    REQUIRE(listed.size() == 5);
    CHECK(listed[4] == std::vector<std::string>{"GP", "general practitioner", "Plan"});  // "ask GP practices"
    input.title = "NHS Northbridge";
    const auto titled = rows_of(render::build_scores_workbook(input).sheets.back());
    REQUIRE(titled.size() == 6);
    CHECK(titled[1] == std::vector<std::string>{"NHS", "National Health Service", "Summary"});
  }
  SUBCASE("no sheet when the workbook uses none") {
    render::Workbook workbook;
    render::Sheet sheet;
    sheet.name = "Summary";
    sheet.rows = {{Cell::of_text("Commitment and leadership"), Cell::of_text("GPS coordinates; IPCs")}};
    workbook.sheets.push_back(sheet);
    const std::vector<model::GlossaryEntry> glossary = {{"IPC", "Integrated Personal Commissioning"}};
    const auto none = render::abbreviations_sheet(workbook, glossary);
    REQUIRE(none);  // "IPCs" is IPC; "GPS" is not GP
    CHECK(none->rows.size() == 2);
    workbook.sheets[0].rows[0][1] = Cell::of_text("GPS coordinates");
    CHECK(!render::abbreviations_sheet(workbook, glossary));
  }
}

TEST_CASE("build_scores_workbook: a section whose every row is n/a reads not applicable, not 'not scored yet'") {
  const auto organisation = load("organisation",
                                 "      strategy:\n        score: 3\n  contact:\n    rows:\n"
                                 "      wrong-people:\n        score: n/a\n      excluded-groups:\n        score: n/a\n"
                                 "      partners-invite:\n        score: n/a\n");
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(organisation.framework, organisation.assessment)};
  const render::Workbook workbook = render::build_scores_workbook(input);
  const auto& summary = sheet_named(workbook, "Summary");
  CHECK(summary.rows[5][0].text == "2. Contact and connect");
  CHECK(summary.rows[5][1].text == "not applicable");
  CHECK(summary.rows[5][1].style == CellStyle::missing);
  CHECK(summary.rows[6][1].text == "not scored yet");  // 3. Agree common purpose: nothing in the file
  CHECK(summary.rows[2][0].text.find("a section whose every row is so marked reads not applicable") !=
        std::string::npos);
  const auto& data = sheet_named(workbook, "Web data");
  CHECK(data.rows[2][2].kind == Cell::Kind::blank);  // the web still leaves a gap
  CHECK(data.rows[0].back().text.find("all marked not applicable") != std::string::npos);
}

TEST_CASE("build_scores_workbook: with three inputs, a spread that cannot be worked out says why") {
  const auto organisation =
      load("organisation", "      strategy:\n        score: 3\n      motivation:\n        score: 1\n");
  const auto peer =
      load("peer-network", "      strategy:\n        score: 4.5\n      motivation:\n        score: n/a\n");
  const auto individual = load("individual", "      strategy:\n        score: 2\n");
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(organisation.framework, organisation.assessment),
                  test::scored(peer.framework, peer.assessment),
                  test::scored(individual.framework, individual.assessment)};
  const render::Workbook workbook = render::build_scores_workbook(input);
  const auto& summary = sheet_named(workbook, "Summary");
  CHECK(summary.rows[3][4].text == "Spread: highest score minus lowest");
  CHECK(summary.rows[4][4].number == doctest::Approx(2.5));                  // commitment: 2.0, 4.5 and 2.0
  CHECK(summary.rows[5][4].text == "none, as fewer than two have a score");  // contact: no one scored it
  const auto& chart = *summary.chart;
  CHECK(chart.series[0].marker_size > chart.series[1].marker_size);
  CHECK(chart.series[1].marker_size > chart.series[2].marker_size);
  const auto& rows = sheet_named(workbook, "Rows");
  CHECK(rows.rows[1][10].number == doctest::Approx(2.5));                  // strategy: 4.5 - 2
  CHECK(rows.rows[2][10].text == "none, as fewer than two have a score");  // motivation: 1, n/a, not scored yet
  CHECK(rows.rows[2][10].style == CellStyle::missing);
}

TEST_CASE("build_scores_workbook: the Plan sheet words each status as the evidence pack does") {
  const auto organisation = load("organisation", "      strategy:\n        score: 3\n");
  const std::string text = test::read_file(test::source_path("examples/northbridge/2026-Q3-action-plan.yaml"));
  auto plan = yaml::load_plan(text, "plan.yaml", test::builtin_catalog());
  REQUIRE(plan);
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(organisation.framework, organisation.assessment)};
  input.plan = &plan->plan;
  const render::Workbook workbook = render::build_scores_workbook(input);
  const auto& sheet = sheet_named(workbook, "Plan");
  std::vector<std::string> texts;
  for (const auto& row : sheet.rows) {
    for (const auto& cell : row) texts.push_back(cell.text);
  }
  CHECK(std::find(texts.begin(), texts.end(), "in progress") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "in-progress") == texts.end());
}

TEST_CASE("build_scores_workbook: the Plan sheet names each perspective as the pack does, or keys its letters") {
  const auto organisation = load("organisation", "      strategy:\n        score: 3\n");
  const auto peer = load("peer-network", "      strategy:\n        score: 4.5\n");
  const std::string text = test::read_file(test::source_path("examples/northbridge/2026-Q3-action-plan.yaml"));
  auto plan = yaml::load_plan(text, "plan.yaml", test::builtin_catalog());
  REQUIRE(plan);
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(organisation.framework, organisation.assessment),
                  test::scored(peer.framework, peer.assessment)};
  input.plan = &plan->plan;
  SUBCASE("one review's perspectives: by name, \"organisation\" and \"peer network\", with no key of letters") {
    const render::Workbook workbook = render::build_scores_workbook(input);
    const auto& sheet = sheet_named(workbook, "Plan");
    REQUIRE(sheet.rows.size() == plan->plan.actions.size() + 2);  // the statuses line and headings
    REQUIRE(sheet.rows[1][8].text == "Reached? (scores now)");
    // The first action's section, 1. Commitment and leadership: 3.0 and 4.5 now, its target 3.
    CHECK(sheet.rows[2][8].text == "reached: organisation\u00a03.0, peer network\u00a04.5");
  }
  SUBCASE("two areas: by letter, and under the table, after a blank row, across its columns, who each is") {
    auto other_area = load("organisation", "      strategy:\n        score: 2\n");
    other_area.assessment.area = "Southvale";
    input.inputs[1] = test::scored(other_area.framework, other_area.assessment);
    const render::Workbook workbook = render::build_scores_workbook(input);
    const auto& sheet = sheet_named(workbook, "Plan");
    REQUIRE(sheet.rows.size() == plan->plan.actions.size() + 4);
    // Said once, the score below the target first.
    CHECK(sheet.rows[2][8].text == "not yet: B\u00a02.0, A\u00a03.0");
    CHECK(sheet.rows[sheet.rows.size() - 2].empty());
    CHECK(sheet.rows.back()[0].text.rfind("The letters under Reached? (scores now): A: ", 0) == 0);
    REQUIRE(!sheet.spans.empty());
    CHECK(sheet.spans.back().row == sheet.rows.size() - 1);
    CHECK(sheet.spans.back().last_column == sheet.widths.size() - 1);
    SUBCASE("none when no action has a score hoped for") {
      for (auto& action : plan->plan.actions) action.target.reset();
      const render::Workbook without_targets = render::build_scores_workbook(input);
      CHECK(sheet_named(without_targets, "Plan").rows.size() == plan->plan.actions.size() + 2);
    }
  }
}

TEST_CASE("build_scores_workbook: the Plan sheet's columns are as wide as their longest words, still one page wide") {
  const auto organisation = load("organisation", "      strategy:\n        score: 3\n");
  const std::string text = test::read_file(test::source_path("examples/northbridge/2026-Q3-action-plan.yaml"));
  auto plan = yaml::load_plan(text, "plan.yaml", test::builtin_catalog());
  REQUIRE(plan);
  plan->plan.actions[0].owner = "Commissioning";  // 13 characters: broken inside the word in a column 11 wide
  plan->plan.actions[1].notes = "An extraordinarily long word: Pneumonoultramicroscopicsilicovolcanoconiosis.";
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(organisation.framework, organisation.assessment)};
  input.plan = &plan->plan;
  const render::Workbook workbook = render::build_scores_workbook(input);
  const auto& sheet = sheet_named(workbook, "Plan");
  REQUIRE(sheet.rows[1][4].text == "Owner");
  CHECK(sheet.widths[4] >= 13);
  REQUIRE(sheet.rows[1][9].text == "Notes");
  CHECK(sheet.widths[9] == 16);  // "extraordinarily", 15 characters; a longer word is broken, as it must be
  CHECK(sheet.widths[1] >= 16);  // "What will be done" gives the room
  CHECK(sheet.print_scale == 0);
  CHECK(render::fits_one_page_wide(sheet.widths));
}

TEST_CASE("excel_page_header") {
  SUBCASE("the text at the left, the sheet's name at the right") {
    CHECK(render::excel_page_header("Northbridge, 2026-Q4") == "&LNorthbridge, 2026-Q4&R&A");
  }
  SUBCASE("'&' is doubled, so Excel shows it rather than reading a code such as &P or &12") {
    CHECK(render::excel_page_header("Health & Care &P&12") == "&LHealth && Care &&P&&12&R&A");
  }
  SUBCASE("control characters are dropped, a line break is a space") {
    CHECK(render::excel_page_header("a\x07"
                                    "b\nc") == "&Lab c&R&A");
  }
  SUBCASE("long text is cut to Excel's 255 characters, never inside a character or an escaped '&'") {
    const std::string header = render::excel_page_header(std::string(300, '&'));
    CHECK(header.size() <= 255);
    CHECK(header.substr(header.size() - 4) == "&R&A");
    CHECK((header.size() - 6) % 2 == 0);  // whole pairs of '&'
    std::string text;
    for (int i = 0; i < 200; ++i) text += "\xC3\xA9";  // é
    const std::string cut = render::excel_page_header(text);
    CHECK(cut.size() <= 255);
    CHECK((cut.size() - 6) % 2 == 0);  // whole two-byte characters
  }
}

TEST_CASE("build_scores_workbook: with many inputs the sheets print page by page at a legible size") {
  const auto organisation = load("organisation", "      strategy:\n        score: 3\n        evidence: Minutes\n");
  const auto peer = load("peer-network", "      strategy:\n        score: 4.5\n");
  for (const std::size_t count : {4, 6, 10}) {
    CAPTURE(count);
    render::ScoresWorkbookInput input;
    for (std::size_t i = 0; i < count; ++i) {
      const auto& loaded = i % 2 == 0 ? organisation : peer;
      input.inputs.push_back(test::scored(loaded.framework, loaded.assessment));
    }
    const render::Workbook workbook = render::build_scores_workbook(input);
    for (const char* name : {"Summary", "Rows", "Web data"}) {  // each prints at 9 point or more
      const auto& sheet = sheet_named(workbook, name);
      CAPTURE(sheet.name);
      if (sheet.print_scale == 0) {  // one page wide: the Summary, and Web data of four inputs
        double points = 0;
        for (const double column : sheet.widths) points += render::column_points(column);
        CHECK(render::k_landscape_page_points / points * render::k_font_points >= render::k_smallest_legible_points);
        continue;
      }
      CHECK(sheet.print_scale == render::k_spill_scale);
      CHECK(sheet.landscape);
      CHECK(sheet.frozen_columns >= 1);  // repeated at the left of every page
      CHECK_FALSE(sheet.page_breaks.empty());
      for (const double points : page_points(sheet))
        CHECK(points <= render::k_landscape_page_points * 100 / render::k_spill_scale);
    }
    const auto& rows = sheet_named(workbook, "Rows");
    CHECK(rows.print_scale == render::k_spill_scale);
    CHECK(rows.frozen_columns == 2);  // section and row
    CHECK(rows.widths[2] >= 40);      // the indicator, warning sign and evidence as wide as on a page of their own
    CHECK(rows.widths[5] >= 40);
    for (const std::size_t column : rows.page_breaks) {
      CAPTURE(column);
      CHECK(rows.rows[0][column].text.rfind("Score: ", 0) == 0);  // an input's score and evidence on one page
    }
    // The Summary prints one page across: its inputs' scores in tables of as many as print legibly so, then
    // their rows scored in more, each table with the sections down its side and kept whole on a page.
    const auto& summary = sheet_named(workbook, "Summary");
    CHECK(summary.print_scale == 0);
    CHECK_FALSE(summary.heading_on_every_page);
    const std::size_t sections = sheet_named(workbook, "Web data").rows.size() - 1;
    std::vector<std::string> headings;  // every table's, in order
    std::vector<std::size_t> later_tables;
    REQUIRE(summary.chart);
    // Every table down to the first line that heads none (a key, a blank row, the lines page 1 has under them).
    for (std::size_t row = 3; row < summary.chart->anchor_row && summary.rows[row].size() > 1; row += sections + 2) {
      CAPTURE(row);
      CHECK(summary.rows[row][0].text == "Section");
      if (row > 3) later_tables.push_back(row);
      for (std::size_t column = 1; column < summary.rows[row].size(); ++column)
        headings.push_back(summary.rows[row][column].text);
    }
    CHECK(later_tables.size() >= 1 + static_cast<std::size_t>(count > 4) * 2);  // count 6 and 10: two of each
    CHECK(summary.row_groups == later_tables);
    REQUIRE(headings.size() == 2 * count + 2);
    for (std::size_t i = 0; i < count; ++i) {
      CHECK(headings[i].rfind("Score: ", 0) == 0);
      CHECK(headings[count + 1 + i].rfind("Rows scored: ", 0) == 0);
    }
    CHECK(headings[count] == "Spread: highest score minus lowest");
    CHECK(headings.back() == "Rows in the section");
  }
}

TEST_CASE("build_scores_workbook: with one input the Summary's rows are as tall as their text prints") {
  const auto organisation = load("organisation", "      strategy:\n        score: 3\n        evidence: Minutes\n");
  render::ScoresWorkbookInput input;
  input.inputs.push_back(test::scored(organisation.framework, organisation.assessment));
  const auto workbook = render::build_scores_workbook(input);
  const auto& summary = sheet_named(workbook, "Summary");
  CHECK(summary.heights[1] == 15);      // the months under the title
  CHECK(summary.heights[2] == 3 * 15);  // the note, the scale said first, on three lines
  CHECK(summary.rows[2][0].text.find("scores as shown") == std::string::npos);  // no differences to explain
  for (std::size_t row = 4; row < summary.rows.size(); ++row) {
    CAPTURE(summary.rows[row][0].text);
    CHECK(summary.heights[row] == 15);  // each section's name on one line
  }
}

TEST_CASE("build_scores_workbook: with six inputs of long names the Summary's heading row is at most four lines") {
  render::ScoresWorkbookInput input;
  for (const char* area : {"AreaA", "AreaB", "AreaC", "AreaD", "AreaE", "AreaF"}) {
    auto one = yaml::load_assessment(
        std::string("format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\narea: ") + area +
            "\nperspective: peer-network\nperiod: 2026-Q4\nsections:\n  commitment:\n    rows:\n"
            "      strategy:\n        score: 3\n",
        std::string(area) + ".yaml", test::builtin_catalog());
    REQUIRE(one);
    input.inputs.push_back(test::scored(one->framework, one->assessment));
  }
  const auto workbook = render::build_scores_workbook(input);
  const auto& summary = sheet_named(workbook, "Summary");
  CAPTURE(summary.rows[3][1].text);
  CHECK(summary.rows[3][1].text.size() > 40);  // a long name: its area, perspective and period
  CHECK(summary.print_scale == 0);             // still one page wide
  REQUIRE(summary.heights.size() > 3);
  CHECK(summary.heights[3] <= 4 * 15);  // four lines of 11 point or fewer
}

TEST_CASE("share_widths") {
  SUBCASE("long-text columns share what the fixed ones leave") {
    CHECK(render::share_widths({10, std::nullopt, 20, std::nullopt}, 100, 20, 50) ==
          std::vector<double>{10, 35, 20, 35});
  }
  SUBCASE("never narrower or wider than the limits") {
    CHECK(render::share_widths({90, std::nullopt}, 100, 20, 50) == std::vector<double>{90, 20});
    CHECK(render::share_widths({std::nullopt}, 100, 20, 50) == std::vector<double>{50});
  }
}

TEST_CASE("set_up_printing") {
  render::Sheet sheet;
  sheet.widths = {30, 30};
  render::set_up_printing(sheet);
  CHECK_FALSE(sheet.landscape);
  CHECK(sheet.print_scale == 0);
  sheet.widths = {30, 30, 30};
  render::set_up_printing(sheet);
  CHECK(sheet.landscape);
  CHECK(sheet.print_scale == 0);
  SUBCASE("a sheet with the chart, which is wider than a portrait page, prints across the page") {
    sheet.widths = {40};
    sheet.chart = render::RadarChart{};
    render::set_up_printing(sheet);
    CHECK(sheet.landscape);
  }
  SUBCASE("too wide to print legibly one page wide: page by page across at about 10 point") {
    sheet.widths = std::vector<double>(8, 30);
    sheet.frozen_columns = 1;
    sheet.spans = {{0, 0, 7}};
    render::set_up_printing(sheet);
    CHECK(sheet.landscape);
    CHECK(sheet.print_scale == render::k_spill_scale);
    CHECK(sheet.page_breaks == std::vector<std::size_t>{3, 5, 7});
    for (const double points : page_points(sheet))
      CHECK(points <= render::k_landscape_page_points * 100 / render::k_spill_scale);
    CHECK(sheet.spans[0].last_column == 2);  // the spread cell stops at the first page's edge
    SUBCASE("a run of columns kept together starts a new page rather than being split") {
      sheet.column_groups = {1, 2, 4, 6};
      render::set_up_printing(sheet);
      CHECK(sheet.page_breaks == std::vector<std::size_t>{2, 4, 6});
    }
    SUBCASE("a run of rows, or the chart, that would run off the foot of the page starts a new one") {
      sheet.widths = {40, 40};
      sheet.frozen_rows = 1;
      sheet.rows = std::vector<std::vector<Cell>>(30, {Cell::of_text("a line")});
      sheet.row_groups = {20};  // 20 lines above it, 10 in it: 450 points, on a page 516 points tall
      render::set_up_printing(sheet);
      CHECK(sheet.row_page_breaks.empty());
      sheet.row_groups = {25};  // 25 lines above it and 5 in it fit too; then the chart, 346 points tall, does not
      sheet.chart = render::RadarChart{};
      sheet.chart->anchor_row = 31;
      render::set_up_printing(sheet);
      CHECK(sheet.row_page_breaks == std::vector<std::size_t>{31});
      sheet.rows.resize(60, {Cell::of_text("a line")});
      sheet.chart.reset();
      sheet.row_groups = {28};  // 28 lines above it and 32 in it: a page of its own
      render::set_up_printing(sheet);
      CHECK(sheet.row_page_breaks == std::vector<std::size_t>{28});
    }
    SUBCASE("narrower again, it fits one page wide once more") {
      sheet.widths = std::vector<double>(4, 30);
      render::set_up_printing(sheet);
      CHECK(sheet.print_scale == 0);
      CHECK(sheet.page_breaks.empty());
    }
  }
}

TEST_CASE("set_up_printing: the chart and the key beside it, taller than the chart, print whole on one page") {
  render::Sheet sheet;
  sheet.widths = {40, 40};
  sheet.frozen_rows = 1;
  sheet.rows = std::vector<std::vector<Cell>>(35, {Cell::of_text("a line")});
  sheet.chart = render::RadarChart{};
  sheet.chart->anchor_row = 10;
  SUBCASE("10 lines above, then a key of 25 lines (375 points) beside the chart (259): too tall for the page") {
    render::set_up_printing(sheet);
    CHECK(sheet.row_page_breaks == std::vector<std::size_t>{10});
  }
  SUBCASE("a key shorter than the chart: the chart's height decides, and it fits") {
    sheet.rows.resize(15);
    render::set_up_printing(sheet);
    CHECK(sheet.row_page_breaks.empty());
    sheet.rows.resize(35, {Cell::of_text("a line")});
    sheet.chart->anchor_row = 17;  // 17 lines above it, 255 points, and the chart's 259 do not fit
    sheet.rows.resize(20);
    render::set_up_printing(sheet);
    CHECK(sheet.row_page_breaks == std::vector<std::size_t>{17});
  }
}

TEST_CASE("set_up_printing: a run of rows kept together starts a new page when the estimate is a few points out") {
  render::Sheet sheet;
  sheet.widths = {40, 40};  // across A4 at full size: 516 points down the page
  sheet.frozen_rows = 1;
  SUBCASE("35 lines above it run 9 points over the page's foot: as printed they may end just above it") {
    sheet.rows = std::vector<std::vector<Cell>>(42, {Cell::of_text("a line")});
    sheet.row_groups = {35};
    render::set_up_printing(sheet);
    CHECK(sheet.row_page_breaks == std::vector<std::size_t>{35});
  }
  SUBCASE("27 lines above it and 7 in it, 510 points, come within 3% of the foot") {
    sheet.rows = std::vector<std::vector<Cell>>(34, {Cell::of_text("a line")});
    sheet.row_groups = {27};
    render::set_up_printing(sheet);
    CHECK(sheet.row_page_breaks == std::vector<std::size_t>{27});
    sheet.rows.pop_back();  // 26 and 7: 495 points, room to spare
    sheet.row_groups = {26};
    render::set_up_printing(sheet);
    CHECK(sheet.row_page_breaks.empty());
  }
}

TEST_CASE("fit_row_heights: a spread cell wraps in the width of all its columns") {
  render::Sheet sheet;
  sheet.widths = {10, 10, 10};
  sheet.rows = {{Cell::of_text(std::string(60, 'x'))}};
  render::fit_row_heights(sheet);
  CHECK(sheet.heights[0] == 90);  // 11 characters a line in one column
  sheet.spans = {{0, 0, 2}};
  render::fit_row_heights(sheet);
  CHECK(sheet.heights[0] == 30);  // 33 a line across three
}

TEST_CASE("fit_row_heights: whole words move to the next line, so a row is as tall as its wrapped words") {
  render::Sheet sheet;
  sheet.widths = {22};  // the Plan sheet's Rows column: 24 characters a line
  // 65 characters (3 lines by count alone), but no two of its references share a line.
  sheet.rows = {{Cell::of_text("commitment.senior-leaders; commitment.strategy; commitment.leaders")},
                {Cell::of_text("aaaaaaaaaaaaa bbbbbbbbbbbbb ccccccccccccc")},
                {Cell::of_text("aaaa bbbb cccc dddd")},
                {Cell::of_text("aaaaaaaaaaa aaaaaaaaaaaa bbbb")},
                {Cell::of_text("little illicit lilt fill still")},
                {Cell::of_text("MOMENTUM WOMEN WORKS")}};
  render::fit_row_heights(sheet);
  CHECK(sheet.heights[0] >= 60);  // the first reference is broken within it, then one a line
  CHECK(sheet.heights[1] == 45);  // 41 characters, but no two of its words fit on one line
  CHECK(sheet.heights[2] == 15);  // 19 characters: one line
  CHECK(sheet.heights[3] == 30);  // 24 on the first line, "bbbb" on the second
  // Words as wide as their letters print: 30 narrow characters fit one line (counted as 1.15 characters a
  // digit, two lines, a blank one under them), 20 capitals, many of them wide, do not (one line, so cut off).
  CHECK(sheet.heights[4] == 15);
  CHECK(sheet.heights[5] == 30);
}

TEST_CASE("build_scores_workbook: with an earlier period, a Change sheet gives the change the evidence pack shows") {
  const auto now = load("organisation", "      strategy:\n        score: 3.5\n      leaders:\n        score: 3\n");
  auto then_text = std::string(
      "format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\n"
      "area: Northbridge\nperspective: organisation\nperiod: 2026-Q2\nsections:\n"
      "  commitment:\n    rows:\n      strategy:\n        score: 2\n      leaders:\n        score: 3\n");
  auto then = yaml::load_assessment(then_text, "then.yaml", test::builtin_catalog());
  REQUIRE(then);
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(now.framework, now.assessment)};
  CHECK(render::build_scores_workbook(input).sheets[1].name == "Rows");  // no earlier period, no Change sheet
  input.previous = {test::scored(then->framework, then->assessment)};
  const auto workbook = render::build_scores_workbook(input);
  REQUIRE(workbook.sheets.size() == 8);
  CHECK(workbook.sheets[1].name == "Change");
  const auto& change = workbook.sheets[1];
  CHECK(change.rows[0][1].text == "Organisation: score in 2026-Q2");
  CHECK(change.rows[0][3].text == "Organisation: change since 2026-Q2");
  const auto& commitment = change.rows[1];
  CHECK(commitment[1].number == doctest::Approx(2.5));
  CHECK(commitment[2].number == doctest::Approx(3.3));  // 3.25, shown as 3.3
  CHECK(commitment[3].number == doctest::Approx(0.8));  // from the scores as shown, as the pack's "(+0.8)"
  CHECK(commitment[3].style == CellStyle::difference);  // the same rows scored then and now: not marked
  CHECK(change.rows[2][3].text == "none, as a score is missing");
  // Under a blank row, how the changes are worked out, as page 1 of the evidence pack says it; no key line
  // with no marked change.
  REQUIRE(change.rows.size() == 1 + now.framework->sections.size() + 2);
  CHECK(change.rows[change.rows.size() - 2].empty());
  REQUIRE(change.rows.back().size() == 1);
  CHECK(change.rows.back()[0].text ==
        "Changes and differences are worked out from the scores as shown, so they add up.");
  REQUIRE(change.spans.size() == 1);
  CHECK(change.spans[0].row == change.rows.size() - 1);
  CHECK(change.spans[0].last_column == change.widths.size() - 1);
  CHECK(change.heights.size() == change.rows.size());
}

TEST_CASE("build_scores_workbook: a section that does not apply has no difference or change, and says why") {
  const std::string every_row_not_applicable =
      "      strategy:\n        score: n/a\n      motivation:\n        score: n/a\n      resources:\n"
      "        score: n/a\n      leaders:\n        score: n/a\n      senior-leaders:\n        score: n/a\n";
  const auto organisation = load("organisation", every_row_not_applicable);
  const auto peer = load("peer-network", "      strategy:\n        score: 4\n");
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(organisation.framework, organisation.assessment),
                  test::scored(peer.framework, peer.assessment)};
  const auto summary = sheet_named(render::build_scores_workbook(input), "Summary");
  CHECK(summary.rows[4][1].text == "not applicable");
  CHECK(summary.rows[4][3].text == "none, as the section does not apply here");
  CHECK(summary.rows[4][3].style == CellStyle::missing);
  CHECK(summary.rows[5][3].text == "none, as a score is missing");  // contact: scored by neither

  const auto then_text = std::string(
      "format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\n"
      "area: Northbridge\nperspective: organisation\nperiod: 2026-Q2\nsections:\n"
      "  commitment:\n    rows:\n      strategy:\n        score: 2\n");
  const auto then = yaml::load_assessment(then_text, "then.yaml", test::builtin_catalog());
  REQUIRE(then);
  input.inputs = {test::scored(organisation.framework, organisation.assessment)};
  input.previous = {test::scored(then->framework, then->assessment)};
  const auto change = sheet_named(render::build_scores_workbook(input), "Change");
  CHECK(change.rows[1][2].text == "not applicable");
  CHECK(change.rows[1][3].text == "none, as the section does not apply here");
  CHECK(change.rows[2][3].text == "none, as a score is missing");
}

TEST_CASE(
    "build_scores_workbook: with six inputs and an earlier period, Change is a table an input, each whole on a page") {
  const auto organisation = load("organisation", "      strategy:\n        score: 3\n");
  const auto peer = load("peer-network", "      strategy:\n        score: 4.5\n");
  render::ScoresWorkbookInput input;
  for (std::size_t i = 0; i < 6; ++i) {
    const auto& loaded = i % 2 == 0 ? organisation : peer;
    input.inputs.push_back(test::scored(loaded.framework, loaded.assessment));
  }
  for (const char* perspective : {"organisation", "peer-network"}) {
    const auto then = yaml::load_assessment(
        std::string("format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\n"
                    "area: Northbridge\nperspective: ") +
            perspective + "\nperiod: 2026-Q2\nsections:\n  commitment:\n    rows:\n      strategy:\n        score: 2\n",
        "then.yaml", test::builtin_catalog());
    REQUIRE(then);
    input.previous.push_back(test::scored(then->framework, then->assessment));
  }
  const auto workbook = render::build_scores_workbook(input);
  const auto& change = sheet_named(workbook, "Change");
  const std::size_t sections = organisation.framework->sections.size();
  REQUIRE(change.widths.size() == 1 + 3);  // the section, then one input's score then, now and the change
  CHECK(change.print_scale == 0);          // one page wide
  CHECK(change.page_breaks.empty());
  double points = 0;
  for (const double column : change.widths) points += render::column_points(column);
  CHECK(render::k_landscape_page_points / points * render::k_font_points >= render::k_smallest_legible_points);
  // Six tables one under another, each after the first under a blank row and kept whole on a printed page.
  REQUIRE(change.row_groups.size() == 5);
  for (std::size_t table = 0; table < 6; ++table) {
    CAPTURE(table);
    const std::size_t heading = table * (sections + 2);
    if (table > 0) CHECK(change.row_groups[table - 1] == heading);
    REQUIRE(change.rows[heading].size() == 4);
    CHECK(change.rows[heading][1].text.find(": score in 2026-Q2") != std::string::npos);
    CHECK(change.rows[heading + 1][3].number == doctest::Approx(table % 2 == 0 ? 1.0 : 2.5));  // 3 or 4.5 since 2
  }
  for (const std::size_t row : change.row_page_breaks)
    CHECK(std::find(change.row_groups.begin(), change.row_groups.end(), row) != change.row_groups.end());
  CHECK_FALSE(change.heading_on_every_page);  // the first table's heading would head the wrong input's table
}

TEST_CASE("build_scores_workbook: a change part of which is a row scored in one period only is marked, with a key") {
  const auto now = load("organisation", "      strategy:\n        score: 3.5\n      leaders:\n        score: 3\n");
  const auto then_text = std::string(
      "format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\n"
      "area: Northbridge\nperspective: organisation\nperiod: 2026-Q2\nsections:\n"
      "  commitment:\n    rows:\n      strategy:\n        score: 2\n      leaders:\n        score: n/a\n");
  auto then = yaml::load_assessment(then_text, "then.yaml", test::builtin_catalog());
  REQUIRE(then);
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(now.framework, now.assessment)};
  input.previous = {test::scored(then->framework, then->assessment)};
  const auto workbook = render::build_scores_workbook(input);
  const auto& change = sheet_named(workbook, "Change");
  const auto& commitment = change.rows[1];
  CHECK(commitment[3].number == doctest::Approx(1.3));  // 3.25 (shown 3.3) since 2.0: still a number
  CHECK(commitment[3].style == CellStyle::marked_difference);
  const std::size_t sections = now.framework->sections.size();
  REQUIRE(change.rows.size() == 1 + sections + 3);
  CHECK(change.rows[1 + sections].empty());
  CHECK(change.rows[2 + sections][0].text.find("from the scores as shown") != std::string::npos);
  REQUIRE(change.rows.back().size() == 1);
  CHECK(change.rows.back()[0].text == "\u2020 not like for like: a row of the section was scored in one period only");
  REQUIRE(change.spans.size() == 2);
  CHECK(change.spans[1].row == change.rows.size() - 1);
  CHECK(change.spans[1].last_column == change.widths.size() - 1);
}

TEST_CASE("set_up_printing: a table that runs over a page has its heading row again at the top of the next") {
  render::Sheet sheet;
  sheet.widths = {40, 40};  // across A4 at full size: 516 points down the page
  sheet.frozen_rows = 1;
  sheet.heading_on_every_page = false;
  const std::vector<Cell> heading = {Cell::of_text("Section", CellStyle::header),
                                     Cell::of_text("Score", CellStyle::header)};
  sheet.rows = {heading};
  sheet.rows.resize(51, {Cell::of_text("a line"), Cell::of_number(1, CellStyle::score)});
  SUBCASE("its heading and 32 lines of 15 points fill the page: the 33rd starts the next, under its heading") {
    render::set_up_printing(sheet);
    REQUIRE(sheet.row_page_breaks == std::vector<std::size_t>{33});
    CHECK(sheet.rows.size() == 52);
    CHECK(sheet.rows[33] == heading);
    CHECK(sheet.heights.size() == sheet.rows.size());
  }
  SUBCASE("lines under a blank row are not the table's: no heading is put in") {
    sheet.rows[10] = {};
    render::set_up_printing(sheet);
    CHECK(sheet.row_page_breaks.empty());
    CHECK(sheet.rows.size() == 51);
  }
  SUBCASE("a blank row where the page breaks ends the table: no heading is put in over nothing") {
    sheet.rows[33] = {Cell{}, Cell{}};
    render::set_up_printing(sheet);
    CHECK(sheet.rows.size() == 51);
    CHECK(sheet.rows[34] != heading);
    CHECK(sheet.rows[33] != heading);
  }
  SUBCASE("a line of words spanned across the table under it is not one of its lines: no heading above it") {
    sheet.rows.resize(34);
    sheet.rows[33] = {Cell::of_text("Difference below 0: B scored lower than A; above 0, higher.")};
    sheet.spans.push_back({33, 0, 1});
    render::set_up_printing(sheet);
    CHECK(sheet.rows.size() == 34);
    CHECK(sheet.rows[33][0].text.starts_with("Difference below 0"));
  }
  SUBCASE("with the heading row printed atop every page, none is put in") {
    sheet.heading_on_every_page = true;
    render::set_up_printing(sheet);
    CHECK(sheet.rows.size() == 51);
  }
}

TEST_CASE("build_scores_workbook: the Rows sheet says whether each row's signs are seen locally, as compare does") {
  const auto organisation = load("organisation",
                                 "      strategy:\n        score: 3\n        evidence: Signed off in July.\n"
                                 "        indicator_seen: true\n        warning_seen: false\n"
                                 "      motivation:\n        score: 2\n");
  const auto peer = load("peer-network", "      strategy:\n        score: 4\n");
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(organisation.framework, organisation.assessment),
                  test::scored(peer.framework, peer.assessment)};
  const auto workbook = render::build_scores_workbook(input);
  const auto& rows = sheet_named(workbook, "Rows");
  // Above the evidence, in its cell: no column more, so the sheet still prints one page wide.
  REQUIRE(rows.rows[0].size() == 9);
  CHECK(rows.rows[0][5].text == "Evidence: Organisation");
  CHECK(rows.rows[1][5].text == "Seen locally? Early indicator: yes. Warning sign: no.\nSigned off in July.");
  // No evidence, in the pack's words under the line on the signs, or on its own, set apart as the pack sets it.
  CHECK(rows.rows[1][7].text ==
        "Seen locally? Early indicator: not answered. Warning sign: not answered.\nno evidence given");
  CHECK(rows.rows[2][5].text == "no evidence given");  // motivation: answered by no one, no evidence
  CHECK(rows.rows[2][5].style == CellStyle::missing_text);
  CHECK(rows.page_breaks.empty());
}

TEST_CASE("build_scores_workbook: the Summary gives the months of each quarter under its title") {
  const auto organisation = load("organisation", "      strategy:\n        score: 3\n");
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(organisation.framework, organisation.assessment)};
  const auto workbook = render::build_scores_workbook(input);
  const auto& summary = sheet_named(workbook, "Summary");
  // By the title, where a board member reads the period first, wrapped across the table; not again at the foot.
  CHECK(summary.rows[1][0].text == "2026-Q3: July to September 2026");
  CHECK(std::find(summary.spans.begin(), summary.spans.end(), render::CellSpan{1, 0, summary.widths.size() - 1}) !=
        summary.spans.end());
  CHECK(std::count_if(summary.rows.begin(), summary.rows.end(), [](const auto& row) {
          return !row.empty() && row[0].text.find("July to September") != std::string::npos;
        }) == 1);
  // Then the note, opening with what the scale means in the pack's words (one input: no difference).
  const std::string& note = summary.rows[2][0].text;
  CHECK(note.starts_with(render::score_scale_sentence(organisation.framework->scale) + " A section's score is"));
  CHECK(
      note.starts_with("Scores run from 0 (nothing has started yet) to 5 (fully in place), so higher means "
                       "further along."));
  CHECK(note.find("A difference of") == std::string::npos);
  CHECK(std::none_of(summary.rows.begin(), summary.rows.end(),
                     [](const auto& row) { return !row.empty() && row[0].text.starts_with("Difference below 0"); }));
}

// The organisation's 3 and the peer network's 1 for row 1.1, and their workbook.
struct TwoInputsWorkbook {
  yaml::LoadedAssessment organisation = load("organisation", "      strategy:\n        score: 3\n");
  yaml::LoadedAssessment peer = load("peer-network", "      strategy:\n        score: 1\n");
  render::Workbook workbook = build();

  render::Workbook build() const {
    render::ScoresWorkbookInput input;
    input.inputs = {test::scored(organisation.framework, organisation.assessment),
                    test::scored(peer.framework, peer.assessment)};
    return render::build_scores_workbook(input);
  }
};

TEST_CASE("build_scores_workbook: under two inputs' table the Summary says what a difference below 0 means") {
  const TwoInputsWorkbook made;
  const auto& organisation = made.organisation;
  const auto& workbook = made.workbook;
  const auto& summary = sheet_named(workbook, "Summary");
  const auto sign = std::find_if(summary.rows.begin(), summary.rows.end(), [](const auto& row) {
    return !row.empty() &&
           row[0].text == "Difference below 0: the peer network scored lower than the organisation; above 0, higher.";
  });
  REQUIRE(sign != summary.rows.end());
  // Straight under the sections' lines (the first of which reads -2.0), across the table.
  const auto header = std::find_if(summary.rows.begin(), summary.rows.end(), [](const auto& row) {
    return row.size() > 3 && row[3].text == "Difference: Co-production peer network minus Organisation";
  });
  REQUIRE(header < sign);
  CHECK((*(header + 1))[3].number == doctest::Approx(-2.0));
  CHECK(sign - header == static_cast<std::ptrdiff_t>(organisation.framework->sections.size()) + 1);
  const std::size_t row = static_cast<std::size_t>(sign - summary.rows.begin());
  CHECK(std::find(summary.spans.begin(), summary.spans.end(), render::CellSpan{row, 0, summary.widths.size() - 1}) !=
        summary.spans.end());
  // The key to the web straight under it (the line sets it apart; a blank row as well took the room that keeps
  // the chart on the Summary's first printed page).
  CHECK((*(sign + 1))[0].text == "The web's axes");
}

TEST_CASE("build_scores_workbook: two areas' inputs, which the pack would call A and B, are named as the columns are") {
  const auto northbridge = load("organisation", "      strategy:\n        score: 3\n");
  const auto westvale = load("peer-network", "      strategy:\n        score: 1\n", "Westvale");
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(northbridge.framework, northbridge.assessment),
                  test::scored(westvale.framework, westvale.assessment)};
  const auto workbook = render::build_scores_workbook(input);
  const auto& summary = sheet_named(workbook, "Summary");
  const auto sign = std::find_if(summary.rows.begin(), summary.rows.end(), [](const auto& row) {
    return !row.empty() && row[0].text.starts_with("Difference below 0");
  });
  REQUIRE(sign != summary.rows.end());
  // The Summary has no key to the letters: its columns' names, as its header gives them.
  CHECK((*sign)[0].text ==
        "Difference below 0: Co-production peer network scored lower than Organisation; above 0, higher.");
  CHECK(std::any_of(summary.rows.begin(), summary.rows.end(), [](const auto& row) {
    return std::any_of(row.begin(), row.end(),
                       [](const auto& cell) { return cell.text == "Score: Co-production peer network"; });
  }));
}

TEST_CASE("build_scores_workbook: with two inputs the Summary says what the scale means above the table") {
  const TwoInputsWorkbook made;
  const auto& workbook = made.workbook;
  const auto& summary = sheet_named(workbook, "Summary");
  const auto note = std::find_if(summary.rows.begin(), summary.rows.end(), [](const auto& row) {
    return !row.empty() && row[0].text.starts_with("Scores run from 0 (nothing has started yet)");
  });
  REQUIRE(note != summary.rows.end());
  // Above the table.
  const auto header = std::find_if(summary.rows.begin(), summary.rows.end(), [](const auto& row) {
    return row.size() > 3 && row[3].text == "Difference: Co-production peer network minus Organisation";
  });
  CHECK(note < header);
}

TEST_CASE("build_scores_workbook: the Change sheet names each section carried forward and not scored again") {
  const std::string then_text =
      "format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\n"
      "area: Northbridge\nperspective: organisation\nperiod: 2026-Q2\nsections:\n"
      "  commitment:\n    last_completed: 2026-05-01\n    rows:\n      strategy:\n        score: 2\n"
      "  contact:\n    last_completed: 2026-05-01\n    rows:\n      wrong-people:\n        score: 3\n";
  // 2026-Q3: commitment scored again in August, contact carried forward as it was in May.
  std::string now_text = then_text;
  now_text.replace(now_text.find("2026-Q2"), 7, "2026-Q3");
  now_text.replace(now_text.find("2026-05-01"), 10, "2026-08-12");
  now_text.replace(now_text.find("score: 2"), 8, "score: 3");
  const auto then = yaml::load_assessment(then_text, "then.yaml", test::builtin_catalog());
  const auto now = yaml::load_assessment(now_text, "now.yaml", test::builtin_catalog());
  REQUIRE(then);
  REQUIRE(now);
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(now->framework, now->assessment)};
  input.previous = {test::scored(then->framework, then->assessment)};
  const auto workbook = render::build_scores_workbook(input);
  const auto& change = sheet_named(workbook, "Change");
  CHECK(change.rows[2][0].text == "2. Contact and connect");
  CHECK(change.rows[2][3].number == doctest::Approx(0.0));
  REQUIRE_FALSE(change.rows.back().empty());
  CHECK(change.rows.back()[0].text ==
        "Organisation, 2. Contact and connect: carried forward rather than scored again (last completed before "
        "2026-Q3 began), so its change is not a fresh finding.");
  std::size_t carried = 0;
  for (const auto& row : change.rows)
    if (!row.empty() && row[0].text.find("carried forward") != std::string::npos) ++carried;
  CHECK(carried == 1);  // commitment was scored again
}

TEST_CASE("build_scores_workbook: a Summary difference or spread of different rows is marked, with a key") {
  const auto organisation =
      load("organisation", "      strategy:\n        score: 3.5\n      leaders:\n        score: 3\n");
  const auto peer = load("peer-network", "      strategy:\n        score: 2\n      leaders:\n        score: n/a\n");
  const auto second_peer = load("peer-network", "      strategy:\n        score: 1\n");
  const std::string key = "\u2020 not like for like: a row of the section was scored in some of the assessments only";
  SUBCASE("two inputs: the difference marked, its number kept, and the key under the table") {
    render::ScoresWorkbookInput input;
    input.inputs = {test::scored(organisation.framework, organisation.assessment),
                    test::scored(peer.framework, peer.assessment)};
    const auto workbook = render::build_scores_workbook(input);
    const auto& summary = sheet_named(workbook, "Summary");
    REQUIRE(summary.rows[4].size() > 3);
    CHECK(summary.rows[4][3].number == doctest::Approx(-1.3));  // 2.0 minus 3.25 (shown 3.3)
    CHECK(summary.rows[4][3].style == CellStyle::marked_difference);
    // A section scored on both sides from the same rows (none: no difference) is not marked.
    CHECK(summary.rows[5][3].style == CellStyle::missing);
    const std::size_t sections = organisation.framework->sections.size();
    REQUIRE(summary.rows[4 + sections].size() == 1);  // which way a difference goes, then the key
    REQUIRE(summary.rows[5 + sections].size() == 1);
    CHECK(summary.rows[5 + sections][0].text == key);
    CHECK(std::any_of(summary.spans.begin(), summary.spans.end(), [&](const render::CellSpan& span) {
      return span.row == 5 + sections && span.column == 0 && span.last_column == summary.widths.size() - 1;
    }));
  }
  SUBCASE("like for like: no mark and no key") {
    render::ScoresWorkbookInput input;
    input.inputs = {test::scored(peer.framework, peer.assessment),
                    test::scored(second_peer.framework, second_peer.assessment)};
    const auto workbook = render::build_scores_workbook(input);
    const auto& summary = sheet_named(workbook, "Summary");
    CHECK(summary.rows[4][3].style == CellStyle::difference);
    for (const auto& row : summary.rows) CHECK((row.empty() || row[0].text != key));
  }
  SUBCASE("three inputs: the spread marked, unsigned") {
    render::ScoresWorkbookInput input;
    input.inputs = {test::scored(organisation.framework, organisation.assessment),
                    test::scored(peer.framework, peer.assessment),
                    test::scored(second_peer.framework, second_peer.assessment)};
    const auto workbook = render::build_scores_workbook(input);
    const auto& summary = sheet_named(workbook, "Summary");
    const auto spread = std::find_if(summary.rows[4].begin(), summary.rows[4].end(),
                                     [](const Cell& cell) { return cell.style == CellStyle::marked_spread; });
    REQUIRE(spread != summary.rows[4].end());
    CHECK(spread->number == doctest::Approx(2.3));  // 3.3 (shown) minus 1.0
  }
}

TEST_CASE("build_scores_workbook: the Rows sheet leaves out sign columns a framework leaves empty") {
  SUBCASE("a framework of one-row sections worded as their titles, with no warning signs") {
    const std::string text =
        "format: coprod-assessment/1\nframework: strategic-coproduction\nframework_version: 1\n"
        "area: Northbridge\nperspective: organisation\nperiod: 2026-Q3\nsections:\n"
        "  tangible-outputs:\n    rows:\n      in-place:\n        score: 3\n        evidence: A short note.\n";
    auto loaded = yaml::load_assessment(text, "strategic.yaml", test::builtin_catalog());
    REQUIRE(loaded);
    render::ScoresWorkbookInput input;
    input.inputs = {test::scored(loaded->framework, loaded->assessment)};
    const auto workbook = render::build_scores_workbook(input);
    // The sheet of sections, as the pack calls them there.
    const auto& rows = sheet_named(workbook, "Sections");
    std::vector<std::string> headings;
    for (const auto& cell : rows.rows[0]) headings.push_back(cell.text);
    // The section's title is the row's words: said once, in the Section column, given the indicator's room; no
    // row number beside it.
    CHECK(headings == std::vector<std::string>{"Section", "Score: Organisation", "Evidence: Organisation"});
    const auto& tangible = rows.rows[3];
    CHECK(tangible[0].text == "3. Tangible outputs that make a difference.");
    CHECK(tangible[2].text == "A short note.");
    CHECK(rows.widths[0] == rows.widths[2]);  // the section's words wrap in as much room as the evidence
    // Heights follow the text: the longest title takes more lines than a short one.
    CHECK(rows.heights[1] > rows.heights[3]);
  }
  SUBCASE("the guide's tool keeps both signs") {
    const auto organisation = load("organisation", "      strategy:\n        score: 3\n");
    render::ScoresWorkbookInput input;
    input.inputs = {test::scored(organisation.framework, organisation.assessment)};
    const auto workbook = render::build_scores_workbook(input);
    const auto& rows = sheet_named(workbook, "Rows");
    REQUIRE(rows.rows[0].size() > 3);
    CHECK(rows.rows[0][2].text == "Early indicator we're on the right track");
    CHECK(rows.rows[0][3].text == "Warning sign");
    CHECK(rows.widths[0] == 12);
  }
}

TEST_CASE("build_scores_workbook: where every section is its one row, the Summary counts no rows and averages none") {
  const std::string text =
      "format: coprod-assessment/1\nframework: strategic-coproduction\nframework_version: 1\n"
      "area: Eastvale\nperspective: organisation\nperiod: 2026-Q4\nsections:\n"
      "  senior-commitment:\n    rows:\n      in-place:\n        score: 4\n"
      "  point-of-contact:\n    rows:\n      in-place:\n        score: n/a\n";
  const auto loaded = yaml::load_assessment(text, "organisation.yaml", test::builtin_catalog());
  REQUIRE(loaded);
  render::ScoresWorkbookInput input;
  input.inputs = {test::scored(loaded->framework, loaded->assessment)};
  const auto workbook = render::build_scores_workbook(input);
  const auto& summary = sheet_named(workbook, "Summary");
  for (const auto& row : summary.rows)
    for (const auto& cell : row) {
      CAPTURE(cell.text);
      CHECK(cell.text.find("Rows scored") == std::string::npos);
      CHECK(cell.text.find("Rows in the section") == std::string::npos);
      CHECK(cell.text.find("average") == std::string::npos);
      CHECK(cell.text.find("system;") == std::string::npos);  // the leaflet's ";" ends no heading
    }
  CHECK(summary.rows[2][0].text ==
        "Scores run from 0 (nothing has started yet) to 5 (fully in place), so higher means further along. A section "
        "marked not applicable has no score.");
  CHECK(summary.rows[3].size() == 2);  // the section and its score
  CHECK(summary.rows[10][0].text == "7. A point of contact with the system");
  CHECK(summary.rows[10][1].text == "not applicable");
}
