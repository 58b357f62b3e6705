#!/bin/sh
# The "differences to discuss" sheet (coprod compare --format html) opened in
# headless Chromium at 1280 px and at 360 px (a phone): no console errors, no
# network requests, no sideways scrolling, no axe-core WCAG 2.2 A/AA
# violations. Printed to A4: every page has the footer naming the area and
# period with its page number, no page is left almost empty or ends with a
# table's header row (check_printed_pages.py), and each difference's notes
# box is on the page of its row, the first on page 1 (no section differs by
# 1.5, said in the instructions with the largest difference, 1.4); the lines
# that spell out abbreviations move no row to another page. Then a sheet with missing scores says why in
# words; one with very long evidence breaks across pages with its table's
# header row on each; hostile evidence reads as the file says. The
# screenshots and PDFs stay in OUTPUT for people to look at.
#   compare_sheet_in_browser.sh COPROD SOURCE_DIR OUTPUT_DIR
set -eu
# shellcheck source=tests/render/sheet_test_setup.sh
. "$(dirname "$0")/sheet_test_setup.sh"
output=$3/compare-sheet
table_headers="--not-last-on-page ^Perspective\s+Score\s+Evidence$ --not-last-on-page ^Perspective\s+Average\s+score$"

rm -rf "$output"
mkdir -p "$output"

on_screen="Write what you agree, and any next steps for the action plan, in your meeting notes or the action plan (the box under each one is for writing on a printed copy)."
on_paper="Write what you agree, and any next steps for the action plan, in the box under each one."

# The bundled examples: five rows differ by 1.5 or more.
"$coprod" compare --format html -o "$output/discuss.html" \
  "$examples/2026-Q4-organisation.coprod.yaml" "$examples/2026-Q4-peer-network.coprod.yaml"
$check --html "$output/discuss.html" --width 1280 --axe "$axe" \
  --screenshot "$output/discuss-1280.png" --print-pdf "$output/discuss.pdf" \
  --expect-text "Differences to discuss: Northbridge, 2026-Q4" \
  --expect-text "The organisation and the co-production peer network, compared" \
  --expect-text "How to use this sheet" --expect-text "Rows whose scores differ by 1.5 or more" \
  --expect-text "Notes: why the scores differ, what you agree" --expect-text "$on_screen"
$check --html "$output/discuss.html" --width 360 --axe "$axe" \
  --screenshot "$output/discuss-360.png" --expect-text "How to use this sheet" --expect-text "$on_screen"
# The notes boxes cannot be typed in: on screen "how to use" says to note what is agreed elsewhere; printed,
# to write it in the box.
printed_words=$(pdftotext -f 1 -l 1 "$output/discuss.pdf" - | tr -s ' \n' '  ')
case "$printed_words" in
  *"$on_paper"*) ;;
  *) fail "the printed sheet does not say: $on_paper" ;;
esac
case "$printed_words" in
  *"meeting notes"*) fail "the printed sheet says to note what is agreed in the meeting notes, not in its boxes" ;;
esac
pdftotext -layout "$output/discuss.pdf" "$output/discuss.txt"
pages=$(grep -c "Page [0-9]* of [0-9]*" "$output/discuss.txt" || true)
footers=$(grep -c "Differences to discuss: Northbridge, 2026-Q4 .*Page [0-9]* of" "$output/discuss.txt" || true)
[ "$pages" -ge 2 ] || fail "the printed sheet has no page numbers in its footer"
[ "$footers" -eq "$pages" ] || fail "only $footers of $pages printed pages name the area and period"
$pages_check "$output/discuss.pdf" $table_headers
# Every row that differs is printed with its notes box on the same page.
page=1
rows=0
while [ "$page" -le "$pages" ]; do
  text=$(pdftotext -layout -f "$page" -l "$page" "$output/discuss.pdf" -)
  here=$(printf '%s\n' "$text" | grep -Ec "^ *Row ([0-9]+|[A-Za-z])(\.[0-9]+)?: the peer network [0-9.]+ (lower|higher) than" || true)
  boxes=$(printf '%s\n' "$text" | grep -c "Notes: why the scores differ" || true)
  [ "$here" -eq "$boxes" ] || fail "page $page holds $here differing rows but $boxes notes boxes"
  rows=$((rows + here))
  page=$((page + 1))
