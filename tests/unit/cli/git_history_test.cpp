#include "cli/git_history.hpp"

#include <algorithm>

#include <doctest/doctest.h>

#include "cli/files.hpp"
#include "cli/git_repository.hpp"
#include "fake_git_repository.hpp"
#include "test_support.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

const model::FrameworkCatalog& catalog() {
  static const model::FrameworkCatalog built_in = yaml::builtin_catalog();
  return built_in;
}

std::string example(const std::string& name) {
  return test::read_file(test::source_path("examples/northbridge/" + name));
}

// The Q3 organisation file with its period (and a comment, to make it a new version) changed.
std::string organisation(const std::string& period, const std::string& note = "") {
  std::string text = example("2026-Q3-organisation.coprod.yaml");
  const std::string from = "period: 2026-Q3";
  text.replace(text.find(from), from.size(), "period: " + period);
  return text + note;
}

std::vector<std::string> periods(const std::vector<cli::PeriodVersion>& versions) {
  std::vector<std::string> out;
  for (const auto& version : versions) out.push_back(version.loaded.assessment.period.to_string() + " " + version.path);
  return out;
}

struct Warnings {
  std::vector<std::string> messages;
  cli::GitWarning callback() {
    return [this](const util::Diagnostic& problem) { messages.push_back(problem.to_string()); };
  }
};

}  // namespace

TEST_CASE("history keeps the newest committed version of each period, oldest period first") {
  test::FakeGitRepository git;
  git.commit(100, {{"a/org.coprod.yaml", organisation("2026-Q3")}});
  git.commit(200, {{"a/org.coprod.yaml", organisation("2026-Q3", "# corrected\n")}});
  git.commit(300, {{"a/org.coprod.yaml", organisation("2026-Q4")}});
  Warnings warnings;
  auto versions = cli::period_history(git, "a/org.coprod.yaml", catalog(), 200, warnings.callback());
  REQUIRE(versions.ok());
  CHECK(periods(*versions) == std::vector<std::string>{"2026-Q3 a/org.coprod.yaml", "2026-Q4 a/org.coprod.yaml"});
  CHECK(versions->front().commit == git.id(1));  // the corrected Q3, not the first
  CHECK(warnings.messages.empty());
  auto latest = cli::period_history(git, "a/org.coprod.yaml", catalog(), 1, warnings.callback());
  REQUIRE(latest.ok());
  CHECK(periods(*latest) == std::vector<std::string>{"2026-Q4 a/org.coprod.yaml"});
}

TEST_CASE("history finds the earlier periods' files of the same area and perspective beside the file") {
  test::FakeGitRepository git;
  git.commit(100, {{"a/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")},
                   {"a/2026-Q3-peer-network.coprod.yaml", example("2026-Q3-peer-network.coprod.yaml")}});
  git.commit(200, {{"a/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")},
                   {"a/2026-Q3-peer-network.coprod.yaml", example("2026-Q3-peer-network.coprod.yaml")},
                   {"a/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4")},
                   {"b/2026-Q2-organisation.coprod.yaml", organisation("2026-Q2")}});
  Warnings warnings;
  auto versions = cli::period_history(git, "a/2026-Q4-organisation.coprod.yaml", catalog(), 200, warnings.callback());
  REQUIRE(versions.ok());
  CHECK(periods(*versions) == std::vector<std::string>{"2026-Q3 a/2026-Q3-organisation.coprod.yaml",
                                                       "2026-Q4 a/2026-Q4-organisation.coprod.yaml"});
  CHECK(versions->front().commit == git.id(0));  // the commit that last changed the Q3 file
  CHECK(warnings.messages.empty());
}

TEST_CASE("history refuses a committed version over the size limit without reading it") {
  test::FakeGitRepository git;
  git.commit(100, {{"org.coprod.yaml", organisation("2026-Q3")}});
  git.commit(200,
             {{"org.coprod.yaml", organisation("2026-Q4") + "#" + std::string(cli::k_max_input_bytes, 'x') + "\n"}});
  git.commit(300, {{"org.coprod.yaml", organisation("2027-Q1")}});
  Warnings warnings;
  auto versions = cli::period_history(git, "org.coprod.yaml", catalog(), 200, warnings.callback());
  REQUIRE(versions.ok());
  CHECK(periods(*versions) == std::vector<std::string>{"2026-Q3 org.coprod.yaml", "2027-Q1 org.coprod.yaml"});
  CHECK(std::count(git.reads().begin(), git.reads().end(), git.id(1) + ":org.coprod.yaml") == 0);
  REQUIRE(warnings.messages.size() == 1);
  CHECK(warnings.messages[0] ==
        git.id(1).substr(0, 7) +
            ":org.coprod.yaml: warning: the file is larger than 4 MB, far larger than any coprod file; check that "
            "this is the file you meant; this version is left out of the history");
}

