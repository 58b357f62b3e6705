#include "yaml/plan_loader.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "model/framework_migration.hpp"
#include "model/valid_id.hpp"
#include "util/text.hpp"
#include "yaml/common_fields.hpp"
#include "yaml/document.hpp"
#include "yaml/file_kind.hpp"
#include "yaml/reader.hpp"

namespace coprod::yaml {

namespace {

const std::vector<std::string> k_plan_keys = {"format",      "framework",   "framework_version", "area",   "period",
                                              "assessments", "reflections", "asks_of_the_board", "actions"};

class PlanReader {
 public:
  PlanReader(const std::string& source, const model::FrameworkCatalog& catalog) : m_reader(source), m_catalog(catalog) {
    m_plan.source = source;
  }

  util::Result<LoadedPlan> read(const Node& root) {
    if (root.is_null()) {
      m_reader.error({0, 0}, "the plan file is empty; create one with 'coprod plan --write'");
      return m_reader.problems();
    }
    if (!m_reader.expect_mapping(root, "a plan file")) return m_reader.problems();
    if (is_other_kind_of_file(m_reader, root, k_plan_format)) return m_reader.problems();
    m_reader.check_keys(root, k_plan_keys, "the plan");
    check_format(m_reader, root, k_plan_format, "the plan");
    auto reference = read_framework_reference(m_reader, root, m_catalog, "the plan");
    m_plan.framework_id = reference.id;
    m_plan.framework_version = reference.version;
    m_framework = reference.framework;
    m_migration = std::move(reference.migration);
    if (const Node* version = root.find("framework_version")) m_version_position = version->position;
    m_plan.area = m_reader.required_text(root, "area", "the plan").value_or("");
    if (const auto period = read_period(m_reader, root, "the plan")) m_plan.period = *period;
    if (const Node* files = root.find("assessments")) m_plan.assessments = m_reader.texts(*files, "'assessments'");
    m_plan.reflections = read_reflections(m_reader, root);
    if (const Node* asks = root.find("asks_of_the_board")) read_asks_of_the_board(*asks);
    if (const Node* actions = value_given(root, "actions"); actions && m_framework) read_actions(*actions);
    if (m_reader.failed()) return m_reader.problems();
    return LoadedPlan{std::move(m_plan), m_framework};
  }

 private:
  // 'asks_of_the_board': a list of short texts, none of them empty.
  void read_asks_of_the_board(const Node& node) {
    if (node.is_null()) return;
    if (!node.is_sequence()) {
      m_reader.error(node.position, std::string(k_asks_of_the_board_shape));
      return;
    }
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      const Node& item = node.items[i];
      const std::string what = fmt::format("ask {} of the board", i + 1);
      const auto text = item.is_null() ? std::optional<std::string>("") : m_reader.text(item, what);
      if (!text) continue;
      if (util::trim(*text).empty()) {
        m_reader.error(item.position, fmt::format("{} is empty; write what the board is asked to do, such as \"Agree "
                                                  "to fund travel for peer network members\", or take the line out",
                                                  what));
        continue;
      }
      m_plan.asks_of_the_board.push_back(*text);
    }
  }

  void read_actions(const Node& node) {
    if (!m_reader.expect_sequence(node, "'actions'")) return;
    for (const auto& section : m_framework->sections) {
      m_section_ids.push_back(section.id);
      for (const auto& row : section.rows) m_row_references.push_back(section.id + "." + row.id);
    }
    std::set<std::string> ids;
    for (const auto& item : node.items) {
      model::Action action = read_action(item);
      if (!action.id.empty() && !ids.insert(action.id).second) {
        m_reader.error(item.position,
                       fmt::format("the action id '{}' is used twice; give each action its own id", action.id));
      }
      m_plan.actions.push_back(std::move(action));
    }
  }

  model::Action read_action(const Node& node) {
    model::Action action;
    action.position = node.position;
    if (!m_reader.expect_mapping(node, "an action")) return action;
    m_reader.check_keys(node, model::k_action_keys, "an action");
    if (auto id = m_reader.required_text(node, "id", "an action")) {
      if (!model::is_valid_id(*id)) {
        m_reader.error(node.find("id")->position,
                       fmt::format("the action id '{}' should use only lowercase letters, digits and hyphens, such as "
                                   "'commitment-1'",
                                   *id));
      }
      action.id = *id;
    }
    const std::string where = fmt::format("the action '{}'", action.id);
    action.what = m_reader.text(node, "what", fmt::format("'what' of {}", where)).value_or("");
    if (const Node* sections = node.find("sections"))
      action.sections = read_ids(*sections, "section", m_section_ids, where);
    if (const Node* rows = node.find("rows")) action.rows = read_ids(*rows, "row", m_row_references, where);
    action.owner = m_reader.text(node, "owner", fmt::format("'owner' of {}", where));
    if (const Node* due = node.find("due")) action.due = read_date(m_reader, *due, "'due'");
    if (const Node* status = value_given(node, "status")) action.status = read_status(*status, where);
    if (const Node* target = value_given(node, "target")) action.target = read_target(*target, where);
    action.notes = m_reader.text(node, "notes", fmt::format("'notes' of {}", where));
    if (const Node* carried = value_given(node, "carried_from"))
      action.carried_from = read_carried_from(*carried, where);
    return action;
  }

