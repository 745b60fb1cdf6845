"""Peak memory of claude-migrate on the file that used to take 16 GB: one old model ID, then
about 26 MB of one-line assignments (`x1 = 1`, ...), the shape with the most memory per byte.

    python bench/memory_bench.py [--megabytes 26] [--max-memory 1024]

Runs the command three ways, each a full process as a user runs it, and prints each run's
peak resident set size (the largest of the process and its workers), its time and what it
said about the file:

- as it is: the estimate up front turns the file away before anything is parsed;
- with the estimate up front switched off: the worker's address-space cap has to hold;
- with --fits: a file a tenth of the size under twice the cap, to show what a file that
  fits costs (about 2 GB and a minute or more: not run by default).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

# Runs the command line with the estimate up front answering 0: every file is parsed, and
# only the worker's cap stands between it and the machine's memory.
WITHOUT_ESTIMATE = (
    "import sys; from claude_migrate import cli, pipeline; "
    "pipeline.memory_estimate = lambda data, kind: 0; "
    "sys.argv = ['claude-migrate', *sys.argv[1:]]; cli.main()"
)


def make_file(path: Path, megabytes: float) -> None:
    lines = ['MODEL = "claude-3-5-sonnet-20241022"\n']
    size, n = len(lines[0]), 0
    while size < megabytes * 1_000_000:
        line = f"x{n} = {n}\n"
        lines.append(line)
        size += len(line)
        n += 1
    path.write_text("".join(lines))


def measure(label: str, code: list[str], args: list[str], cwd: Path) -> None:
    """One run in a child process of its own, so that its peak is the only one counted."""
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss; "
        "line = [s for s in done.stderr.splitlines() if 'many.py' in s or s.startswith('files:')]; "
        "print(peak, round(time.perf_counter() - t, 1), done.returncode, ' | '.join(line))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, sys.executable, *code, "run", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split(" ", 3)
    peak_kb, seconds, code_rc, said = out[0], out[1], out[2], out[3].strip()
    print(f"{label}: peak RSS {int(peak_kb) / 1024:.0f} MiB, {seconds} s, exit {code_rc}")
    print(f"    {said}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=26)
    parser.add_argument("--max-memory", type=int, default=1024, help="MiB")
    parser.add_argument("--fits", action="store_true", help="also run a file that fits")
    options = parser.parse_args()
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # an aborted worker leaves no core file
    with tempfile.TemporaryDirectory() as folder:
        cwd = Path(folder)
        make_file(cwd / "many.py", options.megabytes)
        size = (cwd / "many.py").stat().st_size
        print(f"many.py: {size / 1e6:.1f} MB, --max-memory {options.max_memory} MiB")
        common = ["--to", "4.5", "--no-cache", "-j", "1", "--max-memory"]
        limit = [*common, str(options.max_memory), "many.py"]
        measure("as it is", ["-m", "claude_migrate"], limit, cwd)
        measure("estimate up front off", ["-c", WITHOUT_ESTIMATE], limit, cwd)
        if options.fits:
            make_file(cwd / "many.py", options.megabytes / 10)
            fits = [*common, str(2 * options.max_memory), "many.py"]
            label = f"a tenth ({options.megabytes / 10:.1f} MB), twice the cap"
            measure(label, ["-m", "claude_migrate"], fits, cwd)


if __name__ == "__main__":
    main()