TEST_CASE("history says which version could not be read and shows the others") {
  test::FakeGitRepository git;
  git.commit(100, {{"org.coprod.yaml", organisation("2026-Q3")}});
  git.commit(200, {{"org.coprod.yaml", organisation("2026-Q4")}});
  git.damage(0, "org.coprod.yaml");
  Warnings warnings;
  auto versions = cli::period_history(git, "org.coprod.yaml", catalog(), 200, warnings.callback());
  REQUIRE(versions.ok());
  CHECK(periods(*versions) == std::vector<std::string>{"2026-Q4 org.coprod.yaml"});
  REQUIRE(warnings.messages.size() == 1);
  CHECK(warnings.messages[0] == "aaaaaaa:org.coprod.yaml: warning: cannot read " + git.id(0) +
                                    ":org.coprod.yaml (damaged); this version is left out of the history");
}

TEST_CASE("history of a file never committed is a problem") {
  test::FakeGitRepository git;
  git.commit(100, {{"other.coprod.yaml", organisation("2026-Q3")}});
  auto versions = cli::period_history(git, "org.coprod.yaml", catalog(), 200, [](const util::Diagnostic&) {});
  REQUIRE_FALSE(versions.ok());
  CHECK(test::first_error(versions.problems()) ==
        "org.coprod.yaml: error: there is no file org.coprod.yaml, and git has no committed version of it either; "
        "check the file's name and folder");
}

TEST_CASE("history takes the working copy as its period's newest version when it has changes not committed") {
  const auto working = [](const std::string& path, const std::string& text) {
    auto loaded = yaml::load_assessment(text, path, catalog());
    REQUIRE(loaded.ok());
    return cli::WorkingCopy{text, std::move(*loaded)};
  };
  Warnings warnings;
  SUBCASE("a new period's file, not committed: after the committed periods beside it") {
    test::FakeGitRepository git;
    git.commit(100, {{"a/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")}});
    const std::string path = "a/2026-Q4-organisation.coprod.yaml";
    auto versions =
        cli::period_history(git, path, catalog(), 200, warnings.callback(), working(path, organisation("2026-Q4")));
    REQUIRE(versions.ok());
    CHECK(periods(*versions) == std::vector<std::string>{"2026-Q3 a/2026-Q3-organisation.coprod.yaml",
                                                         "2026-Q4 a/2026-Q4-organisation.coprod.yaml"});
    CHECK(versions->back().relation == cli::PeriodVersion::Relation::working_copy);
    CHECK(versions->back().commit.empty());
  }
  SUBCASE("a committed file with changes: in place of its period's committed version") {
    test::FakeGitRepository git;
    git.commit(100, {{"a/org.coprod.yaml", organisation("2026-Q3")}});
    git.commit(200, {{"a/org.coprod.yaml", organisation("2026-Q4")}});
    auto versions = cli::period_history(git, "a/org.coprod.yaml", catalog(), 200, warnings.callback(),
                                        working("a/org.coprod.yaml", organisation("2026-Q4", "# edited\n")));
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->front().commit == git.id(0));
    CHECK(versions->back().relation == cli::PeriodVersion::Relation::working_copy);
  }
  SUBCASE("the working copy as committed, or with other line endings, is not shown twice") {
    test::FakeGitRepository git;
    git.commit(100, {{"a/org.coprod.yaml", organisation("2026-Q3")}});
    std::string crlf;
    for (const char c : organisation("2026-Q3")) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    for (const auto& text : {organisation("2026-Q3"), crlf}) {
      auto versions = cli::period_history(git, "a/org.coprod.yaml", catalog(), 200, warnings.callback(),
                                          working("a/org.coprod.yaml", text));
      REQUIRE(versions.ok());
      REQUIRE(versions->size() == 1);
      CHECK(versions->front().relation == cli::PeriodVersion::Relation::same_name);
    }
  }
  SUBCASE("a working copy given a committed file's period: the files beside it not shown are told of") {
    test::FakeGitRepository git;
    git.commit(100, {{"a/2026-Q2-organisation.coprod.yaml", organisation("2026-Q2")},
                     {"a/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")},
                     {"a/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4")},
                     {"a/2026-Q4-peer-network.coprod.yaml", example("2026-Q4-peer-network.coprod.yaml")}});
    const std::string path = "a/2027-Q1-organisation.coprod.yaml";
    std::vector<std::string> left_out;
    auto versions =
        cli::period_history(git, path, catalog(), 200, warnings.callback(), working(path, organisation("2026-Q3")),
                            [&](const cli::FileBesideLeftOut& other) {
                              left_out.push_back(other.assessment.period.to_string() + " " + other.path);
                            });
    REQUIRE(versions.ok());
    CHECK(periods(*versions) == std::vector<std::string>{"2026-Q2 a/2026-Q2-organisation.coprod.yaml",
                                                         "2026-Q3 a/2027-Q1-organisation.coprod.yaml"});
    std::sort(left_out.begin(), left_out.end());
    CHECK(left_out == std::vector<std::string>{"2026-Q3 a/2026-Q3-organisation.coprod.yaml",
                                               "2026-Q4 a/2026-Q4-organisation.coprod.yaml"});
  }
  SUBCASE("nothing committed, neither the file nor an earlier period beside it: a problem") {
    test::FakeGitRepository git;
    git.commit(100, {{"b/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")}});
    const std::string path = "a/2026-Q4-organisation.coprod.yaml";
    auto versions =
        cli::period_history(git, path, catalog(), 200, warnings.callback(), working(path, organisation("2026-Q4")));
    REQUIRE_FALSE(versions.ok());
    CHECK(test::first_error(versions.problems()) ==
          "a/2026-Q4-organisation.coprod.yaml: error: a/2026-Q4-organisation.coprod.yaml has no committed version "
          "that could be read, and no earlier period's file for Northbridge, organisation is committed in its folder, "
          "so there is no history to show; commit it first");
  }
  CHECK(warnings.messages.empty());
}

