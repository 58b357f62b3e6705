#pragma once
// How a pack, sheet or other shared output names a file it was made from, so
// that a pack sent by e-mail does not carry someone's home folder
// ("/home/jane.smith/...") and reads the same on every machine.

#include <optional>
#include <string>
#include <string_view>

namespace coprod::util {

// The name to show for the file at `path` (as typed: relative or absolute):
// - relative to `current_folder` when the file is in it or below it
//   ("reviews/2026-Q4-organisation.coprod.yaml");
// - else relative to `repository_top`, the top folder of the git repository
//   the file is in, when it is in one;
// - else the file name alone.
// `current_folder` and `repository_top` are absolute. Worked out from the
// names alone (no links followed), so it is the same wherever it is run.
std::string shown_path(std::string_view path, std::string_view current_folder,
                       const std::optional<std::string>& repository_top);

}  // namespace coprod::util
