#pragma once
// The mark and footnote of a change that is not like for like: a row of the
// section scored in one period only (analysis::averages_of_different_rows).
// The pack, the workbook, history and compare use the same; compare, where
// its inputs are not two periods, says the same of the assessments compared.

namespace coprod::render {

inline constexpr const char* k_change_of_different_rows_mark = "\u2020";  // a dagger
inline constexpr const char* k_change_of_different_rows_words =
    "\u2020 not like for like: a row of the section was scored in one period only";  // short: page 1 has little room
inline constexpr const char* k_averages_of_different_rows_words =
    "\u2020 not like for like: a row of the section was scored in some of the assessments only";

}  // namespace coprod::render