TEST_CASE("earlier_version: the file at the commit, else the latest earlier period beside it, else nothing") {
  test::FakeGitRepository git;
  git.commit(100, {{"a/2026-Q2-organisation.coprod.yaml", organisation("2026-Q2")},
                   {"a/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")},
                   {"a/2026-Q3-peer-network.coprod.yaml", example("2026-Q3-peer-network.coprod.yaml")}});
  auto now = yaml::load_assessment(organisation("2026-Q4"), "a/2026-Q4-organisation.coprod.yaml", catalog());
  REQUIRE(now.ok());
  auto earlier = cli::earlier_version(git, git.id(0), "a/2026-Q4-organisation.coprod.yaml", now->assessment, catalog());
  REQUIRE(earlier.ok());
  REQUIRE(earlier->has_value());
  CHECK((*earlier)->path == "a/2026-Q3-organisation.coprod.yaml");

  auto same = cli::earlier_version(git, git.id(0), "a/2026-Q2-organisation.coprod.yaml", now->assessment, catalog());
  REQUIRE(same.ok());
  REQUIRE(same->has_value());
  CHECK((*same)->path == "a/2026-Q2-organisation.coprod.yaml");

  auto none = cli::earlier_version(git, git.id(0), "b/2026-Q4-organisation.coprod.yaml", now->assessment, catalog());
  REQUIRE(none.ok());
  CHECK_FALSE(none->has_value());

  git.damage(0, "a/2026-Q3-organisation.coprod.yaml");
  auto damaged = cli::earlier_version(git, git.id(0), "a/2026-Q4-organisation.coprod.yaml", now->assessment, catalog());
  REQUIRE_FALSE(damaged.ok());
  CHECK(test::first_error(damaged.problems()).find("(damaged)") != std::string::npos);
}

