#include "render/web_layout.hpp"

#include <cmath>

#include <doctest/doctest.h>

#include "analysis/scoring.hpp"
#include "render/text_metrics.hpp"
#include "test_support.hpp"
#include "util/text.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

render::WebChart chart_for(const std::string& framework_id, const std::string& area, std::size_t inputs) {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  const auto framework = catalog.find(framework_id, 1);
  analysis::AssessmentResults current;
  for (std::size_t i = 0; i < inputs; ++i) {
    model::Assessment assessment;
    assessment.framework_id = framework->id;
    assessment.area = area;
    current.push_back(test::scored(framework, std::move(assessment)));
  }
  return render::build_web_chart(current, {});
}

// The box a block of text takes, measured with the same table as the layout.
render::Box box_of(const render::TextBlock& block, const render::Font& font) {
  double width = 0;
  for (const auto& line : block.lines) width = std::max(width, render::text_width(line, font));
  const std::string_view anchor = block.anchor;
  const double left = anchor == "start" ? block.x : anchor == "end" ? block.x - width : block.x - width / 2;
  const double top = block.first_baseline - font.size;
  return {left, top, left + width, top + block.line_height * static_cast<double>(block.lines.size())};
}

bool overlaps(const render::Box& a, const render::Box& b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

}  // namespace

TEST_CASE("text_width: from DejaVu Sans's advance widths, wider for wide letters and bold") {
  const render::Font regular{14, false};
  CHECK(render::text_width("WWWW", regular) > render::text_width("iiii", regular) * 2);
  CHECK(render::text_width("Northbridge", {14, true}) > render::text_width("Northbridge", regular));
  CHECK(render::text_width("Northbridge", {28, false}) ==
        doctest::Approx(2 * render::text_width("Northbridge", regular)));
  CHECK(render::text_width("", regular) == 0);
  // A code point outside ASCII counts once, however many bytes it has.
  CHECK(render::text_width("\xC3\xA9", regular) == doctest::Approx(render::text_width("\xE4\xB8\xAD", regular)));
}

TEST_CASE("wrap_to_width: every line fits; a word too long for a line is cut with an ellipsis") {
  const render::Font font{14, false};
  const auto lines =
      render::wrap_to_width("Investment in people with lived experience prepares them to co-produce", 150, font);
  CHECK(lines.size() > 2);
  for (const auto& line : lines) CHECK(render::text_width(line, font) <= 150);
  const auto cut = render::wrap_to_width(std::string(100, 'N'), 200, font);
  REQUIRE(cut.size() == 1);
  CHECK(render::text_width(cut.front(), font) <= 200);
  CHECK(cut.front().ends_with("\u2026"));
  CHECK(render::shorten_to_width("short", 200, font) == "short");
}

TEST_CASE("wrap_to_width: a section's number stays on the line of its title") {
  const render::Font font{14, false};
  const std::string before = "(not scored: 4. Co-design; 5.";
  // Room for everything up to "5." but not for the title after it.
  const double width = render::text_width(before, font) + 1;
  const auto lines = render::wrap_to_width(before + " Facilitate the process)", width, font);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "(not scored: 4. Co-design;");
  CHECK(lines[1] == "5. Facilitate the process)");
  // A number a line ends with anyway is left where it is.
  CHECK(render::wrap_to_width("held on 12.", 500, font) == std::vector<std::string>{"held on 12."});
}

TEST_CASE("lay_out_web: section labels never overlap each other and the picture holds everything") {
  for (const char* framework : {"ipc-coproduction", "strategic-coproduction", "making-coproduction-work"}) {
    CAPTURE(framework);
    const auto chart = chart_for(framework, "Northbridge", 1);
    const auto layout = render::lay_out_web(chart);
    for (std::size_t i = 0; i < layout.axis_labels.size(); ++i) {
      const auto a = box_of(layout.axis_labels[i], render::k_axis_font);
      CHECK(a.left >= 0);
      CHECK(a.right <= layout.width);
      CHECK(a.top > box_of(layout.subtitle, render::k_subtitle_font).bottom);
      for (std::size_t j = i + 1; j < layout.axis_labels.size(); ++j) {
        CHECK_FALSE(overlaps(a, box_of(layout.axis_labels[j], render::k_axis_font)));
      }
    }
  }
}

