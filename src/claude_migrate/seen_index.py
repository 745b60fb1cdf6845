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
import json
import os
import tempfile
import time
from collections.abc import Iterable

FORMAT = 1
RACY_SECONDS = 2  # a file changed this recently is not recorded

Signature = tuple[int, int, int, int]


def signature(stat: os.stat_result) -> Signature:
    return (stat.st_ctime_ns, stat.st_mtime_ns, stat.st_size, stat.st_ino)


class SeenIndex:
    def __init__(self, folder: str, triggers: Iterable[bytes]) -> None:
        digest = hashlib.sha256(repr((FORMAT, sorted(set(triggers)))).encode()).hexdigest()
        self.path = os.path.join(folder, f"no-trigger-{digest[:20]}.json")
        self.started = time.time_ns()
        self._known: dict[str, Signature] = {}
        self._added = False
        try:
            with open(self.path, encoding="utf-8") as handle:
                stored = json.load(handle)
            self._known = {path: tuple(sig) for path, sig in stored.items()}
        except (OSError, ValueError, AttributeError, TypeError):
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
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(self._known))
            os.replace(temp, self.path)
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(temp)  # an index that cannot be written only costs speed
