"""The bad-input corpus: each case migrates correctly or gets one clear line naming the file
and the cause; the run goes on; the other files are migrated; nothing is half-written."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest
from pinned_target import RUN_TO_5

from claude_migrate.writer import WriteError, atomic_write

OLD = "claude-3-haiku-20240307"
NEW = "claude-haiku-4-5-20251001"
GOOD = f'MODEL = "{OLD}"\n'


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*RUN_TO_5, "--no-cache", *args],
        cwd=cwd,
        capture_output=True,
    )


def lines_about(result: subprocess.CompletedProcess[bytes], name: str) -> list[str]:
    return [line for line in result.stderr.decode().splitlines() if line.startswith(name)]


def run_case(
    tmp_path: Path, name: str, data: bytes
) -> tuple[subprocess.CompletedProcess[bytes], Path]:
    """Write the bad file beside a good one, run --write, check the good one migrated."""
    (tmp_path / "good.py").write_text(GOOD)
    bad = tmp_path / name
    bad.write_bytes(data)
    result = cli("--write", ".", cwd=tmp_path)
    assert (tmp_path / "good.py").read_text() == GOOD.replace(OLD, NEW), result.stderr
    return result, bad


def notebook_json(
    source: str = "", metadata: str = "{}", cells: str = "[CELL]", kernelspec: str = "{}"
) -> bytes:
    """A notebook with one code cell, written as JSON text so that any part can be malformed."""
    source = source or json.dumps([GOOD])
    cell = (
        (
            '{"cell_type": "code", "execution_count": null, "metadata": METADATA, "outputs": [], '
            '"source": SOURCE}'
        )
        .replace("METADATA", metadata)
        .replace("SOURCE", source)
    )
    document = (
        '{"cells": CELLS, "metadata": {"kernelspec": KERNEL}, "nbformat": 4, "nbformat_minor": 5}\n'
    )
    return (
        document.replace("KERNEL", kernelspec)
        .replace("CELLS", cells.replace("CELL", cell))
        .encode()
    )


# (name, content, expected new content or None for "fails with one line", cause in that line)
CASES = [
    ("syntax_error.py", f'M = "{OLD}"\ndef (:\n'.encode(), None, "syntax error"),
    ("python2.py", f'print "{OLD}"\n'.encode(), None, "syntax error"),
    (
        "undecodable.py",
        b'M = "' + OLD.encode() + b'"  # \xff\xfe\n',
        None,
        "cannot decode as utf-8",
    ),
    ("binary.py", b"\x00\x01\x02" + OLD.encode() + b"\x00\xff", None, "binary file"),
    (
        "nested_deep.py",
        ("x = " + "(" * 5000 + f'"{OLD}"' + ")" * 5000 + "\n").encode(),
        None,
        "nested",
    ),
    (
        "nested_shallow.py",
        ("x = " + "(" * 100 + f'"{OLD}"' + ")" * 100 + "\n").encode(),
        ("x = " + "(" * 100 + f'"{NEW}"' + ")" * 100 + "\n").encode(),
        "",
    ),
    (
        "latin1.py",
        f'# -*- coding: latin-1 -*-\nS = "\xe9t\xe9"\nM = "{OLD}"\n'.encode("latin-1"),
        "same-encoding",
        "",
    ),
    (
        "bom.py",
        b"\xef\xbb\xbf" + GOOD.encode(),
        b"\xef\xbb\xbf" + GOOD.replace(OLD, NEW).encode(),
        "",
    ),
    (
        "crlf.py",
        GOOD.replace("\n", "\r\n").encode(),
        GOOD.replace("\n", "\r\n").replace(OLD, NEW).encode(),
        "",
    ),
    (
        "mixed_newlines.py",
        f'A = "{OLD}"\r\nB = 1\nC = "{OLD}"\rD = 2\n'.encode(),
        f'A = "{NEW}"\r\nB = 1\nC = "{NEW}"\rD = 2\n'.encode(),
        "",
    ),
    ("tabs.py", f'if True:\n\tM = "{OLD}"\n'.encode(), f'if True:\n\tM = "{NEW}"\n'.encode(), ""),
    ("no_newline.py", f'M = "{OLD}"'.encode(), f'M = "{NEW}"'.encode(), ""),
    ("empty.py", b"", b"", ""),
    (
        "pep695.py",
        f'type Model = str\nM: Model = "{OLD}"\n'.encode(),
        f'type Model = str\nM: Model = "{NEW}"\n'.encode(),
        "",
    ),
    (
        "nested_fstring.py",
        f'x = f"{{f"{{1}}"}} {OLD}"\nM = "{OLD}"\n'.encode(),
        f'x = f"{{f"{{1}}"}} {OLD}"\nM = "{NEW}"\n'.encode(),
        "",
    ),
    ("with space and é.py", GOOD.encode(), GOOD.replace(OLD, NEW).encode(), ""),
    # What LibCST's round trip alone would lose: a final CR, a form feed starting a line.
    (
        "cr_only.py",
        f'MODEL = "{OLD}"\ry = 2\r'.encode(),
        f'MODEL = "{NEW}"\ry = 2\r'.encode(),
        "",
    ),
    (
        "form_feed.py",
        f'MODEL = "{OLD}"\n\x0cdef f():\n    pass\n\x0c\x0c\nX = 1\n'.encode(),
        f'MODEL = "{NEW}"\n\x0cdef f():\n    pass\n\x0c\x0c\nX = 1\n'.encode(),
        "",
    ),
    (
        "form_feed_on_the_changed_line.py",
        f'A = 1\n\x0cMODEL = "{OLD}"\r\n'.encode(),
        f'A = 1\n\x0cMODEL = "{NEW}"\r\n'.encode(),
        "",
    ),
    # Codecs whose decode-encode does not give the bytes back are refused, at their line.
    (
        "cp932_duplicate_pair.py",
        f'# -*- coding: cp932 -*-\nMODEL = "{OLD}"  # '.encode() + b"\x87\x90\n",
        None,
        "line 2: decoding as cp932 and encoding again does not give back the same bytes",
    ),
    (
        "cp932_round_trips.py",
        b'# -*- coding: cp932 -*-\nS = "\x82\xa0"\n' + f'M = "{OLD}"\n'.encode(),
        "same-encoding",
        "",
    ),
    (
        "unicode_escape.py",
        f'# coding: unicode_escape\nMODEL = "{OLD}"\nA = "\\x41"\n'.encode(),
        None,
        "line 1: decoding as unicode_escape and encoding again",
    ),
    # Config files that do not load are not edited.
    ("bad.toml", f'model = "{OLD}"\n[table\n'.encode(), None, "not valid TOML"),
    ("settings.json", f'{{\n  // c\n  "model": "{OLD}",\n}}\n'.encode(), None, "not valid JSON"),
    ("good.json", f'{{"model": "{OLD}"}}\n'.encode(), f'{{"model": "{NEW}"}}\n'.encode(), ""),
    # Notebooks of every malformed shape: one line each, never a traceback.
    ("deep.ipynb", notebook_json(metadata="[" * 5000 + "]" * 5000), None, "nested too deeply"),
    ("num.ipynb", notebook_json(source=f"[7, {json.dumps(GOOD)}]"), None, '"source" is not'),
    ("num2.ipynb", notebook_json(source=f'42, "id": "{OLD}"'), None, '"source" is not'),
    ("obj.ipynb", notebook_json(cells='{"a": CELL}'), None, '"cells" is not a list'),
    (
        "strcell.ipynb",
        notebook_json(cells=f"[{json.dumps(GOOD)}]"),
        None,
        "cell 1 is not an object",
    ),
    ("kernel.ipynb", notebook_json(kernelspec="7"), None, '"kernelspec" is not an object'),
    ("broken.ipynb", notebook_json()[:-9], None, "not valid JSON"),
]


@pytest.mark.parametrize("name, data, expected, cause", CASES, ids=[c[0] for c in CASES])
def test_bad_input(
    tmp_path: Path, name: str, data: bytes, expected: bytes | str | None, cause: str
) -> None:
    result, bad = run_case(tmp_path, name, data)
    if expected is None:
        about = lines_about(result, name)
        assert len(about) == 1 and cause in about[0], result.stderr
        assert bad.read_bytes() == data, "a file that failed is not touched"
        assert result.returncode == 1
    elif expected == "same-encoding":
        assert bad.read_bytes() == data.replace(OLD.encode(), NEW.encode())
    else:
        assert bad.read_bytes() == expected, result.stderr
    assert not lines_about(result, "Traceback")


def test_a_cell_with_a_lone_surrogate_is_skipped_and_the_others_migrate(tmp_path: Path) -> None:
    # `\\ud800` is valid JSON but not text: Python's parsers refuse it and it cannot be encoded.
    cell = {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": []}
    cells = [{**cell, "source": [GOOD]}, {**cell, "source": [GOOD.replace("\n", " # LONE\n")]}]
    text = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    data = text.replace("LONE", "\\ud800").encode()
    result, bad = run_case(tmp_path, "lone.ipynb", data)
    assert result.returncode == 0, result.stderr
    assert "CM001 cell 2 skipped: it holds a lone surrogate" in result.stderr.decode()
    assert bad.read_bytes() == data.replace(OLD.encode(), NEW.encode(), 1)  # cell 1 only


def test_paths_with_spaces_and_non_ascii_names_make_a_patch_git_applies(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "sub dir").mkdir(parents=True)
    (project / "sub dir" / "modèle un.py").write_text(GOOD)
    copy = tmp_path / "copy"
    subprocess.run(["cp", "-r", str(project), str(copy)], check=True)
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    patch = tmp_path / "p.patch"
    cli("--patch", str(patch), ".", cwd=project)
    subprocess.run(["git", "apply", str(patch)], cwd=copy, check=True)
    assert (copy / "sub dir" / "modèle un.py").read_text() == GOOD.replace(OLD, NEW)


def test_a_large_file_is_migrated_or_skipped_with_a_clear_line(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(GOOD)
    big = tmp_path / "big.py"
    body = "x = [" + ", ".join(str(i) for i in range(2_400_000)) + "]\n"  # about 20 MB
    big.write_text(GOOD + body)
    result = cli("--write", "--max-memory", "256", ".", cwd=tmp_path)
    about = lines_about(result, "big.py")
    assert len(about) == 1 and "too large to parse within 256 MiB" in about[0]
    assert (tmp_path / "good.py").read_text() == GOOD.replace(OLD, NEW)
    assert big.stat().st_size > 19_000_000 and big.read_text().startswith(GOOD)


def test_links_loops_outside_and_two_links_to_one_file(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "real.py").write_text(GOOD)
    (project / "link_a.py").symlink_to(project / "real.py")
    (project / "link_b.py").symlink_to(project / "real.py")
    (project / "loop").symlink_to(project)
    outside = tmp_path / "outside.py"
    outside.write_text(GOOD)
    (project / "out.py").symlink_to(outside)
    result = cli("--write", ".", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "real.py").read_text() == GOOD.replace(OLD, NEW)
    assert (project / "link_a.py").is_symlink() and (project / "link_b.py").is_symlink()
    assert outside.read_text() == GOOD, "never written through a link out of the root"


def test_read_only_file_is_refused_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(GOOD)
    locked = tmp_path / "locked.py"
    locked.write_text(GOOD)
    locked.chmod(0o444)
    result = cli("--write", ".", cwd=tmp_path)
    about = lines_about(result, "locked.py")
    assert len(about) == 1 and "read-only file" in about[0]
    assert locked.read_text() == GOOD and stat.S_IMODE(locked.stat().st_mode) == 0o444
    assert (tmp_path / "good.py").read_text() == GOOD.replace(OLD, NEW)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in process: as root a chmod 000 file is still readable, so the read fails on cue."""
    from click.testing import CliRunner

    from claude_migrate import cli as cli_module
    from claude_migrate import pipeline

    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "secret.py").write_text(GOOD)
    real_read = pipeline.read_with_signature

    def read(path: str) -> tuple[bytes, tuple[int, int, int, int]]:
        if path.endswith("secret.py"):
            raise PermissionError(13, "Permission denied")
        return real_read(path)

    monkeypatch.setattr(pipeline, "read_with_signature", read)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        cli_module.main, ["run", "--to", "5", "--no-cache", "-j", "1", "--write", "."]
    )
    assert result.exit_code == 1
    assert "secret.py: cannot read: Permission denied" in result.output
    assert (tmp_path / "good.py").read_text() == GOOD.replace(OLD, NEW)


