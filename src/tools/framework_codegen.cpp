// Build-time tool: turns a framework YAML file into C++ that constructs the
// same model::Framework, so the built-in framework costs nothing to parse when
// coprod starts (it runs once per file inside `git log -p`).
//   framework_codegen INPUT.yaml FUNCTION_NAME OUTPUT.cpp

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "yaml/framework_loader.hpp"

namespace {

using coprod::model::RichText;

// A C++ string literal; bytes outside printable ASCII as three-digit octal
// escapes (which, unlike \x, cannot swallow the characters after them).
std::string literal(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte >= 0x7F || c == '?') {
      out += fmt::format("\\{:03o}", byte);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string strings(const std::vector<std::string>& items) {
  std::string out = "{";
  for (const auto& item : items) out += literal(item) + ", ";
  return out + "}";
}

std::string rich(const RichText& text) {
  return fmt::format("RichText{{{}, {}}}", literal(text.text), strings(text.bullets));
}

std::string rich_list(const std::vector<RichText>& items) {
  std::string out = "{";
  for (const auto& item : items) out += rich(item) + ",\n        ";
  return out + "}";
}

std::string optional_rich(const std::optional<RichText>& text) { return text ? rich(*text) : "std::nullopt"; }

std::string generate(const coprod::model::Framework& f, const std::string& function, const std::string& input) {
  std::string out = fmt::format("// Generated from {} by framework_codegen; do not edit.\n", input);
  out += "#include \"model/framework.hpp\"\n\nnamespace coprod::generated {\n\nusing model::RichText;\n\n";
  out += fmt::format("model::Framework {}() {{\n  model::Framework f;\n", function);
  out += fmt::format("  f.id = {};\n  f.version = {};\n  f.title = {};\n  f.source = {};\n  f.description = {};\n",
                     literal(f.id), f.version, literal(f.title), literal(f.source), literal(f.description));
  out += fmt::format("  f.tool_name = {};\n  f.separate_views = {};\n", literal(f.tool_name),
                     f.separate_views ? "true" : "false");
  out += fmt::format("  f.guide_advice = {{{}, {}, {}}};\n", f.guide_advice.differences, f.guide_advice.evidence,
                     f.guide_advice.reflections);
  out += fmt::format("  f.scale = {{{}, {}, {}}};\n", f.scale.min, f.scale.max, f.scale.half_points ? "true" : "false");
  for (const auto& g : f.glossary)
    out += fmt::format("  f.glossary.push_back({{{}, {}}});\n", literal(g.term), literal(g.meaning));
  for (const auto& l : f.levels)
    out += fmt::format("  f.levels.push_back({{{}, {}}});\n", literal(l.id), literal(l.title));
  for (const auto& s : f.sections) {
    out += "  {\n    model::FrameworkSection s;\n";
    out += fmt::format("    s.id = {};\n    s.number = {};\n    s.title = {};\n    s.aim = {};\n", literal(s.id),
                       s.number ? std::to_string(*s.number) : "std::nullopt", literal(s.title), rich(s.aim));
    out += fmt::format("    s.what_will_be_different = {};\n    s.key = {};\n", literal(s.what_will_be_different),
                       literal(s.key));
    for (const auto& r : s.rows) {
      out += fmt::format("    s.rows.push_back({{{}, {}, {}}});\n", literal(r.id), optional_rich(r.indicator),
                         optional_rich(r.warning));
    }
    for (const auto& n : s.needs)
      out += fmt::format("    s.needs.push_back({{{}, {}}});\n", literal(n.level_id), strings(n.paragraphs));
    out += fmt::format("    s.bear_in_mind = {};\n    s.top_tips = {};\n", rich_list(s.bear_in_mind),
                       rich_list(s.top_tips));
    out += "    f.sections.push_back(std::move(s));\n  }\n";
  }
  for (const auto& c : f.changes) {
    out += fmt::format("  {{\n    model::FrameworkChange c;\n    c.version = {};\n    c.note = {};\n", c.version,
                       literal(c.note));
    for (const auto& [from, to] : c.renamed_sections)
      out += fmt::format("    c.renamed_sections.emplace_back({}, {});\n", literal(from), literal(to));
    for (const auto& [from, to] : c.renamed_rows)
      out += fmt::format("    c.renamed_rows.emplace_back({}, {});\n", literal(from), literal(to));
    out += fmt::format("    c.added_rows = {};\n    c.retired_rows = {};\n", strings(c.added_rows),
                       strings(c.retired_rows));
    out += "    f.changes.push_back(std::move(c));\n  }\n";
  }
  out += "  return f;\n}\n\n}  // namespace coprod::generated\n";
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: framework_codegen INPUT.yaml FUNCTION_NAME OUTPUT.cpp\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  auto framework = coprod::yaml::load_framework(text.str(), argv[1]);
  if (!framework) {
    for (const auto& problem : framework.problems()) std::fprintf(stderr, "%s\n", problem.to_string().c_str());
    return 1;
  }
  std::ofstream(argv[3], std::ios::binary) << generate(*framework, argv[2], argv[1]);
  return 0;
}
