#!/bin/sh
# The GitHub Actions example installs every Debian package that building
# coprod needs (scripts/install-dependencies), so a copy of it builds.
#   check_ci_example_packages.sh SOURCE_DIR
set -eu
source_dir=$1
packages=$(sed -n 's/^packages="\(.*\)"$/\1/p' "$source_dir/scripts/install-dependencies")
[ -n "$packages" ] || { echo "no packages=\"...\" line in scripts/install-dependencies" >&2; exit 1; }
# The workflow's apt-get install command, its continuation lines joined.
install=$(sed -n '/apt-get install/,/[^\\]$/p' "$source_dir/examples/ci/github-actions.yml" | tr -d '\\\n')
missing=""
for package in $packages; do
  case " $install " in
    *" $package "*) ;;
    *) missing="$missing $package" ;;
  esac
done
if [ -n "$missing" ]; then
  echo "examples/ci/github-actions.yml does not install:$missing" >&2
  exit 1
fi
echo "examples/ci/github-actions.yml installs all $(echo $packages | wc -w) build packages"
