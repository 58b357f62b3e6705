#pragma once
// What was given to commands that put assessments side by side: two files
// for the same area, perspective and period (one would hide the other, or
// both carry one name), periods mixed together for a plan, two periods given
// later first to compare (or given at all to plan), and individual responses
// (one person's own answers, to combine first). The first check is also the
// one summary and history make of the files they find: a file's contents say
// which review it is for, never its name.

#include <vector>

#include "analysis/scoring.hpp"
#include "util/diagnostic.hpp"

namespace coprod::analysis {

enum class SideBySide {
  compare,  // perspectives of one period, or one perspective over periods
  plan,     // the perspectives of one period
  web,      // drawn on one web, each named by its perspective and period
  report,   // drawn on one web and shown in columns, named the same way
  summary,  // many areas' files found in folders, one for each area, perspective and period
  history,  // one area and perspective's files over periods, one for each period
};

// For each of `inputs`, the others that claim the same review (the same
// area, perspective and period) by their contents, in the order given; empty
// for most. Two individual responses for one area and period are two
// people's, and two versions of one file (compare or web HEAD:F F) are what
// was asked for: neither counts, except that plan counts the versions.
std::vector<std::vector<std::size_t>> find_shared_reviews(const std::vector<const model::Assessment*>& inputs,
                                                          SideBySide use);

// Each naming the files concerned, a shared review at the file's period line
// and naming the other's. For compare and plan, warnings (each file is named
// beside its scores), except compare's error for one perspective's two
// periods given later first (every difference would read backwards), and
// plan's for one perspective's two periods in either order (the change
// between them would be taken for a difference between perspectives). For web
// and report, errors: two shapes or columns with one name cannot be told
// apart. For history, errors: it cannot tell which file a change is measured
// from. For summary, a warning at each of the files, which it leaves out. An
// individual response is an error for report (a board pack must not show one
// person's answers), a warning for compare and plan, and nothing for the
// others. (The pointers are only read during the call.)
util::Diagnostics check_side_by_side(const std::vector<const model::Assessment*>& inputs, SideBySide use);
util::Diagnostics check_side_by_side(const AssessmentResults& inputs, SideBySide use);

}  // namespace coprod::analysis
