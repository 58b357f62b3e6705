#!/bin/sh
# The action-planning sheet (coprod plan --format html) opened in headless
# Chromium at 1280 px and at 360 px (a phone): no console errors, no network
# requests, no sideways scrolling, no axe-core WCAG 2.2 A/AA violations.
# Every score is named by whose it is (organisation, peer network), not by a
# letter explained only on page 1, so a page read on its own says so.
# Printed to A4: every page has the footer naming the area and period with its
# page number, no page is left almost empty or ends with a heading or a
# table's header row (check_printed_pages.py), each section shown in full
# starts a page, and each box of actions is whole on one page with the end of
# its section; it says in words how many sections it shows in full and names
# no command or option. Then every section in full (--sections 7), the sheet
# with an earlier plan's actions still open (--from), and a hostile area
# name that reads as the file says. The screenshots and PDFs stay in OUTPUT
# for people to look at.
#   plan_sheet_in_browser.sh COPROD SOURCE_DIR OUTPUT_DIR
set -eu
# shellcheck source=tests/render/sheet_test_setup.sh
. "$(dirname "$0")/sheet_test_setup.sh"
output=$3/plan-sheet
not_last="--not-last-on-page ^(Rows\s+that\s+pull\s+it\s+down|Bear\s+in\s+mind|Top\s+tips|What\s+each\s+level\s+needs.*)$"

rm -rf "$output"
mkdir -p "$output"

# Where a section shown in full starts and where its box of actions is:
# every section starts a page, and every box is on one page, whole.
check_sections() {
  pdf=$1
  sections=$2
  pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
  page=1
  starts=0
  boxes=0
  while [ "$page" -le "$pages" ]; do
    text=$(pdftotext -layout -f "$page" -l "$page" "$pdf" -)
    [ "$(printf '%s\n' "$text" | grep -c "Page $page of $pages")" -eq 1 ] || fail "page $page of $pdf has no footer"
    if printf '%s\n' "$text" | grep -q "^ *Section scores: "; then
      printf '%s\n' "$text" | grep -v '^ *$' | sed -n 2p | grep -q "^ *Section scores: organisation [0-9.]*, peer network [0-9.]*$" ||
        fail "a section shown in full starts part way down page $page of $pdf"
      starts=$((starts + 1))
    fi
    here=$(printf '%s\n' "$text" | grep -c "^ *Actions agreed for " || true)
    heads=$(printf '%s\n' "$text" | grep -Ec "^ *What will be done +Who \(a role\) +By when$" || true)
    ends=$(printf '%s\n' "$text" | grep -c "^ *After the meeting, add each action to the action plan" || true)
    [ "$here" -eq "$heads" ] && [ "$here" -eq "$ends" ] ||
      fail "page $page of $pdf holds $here boxes of actions but $heads header rows and $ends ends of boxes"
    boxes=$((boxes + here))
    page=$((page + 1))
  done
  [ "$starts" -eq "$sections" ] || fail "$starts sections in full start a page of $pdf, not $sections"
  [ "$boxes" -eq "$sections" ] || fail "$pdf holds $boxes boxes of actions, not $sections"
  echo "printed $pdf: $pages pages, $sections sections each starting a page with its box of actions"
}

# The bundled examples: three sections in full.
"$coprod" plan --format html -o "$output/plan.html" \
  "$examples/2026-Q4-organisation.coprod.yaml" "$examples/2026-Q4-peer-network.coprod.yaml"
$check --html "$output/plan.html" --width 1280 --axe "$axe" \
  --screenshot "$output/plan-1280.png" --print-pdf "$output/plan.pdf" \
  --expect-text "Action planning: Northbridge, 2026-Q4" --expect-text "How to use this sheet" \
  --expect-text "Sections in order of where attention is most needed" \
  --expect-text "Why here: the lower of the two section scores is 2.3" --expect-text "Rows that pull it down" \
  --expect-text "Bear in mind" --expect-text "Top tips" --expect-text "What each level needs" \
  --expect-text "Actions agreed for 2. Contact and connect" \
  --expect-text "This sheet shows the first 3 sections in full" \
  --expect-text "Section scores: organisation 3.7, peer network 2.3" \
  --expect-text "row scores: organisation 4, peer network 2" \
  --expect-text "Ranked by how far the lower score is below the top score of 5 (2.7)"
