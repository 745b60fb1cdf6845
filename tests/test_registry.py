"""The registry's manifest: current, equal to the classes, and what keeps LibCST unloaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from claude_migrate import manifest, registry
from claude_migrate.manifest import CodemodInfo


def test_the_manifest_is_current() -> None:
    path, text = registry.manifest_text()
    assert Path(path).read_text(encoding="utf-8") == text, (
        "codemods/manifest.json is out of date: run `.venv/bin/python scripts/generate.py`"
    )


def test_the_catalog_describes_the_classes() -> None:
    listed = [c for s in registry.catalog() for c in s.codemods]
    assert listed == [CodemodInfo.of(c) for c in registry.all_codemods()]
    assert all(info.load() is c for info, c in zip(listed, registry.all_codemods(), strict=True))


def test_a_stale_manifest_is_not_used(tmp_path: Path) -> None:
    folders = registry.set_folders()
    assert manifest.read(registry._manifest_path(folders), "another fingerprint") is None
    assert manifest.read(str(tmp_path / "missing.json"), manifest.fingerprint(folders)) is None


def test_a_run_without_candidates_never_imports_libcst(tmp_path: Path) -> None:
    (tmp_path / "plain.py").write_text("def f():\n    return 1\n")
    probe = (
        "import sys\n"
        "from claude_migrate.cli import main\n"
        "try:\n"
        "    main(['run', '.'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert 'libcst' not in sys.modules, 'LibCST was imported'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_the_fingerprint_follows_every_source_and_data_file(tmp_path: Path) -> None:
    (tmp_path / "cm1.py").write_text("code = 1\n")
    (tmp_path / "models.toml").write_text("[target]\n")
    (tmp_path / "notes.txt").write_text("not part of it\n")
    first = manifest.fingerprint([str(tmp_path)])
    (tmp_path / "notes.txt").write_text("still not part of it\n")
    assert manifest.fingerprint([str(tmp_path)]) == first
    (tmp_path / "models.toml").write_text("[target]\nversion = '5'\n")
    assert manifest.fingerprint([str(tmp_path)]) != first
