#pragma once
// The scores workbook's Rows sheet: every row's section, number and signs,
// each input's score and evidence side by side, and the difference. Where every
// section is its one row (model::every_section_is_its_row()), its Sections sheet: each
// section once, with no row number.

#include <string>
#include <vector>

#include "analysis/comparison.hpp"
#include "render/workbook.hpp"

namespace coprod::render {

// "Rows", or "Sections" where every section is its one row: the pack's word for a row (row_words()).
std::string rows_sheet_name(const model::Framework& framework);

// The sign columns a framework leaves empty are left out: the warning sign's
// for a framework with none, the early indicator's where each section is one
// row worded as its title (the Section column says it, in that column's room).
// Its columns share the printed page's width as set_up_printing() prints them.
// A row with no evidence says so in the pack's words (k_no_evidence_given_words;
// k_evidence_left_out_words when `scores_only`), never an empty cell.
Sheet rows_sheet(const analysis::Comparison& comparison, const std::vector<std::string>& names, bool scores_only);

}  // namespace coprod::render
