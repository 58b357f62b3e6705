#!/usr/bin/env python3
"""Checks schemas/assessment.schema.json with an independent validator
(python3-jsonschema), and that it agrees with the coprod binary:

1. every bundled example, and a fresh `coprod init` file, pass the schema;
2. the section and row ids the schema offers editors are each built-in
   framework's ids (scripts/update-schema-ids writes them);
3. each of a set of broken variants of an example fails BOTH the schema and
   `coprod score` (exit code 3).

YAML is loaded as YAML 1.2-like data: PyYAML follows YAML 1.1, which would
turn 2026-09-30 into a date and yes/no into booleans, so those implicit
resolvers are replaced before loading.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    pass


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def load_yaml(text):
    return yaml.load(text, Loader=Yaml12Loader)


# (description, pattern, replacement) applied to the first example file.
BROKEN_VARIANTS = [
    ("score above the scale", r"score: [0-9.]+\n", "score: 6\n"),
    ("score as a word", r"score: [0-9.]+\n", "score: three\n"),
    ("quarter point", r"score: [0-9.]+\n", "score: 2.25\n"),
    ("quoted score", r"score: [0-9.]+\n", 'score: "3"\n'),
    ("unknown section id", r"\n  commitment:\n", "\n  comitment:\n"),
    ("unknown row id", r"\n      strategy:\n", "\n      stratgy:\n"),
    ("unknown key", r"\n(\s+)evidence:", r"\n\1evidance:"),
    ("missing area", r"\narea: [^\n]*\n", "\n"),
    ("unknown perspective", r"perspective: [a-z-]+", "perspective: board"),
    ("malformed period", r"period: [0-9A-Z-]+", "period: Q3 2026"),
    ("malformed date", r"last_completed: [0-9-]+", "last_completed: 30/09/2026"),
    ("wrong format", r"format: coprod-assessment/1", "format: coprod-assessment/9"),
    ("YAML 1.1 boolean", r"\n(\s+)indicator_seen: true", r"\n\1indicator_seen: yes"),
    ("framework version as text", r"framework_version: 1", "framework_version: one"),
]


def schema_errors(validator, document):
    return sorted(error.message for error in validator.iter_errors(document))


PLAN_VARIANTS = [
    ("unknown status", r"status: done", "status: finished"),
    ("target above the scale", r"target: 3\n", "target: 7\n"),
    ("malformed due date", r"due: 2026-11-30", "due: 30/11/2026"),
    ("unknown action key", r"\n    owner:", "\n    ownr:"),
    ("action id with spaces", r"id: commitment-1", "id: Commitment One"),
    ("carried_from not a period", r"  - id: contact-1\n", "  - id: contact-1\n    carried_from: last quarter\n"),
]

# Variants of the example plan that coprod accepts, so the schema must too.
PLAN_ACCEPTED_VARIANTS = [
    ("action carried from an earlier plan", r"  - id: contact-1\n", "  - id: contact-1\n    carried_from: 2026-Q2\n"),
]


def check_plan_schema(args):
    """The plan schema accepts the bundled plan and rejects what coprod rejects."""
    failures = []
    with open(os.path.join(args.source, "schemas/plan.schema.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    plans = sorted(glob.glob(os.path.join(args.source, "examples/**/*-action-plan.yaml"), recursive=True))
    if not plans:
        return ["no example plan found"]
    with open(plans[0], encoding="utf-8") as handle:
        original = handle.read()
    errors = schema_errors(validator, load_yaml(original))
    if errors:
        failures.append(f"{plans[0]} does not pass the plan schema: {errors}")
    with tempfile.TemporaryDirectory() as work:
        for description, pattern, replacement in PLAN_VARIANTS:
            broken, count = re.subn(pattern, replacement, original, count=1)
            if count != 1:
                failures.append(f"plan variant '{description}': pattern not found")
                continue
            path = os.path.join(work, "broken-plan.yaml")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(broken)
            if not schema_errors(validator, load_yaml(broken)):
                failures.append(f"plan variant '{description}': the schema accepts it")
            result = subprocess.run([args.binary, "check", path], capture_output=True, text=True)
            if result.returncode != 3:
                failures.append(f"plan variant '{description}': coprod check exited {result.returncode}")
        failures += check_accepted_plan_variants(args, validator, original, work)
    return failures


def check_accepted_plan_variants(args, validator, original, work):
    """Variants of the example plan that both the schema and coprod check accept."""
    failures = []
    for description, pattern, replacement in PLAN_ACCEPTED_VARIANTS:
        changed, count = re.subn(pattern, replacement, original, count=1)
        if count != 1:
            failures.append(f"accepted plan variant '{description}': pattern not found")
            continue
        errors = schema_errors(validator, load_yaml(changed))
        if errors:
            failures.append(f"accepted plan variant '{description}': the schema refuses it: {errors}")
        path = os.path.join(work, "changed-plan.yaml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(changed)
        result = subprocess.run([args.binary, "check", path], capture_output=True, text=True)
        if result.returncode != 0:
            failures.append(f"accepted plan variant '{description}': coprod check exited {result.returncode}: "
                            f"{result.stdout}{result.stderr}")
    return failures


FRAMEWORK_VARIANTS = [
    ("no rows", r"    rows:\n      - id: speak-first", "    rows: []\n    x:\n      - id: speak-first"),
    ("row with neither side", r"        indicator: A \"you said", "        note: A \"you said"),
    ("bad id", r"id: listening\n", "id: Listening Now\n"),
    ("unknown top key", r"\nsections:", "\nsectons:"),
    ("change before version 2", r"  - version: 2\n", "  - version: 1\n"),
]


def check_framework_schema(args):
    """The framework schema accepts the built-in and example frameworks, and
    rejects broken variants of the example that coprod also refuses."""
    failures = []
    with open(os.path.join(args.source, "schemas/framework.schema.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    files = sorted(glob.glob(os.path.join(args.source, "src/frameworks/*.yaml")))
    files += sorted(glob.glob(os.path.join(args.source, "examples/local-framework/*.yaml")))
    if len(files) < 4:
        failures.append(f"expected three built-in frameworks and an example, found {files}")
    for path in files:
        with open(path, encoding="utf-8") as handle:
            errors = schema_errors(validator, load_yaml(handle.read()))
        if errors:
            failures.append(f"{path} does not pass the framework schema: {errors}")
    with open(files[-1], encoding="utf-8") as handle:
        original = handle.read()
    with tempfile.TemporaryDirectory() as work:
        for description, pattern, replacement in FRAMEWORK_VARIANTS:
            broken, count = re.subn(pattern, replacement, original, count=1)
            if count != 1:
                failures.append(f"framework variant '{description}': pattern not found")
                continue
            path = os.path.join(work, "broken-framework.yaml")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(broken)
            if not schema_errors(validator, load_yaml(broken)):
                failures.append(f"framework variant '{description}': the schema accepts it")
            result = subprocess.run([args.binary, "frameworks", path], capture_output=True, text=True)
            if result.returncode != 3:
                failures.append(f"framework variant '{description}': coprod exited {result.returncode}")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()

    with open(os.path.join(args.source, "schemas/assessment.schema.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failures = []

    examples = sorted(glob.glob(os.path.join(args.source, "examples/**/*.coprod.yaml"), recursive=True))
    if len(examples) < 4:
        failures.append(f"expected at least four examples, found {len(examples)}")
    with tempfile.TemporaryDirectory() as work:
        fresh = os.path.join(work, "fresh.yaml")
        subprocess.run([args.binary, "init", fresh, "--perspective", "peer-network", "--area", "Northbridge",
                        "--period", "2026-Q3"], check=True, capture_output=True)
        for path in examples + [fresh]:
            with open(path, encoding="utf-8") as handle:
                errors = schema_errors(validator, load_yaml(handle.read()))
            if errors:
                failures.append(f"{path} does not pass the schema: {errors}")

        # 2. The ids offered to editors are each built-in framework's (scripts/update-schema-ids).
        rules = {rule["if"]["properties"]["framework"]["const"]: rule for rule in schema["allOf"]}
        for path in sorted(glob.glob(os.path.join(args.source, "src/frameworks/*.yaml"))):
            with open(path, encoding="utf-8") as handle:
                framework = load_yaml(handle.read())
            rule = rules.get(framework["id"])
            if rule is None or rule["if"]["properties"]["framework_version"]["const"] != framework["version"]:
                failures.append(f"the schema has no ids for {framework['id']} version {framework['version']}; "
                                "run scripts/update-schema-ids")
                continue
            then = rule["then"]["properties"]["sections"]
            if then["propertyNames"]["enum"] != [s["id"] for s in framework["sections"]]:
                failures.append(f"the schema's section ids differ from {framework['id']}'s")
            for section in framework["sections"]:
                offered = then["properties"][section["id"]]["properties"]["rows"]["propertyNames"]["enum"]
                if offered != [row["id"] for row in section["rows"]]:
                    failures.append(f"the schema's row ids for {framework['id']} {section['id']} differ")

        # 3. Broken variants fail both the schema and the binary.
        with open(examples[0], encoding="utf-8") as handle:
            original = handle.read()
        for description, pattern, replacement in BROKEN_VARIANTS:
            broken, count = re.subn(pattern, replacement, original, count=1)
            if count != 1:
                failures.append(f"variant '{description}': pattern not found in {examples[0]}")
                continue
            path = os.path.join(work, "broken.yaml")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(broken)
            try:
                document = load_yaml(broken)
                schema_rejects = bool(schema_errors(validator, document))
            except yaml.YAMLError:
                schema_rejects = True
            result = subprocess.run([args.binary, "score", path], capture_output=True, text=True)
            if not schema_rejects:
                failures.append(f"variant '{description}': the schema accepts it")
            if result.returncode != 3 or "error:" not in result.stderr:
                failures.append(f"variant '{description}': coprod exited {result.returncode}: {result.stderr.strip()}")

    failures += check_plan_schema(args)
    failures += check_framework_schema(args)
    for failure in failures:
        print("FAIL:", failure)
    print(f"checked {len(examples)} examples, a fresh init file and {len(BROKEN_VARIANTS)} broken variants")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
