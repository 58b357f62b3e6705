#include "cli/files.hpp"

#include <filesystem>
#include <sys/stat.h>

#include <doctest/doctest.h>

#include "cli/error.hpp"
#include "cli/temp_dir.hpp"
#include "test_support.hpp"

using namespace coprod;

TEST_CASE("read_input_file explains missing files, folders and pipes") {
  test::TempDir dir;
  CHECK(test::first_error(cli::read_input_file(dir.path("nope.yaml")).problems()) ==
        dir.path("nope.yaml") + ": error: no such file; check the path and the file name");
  CHECK(test::first_error(cli::read_input_file(dir.path("")).problems()).find("this is a folder, not a file") !=
        std::string::npos);
  REQUIRE(::mkfifo(dir.path("fifo").c_str(), 0600) == 0);
  // Must return at once, not wait for a writer.
  CHECK(test::first_error(cli::read_input_file(dir.path("fifo")).problems()).find("this is a pipe (FIFO)") !=
        std::string::npos);
}

TEST_CASE("read_input_file refuses files over the limit before reading them") {
  test::TempDir dir;
  const auto path = dir.write("big.yaml", std::string(2048, 'a'));
  CHECK(cli::read_input_file(path, 4096).ok());
  CHECK(test::first_error(cli::read_input_file(path, 1024).problems()).find("far larger than any coprod file") !=
        std::string::npos);
}

TEST_CASE("refuse_output_among_inputs: an input file under any name, but never a device, a revision or a new path") {
  test::TempDir dir;
  const std::string file = dir.write("a.yaml", "format: coprod-assessment/1\n");
  std::filesystem::create_symlink(file, dir.path("link.yaml"));
  CHECK_THROWS_AS(cli::refuse_output_among_inputs(file, {{file}}), cli::Error);
  CHECK_THROWS_AS(cli::refuse_output_among_inputs(dir.path("link.yaml"), {{"other.yaml"}, {file}}), cli::Error);
  CHECK_NOTHROW(cli::refuse_output_among_inputs("-", {{file}}));
  CHECK_NOTHROW(cli::refuse_output_among_inputs(dir.path("new.yaml"), {{file, dir.path("missing.yaml")}}));
  CHECK_NOTHROW(cli::refuse_output_among_inputs("/dev/null", {{"/dev/null"}}));  // written in place, never replaced
  CHECK_NOTHROW(cli::refuse_output_among_inputs(file, {{"HEAD:a.yaml", "-"}}));
  CHECK(cli::same_file(dir.path("new.yaml"), dir.path("./new.yaml")));
  CHECK_FALSE(cli::same_file(dir.path("new.yaml"), dir.path("other.yaml")));
}
