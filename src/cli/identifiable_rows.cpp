#include "cli/identifiable_rows.hpp"

#include <fmt/format.h>

#include "analysis/combine.hpp"
#include "render/row_words.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

constexpr int k_min_people = 3;  // as combine's --min-responses by default

// What happens to the rows: shown as they are, or some or all held back.
std::string what_is_shown(std::size_t rows, int held_back, const render::RowWords& words) {
  if (held_back == 0)
    return "so what is shown for them gives one or two people's own answers and may identify them; check before "
           "sharing";
  const std::string option = fmt::format("(--show-single-scores shows {})", held_back == 1 ? "it" : "them");
  if (static_cast<std::size_t>(held_back) == rows) {
    return held_back == 1 ? "the pack holds back its score, as only 1 person scored it " + option
                          : "the pack holds back their scores, as only 1 person scored each " + option;
  }
  return fmt::format(
      "the pack holds back the {} only 1 person scored {}, and what it shows for the others gives "
      "two people's own answers and may identify them; check before sharing",
      held_back == 1 ? fmt::format("score of the {}", words.one)
                     : fmt::format("scores of the {} {}", held_back, words.many),
      option);
}

}  // namespace

void warn_about_identifiable_rows(Console& console, const model::Framework& framework,
                                  const model::Assessment& assessment, int held_back) {
  if (!assessment.combined_from) return;
  const auto rows = analysis::thinly_scored_rows(framework, assessment, k_min_people);
  if (rows.empty()) return;
  const render::RowWords words = render::row_words(framework);
  if (held_back == 0) {
    console.err(util::terminal_text(fmt::format("coprod: warning: {}: fewer than {} people scored these {}, {}: {}",
                                                assessment.source, k_min_people, words.many,
                                                what_is_shown(rows.size(), 0, words), util::join(rows, "; "))) +
                "\n");
    return;
  }
  console.err(util::terminal_text(fmt::format("coprod: warning: {}: fewer than {} people scored these {}: {}; {}",
                                              assessment.source, k_min_people, words.many, util::join(rows, "; "),
                                              what_is_shown(rows.size(), held_back, words))) +
              "\n");
}

}  // namespace coprod::cli
