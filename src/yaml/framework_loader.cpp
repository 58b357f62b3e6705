#include "yaml/framework_loader.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "model/section_keys.hpp"
#include "model/valid_id.hpp"
#include "yaml/document.hpp"
#include "yaml/file_kind.hpp"
#include "yaml/reader.hpp"

namespace coprod::yaml {

namespace {

using model::Framework;
using model::FrameworkRow;
using model::FrameworkSection;
using model::RichText;

constexpr std::string_view k_framework_format = "coprod-framework/1";

class FrameworkReader {
 public:
  explicit FrameworkReader(const std::string& source) : m_reader(source) {}

  util::Result<Framework> read(const Node& root) {
    if (!m_reader.expect_mapping(root, "the framework file")) return m_reader.problems();
    if (is_other_kind_of_file(m_reader, root, k_framework_format)) return m_reader.problems();
    m_reader.check_keys(root,
                        {"format", "id", "version", "title", "source", "description", "tool_name", "separate_views",
                         "guide_advice", "glossary", "scale", "levels", "sections", "changes"},
                        "the framework file");
    read_header(root);
    if (const Node* scale = root.find("scale")) read_scale(*scale);
    if (const Node* levels = value_given(root, "levels"))
      m_framework.levels = read_text_pairs<model::Level>(*levels, "'levels'", "a level", "id", "title");
    if (const Node* glossary = root.find("glossary"))
      m_framework.glossary =
          read_text_pairs<model::GlossaryEntry>(*glossary, "'glossary'", "a glossary entry", "term", "meaning");
    if (const Node* sections = m_reader.require(root, "sections", "the framework file")) read_sections(*sections);
    if (const Node* changes = value_given(root, "changes")) read_changes(*changes);
    if (m_reader.failed()) return m_reader.problems();
    return std::move(m_framework);
  }

 private:
  void read_header(const Node& root) {
    check_format(m_reader, root, k_framework_format, "the framework file");
    m_framework.id = read_id(root, "the framework file", "framework id");
    if (auto version = m_reader.required_integer(root, "version", "the framework file")) m_framework.version = *version;
    m_framework.title = m_reader.required_text(root, "title", "the framework file").value_or("");
    m_framework.source = m_reader.text(root, "source", "'source'").value_or("");
    m_framework.description = m_reader.text(root, "description", "'description'").value_or("");
    m_framework.tool_name = m_reader.text(root, "tool_name", "'tool_name'").value_or("");
    if (const Node* separate = root.find("separate_views"))
      m_framework.separate_views = m_reader.boolean(*separate, "'separate_views'").value_or(false);
    if (const Node* advice = root.find("guide_advice")) read_guide_advice(*advice);
  }

  // guide_advice: [differences, evidence, reflections], each the name of advice the guide gives.
  void read_guide_advice(const Node& node) {
    if (node.is_null() || !m_reader.expect_sequence(node, "'guide_advice'")) return;
    model::GuideAdvice& advice = m_framework.guide_advice;
    const std::vector<std::pair<std::string, bool*>> names = {
        {"differences", &advice.differences}, {"evidence", &advice.evidence}, {"reflections", &advice.reflections}};
    for (const auto& item : node.items) {
      const auto name = m_reader.text(item, "an item of 'guide_advice'");
      if (!name) continue;
      const auto known = std::find_if(names.begin(), names.end(), [&](const auto& n) { return n.first == *name; });
      if (known != names.end()) *known->second = true;
      else
        m_reader.unknown(item.position, "advice", *name, {"differences", "evidence", "reflections"}, "'guide_advice'",
                         "name only 'differences', 'evidence' or 'reflections', and only those the guide gives");
    }
  }

  void read_scale(const Node& node) {
    if (!m_reader.expect_mapping(node, "'scale'")) return;
    m_reader.check_keys(node, {"min", "max", "half_points"}, "'scale'");
    m_framework.scale.min = m_reader.required_integer(node, "min", "'scale'").value_or(0);
    m_framework.scale.max = m_reader.required_integer(node, "max", "'scale'").value_or(5);
    if (const Node* half = node.find("half_points")) {
      m_framework.scale.half_points = m_reader.boolean(*half, "'half_points'").value_or(false);
    }
    if (m_framework.scale.max <= m_framework.scale.min || m_framework.scale.max > 100) {
      m_reader.error(node.position, "the scale needs a 'max' above 'min', and at most 100");
    }
  }

