// The text history table keeps to the width it is given, however many periods there are.
#include <algorithm>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "render/history.hpp"
#include "util/text.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

analysis::History history_of(std::size_t periods) {
  analysis::History history;
  history.framework = yaml::builtin_catalog().find_latest("ipc-coproduction");
  history.file = "org.coprod.yaml";
  for (std::size_t i = 0; i < periods; ++i) {
    analysis::HistoryPoint point{fmt::format("P{}", i),
                                 "0123456789abcdef",
                                 "2026-01-01",
                                 history.file,
                                 {},
                                 {},
                                 {},
                                 fmt::format("P{}", i),
                                 true,
                                 "",
                                 {},
                                 {},
                                 {}};
    point.scores.assign(history.framework->sections.size(), static_cast<double>(i % 6));
    // Every other period's averages leave out a row: the marks and notes must fit too.
    point.coverage.assign(history.framework->sections.size(), analysis::Coverage{i % 2 == 0 ? 2 : 3, 0, 3});
    // So every change since the period before is of averages of different rows: marked, with its note.
    if (i > 0) {
      const int change = static_cast<int>(i % 6) * 10 - static_cast<int>((i - 1) % 6) * 10;
      point.change_tenths.assign(history.framework->sections.size(), change);
      point.change_of_different_rows.assign(history.framework->sections.size(), true);
    }
    history.points.push_back(point);
  }
  return history;
}

std::size_t widest_line(const std::string& text) {
  std::size_t widest = 0;
  for (const auto line : util::split_lines(text)) widest = std::max(widest, util::display_width(line));
  return widest;
}

}  // namespace

TEST_CASE("the history table fits its width with any number of periods; the trend covers the latest 12") {
  for (const std::size_t periods : {1, 2, 12, 13, 40, 200}) {
    for (const std::size_t width : {60, 80, 120}) {
      const std::string text = render::render_history_text(history_of(periods), width, true);
      CHECK_MESSAGE(widest_line(text) <= width, periods << " periods, width " << width << ":\n" << text);
    }
  }
  const std::string text = render::render_history_text(history_of(40), 80, false);
  CHECK(text.find("the trend covers the last 12.") != std::string::npos);
  CHECK(text.find("* Averages that leave out rows:\n  1. Commitment and leadership: P38 from 2 of 3 rows, 1 not") !=
        std::string::npos);
  // Every column shown, and still more periods than the trend covers: said too.
  CHECK(render::render_history_text(history_of(15), 400, true).find("The trend covers the last 12 versions.") !=
        std::string::npos);
  // P28 to P39 score 4 5 0 1 2 3 4 5 0 1 2 3: the trend of the latest 12, in ASCII.
  CHECK(text.find("  *#_.~=*#_.~=\n") != std::string::npos);
  // P39 scores 3 after P38's 2, and its averages count other rows: the change is marked, in ASCII a caret.
  CHECK(text.find("+1.0^  ") != std::string::npos);
  CHECK(text.find("^ not like for like: a row of the section was scored in one period only") != std::string::npos);
  CHECK(render::render_history_text(history_of(40), 80, true).find("+1.0\u2020  ") != std::string::npos);
}

TEST_CASE("a table with room for one version says so in the singular") {
  // At width 60 the trend of 12 leaves room for one column.
  const std::string text = render::render_history_text(history_of(13), 60, true);
  CHECK(text.find("The latest version is shown; the trend covers the last 12.") != std::string::npos);
  CHECK(text.find("The last 1 versions") == std::string::npos);
  CHECK(render::render_history_text(history_of(5), 60, true)
            .find("The latest version is shown; the trend covers all 5.") != std::string::npos);
}

TEST_CASE("sparkline: a move of 0.2 or more shows, and a flat line sits at one height whatever its score") {
  const auto heights = [](std::vector<std::optional<double>> values) { return render::sparkline(values, 5, false); };
  // Over the whole scale (0.7 points a height) 3.4 and 3.7 were one height.
  for (const auto& [before, after] : {std::pair{3.4, 3.7}, {2.7, 3.0}, {2.0, 2.2}, {4.8, 5.0}, {0.0, 0.2}}) {
    CAPTURE(before);
    const std::string line = heights({before, after});
    CHECK(line[0] != line[1]);
    CHECK(heights({after, before}) != line);
  }
  CHECK(heights({3.7, 3.7}) == heights({2.5, 2.5}));
  CHECK(heights({2.5}) == heights({3.7}));
  // A range wider than the least span runs from the lowest to the highest height.
  CHECK(heights({1.0, std::nullopt, 3.0, 5.0}) == "_ =#");
}
