"""Reading and writing the tool's own files (the cache) without trusting what is on disk.

A cache folder can be shared, restored from a CI cache or sit where others can write, so a
name in it may be a symbolic link, a FIFO or a device as easily as a file. Every step here
works relative to an open folder descriptor and never follows a link: folders are opened
with O_NOFOLLOW | O_DIRECTORY, files with O_NOFOLLOW | O_NONBLOCK (opening a FIFO must not
wait for a writer), and a file is read only when fstat says it is a regular file no larger
than the caller allows. Writes go to a fresh temporary name (O_EXCL) and are renamed over
the old name, which replaces a link itself, never its target.

This needs the *at() system calls (dir_fd); where Python has none of them (Windows), the
cache is off: `supported()` says so.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterable

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
# os.replace takes dir_fd wherever os.rename does (the set lists only the latter).
_AT_CALLS = {os.open, os.mkdir, os.rename, os.unlink, os.link, os.stat}


class Unsafe(Exception):
    """What is on disk under a name is not what the tool would have put there."""


def supported() -> bool:
    return bool(_NOFOLLOW and _DIRECTORY) and os.supports_dir_fd >= _AT_CALLS


class Folder:
    """An open folder: names inside it are looked up without following links."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    @classmethod
    def open(cls, path: str, create: bool = False) -> Folder:
        """The folder at `path` (the folders above it are the user's to link; this one may
        not be a link). Raises OSError, or Unsafe for a link or a non-folder."""
        if create:
            with contextlib.suppress(FileExistsError):
                os.makedirs(path, mode=0o700)
        return cls(_open_folder(path, None))

    def child(self, name: str, create: bool = False) -> Folder:
        if create:
            with contextlib.suppress(FileExistsError):
                os.mkdir(name, mode=0o700, dir_fd=self.fd)
        return Folder(_open_folder(name, self.fd))

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)

    def read(self, name: str, limit: int) -> bytes:
        """The bytes of the regular file `name`, at most `limit` of them. Raises
        FileNotFoundError when there is none, Unsafe when it is anything else or too big."""
        try:
            fd = os.open(name, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC, dir_fd=self.fd)
        except FileNotFoundError:
            raise
        except OSError as exc:  # ELOOP: a link; ENXIO and others: not a plain file
            what = "a symbolic link" if exc.errno == errno.ELOOP else exc.strerror
            raise Unsafe(f"not a plain file: {what}") from exc
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise Unsafe("not a regular file")
            if info.st_size > limit:
                raise Unsafe(f"larger than the {limit} bytes allowed")
            chunks, left = [], limit + 1
            while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
                chunks.append(chunk)
                left -= len(chunk)
            if left <= 0:
                raise Unsafe("grew while it was read")
            return b"".join(chunks)
        finally:
            os.close(fd)

    def write(self, name: str, chunks: Iterable[bytes]) -> None:
        """Put `chunks` under `name` in one rename: readers see the old file or the new one.
        Raises OSError; the temporary file is removed on any failure."""
        temp = f".{name}.{secrets.token_hex(6)}.tmp"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC
        fd = os.open(temp, flags, 0o600, dir_fd=self.fd)
        try:
            with os.fdopen(fd, "wb") as handle:
                for chunk in chunks:
                    handle.write(chunk)
            os.replace(temp, name, src_dir_fd=self.fd, dst_dir_fd=self.fd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp, dir_fd=self.fd)
            raise

    def create(self, name: str, data: bytes, mode: int = 0o600) -> None:
        """Put `data` under `name` only if nothing is there yet (a hard link of a finished
        temporary file: a concurrent reader never sees a half-written file). Raises
        FileExistsError when something is."""
        temp = f".{name}.{secrets.token_hex(6)}.tmp"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC
        fd = os.open(temp, flags, mode, dir_fd=self.fd)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.link(temp, name, src_dir_fd=self.fd, dst_dir_fd=self.fd, follow_symlinks=False)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp, dir_fd=self.fd)

    def owned_privately(self, name: str) -> bool:
        """Whether `name` is a file of this user that nobody else may read or write."""
        info = os.stat(name, dir_fd=self.fd, follow_symlinks=False)
        private = not info.st_mode & 0o077 and stat.S_ISREG(info.st_mode)
        return private and info.st_uid == os.geteuid()


def _open_folder(name: str, dir_fd: int | None) -> int:
    try:
        fd = os.open(name, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=dir_fd)
    except (FileNotFoundError, PermissionError):
        raise
    except OSError as exc:  # ELOOP or ENOTDIR: a link, or not a folder
        raise Unsafe(f"{name} is not a plain folder ({exc.strerror})") from exc
    return fd
