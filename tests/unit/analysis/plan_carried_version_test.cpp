#include "analysis/plan_carried_version.hpp"

#include <doctest/doctest.h>

using namespace coprod;

namespace {

model::Action action(const std::string& id, const std::string& section, std::vector<std::string> rows = {}) {
  model::Action made;
  made.id = id;
  made.what = "Do " + id;
  made.sections = {section};
  made.rows = std::move(rows);
  return made;
}

model::Plan plan_for(const std::string& period, int version) {
  model::Plan plan;
  plan.framework_id = "ipc-coproduction";
  plan.framework_version = version;
  plan.area = "Northbridge";
  plan.period = *model::Period::parse(period);
  return plan;
}

model::FrameworkSection section(const std::string& id, const std::vector<std::string>& rows) {
  model::FrameworkSection made;
  made.id = id;
  for (const auto& row : rows) made.rows.push_back({row, std::nullopt, std::nullopt});
  return made;
}

// Version 2 of a framework of one section, "contact", with one row, "partners-invite".
model::Framework version_two() {
  model::Framework framework;
  framework.id = "ipc-coproduction";
  framework.version = 2;
  framework.sections.push_back(section("contact", {"partners-invite"}));
  return framework;
}

// Version 3 of it, with what changed since version 1: version 2 renamed the
// row contact.invite to contact.partners-invite and retired contact.leaflets;
// version 3 renamed the section "welcome" to "belonging" and its row
// belonging.greeted to belonging.met.
model::Framework version_three() {
  model::Framework framework;
  framework.id = "ipc-coproduction";
  framework.version = 3;
  framework.sections.push_back(section("contact", {"partners-invite"}));
  framework.sections.push_back(section("belonging", {"met"}));
  model::FrameworkChange two;
  two.version = 2;
  two.renamed_rows = {{"contact.invite", "contact.partners-invite"}};
  two.retired_rows = {"contact.leaflets"};
  model::FrameworkChange three;
  three.version = 3;
  three.renamed_sections = {{"welcome", "belonging"}};
  three.renamed_rows = {{"belonging.greeted", "belonging.met"}};
  framework.changes = {two, three};
  return framework;
}

analysis::CarriedAcrossVersions as_they_are(std::vector<model::Action> actions) { return {std::move(actions), {}}; }

}  // namespace

TEST_CASE("follow_renames") {
  const std::vector<model::Action> agreed = {action("contact-1", "contact", {"contact.invite", "contact.leaflets"}),
                                             action("welcome-1", "welcome", {"welcome.greeted"})};
  SUBCASE("each section and row renamed since takes its new name; a retired row stays as it was") {
    const auto carried = analysis::follow_renames(agreed, 1, version_three());
    REQUIRE(carried.actions.size() == 2);
    CHECK(carried.actions[0].rows == std::vector<std::string>{"contact.partners-invite", "contact.leaflets"});
    CHECK(carried.actions[1].sections == std::vector<std::string>{"belonging"});
    CHECK(carried.actions[1].rows == std::vector<std::string>{"belonging.met"});
    CHECK(carried.actions[1].what == "Do welcome-1");
    REQUIRE(carried.changed.size() == 4);
    CHECK(carried.changed[0].action == "contact-1");
    CHECK(carried.changed[0].kind == "row");
    CHECK(carried.changed[0].from == "contact.invite");
    CHECK(carried.changed[0].to == "contact.partners-invite");
    CHECK(carried.changed[1].from == "contact.leaflets");
    CHECK(carried.changed[1].to.empty());
    CHECK(carried.changed[2].kind == "section");
    CHECK(carried.changed[2].to == "belonging");
    CHECK(carried.changed[3].to == "belonging.met");
  }
  SUBCASE("only the changes since the plan's own version") {
    auto made_with_two = agreed;
    made_with_two[0].rows = {"contact.partners-invite"};
    const auto carried = analysis::follow_renames(made_with_two, 2, version_three());
    CHECK(carried.actions[0].rows == std::vector<std::string>{"contact.partners-invite"});
    CHECK(carried.actions[1].rows == std::vector<std::string>{"belonging.met"});
    CHECK(carried.changed.size() == 2);
  }
  SUBCASE("two old rows renamed to one are named once") {
    auto framework = version_three();
    framework.changes[0].renamed_rows.push_back({"contact.ask", "contact.partners-invite"});
    auto both = agreed;
    both[0].rows = {"contact.invite", "contact.ask"};
    const auto carried = analysis::follow_renames(both, 1, framework);
    CHECK(carried.actions[0].rows == std::vector<std::string>{"contact.partners-invite"});
  }
  SUBCASE("a framework that records no changes, or the same version: as they were") {
    for (const auto& [framework, version] : {std::pair{version_two(), 1}, std::pair{version_three(), 3}}) {
      const auto carried = analysis::follow_renames(agreed, version, framework);
      CHECK(carried.actions[0].rows == agreed[0].rows);
      CHECK(carried.actions[1].sections == agreed[1].sections);
      CHECK(carried.changed.empty());
    }
  }
}

