# Script mode: write OUTPUT as a C++ source holding the bytes of INPUT.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
# Break the initialiser into lines of 16 bytes so compilers and diffs stay happy.
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT}; do not edit.\n#include <string_view>\nnamespace coprod::embedded {\nnamespace {\nconstexpr char k_bytes[] = {\n${bytes}'\\0'};\n}\nstd::string_view ${SYMBOL}() { return {k_bytes, ${byte_count}}; }\n}\n")
