#include "yaml/assessment_loader.hpp"

#include <type_traits>
#include <variant>

#include <fmt/format.h>

#include "util/text.hpp"
#include "yaml/common_fields.hpp"
#include "yaml/document.hpp"
#include "yaml/file_kind.hpp"
#include "yaml/misplaced_field.hpp"
#include "yaml/reader.hpp"

namespace coprod::yaml {

namespace {

using model::Assessment;
using model::Framework;
using model::FrameworkSection;
using model::RowResponse;
using model::SectionResponse;

const std::vector<std::string> k_top_keys = {"format",        "framework",   "framework_version",
                                             "area",          "perspective", "period",
                                             "combined_from", "sections",    "reflections"};
const std::vector<std::string> k_section_keys = {"completed_by", "last_completed", "notes", "spread", "rows"};
const std::vector<std::string> k_row_keys = {"score",        "evidence", "indicator_seen",
                                             "warning_seen", "spread",   "seen_by"};
const std::vector<std::string> k_spread_keys = {"min", "max", "count"};
const std::vector<std::string> k_row_spread_keys = {"min", "max", "count", "not_applicable"};
const std::vector<std::string> k_seen_by_keys = {"indicator", "warning"};

class AssessmentReader {
 public:
  AssessmentReader(const std::string& source, const model::FrameworkCatalog& catalog)
      : m_reader(source), m_catalog(catalog) {
    m_assessment.source = source;
  }

  util::Result<LoadedAssessment> read(const Node& root) {
    if (root.is_null()) {
      m_reader.error({0, 0}, "the file is empty; create an assessment with 'coprod init'");
      return m_reader.problems();
    }
    if (!m_reader.expect_mapping(root, "an assessment file")) return m_reader.problems();
    if (is_other_kind_of_file(m_reader, root, k_assessment_format)) return m_reader.problems();
    if (!root.find("format")) {
      m_reader.error(root.position, fmt::format("this is not a coprod assessment: it has no 'format: {}' line; create "
                                                "assessments with 'coprod init'",
                                                k_assessment_format));
      return m_reader.problems();
    }
    m_reader.check_keys(root, k_top_keys, "the assessment", advice_at(root, {AssessmentLevel::top, "", ""}));
    check_format(m_reader, root, k_assessment_format, "the assessment");
    read_framework(root);
    read_identity(root);
    if (const Node* combined = value_given(root, "combined_from")) {
      m_assessment.combined_from = m_reader.integer(*combined, "'combined_from'");
    }
    if (m_framework) {
      if (const Node* sections = root.find("sections")) read_sections(*sections);
      if (m_migration && !m_migration->added_rows().empty()) {
        m_reader.warning(root.find("framework_version")->position,
                         fmt::format("rows added since version {}, not scored in this file: {}",
                                     m_migration->from_version(), util::join(m_migration->added_rows(), ", ")));
      }
    }
    m_assessment.reflections = read_reflections(m_reader, root);
    if (m_reader.failed()) return m_reader.problems();
    return LoadedAssessment{std::move(m_assessment), m_framework, std::move(m_reader.problems())};
  }

 private:
  void read_framework(const Node& root) {
    auto reference = read_framework_reference(m_reader, root, m_catalog, "the assessment");
    m_assessment.framework_id = reference.id;
    m_assessment.framework_version = reference.framework ? reference.framework->version : reference.version;
    m_framework = reference.framework;
    m_migration = std::move(reference.migration);
    if (m_migration) {
      std::string message = fmt::format("this file is for version {} of the framework '{}'; read with version {}",
                                        m_migration->from_version(), reference.id, m_migration->to_version());
      for (const auto& note : m_migration->notes()) message += " (" + note + ")";
      m_reader.warning(root.find("framework_version")->position, message);
    }
  }

  // The section's id, and the row's, in the framework being read with.
  std::string current_section(const std::string& id) const { return m_migration ? m_migration->section(id) : id; }

