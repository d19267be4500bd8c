#!/bin/sh
# Converts every sample to JSON and validates each against the schema.
# usage: QACONV=... schema_samples.sh SCHEMA SAMPLE...
set -eu
schema=$1; shift
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
for f in "$@"; do
    "$QACONV" -q -t json -o "$dir/$(basename "$f" .txt).json" "$f"
done
/usr/bin/python3 "$(dirname "$0")/validate_schema.py" "$schema" "$dir"/*.json
