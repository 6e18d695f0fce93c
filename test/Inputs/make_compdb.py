#!/usr/bin/env python3
# Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""make_compdb.py DIR SOURCE...: write DIR/compile_commands.json with one
`clang++ -std=c++17 -c SOURCE` entry per source (paths relative to DIR, as
CMake's own databases have them when sources sit in the build tree)."""
import json
import os
import sys

out_dir = os.path.abspath(sys.argv[1])
os.makedirs(out_dir, exist_ok=True)
entries = []
for src in sys.argv[2:]:
    rel = os.path.relpath(os.path.abspath(src), out_dir)
    entries.append({"directory": out_dir, "file": rel,
                    "arguments": ["clang++", "-std=c++17", "-c", rel,
                                  "-o", os.path.splitext(rel)[0] + ".o"]})
with open(os.path.join(out_dir, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=2)
