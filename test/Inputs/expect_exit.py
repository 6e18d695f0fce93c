#!/usr/bin/env python3
# Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""expect_exit.py CODE COMMAND...: run COMMAND, pass its stdout and stderr
through (stderr after stdout), and fail unless it exits with exactly CODE.
lit's `not` only tells zero from non-zero; the memchecks command's 1
(findings) and 2 (setup error) must not be confused."""
import subprocess
import sys

want = int(sys.argv[1])
proc = subprocess.run(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
sys.stdout.buffer.write(proc.stdout)
sys.stdout.buffer.write(proc.stderr)
sys.stdout.flush()
if proc.returncode != want:
    sys.stderr.write("expect_exit: %s exited with %d, expected %d\n"
                     % (sys.argv[2], proc.returncode, want))
    sys.exit(1)
