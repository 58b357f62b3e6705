#include <algorithm>

#include <doctest/doctest.h>

#include "test_support.hpp"
#include "yaml/document.hpp"
#include "yaml/plan_loader.hpp"
#include "yaml/plan_writer.hpp"
#include "yaml/text_fields.hpp"

using namespace coprod;

TEST_CASE("a plan's asks_of_the_board") {
  SUBCASE("read in order, as written") {
    auto loaded = yaml::load_plan(test::k_plan_head + "asks_of_the_board:\n  - Agree to fund travel\n  - 'Note: #1'\n",
                                  "plan.yaml", test::builtin_catalog());
    REQUIRE_MESSAGE(loaded.ok(), test::first_error(loaded.problems()));
    CHECK(loaded->plan.asks_of_the_board == std::vector<std::string>{"Agree to fund travel", "Note: #1"});
  }
  SUBCASE("absent or empty: none") {
    for (const std::string tail : {"", "asks_of_the_board:\n", "asks_of_the_board: []\n"}) {
      auto loaded = yaml::load_plan(test::k_plan_head + tail, "plan.yaml", test::builtin_catalog());
      REQUIRE_MESSAGE(loaded.ok(), test::first_error(loaded.problems()));
      CHECK(loaded->plan.asks_of_the_board.empty());
    }
  }
  SUBCASE("an empty item, one that is not text, and a value that is not a list: each at its place") {
    auto loaded = yaml::load_plan(test::k_plan_head + "asks_of_the_board:\n  - Agree\n  -\n  - [a, b]\n", "plan.yaml",
                                  test::builtin_catalog());
    REQUIRE_FALSE(loaded.ok());
    const auto& problems = loaded.problems();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message.starts_with("ask 2 of the board is empty; write what the board is asked to do"));
    CHECK(problems[1].position.line == 9);
    CHECK(problems[1].message.starts_with("ask 3 of the board should be text, but it is a list"));
    auto text = yaml::load_plan(test::k_plan_head + "asks_of_the_board: Agree\n", "plan.yaml", test::builtin_catalog());
    REQUIRE_FALSE(text.ok());
    CHECK(text.problems().front().position.line == 6);
    CHECK(text.problems().front().message == yaml::k_asks_of_the_board_shape);
  }
  SUBCASE("written by write_plan_file() and read back the same") {
    model::Plan plan;
    plan.framework_id = "ipc-coproduction";
    plan.area = "Northbridge";
    plan.asks_of_the_board = {"Agree to fund travel", "Note: the network's #1 wish", "- decide \"this\""};
    const std::string text = yaml::write_plan_file(plan, {}, "", "");
    auto loaded = yaml::load_plan(text, "plan.yaml", test::builtin_catalog());
    REQUIRE_MESSAGE(loaded.ok(), test::first_error(loaded.problems()));
    CHECK(loaded->plan.asks_of_the_board == plan.asks_of_the_board);
    CHECK(yaml::write_plan_file(model::Plan{}, {}, "", "").find("asks_of_the_board") == std::string::npos);
  }
  SUBCASE("each ask is free text, for the personal data checks and redaction") {
    const std::string text = test::k_plan_head + "asks_of_the_board:\n  - Thank Jane\n  - Agree\n";
    auto tree = yaml::parse_document(text, "plan.yaml");
    REQUIRE(tree);
    const auto fields = yaml::find_text_fields(text, *tree);
    std::vector<std::string> paths;
    for (const auto& field : fields) paths.push_back(field.path);
    CHECK(std::find(paths.begin(), paths.end(), "asks_of_the_board.0") != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "asks_of_the_board.1") != paths.end());
  }
}
