# Shared setup of the browser tests of coprod's printed pages
# (plan_sheet_in_browser.sh, compare_sheet_in_browser.sh, report_in_browser.sh),
# sourced by each with its own arguments still in $1 and $2:
#   . "$(dirname "$0")/sheet_test_setup.sh"
# Sets coprod (the binary, $1), source (the source folder, $2), examples,
# check (check_html_in_browser.py, its pages opened in one Chromium that this starts, and stops when the
# script ends), pages_check (check_printed_pages.py) and axe (axe-core, which must be installed), and defines
# fail().
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
# One Chromium for all of the script's pages, each opened in a tab of its own (shared_browser.py): a Chromium
# started for each page took 1.3 s and 2.3 s of processor time.
browser_dir=$(mktemp -d)
stop_browser() { /usr/bin/python3 "$source/tests/render/shared_browser.py" stop "$browser_dir"; rm -rf "$browser_dir"; }
trap stop_browser EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
browser_port=$(/usr/bin/python3 "$source/tests/render/shared_browser.py" start "$browser_dir") || exit 2
check="$check --port $browser_port"
