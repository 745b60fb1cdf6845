"""Files known to hold no trigger, so that a repeated run need not read them again.

Reading every file is most of a repeated run over a big tree, and almost every file is one
the prefilter turned away last time. This index remembers those files by their stat
signature (change time, modification time, size, inode: any write changes the change time,
which no tool can set back), per set of triggers, in the content cache's folder. A file whose
signature still matches is passed over unread; any other file is read and searched as
usual. As in git's index, a file changed within the last seconds before it was seen is not
recorded, since a second write in the same clock tick could leave its signature unchanged.
Candidates are never skipped: their bytes are read and hashed for the content cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
import time
from array import array
from collections.abc import Iterable

FORMAT = 1
RACY_SECONDS = 2  # a file changed this recently is not recorded

Signature = tuple[int, int, int, int]


def signature(stat: os.stat_result) -> Signature:
    return (stat.st_ctime_ns, stat.st_mtime_ns, stat.st_size, stat.st_ino)


class SeenIndex:
    def __init__(self, folder: str, triggers: Iterable[bytes]) -> None:
        # Stored as the list of paths and one array of their signatures' numbers: loading
        # 20,000 entries takes milliseconds, where a JSON or marshal dict of tuples took 0.1 s.
        # marshal's format is specific to the Python version, which is part of the name.
        key = (FORMAT, sys.version_info[:2], sorted(set(triggers)))
        digest = hashlib.sha256(repr(key).encode()).hexdigest()
        self.path = os.path.join(folder, f"no-trigger-{digest[:20]}.marshal")
        self.started = time.time_ns()
        self._known: dict[str, Signature] = {}
        self._added = False
        try:
            with open(self.path, "rb") as handle:
                paths, numbers = marshal.load(handle)
            values = array("Q")
            values.frombytes(numbers)
            if len(values) == 4 * len(paths):
                each = iter(values)
                self._known = dict(
                    zip(paths, zip(each, each, each, each, strict=True), strict=True)
                )
        except (OSError, ValueError, EOFError, TypeError):
            self._known = {}  # missing or unreadable: every file is read

    def unchanged(self, path: str) -> bool:
        """The file was turned away before and has not changed since."""
        known = self._known.get(path)
        if known is None:
            return False
        try:
            return signature(os.stat(path)) == known
        except OSError:
            return False

    def record(self, path: str, before_read: Signature) -> None:
        """The file at `path`, whose signature was taken before it was read, holds no trigger."""
        recent = self.started - RACY_SECONDS * 1_000_000_000
        if max(before_read[0], before_read[1]) >= recent:
            return
        if self._known.get(path) != before_read:
            self._known[path] = before_read
            self._added = True

    def forget(self, paths: Iterable[str]) -> None:
        """Drop files that are candidates now (they are read every time anyway)."""
        for path in paths:
            if self._known.pop(path, None) is not None:
                self._added = True

    def save(self) -> None:
        if not self._added:
            return
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=os.path.dirname(self.path), suffix=".tmp")
            numbers = array("Q", (n for sig in self._known.values() for n in sig))
            with os.fdopen(fd, "wb") as handle:
                marshal.dump((list(self._known), numbers.tobytes()), handle)
            os.replace(temp, self.path)
        except (OSError, OverflowError):  # OverflowError: a time before 1970
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(temp)  # an index that cannot be written only costs speed
