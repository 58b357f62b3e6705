#include "render/reflection_points.hpp"

#include <doctest/doctest.h>

using namespace coprod;

TEST_CASE("reflection_points") {
  SUBCASE("a plan's reflection: each line a point, grouped under the view it is of, in words") {
    const auto views = render::reflection_points(
        "organisation:\n  People felt strongly.\n  Leaders should come.\n\nco-production peer network:\n"
        "  We have much in common.\npeer-network:\n  - Staff did not know.");
    REQUIRE(views.size() == 3);
    CHECK(views[0].view == "Organisation");
    CHECK(views[0].points == std::vector<std::string>{"People felt strongly.", "Leaders should come."});
    CHECK(views[1].view == "Co-production peer network");
    CHECK(views[1].points == std::vector<std::string>{"We have much in common."});
    CHECK(views[2].view == "Co-production peer network");                       // an older plan names the id
    CHECK(views[2].points == std::vector<std::string>{"Staff did not know."});  // a hand-written list's mark dropped
    CHECK_FALSE(render::is_single_point(views));
  }
  SUBCASE("a perspective's own reflection: its lines, under no view") {
    const auto views = render::reflection_points("How far apart we were.\n* One visit changed the mood.\n");
    REQUIRE(views.size() == 1);
    CHECK(views[0].view.empty());
    CHECK(views[0].points == std::vector<std::string>{"How far apart we were.", "One visit changed the mood."});
  }
  SUBCASE("one line is a single point; a line ending in a colon that names no perspective is a point") {
    CHECK(render::is_single_point(render::reflection_points("  Just this.  ")));
    const auto views = render::reflection_points("What we heard:\nMore than we expected.");
    REQUIRE(views.size() == 1);
    CHECK(views[0].points == std::vector<std::string>{"What we heard:", "More than we expected."});
  }
}

TEST_CASE("gathers_the_same_points") {
  using render::PerspectiveReflection;
  const std::vector<PerspectiveReflection> own = {{model::Perspective::organisation, "How far apart we were.\n"},
                                                  {model::Perspective::peer_network, "We felt heard.\nAt last."}};
  SUBCASE("the plan gathers each perspective's points under its line, as plan --write writes them") {
    CHECK(render::gathers_the_same_points(
        "organisation:\n  How far apart we were.\nco-production peer network:\n  We felt heard.\n  At last.", own));
  }
  SUBCASE("a point added, changed or left out, or under the other perspective, is not the same") {
    CHECK_FALSE(render::gathers_the_same_points(
        "organisation:\n  How far apart we were.\n  Added.\nco-production peer network:\n  We felt heard.\n  At last.",
        own));
    CHECK_FALSE(render::gathers_the_same_points(
        "organisation:\n  How far apart we were.\nco-production peer network:\n  We felt heard.", own));
    CHECK_FALSE(render::gathers_the_same_points(
        "co-production peer network:\n  How far apart we were.\norganisation:\n  We felt heard.\n  At last.", own));
    CHECK_FALSE(render::gathers_the_same_points("How far apart we were.\nWe felt heard.\nAt last.", own));
  }
  SUBCASE("a perspective with nothing written is left out of the plan; none written is nothing to repeat") {
    CHECK(render::gathers_the_same_points("co-production peer network:\n  We felt heard.\n  At last.",
                                          {{model::Perspective::organisation, "  "}, own[1]}));
    CHECK_FALSE(render::gathers_the_same_points("", {}));
  }
}