TEST_CASE("earlier_version follows a rename git recorded, before looking beside the file") {
  test::FakeGitRepository git;
  git.commit(100, {{"old/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")},
                   {"old/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4")}});
  git.commit(200,
             {{"new/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")},
              {"new/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4")}},
             {{"new/2026-Q3-organisation.coprod.yaml", "old/2026-Q3-organisation.coprod.yaml"},
              {"new/2026-Q4-organisation.coprod.yaml", "old/2026-Q4-organisation.coprod.yaml"}});
  auto now = yaml::load_assessment(organisation("2026-Q4"), "new/2026-Q4-organisation.coprod.yaml", catalog());
  REQUIRE(now.ok());
  auto earlier =
      cli::earlier_version(git, git.id(0), "new/2026-Q4-organisation.coprod.yaml", now->assessment, catalog());
  REQUIRE(earlier.ok());
  REQUIRE(earlier->has_value());
  CHECK((*earlier)->path == "old/2026-Q4-organisation.coprod.yaml");
  CHECK((*earlier)->relation == cli::PeriodVersion::Relation::earlier_name);

  auto same = cli::earlier_version(git, git.id(1), "new/2026-Q4-organisation.coprod.yaml", now->assessment, catalog());
  REQUIRE(same.ok());
  REQUIRE(same->has_value());
  CHECK((*same)->relation == cli::PeriodVersion::Relation::same_name);

  // A new period's file, never renamed, still finds the earlier period beside it.
  auto next = yaml::load_assessment(organisation("2027-Q1"), "new/2027-Q1-organisation.coprod.yaml", catalog());
  REQUIRE(next.ok());
  auto beside =
      cli::earlier_version(git, git.id(1), "new/2027-Q1-organisation.coprod.yaml", next->assessment, catalog());
  REQUIRE(beside.ok());
  REQUIRE(beside->has_value());
  CHECK((*beside)->path == "new/2026-Q4-organisation.coprod.yaml");
  CHECK((*beside)->relation == cli::PeriodVersion::Relation::earlier_period);

  SUBCASE("a name still in HEAD was copied, not renamed: that is an earlier period's file") {
    test::FakeGitRepository copied;
    copied.commit(100, {{"a/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")}});
    copied.commit(200,
                  {{"a/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")},
                   {"a/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4")}},
                  {{"a/2026-Q4-organisation.coprod.yaml", "a/2026-Q3-organisation.coprod.yaml"}});
    auto copy =
        cli::earlier_version(copied, copied.id(0), "a/2026-Q4-organisation.coprod.yaml", now->assessment, catalog());
    REQUIRE(copy.ok());
    REQUIRE(copy->has_value());
    CHECK((*copy)->path == "a/2026-Q3-organisation.coprod.yaml");
    CHECK((*copy)->relation == cli::PeriodVersion::Relation::earlier_period);
  }

  git.damage(0, "old/2026-Q4-organisation.coprod.yaml");
  auto damaged =
      cli::earlier_version(git, git.id(0), "new/2026-Q4-organisation.coprod.yaml", now->assessment, catalog());
  REQUIRE_FALSE(damaged.ok());
  CHECK(test::first_error(damaged.problems()).find("(damaged)") != std::string::npos);
}

TEST_CASE("earlier_version follows a rename staged but not committed (a pre-commit hook), and the names before it") {
  test::FakeGitRepository git;
  git.commit(100, {{"old/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4")}});
  git.commit(200, {{"nb/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4", "# moved\n")}},
             {{"nb/2026-Q4-organisation.coprod.yaml", "old/2026-Q4-organisation.coprod.yaml"}});
  git.stage_rename("nb/2026-Q4-organisation.coprod.yaml", "northbridge/2026-Q4-organisation.coprod.yaml");
  auto now = yaml::load_assessment(organisation("2026-Q4"), "northbridge/2026-Q4-organisation.coprod.yaml", catalog());
  REQUIRE(now.ok());
  for (const auto& [commit, path] : {std::pair{git.id(1), "nb/2026-Q4-organisation.coprod.yaml"},
                                     std::pair{git.id(0), "old/2026-Q4-organisation.coprod.yaml"}}) {
    CAPTURE(path);
    auto earlier =
        cli::earlier_version(git, commit, "northbridge/2026-Q4-organisation.coprod.yaml", now->assessment, catalog());
    REQUIRE(earlier.ok());
    REQUIRE(earlier->has_value());
    CHECK((*earlier)->path == path);
    CHECK((*earlier)->relation == cli::PeriodVersion::Relation::earlier_name);
  }
  // Not renamed in the index: a new period's file finds the earlier period beside it, as before.
  auto next = yaml::load_assessment(organisation("2027-Q1"), "nb/2027-Q1-organisation.coprod.yaml", catalog());
  REQUIRE(next.ok());
  auto beside =
      cli::earlier_version(git, git.id(1), "nb/2027-Q1-organisation.coprod.yaml", next->assessment, catalog());
  REQUIRE(beside.ok());
  REQUIRE(beside->has_value());
  CHECK((*beside)->relation == cli::PeriodVersion::Relation::earlier_period);
}

