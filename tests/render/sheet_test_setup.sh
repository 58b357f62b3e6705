# Shared setup of the browser tests of coprod's printed pages
# (plan_sheet_in_browser.sh, compare_sheet_in_browser.sh, report_in_browser.sh),
# sourced by each with its own arguments still in $1 and $2:
#   . "$(dirname "$0")/sheet_test_setup.sh"
# Sets coprod (the binary, $1), source (the source folder, $2), examples,
# check (check_html_in_browser.py), pages_check (check_printed_pages.py) and
# axe (axe-core, which must be installed), and defines fail().
coprod=$1
source=$2
examples=$source/examples/northbridge
check="/usr/bin/python3 $source/tests/render/check_html_in_browser.py"
pages_check="/usr/bin/python3 $source/tests/render/check_printed_pages.py"
axe=$source/tests/browser/node_modules/axe-core/axe.min.js
if [ ! -f "$axe" ]; then
  echo "FAIL: $axe is missing; run (cd tests/browser && npm ci) first" >&2
  exit 1
fi
fail() { echo "FAIL: $*" >&2; exit 1; }
