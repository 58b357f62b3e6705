// In-place edits on every test input, and on coprod's own files and the
// fuzz seeds in many variants (line endings, a byte-order mark, a different
// choice of values),
// checked as tests/fuzz/fuzz_edit checks them (see edit_check.hpp).
#include "edit_check.hpp"

#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "test_support.hpp"
#include "yaml/yaml_inputs.hpp"

using namespace coprod;

namespace {

std::string with_crlf(const std::string& text) {
  std::string out;
  for (const char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

// Checks one text; returns whether the edit was made.
bool edit_made(const std::string& text, const std::string& name) {
  const auto check = test::check_edits(text);
  if (check.problem) FAIL_CHECK(name << ": " << *check.problem << "\n" << text);
  return check.made;
}

}  // namespace

TEST_CASE("in-place edits keep the rest of the file, on every test input") {
  int made = 0;
  const auto inputs = test::all_yaml_inputs();
  for (const auto& [name, text] : inputs) made += edit_made(text, name) ? 1 : 0;
  MESSAGE(fmt::format("edits made on {} of {} inputs", made, inputs.size()));
  CHECK(made > 100);
}

// A fixed-seed run of bounded length: the edits are chosen from the text's
// bytes, so a comment line with a different number chooses different ones.
TEST_CASE("in-place edits keep the rest of coprod's own files, with LF or CRLF, with or without a byte-order mark") {
  std::vector<std::string> files = test::files_under(test::source_path("examples"), ".yaml");
  for (const auto& seed : test::files_under(test::source_path("tests/fuzz/seeds"), ".yaml")) files.push_back(seed);
  REQUIRE(files.size() >= 6);
  int made = 0;
  int tried = 0;
  for (const auto& path : files) {
    const std::string text = test::read_file(path);
    for (int variant = 0; variant < 120; ++variant) {
      std::string varied = fmt::format("# variant {}\n", variant) + text;
      if (variant % 3 == 1) varied = with_crlf(varied);
      if (variant % 4 == 2) varied = "\xEF\xBB\xBF" + varied;
      made += edit_made(varied, fmt::format("{} (variant {})", path, variant)) ? 1 : 0;
      ++tried;
    }
  }
  MESSAGE(fmt::format("edits made on {} of {} variants", made, tried));
  CHECK(made > tried / 2);
}
