#include "cli/combine_inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "analysis/response_file_name.hpp"
#include "cli/error.hpp"
#include "cli/exit_codes.hpp"
#include "cli/files.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"
#include "yaml/assessment_writer.hpp"

namespace coprod::cli {

namespace fs = std::filesystem;

namespace {

// The form's name two files share, when both have one.
std::optional<std::string> shared_response_name(const std::string& a, const std::string& b) {
  const auto first = analysis::response_file_name(a);
  const auto second = analysis::response_file_name(b);
  if (!first || !second || first->original != second->original) return std::nullopt;
  return first->original;
}

// A name for a second person's file of the name `base`: jo-response-b.yaml,
// Jo Smith-b.coprod.yaml.
std::string second_name(const std::string& base) {
  const std::string name = fs::path(base).filename().string();
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  for (const std::string_view extension : {".coprod.yaml", ".coprod.yml", ".yaml", ".yml"}) {
    if (lower.size() > extension.size() && lower.ends_with(extension))
      return name.substr(0, name.size() - extension.size()) + "-b" + name.substr(name.size() - extension.size());
  }
  return name + "-b";
}

std::string folder_of(const std::string& path) {
  const fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? "." : parent.string();
}

}  // namespace

void refuse_folders_as_responses(const std::vector<std::string>& paths) {
  util::Diagnostics problems;
  for (const auto& path : paths) {
    std::error_code error;
    if (path == "-" || !fs::is_directory(path, error)) continue;
    const std::string folder = path.ends_with('/') ? path : path + "/";
    problems.push_back({util::Severity::error,
                        path,
                        {0, 0},
                        fmt::format("this is a folder, not a response; to combine every response in it, name "
                                    "them: {}",
                                    util::shell_word(folder) + "*.yaml")});
  }
  if (!problems.empty()) throw Error(k_exit_invalid_input, std::move(problems));
}

// The message for `path`, a save of the response `kept` (the form named both `original`).
std::string second_save_message(const std::string& path, const std::string& kept, const std::string& original) {
  const std::string stem = original.substr(0, original.size() - std::string_view(".coprod.yaml").size());
  const std::string what =
      analysis::response_file_name(path)->copy
          ? fmt::format(
                "this is another save of the response in {} (the form named it {}; ' (1)', ' - Copy' and the like "
                "are what a browser saving it again, or a copy, adds to the name)",
                kept, original)
          : fmt::format("this and {} are two saves of one person's response (the form gave both the name {})", kept,
                        original);
  return what + fmt::format(
                    "; one person counts once, so keep only the one they finished and combine again; if they "
                    "are two people's (one started from the other's saved file), rename one, for example "
                    "to {}-b.coprod.yaml",
                    stem);
}

util::Diagnostics find_two_saves_of_one_response(const std::vector<std::string>& paths) {
  std::map<std::string, std::vector<std::string>> saves;  // by the form's name, in the order named
  for (const auto& path : paths) {
    if (const auto name = analysis::response_file_name(path)) saves[name->original].push_back(path);
  }
  util::Diagnostics problems;
  for (const auto& [original, files] : saves) {
    if (files.size() < 2) continue;
    // The file with the form's own name is the one the others are saves of.
    const auto kept = std::find_if(files.begin(), files.end(),
                                   [](const std::string& path) { return !analysis::response_file_name(path)->copy; });
    const std::string& first = kept == files.end() ? files.front() : *kept;
    for (const auto& path : files) {
      if (&path != &first)
        problems.push_back({util::Severity::error, path, {0, 0}, second_save_message(path, first, original)});
    }
  }
  return problems;
}

util::Diagnostics find_copy_named_responses(const std::vector<std::string>& paths) {
  std::map<std::string, std::vector<std::string>> copies;  // by folder and name without marks, in the order named
  for (const auto& path : paths) {
    const std::string name = fs::path(path).filename().string();
    const std::string base = analysis::name_without_copy_marks(name).value_or(name);
    copies[(fs::path(folder_of(path)) / base).string()].push_back(path);
  }
  util::Diagnostics warnings;
  for (const auto& [base, files] : copies) {
    if (files.size() < 2) continue;
    // The file without copy marks is the one the others are copies of.
    const auto unmarked = std::find_if(
        files.begin(), files.end(), [](const std::string& path) { return !analysis::name_without_copy_marks(path); });
    const std::string& first = unmarked == files.end() ? files.front() : *unmarked;
    for (const auto& path : files) {
      if (&path == &first) continue;
      warnings.push_back(
          {util::Severity::warning,
           path,
           {0, 0},
           fmt::format("the names of this file and {} differ only by what a browser saving a file again, or a copy, "
                       "adds (' (1)', ' - Copy' and the like), so they may be two saves of one person's response, "
                       "who then counts twice in the result; if they are, keep only the one they finished and "
                       "combine again; if they are two people's, rename one, for example to {}, and this warning "
                       "goes",
                       first, second_name(base))});
    }
  }
  return warnings;
}

namespace {

// A response's answers as coprod writes an assessment: two files give the
// same text when every score, mark and word people wrote is alike, whatever
// their comments, spacing, quoting or line breaks (a copy sent on by e-mail
// or opened and saved in an editor).
std::string answers_of(const yaml::LoadedAssessment& item) {
  return yaml::write_assessment_file(*item.framework, item.assessment, "");
}

}  // namespace

util::Diagnostics find_copied_responses(const std::vector<yaml::LoadedAssessment>& loaded, bool identical_answers) {
  util::Diagnostics repeats;
  if (identical_answers) return repeats;
  std::unordered_map<std::string, std::size_t> first_with_answers;
  for (std::size_t index = 0; index < loaded.size(); ++index) {
    const auto [first, is_new] = first_with_answers.emplace(answers_of(loaded[index]), index);
    const std::string& path = loaded[index].assessment.source;
    const std::string& earlier = loaded[first->second].assessment.source;
    if (is_new || shared_response_name(earlier, path)) continue;
    repeats.push_back({util::Severity::error,
                       path,
                       {0, 0},
                       fmt::format("this has the same answers as {} (every score and all that is written, whatever "
                                   "the comments or spacing); one response counts once, so name each person's "
                                   "response once; if they are two people who gave the same answers, add "
                                   "--identical-answers",
                                   earlier)});
  }
  return repeats;
}

namespace {

// What makes two responses answers to one review.
std::string review_of(const yaml::LoadedAssessment& item) {
  return fmt::format("{}\n{}\n{}", item.framework->id, item.assessment.area, item.assessment.period.to_string());
}

// The review most of the responses answer (ties: the first named's), and how
// many answer it.
std::pair<std::string, std::size_t> most_shared_review(const std::vector<yaml::LoadedAssessment>& loaded) {
  std::map<std::string, std::size_t> counts;
  for (const auto& item : loaded) ++counts[review_of(item)];
  std::pair<std::string, std::size_t> most{"", 0};
  for (const auto& item : loaded) {
    const std::size_t count = counts[review_of(item)];
    if (count > most.second) most = {review_of(item), count};
  }
  return most;
}

// The response to name for that review: the first named that is not a copy-named save.
const yaml::LoadedAssessment& reference_response(const std::vector<yaml::LoadedAssessment>& loaded,
                                                 const std::string& review) {
  const yaml::LoadedAssessment* first = nullptr;
  for (const auto& item : loaded) {
    if (review_of(item) != review) continue;
    const auto name = analysis::response_file_name(item.assessment.source);
    if (!name || !name->copy) return item;
    if (first == nullptr) first = &item;
  }
  return *first;
}

}  // namespace

util::Diagnostics find_other_reviews(const std::vector<yaml::LoadedAssessment>& loaded) {
  util::Diagnostics problems;
  if (loaded.empty()) return problems;
  const auto [review, count] = most_shared_review(loaded);
  const auto& first = reference_response(loaded, review);
  const std::string others = count == 1 ? fmt::format("{} is", first.assessment.source)
                                        : fmt::format("{} of the {} responses ({} and {} more) are", count,
                                                      loaded.size(), first.assessment.source, count - 1);
  for (const auto& item : loaded) {
    const auto& a = item.assessment;
    std::string difference;
    if (item.framework != first.framework) {
      difference = fmt::format("this response uses the framework '{}', but {} using '{}'", item.framework->id, others,
                               first.framework->id);
    } else if (a.area != first.assessment.area) {
      difference =
          fmt::format("this response is for the area '{}', but {} for '{}'", a.area, others, first.assessment.area);
    } else if (!(a.period == first.assessment.period)) {
      difference = fmt::format("this response is for {}, but {} for {}", a.period.to_string(), others,
                               first.assessment.period.to_string());
    }
    if (difference.empty()) continue;
    problems.push_back(
        {util::Severity::error,
         a.source,
         {0, 0},
         difference + "; only responses to the same review (framework, area and period) can be combined"});
  }
  return problems;
}

void note_responses_left_out(Console& console, const std::vector<std::string>& paths) {
  std::map<std::string, std::string> folders;  // the folder as a full path, and as first named
  std::set<std::string> named;                 // each named file, as a full path
  for (const auto& path : paths) {
    std::error_code error;
    if (path == "-" || !fs::is_regular_file(path, error)) continue;
    const auto folder = fs::canonical(folder_of(path), error);
    if (error) continue;
    folders.emplace(folder.string(), folder_of(path));
    named.insert((folder / fs::path(path).filename()).string());
  }
  for (const auto& [full, shown] : folders) {
    std::vector<std::string> left_out;
    std::error_code error;
    for (fs::directory_iterator entry(full, error); !error && entry != fs::directory_iterator();
         entry.increment(error)) {
      std::error_code type_error;
      const std::string name = entry->path().filename().string();
      const auto response = analysis::response_file_name(name);
      if (!response || !response->copy || !entry->is_regular_file(type_error)) continue;
      if (!named.contains(entry->path().string())) left_out.push_back(name);
    }
    if (left_out.empty()) continue;
    std::sort(left_out.begin(), left_out.end());
    for (auto& name : left_out) name = util::shell_word(name);
    const std::string folder = shown.ends_with('/') ? shown : shown + "/";
    const bool one = left_out.size() == 1;
    const std::string what =
        one ? "which has the name a browser or a copy gives a second save of a response; it was not named here, so "
              "it was not combined; if it is the one the person finished"
            : "which have the names a browser or a copy gives second saves of responses; they were not named here, "
              "so they were not combined; if one is the one a person finished";
    console.err(util::terminal_text(fmt::format("coprod: note: {} also holds {}, {}, combine it in place of their "
                                                "other save ({} names every .yaml file there)",
                                                folder, util::join(left_out, ", "), what,
                                                util::shell_word(folder) + "*.yaml")) +
                "\n");
  }
}

}  // namespace coprod::cli
