# -*- Python -*-
# Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
import os
import subprocess
import lit.formats

config.name = "memchecks"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".c", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py", "check_memchecks.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.memchecks_binary_dir, "test")

# Tools from the selected LLVM major come first, so RUN lines say
# `clang-tidy` and `FileCheck` exactly as upstream tests do.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_bin_dir, config.memchecks_binary_dir,
     config.environment.get("PATH", os.environ.get("PATH", ""))])
for var in ["HOME", "TMPDIR", "LANG", "PRE_COMMIT_HOME", "XDG_CACHE_HOME"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]

inputs = os.path.join(config.test_source_root, "Inputs")
runner = " ".join([
    config.python_executable,
    os.path.join(config.test_source_root, "check_memchecks.py"),
    "--clang-tidy=" + config.clang_tidy,
    "--plugin=" + config.plugin,
    "--clang=" + config.clang,
    "--filecheck=" + config.filecheck,
    "--inputs=" + inputs,
    "--llvm-major=%d" % config.llvm_major,
])
config.substitutions.append(("%check_memchecks", runner))
config.substitutions.append(("%plugin", config.plugin))
config.substitutions.append(("%clang_tidy", config.clang_tidy))
config.substitutions.append(("%memchecks", config.python_executable + " " + config.memchecks_tool))
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%llvm_major", str(config.llvm_major)))

# Features: llvm-N for the exact major, llvm-ge-N for "at least N".
config.available_features.add("llvm-%d" % config.llvm_major)
for n in range(14, config.llvm_major + 1):
    config.available_features.add("llvm-ge-%d" % n)

# The memchecks command and its integrations (test/tool, test/integrations).
config.substitutions.append(("%expect_exit", config.python_executable + " " +
                             os.path.join(inputs, "expect_exit.py")))
config.substitutions.append(("%make_compdb", config.python_executable + " " +
                             os.path.join(inputs, "make_compdb.py")))
# The SARIF validator needs jsonschema: the configured Python's, or Debian's
# python3-jsonschema (which tools/dev installs) for /usr/bin/python3.
schema_python = config.python_executable
for candidate in [config.python_executable, "/usr/bin/python3"]:
    if os.path.isfile(candidate) and subprocess.run(
            [candidate, "-c", "import jsonschema"], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL).returncode == 0:
        schema_python = candidate
        break
config.substitutions.append(("%validate_sarif", " ".join([
    schema_python, os.path.join(inputs, "validate_sarif.py"),
    os.path.join(inputs, "sarif-2.1.0-subset.schema.json")])))
config.substitutions.append(("%tool_memchecks", config.memchecks_tool))
config.substitutions.append(("%tools_dir", os.path.join(
    os.path.dirname(config.test_source_root), "tools")))
config.substitutions.append(("%repo_root", os.path.dirname(config.test_source_root)))
# For compiling check sources outside the build (test/tool/new-check.test).
config.substitutions.append(("%clang_bin", config.clang))
config.substitutions.append(("%llvm_include", os.path.join(
    os.path.dirname(config.llvm_bin_dir), "include")))

# A clang-tidy of another LLVM major, for the version-mismatch test. tools/dev
# installs only the selected major, so this one may legitimately be missing.
other = 14 if config.llvm_major != 14 else 19
other_tidy = "/usr/lib/llvm-%d/bin/clang-tidy" % other
if os.path.isfile(other_tidy):
    config.available_features.add("other-clang-tidy")
    config.substitutions.append(("%other_clang_tidy", other_tidy))
    config.substitutions.append(("%other_major", str(other)))

# memchecks-clangd is built only where Debian ships clangd's static libraries
# (LLVM 15 and later) and MEMCHECKS_BUILD_CLANGD is on.
if config.memchecks_clangd and os.path.isfile(config.memchecks_clangd):
    config.available_features.add("memchecks-clangd")
    config.substitutions.append(("%clangd_memchecks", config.memchecks_clangd))
