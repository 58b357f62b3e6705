#include "cli/output_file.hpp"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/temp_dir.hpp"
#include "cli/write_error.hpp"
#include "test_support.hpp"

using namespace coprod;

TEST_CASE("write_output_file never replaces a file unless asked") {
  test::TempDir dir;
  cli::CapturingConsole console;
  const auto path = dir.write("mine.yaml", "precious\n");
  try {
    cli::write_output_file(console, path, "new\n", false);
    FAIL("expected an error");
  } catch (const cli::Error& error) {
    CHECK(error.code() == cli::k_exit_not_written);
    CHECK(std::string(error.what()) ==
          path + " already exists, so it was left as it is; use --force to replace it, or choose another name");
  }
  CHECK(test::read_file(path) == "precious\n");
  CHECK(dir.entry_count() == 1);  // no temporary file left behind
}

TEST_CASE("write_output_file replaces atomically when asked and keeps the file's permissions") {
  test::TempDir dir;
  cli::CapturingConsole console;
  const auto path = dir.write("mine.yaml", "old\n");
  ::chmod(path.c_str(), 0640);
  cli::write_output_file(console, path, "new\n", true);
  CHECK(test::read_file(path) == "new\n");
  struct stat info {};
  ::stat(path.c_str(), &info);
  CHECK((info.st_mode & 0777) == 0640);
  CHECK(dir.entry_count() == 1);
}

TEST_CASE("write_output_file reports a folder that does not exist") {
  test::TempDir dir;
  cli::CapturingConsole console;
  const auto folder = dir.path("no/such dir");
  CHECK_THROWS_WITH_AS(cli::write_output_file(console, folder + "/x.yaml", "x", false),
                       (fmt::format("cannot write {0}/x.yaml: the folder {0} does not exist; create it first (mkdir -p "
                                    "\"{0}\")",
                                    folder))
                           .c_str(),
                       cli::Error);
}

TEST_CASE("file_creation_error says what is wrong with the folder, and what to do") {
  SUBCASE("a folder that does not exist") {
    const auto error = cli::file_creation_error("nodir/x.txt", "nodir", ENOENT);
    CHECK(error.code() == cli::k_exit_not_written);
    CHECK(std::string(error.what()) ==
          "cannot write nodir/x.txt: the folder nodir does not exist; create it first (mkdir -p nodir)");
  }
  SUBCASE("a folder the user may not write in") {
    const auto error = cli::file_creation_error("/srv/x.txt", "/srv", EACCES);
    CHECK(error.code() == cli::k_exit_not_written);
    CHECK(std::string(error.what()) ==
          "cannot write /srv/x.txt: you may not write in the folder /srv; write the file in a folder of your own, "
          "or ask the folder's owner to let you write in it");
  }
  SUBCASE("a folder the user may not write in, for a report's folder") {
    CHECK(std::string(cli::file_creation_error("/srv/pack", "/srv", EACCES, "the report").what()) ==
          "cannot write /srv/pack: you may not write in the folder /srv; write the report in a folder of your own, "
          "or ask the folder's owner to let you write in it");
  }
  SUBCASE("a file where a folder should be: the first such part of the path is named") {
    const test::TempDir dir;
    const std::string file = dir.write("plain-file", "x");
    CHECK(std::string(cli::file_creation_error(file + "/sub/x.txt", file + "/sub", ENOTDIR).what()) ==
          "cannot write " + file + "/sub/x.txt: " + file + " is a file, not a folder; choose another folder");
  }
  SUBCASE("anything else: the cause, and what to check") {
    CHECK(std::string(cli::file_creation_error("x.txt", ".", ENOSPC).what()) ==
          "cannot write x.txt: cannot create a file in . (No space left on device); nothing was changed (a file "
          "already there is as it was), so check the disk space and the folder");
  }
}

TEST_CASE("write_output_file with - writes to standard output") {
  cli::CapturingConsole console;
  cli::write_output_file(console, "-", "hello\n", false);
  CHECK(console.stdout_text == "hello\n");
}

