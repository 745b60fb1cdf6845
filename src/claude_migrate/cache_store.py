"""Where the cache keeps its files, and the signature that makes a planted file worthless.

The cache's keys are built from public data (file contents, the tool's version, the
options), so anyone who can put a file in the cache folder could make a valid-looking entry:
one that shows a harmless diff and writes other bytes, or calls a file that needs changes
unchanged. So every file the cache stores ends with an HMAC-SHA256 over its name and its
bytes, under a random key that lives in the user's config folder, outside every project,
readable by the user alone. A file whose signature does not check is ignored and its answer
recomputed: an entry can only speed up what would happen anyway. A cache carried to another
machine or account is therefore recomputed there, once.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from collections.abc import Iterable, Iterator

from . import safe_files
from .safe_files import Folder, Unsafe

KEY_FILE = "cache-key"
KEY_BYTES = 32
_TAG = hashlib.sha256().digest_size
_DOMAIN = b"claude-migrate cache\0"
MARKER = b"# Created by claude-migrate.\n*\n"


def key_folder() -> str:
    import platformdirs  # only for runs with a cache

    return platformdirs.user_config_dir("claude-migrate", appauthor=False)


def load_key(folder: str) -> bytes:
    """This user's signing key, created on first use. Raises OSError or Unsafe (a key that
    others could read or write, or that is not a plain file, is not used)."""
    keys = Folder.open(folder, create=True)
    try:
        with contextlib.suppress(FileExistsError):  # made by an earlier or concurrent run
            keys.create(KEY_FILE, secrets.token_bytes(KEY_BYTES))
        key = keys.read(KEY_FILE, KEY_BYTES)
        if len(key) != KEY_BYTES or not keys.owned_privately(KEY_FILE):
            raise Unsafe(f"{os.path.join(folder, KEY_FILE)} is not a private {KEY_BYTES}-byte key")
        return key
    finally:
        keys.close()


class Store:
    """Signed files under one folder, two levels deep at most (`ab/cdef.entry`).

    Nothing here raises: a store that cannot be opened is off (a cache only costs speed),
    and what was wrong is kept in `notes` for `-v`."""

    def __init__(self, folder: str, keys: str | None = None) -> None:
        self.folder = folder
        self.notes: list[str] = []
        self._keys = keys
        self._key: bytes | None = None
        self._root: Folder | None = None
        self._off = not safe_files.supported()
        if self._off:
            self.notes.append("cache: off (this system cannot open files without following links)")
        self._marked = False

    def _open(self, create: bool) -> tuple[Folder, bytes] | None:
        if self._off:
            return None
        if self._key is None:
            try:
                self._key = load_key(self._keys or key_folder())
            except (OSError, Unsafe) as exc:
                self._turn_off(f"no signing key ({_why(exc)})")
                return None
        if self._root is None:
            try:
                self._root = Folder.open(self.folder, create=create)
            except FileNotFoundError:
                return None  # nothing stored yet
            except (OSError, Unsafe) as exc:
                self._turn_off(f"{self.folder}: {_why(exc)}")
                return None
        return self._root, self._key

    def _turn_off(self, why: str) -> None:
        self._off = True
        self.notes.append(f"cache: off, {why}")

    def read(self, name: str, limit: int) -> bytes | None:
        """The stored bytes under `name` (`sub/file`) if they are this user's, else None."""
        opened = self._open(create=False)
        if opened is None:
            return None
        root, key = opened
        sub, _, file = name.rpartition("/")
        try:
            folder = root.child(sub) if sub else root
            try:
                stored = folder.read(file, limit + _TAG)
            finally:
                if sub:
                    folder.close()
        except FileNotFoundError:
            return None
        except (OSError, Unsafe) as exc:
            self.notes.append(f"cache: ignored {name} ({_why(exc)}); recomputed")
            return None
        body, tag = stored[:-_TAG], stored[-_TAG:]
        if len(stored) < _TAG or not hmac.compare_digest(tag, _sign(key, name, [body])):
            self.notes.append(f"cache: ignored {name} (not signed by this user's key); recomputed")
            return None
        return body

    def write(self, name: str, chunks: Iterable[bytes]) -> None:
        """Store `chunks` under `name`, signed; a failure only costs speed (noted)."""
        opened = self._open(create=True)
        if opened is None:
            return
        root, key = opened
        sub, _, file = name.rpartition("/")
        try:
            self._mark(root)
            folder = root.child(sub, create=True) if sub else root
            try:
                folder.write(file, _signed(key, name, chunks))
            finally:
                if sub:
                    folder.close()
        except (OSError, Unsafe) as exc:
            self.notes.append(f"cache: cannot store {name} ({_why(exc)})")

    def _mark(self, root: Folder) -> None:
        """A .gitignore that keeps the folder out of git when it sits in a work tree. Replaced
        in one rename when it is not exactly ours (an empty one left by a full disk would
        make the tree look dirty to every later --write), never written through a link."""
        if self._marked:
            return
        try:
            current = root.read(".gitignore", len(MARKER))
        except (OSError, Unsafe):
            current = None
        if current != MARKER:
            root.write(".gitignore", [MARKER])
        self._marked = True

    def close(self) -> None:
        if self._root is not None:
            self._root.close()
            self._root = None


def _sign(key: bytes, name: str, chunks: Iterable[bytes]) -> bytes:
    mac = hmac.new(key, _DOMAIN + name.encode() + b"\0", hashlib.sha256)
    for chunk in chunks:
        mac.update(chunk)
    return mac.digest()


def _signed(key: bytes, name: str, chunks: Iterable[bytes]) -> Iterator[bytes]:
    mac = hmac.new(key, _DOMAIN + name.encode() + b"\0", hashlib.sha256)
    for chunk in chunks:
        mac.update(chunk)
        yield chunk
    yield mac.digest()


def _why(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
