#include <filesystem>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "test_support.hpp"
#include "util/text.hpp"
#include "yaml/document.hpp"
#include "yaml/yaml_inputs.hpp"

using namespace coprod;
using coprod::test::case_inputs;
using coprod::test::files_under;

namespace {

std::string dump(const yaml::Node& node, int depth = 0) {
  const std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
  std::string out =
      fmt::format("{}{}@{}:{} {}-{} style {} [{}] {}\n", pad, static_cast<int>(node.kind), node.position.line,
                  node.position.column, node.begin, node.end, static_cast<int>(node.style), node.text, node.comment);
  for (const auto& item : node.items) out += dump(item, depth + 1);
  for (const auto& entry : node.entries) out += dump(entry.key, depth + 1) + dump(entry.value, depth + 2);
  return out;
}

// If the fast reader takes the text, yaml-cpp must agree exactly.
bool agrees(const std::string& text, const std::string& name) {
  const auto fast = yaml::parse_fast(text);
  if (!fast) return false;
  const auto reference = yaml::parse_with_yaml_cpp(text, name);
  INFO(name);
  if (!reference.ok())
    FAIL("the fast reader took a text yaml-cpp refuses: " << test::first_error(reference.problems()));
  if (!(*fast == *reference)) {  // positions, byte ranges, styles and comments included
    FAIL_CHECK("the trees differ\nfast:\n" << dump(*fast) << "yaml-cpp:\n" << dump(*reference));
  }
  return true;
}

}  // namespace

TEST_CASE("the fast reader takes coprod's own files, and agrees with yaml-cpp on them") {
  std::vector<std::string> files = files_under(test::source_path("examples"), ".yaml");
  const auto frameworks = files_under(test::source_path("src/frameworks"), ".yaml");
  files.insert(files.end(), frameworks.begin(), frameworks.end());
  REQUIRE(files.size() >= 8);
  for (const auto& path : files) {
    CAPTURE(path);
    CHECK(agrees(test::read_file(path), path));  // taken, and the same tree
  }
}

TEST_CASE("the fast reader agrees with yaml-cpp on every test input it takes") {
  int taken = 0;
  int seen = 0;
  for (const auto& [name, text] : case_inputs()) {
    ++seen;
    taken += agrees(text, name) ? 1 : 0;
  }
  std::vector<std::string> files = files_under(test::source_path("tests/fuzz/regressions"), ".yaml");
  for (const auto& kind : {"valid", "invalid"}) {
    const auto suite = files_under(test::shared_path(std::string("yaml-test-suite/") + kind), ".yaml");
    files.insert(files.end(), suite.begin(), suite.end());
  }
  for (const auto& path : files) {
    ++seen;
    taken += agrees(test::read_file(path), path) ? 1 : 0;
  }
  MESSAGE(fmt::format("the fast reader took {} of {} inputs", taken, seen));
  CHECK(taken > 20);
}

