"""Every codemod, found once, from the versioned folders of `claude_migrate.codemods`.

`list`, `explain`, selection and the snapshot tests all read this; nothing keeps a second
list of codemods. A run selects from `catalog()`, which reads the generated manifest (see
`manifest`) so that no codemod, and no LibCST, is imported until a file needs one; `sets()`
imports the classes themselves, for `list`, `explain` and the tests.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from . import codemods as codemods_package
from . import manifest
from .authoring.options import Safety
from .manifest import CodemodInfo, SetEntry

if TYPE_CHECKING:
    from .authoring.codemod import Codemod
    from .authoring.tables import ModelTable

_SET_NAME = re.compile(r"^v(\d+)(?:_(\d+))?$")

# Codes the engine itself reports, outside any codemod (CM001-CM099).
ENGINE_CODES = {
    "CM001": (
        "notebook-cell-skipped",
        "A notebook cell that does not parse as Python, even with its IPython syntax "
        "(%magics, !shell, ?help) masked, is skipped; the notebook's other cells are migrated.",
    ),
    "CM002": (
        "unknown-ignore-code",
        "An ignore comment (`# claude-migrate: ignore[CODE]`) names a code no codemod or finding "
        "has: it silences nothing. Fix the code (see `claude-migrate list`) or remove it.",
    ),
}


class SelectionError(ValueError):
    """A --select/--ignore/--to value names nothing the registry knows."""


@dataclass(frozen=True)
class CodemodSet:
    name: str  # folder name, e.g. "v4_5"
    version: tuple[int, int]
    codemods: tuple[type[Codemod], ...]
    preview: bool = False  # runs only with an explicit --to; never the default target

    @property
    def label(self) -> str:
        return version_label(self.version)


def version_label(version: tuple[int, int]) -> str:
    """ "4.5" for (4, 5), "5" for (5, 0)."""
    major, minor = version
    return f"{major}.{minor}" if minor else str(major)


def parse_version(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)(?:\.(\d+))?", text.strip())
    if not match:
        raise SelectionError(f"not a version: {text!r} (expected e.g. 4.5)")
    return int(match.group(1)), int(match.group(2) or 0)


@lru_cache(maxsize=1)
def sets() -> tuple[CodemodSet, ...]:
    found = []
    for info in pkgutil.iter_modules(codemods_package.__path__):
        match = _SET_NAME.match(info.name)
        if not info.ispkg or not match:
            continue
        version = (int(match.group(1)), int(match.group(2) or 0))
        package_name = f"{codemods_package.__name__}.{info.name}"
        package = importlib.import_module(package_name)
        members: list[type[Codemod]] = []
        for module_info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package_name}.{module_info.name}")
            members.extend(_codemods_in(module.__dict__.values(), module.__name__, version))
        members.sort(key=lambda c: c.code)
        preview = bool(getattr(package, "PREVIEW", False))
        found.append(CodemodSet(info.name, version, tuple(members), preview))
    _check_unique_codes(found)
    return tuple(sorted(found, key=lambda s: s.version))


def _codemods_in(
    values: Iterable[object], module_name: str, version: tuple[int, int]
) -> Iterable[type[Codemod]]:
    from .authoring.codemod import Codemod

    for value in values:
        if (
            isinstance(value, type)
            and issubclass(value, Codemod)
            and value.__module__ == module_name
            and "code" in vars(value)
        ):
            if value.target != version:
                raise RuntimeError(f"{value.code} declares target {value.target} in set {version}")
            yield value


def _check_unique_codes(found: Sequence[CodemodSet]) -> None:
    seen: dict[str, str] = {}
    for codemod_set in found:
        for codemod in codemod_set.codemods:
            for code in (codemod.code, *codemod.finding_codes):
                if code in seen:
                    raise RuntimeError(
                        f"code {code} is declared by both {seen[code]} and {codemod.__name__}"
                    )
                seen[code] = codemod.__name__


def all_codemods() -> tuple[type[Codemod], ...]:
    return tuple(c for s in sets() for c in s.codemods)


def set_folders() -> list[str]:
    """The folder of every codemod set (v4_5, v5, ...)."""
    return sorted(
        os.path.join(root, name)
        for root in codemods_package.__path__
        if os.path.isdir(root)
        for name in os.listdir(root)
        if _SET_NAME.match(name) and os.path.isfile(os.path.join(root, name, "__init__.py"))
    )


def _manifest_path(folders: Sequence[str]) -> str:
    return os.path.join(os.path.dirname(folders[0]), manifest.FILENAME)


def _entries_from_classes() -> tuple[SetEntry, ...]:
    return tuple(
        SetEntry(s.name, s.version, s.preview, tuple(CodemodInfo.of(c) for c in s.codemods))
        for s in sets()
    )


@lru_cache(maxsize=1)
def catalog() -> tuple[SetEntry, ...]:
    """The sets as the manifest lists them; imported from the classes if it is out of date."""
    folders = set_folders()
    entries = manifest.read(_manifest_path(folders), manifest.fingerprint(folders))
    return entries if entries is not None else _entries_from_classes()


def manifest_text() -> tuple[str, str]:
    """(path, text) of the manifest as the codemods now are."""
    folders = set_folders()
    return _manifest_path(folders), manifest.dumps(
        manifest.fingerprint(folders), _entries_from_classes()
    )


def newest_version() -> tuple[int, int]:
    """The default target: the newest set that is not a preview."""
    return [s for s in catalog() if not s.preview][-1].version


def known_versions() -> list[str]:
    return [version_label(s.version) for s in catalog()]


def _check_target(target: tuple[int, int]) -> None:
    if target not in {s.version for s in catalog()}:
        raise SelectionError(
            f"no codemod set for version {target[0]}.{target[1]}; known: {', '.join(known_versions())}"
        )


def codemods_up_to(target: tuple[int, int]) -> tuple[type[Codemod], ...]:
    _check_target(target)
    return tuple(c for s in sets() if s.version <= target for c in s.codemods)


def _matches(codemod: CodemodInfo, prefixes: Sequence[str]) -> bool:
    codes = (codemod.code, *codemod.finding_codes)
    return any(code.startswith(p) for p in prefixes for code in codes)


def select(
    target: tuple[int, int],
    select_codes: Sequence[str] = (),
    ignore_codes: Sequence[str] = (),
) -> tuple[CodemodInfo, ...]:
    """The codemods to run, in order: every set up to `target`, filtered like ruff's rules.

    A code selects by prefix (`CM1` selects CM101, CM102, ...). REVIEW codemods are always
    in the list; see `report_only` for when their changes are only reported. Nothing is
    imported: each codemod is loaded when a file first needs it.
    """
    _check_target(target)
    every = [c for s in catalog() for c in s.codemods]
    known = {code for c in every for code in (c.code, *c.finding_codes)} | set(ENGINE_CODES)
    for prefix in (*select_codes, *ignore_codes):
        if not any(code.startswith(prefix) for code in known):
            raise SelectionError(f"unknown code {prefix!r}; see `claude-migrate list`")
    for prefix in select_codes:
        outside = outside_target(target, prefix)
        if outside:
            raise SelectionError(f"--select {prefix}: {outside}")
    chosen = []
    for codemod in (c for s in catalog() if s.version <= target for c in s.codemods):
        if select_codes and not _matches(codemod, select_codes):
            continue
        if ignore_codes and any(codemod.code.startswith(p) for p in ignore_codes):
            continue
        chosen.append(codemod)
    return tuple(chosen)


def outside_target(target: tuple[int, int], prefix: str) -> str | None:
    """Why `prefix` names nothing a run to `target` does, when it names only codes of a
    later set (`--to 4.5 --select CM201`); None when it names something of the target."""
    every = [c for s in catalog() for c in s.codemods]
    sets = {
        c.target
        for c in every
        if any(code.startswith(prefix) for code in (c.code, *c.finding_codes))
    }
    if (
        not sets
        or any(v <= target for v in sets)
        or any(e.startswith(prefix) for e in ENGINE_CODES)
    ):
        return None
    labels = ", ".join(version_label(v) for v in sorted(sets))
    return (
        f"a code of the {labels} set, outside the target {version_label(target)}"
        f" (use --to {version_label(min(sets))})"
    )


def known_codes() -> frozenset[str]:
    """Every codemod, finding and engine code, of every set."""
    every = (c for s in catalog() for c in s.codemods)
    return frozenset(code for c in every for code in (c.code, *c.finding_codes)) | frozenset(
        ENGINE_CODES
    )


def report_only(
    codemods: Sequence[CodemodInfo], select_codes: Sequence[str] = (), unsafe: bool = False
) -> frozenset[str]:
    """REVIEW codemods apply only when selected or with `unsafe`; otherwise what they would
    change is reported, so that nothing they know about goes unmentioned."""
    if unsafe or select_codes:
        return frozenset()
    return frozenset(c.code for c in codemods if c.safety is Safety.REVIEW)


def finding_owner(code: str) -> type[Codemod] | None:
    for codemod in all_codemods():
        if code == codemod.code or code in codemod.finding_codes:
            return codemod
    return None


def model_tables(target: tuple[int, int]) -> list[tuple[str, ModelTable]]:
    """(version label, table) for every set up to `target` that ships a models.toml."""
    from .authoring.tables import load as load_model_table

    folders = {os.path.basename(folder): folder for folder in set_folders()}
    tables = []
    for codemod_set in catalog():
        package = f"{codemods_package.__name__}.{codemod_set.name}"
        if codemod_set.version <= target and os.path.isfile(
            os.path.join(folders[codemod_set.name], "models.toml")
        ):
            tables.append((version_label(codemod_set.version), load_model_table(package)))
    return tables


def later_version(target: tuple[int, int]) -> str | None:
    """The newest set after `target`, if any: what to suggest when a target retires."""
    later = [s for s in catalog() if s.version > target]
    return version_label(later[-1].version) if later else None


def engine_code(code: str) -> tuple[str, str] | None:
    """(slug, description) of an engine code such as CM001."""
    return ENGINE_CODES.get(code)
