#!/usr/bin/env python3
# Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""stderr_on_tty.py COMMAND...: run COMMAND with its stderr on a pseudo
terminal (stdout stays a pipe) and print what it wrote there, carriage
returns shown as <CR> and erase-line sequences as <EL>, then its stdout."""
import os
import pty
import subprocess
import sys

master, slave = pty.openpty()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=slave)
os.close(slave)
err = b""
while True:
    try:
        data = os.read(master, 4096)
    except OSError:  # the other end closed
        break
    if not data:
        break
    err += data
out = proc.stdout.read()
proc.wait()
text = err.decode("utf-8", "replace").replace("\r\n", "\n")
sys.stdout.write(text.replace("\r", "<CR>").replace("\x1b[K", "<EL>"))
sys.stdout.write(out.decode("utf-8", "replace"))