  void read_identity(const Node& root) {
    m_assessment.area = m_reader.required_text(root, "area", "the assessment").value_or("");
    if (const auto perspective = m_reader.required_text(root, "perspective", "the assessment")) {
      if (const auto parsed = model::parse_perspective(*perspective)) {
        m_assessment.perspective = *parsed;
      } else {
        m_reader.error(root.find("perspective")->position, fmt::format("unknown perspective '{}'; {}", *perspective,
                                                                       model::perspective_advice(*perspective)));
      }
    }
    if (const auto period = read_period(m_reader, root, "the assessment")) {
      m_assessment.period = *period;
      m_assessment.period_position = root.find("period")->position;
    }
  }

  void read_sections(const Node& node) {
    if (node.is_null()) return;
    if (!m_reader.expect_mapping(node, "'sections'")) return;
    for (const auto& entry : node.entries) {
      const FrameworkSection* section = m_framework->find_section(current_section(entry.key.text));
      if (!section) {
        report_unknown_id(node, entry, "section", ids_of(m_framework->sections),
                          fmt::format("the framework '{}'", m_framework->id), {AssessmentLevel::sections, "", ""});
        continue;
      }
      m_assessment.sections.push_back(read_section(*section, entry));
    }
  }

  SectionResponse read_section(const FrameworkSection& section, const Entry& entry) {
    SectionResponse response;
    response.section_id = section.id;
    response.position = entry.key.position;
    const Node& node = entry.value;
    if (node.is_null()) return response;
    const std::string where = fmt::format("the section '{}'", section.id);
    if (!m_reader.expect_mapping(node, where)) return response;
    m_reader.check_keys(node, k_section_keys, where, advice_at(node, {AssessmentLevel::section, "", section.id}));
    response.completed_by = m_reader.text(node, "completed_by", fmt::format("'completed_by' of {}", where));
    if (const Node* date = node.find("last_completed")) {
      response.last_completed = read_date(m_reader, *date, "'last_completed'");
      response.last_completed_position = date->position;
    }
    response.notes = m_reader.text(node, "notes", fmt::format("the notes of {}", where));
    if (const Node* spread = value_given(node, "spread")) {
      response.spread = read_spread(
          *spread, where, &model::SectionSpread::min_tenths, &model::SectionSpread::max_tenths,
          [&](const Node& bound, const std::string& what) { return read_average(bound, what).value_or(0); });
    }
    if (const Node* rows = node.find("rows");
        rows && !rows->is_null() && m_reader.expect_mapping(*rows, fmt::format("'rows' in {}", where))) {
      for (const auto& row : rows->entries) {
        const auto row_id = current_row(entry.key.text, section, row.key);
        if (!row_id) continue;
        if (!section.find_row(*row_id)) {
          report_unknown_id(*rows, row, "row", ids_of(section.rows), where, {AssessmentLevel::rows, "", section.id});
          continue;
        }
        response.rows.push_back(read_row(section, row));
        response.rows.back().row_id = *row_id;
      }
    }
    return response;
  }

  // A row's id in the current framework version; nullopt (with a warning) when retired.
  std::optional<std::string> current_row(const std::string& old_section, const FrameworkSection& section,
                                         const Node& key) {
    if (!m_migration) return key.text;
    const std::string old_reference = old_section + "." + key.text;
    const auto reference = m_migration->row(old_reference);
    if (!reference) {
      m_reader.warning(key.position, fmt::format("the row '{}' was retired in a later version of the framework; its "
                                                 "score is left out",
                                                 old_reference));
      return std::nullopt;
    }
    const auto dot = reference->find('.');
    if (reference->substr(0, dot) != section.id) {
      m_reader.warning(key.position,
                       fmt::format("the row '{}' moved to '{}'; move it in the file", old_reference, *reference));
      return std::nullopt;
    }
    if (*reference != section.id + "." + key.text) {
      m_reader.warning(key.position, fmt::format("the row '{}' is now '{}'", old_reference, *reference));
    }
    return reference->substr(dot + 1);
  }

