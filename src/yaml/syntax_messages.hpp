#pragma once
// Plain-English messages for the syntax errors yaml-cpp reports.

#include <string>
#include <string_view>

#include "util/diagnostic.hpp"

namespace coprod::yaml {

util::Diagnostic syntax_error_diagnostic(std::string_view text, const std::string& source, util::Position position,
                                         const std::string& parser_message);

}  // namespace coprod::yaml
