#include "cli/git_process.hpp"

#include <doctest/doctest.h>

using namespace coprod;

TEST_CASE("commands go to cat-file a page at a time, and a longer one alone") {
  // "info " + 95 characters + a line break: 101 bytes, so 40 fit in 4096.
  const std::vector<std::string> names(100, std::string(95, 'a'));
  CHECK(cli::end_of_send(names, 0, "info ") == 40);
  CHECK(cli::end_of_send(names, 40, "info ") == 80);
  CHECK(cli::end_of_send(names, 80, "info ") == 100);
  CHECK(cli::end_of_send(names, 99, "info ") == 100);

  // Exactly a page is one send; a byte more is not.
  const std::vector<std::string> page = {std::string(2040, 'b'), std::string(2044, 'c'), "d"};
  CHECK(cli::end_of_send(page, 0, "info ") == 2);
  const std::vector<std::string> over = {std::string(2040, 'b'), std::string(2045, 'c')};
  CHECK(cli::end_of_send(over, 0, "info ") == 1);

  // A name longer than a page still goes, alone: git reads all of a command before it answers.
  const std::vector<std::string> long_name = {std::string(5000, 'e'), "f"};
  CHECK(cli::end_of_send(long_name, 0, "contents ") == 1);
  CHECK(cli::end_of_send(long_name, 1, "contents ") == 2);
}
