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

TEST_CASE("load_catalog: a user's file replaces the built-in with the same id and version") {
  test::TempDir folder;
  std::string text(yaml::builtin_framework_sources().front().text);
  text.replace(text.find("title: "), 7, "title: Ours ");
  const auto catalog = cli::load_catalog({folder.write("ours.yaml", text)});
  CHECK(catalog.all().size() == yaml::builtin_catalog().all().size());
  CHECK(catalog.find("ipc-coproduction", 1)->title.starts_with("Ours "));
}
