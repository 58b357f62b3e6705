#pragma once
// The texts of the files messages are about, by the name messages give them,
// so that a message's file:line:column counts characters in the column, as
// people and editors do, where the loaders count bytes. Texts that cannot be
// read again (standard input, a version from git, combine's output) are kept
// as they are read; a file on disk is read again when a message about it is
// printed, so a large run does not hold every file. Only texts with
// characters beyond ASCII are kept (elsewhere bytes and characters agree).
// Safe to use from the threads that load files.

#include <string>
#include <string_view>

#include "util/diagnostic.hpp"

namespace coprod::cli {

// `text` is what `source` holds now (a later text for the same name replaces it).
void remember_source_text(const std::string& source, std::string_view text);

// Forgets every text (at the start of a run; tests run several in one process).
void forget_source_texts();

// The position with its column in characters, from the text remembered for
// `source`; unchanged when there is none.
util::Position character_position(const std::string& source, util::Position position);

// The diagnostic with its column in characters (see character_position).
util::Diagnostic with_character_column(util::Diagnostic diagnostic);

}  // namespace coprod::cli
