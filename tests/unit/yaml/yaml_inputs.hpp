#pragma once
// The YAML inputs the reader tests run over: coprod's examples and built-in
// frameworks, the files written inside the end-to-end cases, the fuzz
// regressions and the public YAML test suite.

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "test_support.hpp"
#include "util/text.hpp"

namespace coprod::test {

inline std::vector<std::string> files_under(const std::string& folder, const std::string& extension) {
  std::vector<std::string> files;
  if (!std::filesystem::exists(folder)) return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The input files written inside the end-to-end cases, as (name, text).
inline std::vector<std::pair<std::string, std::string>> case_inputs() {
  std::vector<std::pair<std::string, std::string>> inputs;
  for (const auto& path : files_under(source_path("tests/cases"), ".case")) {
    std::string name;
    std::string body;
    const std::string file_text = read_file(path);  // the lines below point into it
    for (const auto line : util::split_lines(file_text)) {
      if (line.rfind(">>> ", 0) == 0) {
        if (!name.empty()) inputs.emplace_back(name, body);
        name = line.rfind(">>> file ", 0) == 0 ? path + ":" + std::string(line.substr(9)) : "";
        body.clear();
      } else if (!name.empty()) {
        body += std::string(line) + "\n";
      }
    }
    if (!name.empty()) inputs.emplace_back(name, body);
  }
  return inputs;
}

// Every input above, as (name, text).
inline std::vector<std::pair<std::string, std::string>> all_yaml_inputs() {
  auto inputs = case_inputs();
  std::vector<std::string> files = files_under(source_path("examples"), ".yaml");
  for (const auto& folder : {source_path("src/frameworks"), source_path("tests/fuzz/regressions"),
                             shared_path("yaml-test-suite/valid"), shared_path("yaml-test-suite/invalid")}) {
    const auto more = files_under(folder, ".yaml");
    files.insert(files.end(), more.begin(), more.end());
  }
  for (const auto& path : files) inputs.emplace_back(path, read_file(path));
  return inputs;
}

}  // namespace coprod::test