  RowResponse read_row(const FrameworkSection& section, const Entry& entry) {
    RowResponse row;
    row.row_id = entry.key.text;
    row.position = entry.key.position;
    row.score_position = entry.key.position;
    const Node& node = entry.value;
    if (node.is_null()) return row;
    const std::string where = fmt::format("the row '{}.{}'", section.id, row.row_id);
    if (!m_reader.expect_mapping(node, where)) return row;
    m_reader.check_keys(node, k_row_keys, where, advice_at(node, {AssessmentLevel::row, "", section.id}));
    if (const Node* score = node.find("score")) {
      row.score_position = score->position;
      row.score = read_score(*score, where);
    }
    row.evidence = m_reader.text(node, "evidence", fmt::format("the evidence of {}", where));
    if (const Node* seen = value_given(node, "indicator_seen")) {
      row.indicator_seen = m_reader.boolean(*seen, fmt::format("'indicator_seen' of {}", where));
    }
    if (const Node* seen = value_given(node, "warning_seen")) {
      row.warning_seen = m_reader.boolean(*seen, fmt::format("'warning_seen' of {}", where));
    }
    if (const Node* spread = value_given(node, "spread")) {
      row.spread = read_spread(*spread, where, &model::ScoreSpread::min, &model::ScoreSpread::max,
                               [&](const Node& bound, const std::string&) { return read_score(bound, where); });
    }
    if (const Node* seen_by = value_given(node, "seen_by")) {
      const std::string what = fmt::format("'seen_by' of {}", where);
      if (!m_reader.expect_mapping(*seen_by, what)) return row;
      m_reader.check_keys(*seen_by, k_seen_by_keys, what);
      row.indicator_seen_by = read_seen_count(*seen_by, "indicator", what);
      row.warning_seen_by = read_seen_count(*seen_by, "warning", what);
    }
    return row;
  }

  // "1 of 3", written by 'coprod combine': how many people see the sign, of how many answered.
  std::optional<model::SeenCount> read_seen_count(const Node& seen_by, std::string_view key, const std::string& what) {
    const Node* given = value_given(seen_by, key);
    if (!given) return std::nullopt;
    auto count = model::parse_seen_count(given->text);
    if (!count || !given->is_scalar())
      m_reader.error(given->position, fmt::format("'{}' in {} should say how many people see it of how many "
                                                  "answered, such as '1 of 3'",
                                                  key, what));
    return count;
  }

  // {min: 2, max: 4, count: 5}, written by 'coprod combine': the lowest and
  // highest of people's scores for a row, or of their section averages for a
  // section ({min: 2.3, ...}). `read_bound` reads min and max into those fields.
  template <typename Spread, typename Bound, typename ReadBound>
  std::optional<Spread> read_spread(const Node& node, const std::string& where, Bound Spread::*min, Bound Spread::*max,
                                    ReadBound read_bound) {
    const std::string what = fmt::format("the spread of {}", where);
    if (!m_reader.expect_mapping(node, what)) return std::nullopt;
    constexpr bool is_row = std::is_same_v<Spread, model::ScoreSpread>;
    m_reader.check_keys(node, is_row ? k_row_spread_keys : k_spread_keys, what);
    Spread spread;
    if (const Node* bound = m_reader.require(node, "min", what)) spread.*min = read_bound(*bound, what);
    if (const Node* bound = m_reader.require(node, "max", what)) spread.*max = read_bound(*bound, what);
    spread.count = m_reader.required_integer(node, "count", what).value_or(0);
    if constexpr (is_row) {
      if (const Node* said = value_given(node, "not_applicable"))
        spread.not_applicable = m_reader.integer(*said, fmt::format("'not_applicable' in {}", what)).value_or(0);
    }
    return spread;
  }

