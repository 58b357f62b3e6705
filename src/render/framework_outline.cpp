#include "render/framework_outline.hpp"

#include <fmt/format.h>

#include "model/score.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

void wrapped(std::string& out, std::size_t indent, std::string_view label, std::string_view text, std::size_t width) {
  const std::string first = label.empty() ? "" : std::string(label) + " ";
  out += util::wrap_hanging(first + util::terminal_text(text), width, indent, indent + 2);
}

void rich(std::string& out, std::size_t indent, std::string_view label, const model::RichText& text,
          std::size_t width) {
  wrapped(out, indent, label, text.text, width);
  for (const auto& bullet : text.bullets) wrapped(out, indent + 2, "-", bullet, width);
}

}  // namespace

std::string render_framework_outline(const model::Framework& framework, std::size_t width) {
  std::string out;
  wrapped(out, 0, "", framework.title, width);
  wrapped(out, 0, "",
          fmt::format("{}, version {}. Scores from {} to {}{}; n/a where a row does not apply.", framework.id,
                      framework.version, framework.scale.min, framework.scale.max,
                      framework.scale.half_points ? " (half points allowed)" : ""),
          width);
  if (!framework.source.empty()) wrapped(out, 0, "Source:", framework.source, width);
  if (!framework.description.empty()) wrapped(out, 0, "", framework.description, width);
  for (const auto& entry : framework.glossary) wrapped(out, 0, "", entry.term + ": " + entry.meaning + ".", width);
  for (const auto& section : framework.sections) {
    out += '\n';
    wrapped(out, 0, "", fmt::format("{} [{}]", section.label(), section.id), width);
    if (!section.aim.text.empty()) rich(out, 2, "Overall aim:", section.aim, width);
    if (!section.what_will_be_different.empty()) {
      wrapped(out, 2, "What will be different:", section.what_will_be_different, width);
    }
    for (const auto& row : section.rows) {
      out += fmt::format("  {}.{}\n", section.id, row.id);
      if (row.indicator) rich(out, 4, "Early indicator:", *row.indicator, width);
      if (row.warning) rich(out, 4, "Warning sign:", *row.warning, width);
    }
  }
  return out;
}

std::string render_framework_list(const std::vector<std::shared_ptr<const model::Framework>>& frameworks,
                                  std::size_t width) {
  std::string out;
  for (const auto& shared : frameworks) {
    const model::Framework& framework = *shared;
    out += util::wrap_hanging(fmt::format("{} (version {}): {} sections, {} rows", framework.id, framework.version,
                                          framework.sections.size(), framework.row_count()),
                              width, 0, 4);
    out += util::wrap_hanging(util::terminal_text(framework.title), width, 2, 4);
  }
  return out;
}

}  // namespace coprod::render
