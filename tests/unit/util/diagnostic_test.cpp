#include "util/diagnostic.hpp"

#include <doctest/doctest.h>

using namespace coprod::util;

namespace {

Diagnostic at(const std::string& source, int line, int column) {
  return {Severity::warning, source, {line, column}, source + ":" + std::to_string(line)};
}

}  // namespace

TEST_CASE("sort_by_position: files keep the order they first appear in, and each reads top to bottom") {
  Diagnostics found = {at("b.yaml", 9, 1), at("a.yaml", 3, 5), at("b.yaml", 2, 1), at("a.yaml", 3, 2),
                       at("b.yaml", 9, 1)};
  sort_by_position(found);
  std::vector<std::string> order;
  for (const auto& d : found)
    order.push_back(d.source + ":" + std::to_string(d.position.line) + ":" + std::to_string(d.position.column));
  CHECK(order == std::vector<std::string>{"b.yaml:2:1", "b.yaml:9:1", "b.yaml:9:1", "a.yaml:3:2", "a.yaml:3:5"});
}

TEST_CASE("sort_by_position: works on anything that holds a diagnostic") {
  struct Flag {
    Diagnostic diagnostic;
    int id;
  };
  std::vector<Flag> flags = {{at("x", 5, 1), 1}, {at("y", 1, 1), 2}, {at("x", 1, 1), 3}};
  sort_by_position(flags, [](const Flag& flag) -> const Diagnostic& { return flag.diagnostic; });
  CHECK(flags[0].id == 3);
  CHECK(flags[1].id == 1);
  CHECK(flags[2].id == 2);
}

TEST_CASE("sort_by_position: problems about the whole file come after that file's placed ones") {
  Diagnostics found = {at("a.yaml", 0, 0), at("a.yaml", 7, 1), at("b.yaml", 0, 0), at("b.yaml", 1, 1),
                       at("a.yaml", 2, 1)};
  sort_by_position(found);
  std::vector<std::string> order;
  for (const auto& d : found) order.push_back(d.source + ":" + std::to_string(d.position.line));
  CHECK(order == std::vector<std::string>{"a.yaml:2", "a.yaml:7", "a.yaml:0", "b.yaml:1", "b.yaml:0"});
}