def test_file_changed_or_deleted_between_read_and_write(tmp_path: Path) -> None:
    path = tmp_path / "a.py"
    path.write_text("new on disk\n")
    with pytest.raises(WriteError, match="changed after it was read"):
        atomic_write(str(path), b"what was read\n", b"migrated\n")
    assert path.read_text() == "new on disk\n"
    path.unlink()
    with pytest.raises(WriteError, match="deleted after it was read"):
        atomic_write(str(path), b"what was read\n", b"migrated\n")
    assert not path.exists()
    assert not list(tmp_path.iterdir()), "no temporary file is left behind"


def test_never_imports_user_code(tmp_path: Path) -> None:
    marker = tmp_path / "imported"
    (tmp_path / "evil.py").write_text(f'open({str(marker)!r}, "w").close()\nM = "{OLD}"\n')
    (tmp_path / "conftest.py").write_text(f'open({str(marker)!r}, "w").close()\n')
    cli("--write", ".", cwd=tmp_path)
    assert not marker.exists()


def test_a_path_outside_the_working_tree_gets_relative_patch_paths(tmp_path: Path) -> None:
    repo = tmp_path / "srv" / "repo"
    repo.mkdir(parents=True)
    (repo / "app.py").write_text(GOOD)
    elsewhere = tmp_path / "home"
    elsewhere.mkdir()
    result = cli(str(repo), cwd=elsewhere)
    headers = [
        line for line in result.stdout.decode().splitlines() if line.startswith(("--- ", "+++ "))
    ]
    assert headers == ["--- a/repo/app.py", "+++ b/repo/app.py"]
    assert not any(".." in h or "//" in h for h in headers)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_really_unreadable(tmp_path: Path) -> None:
    (tmp_path / "secret.py").write_text(GOOD)
    (tmp_path / "secret.py").chmod(0)
    result = cli(".", cwd=tmp_path)
    assert "secret.py: cannot read" in result.stderr.decode()


