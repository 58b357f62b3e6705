#include "model/framework_catalog.hpp"

#include <memory>
#include <type_traits>

#include <doctest/doctest.h>

using namespace coprod;

namespace {

model::Framework framework(const std::string& id, int version, const std::string& title) {
  model::Framework made;
  made.id = id;
  made.version = version;
  made.title = title;
  made.sections.push_back({});
  made.sections.back().id = "commitment";
  return made;
}

std::vector<model::Framework> frameworks(std::initializer_list<model::Framework> list) { return list; }

// A catalog is frozen once built: nothing can be added to it.
template <class Catalog>
constexpr bool can_add = requires(Catalog& catalog, model::Framework added) {
  catalog.add(std::move(added));
};

}  // namespace

TEST_CASE("FrameworkCatalog: built once, with no add()") {
  static_assert(!can_add<model::FrameworkCatalog>);
  static_assert(std::is_same_v<decltype(std::declval<const model::FrameworkCatalog&>().find("", 1)),
                               std::shared_ptr<const model::Framework>>);
  static_assert(std::is_same_v<decltype(std::declval<const model::FrameworkCatalog&>().find_latest("")),
                               std::shared_ptr<const model::Framework>>);
}

TEST_CASE("FrameworkCatalog: find, find_latest and a later framework replacing an earlier one") {
  const model::FrameworkCatalog catalog(frameworks({framework("a", 1, "built-in"), framework("a", 2, "newer"),
                                                    framework("b", 1, "other"), framework("a", 1, "the user's file")}));
  REQUIRE(catalog.all().size() == 3);
  CHECK(catalog.all()[0]->title == "the user's file");  // in the built-in's place
  CHECK(catalog.find("a", 1)->title == "the user's file");
  CHECK(catalog.find_latest("a")->title == "newer");
  CHECK(catalog.find("a", 3) == nullptr);
  CHECK(catalog.find_latest("c") == nullptr);
  CHECK(catalog.ids() == std::vector<std::string>{"a", "b"});
}

TEST_CASE("FrameworkCatalog: a framework found outlives the catalog") {
  std::shared_ptr<const model::Framework> found;
  const model::FrameworkSection* section = nullptr;
  {
    const model::FrameworkCatalog catalog(frameworks({framework("a", 1, "kept")}));
    found = catalog.find("a", 1);
    section = &found->sections.front();
  }
  REQUIRE(found);
  CHECK(found->title == "kept");
  CHECK(section->id == "commitment");  // same object: nothing was copied
}

TEST_CASE("FrameworkSection::row_number: the section's number and the row's place, as on the form") {
  model::FrameworkSection section;
  section.number = 1;
  for (const char* id : {"strategy", "motivation", "resources", "leaders"}) section.rows.push_back({id, {}, {}});
  CHECK(section.row_number("strategy") == "1.1");
  CHECK(section.row_number("leaders") == "1.4");
  CHECK(section.row_number("missing") == "missing");
  section.number.reset();  // "Facilitate the process" has no number: its letter, as the web keys it, and the place
  section.title = "Facilitate the process";
  CHECK(section.row_number("motivation") == "F.2");
  section.title = "“Quoted” title";  // no plain letter to key it by: the place alone
  CHECK(section.row_number("motivation") == "2");
}
