#include "render/carried_forward_words.hpp"

#include <fmt/format.h>

#include "analysis/carried_forward.hpp"

namespace coprod::render {

std::optional<std::string> carried_forward_words(const analysis::AssessmentResult& now,
                                                 const analysis::AssessmentResult* earlier, std::size_t section) {
  switch (analysis::carried_forward(now, earlier, section)) {
    case analysis::Carried::no: return std::nullopt;
    case analysis::Carried::completed_before:
      return fmt::format("carried forward rather than scored again (last completed before {} began)",
                         now.assessment->period.to_string());
    case analysis::Carried::same_answers_undated:
      return fmt::format("carried forward rather than scored again (no completion date and the same answers as in {})",
                         earlier->assessment->period.to_string());
  }
  return std::nullopt;
}

}  // namespace coprod::render
