#pragma once
// The workbook writer program, coprod-xlsx, that coprod runs to write an
// Excel workbook (workbook_file.cpp): `coprod-xlsx FILE` reads a workbook,
// encoded as render/workbook_encoding.hpp says, from its standard input to
// its end, and writes it to FILE with libxlsxwriter. It exits 0, or prints
// one message on standard error and exits with one of coprod's exit codes
// (exit_codes.hpp), which coprod passes on.

namespace coprod::cli {

inline constexpr const char* k_xlsx_writer_program = "coprod-xlsx";

// The whole program: what its main() returns.
int run_xlsx_writer(int argc, char** argv);

}  // namespace coprod::cli
