"""The content cache: a file's result, keyed by what decides it.

Key: the file's content hash, its kind and format, and the plan: tool version, a digest of
the codemod sources and data (so a changed codemod in a checkout never serves stale results),
the selected codes, the options and the project-wide facts. A repeated run over an unchanged
tree reads each candidate once, hashes it, and parses nothing.

Entries are a line of JSON followed by the new bytes as they are, never pickle: a cache
folder lives in the user's project, and loading a planted pickle would run its code. (The
bytes used to be base64 inside the JSON: decoding that string was most of a cached run's
reading.) Each entry is written to a temporary file and renamed into
place under its content-addressed name, so concurrent runs can share the folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from functools import lru_cache
from typing import Any

from . import __version__
from .results import Change, FileResult, Finding, Record, Status

FORMAT = 3  # bump when the entry layout changes
FOLDER_NAME = ".claude-migrate-cache"


@lru_cache(maxsize=1)
def sources_digest() -> str:
    """A digest of the engine and every codemod set: code and data files (the manifest's
    fingerprint, over the engine's folders too)."""
    from . import codemods, manifest, registry

    folders = [os.path.dirname(__file__), *codemods.__path__, *registry.set_folders()]
    return hashlib.sha256(f"{__version__} {manifest.fingerprint(folders)}".encode()).hexdigest()


def plan_key(parts: dict[str, Any]) -> str:
    payload = json.dumps({"format": FORMAT, "sources": sources_digest(), **parts}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def content_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Cache:
    def __init__(self, folder: str) -> None:
        self.folder = folder

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, key[:2], key[2:] + ".entry")

    def get(self, key: str, path: str, real_path: str, data: bytes) -> FileResult | None:
        """The stored result for `data` (the file's current bytes), or None."""
        try:
            with open(self._path(key), "rb") as handle:
                header, _, new = handle.read().partition(b"\n")
            result = _from_entry(json.loads(header), new, path, real_path, data)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing, or written by another version: recompute
        return result

    def put(self, key: str, result: FileResult) -> None:
        target = self._path(key)
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            self._ignore_folder_in_git()
            import tempfile  # only to store: a cached run stores nothing

            fd, temp = tempfile.mkstemp(dir=os.path.dirname(target), suffix=".tmp")
            entry = json.dumps(_to_json(result)).encode() + b"\n" + (result.new_bytes or b"")
            with os.fdopen(fd, "wb") as handle:
                handle.write(entry)  # one write; json.dump writes per token
            os.replace(temp, target)
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(temp)  # a cache that cannot be written only costs speed

    def _ignore_folder_in_git(self) -> None:
        marker = os.path.join(self.folder, ".gitignore")
        if not os.path.exists(marker):
            with open(marker, "w", encoding="utf-8") as handle:
                handle.write("# Created by claude-migrate.\n*\n")


def _records(items: list[dict[str, Any]], kind: type[Record]) -> tuple[Any, ...]:
    return tuple(kind(**item) for item in items)


def _to_json(result: FileResult) -> dict[str, Any]:
    def records(items: tuple[Record, ...]) -> list[dict[str, Any]]:
        return [
            {k: getattr(r, k) for k in ("line", "column", "code", "message", "cell", "cell_line")}
            for r in items
        ]

    return {
        "status": result.status.value,
        "changes": records(result.changes),
        "findings": records(result.findings),
        "error": result.error,
        "new": len(result.new_bytes) if result.new_bytes is not None else None,
        "encoding": result.encoding,
        "cells": [list(c) for c in result.cells],
        "hunks": result.hunks,
    }


def _from_entry(
    entry: dict[str, Any], rest: bytes, path: str, real_path: str, data: bytes
) -> FileResult:
    size = entry["new"]
    if size is not None and size != len(rest):
        raise ValueError("truncated entry")
    new = rest if size is not None else None
    hunks = entry["hunks"]
    if hunks is not None and not isinstance(hunks, str):
        raise TypeError("hunks")
    return FileResult(
        path=path,
        status=Status(entry["status"]),
        changes=_records(entry["changes"], Change),
        findings=_records(entry["findings"], Finding),
        error=entry["error"],
        old_bytes=data if new is not None else None,
        new_bytes=new,
        encoding=entry["encoding"],
        real_path=real_path,
        cells=tuple((int(n), str(o), str(w)) for n, o, w in entry["cells"]),
        hunks=hunks,
    )
