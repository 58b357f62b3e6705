#!/bin/sh
# Damages the loose object git stores for REVISION:path, as a failing disk or
# an interrupted copy would: `truncate` keeps its first 100 bytes, `remove`
# deletes it.
#   damage-object.sh truncate|remove REVISION:path
set -eu
id=$(git rev-parse "$2")
object=.git/objects/$(echo "$id" | cut -c1-2)/$(echo "$id" | cut -c3-)
chmod u+w "$object"
case $1 in
  truncate) truncate -s 100 "$object" ;;
  remove) rm "$object" ;;
esac
