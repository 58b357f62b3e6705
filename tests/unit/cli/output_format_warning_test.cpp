#include "cli/output_format_warning.hpp"

#include <doctest/doctest.h>

using namespace coprod;

namespace {
const std::vector<std::string> k_formats = {"text", "json", "csv", "markdown", "diff", "xlsx"};
}

TEST_CASE("output_format_mismatch") {
  SUBCASE("a name that says another format the command writes: which --format to add") {
    CHECK(cli::output_format_mismatch("out.json", "text", k_formats) ==
          "out.json is named as a JSON file, but what is written to it is text; add --format json to write a JSON "
          "file");
    CHECK(cli::output_format_mismatch("Scores.CSV", "json", k_formats) ==
          "Scores.CSV is named as a CSV file, but what is written to it is JSON; add --format csv to write a CSV file");
    CHECK(cli::output_format_mismatch("out.md", "xlsx", k_formats) ==
          "out.md is named as a Markdown file, but what is written to it is an Excel workbook; add --format markdown "
          "to write a Markdown file");
    CHECK(cli::output_format_mismatch("web.txt", "svg", {"svg", "terminal"}) ==
          "web.txt is named as a text file, but what is written to it is SVG; add --format terminal to write a text "
          "file");
  }
  SUBCASE("a name that says a format the command cannot write: the name to give") {
    CHECK(cli::output_format_mismatch("out/web.png", "svg", {"svg", "terminal"}) ==
          "out/web.png is named as a PNG picture, but what is written to it is SVG, and this command cannot write a "
          "PNG picture; name the file out/web.svg to say what it holds");
    CHECK(cli::output_format_mismatch("sheet.csv", "markdown", {"text", "markdown", "json", "html"}) ==
          "sheet.csv is named as a CSV file, but what is written to it is Markdown, and this command cannot write a "
          "CSV file; name the file sheet.md to say what it holds");
  }
  SUBCASE("a file of one format (init's, combine's and plan --write's YAML, form's HTML): the name to give") {
    CHECK(cli::output_format_mismatch("new.json", "yaml", {}) ==
          "new.json is named as a JSON file, but what is written to it is YAML, and this command cannot write a JSON "
          "file; name the file new.yaml to say what it holds");
    CHECK(cli::output_format_mismatch("plan.md", "yaml", {}, "--write") ==
          "plan.md is named as a Markdown file, but what is written to it is YAML, and --write cannot write a "
          "Markdown file; name the file plan.yaml to say what it holds");
    CHECK(cli::output_format_mismatch("form.yaml", "html", {}) ==
          "form.yaml is named as a YAML file, but what is written to it is HTML, and this command cannot write a YAML "
          "file; name the file form.html to say what it holds");
    CHECK(cli::output_format_mismatch("out.yaml", "text", k_formats) ==
          "out.yaml is named as a YAML file, but what is written to it is text, and this command cannot write a YAML "
          "file; name the file out.txt to say what it holds");
  }
  SUBCASE("nothing to say") {
    CHECK_FALSE(cli::output_format_mismatch("out.json", "json", k_formats));
    CHECK_FALSE(cli::output_format_mismatch("out.htm", "html", {"html"}));
    CHECK_FALSE(cli::output_format_mismatch("out.txt", "text", k_formats));
    CHECK_FALSE(cli::output_format_mismatch("changes.txt", "diff", k_formats));  // a diff is text
    CHECK_FALSE(cli::output_format_mismatch("out.yml", "yaml", {}));
    CHECK_FALSE(cli::output_format_mismatch("out.notes", "text", k_formats));  // no format coprod names
    CHECK_FALSE(cli::output_format_mismatch("report", "json", k_formats));
    CHECK_FALSE(cli::output_format_mismatch("-", "text", k_formats));
    CHECK_FALSE(cli::output_format_mismatch("", "text", k_formats));
  }
}