  // changes: [{version: 2, renamed_rows: {old: new}, added_rows: [...], retired_rows: [...], note: ...}]
  void read_changes(const Node& node) {
    if (!m_reader.expect_sequence(node, "'changes'")) return;
    for (const auto& item : node.items) {
      if (!m_reader.expect_mapping(item, "a change")) continue;
      m_reader.check_keys(item, {"version", "renamed_sections", "renamed_rows", "added_rows", "retired_rows", "note"},
                          "a change");
      model::FrameworkChange change;
      change.version = m_reader.required_integer(item, "version", "a change").value_or(2);
      if (change.version < 2 || change.version > m_framework.version) {
        m_reader.error(item.position,
                       fmt::format("a change must lead to a version from 2 to {} (this framework's version)",
                                   m_framework.version));
      }
      if (const Node* renamed = item.find("renamed_sections"))
        change.renamed_sections = read_renames(*renamed, "'renamed_sections'");
      if (const Node* renamed = item.find("renamed_rows"))
        change.renamed_rows = read_renames(*renamed, "'renamed_rows'");
      if (const Node* added = item.find("added_rows")) change.added_rows = m_reader.texts(*added, "'added_rows'");
      if (const Node* retired = item.find("retired_rows"))
        change.retired_rows = m_reader.texts(*retired, "'retired_rows'");
      change.note = m_reader.text(item, "note", "'note'").value_or("");
      m_framework.changes.push_back(std::move(change));
    }
  }

  std::vector<std::pair<std::string, std::string>> read_renames(const Node& node, std::string_view what) {
    std::vector<std::pair<std::string, std::string>> renames;
    if (node.is_null() || !m_reader.expect_mapping(node, what)) return renames;
    for (const auto& entry : node.entries)
      renames.emplace_back(entry.key.text, m_reader.text(entry.value, what).value_or(""));
    return renames;
  }

  // A list of mappings of two texts, both required: 'levels' (id and title), 'glossary' (term and meaning).
  template <typename Item>
  std::vector<Item> read_text_pairs(const Node& node, std::string_view what, std::string_view item_what,
                                    const std::string& first, const std::string& second) {
    std::vector<Item> items;
    if (!m_reader.expect_sequence(node, what)) return items;
    for (const auto& item : node.items) {
      if (!m_reader.expect_mapping(item, item_what)) continue;
      m_reader.check_keys(item, {first, second}, item_what);
      items.push_back({m_reader.required_text(item, first, item_what).value_or(""),
                       m_reader.required_text(item, second, item_what).value_or("")});
    }
    return items;
  }

  void read_sections(const Node& node) {
    if (!m_reader.expect_sequence(node, "'sections'")) return;
    if (node.items.empty())
      m_reader.error(node.position, "'sections' is empty; a framework needs at least one section");
    std::set<std::string> ids;
    for (const auto& item : node.items) {
      FrameworkSection section = read_section(item);
      if (!section.id.empty() && !ids.insert(section.id).second) {
        m_reader.error(item.position, fmt::format("the section id '{}' is used twice; ids must be unique", section.id));
      }
      m_framework.sections.push_back(std::move(section));
    }
    model::assign_section_keys(m_framework.sections);
  }

  FrameworkSection read_section(const Node& node) {
    FrameworkSection section;
    if (!m_reader.expect_mapping(node, "a section")) return section;
    m_reader.check_keys(
        node, {"id", "number", "title", "aim", "what_will_be_different", "rows", "needs", "bear_in_mind", "top_tips"},
        "a section");
    section.id = read_id(node, "a section", "section id");
    const std::string where = fmt::format("the section '{}'", section.id);
    if (const Node* number = value_given(node, "number")) section.number = m_reader.integer(*number, "'number'");
    section.title = m_reader.required_text(node, "title", where).value_or("");
    if (const Node* aim = node.find("aim")) section.aim = read_rich_text(*aim, "'aim'");
    section.what_will_be_different =
        m_reader.text(node, "what_will_be_different", "'what_will_be_different'").value_or("");
    if (const Node* rows = m_reader.require(node, "rows", where)) section.rows = read_rows(*rows, where);
    if (const Node* needs = node.find("needs")) section.needs = read_needs(*needs);
    if (const Node* tips = node.find("bear_in_mind")) section.bear_in_mind = read_rich_list(*tips, "'bear_in_mind'");
    if (const Node* tips = node.find("top_tips")) section.top_tips = read_rich_list(*tips, "'top_tips'");
    return section;
  }

