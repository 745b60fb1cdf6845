"""The command line as a user drives it: a real process, real pipes, real files."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pinned_target import pinned

OLD_CALL = (
    'client.messages.create(model="claude-3-5-sonnet-20241022", max_tokens=10, messages=[])\n'
)
NEW_CALL = (
    'client.messages.create(model="claude-sonnet-4-5-20250929", max_tokens=10, messages=[])\n'
)


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "CLICOLOR_FORCE")}
    return subprocess.run(
        [sys.executable, "-m", "claude_migrate", *pinned(args)],
        cwd=cwd,
        capture_output=True,
        env=env,
    )


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".git" not in p.parts and ".claude-migrate-cache" not in p.parts
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "app").mkdir(parents=True)
    (root / "app" / "chat.py").write_text(
        "import anthropic\nclient = anthropic.Anthropic()\n" + OLD_CALL
    )
    (root / "app" / "plain.py").write_text("print('no Claude here')\n")
    (root / "app" / "crlf.py").write_bytes(b'MODEL = "claude-3-haiku-20240307"\r\nX = 1\r\n')
    (root / "app" / "no_final_newline.py").write_bytes(b'MODEL = "claude-3-haiku-20240307"')
    (root / "app" / "bom.py").write_bytes(b'\xef\xbb\xbfMODEL = "claude-3-opus-20240229"\n')
    (root / "app" / "latin1.py").write_bytes(
        b"# -*- coding: latin-1 -*-\nGREETING = 'caf\xe9'\nMODEL = 'claude-3-haiku-20240307'\n"
    )
    (root / "broken.py").write_text('MODEL = "claude-3-opus-20240229"\ndef (:\n')
    return root


def test_dry_run_prints_a_diff_and_writes_nothing(project: Path) -> None:
    (project / "broken.py").unlink()
    before = snapshot(project)
    result = cli("run", ".", cwd=project)
    assert result.returncode == 0, result.stderr
    assert b"--- a/app/chat.py\n+++ b/app/chat.py\n" in result.stdout
    assert b"-" + OLD_CALL.encode() in result.stdout
    assert b"+" + NEW_CALL.encode() in result.stdout
    assert b"\x1b[" not in result.stdout, "no colour when piped"
    assert b"Would change 5 files" in result.stderr
    assert snapshot(project) == before


def test_write_applies_changes_and_a_second_run_finds_nothing(project: Path) -> None:
    (project / "broken.py").unlink()
    result = cli("run", "--write", ".", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    assert (project / "app" / "chat.py").read_text().endswith(NEW_CALL)
    assert (
        project / "app" / "crlf.py"
    ).read_bytes() == b'MODEL = "claude-haiku-4-5-20251001"\r\nX = 1\r\n'
    assert (
        project / "app" / "no_final_newline.py"
    ).read_bytes() == b'MODEL = "claude-haiku-4-5-20251001"'
    assert (
        project / "app" / "bom.py"
    ).read_bytes() == b'\xef\xbb\xbfMODEL = "claude-opus-4-5-20251101"\n'
    assert (project / "app" / "latin1.py").read_bytes() == (
        b"# -*- coding: latin-1 -*-\nGREETING = 'caf\xe9'\nMODEL = 'claude-haiku-4-5-20251001'\n"
    )
    again = cli("run", "--check", ".", cwd=project)
    assert again.returncode == 0
    assert again.stdout == b""
    assert not list(project.rglob("*.claude-migrate")), "no temporary files left behind"


def test_check_exit_codes(project: Path) -> None:
    (project / "broken.py").unlink()
    assert cli("run", "--check", ".", cwd=project).returncode == 1
    assert cli("run", "--check", "app/plain.py", cwd=project).returncode == 0


def test_patch_file_applies_with_git_and_equals_write(project: Path, tmp_path: Path) -> None:
    (project / "broken.py").unlink()
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    patch = tmp_path / "changes.patch"
    result = cli("run", "--patch", str(patch), ".", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"", "with --patch the diff goes to the file"
    subprocess.run(["git", "apply", "--check", str(patch)], cwd=copy, check=True)
    subprocess.run(["git", "apply", str(patch)], cwd=copy, check=True)
    assert cli("run", "--write", ".", cwd=project).returncode == 0
    assert snapshot(copy) == snapshot(project)


def test_piped_diff_is_a_patch_git_applies(project: Path, tmp_path: Path) -> None:
    (project / "broken.py").unlink()
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    result = cli("run", ".", cwd=project)
    subprocess.run(["git", "apply", "-"], cwd=copy, input=result.stdout, check=True)
    assert (
        (copy / "app" / "crlf.py")
        .read_bytes()
        .startswith(b'MODEL = "claude-haiku-4-5-20251001"\r\n')
    )


def test_syntax_error_is_reported_and_the_other_files_still_migrate(project: Path) -> None:
    broken_before = (project / "broken.py").read_bytes()
    result = cli("run", "--write", ".", cwd=project)
    assert result.returncode == 1
    errors = [line for line in result.stderr.decode().splitlines() if line.startswith("broken.py")]
    assert len(errors) == 1 and "syntax error" in errors[0], result.stderr
    assert (project / "broken.py").read_bytes() == broken_before
    assert (project / "app" / "chat.py").read_text().endswith(NEW_CALL)


def test_write_keeps_the_file_mode(project: Path) -> None:
    (project / "broken.py").unlink()
    chat = project / "app" / "chat.py"
    chat.chmod(0o751)
    assert cli("run", "--write", ".", cwd=project).returncode == 0
    assert stat.S_IMODE(chat.stat().st_mode) == 0o751


def test_parallel_and_serial_runs_print_the_same(project: Path) -> None:
    for i in range(6):
        (project / "app" / f"more_{i}.py").write_text(OLD_CALL)
    serial = cli("run", "--no-cache", "-j", "1", ".", cwd=project)
    parallel = cli("run", "--no-cache", "-j", "2", ".", cwd=project)
    assert serial.stdout == parallel.stdout

    def without_timing(err: bytes) -> list[bytes]:
        return [line for line in err.splitlines() if not line.startswith(b"files: ")]

    assert without_timing(serial.stderr) == without_timing(parallel.stderr)


def test_gitignore_default_excludes_and_links_out_of_the_root(
    project: Path, tmp_path: Path
) -> None:
    (project / "broken.py").unlink()
    (project / ".gitignore").write_text("generated/\n*.gen.py\n!keep.gen.py\n")
    for rel in ("generated/a.py", "x.gen.py", "keep.gen.py", ".venv/lib.py", "node_modules/m.py"):
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(OLD_CALL)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.py").write_text(OLD_CALL)
    (project / "linked").symlink_to(outside)
    (project / "loop").symlink_to(project)
    result = cli("run", ".", cwd=project)
    touched = {
        line.split(b"/", 1)[1].decode()
        for line in result.stdout.splitlines()
        if line.startswith(b"+++ ")
    }
    assert touched == {
        "app/bom.py",
        "app/chat.py",
        "app/crlf.py",
        "app/latin1.py",
        "app/no_final_newline.py",
        "keep.gen.py",
    }


def test_usage_errors_exit_2(project: Path) -> None:
    assert cli("run", "--select", "CM999", ".", cwd=project).returncode == 2
    assert cli("run", "--to", "3.9", ".", cwd=project).returncode == 2
    assert cli("run", "--bogus", cwd=project).returncode == 2


def test_missing_path_is_named(project: Path) -> None:
    result = cli("run", "nowhere.py", cwd=project)
    assert result.returncode == 1
    assert b"nowhere.py: no such file or directory" in result.stderr


def test_list_and_explain_come_from_the_registry(project: Path) -> None:
    listed = cli("list", cwd=project)
    assert listed.returncode == 0
    assert b"CM101" in listed.stdout and b"legacy-model-id" in listed.stdout
    explained = cli("explain", "CM102", cwd=project)
    assert explained.returncode == 0
    assert b"CM102" in explained.stdout and b"Source:" in explained.stdout
    assert cli("explain", "CM999", cwd=project).returncode == 2


def test_terminal_output_prints_code_verbatim(tmp_path: Path) -> None:
    long_tail = "x" * 150
    (tmp_path / "t.py").write_text(
        f'def f(a: list[int], b: dict[str, "[bold]"]) -> None:  # :smile: {long_tail}\n'
        '    return call(model="claude-3-haiku-20240307")\n'
    )
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "60", "TERM": "xterm-256color"}
    result = subprocess.run(
        [sys.executable, "-m", "claude_migrate", "run", "t.py"],
        cwd=tmp_path,
        capture_output=True,
        env=env,
    )
    out = result.stdout.decode()
    assert "\x1b[" in out, "coloured on a terminal"
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert f'list[int], b: dict[str, "[bold]"]) -> None:  # :smile: {long_tail}\n' in plain, (
        "no markup, emoji or wrapping"
    )


def test_no_cache_writes_nothing_at_all(project: Path) -> None:
    (project / "broken.py").unlink()
    cli("run", "--no-cache", ".", cwd=project)
    assert not (project / ".claude-migrate-cache").exists()


def test_the_format_choices_are_the_formats_there_are() -> None:
    from claude_migrate import cli as cli_module
    from claude_migrate import formats

    assert set(cli_module.FORMAT_NAMES) == set(formats.FORMATS)
