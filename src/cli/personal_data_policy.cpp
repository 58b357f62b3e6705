#include "cli/personal_data_policy.hpp"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "analysis/personal_data_flags.hpp"
#include "cli/error.hpp"
#include "cli/loading.hpp"
#include "yaml/text_fields.hpp"

namespace coprod::cli {

CheckedSource read_checked_source(const std::string& source, std::string_view text,
                                  const std::function<bool(const model::TextField&)>& shown,
                                  std::vector<analysis::Flag>& flags) {
  auto document = yaml::parse_document(text, source);
  if (!document) throw Error(k_exit_invalid_input, document.problems());
  auto fields = yaml::find_text_fields(text, *document);
  std::vector<model::TextField> shown_fields;
  std::copy_if(fields.begin(), fields.end(), std::back_inserter(shown_fields), shown);
  const auto found = analysis::flag_personal_data(source, shown_fields);
  flags.insert(flags.end(), found.begin(), found.end());
  return {std::move(*document), std::move(fields)};
}

void refuse_personal_data(const std::vector<analysis::Flag>& flags, const PersonalDataChoice& choice,
                          const RefusalWords& words, Console& console) {
  if (flags.empty() || choice.redact || choice.include_flagged) return;
  for (const auto& flag : flags) console.err(diagnostic_line(flag.diagnostic));
  const bool one = flags.size() == 1;
  throw Error(k_exit_findings,
              fmt::format("the inputs hold {} likely {} of personal data{}, so no {} was written; remove {it}, "
                          "mark {it} as reviewed, or use --redact to mask {it}, --include-flagged to keep {it}{}",
                          flags.size(), one ? "piece" : "pieces", words.where, words.output, words.other_way,
                          fmt::arg("it", one ? "it" : "them")));
}

void warn_of_included_personal_data(const std::vector<analysis::Flag>& flags, const PersonalDataChoice& choice,
                                    std::string_view output, Console& console) {
  if (!choice.include_flagged || flags.empty()) return;
  console.err(
      fmt::format("coprod: warning: the {} includes {} flagged {} of likely personal data (--include-flagged)\n",
                  output, flags.size(), flags.size() == 1 ? "piece" : "pieces"));
}

std::string masked_words(int masked) {
  if (masked <= 0) return "";
  return fmt::format("{} {} of likely personal data {} masked.", masked, masked == 1 ? "piece" : "pieces",
                     masked == 1 ? "was" : "were");
}

}  // namespace coprod::cli
