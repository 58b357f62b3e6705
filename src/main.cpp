#include "cli/run.hpp"

int main(int argc, char** argv) { return coprod::cli::run(argc, argv); }