done
[ "$rows" -eq 5 ] || fail "the printed sheet holds $rows differing rows, not the 5 of the examples"
echo "printed: $pages pages, footer on each, 5 rows each with its notes box"
# No section differs by 1.5: the sheet says so, with the largest difference, in
# its instructions, and the first row follows on page 1 rather than after a
# page left mostly empty.
pdftotext -layout -f 1 -l 1 "$output/discuss.pdf" - | grep -q "Notes: why the scores differ" ||
  fail "page 1 holds no row to discuss: the first row is pushed on to page 2"
pdftotext "$output/discuss.pdf" - | tr -s ' \n' '  ' |
  grep -q "the largest difference is 1.4, in 2. Contact and connect" ||
  fail "the printed sheet does not give the largest difference between section averages"

# One perspective over two quarters (the README's "what moved since last
# quarter"): a sheet about change, every row that moved listed with both
# periods' scores, the notes box under the list, printed with a footer on each page.
"$coprod" compare --format html -o "$output/moved.html" \
  "$examples/2026-Q3-peer-network.coprod.yaml" "$examples/2026-Q4-peer-network.coprod.yaml"
$check --html "$output/moved.html" --width 1280 --axe "$axe" \
  --screenshot "$output/moved-1280.png" --print-pdf "$output/moved.pdf" \
  --expect-text "What moved: Northbridge, co-production peer network, 2026-Q3 to 2026-Q4" \
  --expect-text "11 rows of 24 changed from 2026-Q3 to 2026-Q4" \
  --expect-text "2026-Q3 1.5, 2026-Q4 2.5: up 1.0, evidence updated" \
  --expect-text "Notes: why the scores moved, what you agree"
$check --html "$output/moved.html" --width 360 --axe "$axe" \
  --screenshot "$output/moved-360.png" --expect-text "What moved"
$pages_check "$output/moved.pdf" $table_headers
pdftotext "$output/moved.pdf" - | tr -s ' \n' '  ' | grep -q "why they differ" &&
  fail "the sheet of what moved tells people to talk about why the perspectives differ"

# The lines that spell out abbreviations (ICB in the area's name under the
# title, the guide's CCG, VCSE and IPC under the first row's signs, GP in its
# evidence) push no row on to another page: printed at a threshold of 0.5
# (17 rows on 11 pages), every row is on the page it is on with those lines
# taken out, and passes the page checks.
abbreviated=$output/abbreviations-input
mkdir -p "$abbreviated"
for f in 2026-Q4-organisation.coprod.yaml 2026-Q4-peer-network.coprod.yaml; do
  sed 's/^area: Northbridge$/area: Northbridge ICB/' "$examples/$f" > "$abbreviated/$f"
done
sed -i 's/^\( *\)\(The programme lead is a good key contact\)/\1We asked GP practices first. \2/' \
  "$abbreviated/2026-Q4-peer-network.coprod.yaml"
"$coprod" compare --format html --threshold 0.5 -o "$output/abbreviations.html" \
  "$abbreviated/2026-Q4-organisation.coprod.yaml" "$abbreviated/2026-Q4-peer-network.coprod.yaml"
sed 's#<p class="abbreviations">[^<]*</p>##; s#<span class="abbreviations">[^<]*</span>##' \
  "$output/abbreviations.html" > "$output/no-abbreviations.html"
[ "$(grep -c 'class="abbreviations"' "$output/abbreviations.html")" -eq 3 ] ||
  fail "the sheet does not spell out abbreviations on 3 lines"
rows_by_page() {
  count=$(pdfinfo "$1" | sed -n 's/^Pages: *//p')
  n=1
  while [ "$n" -le "$count" ]; do
    printf '%s: %s\n' "$n" "$(pdftotext -layout -f "$n" -l "$n" "$1" - |
      sed -n 's/^ *Row \([A-Za-z0-9.]*\): the peer network .*/\1/p' | tr '\n' ' ')"
    n=$((n + 1))
  done
}
for sheet in abbreviations no-abbreviations; do
  $check --html "$output/$sheet.html" --width 1280 --screenshot "$output/$sheet-1280.png" \
    --print-pdf "$output/$sheet.pdf" --expect-text "Differences to discuss: Northbridge ICB, 2026-Q4"
done
$pages_check "$output/abbreviations.pdf" $table_headers
rows_by_page "$output/abbreviations.pdf" > "$output/abbreviations-rows.txt"
rows_by_page "$output/no-abbreviations.pdf" > "$output/no-abbreviations-rows.txt"
diff "$output/no-abbreviations-rows.txt" "$output/abbreviations-rows.txt" ||
  fail "the abbreviation lines move rows to other pages (above: page: rows, without them and with them)"