TEST_CASE("the fast reader's own cases") {
  const std::vector<std::string> taken = {
      "a: 1\nb: two words  # comment\nc:\n",
      "a:\n  - x\n  - y: 2\n    z: 3\n",
      "key:\n- indentless\n- list\nnext: 1\n",
      "s: 'it''s'\nd: \"tab\\tand \\u00e9 and \\\"q\\\"\"\n",
      "f: [a, b c, 3]\ng: {min: 2, max: 4, count: 5}\nh: []\ni: {}\n",
      "lit: |\n  one\n\n  two\n    indented\nstrip: |-\n  y\n\nnext: 1\n",
      "fold: >\n  one\n  two\n\n  three\nfold2: >-\n  a\n  b\n",
      "# only\n# comments\na:   # empty with comment\n  b: 1\n",
      "a: café – é\n",
  };
  for (const auto& text : taken) {
    CAPTURE(text);
    CHECK(agrees(text, "case.yaml"));
  }
  std::vector<std::string> left_to_yaml_cpp = {
      "a: &x 1\n",
      "a: *x\n",
      "a: !!str 1\n",
      "a: b: c\n",
      "a: 1\na: 2\n",
      "a: plain\n  continued\n",
      "a: \"open\n  more\"\n",
      "a: 1\n---\nb: 2\n",
      "a:\n\tb: 1\n",
      "a: 1\r\n",
      "? complex\n: x\n",
      "a: [x, [y]]\n",
      "a: |2\n  x\n",
      "- - nested\n",
      "i: |\n -\no: |\n -  ",  // a block at the very end with no final line break (found by fuzzing)
      "::\nnull:\n",
      "a: null\n",
      "a: ~\n",
      "a: [Null, NULL]\n",  // null words (found by fuzzing)
      "a: |-\n  x\x04y\n",
      "a: b\x7F\n",
      "a: \xC2\x80\n",
      "a: x\xEF\xBB\xBFy\n",  // not printable in YAML (fuzzing)
      "a: x\xC2\x85y\n",
      "a: x\xE2\x80\xA8y\n",  // line breaks in YAML 1.1
      "plain scalar document\n",
      "a: \"bad \\q\"\n",
      "a:\n  - x\n b: 1\n",
      "a: >\n  x\n    more\n",
      // Layouts coprod never writes, left to yaml-cpp to keep this reader small.
      "---\na: 1\n",
      "--- # comment\na: 1\n",
      "keep: |+\n  x\n\nnext: 1\n",
      "a:\n  -\n    p: q\n",
  };
  left_to_yaml_cpp.push_back("---#x: y\na: 1\n");
  left_to_yaml_cpp.push_back("... {s: 3}\nn: 1\n");  // a document end marker (found by fuzzing)
  left_to_yaml_cpp.push_back("a: 1\n...\n");         // a marker must be followed by a space (found by fuzzing)
  left_to_yaml_cpp.push_back(std::string(1030, 'k') + ": long key\n");  // YAML's limit is 1024 (found by fuzzing)
  left_to_yaml_cpp.push_back("a: {" + std::string(1030, 'k') + ": v}\n");
  for (const auto& text : left_to_yaml_cpp) {
    CAPTURE(text);
    CHECK_FALSE(yaml::parse_fast(text));
  }
}

// A fixed-seed fuzz run of bounded length: coprod's own files with bytes
// changed, inserted and removed, the way tests/fuzz/fuzz_yaml_reader does,
// so every run of the unit tests checks the two readers on the same inputs.
TEST_CASE("the fast reader agrees with yaml-cpp on a fixed-seed fuzz run") {
  std::vector<std::string> seeds;
  for (const auto& path : files_under(test::source_path("examples/northbridge"), ".yaml"))
    seeds.push_back(test::read_file(path));
  REQUIRE_FALSE(seeds.empty());
  std::uint64_t state = 0x9E3779B97F4A7C15ULL;
  const auto next = [&state](std::uint64_t bound) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state % bound;
  };
  constexpr std::string_view k_bytes = " \n:-#'\"|>[]{},~\t\rax1";
  int taken = 0;
  for (int run = 0; run < 3000; ++run) {
    std::string text = seeds[next(seeds.size())];
    text = text.substr(0, 1 + next(std::min<std::size_t>(text.size(), 2500)));
    for (std::uint64_t edit = 0, edits = 1 + next(4); edit < edits; ++edit) {
      const std::size_t at = next(text.size() + 1);
      const char byte = k_bytes[next(k_bytes.size())];
      switch (next(3)) {
        case 0:
          if (at < text.size()) text[at] = byte;
          break;
        case 1: text.insert(at, 1, byte); break;
        default:
          if (at < text.size()) text.erase(at, 1);
          break;
      }
    }
    CAPTURE(text);
    taken += agrees(text, fmt::format("fuzz run {}", run)) ? 1 : 0;
  }
  MESSAGE(fmt::format("the fast reader took {} of 3000 fuzzed inputs", taken));
  CHECK(taken > 100);
}
