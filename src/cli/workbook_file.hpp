#pragma once
// Writing a workbook (render/workbook.hpp) as an Excel .xlsx file, through
// the workbook writer program coprod-xlsx (xlsx_writer_program.hpp),
// atomically, like every other output.

#include <optional>
#include <string>
#include <string_view>

#include "cli/console.hpp"
#include "model/date.hpp"
#include "render/workbook.hpp"

namespace coprod::cli {

// Writes through a temporary file in the same folder and a rename (see
// write_output_file): an existing file is replaced only when `overwrite`.
// A workbook is a file, not text: "-", a terminal, a pipe or a device is
// refused with Error(k_exit_usage). `otherwise`: what else to do when the
// workbook writer program is missing or cannot start, after "reinstall coprod".
void write_workbook_file(Console& console, const render::Workbook& workbook, const std::string& path, bool overwrite,
                         std::string_view otherwise = {});

// The date of a workbook made by a command without --date (compare's and
// score's): SOURCE_DATE_EPOCH when set and not 0, else none (the workbook then carries
// a fixed date, never the clock's).
std::optional<model::Date> workbook_date(Console& console);

// The message for `--format xlsx` without `-o FILE`.
std::string workbook_needs_file_message();

}  // namespace coprod::cli
