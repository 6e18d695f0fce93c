# Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""SARIF 2.1.0 output for the memchecks command.

The memchecks command collects clang-tidy's findings from its text output and,
for SARIF, also asks clang-tidy for --export-fixes YAML; this module joins the
two into one SARIF log:

  * one rule per check (id = check name, help = the first sentence of the
    check's docs page, from memchecks-rules.json generated at build time);
  * one result per finding, with its line and column (SARIF columns count
    UTF-16 code units; clang-tidy's count bytes, so they are converted);
  * the finding's notes as relatedLocations and its replacements as a fix.

Run as a script it generates memchecks-rules.json from the module's
registrations and docs/checks/*.md:
  python3 sarif.py --make-rules OUT.json MemchecksModule.cpp DOC.md...
"""

import json
import os
import re
import sys

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
RULES_FILE = "memchecks-rules.json"
SRCROOT = "SRCROOT"


# --- rule help from the docs pages -----------------------------------------

def doc_summary(text):
    """First sentence of the paragraph after a docs page's '# title' line
    (HTML comments, such as the template's note to authors, are skipped)."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    lines = text.splitlines()
    para, started = [], False
    for line in lines:
        if not started:
            if line.startswith("# "):
                started = True
            continue
        if not line.strip():
            if para:
                break
            continue
        if line.startswith("#"):
            break
        para.append(line.strip())
    summary = " ".join(para)
    m = re.match(r"(.+?[.!?])(\s|$)", summary)
    return m.group(1) if m else summary


def make_rules(doc_paths, module_source=None):
    """Rule help for every check the module registers (from its source) and
    every docs page; a check without a page gets rule_help's fallback."""
    rules = {}
    if module_source:
        with open(module_source, encoding="utf-8") as f:
            for name in re.findall(r'"(memchecks-[a-z0-9-]+)"', f.read()):
                if name != "memchecks-module":
                    rules[name] = {}
    for path in doc_paths:
        name = os.path.splitext(os.path.basename(path))[0]
        if name.upper() == "TEMPLATE":
            continue
        with open(path, encoding="utf-8") as f:
            summary = doc_summary(f.read())
        if summary:
            rules["memchecks-" + name] = {"summary": summary,
                                          "doc": "docs/checks/%s.md" % name}
    return rules


def load_rules():
    path = os.path.join(os.path.dirname(os.path.realpath(__file__)), RULES_FILE)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def rule_help(check, rules):
    r = rules.get(check)
    if r and r.get("summary"):
        return r["summary"], r.get("doc")
    if check.startswith("memchecks-"):
        page = "docs/checks/%s.md" % check[len("memchecks-"):]
        return "memchecks check %s; see %s." % (check, page), page
    if check.startswith("clang-diagnostic-"):
        return "A compiler diagnostic reported while checking the file.", None
    return "clang-tidy check %s." % check, None


# --- clang-tidy --export-fixes YAML ----------------------------------------

def read_export_fixes(path):
    """The diagnostics of one --export-fixes file, or [] when there is none
    (or PyYAML is missing: then the SARIF log simply has no fixes)."""
    try:
        import yaml
    except ImportError:
        return []
    try:
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
    except (OSError, yaml.YAMLError):
        return []
    out = []
    for d in (doc or {}).get("Diagnostics") or []:
        # LLVM 9+ nests the main message; older versions put it at top level.
        msg = d.get("DiagnosticMessage") or d
        build = d.get("BuildDirectory") or ""

        def path(p):  # relative paths are relative to the TU's build directory
            return os.path.normpath(os.path.join(build, p)) if p else ""
        out.append({
            "check": d.get("DiagnosticName", ""),
            "message": msg.get("Message", ""),
            "file": path(msg.get("FilePath", "")),
            "offset": int(msg.get("FileOffset", 0) or 0),
            "replacements": [dict(r, FilePath=path(r["FilePath"]))
                             for r in msg.get("Replacements") or []
                             if r.get("FilePath")],
            "notes": [{"message": n.get("Message", ""),
                       "file": path(n.get("FilePath", "")),
                       "offset": int(n.get("FileOffset", 0) or 0)}
                      for n in d.get("Notes") or [] if n.get("FilePath")],
        })
    return out


class Sources:
    """File contents for byte offset -> line/column conversion."""

    def __init__(self):
        self.cache = {}

    def data(self, path):
        if path not in self.cache:
            try:
                with open(path, "rb") as f:
                    self.cache[path] = f.read()
            except OSError:
                self.cache[path] = None
        return self.cache[path]

    def line_col(self, path, offset):
        """1-based line and byte column of a byte offset."""
        data = self.data(path)
        if data is None:
            return None
        offset = max(0, min(offset, len(data)))
        line = data.count(b"\n", 0, offset) + 1
        start = data.rfind(b"\n", 0, offset) + 1
        return line, offset - start + 1

    def utf16_col(self, path, line, byte_col):
        """Convert clang's 1-based byte column to SARIF's UTF-16 column."""
        data = self.data(path)
        if data is None:
            return byte_col
        lines = data.split(b"\n")
        if not 1 <= line <= len(lines):
            return byte_col
        prefix = lines[line - 1][:byte_col - 1].decode("utf-8", "replace")
        return len(prefix.encode("utf-16-le")) // 2 + 1


# --- the SARIF log -----------------------------------------------------------

def artifact_location(path, root):
    path = os.path.abspath(path)
    rel = os.path.relpath(path, root)
    if not rel.startswith(".." + os.sep) and rel != "..":
        return {"uri": rel.replace(os.sep, "/"), "uriBaseId": SRCROOT}
    return {"uri": "file://" + path.replace(os.sep, "/")}


def region(sources, path, line, byte_col):
    return {"startLine": line,
            "startColumn": sources.utf16_col(path, line, byte_col)}


def make_fix(sources, diag, root):
    changes = {}
    for r in diag["replacements"]:
        path = os.path.abspath(r["FilePath"])
        offset, length = int(r.get("Offset", 0)), int(r.get("Length", 0))
        start = sources.line_col(path, offset)
        end = sources.line_col(path, offset + length)
        deleted = {"byteOffset": offset, "byteLength": length}
        if start and end:
            deleted.update({
                "startLine": start[0],
                "startColumn": sources.utf16_col(path, *start),
                "endLine": end[0],
                "endColumn": sources.utf16_col(path, *end)})
        changes.setdefault(path, []).append({
            "deletedRegion": deleted,
            "insertedContent": {"text": r.get("ReplacementText", "")}})
    if not changes:
        return None
    return {"description": {"text": "clang-tidy fix-it for %s" % diag["check"]},
            "artifactChanges": [
                {"artifactLocation": artifact_location(p, root), "replacements": reps}
                for p, reps in sorted(changes.items())]}


def help_uri(doc, docs_base):
    """The docs page DOC (docs/checks/NAME.md) under DOCS_BASE: a URL ending
    in '/' (the repository's web view) or a local directory holding docs/."""
    if not doc or not docs_base:
        return None
    if re.match(r"^[a-z][a-z0-9+.-]*:", docs_base):
        return docs_base.rstrip("/") + "/" + doc
    path = os.path.join(os.path.abspath(docs_base), doc)
    return "file://" + path.replace(os.sep, "/") if os.path.isfile(path) else None


def make_sarif(findings, version, exported=(), root=None, docs_base=None):
    """findings: dicts with file, line, col, sev, msg, check (the memchecks
    command's parse of clang-tidy's output); exported: diagnostics from
    read_export_fixes; root: the directory URIs are made relative to
    (SRCROOT); docs_base: where helpUri points (see help_uri)."""
    root = os.path.abspath(root or os.getcwd())
    sources = Sources()
    rules_doc = load_rules()

    by_location = {}
    for d in exported:
        path = os.path.realpath(d["file"])
        lc = sources.line_col(path, d["offset"])
        if lc:
            by_location.setdefault((path, lc[0], lc[1], d["check"]), d)

    rule_ids = sorted(set(rules_doc) | {f.get("check") or "clang-diagnostic-error"
                                        for f in findings})
    rules, index = [], {}
    for rid in rule_ids:
        summary, doc = rule_help(rid, rules_doc)
        rule = {"id": rid, "name": rid,
                "shortDescription": {"text": summary},
                "fullDescription": {"text": summary},
                "help": {"text": summary + ("" if not doc else
                                            " Documentation: %s" % doc)},
                "defaultConfiguration": {"level": "error" if rid.startswith(
                    "clang-diagnostic-error") else "warning"}}
        uri = help_uri(doc, docs_base)
        if uri:
            rule["helpUri"] = uri
        if doc:
            rule["properties"] = {"documentation": doc}
        index[rid] = len(rules)
        rules.append(rule)

    results = []
    for f in findings:
        rid = f.get("check") or "clang-diagnostic-error"
        path = os.path.abspath(f["file"])
        line, col = int(f["line"]), int(f["col"])
        result = {
            "ruleId": rid,
            "ruleIndex": index[rid],
            "level": "error" if f.get("sev") == "error" else "warning",
            "message": {"text": f["msg"]},
            "locations": [{"physicalLocation": {
                "artifactLocation": artifact_location(path, root),
                "region": region(sources, path, line, col)}}],
        }
        diag = by_location.get((os.path.realpath(path), line, col, rid))
        if diag:
            related = []
            for n in diag["notes"]:
                npath = os.path.abspath(n["file"])
                lc = sources.line_col(npath, n["offset"])
                if lc:
                    related.append({
                        "id": len(related) + 1,
                        "message": {"text": n["message"]},
                        "physicalLocation": {
                            "artifactLocation": artifact_location(npath, root),
                            "region": region(sources, npath, *lc)}})
            if related:
                result["relatedLocations"] = related
            fix = make_fix(sources, diag, root)
            if fix:
                result["fixes"] = [fix]
        results.append(result)

    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "memchecks",
                "version": version,
                "semanticVersion": version,
                "rules": rules}},
            "originalUriBaseIds": {SRCROOT: {
                "uri": "file://" + root.replace(os.sep, "/").rstrip("/") + "/"}},
            "columnKind": "utf16CodeUnits",
            "results": results,
        }],
    }


def merge_logs(docs):
    """One log from several memchecks logs (of one version, e.g. the shards of
    a CI matrix): the first log's tool, every rule once, every result once
    (a header's finding may come from several shards)."""
    runs = [r for d in docs for r in d["runs"]]
    first = runs[0]
    rules, index = [], {}
    for run in runs:
        for rule in run["tool"]["driver"].get("rules", []):
            if rule["id"] not in index:
                index[rule["id"]] = len(rules)
                rules.append(rule)
    bases = {}
    for run in runs:
        for k, v in run.get("originalUriBaseIds", {}).items():
            bases.setdefault(k, v)
    results, seen = [], set()
    for run in runs:
        for res in run.get("results", []):
            res = dict(res)
            if "ruleId" in res:
                res["ruleIndex"] = index[res["ruleId"]]
            key = json.dumps(res, sort_keys=True)
            if key not in seen:
                seen.add(key)
                results.append(res)
    driver = dict(first["tool"]["driver"], rules=rules)
    run = {k: v for k, v in first.items() if k not in ("results", "tool")}
    run.update({"tool": dict(first["tool"], driver=driver), "results": results})
    if bases:
        run["originalUriBaseIds"] = bases
    return {"$schema": docs[0].get("$schema", SCHEMA_URI), "version": "2.1.0",
            "runs": [run]}


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] != "--make-rules":
        sys.stderr.write("usage: sarif.py --make-rules OUT.json MODULE.cpp DOC.md...\n")
        sys.exit(2)
    rules = make_rules(sys.argv[4:], sys.argv[3])
    text = json.dumps(rules, indent=2, sort_keys=True) + "\n"
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(text)
