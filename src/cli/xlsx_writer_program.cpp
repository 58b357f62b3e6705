#include "cli/xlsx_writer_program.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/exit_codes.hpp"
#include "cli/xlsx_writer.hpp"
#include "render/workbook_encoding.hpp"

namespace coprod::cli {

namespace {

// All of standard input; false if reading it failed.
bool read_standard_input(std::string& input) {
  char buffer[65536];
  for (;;) {
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) return false;
    if (count == 0) return true;
    input.append(buffer, static_cast<std::size_t>(count));
  }
}

int fail(int exit_code, const std::string& message) {
  fmt::print(stderr, "{}\n", message);
  return exit_code;
}

}  // namespace

int run_xlsx_writer(int argc, char** argv) {
  if (argc != 2) {
    return fail(k_exit_usage, fmt::format("usage: {} FILE, with the workbook on standard input; coprod runs this "
                                          "program itself to write Excel workbooks",
                                          k_xlsx_writer_program));
  }
  std::string input;
  if (!read_standard_input(input)) {
    return fail(k_exit_internal, fmt::format("the workbook writer {} could not read the workbook from coprod: {}",
                                             k_xlsx_writer_program, std::strerror(errno)));
  }
  const auto workbook = render::decode_workbook(input);
  if (!workbook) {
    return fail(k_exit_internal,
                fmt::format("the workbook writer {} received {}; coprod and {} may come from different versions, "
                            "so reinstall coprod",
                            k_xlsx_writer_program, workbook.problems().front().message, k_xlsx_writer_program));
  }
  const XlsxResult result = write_xlsx(*workbook, argv[1]);
  if (result.exit_code != k_exit_success) return fail(result.exit_code, result.message);
  return k_exit_success;
}

}  // namespace coprod::cli