TEST_CASE("output_kind writes streams in place and refuses devices other than the usual ones") {
  using cli::OutputKind;
  CHECK(cli::output_kind(S_IFREG | 0644, 0) == OutputKind::file);
  CHECK(cli::output_kind(S_IFDIR | 0755, 0) == OutputKind::folder);
  CHECK(cli::output_kind(S_IFIFO | 0600, 0) == OutputKind::stream);
  CHECK(cli::output_kind(S_IFSOCK | 0600, 0) == OutputKind::stream);
  CHECK(cli::output_kind(S_IFCHR | 0666, makedev(1, 3)) == OutputKind::stream);     // /dev/null
  CHECK(cli::output_kind(S_IFCHR | 0666, makedev(1, 7)) == OutputKind::stream);     // /dev/full
  CHECK(cli::output_kind(S_IFCHR | 0620, makedev(136, 4)) == OutputKind::stream);   // /dev/pts/4
  CHECK(cli::output_kind(S_IFCHR | 0666, makedev(5, 0)) == OutputKind::stream);     // /dev/tty
  CHECK(cli::output_kind(S_IFCHR | 0620, makedev(4, 1)) == OutputKind::stream);     // /dev/tty1
  CHECK(cli::output_kind(S_IFBLK | 0660, makedev(7, 0)) == OutputKind::device);     // /dev/loop0
  CHECK(cli::output_kind(S_IFBLK | 0660, makedev(8, 1)) == OutputKind::device);     // /dev/sda1
  CHECK(cli::output_kind(S_IFCHR | 0640, makedev(1, 1)) == OutputKind::device);     // /dev/mem
  CHECK(cli::output_kind(S_IFCHR | 0600, makedev(10, 130)) == OutputKind::device);  // /dev/watchdog
  CHECK(cli::output_kind(S_IFCHR | 0600, makedev(5, 2)) == OutputKind::device);     // /dev/ptmx
}

TEST_CASE("write_output_file treats a symbolic link as an existing file and keeps it a link") {
  test::TempDir dir;
  cli::CapturingConsole console;
  const auto link = dir.path("out.txt");
  REQUIRE(::symlink("target.txt", link.c_str()) == 0);  // dangling: target.txt does not exist yet
  CHECK_THROWS_WITH_AS(cli::write_output_file(console, link, "new\n", false),
                       (link + " already exists (a symbolic link), so it was left as it is; use --force to replace it, "
                               "or choose another name")
                           .c_str(),
                       cli::Error);
  CHECK(dir.entry_count() == 1);
  cli::write_output_file(console, link, "new\n", true);
  struct stat info {};
  REQUIRE(::lstat(link.c_str(), &info) == 0);
  CHECK(S_ISLNK(info.st_mode));
  CHECK(test::read_file(dir.path("target.txt")) == "new\n");
}

TEST_CASE("write_output_file never keeps a setuid or setgid bit") {
  test::TempDir dir;
  cli::CapturingConsole console;
  const auto path = dir.write("tool", "old\n");
  REQUIRE(::chmod(path.c_str(), 06755) == 0);
  cli::write_output_file(console, path, "new\n", true);
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  CHECK((info.st_mode & 07777) == 0755);
}

TEST_CASE("WriteError carries the path and the errno, and builds its message from them") {
  SUBCASE("a write that fails once begun") {
    const cli::WriteError error("out/x.txt", ENOSPC);
    CHECK(error.path() == "out/x.txt");
    CHECK(error.error_number() == ENOSPC);
    CHECK(error.folder().empty());
    CHECK(error.cause() == std::strerror(ENOSPC));
    CHECK(error.code() == cli::k_exit_not_written);
    CHECK(std::string(error.what()) ==
          fmt::format("cannot write out/x.txt: {}; nothing was changed (a file already there is as it was), so check "
                      "the disk space and the folder",
                      std::strerror(ENOSPC)));
  }
  SUBCASE("a file that appeared meanwhile") {
    CHECK(cli::WriteError("x.txt", EEXIST).cause() == "it appeared while coprod was writing; nothing was replaced");
  }
  SUBCASE("a file that could not be made: the folder in the message, the errno alone in the cause") {
    const cli::WriteError error("out/x.txt", EROFS, "out");
    CHECK(error.cause() == std::strerror(EROFS));
    CHECK(std::string(error.what())
              .starts_with(
                  fmt::format("cannot write out/x.txt: cannot create a file in out ({}); ", std::strerror(EROFS))));
  }
  SUBCASE("write_output_file throws it with the values, not only the words") {
    cli::CapturingConsole console;
    try {
      cli::write_output_file(console, "/dev/full", "text", true);
      FAIL("/dev/full took the text");
    } catch (const cli::WriteError& error) {
      CHECK(error.path() == "/dev/full");
      CHECK(error.error_number() == ENOSPC);
    }
  }
}
