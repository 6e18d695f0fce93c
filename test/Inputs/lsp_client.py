#!/usr/bin/env python3
# Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""A minimal LSP client that uses memchecks-clangd the way an editor does.

  lsp_client.py CLANGD FILE [--fixed EXPECTED] [--timeout SECONDS]

JSON-RPC over the server's stdin/stdout: initialize, initialized, didOpen
FILE, then wait for the publishDiagnostics of that version and print each
diagnostic as

  DIAG <code> <startLine>:<startChar>-<endLine>:<endChar> <source>: <message>

(LSP positions, 0-based). With --fixed, for the first memchecks diagnostic it
asks textDocument/codeAction, prints each quick fix, applies the first one
to the text and compares it with EXPECTED (clang-tidy --fix's output):
"FIX-APPLIED same as clang-tidy --fix" or a diff. Then it sends didChange
with that fixed text and prints the diagnostics of the new version. It ends
with shutdown and exit, and fails if the server does not exit cleanly.
"""
import argparse
import difflib
import json
import os
import queue
import subprocess
import sys
import threading
import time


class Server:
    def __init__(self, cmd, cwd, env):
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=open(os.path.join(cwd, "clangd.log"), "wb"),
                                     cwd=cwd, env=env)
        self.inbox = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.inbox.put(json.loads(out.read(length)))

    def send(self, msg):
        msg["jsonrpc"] = "2.0"
        body = json.dumps(msg).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params, timeout):
        self.next_id += 1
        rid = self.next_id
        self.send({"id": rid, "method": method, "params": params})
        msg = self.wait(lambda m: m.get("id") == rid and "method" not in m, timeout,
                        "the reply to %s" % method)
        if "error" in msg:
            fail("%s failed: %s" % (method, msg["error"]))
        return msg.get("result")

    def wait(self, pred, timeout, what):
        deadline = time.time() + timeout
        while True:
            left = deadline - time.time()
            if left <= 0:
                fail("timed out after %ds waiting for %s" % (timeout, what))
            try:
                msg = self.inbox.get(timeout=left)
            except queue.Empty:
                continue
            if msg is None:
                fail("server exited while waiting for %s" % what)
            if "method" in msg and "id" in msg:
                # A server->client request (e.g. window/workDoneProgress/create).
                self.send({"id": msg["id"], "result": None})
                continue
            if pred(msg):
                return msg


def fail(msg):
    sys.stdout.flush()
    sys.stderr.write("lsp_client: %s\n" % msg)
    sys.exit(1)


def offset(text, pos):
    """LSP position (UTF-16 code units) -> index into the Python string."""
    lines = text.split("\n")
    base = sum(len(l) + 1 for l in lines[:pos["line"]])
    line = lines[pos["line"]] if pos["line"] < len(lines) else ""
    units, i = 0, 0
    while i < len(line) and units < pos["character"]:
        units += 2 if ord(line[i]) > 0xFFFF else 1
        i += 1
    return base + i


def apply_edits(text, edits):
    spans = sorted(((offset(text, e["range"]["start"]), offset(text, e["range"]["end"]),
                     e["newText"]) for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def print_diags(diags, label):
    print("%s %d diagnostic(s)" % (label, len(diags)))
    for d in diags:
        r = d["range"]
        print("DIAG %s %d:%d-%d:%d %s: %s" % (
            d.get("code", "-"), r["start"]["line"], r["start"]["character"],
            r["end"]["line"], r["end"]["character"], d.get("source", "-"), d["message"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("clangd")
    ap.add_argument("file")
    ap.add_argument("--fixed")
    ap.add_argument("--timeout", type=float, default=240)
    args = ap.parse_args()

    path = os.path.abspath(args.file)
    root = os.path.dirname(path)
    uri = "file://" + path
    with open(path, encoding="utf-8") as f:
        text = f.read()
    env = dict(os.environ)
    # No user-level clangd config may leak in: only the project's .clangd.
    env["XDG_CONFIG_HOME"] = os.path.join(root, ".xdg-config")
    server = Server([args.clangd, "--background-index=false", "--log=info",
                     "--pch-storage=memory"], root, env)

    server.request("initialize", {
        "processId": os.getpid(),
        "rootUri": "file://" + root,
        "capabilities": {"textDocument": {
            "publishDiagnostics": {"relatedInformation": True, "versionSupport": True,
                                   "codeDescriptionSupport": True},
            "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {
                "valueSet": ["quickfix", "refactor", "source"]}}},
            "synchronization": {"didSave": True}}},
    }, args.timeout)
    server.notify("initialized", {})
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "cpp", "version": 1, "text": text}})

    def diagnostics_for(version):
        msg = server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"]["uri"] == uri
                          and m["params"].get("version") == version,
                          args.timeout, "publishDiagnostics of version %d" % version)
        return msg["params"]["diagnostics"]

    diags = diagnostics_for(1)
    print_diags(diags, "OPEN")
    ours = [d for d in diags if str(d.get("code", "")).startswith("memchecks-")]

    if args.fixed:
        if not ours:
            fail("no memchecks diagnostic to fix")
        d = ours[0]
        actions = server.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": d["range"],
            "context": {"diagnostics": [d], "only": ["quickfix"]}}, args.timeout) or []
        fixes = [a for a in actions if a.get("kind") == "quickfix" and "edit" in a]
        for a in fixes:
            print("ACTION quickfix: %s" % a["title"])
        if not fixes:
            fail("no quick fix for %s" % d.get("code"))
        edit = fixes[0]["edit"]
        edits = edit.get("changes", {}).get(uri)
        if edits is None:
            edits = [e for dc in edit.get("documentChanges", [])
                     if dc["textDocument"]["uri"] == uri for e in dc["edits"]]
        fixed_text = apply_edits(text, edits)
        with open(args.fixed, encoding="utf-8") as f:
            expected = f.read()
        if fixed_text == expected:
            print("FIX-APPLIED same as clang-tidy --fix")
        else:
            print("FIX-APPLIED differs from clang-tidy --fix:")
            sys.stdout.writelines(difflib.unified_diff(
                expected.splitlines(True), fixed_text.splitlines(True),
                "clang-tidy --fix", "code action"))

        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"text": fixed_text}]})
        print_diags(diagnostics_for(2), "CHANGED")

    server.request("shutdown", None, args.timeout)
    server.notify("exit", None)
    try:
        code = server.proc.wait(timeout=args.timeout)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        fail("server did not exit after shutdown/exit")
    print("EXIT %d" % code)


if __name__ == "__main__":
    main()
