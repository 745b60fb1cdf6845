"""The engine's tests read the 4.5 set's well-known output, so their runs pin `--to 4.5`
unless they choose a target themselves (tests that read the 5 set's output pin `--to 5`);
test_to_5_5 covers the default target (5.5)."""

from __future__ import annotations

import sys

# The command line, run as a user would, in this interpreter; and the same pinned to 4.5.
RUN = (sys.executable, "-m", "claude_migrate", "run")
RUN_PINNED = (*RUN, "--to", "4.5")
RUN_TO_5 = (*RUN, "--to", "5")


def pinned(args: tuple[str, ...]) -> tuple[str, ...]:
    if not args or args[0] != "run" or "--to" in args:
        return args
    return ("run", "--to", "4.5", *args[1:])
