#!/usr/bin/env python3
# Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""make_hook_repo.py SRC_ROOT HOOK_REPO CONFIG [ARG...]

Make HOOK_REPO a git repository holding memchecks' .pre-commit-hooks.yaml and
tools/git-pre-commit as they are in SRC_ROOT's working tree (so the test sees
uncommitted edits too), and write CONFIG, a .pre-commit-config.yaml using its
`memchecks` hook at that commit with the given hook args."""
import json
import os
import shutil
import subprocess
import sys

src, repo, config, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
os.makedirs(os.path.join(repo, "tools"), exist_ok=True)
shutil.copy2(os.path.join(src, ".pre-commit-hooks.yaml"), repo)
shutil.copy2(os.path.join(src, "tools", "git-pre-commit"), os.path.join(repo, "tools"))


def git(*a):
    return subprocess.run(["git", "-C", repo, "-c", "user.name=memchecks",
                           "-c", "user.email=memchecks@example.invalid"] + list(a),
                          check=True, stdout=subprocess.PIPE).stdout.decode().strip()


git("init", "-q", ".")
git("add", "-A")
git("commit", "-q", "-m", "hooks")
sha = git("rev-parse", "HEAD")
with open(config, "w") as f:
    f.write("repos:\n- repo: %s\n  rev: %s\n  hooks:\n  - id: memchecks\n    args: %s\n"
            % (os.path.abspath(repo), sha, json.dumps(args)))