TEST_CASE("lay_out_web: long section titles become a numbered key under the chart") {
  CHECK_FALSE(render::lay_out_web(chart_for("ipc-coproduction", "Northbridge", 1)).numbered_axes);
  const auto layout = render::lay_out_web(chart_for("strategic-coproduction", "Northbridge", 1));
  CHECK(layout.numbered_axes);
  REQUIRE(layout.section_key.size() == 9);
  CHECK(layout.axis_labels.front().lines == std::vector<std::string>{"1"});
  CHECK(layout.section_key.front().first_baseline > layout.legend.back().text.first_baseline);
  CHECK(layout.height > layout.section_key.back().first_baseline);
}

TEST_CASE("lay_out_web: a long area name wraps onto as many lines as it needs, nothing cut off") {
  const auto whole = [](const render::WebLayout& layout) { return util::join(layout.title.lines, " "); };
  const std::string spaced =
      "Northbridge, Southmoor and the Greater Riverside Integrated Care Partnership for Personalised Care 26";
  const auto wrapped = render::lay_out_web(chart_for("ipc-coproduction", spaced, 1));
  CHECK(wrapped.title.lines.size() > 1);
  CHECK(whole(wrapped) == "Co-production web: " + spaced);
  for (const auto& line : wrapped.title.lines) CHECK(render::text_width(line, render::k_title_font) <= wrapped.width);
  // Four lines' worth: the tester's area, which was cut after three lines with "…".
  const std::string longer =
      "The Very Long Integrated Care Partnership Area of North East and North Cumbria including Teesside, Durham, "
      "Darlington, Tees Valley, Sunderland, South Tyneside and Gateshead Community Services";
  const auto four = render::lay_out_web(chart_for("ipc-coproduction", longer, 1));
  CHECK(four.title.lines.size() > 3);
  CHECK(whole(four) == "Co-production web: " + longer);
  CHECK(four.subtitle.first_baseline > four.title.first_baseline + 3 * four.title.line_height);
  // A single word wider than the picture is broken across lines, never cut.
  const auto word = render::lay_out_web(chart_for("ipc-coproduction", std::string(100, 'N'), 1));
  CHECK(word.title.lines.size() > 2);
  std::string joined;
  for (const auto& line : word.title.lines) {
    CHECK(render::text_width(line, render::k_title_font) <= word.width);
    joined += line;
  }
  CHECK(joined == "Co-production web:" + std::string(100, 'N'));
}

TEST_CASE("lay_out_web: the abbreviations the web uses are spelled out once at its foot, inside the picture") {
  const auto chart = chart_for("ipc-coproduction", "Northbridge ICB", 2);
  CHECK(chart.abbreviations == "ICB: integrated care board; IPC: Integrated Personal Commissioning");
  const auto layout = render::lay_out_web(chart);
  REQUIRE(layout.abbreviations);
  const render::Box foot = box_of(*layout.abbreviations, render::k_key_font);
  CHECK(foot.top > box_of(layout.legend.back().text, render::k_legend_font).bottom);
  CHECK(foot.left >= 0);
  CHECK(foot.right <= layout.width);
  CHECK(foot.bottom <= layout.height);
  // Under the numbered key, wrapped to the picture.
  const auto numbered = render::lay_out_web(chart_for("strategic-coproduction", "Northbridge ICB NHS ICS VCSE", 1));
  REQUIRE(numbered.abbreviations);
  CHECK(box_of(*numbered.abbreviations, render::k_key_font).top >
        box_of(numbered.section_key.back(), render::k_key_font).bottom);
  for (const auto& line : numbered.abbreviations->lines)
    CHECK(render::text_width(line, render::k_key_font) <= numbered.width - 2 * 24);
  CHECK(numbered.height >= box_of(*numbered.abbreviations, render::k_key_font).bottom);
  // Page 1 gives them in its own text; a web of no abbreviations has no line for them.
  CHECK_FALSE(render::lay_out_web(chart, render::k_page_one_web).abbreviations);
  auto plain = chart;
  plain.abbreviations.clear();
  CHECK_FALSE(render::lay_out_web(plain).abbreviations);
}