TEST_CASE("earlier_version of a new period's file finds the earlier period beside it under its folder's old name") {
  test::FakeGitRepository git;
  git.commit(100, {{"old/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")},
                   {"old/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4")}});
  git.commit(200,
             {{"new/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")},
              {"new/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4")}},
             {{"new/2026-Q3-organisation.coprod.yaml", "old/2026-Q3-organisation.coprod.yaml"},
              {"new/2026-Q4-organisation.coprod.yaml", "old/2026-Q4-organisation.coprod.yaml"}});
  auto next = yaml::load_assessment(organisation("2027-Q1"), "new/2027-Q1-organisation.coprod.yaml", catalog());
  REQUIRE(next.ok());
  auto earlier =
      cli::earlier_version(git, git.id(0), "new/2027-Q1-organisation.coprod.yaml", next->assessment, catalog());
  REQUIRE(earlier.ok());
  REQUIRE(earlier->has_value());
  CHECK((*earlier)->path == "old/2026-Q4-organisation.coprod.yaml");  // the latest earlier period
  CHECK((*earlier)->relation == cli::PeriodVersion::Relation::earlier_period);

  SUBCASE("a folder that was not there, and no file beside it that was: nothing") {
    test::FakeGitRepository fresh;
    fresh.commit(100, {{"other/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4")}});
    fresh.commit(200, {{"other/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4")},
                       {"new/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4", "# a copy\n")}});
    auto none =
        cli::earlier_version(fresh, fresh.id(0), "new/2027-Q1-organisation.coprod.yaml", next->assessment, catalog());
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
  }
}

TEST_CASE("read_file_at checks the size before reading, and tells a missing file from an unreadable one") {
  test::FakeGitRepository git;
  git.commit(100, {{"small.yaml", "a: 1\n"}, {"big.yaml", std::string(5000, 'x')}});
  auto small = cli::read_file_at(git, "HEAD", "small.yaml", "HEAD:small.yaml", 4096);
  REQUIRE(small.ok());
  CHECK(**small == "a: 1\n");
  auto big = cli::read_file_at(git, "HEAD", "big.yaml", "HEAD:big.yaml", 4096);
  CHECK(test::first_error(big.problems()).find("HEAD:big.yaml: error: the file is larger than") == 0);
  CHECK(git.reads() == std::vector<std::string>{git.id(0) + ":small.yaml"});
  auto missing = cli::read_file_at(git, "HEAD", "none.yaml", "HEAD:none.yaml", 4096);
  REQUIRE(missing.ok());
  CHECK_FALSE(missing->has_value());
  CHECK(test::first_error(cli::resolve_commit(git, "nonsense").problems()) ==
        "nonsense: error: 'nonsense' is not a revision in this repository; try HEAD, HEAD~1 or a commit id from 'git "
        "log'");
}

TEST_CASE("resolve_commit suggests the remote's branch when the clone has no branch of that name") {
  test::FakeGitRepository git;
  git.commit(100, {{"a.yaml", "a: 1\n"}});
  git.add_remote_branch("upstream/main", 0);
  CHECK(test::first_error(cli::resolve_commit(git, "main").problems()) ==
        "main: error: 'main' is not a revision in this repository, which has only the remote's copy of that "
        "branch (as a pull request's checkout does); try upstream/main");
  git.add_remote_branch("origin/main", 0);
  CHECK(cli::remote_branch_meant(git, "main") == "origin/main");
  CHECK(cli::resolve_commit(git, "origin/main").ok());
  CHECK_FALSE(cli::remote_branch_meant(git, "HEAD"));
  CHECK_FALSE(cli::remote_branch_meant(git, "develop"));
}

