#include "cli/output_format_warning.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "util/escape.hpp"
#include "util/small_letters.hpp"

namespace coprod::cli {

namespace {

// A format as a file's extension names it.
struct NamedFormat {
  std::string_view extension;  // lower case, without the dot
  std::string_view format;     // the --format value, or "" for one coprod never writes
  std::string_view name;       // "a JSON file"
};

constexpr NamedFormat k_named_formats[] = {
    {"json", "json", "a JSON file"},       {"csv", "csv", "a CSV file"},    {"md", "markdown", "a Markdown file"},
    {"html", "html", "an HTML page"},      {"htm", "html", "an HTML page"}, {"svg", "svg", "an SVG picture"},
    {"xlsx", "xlsx", "an Excel workbook"}, {"txt", "text", "a text file"},  {"png", "", "a PNG picture"},
    {"jpg", "", "a JPEG picture"},         {"jpeg", "", "a JPEG picture"},  {"pdf", "", "a PDF document"},
    {"yaml", "yaml", "a YAML file"},       {"yml", "yaml", "a YAML file"},
};

// What a --format value writes, in words, and the extension for it.
struct WrittenFormat {
  std::string_view format;
  std::string_view name;
  std::string_view extension;
};

constexpr WrittenFormat k_written_formats[] = {
    {"text", "text", "txt"},
    {"json", "JSON", "json"},
    {"csv", "CSV", "csv"},
    {"markdown", "Markdown", "md"},
    {"html", "HTML", "html"},
    {"svg", "SVG", "svg"},
    {"xlsx", "an Excel workbook", "xlsx"},
    {"diff", "a diff (text)", "diff"},
    {"terminal", "text for a terminal", "txt"},
    {"yaml", "YAML", "yaml"},
};

// Formats that are text, which a .txt name fits.
bool is_text(std::string_view format) { return format == "text" || format == "diff" || format == "terminal"; }

}  // namespace

std::optional<std::string> output_format_mismatch(const std::string& output, std::string_view format,
                                                  const std::vector<std::string>& formats, std::string_view writer) {
  if (output.empty() || output == "-") return std::nullopt;
  std::string extension = util::in_small_letters(std::filesystem::path(output).extension().string());
  if (extension.empty()) return std::nullopt;
  extension.erase(0, 1);
  const auto named = std::find_if(std::begin(k_named_formats), std::end(k_named_formats),
                                  [&](const NamedFormat& f) { return f.extension == extension; });
  if (named == std::end(k_named_formats) || named->format == format) return std::nullopt;
  if (named->format == "text" && is_text(format)) return std::nullopt;
  const auto written = std::find_if(std::begin(k_written_formats), std::end(k_written_formats),
                                    [&](const WrittenFormat& f) { return f.format == format; });
  if (written == std::end(k_written_formats)) return std::nullopt;
  const std::string start =
      fmt::format("{} is named as {}, but what is written to it is {}", output, named->name, written->name);
  // The --format that writes what the name says: for a .txt name, this command's text format ("terminal" for web).
  const auto offered = std::find_if(formats.begin(), formats.end(), [&](const std::string& f) {
    return named->format == "text" ? is_text(f) : f == named->format;
  });
  if (offered != formats.end()) return fmt::format("{}; add --format {} to write {}", start, *offered, named->name);
  return fmt::format("{}, and {} cannot write {}; name the file {} to say what it holds", start, writer, named->name,
                     std::filesystem::path(output).replace_extension(written->extension).string());
}

void warn_about_output_format(Console& console, const std::string& output, std::string_view format,
                              const std::vector<std::string>& formats, std::string_view writer) {
  if (const auto warning = output_format_mismatch(output, format, formats, writer))
    console.err(util::terminal_text("coprod: warning: " + *warning) + "\n");
}

}  // namespace coprod::cli
