#include "cli/workbook_file.hpp"

#include <dlfcn.h>
#include <filesystem>
#include <vector>

#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/today.hpp"
#include "cli/xlsx_writer_plugin.hpp"

namespace coprod::cli {

namespace {

// Where the plugin is: next to the binary (the build tree), else where
// `cmake --install` puts it, else a folder up (the unit tests in tests/).
std::string plugin_path() {
  std::error_code error;
  const auto binary = std::filesystem::read_symlink("/proc/self/exe", error);
  const auto folder = binary.parent_path();
  const std::vector<std::filesystem::path> candidates = {folder / k_xlsx_plugin_name,
                                                         folder / COPROD_PLUGIN_DIR_FROM_BINARY / k_xlsx_plugin_name,
                                                         folder.parent_path() / k_xlsx_plugin_name};
  for (const auto& candidate : candidates) {
    if (std::filesystem::exists(candidate, error)) return candidate.string();
  }
  return candidates[1].lexically_normal().string();
}

// Loaded once, on first use; never unloaded.
WriteXlsx load_xlsx_writer() {
  static WriteXlsx write = nullptr;
  if (write) return write;
  const std::string path = plugin_path();
  void* plugin = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (plugin) write = reinterpret_cast<WriteXlsx>(::dlsym(plugin, k_write_xlsx_symbol));
  if (!write) {
    const char* why = ::dlerror();
    throw Error(k_exit_not_written,
                fmt::format("cannot write Excel workbooks: coprod's workbook writer {} cannot be loaded "
                            "({}), so nothing was written; reinstall coprod",
                            path, why ? why : "no entry point"));
  }
  return write;
}

}  // namespace

std::optional<model::Date> workbook_date(const std::string& date_option, const Console& console) {
  if (date_option.empty() && !console.env("SOURCE_DATE_EPOCH")) return std::nullopt;
  return choose_today(date_option, console);
}

std::string workbook_needs_file_message() {
  return "--format xlsx writes an Excel workbook, which is a file, not text for the terminal: give its name with "
         "-o FILE (such as -o scores.xlsx)";
}

void write_workbook_file(Console& console, const render::Workbook& workbook, const std::string& path, bool overwrite) {
  if (path == "-") throw Error(k_exit_usage, workbook_needs_file_message());
  OutputFile file(console, path, overwrite);
  if (file.temporary_path().empty()) {
    throw Error(k_exit_usage, fmt::format("{} is a terminal, pipe or device; {}", path, workbook_needs_file_message()));
  }
  const XlsxResult result = load_xlsx_writer()(workbook, file.temporary_path());
  if (result.exit_code != k_exit_success) throw Error(static_cast<ExitCode>(result.exit_code), result.message);
  file.commit();
}

}  // namespace coprod::cli