[ "$(sed 's/^[0-9]*://' "$output/abbreviations-rows.txt" | tr ' ' '\n' | grep -c '[0-9]')" -eq 17 ] ||
  fail "the sheet at a threshold of 0.5 does not print the 17 rows of the examples"
echo "printed with abbreviations: every row on the page it is on without them"

# Missing scores: a row not scored, a row n/a, a threshold of 1.0 that brings
# in two sections. Said in words on screen, on a phone and in print.
missing=$output/missing-input
mkdir -p "$missing"
sed '/^      wrong-people:/,/score:/s/score: .*/score:/; /^      joint-work:/,/score:/s/score: .*/score: n\/a/' \
  "$examples/2026-Q4-organisation.coprod.yaml" > "$missing/org.yaml"
sed '/^      priorities:/,/score:/s/score: .*/score:/' \
  "$examples/2026-Q4-peer-network.coprod.yaml" > "$missing/peer.yaml"
"$coprod" compare --format html --threshold 1 -o "$output/missing.html" "$missing/org.yaml" "$missing/peer.yaml"
$check --html "$output/missing.html" --width 1280 --axe "$axe" \
  --screenshot "$output/missing-1280.png" --print-pdf "$output/missing.pdf" \
  --expect-text "Sections whose averages differ by 1.0 or more" \
  --expect-text "Rows without a score from every assessment" \
  --expect-text "Organisation, 2026-Q4: not applicable" --expect-text "not scored yet"
$check --html "$output/missing.html" --width 360 --axe "$axe" \
  --screenshot "$output/missing-360.png" --expect-text "not applicable"
$pages_check "$output/missing.pdf" $table_headers
pdftotext "$output/missing.pdf" - | tr -s ' \n' '  ' |
  grep -q "Organisation, 2026-Q4: not scored yet" || fail "the printed sheet does not say 'not scored yet' in words"
if pdftotext -layout "$output/missing.pdf" - | grep -Eq ": (-|–|n/a)$"; then
  fail "the printed sheet shows a missing score as a mark rather than in words"
fi

# Evidence of about 30,000 characters in one row, over several pages: the row
# starts where it falls and its table's header row is printed again on each page.
long=$output/long-input
mkdir -p "$long"
awk '{ print } /^      leaders:/ { leaders = 1 } leaders && /evidence: \|-/ && !done { for (i = 0; i < 420; i++)
  printf "          Sentence %d about what was done locally with the network and partners.\n", i; done = 1 }' \
  "$examples/2026-Q4-organisation.coprod.yaml" > "$long/org.yaml"
"$coprod" compare --format html -o "$output/long.html" "$long/org.yaml" "$examples/2026-Q4-peer-network.coprod.yaml"
$check --html "$output/long.html" --width 1280 --screenshot "$output/long-1280.png" \
  --print-pdf "$output/long.pdf" --expect-text "Sentence 419 about"
$pages_check "$output/long.pdf" $table_headers \
  --repeated-header "^Perspective\s+Score\s+Evidence" --on-pages-with "^Sentence [0-9]+ about"

# Hostile evidence in a row that differs: a long web address with no break,
# markup, and a right-to-left override that would show "evil" as "live".
hostile=$output/hostile-input
mkdir -p "$hostile"
address="https://example.org/$(printf 'a%.0s' $(seq 1 300))?q=1"
override=$(printf '\342\200\256')
pop=$(printf '\342\200\254')
sed "/^      leaders:/,/evidence:/s#evidence: |-#evidence: $address <b>123</b> ${override}evil${pop} end#" \
  "$examples/2026-Q4-peer-network.coprod.yaml" > "$hostile/peer.yaml"
"$coprod" compare --format html -o "$output/hostile.html" "$examples/2026-Q4-organisation.coprod.yaml" \
  "$hostile/peer.yaml"
$check --html "$output/hostile.html" --width 1280 --axe "$axe" --screenshot "$output/hostile-1280.png" \
  --print-pdf "$output/hostile.pdf" --expect-text "<b>123</b> evil end"
$check --html "$output/hostile.html" --width 360 --screenshot "$output/hostile-360.png"
pdftotext "$output/hostile.pdf" - | tr -s ' \n' '  ' | grep -q "<b>123</b> evil end" ||
  fail "the printed sheet does not read '<b>123</b> evil end' as the file does"
echo "OK: the differences to discuss sheet"