  // An average with at most one decimal place, within the scale, in tenths.
  std::optional<int> read_average(const Node& node, const std::string& what) {
    const auto& scale = m_framework->scale;
    const std::string& text = node.text;
    const auto point = text.find('.');
    const std::string whole = text.substr(0, point);
    const std::string tenth = point == std::string::npos ? "0" : text.substr(point + 1);
    const auto digits = [](const std::string& s) {
      return !s.empty() && s.size() <= 3 && s.find_first_not_of("0123456789") == std::string::npos;
    };
    if (node.is_scalar() && !node.quoted() && digits(whole) && digits(tenth) && tenth.size() == 1) {
      const int tenths = std::stoi(whole) * 10 + std::stoi(tenth);
      if (tenths >= scale.min * 10 && tenths <= scale.max * 10) return tenths;
    }
    m_reader.error(node.position, fmt::format("{} should be an average from {} to {} with at most one decimal place, "
                                              "such as 2.5; it is '{}'",
                                              what, scale.min, scale.max, text));
    return std::nullopt;
  }

  model::Score read_score(const Node& node, const std::string& where) {
    if (node.is_null()) return model::Score::not_scored();
    if (!node.is_scalar()) {
      m_reader.error(node.position, fmt::format("the score of {} should be a number, but it is {}; write {}", where,
                                                describe_kind(node), model::describe_scale(m_framework->scale)));
      return model::Score::not_scored();
    }
    if (node.quoted() && node.text != model::k_not_applicable) {
      m_reader.error(node.position, fmt::format("the score of {} is in quotes; write it without quotes, as {}", where,
                                                model::describe_scale(m_framework->scale)));
      return model::Score::not_scored();
    }
    auto parsed = model::parse_score(node.text, m_framework->scale);
    if (auto* problem = std::get_if<std::string>(&parsed)) {
      m_reader.error(node.position, fmt::format("the score of {}: {}", where, *problem));
      return model::Score::not_scored();
    }
    return std::get<model::Score>(parsed);
  }

  // An unknown section or row id, the entry `entry` of `mapping`: a field of
  // a section or row out of place is said so (misplaced_field.hpp), any other
  // id with the closest known one or the list of them.
  void report_unknown_id(const Node& mapping, const Entry& entry, std::string_view kind,
                         const std::vector<std::string>& known, const std::string& where, const KeyPlace& place) {
    const std::size_t index = static_cast<std::size_t>(&entry - mapping.entries.data());
    m_reader.unknown(entry.key.position, kind, entry.key.text, known, where,
                     fmt::format("the {}s are {}", kind, util::join_in_words(known, "or")),
                     advice_at(mapping, place)(index));
  }

  // What to say of a key of `mapping`, at `place`, that is a section's or a
  // row's field out of place; the key before it is taken from `mapping`.
  static Reader::KeyAdvice advice_at(const Node& mapping, KeyPlace place) {
    return [&mapping, place](std::size_t index) mutable {
      place.key_before = index > 0 ? mapping.entries[index - 1].key.text : "";
      return misplaced_field_advice(mapping.entries[index].key.text, place);
    };
  }

  // The ids of a framework's sections, or of a section's rows.
  template <typename Parts>
  static std::vector<std::string> ids_of(const Parts& parts) {
    std::vector<std::string> ids;
    for (const auto& part : parts) ids.push_back(part.id);
    return ids;
  }

  Reader m_reader;
  const model::FrameworkCatalog& m_catalog;
  std::shared_ptr<const Framework> m_framework;
  std::optional<model::FrameworkMigration> m_migration;
  Assessment m_assessment;
};

}  // namespace

util::Result<LoadedAssessment> load_assessment(std::string_view text, const std::string& source,
                                               const model::FrameworkCatalog& catalog) {
  auto document = parse_document(text, source);
  if (!document) return document.problems();
  return AssessmentReader(source, catalog).read(*document);
}

util::Result<LoadedAssessment> load_assessment(const Node& root, const std::string& source,
                                               const model::FrameworkCatalog& catalog) {
  return AssessmentReader(source, catalog).read(root);
}

std::shared_ptr<const model::Framework> assessment_framework(const Node& root, const model::FrameworkCatalog& catalog) {
  const Node* format = root.is_mapping() ? root.find("format") : nullptr;
  if (!format || format->text != k_assessment_format) return nullptr;
  Reader unused_problems("");
  return read_framework_reference(unused_problems, root, catalog, "the assessment").framework;
}

}  // namespace coprod::yaml
