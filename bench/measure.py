"""Timing helpers shared by the monorepo benchmark's suites."""

from __future__ import annotations

import statistics
import subprocess
import time
from pathlib import Path


def timed(
    command: list[str], cwd: Path, env: dict[str, str] | None = None, repeat: int = 3
) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            command,
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mib(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return int(done.stderr.strip().splitlines()[-1]) / 1024
