#!/usr/bin/python3
"""Validates qaconv JSON files against schema/qaconv.schema.json (JSON Schema
2020-12, python3-jsonschema).  usage: validate_schema.py SCHEMA FILE..."""
import json
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failed = 0
    for path in sys.argv[2:]:
        doc = json.load(open(path, encoding="utf-8"))
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        for e in errors[:5]:
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
        failed += bool(errors)
    print(f"{len(sys.argv) - 2 - failed} valid, {failed} invalid")
    return 1 if failed or len(sys.argv) < 3 else 0


sys.exit(main())