TEST_CASE("renamed_in_words") {
  CHECK(analysis::renamed_in_words({"contact-1", "row", "contact.invite", "contact.partners-invite"}, 2) ==
        "contact-1 moved from row 'contact.invite' to 'contact.partners-invite', its name in version 2");
  CHECK(analysis::renamed_in_words({"welcome-1", "section", "welcome", "belonging"}, 3) ==
        "welcome-1 moved from section 'welcome' to 'belonging', its name in version 3");
  CHECK(analysis::renamed_in_words({"contact-1", "row", "contact.leaflets", ""}, 2).empty());
}

TEST_CASE("check_carried_version") {
  const auto later = plan_for("2026-Q4", 2);
  auto earlier = plan_for("2026-Q3", 1);
  const auto kept = action("contact-1", "contact", {"contact.partners-invite"});
  SUBCASE("the same version: nothing to say") {
    earlier.framework_version = 2;
    CHECK_FALSE(analysis::check_carried_version(earlier, later, as_they_are({kept}), version_two(),
                                                analysis::CarriedInto::plan_file));
  }
  SUBCASE("another version but no unfinished action: nothing to say") {
    CHECK_FALSE(analysis::check_carried_version(earlier, later, as_they_are({}), version_two(),
                                                analysis::CarriedInto::plan_file));
  }
  SUBCASE("another version whose sections and rows the actions all still name: carried, with a warning") {
    const auto check = analysis::check_carried_version(earlier, later, as_they_are({kept}), version_two(),
                                                       analysis::CarriedInto::plan_file);
    REQUIRE(check);
    CHECK_FALSE(check->refused);
    CHECK(check->message.starts_with(
        "it was made with version 1 of the framework 'ipc-coproduction' and the assessments with version 2;"));
    CHECK(check->message.find("carried as they are") != std::string::npos);
  }
  SUBCASE("another version without a row or section an action names: refused, naming each and its action") {
    const auto renamed = action("contact-2", "contact", {"contact.excluded-groups"});
    const auto retired = action("gone-1", "gone");
    const auto check = analysis::check_carried_version(earlier, later, as_they_are({kept, renamed, retired}),
                                                       version_two(), analysis::CarriedInto::plan_file);
    REQUIRE(check);
    CHECK(check->refused);
    CHECK(check->message.find("which has no row 'contact.excluded-groups' (contact-2) and section 'gone' (gone-1);") !=
          std::string::npos);
    // Advice that can be followed: the earlier plan, made with version 1, cannot name version 2's rows.
    CHECK(check->message.find("in the earlier plan to ones version 2 has") == std::string::npos);
    CHECK(check->message.find("--set ID.status=dropped") != std::string::npos);
  }
  SUBCASE("renamed since, and followed: carried with the new names, with a warning that says so") {
    const auto later_three = plan_for("2026-Q4", 3);
    const auto carried =
        analysis::follow_renames({action("welcome-1", "welcome", {"welcome.greeted"})}, 1, version_three());
    const auto check = analysis::check_carried_version(earlier, later_three, carried, version_three(),
                                                       analysis::CarriedInto::plan_file);
    REQUIRE(check);
    CHECK_FALSE(check->refused);
    CHECK(check->message.find("some by a new name, so they are carried with the new names") != std::string::npos);
    const auto sheet = analysis::check_carried_version(earlier, later_three, carried, version_three(),
                                                       analysis::CarriedInto::sheet_only);
    REQUIRE(sheet);
    CHECK(sheet->message.find("each section and row renamed since by its name in version 3") != std::string::npos);
  }
  SUBCASE("a row retired since: still refused, named as retired") {
    const auto later_three = plan_for("2026-Q4", 3);
    const auto carried = analysis::follow_renames(
        {action("contact-1", "contact", {"contact.invite"}), action("contact-2", "contact", {"contact.leaflets"})}, 1,
        version_three());
    const auto check = analysis::check_carried_version(earlier, later_three, carried, version_three(),
                                                       analysis::CarriedInto::plan_file);
    REQUIRE(check);
    CHECK(check->refused);
    CHECK(check->message.find("which has no row 'contact.leaflets' (contact-2, retired after version 1);") !=
          std::string::npos);
    CHECK(check->message.find("contact.invite") == std::string::npos);
  }
  SUBCASE("only on the planning sheet: never refused, and nothing said to be carried") {
    const auto renamed = action("contact-2", "contact", {"contact.excluded-groups"});
    for (const auto& actions : {std::vector<model::Action>{kept}, std::vector<model::Action>{kept, renamed}}) {
      const auto check = analysis::check_carried_version(earlier, later, as_they_are(actions), version_two(),
                                                         analysis::CarriedInto::sheet_only);
      REQUIRE(check);
      CHECK_FALSE(check->refused);
      CHECK(check->message.find("agreed under version 1") != std::string::npos);
      CHECK(check->message.find("carried") == std::string::npos);
    }
  }
}
