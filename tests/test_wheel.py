"""The wheel built from this checkout ships every codemod set and its data files.

CI also installs that wheel in a fresh venv and runs it (.ci/run); this test catches a
packaging mistake in seconds, without a network.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_every_codemod_set(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("claude_migrate-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        f"claude_migrate/codemods/{p.relative_to(ROOT / 'codemods').as_posix()}"
        for p in (ROOT / "codemods").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert shipped, "no codemod files found in the checkout"
    assert shipped <= names, f"missing from the wheel: {sorted(shipped - names)}"
    assert "claude_migrate/cli.py" in names
    assert not any(n.startswith("codemods/") for n in names), "no top-level `codemods` package"
