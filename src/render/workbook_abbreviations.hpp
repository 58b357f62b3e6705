#pragma once
// The Abbreviations sheet of the scores workbook: each abbreviation the other
// sheets use, spelled out, for readers who are not NHS insiders.

#include <optional>
#include <vector>

#include "model/framework.hpp"
#include "render/workbook.hpp"

namespace coprod::render {

// The abbreviations the workbook's sheets use that the framework's glossary
// or Abbreviations' own table knows ("IPC", "CCG", "GP"), each once, in the
// order the sheets first use them: what it stands for and the sheet it is
// first used on. A sheet of its own, listed last, so every other sheet prints
// as it did (a line more on the Summary pushed it on to a second page).
// Nothing when the workbook uses none.
std::optional<Sheet> abbreviations_sheet(const Workbook& workbook, const std::vector<model::GlossaryEntry>& glossary);

}  // namespace coprod::render
