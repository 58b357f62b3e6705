#include "cli/output_folder.hpp"

#include <csignal>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <sys/resource.h>

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

TEST_CASE("OutputFolder::write names a file it cannot write as placed in the folder, with the cause") {
  test::TempDir dir;
  cli::CapturingConsole console;
  cli::OutputFolder pack(console, dir.path("pack"), {"index.html"}, {}, false);
  // A limit on file size stands in for a full disk: the write fails with EFBIG.
  rlimit before{};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &before) == 0);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit small = before;
  small.rlim_cur = 16;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  std::string message;
  try {
    pack.write("index.html", std::string(64, 'x'));
  } catch (const cli::Error& error) {
    message = error.what();
  }
  ::setrlimit(RLIMIT_FSIZE, &before);
  std::signal(SIGXFSZ, old_handler);
  const std::string placed = (std::filesystem::path(dir.path("pack")) / "index.html").string();
  CHECK(message == "could not write the report in full (" + placed + ": " + std::strerror(EFBIG) +
                       "); nothing was changed, the folder " + dir.path("pack") +
                       " is as it was before; check the disk space and run the report again");
}

namespace {

// The folder OutputFolder stages the pack in, inside `folder`.
std::filesystem::path staging_folder(const std::string& folder) {
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().filename().string().rfind(".coprod-pack-", 0) == 0) return entry.path();
  }
  return {};
}

std::string message_of(const std::function<void()>& step) {
  try {
    step();
  } catch (const cli::Error& error) {
    CHECK(error.code() == cli::k_exit_not_written);
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("OutputFolder names the pack's folder, not its temporary one, when that is removed while it writes") {
  test::TempDir dir;
  cli::CapturingConsole console;
  const std::string folder = dir.path("pack");
  cli::OutputFolder pack(console, folder, {"index.html", "report.md"}, {}, false);
  const std::string expected = "cannot write the report in " + folder +
                               ": a folder coprod made inside it to write the report in first was removed while "
                               "coprod was writing (by another program clearing " +
                               folder + ", perhaps); nothing was changed, the folder " + folder +
                               " is as it was before; run the report again once nothing else is removing files there";
  const auto staging = staging_folder(folder);
  REQUIRE(!staging.empty());

  SUBCASE("while a file is written") {
    std::filesystem::remove_all(staging);
    CHECK(message_of([&] { pack.write("index.html", "<p>new</p>"); }) == expected);
  }
  SUBCASE("while the files are moved into place") {
    pack.write("index.html", "<p>new</p>");
    pack.write("report.md", "new");
    std::filesystem::remove_all(staging);
    CHECK(message_of([&] { pack.commit(); }) == expected);
    CHECK(std::filesystem::is_empty(folder));
  }
  SUBCASE("the pack's folder itself removed") {
    std::filesystem::remove_all(folder);
    CHECK(message_of([&] { pack.write("index.html", "<p>new</p>"); }) ==
          "cannot write the report in " + folder +
              ": the folder was removed while coprod was writing the report, so nothing was written; run the report "
              "again once nothing else is removing that folder");
  }
}
