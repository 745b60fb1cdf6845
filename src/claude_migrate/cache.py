"""The content cache: a file's result, keyed by what decides it.

Key: the file's content hash, its kind and format, and the plan: tool version, a digest of
the codemod sources and data (so a changed codemod in a checkout never serves stale results),
the selected codes, the options and the project-wide facts. A repeated run over an unchanged
tree reads each candidate once, hashes it, and parses nothing.

Entries are a line of JSON followed by the new bytes as they are, never pickle: loading a
planted pickle would run its code. (The bytes used to be base64 inside the JSON: decoding
that string was most of a cached run's reading.) Each entry is signed and stored by
`cache_store`, which ignores any file this user's key did not sign (the key is public data,
so a valid-looking entry is easy to make) and opens nothing but plain files of bounded size.
Each entry is written to a temporary file and renamed into place under its content-addressed
name, so concurrent runs can share the folder.

The folder is the user's cache folder, one per project (`default_folder`): a dry run over
someone else's checkout writes nothing into it.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from typing import Any

from . import __version__
from .cache_store import Store
from .results import Change, FileResult, Finding, Record, Status

FORMAT = 4  # bump when the entry layout changes
# An entry holds the new bytes, the diff's hunks and the findings: a few times the file's size.
ENTRY_BYTES_PER_BYTE = 4
ENTRY_SLACK = 4 * 1024 * 1024


@lru_cache(maxsize=1)
def sources_digest() -> str:
    """A digest of the engine and every codemod set: code and data files (the manifest's
    fingerprint, over the engine's folders too)."""
    from . import manifest

    folders = source_folders()
    return hashlib.sha256(f"{__version__} {manifest.fingerprint(folders)}".encode()).hexdigest()


def source_folders() -> list[str]:
    """The engine's folders and the codemod sets', each with the folders below it (lang/,
    authoring/, codemods/common/): a rule changed in any of them changes what a file gives."""
    from . import codemods, registry

    roots = [os.path.dirname(__file__), *codemods.__path__, *registry.set_folders()]
    found: list[str] = []
    for root in roots:
        for folder, subfolders, _files in os.walk(root):
            subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
            if folder not in found:
                found.append(folder)
    return found


def plan_key(parts: dict[str, Any]) -> str:
    payload = json.dumps({"format": FORMAT, "sources": sources_digest(), **parts}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def content_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def default_folder(project: str) -> str:
    """The user's cache folder for the project whose top folder is `project`."""
    import platformdirs  # only for runs with a cache

    real = os.path.realpath(project)
    digest = hashlib.sha256(os.fsencode(real)).hexdigest()[:16]
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in os.path.basename(real))
    base = platformdirs.user_cache_dir("claude-migrate", appauthor=False)
    return os.path.join(base, "projects", f"{name[:40] or 'root'}-{digest}")


class Cache:
    def __init__(self, folder: str, keys: str | None = None) -> None:
        """`keys`: the folder of the signing key (default: the user's config folder)."""
        self.folder = folder
        self.store = Store(folder, keys)

    @property
    def notes(self) -> list[str]:
        return self.store.notes

    def get(self, key: str, path: str, real_path: str, data: bytes) -> FileResult | None:
        """The stored result for `data` (the file's current bytes), or None."""
        name = _name(key)
        stored = self.store.read(name, ENTRY_BYTES_PER_BYTE * len(data) + ENTRY_SLACK)
        if stored is None:
            return None
        header, _, new = stored.partition(b"\n")
        try:
            return _from_entry(json.loads(header), new, path, real_path, data)
        except (ValueError, KeyError, TypeError, AttributeError):
            # Signed by this user, but by another version of the tool: recompute.
            self.notes.append(f"cache: ignored {name} (an entry of another layout); recomputed")
            return None

    def holds(self, key: str) -> bool:
        """Whether an entry is stored under `key`: a hint only (what `get` would read is
        not checked), to know early whether a file will be parsed."""
        return os.path.exists(os.path.join(self.store.folder, _name(key)))

    def put(self, key: str, result: FileResult) -> None:
        header = json.dumps(_to_json(result)).encode() + b"\n"
        self.store.write(_name(key), [header, result.new_bytes or b""])


def _name(key: str) -> str:
    return f"{key[:2]}/{key[2:]}.entry"


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
