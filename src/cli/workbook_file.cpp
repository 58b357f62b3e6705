#include "cli/workbook_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "cli/child_process.hpp"
#include "cli/error.hpp"
#include "cli/output_file.hpp"
#include "cli/today.hpp"
#include "cli/xlsx_writer_program.hpp"
#include "render/workbook_encoding.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

// Where the workbook writer program is: next to the binary (the build tree),
// else where `cmake --install` puts it, else a folder up (the unit tests in
// tests/).
std::string xlsx_writer_path() {
  std::error_code error;
  const auto binary = std::filesystem::read_symlink("/proc/self/exe", error);
  const auto folder = binary.parent_path();
  const std::vector<std::filesystem::path> candidates = {
      folder / k_xlsx_writer_program, folder / COPROD_XLSX_WRITER_DIR_FROM_BINARY / k_xlsx_writer_program,
      folder.parent_path() / k_xlsx_writer_program};
  for (const auto& candidate : candidates) {
    if (std::filesystem::exists(candidate, error)) return candidate.string();
  }
  return candidates[1].lexically_normal().string();
}

bool is_coprod_exit_code(int code) {
  return code == k_exit_usage || code == k_exit_invalid_input || code == k_exit_not_written || code == k_exit_internal;
}

// The Error for a workbook writer that did not write the workbook.
Error writer_failure(const std::string& program, const ProgramOutcome& outcome, std::string_view otherwise) {
  constexpr std::string_view k_start = "cannot write Excel workbooks: coprod's workbook writer";
  const std::string reinstall = otherwise.empty() ? "reinstall coprod" : fmt::format("reinstall coprod, {}", otherwise);
  if (!outcome.started && outcome.errno_value == ENOENT) {
    return Error(k_exit_not_written, fmt::format("{}, the program {}, is missing, so nothing was written; {}", k_start,
                                                 program, reinstall));
  }
  if (!outcome.started) {
    return Error(k_exit_not_written, fmt::format("{}, the program {}, cannot be started ({}), so nothing was "
                                                 "written; {}",
                                                 k_start, program, std::strerror(outcome.errno_value), reinstall));
  }
  if (outcome.signal != 0) {
    return Error(k_exit_not_written,
                 fmt::format("{} {} was stopped by signal {} ({}) before it finished, so nothing was written; try "
                             "again, and if it happens again, report it as a bug in coprod",
                             k_start, program, outcome.signal, ::strsignal(outcome.signal)));
  }
  const std::string_view said = util::trim(outcome.error);
  if (is_coprod_exit_code(outcome.exit_code) && !said.empty()) {
    return Error(static_cast<ExitCode>(outcome.exit_code), std::string(said));
  }
  return Error(k_exit_not_written, fmt::format("{} {} failed (exit code {}{}{}), so nothing was written; reinstall "
                                               "coprod",
                                               k_start, program, outcome.exit_code, said.empty() ? "" : ": ", said));
}

}  // namespace

std::optional<model::Date> workbook_date(Console& console) {
  return choose_printed_date("", console, "", {"the workbook", "the workbook is dated 1980-01-01, a fixed date"});
}

std::string workbook_needs_file_message() {
  return "--format xlsx writes an Excel workbook, which is written to a named file, never to standard output: give "
         "its name with -o FILE (such as -o scores.xlsx)";
}

void write_workbook_file(Console& console, const render::Workbook& workbook, const std::string& path, bool overwrite,
                         std::string_view otherwise) {
  if (path == "-") throw Error(k_exit_usage, workbook_needs_file_message());
  OutputFile file(console, path, overwrite);
  if (file.temporary_path().empty()) {
    throw Error(k_exit_usage, fmt::format("{} is a terminal, pipe or device; --format xlsx writes an Excel workbook, "
                                          "which is written to a file of its own: give its name with -o FILE "
                                          "(such as -o scores.xlsx)",
                                          path));
  }
  const std::string program = xlsx_writer_path();
  const ProgramOutcome outcome = run_with_input({program, file.temporary_path()}, render::encode_workbook(workbook));
  if (!outcome.started || outcome.exit_code != k_exit_success) throw writer_failure(program, outcome, otherwise);
  file.commit();
}

}  // namespace coprod::cli