TEST_CASE("lay_out_web: eight inputs each get a legend entry, one below the other") {
  const auto layout = render::lay_out_web(chart_for("ipc-coproduction", "Northbridge", 8));
  REQUIRE(layout.legend.size() == 8);
  for (std::size_t i = 1; i < layout.legend.size(); ++i) {
    CHECK(layout.legend[i].swatch_y > layout.legend[i - 1].swatch_y + 10);
  }
  CHECK(layout.height > layout.legend.back().swatch_y);
}

TEST_CASE("lay_out_web: page 1's web numbers its axes, with no key under it and a narrow margin") {
  const auto chart = chart_for("ipc-coproduction", "Northbridge", 2);
  const auto titled = render::lay_out_web(chart);
  REQUIRE_FALSE(titled.numbered_axes);
  const auto layout = render::lay_out_web(chart, render::k_page_one_web);
  CHECK(layout.numbered_axes);
  CHECK(layout.section_key.empty());
  REQUIRE(layout.axis_labels.size() == chart.axis_keys.size());
  for (std::size_t axis = 0; axis < layout.axis_labels.size(); ++axis)
    CHECK(layout.axis_labels[axis].lines == std::vector<std::string>{chart.axis_keys[axis]});
  // Its plot nearly fills it: a unit printed at 0.21 mm puts the outer ring over 80 mm across.
  CHECK(layout.radius >= 210);
  CHECK(2 * layout.radius / layout.width > 0.8);
  for (const auto& box : layout.axis_label_boxes) {
    CHECK(box.left >= 4);
    CHECK(box.right <= layout.width - 4);
    CHECK(box.top >= 4);
    CHECK(box.bottom <= layout.height - 4);
  }
}

TEST_CASE("lay_out_web: a large picture is a 16:9 screen's shape, its legend, key and notes beside the plot") {
  for (const char* framework : {"ipc-coproduction", "strategic-coproduction", "making-coproduction-work"}) {
    for (const std::size_t inputs : {1, 2, 4}) {
      CAPTURE(framework);
      CAPTURE(inputs);
      const auto layout = render::lay_out_web(chart_for(framework, "Northbridge ICB", inputs), render::k_large_web);
      CHECK(layout.width / layout.height == doctest::Approx(16.0 / 9).epsilon(0.04));
      const render::Font legend_font{render::k_legend_font.size * 1.5, false};
      const render::Font key_font{render::k_key_font.size * 1.5, false};
      std::vector<render::Box> column;
      for (const auto& entry : layout.legend) column.push_back(box_of(entry.text, legend_font));
      for (const auto& key : layout.section_key) column.push_back(box_of(key, key_font));
      REQUIRE(layout.abbreviations);
      column.push_back(box_of(*layout.abbreviations, key_font));
      CHECK(layout.section_key.empty() != layout.numbered_axes);
      for (const auto& box : column) {
        CHECK(box.left >= layout.plot_area.right);
        CHECK(box.right <= layout.width);
        CHECK(box.top >= layout.plot_area.top - 1);
        CHECK(box.bottom <= layout.height);
      }
      for (const auto& label : layout.axis_label_boxes) {
        CHECK(label.left >= layout.plot_area.left);
        CHECK(label.right <= layout.plot_area.right);
        CHECK(label.bottom <= layout.height);
      }
    }
  }
}

namespace {

// The web's radius on a 16:9 screen of 1920 by 1080 showing the whole picture as large as it fits.
double radius_on_screen(const render::WebLayout& layout) {
  return layout.radius * std::min(1920 / layout.width, 1080 / layout.height);
}

}  // namespace

TEST_CASE(
    "lay_out_web: on a screen the large picture's web is no smaller than the default picture's, however many "
    "sections") {
  for (const char* framework : {"making-coproduction-work", "strategic-coproduction", "ipc-coproduction"}) {
    for (const std::size_t inputs : {1, 2, 4}) {
      CAPTURE(framework);
      CAPTURE(inputs);
      const auto chart = chart_for(framework, "Northbridge ICB", inputs);
      const auto normal = render::lay_out_web(chart);
      const auto large = render::lay_out_web(chart, render::k_large_web);
      CHECK(radius_on_screen(large) >= radius_on_screen(normal));
    }
  }
}
