#pragma once
// The mark and footnote of a change that is not like for like: a row of the
// section scored in one period only (analysis::averages_of_different_rows).
// The pack, the workbook and history use the same.

namespace coprod::render {

inline constexpr const char* k_change_of_different_rows_mark = "\u2020";  // a dagger
inline constexpr const char* k_change_of_different_rows_words =
    "\u2020 not like for like: a row of the section was scored in one period only";  // short: page 1 has little room

}  // namespace coprod::render
