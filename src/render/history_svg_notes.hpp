#pragma once
// The history chart's notes under its legend (render_history_svg): what a
// hollow marker, a gap in a line, a grey column and a shallow clone mean, each
// a key and the lines it heads.

#include <string>
#include <string_view>
#include <vector>

#include "analysis/history.hpp"
#include "render/text_metrics.hpp"

namespace coprod::render::history_chart {

inline constexpr double k_width = 800, k_margin = 24;
inline constexpr Font k_note_font{14, false};
inline constexpr double k_note_line_height = 19, k_note_indent = 16;
inline constexpr double k_note_left = k_margin + 18;  // after the key's marker
inline constexpr double k_note_block_gap = 6;         // between one block of notes and the next
inline constexpr std::string_view k_partial_key = "A hollow marker: an average that leaves out rows:";
inline constexpr std::string_view k_gap_key = "No marker: no score for that period:";
inline constexpr std::string_view k_missing_key = "A grey column: no file for that period, none committed:";
inline constexpr std::string_view k_shallow_key = "History cut short:";

struct NoteLine {
  std::string text;
  bool continued = false;  // a note's second line or later, indented
};

// Under the legend: a key ("A hollow marker: ...") and the notes it heads.
struct NoteBlock {
  std::string id;              // "coverage-notes"
  bool hollow_marker = false;  // a hollow marker before the key, as the plot draws a partial average
  std::string_view key;
  std::vector<NoteLine> lines;
  double baseline = 0;  // the key's

  double height() const { return k_note_line_height * static_cast<double>(lines.size() + 1); }
};

// When the history was read from a shallow clone: the periods whose versions
// were already there in its oldest commit, made on or before its date, and
// that older versions are not shown (for the notes and the description).
std::vector<std::string> shallow_notes(const analysis::History& history);

// The blocks of notes there are, one under the other, the first key's baseline at `top` + 15.
std::vector<NoteBlock> note_blocks(const analysis::History& history, double top);

// One block drawn: its key (after a hollow marker for partial averages) and its lines.
std::string note_block(const NoteBlock& block);

}  // namespace coprod::render::history_chart
