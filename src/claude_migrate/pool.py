"""The run's one pool of worker processes.

A pool is started at most once a run, when the run first needs it: by the scan of a large
tree (its workers read and prefilter), else as soon as the scan has found files that will be
parsed. Its workers are warmed then (LibCST, the engine and the selected codemods
imported): that costs each worker most of a second of CPU, and is done while the
scan goes on instead of after it. A run that parses nothing never imports LibCST anywhere,
and a run without candidates never starts a worker when its tree is small enough to be
scanned here. The scan, the parsing and every group of a run share the pool; it is
replaced only when a worker dies (see pipeline._take).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import worker

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

# What every file that is parsed needs, whatever its codemods.
ENGINE_MODULES = (
    "claude_migrate.transform",
    "claude_migrate.suppression",
    "claude_migrate.notebook_migrate",
)


class Workers:
    """Up to `jobs` worker processes, each capped at `max_memory` (see worker.init)."""

    def __init__(self, jobs: int, max_memory: int) -> None:
        self.jobs = jobs
        self.max_memory = max_memory
        self._pool: ProcessPoolExecutor | None = None
        self._warm: tuple[str, ...] = ()  # modules the workers import when they start
        self._asked: set[str] = set()  # modules the running workers were asked to import

    @property
    def started(self) -> bool:
        return self._pool is not None

    def pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                initializer=worker.init,
                initargs=(self.max_memory, self._warm),
            )
            self._asked = set(self._warm)
        return self._pool

    def warm(self, modules: Iterable[str]) -> None:
        """Have the workers import `modules` (and the engine) now, starting them if need be,
        so that the first files they parse do not wait for it."""
        wanted = tuple(dict.fromkeys((*ENGINE_MODULES, *modules)))
        if self._pool is None:
            self._warm = wanted
            self.pool()
            return
        new = tuple(m for m in wanted if m not in self._asked)
        if not new:
            return
        self._asked.update(new)
        self._warm = tuple(dict.fromkeys((*self._warm, *new)))
        # One task a worker: a worker that takes two finds the second done already.
        for _ in range(self.jobs):
            self._pool.submit(worker.warm, new)

    def replace(self) -> ProcessPoolExecutor:
        """A fresh pool for one whose worker died; its workers are warmed as the last were."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        return self.pool()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
