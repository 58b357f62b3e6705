// The numbers on `coprod web`'s picture (and on page 1 of the evidence
// pack's), laid out as render_web_svg lays them out, for many score sets on
// every built-in framework: no score covers another score, a scale number or
// a section label, and no scale number covers another or a section label.
// Low scores are the hard case: on a framework of many sections their points
// crowd round the centre.

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "render/web_layout.hpp"
#include "render/web_numbers.hpp"
#include "test_support.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

using Scores = std::vector<std::optional<double>>;

bool overlaps(const render::Box& a, const render::Box& b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

std::string describe(const render::Box& box) {
  return fmt::format("[{:.1f}, {:.1f}, {:.1f}, {:.1f}]", box.left, box.top, box.right, box.bottom);
}

// The framework's web with one series per entry of `inputs`, the first `earlier` of them earlier periods.
render::WebChart chart_with(const std::shared_ptr<const model::Framework>& framework, const std::vector<Scores>& inputs,
                            std::size_t earlier = 0) {
  model::Assessment assessment;
  assessment.framework_id = framework->id;
  assessment.area = "Northbridge";
  render::WebChart chart = render::build_web_chart({test::scored(framework, std::move(assessment))}, {});
  const render::WebSeries blank = chart.series.front();
  chart.series.clear();
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    render::WebSeries series = blank;
    series.label = fmt::format("input {}", i + 1);
    series.values = inputs[i];
    series.previous = i < earlier;
    chart.series.push_back(std::move(series));
  }
  return chart;
}

// Scores from 0 to `top` tenths, drawn by a generator with a fixed seed (its raw output, the same everywhere).
Scores random_scores(std::size_t sections, std::uint32_t seed, unsigned top) {
  std::mt19937 generator(seed);
  Scores scores;
  for (std::size_t i = 0; i < sections; ++i) scores.emplace_back(static_cast<double>(generator() % (top + 1)) / 10);
  return scores;
}

// A second perspective a tenth or two from the first, never below 0.
Scores close_to(const Scores& first, std::uint32_t seed) {
  std::mt19937 generator(seed);
  Scores second;
  for (const auto& score : first) {
    const double step = static_cast<double>(static_cast<int>(generator() % 5) - 2) / 10;
    second.emplace_back(std::max(0.0, *score + step));
  }
  return second;
}

struct ScoreSet {
  std::string name;
  std::vector<Scores> inputs;
  std::size_t earlier = 0;
};

std::vector<ScoreSet> score_sets(std::size_t sections) {
  std::vector<ScoreSet> sets;
  for (const double all : {0.5, 1.0, 5.0}) sets.push_back({fmt::format("all {}", all), {Scores(sections, all)}});
  for (std::uint32_t seed = 1; seed <= 40; ++seed) {
    const Scores mixed = random_scores(sections, seed, 15);
    sets.push_back({fmt::format("0 to 1.5, seed {}", seed), {mixed}});
    sets.push_back({fmt::format("two perspectives close, seed {}", seed), {mixed, close_to(mixed, seed + 100)}});
    sets.push_back(
        {fmt::format("after an earlier period close, seed {}", seed), {close_to(mixed, seed + 200), mixed}, 1});
  }
  for (std::uint32_t seed = 1; seed <= 10; ++seed)
    sets.push_back({fmt::format("0 to 5, seed {}", seed), {random_scores(sections, seed, 50)}});
  return sets;
}

struct Label {
  std::string what;
  render::Box box;
};

// Every number and section label of the web as render_web_svg places them.
std::vector<Label> labels_of(const render::WebChart& chart, const render::WebProportions& proportions) {
  const render::WebLayout layout = render::lay_out_web(chart, proportions);
  const render::WebGeometry geometry(layout.centre, layout.radius, layout.radius,
                                     static_cast<int>(chart.axis_labels.size()), chart.max_score);
  const render::WebNumbers numbers =
      render::place_web_numbers(chart, geometry, layout.axis_label_boxes, layout.plot_area, layout.text_scale);
  std::vector<Label> labels;
  for (std::size_t axis = 0; axis < layout.axis_label_boxes.size(); ++axis) {
    labels.push_back({fmt::format("section label {}", chart.axis_keys[axis]), layout.axis_label_boxes[axis]});
  }
  for (const auto& number : numbers.scale) labels.push_back({"scale number " + number.text, number.box});
  for (const auto& value : numbers.values) labels.push_back({"score " + value.text, value.box});
  return labels;
}

}  // namespace

