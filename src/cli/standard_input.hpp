#pragma once
// Standard input ('-') as an input: it can be read only once.

#include <initializer_list>
#include <string>
#include <vector>

namespace coprod::cli {

// The inputs one option names; `option` is empty for the command's files.
struct NamedInputs {
  std::string option;  // "--framework"
  std::vector<std::string> paths;
};

// Throws Error(k_exit_usage) when '-' is named more than once among `inputs`,
// saying where: a second read would find nothing left and report an empty file.
void refuse_standard_input_twice(std::initializer_list<NamedInputs> inputs);

}  // namespace coprod::cli
