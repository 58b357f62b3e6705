#include "render/table_parts.hpp"

#include <doctest/doctest.h>

using namespace coprod;

namespace {

// Each part as [first, end), and which is the last.
std::vector<std::vector<std::size_t>> shown(const std::vector<render::TablePart>& parts) {
  std::vector<std::vector<std::size_t>> out;
  for (const auto& part : parts) out.push_back({part.first, part.end, part.last ? 1u : 0u});
  return out;
}

}  // namespace

TEST_CASE("table_parts: every column in one part when they fit, else in as few even parts as fit") {
  using Parts = std::vector<std::vector<std::size_t>>;
  // 60 columns, 32 of them the label's and the spread's: four of 7 fit.
  CHECK(shown(render::table_parts(4, 60, 32, 7)) == Parts{{0, 4, 1}});
  CHECK(shown(render::table_parts(5, 60, 32, 7)) == Parts{{0, 3, 0}, {3, 5, 1}});
  CHECK(shown(render::table_parts(8, 60, 32, 7)) == Parts{{0, 4, 0}, {4, 8, 1}});
  CHECK(shown(render::table_parts(8, 80, 32, 7)) == Parts{{0, 4, 0}, {4, 8, 1}});
  CHECK(shown(render::table_parts(6, 80, 32, 7)) == Parts{{0, 6, 1}});
  // Never fewer than one column a part, and one part with no columns at all.
  CHECK(shown(render::table_parts(3, 20, 32, 7)) == Parts{{0, 1, 0}, {1, 2, 0}, {2, 3, 1}});
  CHECK(shown(render::table_parts(0, 60, 32, 7)) == Parts{{0, 0, 1}});
}
