"""The long fuzz run: the importer property tests with the ``long`` hypothesis profile.

    python benchmarks/fuzz_long.py [--seed N]

Runs tests/test_fuzz_import.py with HYPOTHESIS_PROFILE=long: four properties
(random bytes, nasty Unicode in four encodings, huge repeated lines and
brackets, undecodable file names) x 2,600 examples = 10,400 examples, then
prints hypothesis's statistics and one summary line:
fuzz_examples=N passing=P failing=F invalid=I seconds=S outcome=passed|failed
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, help="hypothesis seed (default: random)")
    args = parser.parse_args()
    env = {**os.environ, "HYPOTHESIS_PROFILE": "long"}
    command = [sys.executable, "-m", "pytest", "tests/test_fuzz_import.py", "-q", "-p", "no:cacheprovider",
               "--hypothesis-show-statistics"]
    if args.seed is not None:
        command.append(f"--hypothesis-seed={args.seed}")
    start = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    print(done.stdout[-6000:])
    if done.stderr.strip():
        print(done.stderr[-2000:], file=sys.stderr)
    passing = failing = invalid = 0
    for p, f, i in re.findall(r"(\d+) passing, (\d+) failing, and (\d+) invalid", done.stdout):
        passing, failing, invalid = passing + int(p), failing + int(f), invalid + int(i)
    outcome = "passed" if done.returncode == 0 else "failed"
    print(f"fuzz_examples={passing + failing} passing={passing} failing={failing} invalid={invalid} "
          f"seconds={seconds:.0f} outcome={outcome}")
    sys.exit(done.returncode)


if __name__ == "__main__":
    main()