@pytest.mark.skipif(
    __import__("multiprocessing").get_start_method() != "fork",
    reason="workers inherit the patch only when forked",
)
def test_a_worker_that_dies_fails_only_its_own_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A native crash in the parser kills a worker process; the pool is replaced, the other
    files are retried, and only the file that kills a worker twice fails."""
    import signal

    from claude_migrate import pipeline, registry
    from claude_migrate.authoring.codemod import RunOptions
    from claude_migrate.discover import discover
    from claude_migrate.pipeline import Plan, RunSettings, ScanStats

    for i in range(6):
        (tmp_path / f"m{i}.py").write_text(GOOD)
    real = pipeline.migrate_bytes

    def crashing(data: bytes, path: str, *args: object, **kwargs: object) -> object:
        if path == "m3.py":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(data, path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "migrate_bytes", crashing)
    monkeypatch.chdir(tmp_path)
    files, _ = discover(["."])
    plan = Plan(codemods=registry.codemods_up_to((4, 5)), options=RunOptions(target=(4, 5)))
    results = {r.path: r for r in pipeline.run(files, plan, RunSettings(jobs=2), ScanStats())}
    assert results["m3.py"].error == "the parser crashed on this file"
    assert all(results[f"m{i}.py"].status.value == "changed" for i in (0, 1, 2, 4, 5))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_fifos_and_devices_get_one_line_each_and_never_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.py")
    (tmp_path / "sub").mkdir()
    os.mkfifo(tmp_path / "sub" / "pipe.ipynb")
    (tmp_path / "zero.py").symlink_to("/dev/zero")  # outside the folder: never followed
    (tmp_path / "good.py").write_text(GOOD)
    walked = subprocess.run(
        [*RUN_TO_5, "--no-cache", "--write", "."],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    assert lines_about(walked, "fifo.py") == ["fifo.py: a FIFO, not a regular file; skipped"]
    assert lines_about(walked, "sub/pipe.ipynb") == [
        "sub/pipe.ipynb: a FIFO, not a regular file; skipped"
    ]
    assert (tmp_path / "good.py").read_text() == GOOD.replace(OLD, NEW)
    named = subprocess.run(
        [*RUN_TO_5, "--no-cache", "fifo.py", "zero.py"],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    assert lines_about(named, "zero.py") == ["zero.py: a device, not a regular file; skipped"]
    assert len(lines_about(named, "fifo.py")) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_file_that_became_a_fifo_after_discovery_is_refused_not_waited_on(
    tmp_path: Path,
) -> None:
    from claude_migrate.pipeline import read_with_signature

    os.mkfifo(tmp_path / "late.py")
    with pytest.raises(OSError, match="not a regular file"):
        read_with_signature(str(tmp_path / "late.py"))  # would block forever if opened plainly


def _text_codecs() -> list[str]:
    import codecs
    import encodings.aliases

    names = {*encodings.aliases.aliases.values(), "unicode_escape", "raw_unicode_escape"}
    found = []
    for name in sorted(names):
        try:
            if getattr(codecs.lookup(name), "_is_text_encoding", True):
                found.append(name)
        except LookupError:
            continue
    return found


@pytest.mark.parametrize("codec", _text_codecs())
def test_every_codec_round_trips_exactly_or_is_refused(codec: str) -> None:
    """Whatever codec a cookie names, a file comes back with only its ID changed, or is refused
    with one line; never re-encoded differently."""
    import random

    from claude_migrate import registry
    from claude_migrate.authoring.codemod import RunOptions
    from claude_migrate.pipeline import Plan, migrate_bytes

    plan = Plan(codemods=registry.codemods_up_to((4, 5)), options=RunOptions(target=(4, 5)))
    rng = random.Random(codec)
    high = bytes(range(0x80, 0x100))
    tails = [b"", high[:32], high[32:96], high[96:], *(rng.randbytes(24) for _ in range(4))]
    for tail in tails:
        comment = tail.replace(b"\n", b"").replace(b"\r", b"").replace(b"\0", b"")
        data = f'# -*- coding: {codec} -*-\nM = "{OLD}"\n# '.encode() + comment + b"\n"
        result = migrate_bytes(data, "case.py", plan)
        if result.new_bytes is not None:
            assert result.new_bytes == data.replace(OLD.encode(), NEW.encode()), (codec, tail)
        else:
            assert result.error, (codec, tail, result.status)