# A page read on its own says whose each score is: no score goes by a letter explained only on page 1.
if pdftotext "$output/plan.pdf" - | grep -Eq "(^|[ (])[AB] ([0-9]|n/a|not scored)"; then
  fail "the printed sheet gives a score by letter: $(pdftotext "$output/plan.pdf" - | grep -E "(^|[ (])[AB] ([0-9]|n/a|not scored)")"
fi
# The printed sheet is for people who never use a terminal: no option or command.
if pdftotext "$output/plan.pdf" - | grep -Eq -- "--[a-z]|coprod "; then
  fail "the printed sheet names a command or an option: $(pdftotext "$output/plan.pdf" - | grep -E -- "--[a-z]|coprod ")"
fi
$check --html "$output/plan.html" --width 360 --axe "$axe" --whole-dates \
  --screenshot "$output/plan-360.png" --expect-text "Actions agreed for 2. Contact and connect"
footers=$(pdftotext -layout "$output/plan.pdf" - | grep -c "Action planning: Northbridge, 2026-Q4 .*Page [0-9]* of" || true)
[ "$footers" -ge 4 ] || fail "only $footers printed pages name the area and period in their footer"
$pages_check "$output/plan.pdf" $not_last
check_sections "$output/plan.pdf" 3

# Every section in full. Here a box of actions may fill a page of its own,
# whole, after a section that fills the page before: space to write in, not
# a page left almost empty, so only what check_sections checks applies.
"$coprod" plan --format html --sections 7 -o "$output/all.html" \
  "$examples/2026-Q4-organisation.coprod.yaml" "$examples/2026-Q4-peer-network.coprod.yaml"
$check --html "$output/all.html" --width 1280 --axe "$axe" \
  --screenshot "$output/all-1280.png" --print-pdf "$output/all.pdf" --expect-text "Facilitate the process"
check_sections "$output/all.pdf" 7

# With the earlier plan's actions still open (--from): listed by section before the sections in full, one
# overdue on the sheet's date; still every section in full starts a page with its box, and no command is named.
"$coprod" plan --format html --from "$examples/2026-Q3-action-plan.yaml" --today 2027-01-10 -o "$output/carried.html" \
  "$examples/2026-Q4-organisation.coprod.yaml" "$examples/2026-Q4-peer-network.coprod.yaml"
$check --html "$output/carried.html" --width 1280 --axe "$axe" \
  --screenshot "$output/carried-1280.png" --print-pdf "$output/carried.pdf" \
  --expect-text "Actions still open from earlier plans" \
  --expect-text "Statuses on 2027-01-10: an action past its due date is overdue." \
  --expect-text "Owner: Northbridge Voluntary Action; due 2026-12-15; in progress, overdue, carried over from 2026-Q3."
$check --html "$output/carried.html" --width 360 --axe "$axe" --whole-dates \
  --screenshot "$output/carried-360.png" --expect-text "Actions still open from earlier plans"
if pdftotext "$output/carried.pdf" - | grep -Eq -- "--[a-z]|coprod "; then
  fail "the printed sheet with carried actions names a command or an option"
fi
$pages_check "$output/carried.pdf" $not_last
check_sections "$output/carried.pdf" 3

# A hostile area name: markup, the end of the style sheet, quotes and a
# right-to-left override that would show "evil" as "live".
hostile=$output/hostile-input
mkdir -p "$hostile"
override=$(printf '\342\200\256')
pop=$(printf '\342\200\254')
for perspective in organisation peer-network; do
  sed "s#^area: .*#area: \"</style><b>North</b> \\\\\"\&amp;\\\\\" ${override}evil${pop}\"#" \
    "$examples/2026-Q4-$perspective.coprod.yaml" > "$hostile/$perspective.yaml"
done
"$coprod" plan --format html -o "$output/hostile.html" "$hostile/organisation.yaml" "$hostile/peer-network.yaml" \
  2>"$output/hostile.err" || fail "plan refused the hostile area name: $(cat "$output/hostile.err")"
$check --html "$output/hostile.html" --width 1280 --axe "$axe" --screenshot "$output/hostile-1280.png" \
  --print-pdf "$output/hostile.pdf" --expect-text "Action planning: </style><b>North</b> \"&amp;\" evil, 2026-Q4"
pdftotext "$output/hostile.pdf" - | tr -s ' \n' '  ' | grep -q "</style><b>North</b> \"&amp;\" evil, 2026-Q4 Page" ||
  fail "the printed footer does not read the area as the file says"
echo "OK: the action-planning sheet"
