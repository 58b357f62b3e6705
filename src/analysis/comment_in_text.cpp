#include "analysis/comment_in_text.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::analysis {

namespace {

constexpr std::size_t k_quoted_width = 40;

// "the evidence" for "sections.commitment.rows.strategy.evidence", "the text of 'learnt'" for "reflections.learnt".
std::string field_name(const std::string& path) {
  const auto dot = path.rfind('.');
  const std::string key = dot == std::string::npos ? path : path.substr(dot + 1);
  return key == "evidence" || key == "notes" ? "the " + key : fmt::format("the text of '{}'", key);
}

}  // namespace

std::vector<Flag> flag_text_cut_by_comments(const std::string& source, const std::vector<model::TextField>& fields) {
  std::vector<Flag> flags;
  for (const auto& field : fields) {
    if (field.cut_off.line == 0) continue;
    flags.push_back(make_flag(
        source, {field.cut_off.line, field.cut_off.column}, k_comment_in_text_rule,
        fmt::format("{} reads '{}' and stops before '{}': YAML takes a '#' after a space as the start of a "
                    "comment and leaves the comment out; to keep it in the text, put the whole text in double "
                    "quotes (\"...\"); for a note to yourself, put two spaces before the '#'",
                    field_name(field.path), util::truncate_to_width(field.value, k_quoted_width),
                    util::truncate_to_width(field.cut_off.text, k_quoted_width))));
  }
  return flags;
}

}  // namespace coprod::analysis
