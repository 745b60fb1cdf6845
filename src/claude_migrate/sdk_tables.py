"""Whether the project's own anthropic SDK knows models or deprecations the tool's tables do not.

The SDK ships its `Model` literal (`anthropic/types/model.py`) and, from 2.13.0 on, the
models it warns about (`anthropic/_data/deprecated_models.py`; before that a dict in
`resources/messages/messages.py`). A project's virtual environment (`.venv`, `venv`, `env`)
is looked for from its folder upwards; those files are read as text, never imported (they
are the project's code, not ours). Without an environment, a lock file (`uv.lock`,
`poetry.lock`, `Pipfile.lock`) or an exact pin gives only the version, which is compared with
the release the tables were last checked against.
"""

from __future__ import annotations

import glob
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .authoring.tables import ModelTable

_ENV_FOLDERS = (".venv", "venv", "env")
_ID = re.compile(r"""["'](claude-[a-z0-9.\-]+)["']""")
# `"claude-opus-4-5": "January 22nd, 2027",` in the DEPRECATED_MODELS dict.
_DEPRECATION = re.compile(r"""["'](claude-[a-z0-9.\-]+)["']\s*:\s*["']([^"']*)["']""")
_VERSION = re.compile(r"""__version__\s*=\s*["']([0-9][^"']*)["']""")
_TOML_PACKAGE = re.compile(r'\[\[package\]\]\s*name\s*=\s*"anthropic"\s*version\s*=\s*"([^"]+)"')
_EXACT_PIN = re.compile(
    r"(?<![\w.-])anthropic(?:\[[^\]]*\])?\s*===?\s*([0-9][\w.]*)", re.IGNORECASE
)


@dataclass(frozen=True)
class ProjectSdk:
    version: str  # "" when unknown
    where: str  # the environment or file it was read from, relative to the project
    models: frozenset[str] = frozenset()
    deprecations: dict[str, str] = field(default_factory=dict)  # ID -> end-of-life text


def find(start: str) -> ProjectSdk | None:
    """The anthropic SDK of the project around `start`: installed, else locked or pinned."""
    folder = os.path.realpath(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    while True:
        installed = _installed(folder)
        if installed is not None:
            return installed
        locked = _locked(folder)
        if locked is not None:
            return locked
        parent = os.path.dirname(folder)
        if os.path.exists(os.path.join(folder, ".git")) or parent == folder:
            return None
        folder = parent


def _installed(folder: str) -> ProjectSdk | None:
    for env in _ENV_FOLDERS:
        pattern = os.path.join(folder, env, "[lL]ib", "*", "site-packages", "anthropic")
        found = sorted(glob.glob(pattern)) or sorted(
            glob.glob(os.path.join(folder, env, "Lib", "site-packages", "anthropic"))
        )
        for package in found:
            model_text = _read(os.path.join(package, "types", "model.py"))
            if model_text is None:
                continue
            deprecated_text = _read(os.path.join(package, "_data", "deprecated_models.py"))
            if deprecated_text is None:  # before 2.13.0 the dict sat in the messages resource
                deprecated_text = _deprecated_dict(
                    _read(os.path.join(package, "resources", "messages", "messages.py")) or ""
                )
            version = _VERSION.search(_read(os.path.join(package, "_version.py")) or "")
            return ProjectSdk(
                version=version.group(1) if version else "",
                where=os.path.relpath(package, folder),
                models=frozenset(_ID.findall(model_text)),
                deprecations=dict(_DEPRECATION.findall(deprecated_text)),
            )
    return None


def _deprecated_dict(messages_text: str) -> str:
    start = messages_text.find("DEPRECATED_MODELS")
    if start < 0:
        return ""
    end = messages_text.find("}", start)
    return messages_text[start : end if end > 0 else len(messages_text)]


def _locked(folder: str) -> ProjectSdk | None:
    for name in ("uv.lock", "poetry.lock"):
        text = _read(os.path.join(folder, name))
        match = _TOML_PACKAGE.search(text or "")
        if match:
            return ProjectSdk(version=match.group(1), where=name)
    text = _read(os.path.join(folder, "Pipfile.lock"))
    if text:
        try:
            data = json.loads(text)
        except ValueError:
            data = {}
        for section in ("default", "develop"):
            entry = data.get(section, {}).get("anthropic") if isinstance(data, dict) else None
            if isinstance(entry, dict) and str(entry.get("version", "")).startswith("=="):
                return ProjectSdk(version=entry["version"].lstrip("="), where="Pipfile.lock")
    for name in ("requirements.txt", "pyproject.toml"):
        match = _EXACT_PIN.search(_read(os.path.join(folder, name)) or "")
        if match:
            return ProjectSdk(version=match.group(1), where=name)
    return None


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return None


def known_ids(tables: Iterable[ModelTable]) -> tuple[set[str], set[str]]:
    """(every first-party ID the tables know, those they know a deprecation or retirement of)."""
    known: set[str] = set()
    dated: set[str] = set()
    for table in tables:
        for model in table.models:
            ids = {*model.ids, *model.aliases}
            known |= ids
            if model.deprecated or model.retired:
                dated |= ids
        for family in table.families.values():
            known |= {family.dated, family.alias}
            if family.deprecated or family.retires:
                dated |= {family.dated, family.alias}
        for row in table.unmigrated:
            known |= set(row.ids)
            if row.status == "retired":
                dated |= set(row.ids)
    return known, dated


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def stale_line(sdk: ProjectSdk, tables: Iterable[ModelTable]) -> str | None:
    """One line when the project's SDK knows more than the tables, else None."""
    tables = list(tables)
    known, dated = known_ids(tables)
    checked = max((t.sdk_checked for t in tables if t.sdk_checked), key=_version_key, default="")
    new_models = sorted(sdk.models - known)
    new_deprecations = sorted(set(sdk.deprecations) - dated)
    named = f"anthropic {sdk.version}" if sdk.version else "anthropic"
    if new_models or new_deprecations:
        parts = []
        if new_models:
            parts.append(f"models {', '.join(new_models)}")
        if new_deprecations:
            listed = ", ".join(f"{i} (end of life {sdk.deprecations[i]})" for i in new_deprecations)
            parts.append(f"deprecations of {listed}")
        return (
            f"the project's {named} ({sdk.where}) knows {' and '.join(parts)} that "
            "claude-migrate's model tables do not: upgrade claude-migrate"
        )
    if (
        not sdk.models
        and checked
        and sdk.version
        and _version_key(sdk.version) > _version_key(checked)
    ):
        return (
            f"the project uses {named} ({sdk.where}), newer than the {checked} claude-migrate's "
            "model tables were checked against: it may know models they do not; upgrade claude-migrate"
        )
    return None
