// coprod schema: print the JSON Schema of coprod's files, to keep beside them.

#include <memory>

#include "cli/command.hpp"

namespace coprod::embedded {
std::string_view schema_assessment();
std::string_view schema_plan();
std::string_view schema_framework();
}  // namespace coprod::embedded

namespace coprod::cli {

CommandRunner setup_schema(CLI::App& app) {
  auto kind = std::make_shared<std::string>("assessment");
  CLI::App* command = app.add_subcommand(
      "schema",
      "Print the JSON Schema (draft-07) of assessment files, plan files or framework files, for editors and other "
      "validators. "
      "To keep a copy in your repository: coprod schema > assessment.schema.json");
  restrict_to(command->add_option("kind", *kind, "assessment, plan or framework"), {"assessment", "plan", "framework"})
      ->default_str("assessment");
  return {command, [kind](Console& console) {
            if (*kind == "plan") console.out(embedded::schema_plan());
            else if (*kind == "framework") console.out(embedded::schema_framework());
            else console.out(embedded::schema_assessment());
            return 0;
          }};
}

}  // namespace coprod::cli
