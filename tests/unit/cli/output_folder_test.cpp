#include "cli/output_folder.hpp"

#include <filesystem>
#include <string>

#include <doctest/doctest.h>

#include "cli/error.hpp"
#include "cli/temp_dir.hpp"

using namespace coprod;

namespace {

// The message OutputFolder throws for `folder`, or "" if it throws none.
std::string refusal(const std::string& folder, std::vector<std::string> names, std::vector<std::string> left_out) {
  cli::CapturingConsole console;
  try {
    cli::OutputFolder pack(console, folder, std::move(names), std::move(left_out), false);
  } catch (const cli::Error& error) {
    CHECK(error.code() == cli::k_exit_not_written);
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("pack_file_exists_error") {
  test::TempDir dir;
  std::filesystem::create_directories(dir.path("pack"));
  const std::string placed = (std::filesystem::path(dir.path("pack")) / "index.html").string();
  const std::string expected = cli::pack_file_exists_error(placed).what();
  CHECK(expected == placed +
                        " already exists, so nothing was written; use --force to replace the report, or choose another "
                        "folder");

  SUBCASE("a file of the pack is refused in the one wording") {
    dir.write("pack/index.html", "old");
    CHECK(refusal(dir.path("pack"), {"index.html"}, {}) == expected);
  }
  SUBCASE("a file the pack would remove is refused in the one wording") {
    dir.write("pack/index.html", "old");
    CHECK(refusal(dir.path("pack"), {"report.md"}, {"index.html"}) == expected);
  }
}
