"""Files known to hold no trigger, so that a repeated run need not read them again.

Reading every file is most of a repeated run over a big tree, and almost every file is one
the prefilter turned away last time. This index remembers those files by their stat
signature (change time, modification time, size, inode: any write changes the change time,
which no tool can set back), per set of triggers, in the content cache's folder, signed like
its entries (a planted index could otherwise hide a file that needs changes). A file whose
signature still matches is passed over unread; any other file is read and searched as
usual. As in git's index, a file changed within the last seconds before it was seen is not
recorded, since a second write in the same clock tick could leave its signature unchanged.
Candidates are never skipped: their bytes are read and hashed for the content cache.
"""

from __future__ import annotations

import hashlib
import os
import time
from array import array
from collections.abc import Iterable, Iterator

from .cache_store import Store
from .triggers import RULE

FORMAT = 4
RACY_SECONDS = 2  # a file changed this recently is not recorded
MAX_BYTES = 256 * 1024 * 1024  # about two million files' worth; a bigger file is not read

Signature = tuple[int, int, int, int]
_MAGIC = b"claude-migrate seen index\n"


def signature(stat: os.stat_result) -> Signature:
    return (stat.st_ctime_ns, stat.st_mtime_ns, stat.st_size, stat.st_ino)


def index_name(triggers: Iterable[bytes], weak: Iterable[bytes] = ()) -> str:
    # The rule for weak triggers is part of the key: a file it turned away may be a
    # candidate under another rule.
    key = (FORMAT, sorted(set(triggers)), sorted(set(weak)), RULE)
    return f"no-trigger-{hashlib.sha256(repr(key).encode()).hexdigest()[:20]}.index"


class SeenIndexes:
    """A run's seen indexes, one per set of triggers, shared by all its groups: each is
    loaded once and saved once, when the run is over. (A group of its own for every small
    project under a tree, each loading and rewriting the whole index, took 0.3 s over a
    10,000-file tree of 13 groups.)"""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._indexes: dict[str, SeenIndex] = {}

    def get(self, triggers: Iterable[bytes], weak: Iterable[bytes] = ()) -> SeenIndex:
        triggers, weak = tuple(triggers), tuple(weak)
        name = index_name(triggers, weak)
        if name not in self._indexes:
            self._indexes[name] = SeenIndex(self.store, triggers, weak)
        return self._indexes[name]

    def save(self) -> None:
        for index in self._indexes.values():
            index.save()
        self._indexes.clear()


class SeenIndex:
    """Stored as one array of the signatures' numbers and the paths joined by NUL (which no
    path holds): loading 20,000 entries takes a few milliseconds, where a JSON or
    marshal dict of tuples took 0.1 s and a marshal list of paths 14 ms. In memory the paths
    map to their place in that array until the run records something."""

    def __init__(self, store: Store, triggers: Iterable[bytes], weak: Iterable[bytes] = ()) -> None:
        self.store = store
        self.name = index_name(triggers, weak)
        self.started = time.time_ns()
        self._places: dict[str, int] = {}
        self._numbers = array("Q")
        self._changes: dict[str, Signature | None] = {}  # None: forgotten
        data = store.read(self.name, MAX_BYTES)
        if data is not None:
            try:
                self._places, self._numbers = _decode(data)
            except (ValueError, UnicodeDecodeError):
                store.notes.append(f"cache: ignored {self.name} (damaged); every file is read")

    def _known(self, path: str) -> Signature | None:
        if path in self._changes:
            return self._changes[path]
        place = self._places.get(path)
        if place is None:
            return None
        a, b, c, d = self._numbers[4 * place : 4 * place + 4]
        return (a, b, c, d)

    def unchanged(self, paths: Iterable[str]) -> set[str]:
        """The files among `paths` that were turned away before and have not changed since
        (as the index was loaded: asked before anything is recorded)."""
        places, numbers, stat = self._places, self._numbers, os.stat
        found = set()
        for path in paths:  # one stat a file: kept tight, a repeated run is mostly this loop
            place = places.get(path)
            if place is None:
                continue
            try:
                now = stat(path)
            except OSError:
                continue
            at = 4 * place
            if (
                now.st_ctime_ns == numbers[at]
                and now.st_mtime_ns == numbers[at + 1]
                and now.st_size == numbers[at + 2]
                and now.st_ino == numbers[at + 3]
            ):
                found.add(path)
        return found

    def record(self, path: str, before_read: Signature) -> None:
        """The file at `path`, whose signature was taken before it was read, holds no trigger."""
        recent = self.started - RACY_SECONDS * 1_000_000_000
        if max(before_read[0], before_read[1]) >= recent:
            return
        if self._known(path) != before_read:
            self._changes[path] = before_read

    def forget(self, paths: Iterable[str]) -> None:
        """Drop files that are candidates now (they are read every time anyway)."""
        for path in paths:
            if self._known(path) is not None:
                self._changes[path] = None

    def save(self) -> None:
        """Store the index; the last call on it (it is taken apart on the way, so that a
        100,000-file index is not held in memory twice)."""
        if not self._changes:
            return
        entries = self._changes
        for path, place in self._places.items():
            if path not in entries:
                a, b, c, d = self._numbers[4 * place : 4 * place + 4]
                entries[path] = (a, b, c, d)
        self._places, self._numbers = {}, array("Q")
        paths = [path for path, sig in entries.items() if sig is not None]
        try:
            self.store.write(self.name, _chunks(paths, entries))
        except OverflowError:  # a time before 1970: an index that cannot be stored costs speed
            self.store.notes.append(f"cache: cannot store {self.name} (a time before 1970)")


# The layout: the magic line, the number of paths (8 bytes), their signatures' numbers (an
# array of 4 unsigned 64-bit numbers a path), then the paths joined by NUL, in chunks.
_CHUNK = 10_000


def _chunks(paths: list[str], entries: dict[str, Signature | None]) -> Iterator[bytes]:
    yield _MAGIC + len(paths).to_bytes(8, "little")
    for start in range(0, len(paths), _CHUNK):
        chunk = paths[start : start + _CHUNK]
        yield array("Q", (n for path in chunk for n in entries[path] or ())).tobytes()
    for start in range(0, len(paths), _CHUNK):
        text = "\0".join(paths[start : start + _CHUNK])
        yield (b"\0" if start else b"") + text.encode("utf-8", "surrogateescape")


def _decode(data: bytes) -> tuple[dict[str, int], array[int]]:
    if not data.startswith(_MAGIC):
        raise ValueError("not an index")
    at = len(_MAGIC)
    count = int.from_bytes(data[at : at + 8], "little")
    numbers = array("Q")
    numbers.frombytes(data[at + 8 : at + 8 + 32 * count])
    blob = data[at + 8 + 32 * count :]
    paths = blob.decode("utf-8", "surrogateescape").split("\0") if blob else []
    if len(numbers) != 4 * count or len(paths) != count:
        raise ValueError("a damaged index")
    return dict(zip(paths, range(count), strict=True)), numbers
