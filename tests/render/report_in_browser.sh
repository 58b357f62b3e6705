#!/bin/sh
# Makes the evidence pack from the bundled examples and opens its index.html
# in headless Chromium: no console errors, no network requests, the web drawn,
# printable to A4. The screenshot and PDF stay in OUTPUT for people to look at.
#   report_in_browser.sh COPROD SOURCE_DIR OUTPUT_DIR
set -eu
coprod=$1
source=$2
output=$3
examples=$source/examples/northbridge
rm -rf "$output/report"
mkdir -p "$output"
"$coprod" report -o "$output/report" --plan "$examples/2026-Q3-action-plan.yaml" \
  --previous "$examples/2026-Q3-organisation.coprod.yaml" \
  "$examples/2026-Q4-organisation.coprod.yaml" "$examples/2026-Q4-peer-network.coprod.yaml"
/usr/bin/python3 "$source/tests/render/check_html_in_browser.py" --html "$output/report/index.html" \
  --screenshot "$output/report.png" --print-pdf "$output/report.pdf" --expect-svg \
  --expect-text "Co-production reflection: Northbridge, 2026-Q4" \
  --expect-text "Where the perspectives differ" --expect-text "Action plan" \
  --expect-text "Invite the director of personalised care"
