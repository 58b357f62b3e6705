#pragma once
// Where the scoring form's co-production web puts its words, worked out by
// lay_out_web() (render/web_layout.hpp), the layout `coprod web` draws, so the
// form's script places every section label (or numbers the axes and lists the
// titles under the chart) as `coprod web` does for the same framework.

#include "model/framework.hpp"
#include "util/json_writer.hpp"

namespace coprod::render {

// The picture's size, the plot's centre and radius, whether the axes are
// numbered, each axis label's lines and place and, when numbered, the section
// key under the plot: {"width", "height", "centre": [x, y], "radius",
// "numbered_axes", "axis_labels": [...], "axis_label_boxes": [...],
// "section_key": [...]}, each text as {"lines", "x", "y" (first baseline),
// "line_height", "anchor"} and each label's box, the room it takes, which the
// scores the script places keep clear of, as [left, top, right, bottom].
void form_web_layout_json(util::JsonWriter& json, const model::Framework& framework);

}  // namespace coprod::render
