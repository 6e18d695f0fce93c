#!/usr/bin/env python3
# Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Runs one memchecks check over one lit test file and verifies its output.

Usage (through lit's %check_memchecks substitution):

  %check_memchecks [options] %s memchecks-CHECK %t [-- clang-tidy-args [-- compiler-args]]

Options:
  -std=c++NN            language standard (default c++17); may repeat, the
                        test runs once per standard
  -check-suffix=S[,S2]  use CHECK-MESSAGES-S / CHECK-NOTES-S / CHECK-FIXES-S
  -opt Name=Value       set the check's option Name (prefix added here, so the
                        spelling is the same on every LLVM major)
  -no-compile-check     do not re-compile the (fixed) file; for tests whose
                        input is deliberately broken
  -expect-exit=N        clang-tidy's expected exit status (default 0)
  -fix-notes            also apply the fix-its attached to notes (clang-tidy
                        --fix-notes), to check that those suggestions compile;
                        CHECK-NOTE-FIXES lines are then checked along with
                        CHECK-FIXES. Without it CHECK-NOTE-FIXES lines are
                        ignored and CHECK-UNFIXED lines are checked instead
                        (what a suggestion leaves unchanged)

What it does, in order:
  1. copies the test to %t.cpp with every CHECK-* comment blanked (lines and
     columns of the code stay where they were);
  2. runs clang-tidy with the plugin, the one check, and -fix;
  3. FileChecks the diagnostics against CHECK-MESSAGES (warnings and errors
     only; any unmatched one fails) and CHECK-NOTES (notes too);
  4. FileChecks the fixed file against CHECK-FIXES; a test that expects no
     diagnostics at all must come back unchanged;
  5. re-compiles the fixed file with clang -fsyntax-only, so no fix-it can
     leave code that does not build.
"""

import argparse
import os
import re
import shlex
import subprocess
import sys


def fail(msg):
    sys.stderr.write("check_memchecks: " + msg + "\n")
    sys.exit(1)


def run(cmd, **kw):
    sys.stdout.write("$ " + " ".join(shlex.quote(c) for c in cmd) + "\n")
    sys.stdout.flush()
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, **kw)


def filecheck(args, filecheck_bin, input_text, check_file, prefixes, extra):
    proc = subprocess.run(
        [filecheck_bin, "-input-file=-", check_file,
         "-check-prefixes=" + ",".join(prefixes)] + extra,
        input=input_text, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        universal_newlines=True)
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout)
        fail("FileCheck failed for " + ",".join(prefixes))


def option_config(check, opts, llvm_major):
    if not opts:
        return []
    items = []
    for o in opts:
        if "=" not in o:
            fail("-opt wants Name=Value, got %r" % o)
        name, value = o.split("=", 1)
        key = name if "." in name else check + "." + name
        items.append("{key: %s, value: '%s'}" % (key, value.replace("'", "''")))
    # The list spelling of CheckOptions is understood by every major.
    return ["-config={CheckOptions: [%s]}" % ", ".join(items)]


def main():
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--clang", required=True)
    parser.add_argument("--filecheck", required=True)
    parser.add_argument("--inputs", required=True)
    parser.add_argument("--llvm-major", type=int, required=True)
    parser.add_argument("-std", action="append", default=[])
    parser.add_argument("-check-suffix", default="")
    parser.add_argument("-opt", action="append", default=[])
    parser.add_argument("-no-compile-check", action="store_true")
    parser.add_argument("-expect-exit", type=int, default=0)
    parser.add_argument("-fix-notes", action="store_true")
    parser.add_argument("input")
    parser.add_argument("check")
    parser.add_argument("temp")
    # argparse drops the first "--" itself, so split there by hand.
    argv = sys.argv[1:]
    rest = []
    if "--" in argv:
        i = argv.index("--")
        argv, rest = argv[:i], argv[i + 1:]
    args = parser.parse_args(argv)

    tidy_extra, compiler_extra = [], []
    if rest:
        if "--" in rest:
            i = rest.index("--")
            tidy_extra, compiler_extra = rest[:i], rest[i + 1:]
        else:
            tidy_extra = rest

    ext = os.path.splitext(args.input)[1] or ".cpp"
    with open(args.input, encoding="utf-8") as f:
        original = f.read()

    suffixes = [s for s in args.check_suffix.split(",") if s] or [""]

    def prefixes(kind):
        return ["CHECK-%s%s" % (kind, "-" + s if s else "") for s in suffixes]

    def has(prefix):
        return re.search(r"\b%s:" % re.escape(prefix), original) is not None

    msg_prefixes = [p for p in prefixes("MESSAGES") if has(p)]
    note_prefixes = [p for p in prefixes("NOTES") if has(p)]
    fix_prefixes = [p for p in prefixes("FIXES") if has(p)]
    fix_prefixes += [p for p in prefixes("NOTE-FIXES" if args.fix_notes
                                         else "UNFIXED") if has(p)]
    if msg_prefixes and note_prefixes:
        fail("use CHECK-MESSAGES or CHECK-NOTES in one run, not both")

    # Blank the CHECK comments but keep every line and column in place.
    cleaned = re.sub(r"//\s*CHECK-[A-Z0-9-]*:[^\r\n]*", "//", original)

    stds = args.std or (["c11"] if ext == ".c" else ["c++17"])
    for std in stds:
        temp = args.temp + ext
        with open(temp, "w", encoding="utf-8") as f:
            f.write(cleaned)
        lang = ["-std=" + std, "-isystem", args.inputs] + compiler_extra
        cmd = [args.clang_tidy, "-load", args.plugin, temp, "-fix",
               "--checks=-*," + args.check, "--quiet"]
        if args.fix_notes:
            cmd.append("--fix-notes")
        cmd += option_config(args.check, args.opt, args.llvm_major)
        cmd += tidy_extra + ["--"] + lang
        proc = run(cmd)
        sys.stdout.write(proc.stdout)
        if proc.returncode != args.expect_exit:
            fail("clang-tidy exited %d, expected %d" %
                 (proc.returncode, args.expect_exit))
        if "Stack dump" in proc.stdout or "PLEASE submit a bug" in proc.stdout:
            fail("clang-tidy crashed")
        # clang-tidy's own "FIX-IT applied" notes say nothing about the check.
        diags = "\n".join(l for l in proc.stdout.splitlines()
                          if re.search(r"(warning|error|note):", l)
                          and "note: FIX-IT applied" not in l)
        with open(temp, encoding="utf-8") as f:
            fixed = f.read()

        if msg_prefixes:
            filecheck(args, args.filecheck, diags, args.input, msg_prefixes,
                      ["-implicit-check-not={{warning|error}}:"])
        elif note_prefixes:
            filecheck(args, args.filecheck, diags, args.input, note_prefixes,
                      ["-implicit-check-not={{note|warning|error}}:"])
        elif re.search(r"(warning|error):", diags):
            sys.stdout.write(diags + "\n")
            fail("the test expects no diagnostics but got some")

        if fix_prefixes:
            filecheck(args, args.filecheck, fixed, args.input, fix_prefixes,
                      ["-strict-whitespace"])
        elif fixed != cleaned and not (msg_prefixes or note_prefixes):
            fail("fix-its changed a file that expects no diagnostics")

        if not args.no_compile_check:
            proc = run([args.clang, "-fsyntax-only", "-x",
                        "c" if ext == ".c" else "c++", temp] + lang)
            if proc.returncode != 0:
                sys.stdout.write(proc.stdout)
                fail("the fixed file does not compile")
    return 0


if __name__ == "__main__":
    sys.exit(main())
