#pragma once
// The one exception type of the command-line layer. Thrown where a command
// cannot go on; caught once in run(), which prints it and returns its code.

#include <stdexcept>
#include <string>

#include "cli/exit_codes.hpp"
#include "util/diagnostic.hpp"

namespace coprod::cli {

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, std::string message) : std::runtime_error(std::move(message)), m_code(code) {}
  Error(ExitCode code, util::Diagnostics diagnostics)
      : std::runtime_error(""), m_code(code), m_diagnostics(std::move(diagnostics)) {}

  ExitCode code() const { return m_code; }
  const util::Diagnostics& diagnostics() const { return m_diagnostics; }

 private:
  ExitCode m_code;
  util::Diagnostics m_diagnostics;
};

}  // namespace coprod::cli
