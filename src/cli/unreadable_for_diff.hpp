#pragma once
// `score --format diff` (git's textconv driver) on a file coprod cannot read,
// so `git diff` still shows the change: when each error points at a value
// (a score in quotes, say), the summary the readable file would have,
// without those values, under a line per error saying what was left out; a
// hand edit that breaks one value then changes a few lines, not every one.
// Otherwise the reason and then the file as it is (made safe for a
// terminal); a binary file gets a one-line notice.

#include <string>

#include "cli/error.hpp"
#include "model/framework_catalog.hpp"

namespace coprod::cli {

std::string unreadable_file_for_diff(const std::string& path, const Error& error,
                                     const model::FrameworkCatalog& catalog);

}  // namespace coprod::cli
