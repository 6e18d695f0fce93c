# Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""SARIF 2.1.0 output for the memchecks command."""


def make_sarif(findings, version):
    raise NotImplementedError("SARIF output is not implemented yet")
