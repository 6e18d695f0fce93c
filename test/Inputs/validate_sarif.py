#!/usr/bin/env python3
# Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Validate a memchecks SARIF log and print a summary for FileCheck.

  validate_sarif.py SCHEMA LOG [--apply-fixes OUT]

Validates LOG against SCHEMA with python3-jsonschema, then checks what the
schema cannot express: every result's ruleIndex names the rule with its
ruleId, rule ids are unique, uriBaseIds are declared. Prints one line per rule
and per result. With --apply-fixes, applies every fix's replacements (by byte
offset, back to front) to the file of the first result and writes it to OUT.
"""
import json
import os
import sys

import jsonschema


def fail(msg):
    sys.stderr.write("validate_sarif: %s\n" % msg)
    sys.exit(1)


def main():
    schema_path, log_path = sys.argv[1], sys.argv[2]
    apply_out = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--apply-fixes" else None
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(log_path, encoding="utf-8") as f:
        log = json.load(f)
    validator = jsonschema.Draft7Validator(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    for e in errors:
        sys.stderr.write("schema: %s: %s\n" % ("/".join(map(str, e.path)), e.message))
    if errors:
        fail("%d schema error(s)" % len(errors))
    print("SCHEMA OK")

    for run in log["runs"]:
        driver = run["tool"]["driver"]
        rules = driver.get("rules", [])
        ids = [r["id"] for r in rules]
        if len(ids) != len(set(ids)):
            fail("duplicate rule ids")
        bases = run.get("originalUriBaseIds", {})
        print("TOOL %s %s" % (driver["name"], driver.get("version", "")))
        for r in rules:
            print("RULE %s: %s" % (r["id"], r["help"]["text"]))
        changes = []
        for res in run.get("results", []):
            if "ruleIndex" in res and ids[res["ruleIndex"]] != res["ruleId"]:
                fail("ruleIndex %d is %s, not %s" % (res["ruleIndex"],
                                                    ids[res["ruleIndex"]], res["ruleId"]))
            loc = res["locations"][0]["physicalLocation"]
            art = loc["artifactLocation"]
            if "uriBaseId" in art and art["uriBaseId"] not in bases:
                fail("undeclared uriBaseId %s" % art["uriBaseId"])
            reg = loc["region"]
            nfix = sum(len(c["replacements"]) for fx in res.get("fixes", [])
                       for c in fx["artifactChanges"])
            print("RESULT %s %s %s:%d:%d fix-replacements=%d related=%d" % (
                res["level"], res["ruleId"], art["uri"], reg["startLine"],
                reg["startColumn"], nfix, len(res.get("relatedLocations", []))))
            for fx in res.get("fixes", []):
                for c in fx["artifactChanges"]:
                    a = c["artifactLocation"]
                    path = a["uri"]
                    if "uriBaseId" in a:
                        path = bases[a["uriBaseId"]]["uri"] + path
                    path = path[len("file://"):] if path.startswith("file://") else path
                    for rep in c["replacements"]:
                        d = rep["deletedRegion"]
                        changes.append((path, d["byteOffset"], d["byteLength"],
                                        rep.get("insertedContent", {}).get("text", "")))
    if apply_out:
        if not changes:
            fail("no fixes to apply")
        target = changes[0][0]
        with open(target, "rb") as f:
            data = f.read()
        for path, off, length, text in sorted(changes, key=lambda c: -c[1]):
            if os.path.realpath(path) == os.path.realpath(target):
                data = data[:off] + text.encode("utf-8") + data[off + length:]
        with open(apply_out, "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
