"""A progress bar on stderr for runs long enough to want one.

Shown only on a terminal, never with CI set, and only once a run has taken about a second,
so short runs print nothing extra.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich.progress is imported only when a bar is shown
    from rich.console import Console
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID

DELAY = 1.0  # seconds before the bar appears


def session_allows_progress(interactive: bool) -> bool:
    return not interactive and not os.environ.get("CI")


class Progress:
    def __init__(self, console: Console) -> None:
        self.console = console
        self.started = time.monotonic()
        self._bar: RichProgress | None = None
        self._task: TaskID | None = None

    def update(self, done: int, total: int) -> None:
        if not self.console.is_terminal:
            return
        if self._bar is None:
            if time.monotonic() - self.started < DELAY:
                return
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("migrating"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("files", total=total)
        assert self._task is not None
        self._bar.update(self._task, completed=done, total=total)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
