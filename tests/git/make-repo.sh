#!/bin/sh
# Makes a git repository for the end-to-end cases: the bundled organisation
# assessment for 2026-Q3, then for 2026-Q4, as two commits with fixed dates
# and names, so commit ids and dates are the same on every machine.
#   make-repo.sh FOLDER SOURCE_DIR
set -eu
folder=$1
source=$2
export GIT_AUTHOR_NAME="Programme lead" GIT_AUTHOR_EMAIL="lead@example.org"
export GIT_COMMITTER_NAME="Programme lead" GIT_COMMITTER_EMAIL="lead@example.org"
git init -q -b main "$folder"
cd "$folder"
mkdir -p northbridge
cp "$source/examples/northbridge/2026-Q3-organisation.coprod.yaml" northbridge/organisation.coprod.yaml
git add -A
GIT_AUTHOR_DATE="2026-10-01T10:00:00Z" GIT_COMMITTER_DATE="2026-10-01T10:00:00Z" git commit -q -m "Organisation, 2026-Q3"
cp "$source/examples/northbridge/2026-Q4-organisation.coprod.yaml" northbridge/organisation.coprod.yaml
GIT_AUTHOR_DATE="2027-01-05T10:00:00Z" GIT_COMMITTER_DATE="2027-01-05T10:00:00Z" git commit -q -a -m "Organisation, 2026-Q4"
