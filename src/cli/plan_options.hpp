#pragma once
// The options of `coprod plan` (plan.cpp), shared by its modes: the planning
// sheet, with --write the plan file to fill in (plan_sheet.cpp), and the
// follow-up of a plan (--review, plan_review.cpp). --edit takes its own
// (PlanEditOptions, plan_edit.hpp).

#include <cstddef>
#include <string>
#include <vector>

#include "cli/console.hpp"

namespace coprod::cli {

// The --format values plan offers.
inline const std::vector<std::string> k_plan_formats = {"text", "markdown", "json", "html"};

struct PlanOptions {
  std::vector<std::string> files;
  std::vector<std::string> frameworks;
  std::string format = "text";
  std::string output = "-";
  std::string write;
  std::string from;  // --from: the earlier plan whose unfinished actions --write carries
  std::string review;
  std::string edit;                         // --edit: the plan file to change with --set
  std::vector<std::string> set;             // --set NAME=VALUE
  std::string add_action;                   // --add-action SECTION, with --edit
  std::vector<std::string> rows;            // --row ROW, with --add-action
  std::vector<std::string> remove_actions;  // --remove-action ID, with --edit; may be repeated
  std::vector<std::string> add_asks;        // --add-ask TEXT, with --edit
  std::vector<std::string> remove_asks;     // --remove-ask N, with --edit; may be repeated
  bool interactive = false;                 // --interactive, with --edit
  std::string today;
  std::string schema;
  std::size_t sections = 3;
  bool sections_given = false;  // --sections was given (the sheet's option; refused with --review)
  std::size_t width = 0;        // --width; 0: not given (see plan_text_width())
  bool force = false;
  bool strict = false;  // with --review: exit 1 when actions are overdue
};

// --width, else the terminal's width when the text goes to one, else 80.
std::size_t plan_text_width(const PlanOptions& options, const Console& console);

// coprod plan FILES...: the action-planning sheet, and with --write a plan
// file to fill in (plan_sheet.cpp).
int run_plan_sheet(const PlanOptions& options, Console& console);

// coprod plan --review PLAN [LATEST...]: the follow-up of a plan (plan_review.cpp).
int run_plan_review(const PlanOptions& options, Console& console);

}  // namespace coprod::cli
