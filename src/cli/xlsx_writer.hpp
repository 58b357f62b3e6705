#pragma once
// The workbook writer: everything that calls libxlsxwriter. It is built into
// its own program, coprod-xlsx (xlsx_writer_program.hpp), never into coprod:
// libxlsxwriter, and OpenSSL's libcrypto that it brings, take longer to load
// than a one-file `score` takes to run, and coprod is linked statically.

#include <string>

#include "cli/exit_codes.hpp"
#include "render/workbook.hpp"

namespace coprod::cli {

struct XlsxResult {
  int exit_code = k_exit_success;  // k_exit_success, or the exit code of what went wrong
  std::string message;             // what went wrong
};

// Writes `workbook` as an .xlsx file at `path` (a temporary file; coprod renames it).
XlsxResult write_xlsx(const render::Workbook& workbook, const std::string& path) noexcept;

}  // namespace coprod::cli
