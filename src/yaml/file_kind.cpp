#include "yaml/file_kind.hpp"

#include <fmt/format.h>

namespace coprod::yaml {

namespace {

constexpr FileKind k_kinds[] = {
    {"coprod-assessment/", "an assessment", "give it as one of the assessment files",
     "unknown format '{}'; a coprod assessment starts with 'format: {}'"},
    {"coprod-plan/", "an action plan", k_where_plans_go,
     "this is not a coprod plan (format '{}'); a plan starts with 'format: {}'"},
    {"coprod-framework/", "a framework file", "give it with --framework",
     "this is not a coprod framework file (format '{}'); the first line should be 'format: {}'"},
};

const FileKind* kind_of_format(std::string_view format) {
  for (const auto& kind : k_kinds) {
    if (format.starts_with(kind.format_prefix)) return &kind;
  }
  return nullptr;
}

}  // namespace

const FileKind* kind_of_file(const Node& root) {
  const Node* format = root.is_mapping() ? root.find("format") : nullptr;
  return format && format->is_scalar() ? kind_of_format(format->text) : nullptr;
}

bool is_other_kind_of_file(Reader& reader, const Node& root, std::string_view expected) {
  const FileKind* wanted = kind_of_format(expected);
  const FileKind* found = kind_of_file(root);
  if (!wanted || !found || wanted == found) return false;
  const Node& format = *root.find("format");
  reader.error(format.position, fmt::format("this is {} (format: {}), not {}; {}", found->name, format.text,
                                            wanted->name, found->where_it_goes));
  return true;
}

void check_format(Reader& reader, const Node& root, std::string_view expected, std::string_view where) {
  const auto format = reader.required_text(root, "format", where);
  if (format && *format != expected) {
    reader.error(root.find("format")->position,
                 fmt::format(fmt::runtime(kind_of_format(expected)->wrong_format), *format, expected));
  }
}

}  // namespace coprod::yaml
