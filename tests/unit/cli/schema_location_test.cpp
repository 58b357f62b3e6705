#include "cli/schema_location.hpp"

#include <filesystem>
#include <set>
#include <string>

#include <doctest/doctest.h>

#include "cli/temp_dir.hpp"

using namespace coprod;
namespace fs = std::filesystem;

namespace {

// A disk holding only `files`, with a repository at each of `tops`.
cli::SchemaDisk fake_disk(std::set<std::string> files, std::set<std::string> tops = {}) {
  return {[files](const fs::path& path) { return files.contains(path.string()); },
          [tops](const fs::path& folder) { return tops.contains(folder.string()); }};
}

std::string never_called() {
  FAIL("the fallback was asked for");
  return "";
}

}  // namespace

TEST_CASE("schema_in_tree") {
  SUBCASE("a schemas folder at the repository's top, written as a path from the file's folder") {
    const auto disk = fake_disk({"/team/schemas/assessment.schema.json"}, {"/team"});
    CHECK(cli::schema_in_tree("/team/northbridge/2027", cli::k_assessment_schema, disk) ==
          "../../schemas/assessment.schema.json");
    CHECK(cli::schema_in_tree("/team", cli::k_assessment_schema, disk) == "schemas/assessment.schema.json");
  }
  SUBCASE("the schema beside the file, as 'coprod schema > assessment.schema.json' leaves it") {
    const auto disk = fake_disk({"/team/area/assessment.schema.json", "/team/schemas/assessment.schema.json"});
    CHECK(cli::schema_in_tree("/team/area", cli::k_assessment_schema, disk) == "assessment.schema.json");
  }
  SUBCASE("the nearest folder's schema comes first") {
    const auto disk =
        fake_disk({"/team/schemas/assessment.schema.json", "/team/area/schemas/assessment.schema.json"}, {"/team"});
    CHECK(cli::schema_in_tree("/team/area/2027", cli::k_assessment_schema, disk) ==
          "../schemas/assessment.schema.json");
  }
  SUBCASE("a plan's schema is the plan's, not the assessment's") {
    const auto disk = fake_disk({"/team/schemas/assessment.schema.json", "/team/schemas/plan.schema.json"});
    CHECK(cli::schema_in_tree("/team/plans", cli::k_plan_schema, disk) == "../schemas/plan.schema.json");
    CHECK(cli::schema_in_tree("/team/plans", cli::k_assessment_schema, fake_disk({"/team/schemas/plan.schema.json"}))
              .has_value() == false);
  }
  SUBCASE("no look above the repository's top: a schema there is not in the clones") {
    const auto disk = fake_disk({"/home/schemas/assessment.schema.json"}, {"/home/team"});
    CHECK_FALSE(cli::schema_in_tree("/home/team/area", cli::k_assessment_schema, disk).has_value());
  }
  SUBCASE("outside a repository, up to the filesystem's root") {
    const auto disk = fake_disk({"/schemas/assessment.schema.json"});
    CHECK(cli::schema_in_tree("/a/b", cli::k_assessment_schema, disk) == "../../schemas/assessment.schema.json");
    CHECK_FALSE(cli::schema_in_tree("/a/b", cli::k_assessment_schema, fake_disk({})).has_value());
  }
}

TEST_CASE("schema_in_tree on the disk") {
  test::TempDir dir;
  fs::create_directories(dir.path("team/.git"));
  fs::create_directories(dir.path("team/schemas"));
  fs::create_directories(dir.path("team/area"));
  dir.write("team/schemas/assessment.schema.json", "{}");
  CHECK(cli::schema_in_tree(dir.path("team/area"), cli::k_assessment_schema, cli::real_schema_disk()) ==
        "../schemas/assessment.schema.json");
  CHECK(cli::default_schema_location(cli::k_assessment_schema, dir.path("team/area/q1.coprod.yaml")) ==
        "../schemas/assessment.schema.json");
  CHECK(cli::default_schema_location(cli::k_assessment_schema, dir.path("team/q1.coprod.yaml")) ==
        "schemas/assessment.schema.json");
}

TEST_CASE("moved_schema_location") {
  const auto disk = fake_disk({"/team/schemas/assessment.schema.json"}, {"/team"});
  SUBCASE("moved to reach the same schema from the new file's folder") {
    CHECK(cli::moved_schema_location("../../schemas/assessment.schema.json", "/team/examples/northbridge", "/team/2027",
                                     disk, never_called) == "../schemas/assessment.schema.json");
    CHECK(cli::moved_schema_location("../schemas/assessment.schema.json", "/team/2026", "/team", disk, never_called) ==
          "schemas/assessment.schema.json");
  }
  SUBCASE("kept as it is in the same folder, and when it is an address or an absolute path that reaches a file") {
    CHECK_FALSE(
        cli::moved_schema_location("../schemas/assessment.schema.json", "/team/2026", "/team/2026", disk, never_called)
            .has_value());
    CHECK_FALSE(cli::moved_schema_location("https://example.org/assessment.schema.json", "/team/2026", "/team/2027",
                                           disk, never_called)
                    .has_value());
    CHECK_FALSE(
        cli::moved_schema_location("/usr/share/coprod/schemas/assessment.schema.json", "/team/2026", "/elsewhere",
                                   fake_disk({"/usr/share/coprod/schemas/assessment.schema.json"}, {}), never_called)
            .has_value());
  }
  SUBCASE("the default for an absolute path that reaches no file (another machine's installed schema)") {
    CHECK(cli::moved_schema_location("/usr/local/share/coprod/schemas/assessment.schema.json", "/team/2026",
                                     "/team/2027", disk, [] { return std::string("the default"); }) == "the default");
  }
  SUBCASE("the default when it reaches no schema, even in the same folder") {
    const auto fallback = [] { return std::string("the default"); };
    CHECK(cli::moved_schema_location("../../schemas/assessment.schema.json", "/copy/examples/northbridge", "/copy/2027",
                                     disk, fallback) == "the default");
    CHECK(cli::moved_schema_location("schemas/assessment.schema.json", "/team/2026", "/team/2026", disk, fallback) ==
          "the default");
  }
  SUBCASE("the default when the schema is outside the new file's repository") {
    const auto fallback = [] { return std::string(); };
    CHECK(cli::moved_schema_location("../team/schemas/assessment.schema.json", "/elsewhere", "/other/2027",
                                     fake_disk({"/team/schemas/assessment.schema.json"}, {"/other"}), fallback) == "");
  }
}
