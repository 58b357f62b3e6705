#include "render/form_web_layout.hpp"

#include <regex>

#include <doctest/doctest.h>

#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

std::vector<double> numbers_in(const std::string& text) {
  std::vector<double> numbers;
  static const std::regex number(R"(-?[0-9]+(\.[0-9]+)?)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), number); it != std::sregex_iterator(); ++it) {
    numbers.push_back(std::stod(it->str()));
  }
  return numbers;
}

// The text of the array after "key": from its "[" to the matching "]".
std::string array_after(const std::string& json, const std::string& key) {
  const auto start = json.find('[', json.find("\"" + key + "\""));
  int depth = 0;
  for (auto at = start; at < json.size(); ++at) {
    depth += json[at] == '[' ? 1 : json[at] == ']' ? -1 : 0;
    if (depth == 0) return json.substr(start, at + 1 - start);
  }
  return {};
}

}  // namespace

TEST_CASE("form_web_layout_json: each section label's box, which the page's scores keep clear of, holds its anchor") {
  const auto catalog = yaml::builtin_catalog();
  for (const char* id : {"ipc-coproduction", "strategic-coproduction", "making-coproduction-work"}) {
    CAPTURE(id);
    const auto framework = catalog.find(id, 1);
    util::JsonWriter json;
    render::form_web_layout_json(json, *framework);
    const std::string text = json.finish();
    const auto boxes = numbers_in(array_after(text, "axis_label_boxes"));
    REQUIRE(boxes.size() == 4 * framework->sections.size());
    // Each label: {"lines": [...], "x", "y", ...}; its x and y follow its lines.
    static const std::regex anchor(R"re("x":\s*(-?[0-9.]+),\s*"y":\s*(-?[0-9.]+))re");
    const std::string labels = array_after(text, "axis_labels");
    std::size_t i = 0;
    for (auto it = std::sregex_iterator(labels.begin(), labels.end(), anchor); it != std::sregex_iterator();
         ++it, ++i) {
      REQUIRE(i < framework->sections.size());
      const double x = std::stod((*it)[1]);
      const double y = std::stod((*it)[2]);
      const double* box = &boxes[4 * i];
      CHECK(box[0] < box[2]);
      CHECK(box[1] < box[3]);
      CHECK(x >= box[0] - 0.1);
      CHECK(x <= box[2] + 0.1);
      CHECK(y > box[1]);  // the first line's baseline, inside the box
      CHECK(y < box[3]);
    }
    CHECK(i == framework->sections.size());
  }
}