  // The ids in `node` (an action's 'sections' or 'rows'), each checked to be one of `known`.
  std::vector<std::string> read_ids(const Node& node, std::string_view kind, const std::vector<std::string>& known,
                                    const std::string& where) {
    auto ids = m_reader.texts(node, fmt::format("'{}s' of {}", kind, where));
    for (const auto& id : ids) {
      if (std::find(known.begin(), known.end(), id) != known.end()) continue;
      const auto item = std::find_if(node.items.begin(), node.items.end(), [&](const Node& i) { return i.text == id; });
      const util::Position position = item == node.items.end() ? node.position : item->position;
      if (m_migration && done_since(kind, id)) m_reader.error(position, unknown_since_version(kind, id, where));
      else  // a typo, or an id no version had: the earlier version's file would not help
        m_reader.unknown(position, kind, id, known, where,
                         fmt::format("run 'coprod frameworks {}' for the ids", m_framework->id));
    }
    return ids;
  }

  // A section or row the loaded version of the framework does not have, in a plan made with an earlier version
  // that is not loaded (read through the changes the later one records): which version the plan was made with and
  // where it says so, what the later version did with the id, and to give the earlier version's file too.
  std::string unknown_since_version(std::string_view kind, const std::string& id, const std::string& where) const {
    const int made_with = m_migration->from_version();
    const int loaded = m_migration->to_version();
    return fmt::format(
        "unknown {} '{}' in {}: this plan was made with version {} of the framework '{}' "
        "('framework_version: {}' on line {}), and only version {} is loaded, which {}; give version "
        "{}'s framework file with --framework as well as version {}'s, so that the plan is read with "
        "the ids it was made with",
        kind, id, where, made_with, m_plan.framework_id, made_with, m_version_position.line, loaded,
        done_since(kind, id).value_or(""), made_with, loaded);
  }

  // What the loaded version did with an earlier version's `id`: "renamed it 'listening.speak-first'", or
  // nothing when its changes do not name the id.
  std::optional<std::string> done_since(std::string_view kind, const std::string& id) const {
    const auto now = kind == "section" ? std::optional(m_migration->section(id)) : m_migration->row(id);
    if (!now) return "retired it";
    if (*now != id) return fmt::format("renamed it '{}'", *now);
    return std::nullopt;
  }

  model::ActionStatus read_status(const Node& node, const std::string& where) {
    const auto text = m_reader.text(node, "'status'");
    if (text) {
      if (auto status = model::parse_action_status(*text)) return *status;
      // "in progress", as the pack prints it: the file keeps the id.
      const auto meant = model::action_status_from_words(*text);
      m_reader.error(node.position, meant ? fmt::format("the status '{}' of {} is written '{}' in the file; write that",
                                                        *text, where, model::action_status_id(*meant))
                                          : fmt::format("the status '{}' of {} is not known; write {}", *text, where,
                                                        model::k_action_status_ids));
    }
    return model::ActionStatus::open;
  }

  std::optional<model::Score> read_target(const Node& node, const std::string& where) {
    const auto text = m_reader.text(node, "'target'");
    if (!text) return std::nullopt;
    auto parsed = model::parse_score(*text, m_framework->scale);
    const auto* score = std::get_if<model::Score>(&parsed);
    if (score && score->is_scored() && !node.quoted()) return *score;
    const char* why = node.quoted() && score ? "is in quotes; write the number without quotes"
                      : score                ? "cannot be n/a; give the section score the area hopes to reach"
                                             : "should be the section score the area hopes to reach, from {} to {}: "
                                               "use a whole or half point, such as 3.5";
    m_reader.error(node.position, fmt::format(fmt::runtime(std::string("the target of {} ") + why), where,
                                              m_framework->scale.min, m_framework->scale.max));
    return std::nullopt;
  }

  // 'carried_from': the period of the earlier plan the action was first agreed in.
  std::optional<model::Period> read_carried_from(const Node& node, const std::string& where) {
    const auto text = m_reader.text(node, "'carried_from'");
    if (!text) return std::nullopt;
    if (auto period = model::Period::parse(*text)) return period;
    m_reader.error(node.position, fmt::format("'carried_from' of {} should be the period of the plan it was carried "
                                              "from, such as 2026-Q3; {}",
                                              where, model::what_to_write_for_period(*text)));
    return std::nullopt;
  }

  Reader m_reader;
  const model::FrameworkCatalog& m_catalog;
  std::shared_ptr<const model::Framework> m_framework;
  // When the plan's version of its framework is not loaded, the changes from it to the loaded one.
  std::optional<model::FrameworkMigration> m_migration;
  util::Position m_version_position;          // of 'framework_version'
  std::vector<std::string> m_section_ids;     // the framework's
  std::vector<std::string> m_row_references;  // the framework's rows, as section.row
  model::Plan m_plan;
};

}  // namespace

util::Result<LoadedPlan> load_plan(std::string_view text, const std::string& source,
                                   const model::FrameworkCatalog& catalog) {
  auto document = parse_document(text, source);
  if (!document) return document.problems();
  return PlanReader(source, catalog).read(*document);
}

util::Result<LoadedPlan> load_plan(const Node& root, const std::string& source,
                                   const model::FrameworkCatalog& catalog) {
  return PlanReader(source, catalog).read(root);
}

}  // namespace coprod::yaml