TEST_CASE("web numbers: no score or scale number covers another, or a section label, on any built-in framework") {
  // The picture of `coprod web`, page 1's, and the large one for a projector (--size large).
  const std::vector<std::pair<const char*, render::WebProportions>> pictures = {
      {"normal", {}}, {"page 1", render::k_page_one_web}, {"large", render::k_large_web}};
  const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  for (const auto& framework : catalog.all()) {
    CAPTURE(framework->id);
    const std::size_t sections = chart_with(framework, {}).axis_labels.size();
    for (const auto& set : score_sets(sections)) {
      for (const auto& [picture, proportions] : pictures) {
        CAPTURE(set.name);
        CAPTURE(picture);
        const auto labels = labels_of(chart_with(framework, set.inputs, set.earlier), proportions);
        // Each score of one input is shown (those at one point once): the test has something to check.
        const auto scores =
            std::count_if(labels.begin(), labels.end(), [](const Label& l) { return l.what.starts_with("score"); });
        const bool one_input = set.inputs.size() - set.earlier == 1;
        CHECK((scores > 0) == one_input);
        std::vector<std::string> covering;
        for (std::size_t i = 0; i < labels.size(); ++i) {
          for (std::size_t j = i + 1; j < labels.size(); ++j) {
            // Section labels clear of each other is lay_out_web's own test.
            if (labels[i].what.starts_with("section") && labels[j].what.starts_with("section")) continue;
            if (!overlaps(labels[i].box, labels[j].box)) continue;
            covering.push_back(fmt::format("{} {} covers {} {}", labels[i].what, describe(labels[i].box),
                                           labels[j].what, describe(labels[j].box)));
          }
        }
        CHECK_MESSAGE(covering.empty(), fmt::format("{}", fmt::join(covering, "\n")));
      }
    }
  }
}

TEST_CASE("web labels: with two inputs and sections not scored yet, no section's label covers another's") {
  // Fifteen sections, two inputs, every other section not scored yet by either: each label's scores are its
  // longest lines ("peer network not scored yet"), and the large picture's are half as wide again.
  const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  const auto framework = catalog.find("making-coproduction-work", 1);
  const std::size_t sections = chart_with(framework, {}).axis_labels.size();
  REQUIRE(sections == 15);
  Scores first;
  Scores second;
  for (std::size_t i = 0; i < sections; ++i) {
    const bool scored = i % 2 == 0;
    first.push_back(scored ? std::optional<double>(static_cast<double>(i % 5 + 1)) : std::nullopt);
    second.push_back(scored ? std::optional<double>(static_cast<double>(5 - i % 5)) : std::nullopt);
  }
  render::WebChart chart = chart_with(framework, {first, second});
  chart.series[0].short_name = "organisation";
  chart.series[1].short_name = "peer network";
  for (const auto& [picture, proportions] :
       std::vector<std::pair<std::string, render::WebProportions>>{{"normal", {}}, {"large", render::k_large_web}}) {
    CAPTURE(picture);
    const render::WebLayout layout = render::lay_out_web(chart, proportions);
    REQUIRE(layout.axis_label_boxes.size() == sections);
    // Each input's score once a section, its marker on its first line ("peer network", "not scored yet").
    const auto markers = std::count_if(layout.label_scores.begin(), layout.label_scores.end(),
                                       [](const render::LabelScore& score) { return score.has_marker; });
    REQUIRE(static_cast<std::size_t>(markers) == 2 * sections);
    std::vector<std::string> covering;
    for (std::size_t i = 0; i < sections; ++i) {
      for (std::size_t j = i + 1; j < sections; ++j) {
        if (!overlaps(layout.axis_label_boxes[i], layout.axis_label_boxes[j])) continue;
        covering.push_back(fmt::format("section label {} {} covers section label {} {}", chart.axis_keys[i],
                                       describe(layout.axis_label_boxes[i]), chart.axis_keys[j],
                                       describe(layout.axis_label_boxes[j])));
      }
    }
    CHECK_MESSAGE(covering.empty(), fmt::format("{}", fmt::join(covering, "\n")));
  }
}
