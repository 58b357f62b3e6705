#include "cli/loading.hpp"

#include <doctest/doctest.h>

#include "cli/error.hpp"
#include "cli/temp_dir.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

// The built-in framework's YAML with another id and title: a local framework file.
std::string local_framework_text() {
  std::string text(yaml::builtin_framework_sources().front().text);
  const auto replace = [&text](const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  replace("id: ipc-coproduction", "id: local-coproduction");
  replace("title: ", "title: Local ");
  return text;
}

}  // namespace

TEST_CASE("resolve_framework: a built-in id") {
  // Kept from a temporary: the framework outlives the catalog it was found in.
  const auto framework = cli::resolve_framework("ipc-coproduction").framework;
  REQUIRE(framework);
  CHECK(framework->id == "ipc-coproduction");
  CHECK_THROWS_AS(cli::resolve_framework("no-such-framework"), cli::Error);
}

TEST_CASE("resolve_framework: a framework file is read first and built into the catalog") {
  test::TempDir folder;
  const auto path = folder.write("local.yaml", local_framework_text());
  const auto resolved = cli::resolve_framework(path);
  REQUIRE(resolved.framework);
  CHECK(resolved.framework->id == "local-coproduction");
  CHECK(resolved.framework->title.starts_with("Local "));
  CHECK(resolved.catalog.find("local-coproduction", 1) == resolved.framework);  // the same framework, not a copy
  CHECK(resolved.catalog.find_latest("ipc-coproduction"));                      // with the built-in ones
  CHECK(resolved.catalog.all().size() == yaml::builtin_catalog().all().size() + 1);
}

TEST_CASE("load_catalog and resolve_framework: a framework file with a built-in framework's id is refused") {
  test::TempDir folder;
  std::string text(yaml::builtin_framework_sources().front().text);
  text.replace(text.find("title: "), 7, "title: Ours ");
  SUBCASE("the same version, which would stand in for the built-in") {
    const auto path = folder.write("ours.yaml", text);
    CHECK_THROWS_AS(cli::load_catalog({path}), cli::Error);
    CHECK_THROWS_AS(cli::resolve_framework(path), cli::Error);
  }
  SUBCASE("another version, which assessments of the built-in's version would pass over") {
    text.replace(text.find("\nversion: 1\n"), 12, "\nversion: 2\n");
    const auto path = folder.write("ours.yaml", text);
    try {
      cli::load_catalog({path});
      FAIL("not refused");
    } catch (const cli::Error& error) {
      CHECK(error.code() == cli::k_exit_invalid_input);
    }
  }
}
