#!/usr/bin/env python3
# Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""same_version.py MEMCHECKS_CLANGD: its --version output must equal that of
the clangd next to the clang-tidy it was built against, when that clangd is
installed (clangd-NN is not a build dependency)."""
import os
import re
import subprocess
import sys

ours = subprocess.run([sys.argv[1], "--version"], stdout=subprocess.PIPE,
                      universal_newlines=True, check=True).stdout
major = re.search(r"clangd version (\d+)", ours).group(1)
theirs_path = "/usr/lib/llvm-%s/bin/clangd" % major
if not os.path.isfile(theirs_path):
    print("no %s to compare with" % theirs_path)
    sys.exit(0)
theirs = subprocess.run([theirs_path, "--version"], stdout=subprocess.PIPE,
                        universal_newlines=True, check=True).stdout
if ours != theirs:
    sys.stderr.write("memchecks-clangd --version:\n%s\n%s --version:\n%s"
                     % (ours, theirs_path, theirs))
    sys.exit(1)
print("same version as %s" % theirs_path)
