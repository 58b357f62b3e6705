#!/bin/sh
# Checks every co-production assessment and plan under a folder, and builds
# an evidence pack for each area's latest review. The plain-shell version of
# github-actions.yml, for any CI service (or a laptop).
#
#   coprod-ci.sh [ASSESSMENTS_FOLDER] [OUTPUT_FOLDER]
#
# Fails (non-zero exit) when a file is invalid or holds likely personal data
# (e-mail addresses, phone numbers, NHS numbers, postcodes, remarks attributed
# to a named person), or when an area's evidence pack cannot be made (the
# other areas' packs are still made, and the script names the areas left
# without one); other findings, such as a score with no evidence, are
# printed but do not fail the build. A period that starts after today (a
# file made early with coprod init --from) is checked but in no pack until it
# starts, as coprod summary leaves it out. Expects files named
# <period>-<perspective>.coprod.yaml (2026-Q4-organisation.coprod.yaml), one
# folder per area, and plans, known by their content ("format: coprod-plan/1")
# whatever their names (2026-Q4-plan.yaml, 2026-Q4-action-plan.yaml); people's
# own responses, in a responses/ folder beside an area's files, are checked
# but are in no pack. A pack shows the change since the earlier period: each
# of its files is drawn with the same perspective's file of the latest period
# before it, from the same folder, when there is one (report --previous).
#
# File and folder names are never split: find hands them to coprod and to the
# loop below as arguments (-exec ... {} +), so any name works, whatever it
# holds (spaces, accents, quotes, backslashes, tabs, line breaks: "North
# Tyneside", "Brighton and Hove"). Each pack's folder is named after its
# area's folder and period ("North Tyneside-2026-Q4"), with - for each : " < >
# | * ? \, tab or line break and no dot at the start, so that GitHub's
# upload-artifact takes the packs and Windows can unzip them; the script says
# where a pack went when its name changed (see "A pack folder is named" below).
#
# Exit status: 0 when every file is valid, holds no likely personal data, and
# every area with a period that has started has its pack; 1 otherwise: no
# assessments found, a file invalid or with likely personal data (no pack is
# made then), or an area without a pack (every other area's pack is made
# first), such as two areas whose packs would share a folder.
#
# Dates: the checks judge dates (sections completed on a day still to come)
# against today. The packs carry the date SOURCE_DATE_EPOCH gives when it is
# set, else the last commit's time when the folder is in a git repository, so
# the same commit gives the same packs, else none. Set SOURCE_DATE_EPOCH only
# for a reason: the checks take it as today's date too.
set -eu

root=${1:-.}
output=${2:-evidence-packs}
coprod=${COPROD:-coprod}
# An action plan's first setting, as coprod plan writes it (quotes allowed).
plan_format="^format:[[:space:]]*[\"']?coprod-plan/"

# Finds the assessments and plans under $root, then does what the arguments say.
coprod_files() {
  find -H "$root" \( -name '*.coprod.yaml' -o -name '*.yaml' -type f -exec grep -Eq "$plan_format" {} \; \) "$@"
}

# One x a file, counted: a count of lines would count a line break in a name.
count=$(($(coprod_files -exec sh -c 'for file do printf x; done' coprod-ci {} + | wc -c)))
if [ "$count" -eq 0 ]; then
  echo "coprod-ci: no assessments found under $root" >&2
  exit 1
fi

echo "== Checking $count files"
coprod_files -exec "$coprod" check --fail-on email,phone,nhs-number,postcode,attribution {} +

if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  pack_epoch=$SOURCE_DATE_EPOCH dated="dated by SOURCE_DATE_EPOCH"
elif pack_epoch=$(git -C "$root" log -1 --format=%ct 2>/dev/null) && [ -n "$pack_epoch" ]; then
  dated="dated by the last commit"
else
  pack_epoch='' dated="undated: not in a git repository with commits"
fi
# Today's month, counted from year 0 (2027-01 gives 2027 * 12 + 1), from
# SOURCE_DATE_EPOCH when it is set (as coprod takes it), else the clock.
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  today=$(date -u -d "@$SOURCE_DATE_EPOCH" +"%Y %m" 2>/dev/null || date -u -r "$SOURCE_DATE_EPOCH" +"%Y %m")
else
  today=$(date -u +"%Y %m")
