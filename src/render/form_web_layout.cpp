#include "render/form_web_layout.hpp"

#include "render/web_chart.hpp"
#include "render/web_layout.hpp"

namespace coprod::render {

namespace {

// The form's web has no heading, legend or abbreviations of its own: the page
// around it gives them.
constexpr WebProportions k_form_web{200, 800, 24, false, false, false, true, true, false};

WebChart framework_chart(const model::Framework& framework) {
  WebChart chart;
  chart.max_score = framework.scale.max;
  for (std::size_t i = 0; i < framework.sections.size(); ++i) {
    chart.axis_labels.push_back(framework.sections[i].label());
    chart.axis_keys.push_back(axis_key(framework.sections[i], i));
  }
  return chart;
}

void text_json(util::JsonWriter& json, const TextBlock& block) {
  json.begin_object().key("lines").begin_array();
  for (const auto& line : block.lines) json.string(line);
  json.end_array().key("x").decimal(block.x, 1).key("y").decimal(block.first_baseline, 1);
  json.key("line_height").decimal(block.line_height, 1).key("anchor").string(block.anchor).end_object();
}

void box_json(util::JsonWriter& json, const Box& box) {
  json.begin_array().decimal(box.left, 1).decimal(box.top, 1);
  json.decimal(box.right, 1).decimal(box.bottom, 1).end_array();
}

void texts_json(util::JsonWriter& json, const std::vector<TextBlock>& blocks) {
  json.begin_array();
  for (const auto& block : blocks) text_json(json, block);
  json.end_array();
}

}  // namespace

void form_web_layout_json(util::JsonWriter& json, const model::Framework& framework) {
  const WebLayout layout = lay_out_web(framework_chart(framework), k_form_web);
  json.begin_object().key("width").decimal(layout.width, 1).key("height").decimal(layout.height, 1);
  json.key("centre").begin_array().decimal(layout.centre.x, 1).decimal(layout.centre.y, 1).end_array();
  json.key("radius").decimal(layout.radius, 1).key("numbered_axes").boolean(layout.numbered_axes);
  json.key("axis_labels");
  texts_json(json, layout.axis_labels);
  json.key("axis_label_boxes").begin_array();
  for (const auto& box : layout.axis_label_boxes) box_json(json, box);
  json.end_array().key("section_key");
  texts_json(json, layout.section_key);
  json.end_object();
}

}  // namespace coprod::render
