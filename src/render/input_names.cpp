// How the pack, the sheets and the workbook name each input in short.

#include "render/input_names.hpp"

#include "analysis/comparison.hpp"
#include "render/comparison.hpp"
#include "util/text.hpp"

namespace coprod::render {

std::vector<std::string> input_short_names(const analysis::AssessmentResults& inputs) {
  if (inputs.empty()) return {};
  if (inputs.size() == 2) {
    if (auto told = analysis::told_apart_by(*inputs[0]->assessment, *inputs[1]->assessment))
      return {told->first, told->second};
  } else {
    if (auto names = analysis::distinct_perspective_names(inputs); !names.empty()) return names;
  }
  std::vector<std::string> letters;
  for (std::size_t i = 0; i < inputs.size(); ++i) letters.push_back(input_letter(i));
  return letters;
}

bool inputs_lettered(const analysis::AssessmentResults& inputs) {
  return inputs.size() > 1 && input_short_names(inputs).front() == input_letter(0);
}

DefinedName defined_input_name(const analysis::AssessmentResults& inputs, std::size_t index, const std::string& label) {
  const std::string name = input_short_names(inputs).at(index);
  const auto at = inputs_lettered(inputs) ? std::string::npos : label.find(name);
  if (at == std::string::npos) return {"", name, ": " + label};
  return {label.substr(0, at), name, label.substr(at + name.size())};
}

std::string input_heading(const analysis::AssessmentResults& inputs, std::size_t index, const std::string& label) {
  if (!inputs_lettered(inputs)) return util::capitalised(label);
  return input_letter(index) + ": " + label;
}

}  // namespace coprod::render