fi
today_year=${today% *} today_month=${today#* }
today_month=$((today_year * 12 + ${today_month#0}))
echo "== Building evidence packs into $output ($dated)"
mkdir -p "$output"
# Which area folders' packs would share a pack folder (the first pass writes
# each folder's name under the pack folder's name in lower case here).
claims=$(mktemp -d "${TMPDIR:-/tmp}/coprod-ci.XXXXXX")
trap 'rm -rf "$claims"' EXIT
trap 'exit 1' HUP INT TERM
# One pack per folder that holds assessments, for its latest period (the
# start of its file names: 2026-Q4, 2026-H2 or 2026-09), with its latest plan.
# A folder with no file so named is in no pack: a responses/ folder (people's
# own responses, which coprod combine makes into the peer network's
# assessment) is skipped, and any other file whose name does not start with a
# period is named on standard error, with the name to give it.
# Periods are ordered as coprod orders them (model/period.cpp), by their
# first month, then their last: 2026-H2, 2026-Q4, 2026-10, 2026-11, not as
# text (which put 2026-Q4 after 2026-11 and 2026-H2 after 2026-09).
# A pack folder is named after its area folder and period ("North
# Tyneside-2026-Q4"), in a name GitHub's actions/upload-artifact (which
# refuses the whole upload otherwise) and Windows (to unzip it) accept: each
# run of the characters they refuse, : " < > | * ? \ and control characters
# such as a tab or a line break, becomes one - ("North: East" gives "North-
# East-2026-Q4"), and a dot at the start goes (upload-artifact leaves hidden
# folders out); spaces and letters of any alphabet stay. The area's own name
# is in the pack. When the name changes, the script prints where the pack is.
# Two areas whose packs would have the same folder name, capitals or not
# ("North: East" and "north- east", or "North" in two regions), get no pack
# (so neither overwrites or merges into the other, whichever is found first)
# and the script names both: rename one of the area folders. Capitals are
# told from small letters for A to Z only (the script keeps to what every sh
# has): "Ärea" and "ärea" are not caught, so do not name two areas that way.
# The first pass (names) finds those pairs; the second (packs) makes the packs.
# shellcheck disable=SC2016 # the script is for the sh that find starts
area_folders() {
  find -H "$root" -type d -exec sh -c '
  set -eu
  pass=$1 coprod=$2 output=$3 plan_format=$5 today_month=$6 claims=$7
  if [ -n "$4" ]; then
    SOURCE_DATE_EPOCH=$4
    export SOURCE_DATE_EPOCH
  fi
  shift 7
  failed=0
  # A message about a file, said once: in the pass that makes the packs.
  say() {
    [ "$pass" = names ] || printf "$@" >&2
  }
  # The name, safe for upload-artifact and Windows (see above).
  safe_name() {
    printf "%s" "$1" | LC_ALL=C tr "\001-\037\177\":<>*?\\\\" "[|*]" |
      LC_ALL=C sed -e "s/|\{1,\}/-/g" -e "s/^\.*//" -e "s/[. ]*\$//"
  }
  # The name to show on a terminal: a tab or a line break as a space, other
  # control characters as "?" (as coprod shows names).
  shown() {
    printf "%s" "$1" | LC_ALL=C tr "\t\n" "  " | LC_ALL=C tr "\001-\037\177" "[?*]"
  }
  # The packs of the other area folders (not $2, this one'"'"'s checksum) that
  # would have the folder name $1 (in lower case): "pack of A", "packs of A
  # and B" or "packs of A, B and C"; nothing when there is none.
  others_named() {
    others= last=
    for claim in "$claims/$1"/*; do
      [ -f "$claim" ] && [ "${claim##*/}" != "$2" ] || continue
      [ -z "$last" ] || others=${others:+$others, }$last
      last=$(shown "$(cat "$claim")")
    done
    if [ -n "$others" ]; then
      printf "packs of %s and %s" "$others" "$last"
    elif [ -n "$last" ]; then
      printf "pack of %s" "$last"
    fi
  }
  # "YEAR FIRST LAST PERIOD" for a period such as 2026-Q4 (its first and last
  # months), so that sort puts periods in order.
  period_key() {
    year=${1%%-*} part=${1#*-}
    case $part in
    H?) printf "%s %02d %02d %s\n" "$year" $((${part#H} * 6 - 5)) $((${part#H} * 6)) "$1" ;;
    Q?) printf "%s %02d %02d %s\n" "$year" $((${part#Q} * 3 - 2)) $((${part#Q} * 3)) "$1" ;;
    *) printf "%s %s %s %s\n" "$year" "$part" "$part" "$1" ;;
    esac
  }
  # The first and last month of a period, counted from year 0: 2026-Q4 gives
  # 2026 * 12 + 10 and 2026 * 12 + 12.
  months() {
    year=${1%%-*} part=${1#*-}
    case $part in
    Q?) first=$((${part#Q} * 3 - 2)) last=$((${part#Q} * 3)) ;;
    H?) first=$((${part#H} * 6 - 5)) last=$((${part#H} * 6)) ;;
    *) first=${part#0} last=${part#0} ;;
    esac
    first=$((year * 12 + first)) last=$((year * 12 + last))
  }
  for folder do
    case ${folder%/} in
    responses | */responses) continue ;;
    esac
    latest=$(for file in "$folder"/*.coprod.yaml; do
      [ -f "$file" ] || continue
      name=${file##*/}
      case $name in
      [0-9][0-9][0-9][0-9]-Q[1-4]-* | [0-9][0-9][0-9][0-9]-H[12]-* | \
        [0-9][0-9][0-9][0-9]-0[1-9]-* | [0-9][0-9][0-9][0-9]-1[0-2]-*)
        period=${name%"${name#???????}"}
        months "$period"
        if [ "$first" -gt "$today_month" ]; then
          say "coprod-ci: %s: left out of the evidence packs until %s starts; it is checked\n" "$file" "$period"
          continue
        fi
        period_key "$period" ;;
      *)
        say "coprod-ci: %s: left out of the evidence packs: its name does not start with a review period; name it <period>-<perspective>.coprod.yaml (2026-Q4-organisation.coprod.yaml)\n" "$file" ;;
      esac
    done | LC_ALL=C sort -u | tail -n 1 | cut -d " " -f 4)
    [ -n "$latest" ] || continue
    area=${folder%/}
    area=${area##*/}
    # The folder the script was given, as "." or "..": its own name.
    case $area in . | .. | "") area=$(cd "$folder" && pwd) area=${area##*/} ;; esac
    pack=$(safe_name "$area-$latest")
    key=$(printf "%s" "$pack" | LC_ALL=C tr "[:upper:]" "[:lower:]")
    mine=$(printf "%s" "$folder" | cksum | tr " " -)
    if [ "$pass" = names ]; then
      mkdir -p "$claims/$key" 2>/dev/null && printf "%s" "$folder" 2>/dev/null > "$claims/$key/$mine" || :
      continue
    fi
    others=$(others_named "$key" "$mine")
    if [ -n "$others" ]; then
      printf "coprod-ci: %s: no evidence pack: it would share the folder %s with the %s (a pack folder is named after the area'"'"'s own folder, not those above it, with - for each : \" < > | * ? \\\\, tab or line break, and Windows does not tell capitals from small letters); rename one of these area folders\n" "$(shown "$folder")" "$pack" "$others" >&2
      failed=1
      continue
    fi
    if [ "$pack" != "$area-$latest" ]; then
      printf "== The pack of %s is in %s (upload-artifact and Windows need a folder name without : \" < > | * ? \\\\, tabs, line breaks or a dot at the start)\n" "$(shown "$folder")" "$pack"
    fi
    set --
    # The plan (known by its content) of the latest period, by the period its name starts with.
    previous_plan=$(for plan in "$folder"/*.yaml; do
      case $plan in *.coprod.yaml) continue ;; esac
      [ -f "$plan" ] && grep -Eq "$plan_format" "$plan" || continue
      name=${plan##*/}
      case $name in
      [0-9][0-9][0-9][0-9]-Q[1-4]-* | [0-9][0-9][0-9][0-9]-H[12]-* | \
        [0-9][0-9][0-9][0-9]-0[1-9]-* | [0-9][0-9][0-9][0-9]-1[0-2]-*)
        period=${name%"${name#???????}"}
        months "$period"
        [ "$first" -le "$today_month" ] || continue
        printf "%s %s\n" "$(period_key "$period")" "$name" ;;
      *)
        printf "coprod-ci: %s: not used in the evidence packs: its name does not start with a review period; name it <period>-action-plan.yaml (2026-Q3-action-plan.yaml)\n" "$plan" >&2 ;;
      esac
    done | LC_ALL=C sort | tail -n 1 | cut -d " " -f 5-)
    [ -z "$previous_plan" ] || previous_plan=$folder/$previous_plan
    [ -z "$previous_plan" ] || set -- --plan "$previous_plan"
    # For each perspective, its file of the latest period that ends before this one starts.
    months "$latest"
    starts=$first
    for file in "$folder/$latest"-*.coprod.yaml; do
      perspective=${file#"$folder/$latest"-}
      earlier= earlier_end=0
      for candidate in "$folder"/*-"$perspective"; do
        period=${candidate##*/}
        period=${period%-"$perspective"}
        case $period in
        [0-9][0-9][0-9][0-9]-Q[1-4] | [0-9][0-9][0-9][0-9]-H[12] | \
          [0-9][0-9][0-9][0-9]-0[1-9] | [0-9][0-9][0-9][0-9]-1[0-2]) ;;
        *) continue ;;
        esac
        months "$period"
        if [ "$last" -lt "$starts" ] && [ "$last" -gt "$earlier_end" ]; then
          earlier=$candidate earlier_end=$last
        fi
      done
      [ -z "$earlier" ] || set -- "$@" --previous "$earlier"
    done
    if ! "$coprod" report --force -o "$output/$pack" "$@" "$folder/$latest"-*.coprod.yaml; then
      printf "coprod-ci: %s: no evidence pack for %s: see the message above\n" "$folder" "$latest" >&2
      failed=1
    fi
  done
  exit "$failed"' coprod-ci "$1" "$coprod" "$output" "$pack_epoch" "$plan_format" "$today_month" "$claims" {} +
}
area_folders names || : # a folder find cannot read is named, and fails, in the second pass
area_folders packs || packs_failed=1
packs=$(($(find "$output" -name index.html -exec sh -c 'for file do printf x; done' coprod-ci {} + | wc -c)))
if [ "$packs" -eq 1 ]; then pack_word="evidence pack"; else pack_word="evidence packs"; fi
echo "== Done: $packs $pack_word in $output"
if [ "${packs_failed:-0}" -ne 0 ]; then
  echo "coprod-ci: some areas have no evidence pack (named above); the build fails until each one can be made" >&2
  exit 1
fi
