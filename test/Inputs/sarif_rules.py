#!/usr/bin/env python3
# Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""sarif_rules.py LOG: one line per rule of a SARIF log, for FileCheck:

  RULE <id> help=<real|template|fallback|empty> uri=<helpUri or none> page=<ok|missing|remote>

help is "template" when the text is (or contains) an HTML comment, "fallback"
when it is the generic text used for a check without a docs page; page says
whether a file: helpUri names an existing file. Then one line with the run's
SRCROOT base and, per result, its artifact location.
"""
import json
import os
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    log = json.load(f)
run = log["runs"][0]
for r in run["tool"]["driver"]["rules"]:
    text = r.get("help", {}).get("text", "")
    if not text.strip():
        kind = "empty"
    elif "<!--" in text or "-->" in text:
        kind = "template"
    elif text.startswith("memchecks check "):
        kind = "fallback"
    else:
        kind = "real"
    uri = r.get("helpUri")
    page = "remote"
    if uri and uri.startswith("file://"):
        page = "ok" if os.path.isfile(uri[len("file://"):]) else "missing"
    print("RULE %s help=%s uri=%s page=%s" % (r["id"], kind, uri or "none", page))
base = run.get("originalUriBaseIds", {}).get("SRCROOT", {}).get("uri", "none")
print("SRCROOT %s" % base)
for res in run.get("results", []):
    art = res["locations"][0]["physicalLocation"]["artifactLocation"]
    print("LOCATION %s %s" % (art.get("uriBaseId", "-"), art["uri"]))
