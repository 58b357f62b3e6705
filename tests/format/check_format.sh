#!/bin/sh
# Fails when a C++ file under src/, tests/ or bench/ is not formatted as
# .clang-format says, and prints what clang-format would change.
#   check_format.sh SOURCE_DIR CLANG_FORMAT
# Run `clang-format -i FILE` (version 14, as Debian 12 has it) to fix a file.
set -eu
source_dir=$1
clang_format=$2
if ! command -v "$clang_format" >/dev/null 2>&1; then
  echo "check_format: clang-format 14 is needed (apt-get install clang-format, or scripts/install-dependencies --test)" >&2
  exit 1
fi
version=$("$clang_format" --version | sed -n 's/.*version \([0-9]*\).*/\1/p')
if [ "$version" != 14 ]; then
  echo "check_format: $clang_format is version $version; the formatting is defined by clang-format 14 (Debian 12)" >&2
  exit 1
fi
cd "$source_dir"
files=$(find src tests bench -name node_modules -prune -o \( -name '*.cpp' -o -name '*.hpp' -o -name '*.c' -o -name '*.h' \) \
  -print | LC_ALL=C sort)
# One run over every file; only when it finds something, each file's differences.
# shellcheck disable=SC2086 # the file names hold no spaces
if "$clang_format" --style=file --dry-run --Werror $files 2>/dev/null; then
  echo "check_format: $(echo "$files" | wc -l) files formatted as .clang-format says"
  exit 0
fi
differences=$(mktemp)
trap 'rm -f "$differences"' EXIT
for file in $files; do
  if ! "$clang_format" --style=file "$file" | diff -u "$file" - >"$differences"; then
    echo "$file is not formatted as .clang-format says; run: clang-format -i $file" >&2
    head -40 "$differences" >&2
  fi
done
exit 1
