// What the pack, the compare sheet and the workbook say a row's people see
// locally, with a combined row's count (render/seen_locally.cpp).

#include "render/seen_locally.hpp"

#include <memory>

#include <doctest/doctest.h>

using namespace coprod;

namespace {

analysis::RowResult row_with(const model::RowResponse& response) {
  analysis::RowResult result;
  result.response = std::make_shared<const model::RowResponse>(response);
  return result;
}

constexpr render::SeenAnswered k_both{true, true};

}  // namespace

TEST_CASE("seen_locally_line: a combined row's count beside the answer it gives") {
  model::RowResponse response;
  response.indicator_seen = false;
  response.indicator_seen_by = model::SeenCount{1, 3};
  response.warning_seen = true;
  response.warning_seen_by = model::SeenCount{1, 3};
  CHECK(render::seen_locally_line(row_with(response), k_both) ==
        "Seen locally? Early indicator: no (1 of 3 people see it). Warning sign: yes (1 of 3 people see it).");
  response.indicator_seen_by = model::SeenCount{1, 1};
  response.indicator_seen = true;
  CHECK(render::seen_locally_line(row_with(response), k_both)
            .starts_with("Seen locally? Early indicator: yes (1 of 1 person sees it)."));
}

TEST_CASE("seen_locally_line: a count the answer was edited away from is not shown") {
  model::RowResponse response;
  response.indicator_seen = false;  // 2 of 3 give yes
  response.indicator_seen_by = model::SeenCount{2, 3};
  response.warning_seen = true;  // 0 of 3 give no
  response.warning_seen_by = model::SeenCount{0, 3};
  CHECK(render::seen_locally_line(row_with(response), k_both) ==
        "Seen locally? Early indicator: no. Warning sign: yes.");
  response.indicator_seen.reset();
  CHECK(render::seen_locally_line(row_with(response), k_both)
            .starts_with("Seen locally? Early indicator: not answered."));
}

TEST_CASE("indicator_count_shown, warning_count_shown: the count a format may give, only where it gives the answer") {
  model::RowResponse response;
  CHECK_FALSE(render::indicator_count_shown(response));  // not combined
  response.indicator_seen = false;
  response.indicator_seen_by = model::SeenCount{1, 3};
  response.warning_seen = true;
  response.warning_seen_by = model::SeenCount{1, 3};
  CHECK(render::indicator_count_shown(response) == model::SeenCount{1, 3});
  CHECK(render::warning_count_shown(response) == model::SeenCount{1, 3});
  response.indicator_seen = true;  // edited since: 1 of 3 is not most
  response.warning_seen = false;   // 1 of 3 is someone
  CHECK_FALSE(render::indicator_count_shown(response));
  CHECK_FALSE(render::warning_count_shown(response));
  response.warning_seen.reset();  // no answer for a count to give
  CHECK_FALSE(render::warning_count_shown(response));
}
