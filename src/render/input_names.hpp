#pragma once
// How the evidence pack, report.md, the sheets to print and the workbook name
// each input in short, the same way everywhere: by what tells the inputs
// apart, as the guide names the two views, "organisation" and "peer network"
// (one review's perspectives, each once), or "2026-Q3" and "2026-Q4" (two
// periods of one perspective); else by its letter, "A", "B", which a key
// then defines where it is first used.

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/scoring.hpp"

namespace coprod::render {

// One short name for each input: "organisation", "peer network"; else "A", "B", ....
std::vector<std::string> input_short_names(const analysis::AssessmentResults& inputs);

// Whether input_short_names() gives the letters, so a key must say who each is.
bool inputs_lettered(const analysis::AssessmentResults& inputs);

// How a key names input i and defines its short name: the short name within
// its label, to be set in bold, "co-production [peer network], 2026-Q4"; with
// letters, the letter before the label, "[A]: organisation, 2026-Q4". Plain
// text pieces, each medium escaping them and setting `name` in bold.
struct DefinedName {
  std::string before;
  std::string name;
  std::string after;
};
DefinedName defined_input_name(const analysis::AssessmentResults& inputs, std::size_t index, const std::string& label);

// How a table or heading names input i where a row or part is its own: its
// label, "Co-production peer network, 2026-Q4"; with letters, the letter
// and label, "A: organisation, 2026-Q4".
std::string input_heading(const analysis::AssessmentResults& inputs, std::size_t index, const std::string& label);

}  // namespace coprod::render
