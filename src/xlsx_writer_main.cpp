#include "cli/xlsx_writer_program.hpp"

// coprod-xlsx, the workbook writer program that coprod runs.
int main(int argc, char** argv) { return coprod::cli::run_xlsx_writer(argc, argv); }
