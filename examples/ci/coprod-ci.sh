#!/bin/sh
# Checks every co-production assessment and plan under a folder, and builds
# an evidence pack for each area's latest review. The plain-shell version of
# github-actions.yml, for any CI service (or a laptop).
#
#   coprod-ci.sh [ASSESSMENTS_FOLDER] [OUTPUT_FOLDER]
#
# Fails (non-zero exit) when a file is invalid or holds likely personal data
# (e-mail addresses, phone numbers, NHS numbers, postcodes, remarks attributed
# to a named person); other findings, such as a score with no evidence, are
# printed but do not fail the build. Expects files named
# <period>-<perspective>.coprod.yaml (2026-Q4-organisation.coprod.yaml), one
# folder per area, and plans named <period>-action-plan.yaml.
set -eu

root=${1:-.}
output=${2:-evidence-packs}
coprod=${COPROD:-coprod}

files=$(find -H "$root" -name '*.coprod.yaml' -o -name '*-action-plan.yaml' | LC_ALL=C sort)
if [ -z "$files" ]; then
  echo "coprod-ci: no assessments found under $root" >&2
  exit 1
fi
# From here on, lists are split at line breaks only, so folders with spaces or
# accents in their names ("North Tyneside") work.
IFS='
'
set -f

echo "== Checking $(echo "$files" | wc -l) files"
# shellcheck disable=SC2086 # one argument per line (IFS above)
"$coprod" check --fail-on email,phone,nhs-number,postcode,attribution $files
set +f # the packs below name their files with a pattern

echo "== Building evidence packs into $output"
mkdir -p "$output"
for folder in $(echo "$files" | while read -r file; do dirname "$file"; done | LC_ALL=C sort -u); do
  latest=$(find -H "$folder" -maxdepth 1 -name '*.coprod.yaml' -exec basename {} \; | cut -c1-7 | LC_ALL=C sort -u | tail -n 1)
  [ -n "$latest" ] || continue
  area=$(basename "$folder")
  previous_plan=$(find -H "$folder" -maxdepth 1 -name '*-action-plan.yaml' | LC_ALL=C sort | tail -n 1)
  if [ -n "$previous_plan" ]; then
    "$coprod" report --force -o "$output/$area-$latest" --plan "$previous_plan" "$folder/$latest"-*.coprod.yaml
  else
    "$coprod" report --force -o "$output/$area-$latest" "$folder/$latest"-*.coprod.yaml
  fi
done
echo "== Done: $(find "$output" -name index.html | wc -l) evidence packs in $output"
