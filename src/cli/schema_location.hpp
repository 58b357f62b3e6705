#pragma once
// Where the assessment JSON Schema is on this machine, for editors.

#include <string>

namespace coprod::cli {

// The installed schema (<prefix>/share/coprod/schemas/ next to the binary's
// <prefix>/bin), else empty: a coprod run from its build folder writes no
// schema line by default, since the source tree's path is one machine's.
std::string default_schema_location();

}  // namespace coprod::cli
