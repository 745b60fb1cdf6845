"""What a run needs to know of every codemod before it parses anything, without importing them.

Importing the codemods imports LibCST, which costs about 0.2 s, longer than scanning a
10,000-file tree. A run over files without Claude code never needs it, so the registry reads
this manifest instead: each codemod's code, target, safety, triggers (strong and weak) and
file kinds, and where to import it from once a file does need it. `manifest.json` sits beside the codemod
sets and carries a fingerprint of their files; when the fingerprint does not match (a codemod
was edited and the manifest not regenerated), the registry imports the codemods as before,
so a stale manifest costs time, never correctness. Regenerate it with

    .venv/bin/python scripts/generate.py

(a test fails until it is current). The registry writes it; this module only reads it.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .authoring.options import Safety

if TYPE_CHECKING:
    from .authoring.codemod import Codemod

FILENAME = "manifest.json"
_FINGERPRINTED = (".py", ".toml")


@dataclass(frozen=True)
class CodemodInfo:
    """A codemod as the scan pass sees it; `load` imports the class itself."""

    module: str
    name: str
    code: str
    slug: str
    target: tuple[int, int]
    safety: Safety
    triggers: tuple[bytes, ...]
    weak_triggers: tuple[bytes, ...]
    finding_codes: Mapping[str, str]
    text_kinds: frozenset[str]
    facts_function: str  # "module:name" of its facts_function, or ""

    def load(self) -> type[Codemod]:
        loaded: type[Codemod] = getattr(importlib.import_module(self.module), self.name)
        return loaded

    def project_facts(self, data: bytes) -> Mapping[str, bool]:
        return _function(self.facts_function)(data) if self.facts_function else {}

    @classmethod
    def of(cls, codemod: type[Codemod]) -> CodemodInfo:
        facts = codemod.facts_function
        return cls(
            module=codemod.__module__,
            name=codemod.__name__,
            code=codemod.code,
            slug=codemod.slug,
            target=codemod.target,
            safety=codemod.safety,
            triggers=tuple(sorted(codemod.triggers)),  # some are built from sets
            weak_triggers=tuple(sorted(codemod.weak_triggers)),
            finding_codes=dict(codemod.finding_codes),
            text_kinds=frozenset(codemod.text_kinds),
            facts_function=f"{facts.__module__}:{facts.__qualname__}" if facts else "",
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "module": self.module,
            "name": self.name,
            "code": self.code,
            "slug": self.slug,
            "target": list(self.target),
            "safety": self.safety.value,
            # Triggers are ASCII bytes; latin-1 keeps any byte as one character.
            "triggers": [t.decode("latin-1") for t in self.triggers],
            "weak_triggers": [t.decode("latin-1") for t in self.weak_triggers],
            "finding_codes": dict(self.finding_codes),
            "text_kinds": sorted(self.text_kinds),
            "facts_function": self.facts_function,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CodemodInfo:
        return cls(
            module=data["module"],
            name=data["name"],
            code=data["code"],
            slug=data["slug"],
            target=(int(data["target"][0]), int(data["target"][1])),
            safety=Safety(data["safety"]),
            triggers=tuple(t.encode("latin-1") for t in data["triggers"]),
            weak_triggers=tuple(t.encode("latin-1") for t in data["weak_triggers"]),
            finding_codes=dict(data["finding_codes"]),
            text_kinds=frozenset(data["text_kinds"]),
            facts_function=str(data["facts_function"]),
        )


@functools.cache
def _function(reference: str) -> Callable[[bytes], Mapping[str, bool]]:
    module, _, name = reference.partition(":")
    found: Callable[[bytes], Mapping[str, bool]] = getattr(importlib.import_module(module), name)
    return found


@dataclass(frozen=True)
class SetEntry:
    name: str  # folder, e.g. "v4_5"
    version: tuple[int, int]
    preview: bool
    codemods: tuple[CodemodInfo, ...]


def fingerprint(folders: Iterable[str]) -> str:
    """A hash of every source and data file directly in `folders` (the codemod sets here; the
    content cache adds the engine's folders)."""
    digest = hashlib.blake2b(digest_size=16)
    for folder in sorted(folders):
        for name in sorted(os.listdir(folder)):
            if name.endswith(_FINGERPRINTED):
                digest.update(f"{os.path.basename(folder)}/{name}\0".encode())
                with open(os.path.join(folder, name), "rb") as handle:
                    digest.update(handle.read())
                digest.update(b"\0")
    return digest.hexdigest()


def dumps(print_: str, entries: Iterable[SetEntry]) -> str:
    document = {
        "fingerprint": print_,
        "sets": [
            {
                "name": e.name,
                "version": list(e.version),
                "preview": e.preview,
                "codemods": [c.to_json() for c in e.codemods],
            }
            for e in entries
        ],
    }
    return json.dumps(document, indent=1, sort_keys=True) + "\n"


def read(path: str, expected_fingerprint: str) -> tuple[SetEntry, ...] | None:
    """The sets in the manifest at `path`, or None when it is missing or out of date."""
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except (OSError, ValueError):
        return None
    if document.get("fingerprint") != expected_fingerprint:
        return None
    return tuple(
        SetEntry(
            name=s["name"],
            version=(int(s["version"][0]), int(s["version"][1])),
            preview=bool(s["preview"]),
            codemods=tuple(CodemodInfo.from_json(c) for c in s["codemods"]),
        )
        for s in document["sets"]
    )