  std::vector<FrameworkRow> read_rows(const Node& node, const std::string& where) {
    std::vector<FrameworkRow> rows;
    if (!m_reader.expect_sequence(node, fmt::format("'rows' in {}", where))) return rows;
    if (node.items.empty()) m_reader.error(node.position, fmt::format("{} has no rows; add at least one", where));
    std::set<std::string> ids;
    for (const auto& item : node.items) {
      if (!m_reader.expect_mapping(item, "a row")) continue;
      m_reader.check_keys(item, {"id", "indicator", "warning"}, "a row");
      FrameworkRow row;
      row.id = read_id(item, "a row", "row id");
      if (!row.id.empty() && !ids.insert(row.id).second) {
        m_reader.error(item.position, fmt::format("the row id '{}' is used twice in {}", row.id, where));
      }
      if (const Node* indicator = item.find("indicator")) row.indicator = read_rich_text(*indicator, "'indicator'");
      if (const Node* warning = item.find("warning")) row.warning = read_rich_text(*warning, "'warning'");
      if (!row.indicator && !row.warning) {
        m_reader.error(item.position, fmt::format("the row '{}' has neither an 'indicator' nor a 'warning'", row.id));
      }
      rows.push_back(std::move(row));
    }
    return rows;
  }

  std::vector<model::LevelNeeds> read_needs(const Node& node) {
    std::vector<model::LevelNeeds> needs;
    if (!m_reader.expect_mapping(node, "'needs'")) return needs;
    std::vector<std::string> level_ids;
    for (const auto& level : m_framework.levels) level_ids.push_back(level.id);
    m_reader.check_keys(node, level_ids, "'needs' (its keys are the framework's level ids)");
    for (const auto& entry : node.entries) {
      model::LevelNeeds level{entry.key.text, {}};
      for (const auto& paragraph : read_rich_list(entry.value, "a level's needs"))
        level.paragraphs.push_back(paragraph.text);
      needs.push_back(std::move(level));
    }
    return needs;
  }

  std::vector<RichText> read_rich_list(const Node& node, std::string_view what) {
    std::vector<RichText> items;
    if (!m_reader.expect_sequence(node, what)) return items;
    for (const auto& item : node.items) items.push_back(read_rich_text(item, what));
    return items;
  }

  // Either plain text, or {text, bullets}.
  RichText read_rich_text(const Node& node, std::string_view what) {
    RichText rich;
    if (node.is_mapping()) {
      m_reader.check_keys(node, {"text", "bullets"}, what);
      rich.text = m_reader.required_text(node, "text", what).value_or("");
      if (const Node* bullets = node.find("bullets"); bullets && m_reader.expect_sequence(*bullets, "'bullets'")) {
        for (const auto& bullet : bullets->items)
          rich.bullets.push_back(m_reader.text(bullet, "a bullet").value_or(""));
      }
      return rich;
    }
    if (auto text = m_reader.text(node, what); text && !text->empty()) {
      rich.text = *text;
    } else {
      m_reader.error(node.position, fmt::format("{} is empty; fill it in or remove it", what));
    }
    return rich;
  }

  // The required 'id' of `mapping` ("" when it has none), checked to be a valid id.
  std::string read_id(const Node& mapping, std::string_view where, std::string_view what) {
    const auto id = m_reader.required_text(mapping, "id", where);
    if (id && !model::is_valid_id(*id)) {
      m_reader.error(mapping.find("id")->position, fmt::format("the {} '{}' should use only lowercase letters, digits "
                                                               "and hyphens, such as 'senior-leaders'",
                                                               what, *id));
    }
    return id.value_or("");
  }

  Reader m_reader;
  Framework m_framework;
};

}  // namespace

util::Result<Framework> load_framework(std::string_view text, const std::string& source) {
  auto document = parse_document(text, source);
  if (!document) return document.problems();
  return FrameworkReader(source).read(*document);
}

}  // namespace coprod::yaml
