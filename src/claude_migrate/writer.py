"""Write stage: the only code that changes users' files, and writes the files a user names
for output (--patch, --output-file, --report).

The new bytes go to a temporary file in the same folder, are flushed to disk, get the old
file's mode, and then replace the old file in one atomic rename. Just before the rename the
file on disk is compared with what was read: a file changed by someone else in the meantime
is reported and left alone.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import tempfile

from .discover import TEMPORARY_SUFFIX  # discovery reports the ones a killed run left


class WriteError(Exception):
    pass


def atomic_write(path: str, expected_old: bytes, new: bytes) -> None:
    try:
        with open(path, "rb") as handle:
            current = handle.read()
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError as exc:
        raise WriteError("file was deleted after it was read; not written") from exc
    except OSError as exc:
        raise WriteError(f"cannot read before writing: {exc.strerror}") from exc
    if current != expected_old:
        raise WriteError("file changed after it was read; not written")
    if not mode & stat.S_IWUSR:
        # A rename would replace it anyway (even as root); respect the owner's protection.
        raise WriteError("read-only file; not written (make it writable to migrate it)")
    folder, name = os.path.split(path)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=TEMPORARY_SUFFIX, dir=folder or ".")
    except OSError as exc:
        raise WriteError(f"cannot create a temporary file beside it: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(new)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except OSError as exc:
        _remove_quietly(temp)
        raise WriteError(f"cannot write: {exc.strerror}") from exc
    except BaseException:
        _remove_quietly(temp)
        raise


def write_file(path: str, data: bytes) -> None:
    """Create or replace a file the user named (the --patch file) in one atomic rename, so
    that an interrupted run never leaves half a patch."""
    folder, name = os.path.split(os.path.abspath(path))
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=TEMPORARY_SUFFIX, dir=folder)
    except OSError as exc:
        raise WriteError(
            f"{path}: cannot create a temporary file beside it: {exc.strerror}"
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # as open() would have made it
        os.replace(temp, path)
    except OSError as exc:
        _remove_quietly(temp)
        raise WriteError(f"{path}: cannot write: {exc.strerror}") from exc
    except BaseException:
        _remove_quietly(temp)
        raise


class OutputFile(io.TextIOWrapper):
    """A text file the user named for output (--output-file), written beside its place and
    renamed into it when closed: it is whole, or it is not there (see `discard`)."""

    def __init__(self, path: str) -> None:
        folder, name = os.path.split(os.path.abspath(path))
        try:
            fd, self._temp = tempfile.mkstemp(
                prefix=f".{name}.", suffix=TEMPORARY_SUFFIX, dir=folder
            )
        except OSError as exc:
            raise WriteError(
                f"{path}: cannot create a temporary file beside it: {exc.strerror}"
            ) from exc
        super().__init__(os.fdopen(fd, "wb"), encoding="utf-8", newline="")
        self._path = path

    def close(self) -> None:
        if self.closed:
            return
        try:
            self.flush()
            os.fsync(self.fileno())
            super().close()
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self._temp, 0o666 & ~umask)
            os.replace(self._temp, self._path)
        except OSError as exc:
            _remove_quietly(self._temp)
            raise WriteError(f"{self._path}: cannot write: {exc.strerror}") from exc

    def discard(self) -> None:
        """Close without putting anything in place (the run was interrupted)."""
        if not self.closed:
            super().close()
        _remove_quietly(self._temp)


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
