#pragma once
// Where the assessment JSON Schema is on this machine, for editors.

#include <string>

namespace coprod::cli {

// The installed schema (<prefix>/share/coprod/schemas/ next to the binary's
// <prefix>/bin), else the source tree's when running from a build folder,
// else empty.
std::string default_schema_location();

}  // namespace coprod::cli
