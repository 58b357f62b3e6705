#pragma once
// The scores workbook's "Row changes" sheet: the evidence pack's "Rows whose
// score changed" (report_row_changes.hpp) as a table to sort and filter, a
// line a row that moved since its input's earlier period, in the pack's words
// and order, with each input's counts and the part's opening words under it.

#include <optional>
#include <string>

#include "render/report.hpp"
#include "render/workbook.hpp"

namespace coprod::render {

// "Row changes", or "Section changes" where every section is its one row (row_words()).
std::string row_changes_sheet_name(const model::Framework& framework);

// None when no input has an earlier period.
std::optional<Sheet> row_changes_sheet(const Report& report);

}  // namespace coprod::render
