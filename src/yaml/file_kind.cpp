#include "yaml/file_kind.hpp"

#include <fmt/format.h>

namespace coprod::yaml {

namespace {

struct FileKind {
  std::string_view format_prefix;
  std::string_view name;
  std::string_view where_it_goes;
};

constexpr FileKind k_kinds[] = {
    {"coprod-assessment/", "an assessment", "give it as one of the assessment files"},
    {"coprod-plan/", "an action plan", k_where_plans_go},
    {"coprod-framework/", "a framework file", "give it with --framework"},
};

}  // namespace

bool is_other_kind_of_file(Reader& reader, const Node& root, std::string_view expected) {
  const Node* format = root.is_mapping() ? root.find("format") : nullptr;
  if (!format || !format->is_scalar()) return false;
  const FileKind* wanted = nullptr;
  const FileKind* found = nullptr;
  for (const auto& kind : k_kinds) {
    if (expected.starts_with(kind.format_prefix)) wanted = &kind;
    if (std::string_view(format->text).starts_with(kind.format_prefix)) found = &kind;
  }
  if (!wanted || !found || wanted == found) return false;
  reader.error(format->position, fmt::format("this is {} (format: {}), not {}; {}", found->name, format->text,
                                             wanted->name, found->where_it_goes));
  return true;
}

}  // namespace coprod::yaml
