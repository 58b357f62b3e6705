#include "yaml/common_fields.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::yaml {

std::optional<model::Date> read_date(Reader& reader, const Node& node, std::string_view what) {
  const auto text = reader.text(node, what);
  if (!text) return std::nullopt;
  if (auto date = model::Date::parse(*text)) return date;
  const std::string wrong = model::Date::what_is_wrong(*text);
  reader.error(node.position, wrong.empty() ? fmt::format("'{}' is not a date; write the date as YYYY-MM-DD, such "
                                                          "as 2026-09-30",
                                                          *text)
                                            : fmt::format("'{}' is not a date: {}", *text, wrong));
  return std::nullopt;
}

model::Reflections read_reflections(Reader& reader, const Node& root) {
  model::Reflections reflections;
  const Node* node = root.find("reflections");
  if (!node || node->is_null() || !reader.expect_mapping(*node, "'reflections'")) return reflections;
  reader.check_keys(*node, model::k_reflection_keys, "'reflections'");
  reflections.surprising = reader.text(*node, "surprising", "'surprising'");
  reflections.challenging = reader.text(*node, "challenging", "'challenging'");
  reflections.learnt = reader.text(*node, "learnt", "'learnt'");
  reflections.priorities = reader.text(*node, "priorities", "'priorities'");
  return reflections;
}

FrameworkReference read_framework_reference(Reader& reader, const Node& root, const model::FrameworkCatalog& catalog,
                                            std::string_view where) {
  FrameworkReference reference;
  const auto id = reader.required_text(root, "framework", where);
  const auto version = reader.required_integer(root, "framework_version", where);
  if (!id || !version) return reference;
  reference.id = *id;
  reference.version = *version;
  reference.framework = catalog.find(*id, *version);
  if (reference.framework) return reference;
  if (auto latest = catalog.find_latest(*id)) {
    if (auto migration = model::FrameworkMigration::between(*latest, *version)) {
      reference.framework = latest;
      reference.migration = std::move(migration);
      return reference;
    }
    reader.error(root.find("framework_version")->position,
                 fmt::format("the framework '{}' has no version {} here (this coprod knows version {}); check "
                             "'framework_version', or pass that framework's file with --framework",
                             *id, *version, latest->version));
  } else {
    reader.error(root.find("framework")->position,
                 fmt::format("unknown framework '{}'; the frameworks known here are {}; pass your own framework's "
                             "file with --framework",
                             *id, util::join_in_words(catalog.ids())));
  }
  return reference;
}

std::optional<model::Period> read_period(Reader& reader, const Node& root, std::string_view where) {
  const auto period = reader.required_text(root, "period", where);
  if (!period) return std::nullopt;
  if (auto parsed = model::Period::parse(*period)) return parsed;
  reader.error(root.find("period")->position,
               fmt::format("'{}' is not a review period; {}", *period, model::what_to_write_for_period(*period)));
  return std::nullopt;
}

}  // namespace coprod::yaml
