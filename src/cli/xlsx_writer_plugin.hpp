#pragma once
// The workbook writer, built as a plugin (coprod-xlsx.so) with one entry
// point: libxlsxwriter, and OpenSSL's libcrypto that it brings, take longer
// to load than a one-file `score` takes to run, so they are loaded only when
// a workbook is written (see workbook_file.cpp), never at start-up.

#include <string>

#include "cli/exit_codes.hpp"
#include "render/workbook.hpp"

namespace coprod::cli {

struct XlsxResult {
  int exit_code = k_exit_success;  // k_exit_success, or the exit code of what went wrong
  std::string message;             // what went wrong
};

// Writes `workbook` as an .xlsx file at `path` (a temporary file; the caller renames it).
using WriteXlsx = XlsxResult (*)(const render::Workbook& workbook, const std::string& path) noexcept;

inline constexpr const char* k_xlsx_plugin_name = "coprod-xlsx.so";
inline constexpr const char* k_write_xlsx_symbol = "coprod_write_xlsx";

}  // namespace coprod::cli
