#include "cli/identifiable_rows.hpp"

#include <fmt/format.h>

#include "analysis/combine.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

constexpr int k_min_people = 3;  // as combine's --min-responses by default

}  // namespace

void warn_about_identifiable_rows(Console& console, const model::Framework& framework,
                                  const model::Assessment& assessment) {
  if (!assessment.combined_from) return;
  const auto rows = analysis::thinly_scored_rows(framework, assessment, k_min_people);
  if (rows.empty()) return;
  console.err(util::terminal_text(fmt::format(
                  "coprod: warning: {}: fewer than {} people scored these rows, so what is shown for them gives one or "
                  "two people's own answers and may identify them; check before sharing: {}",
                  assessment.source, k_min_people, util::join(rows, "; "))) +
              "\n");
}

}  // namespace coprod::cli
