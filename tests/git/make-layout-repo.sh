#!/bin/sh
# Makes a git repository laid out as the README's Quick start says: one file
# per period, 2026-Q3-organisation.coprod.yaml then 2026-Q4-..., with the
# peer network's files beside them, in two commits with fixed dates.
#   make-layout-repo.sh FOLDER SOURCE_DIR
set -eu
folder=$1
source=$2
export GIT_AUTHOR_NAME="Programme lead" GIT_AUTHOR_EMAIL="lead@example.org"
export GIT_COMMITTER_NAME="Programme lead" GIT_COMMITTER_EMAIL="lead@example.org"
git init -q -b main "$folder"
cd "$folder"
mkdir -p northbridge
cp "$source"/examples/northbridge/2026-Q3-*.coprod.yaml northbridge/
git add -A
GIT_AUTHOR_DATE="2026-10-01T10:00:00Z" GIT_COMMITTER_DATE="2026-10-01T10:00:00Z" git commit -q -m "Northbridge, 2026-Q3"
cp "$source"/examples/northbridge/2026-Q4-*.coprod.yaml northbridge/
git add -A
GIT_AUTHOR_DATE="2027-01-05T10:00:00Z" GIT_COMMITTER_DATE="2027-01-05T10:00:00Z" git commit -q -m "Northbridge, 2026-Q4"
