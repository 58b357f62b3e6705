#!/bin/sh
# The README's first command (scripts/demo) and its "Installing" line must work
# on a machine that has only the build packages. This configures and builds
# coprod the way they do, with the test-only tools out of reach (no Python,
# mandoc, Chromium, Node.js, xmllint, rsvg-convert on the PATH; doctest and
# Python hidden from CMake), checks that no build file names one of them, then
# scores the bundled examples and installs into a scratch folder.
#   check_build_without_test_tools.sh SOURCE_DIR BUILD_DIR
set -eu
source_dir=$1
build_dir=$2
hidden_tools='python mandoc chromium chromedriver doctest node npm npx xmllint rsvg'
hidden=$(printf '%s' "$hidden_tools" | tr ' ' '|')

# The shell's own tests only, and one ln per folder: a grep and an ln for each of the 2,700 tools took 24 s.
is_hidden() {
  for start in $hidden_tools; do
    case $1 in "$start"*) return 0 ;; esac
  done
  return 1
}
shims=$(mktemp -d)
trap 'rm -rf "$shims"' EXIT
for dir in /usr/local/bin /usr/bin /bin; do
  [ -d "$dir" ] || continue
  set --
  for tool in "$dir"/*; do
    name=${tool##*/}
    is_hidden "$name" || [ -e "$shims/$name" ] || [ -L "$shims/$name" ] || set -- "$@" "$tool"
  done
  [ $# -eq 0 ] || ln -s "$@" "$shims"
done
if PATH=$shims command -v python3 >/dev/null 2>&1; then
  echo "python3 is still on the restricted PATH" >&2
  exit 1
fi

launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
export CCACHE_BASEDIR="$source_dir" CCACHE_NOHASHDIR=1
rm -rf "$build_dir"
# No COPROD_BUILD_TESTS here: the default must be what a plain build needs.
PATH=$shims cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCOPROD_WERROR=ON -DCMAKE_DISABLE_FIND_PACKAGE_doctest=ON \
  -DCMAKE_DISABLE_FIND_PACKAGE_Python3=ON --no-warn-unused-cli $launcher >/dev/null
if grep -rEi "($hidden)" "$build_dir" --include='*.make' --include=Makefile \
     --include='*.cmake' --include=CMakeCache.txt | grep -v -e CMAKE_DISABLE_FIND_PACKAGE -e CMakeFiles/3; then
  echo "the build files above name a test-only tool" >&2
  exit 1
fi
PATH=$shims cmake --build "$build_dir" -j2 >/dev/null
PATH=$shims "$build_dir/coprod" score --sections-only "$source_dir"/examples/northbridge/*.coprod.yaml >/dev/null
PATH=$shims DESTDIR="$build_dir/install-root" cmake --install "$build_dir" --prefix /usr/local >/dev/null
test -x "$build_dir/install-root/usr/local/bin/coprod"
echo "built, ran and installed with the test tools out of reach"
