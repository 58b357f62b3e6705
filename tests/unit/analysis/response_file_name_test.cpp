#include "analysis/response_file_name.hpp"

#include <doctest/doctest.h>

using namespace coprod;

namespace {

// The form's name a file has ("none" for another name), and "copy" when it has a copy mark.
std::string named(std::string_view path) {
  const auto name = analysis::response_file_name(path);
  if (!name) return "none";
  return name->original + (name->copy ? " copy" : "");
}

}  // namespace

TEST_CASE("response_file_name") {
  SUBCASE("the form's own name") {
    CHECK(named("response-7f3a9c20.coprod.yaml") == "response-7f3a9c20.coprod.yaml");
    CHECK(named("responses/response-7f3a9c20.coprod.yaml") == "response-7f3a9c20.coprod.yaml");
  }
  SUBCASE("browsers' marks, before either extension") {
    CHECK(named("response-7f3a9c20 (1).coprod.yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20(1).coprod.yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20.coprod (1).yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20.coprod(12).yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20.coprod-1.yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20-2.coprod.yaml") == "response-7f3a9c20.coprod.yaml copy");
  }
  SUBCASE("file managers' marks") {
    CHECK(named("response-7f3a9c20.coprod - Copy.yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20 - Copy.coprod.yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20.coprod - Copy (2).yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20.coprod copy.yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20.coprod copy 3.yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20.coprod 2.yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20 (copy).coprod.yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20 (another copy).coprod.yaml") == "response-7f3a9c20.coprod.yaml copy");
    CHECK(named("response-7f3a9c20 - Copy (1).coprod (1).yaml") == "response-7f3a9c20.coprod.yaml copy");
  }
  SUBCASE("other names") {
    CHECK(named("response-7f3a9c20-b.coprod.yaml") == "none");
    CHECK(named("response-7f3a9c2.coprod.yaml") == "none");
    CHECK(named("response-7f3a9c20.coprod.yaml.txt") == "none");
    CHECK(named("response-7f3a9c20.yaml") == "none");
    CHECK(named("2026-Q4-peer-network.coprod.yaml") == "none");
    CHECK(named("response-7f3a9c20 (1)/x.coprod.yaml") == "none");
  }
}

TEST_CASE("name_without_copy_marks: another name with a browser's or a file manager's copy marks") {
  const auto without = [](std::string_view path) { return analysis::name_without_copy_marks(path).value_or("none"); };
  CHECK(without("jo-response (1).yaml") == "jo-response.yaml");
  CHECK(without("responses/jo-response(2).yaml") == "jo-response.yaml");
  CHECK(without("jo-response - Copy.yaml") == "jo-response.yaml");
  CHECK(without("jo-response - Copy (2).yml") == "jo-response.yml");
  CHECK(without("jo-response copy.yaml") == "jo-response.yaml");
  CHECK(without("jo-response copy 3.yaml") == "jo-response.yaml");
  CHECK(without("jo-response (copy).yaml") == "jo-response.yaml");
  CHECK(without("Jo Smith.coprod (1).yaml") == "Jo Smith.coprod.yaml");
  CHECK(without("Jo Smith (1).coprod.yaml") == "Jo Smith.coprod.yaml");
  CHECK(without("jo-response - Copy (1) (1).yaml") == "jo-response.yaml");
  SUBCASE("not marks people number their own files with, and not the form's names") {
    CHECK(without("jo-response.yaml") == "none");
    CHECK(without("member-1.yaml") == "none");
    CHECK(without("member 2.yaml") == "none");
    CHECK(without("jo-response (1).txt") == "none");
    CHECK(without("(1).yaml") == "none");
    CHECK(without("response-7f3a9c20 (1).coprod.yaml") == "none");
  }
}