TEST_CASE("read_files_at answers each file in order and stops once the total read reaches its limit") {
  test::FakeGitRepository git;
  git.commit(100, {{"a.yaml", std::string(300, 'a')}, {"b.yaml", std::string(300, 'b')}, {"c.yaml", "c: 1\n"}});
  // A file's object is looked up by its path in the commit, or by its id when the log gave it.
  const std::vector<cli::FileAtCommit> files = {{"HEAD", "a.yaml", "one", git.id(0) + ":a.yaml"},
                                                {"HEAD", "none.yaml", "two", {}},
                                                {"HEAD", "line\nbreak.yaml", "three", {}},
                                                {"HEAD", "gone.yaml", "four", git.id(0) + ":gone.yaml"},
                                                {"HEAD", "b.yaml", "five", {}},
                                                {"HEAD", "c.yaml", "six", {}}};
  const auto all = cli::read_files_at(git, files, 4096, 4096);
  REQUIRE(all.size() == 6);
  CHECK(**all[0] == std::string(300, 'a'));
  CHECK_FALSE(all[1]->has_value());
  CHECK(test::first_error(all[2].problems()) == "three: error: a path with a line break cannot be read from git");
  // An object the log named but the repository lacks: damage, not an absent file.
  CHECK(test::first_error(all[3].problems()) ==
        "four: error: HEAD:gone.yaml is listed in the commit but its content is missing from the git repository; the "
        "repository may be damaged: 'git fsck' says what is wrong");
  CHECK(**all[4] == std::string(300, 'b'));
  CHECK(**all[5] == "c: 1\n");
  // 300 bytes, then 600: the file that reaches 500 is the last one read.
  const auto capped = cli::read_files_at(git, files, 4096, 500);
  REQUIRE(capped.size() == 5);
  CHECK(**capped[4] == std::string(300, 'b'));
}

TEST_CASE("history over more versions than are read at once keeps each period's newest, however they fall") {
  // 80 commits, ten per period, newest period last: the versions are read and
  // loaded 32 at a time, so periods and a damaged version straddle batches.
  const std::vector<std::string> quarters = {"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4",
                                             "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"};
  test::FakeGitRepository git;
  for (std::size_t i = 0; i < 80; ++i) {
    git.commit(static_cast<long long>(100 + i),
               {{"a/org.coprod.yaml", organisation(quarters[i / 10], "# revision " + std::to_string(i) + "\n")}});
  }
  git.damage(45, "a/org.coprod.yaml");
  Warnings warnings;
  auto versions = cli::period_history(git, "a/org.coprod.yaml", catalog(), 200, warnings.callback());
  REQUIRE(versions.ok());
  REQUIRE(versions->size() == quarters.size());
  for (std::size_t q = 0; q < quarters.size(); ++q) {
    CAPTURE(q);
    CHECK((*versions)[q].loaded.assessment.period.to_string() == quarters[q]);
    CHECK((*versions)[q].commit == git.id(q * 10 + 9));  // the newest commit of each period
  }
  REQUIRE(warnings.messages.size() == 1);
  CHECK(warnings.messages.front().find(git.id(45).substr(0, 7) + ":a/org.coprod.yaml: warning: cannot read") == 0);

  SUBCASE("a limit stops reading: a damaged version past it is never reached") {
    Warnings limited;
    auto latest = cli::period_history(git, "a/org.coprod.yaml", catalog(), 3, limited.callback());
    REQUIRE(latest.ok());
    CHECK(periods(*latest) == std::vector<std::string>{"2026-Q2 a/org.coprod.yaml", "2026-Q3 a/org.coprod.yaml",
                                                       "2026-Q4 a/org.coprod.yaml"});
    CHECK(limited.messages.empty());
  }
}

TEST_CASE("history that git cannot read to the end shows what it could read, with a warning naming the file") {
  test::FakeGitRepository git;
  git.commit(100, {{"a/org.coprod.yaml", organisation("2026-Q3")}});
  git.fail_log("bad object 1234567");
  Warnings warnings;
  auto versions = cli::period_history(git, "a/org.coprod.yaml", catalog(), 200, warnings.callback());
  REQUIRE(versions.ok());
  CHECK(periods(*versions) == std::vector<std::string>{"2026-Q3 a/org.coprod.yaml"});
  CHECK(warnings.messages == std::vector<std::string>{"a/org.coprod.yaml: warning: its history could not be read to "
                                                      "the end (bad object 1234567); showing what could be read"});
}

TEST_CASE("history names each version by the commit that last changed its text, not one that only renamed it") {
  test::FakeGitRepository git;
  git.commit(100, {{"a/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")}});
  git.commit(200, {{"a/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")},
                   {"a/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4")}});
  git.commit(300,
             {{"b/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")},
              {"b/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4")}},
             {{"b/2026-Q3-organisation.coprod.yaml", "a/2026-Q3-organisation.coprod.yaml"},
              {"b/2026-Q4-organisation.coprod.yaml", "a/2026-Q4-organisation.coprod.yaml"}});
  Warnings warnings;
  SUBCASE("the file's own version, renamed with its folder") {
    auto versions = cli::period_history(git, "b/2026-Q4-organisation.coprod.yaml", catalog(), 200, warnings.callback());
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->back().commit == git.id(1));
    CHECK(versions->back().time == 200);
    CHECK(versions->back().path == "a/2026-Q4-organisation.coprod.yaml");  // its name in that commit
    CHECK(versions->back().relation == cli::PeriodVersion::Relation::same_name);
    CHECK(versions->front().commit == git.id(0));  // the earlier period beside it
    CHECK(versions->front().time == 100);
    CHECK(versions->front().path == "a/2026-Q3-organisation.coprod.yaml");
  }
  SUBCASE("a rename that also changed the text counts") {
    git.commit(400,
               {{"c/2026-Q3-organisation.coprod.yaml", organisation("2026-Q3")},
                {"c/2026-Q4-organisation.coprod.yaml", organisation("2026-Q4", "# moved\n")}},
               {{"c/2026-Q3-organisation.coprod.yaml", "b/2026-Q3-organisation.coprod.yaml"},
                {"c/2026-Q4-organisation.coprod.yaml", "b/2026-Q4-organisation.coprod.yaml"}});
    auto versions = cli::period_history(git, "c/2026-Q4-organisation.coprod.yaml", catalog(), 200, warnings.callback());
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->back().commit == git.id(3));
    CHECK(versions->back().path == "c/2026-Q4-organisation.coprod.yaml");
    CHECK(versions->front().commit == git.id(0));
  }
  CHECK(warnings.messages.empty());
}

TEST_CASE("history of a shallow clone dates a version its oldest commit holds on or before it, not made by it") {
  test::FakeGitRepository git;
  git.commit(100, {{"a/2026-Q2-organisation.coprod.yaml", organisation("2026-Q2")},
                   {"a/org.coprod.yaml", organisation("2026-Q3")}});
  git.commit(200, {{"a/2026-Q2-organisation.coprod.yaml", organisation("2026-Q2")},
                   {"a/org.coprod.yaml", organisation("2026-Q3")},
                   {"README.md", "Northbridge"}});
  git.commit(300, {{"a/2026-Q2-organisation.coprod.yaml", organisation("2026-Q2")},
                   {"a/org.coprod.yaml", organisation("2026-Q4")},
                   {"README.md", "Northbridge"}});
  Warnings warnings;
  SUBCASE("the whole history: each version by the commit that made it") {
    auto versions = cli::period_history(git, "a/org.coprod.yaml", catalog(), 200, warnings.callback());
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 3);
    for (const auto& version : *versions) CHECK_FALSE(version.on_or_before);
    CHECK(versions->at(0).commit == git.id(0));
    CHECK(versions->at(1).commit == git.id(0));
  }
  SUBCASE("cloned with the latest two commits: the versions made before them are in the oldest, on or before it") {
    git.cut_history_before(1);  // the commit of time 200 is now the oldest, id(0)
    auto versions = cli::period_history(git, "a/org.coprod.yaml", catalog(), 200, warnings.callback());
    REQUIRE(versions.ok());
    CHECK(periods(*versions) == std::vector<std::string>{"2026-Q2 a/2026-Q2-organisation.coprod.yaml",
                                                         "2026-Q3 a/org.coprod.yaml", "2026-Q4 a/org.coprod.yaml"});
    // The earlier period's file beside it, and the file's own version: both in the oldest commit.
    for (std::size_t i : {0, 1}) {
      CHECK(versions->at(i).commit == git.id(0));
      CHECK(versions->at(i).time == 200);
      CHECK(versions->at(i).on_or_before);
    }
    // Changed after the oldest commit: made by its commit.
    CHECK(versions->at(2).commit == git.id(1));
    CHECK_FALSE(versions->at(2).on_or_before);
  }
  CHECK(warnings.messages.empty());
}
