"""A differential fuzz over real code: files of the running Python's standard library and
site-packages, each with a few triggers injected between its statements (an old model ID,
a text-editor tool, an `undo_edit` branch, a `stop_reason` check). For every file the 4.5
set must give text that parses, a second run must change nothing, and every line of the
file that was not injected must come back byte for byte, in order: the codemods may edit
and remove only what was injected, and add lines of their own.

The suite samples FUZZ_FILES files; CLAUDE_MIGRATE_FUZZ_FILES=N (or `all`) runs more, and
CLAUDE_MIGRATE_FUZZ_SEED another sample.
"""

from __future__ import annotations

import ast
import difflib
import os
import random
import sysconfig
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from claude_migrate import registry
from claude_migrate.authoring.codemod import RunOptions
from claude_migrate.authoring.text import split_lines
from claude_migrate.pipeline import Plan, migrate_bytes
from claude_migrate.results import Status

FUZZ_FILES = 2000
# LibCST parses each top-level statement holding a trigger: small files keep the test quick.
MAX_BYTES = 4_000
# Each trigger as lines at one indentation; the first line names it in failures.
TRIGGERS = (
    ('MODEL = "claude-3-5-sonnet-20241022"',),
    ('EDITOR_TOOL = {"type": "text_editor_20250124", "name": "str_replace_editor"}',),
    ('if command == "undo_edit":', "    undo(path)"),
    ('if response.stop_reason == "max_tokens":', "    truncated(response)"),
    ("import anthropic",),
)


# Tied to Anthropic's editor, as a project defining EDITOR_TOOL is: CM115 removes branches.
def _libcst_refuses(source: str) -> bool:
    import libcst

    try:
        libcst.parse_module(source)
    except (libcst.ParserSyntaxError, RecursionError):
        return True
    return False


PLAN = Plan(
    codemods=registry.codemods_up_to((4, 5)),
    options=RunOptions(target=(4, 5)),
    facts={"anthropic_text_editor": True},
)


WORDS = ("claude-", "text_editor_", "str_replace", "undo_edit", "stop_reason", "anthropic")


def corpus() -> list[str]:
    folders = sorted({sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["purelib"]})
    paths = []
    for folder in folders:
        for top, _, names in os.walk(folder):
            paths += [os.path.join(top, n) for n in names if n.endswith(".py")]
    paths = [p for p in paths if 0 < os.path.getsize(p) <= MAX_BYTES]
    paths = sorted(set(paths))
    wanted = os.environ.get("CLAUDE_MIGRATE_FUZZ_FILES", str(FUZZ_FILES))
    rng = random.Random(int(os.environ.get("CLAUDE_MIGRATE_FUZZ_SEED", "20261201")))
    rng.shuffle(paths)
    return paths if wanted == "all" else paths[: int(wanted)]


@dataclass(frozen=True)
class Injected:
    data: bytes
    injected: frozenset[int]  # 0-based lines of `data` that were injected


def inject(source: str, rng: random.Random) -> Injected | None:
    """Up to four triggers, each before a statement that starts its own line, at its
    indentation; None when the file gives no such place (or is not Python we can read)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    lines = split_lines(source)
    places = sorted({line for line in _statement_starts(tree, lines)})
    if not places:
        return None
    chosen = sorted(rng.sample(places, min(len(places), rng.randint(1, 4))))
    out: list[str] = []
    injected: set[int] = set()
    newline = "\r\n" if lines[0].endswith("\r\n") else "\n"
    at = 0
    for place in chosen:
        out += lines[at:place]
        indent = lines[place][: len(lines[place]) - len(lines[place].lstrip())]
        for text in rng.choice(TRIGGERS):
            injected.add(len(out))
            out.append(indent + text + newline)
        at = place
    out += lines[at:]
    text = "".join(out)
    try:
        compile(text, "<injected>", "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None  # e.g. a `from __future__` import that must stay first
    return Injected(text.encode("utf-8"), frozenset(injected))


def _statement_starts(tree: ast.AST, lines: Sequence[str]) -> Iterator[int]:
    """0-based lines where a statement (with its decorators) begins after indentation only."""
    for node in ast.walk(tree):
        for body in (getattr(node, name, None) for name in ("body", "orelse", "finalbody")):
            if not isinstance(body, list):
                continue
            for statement in body:
                if not isinstance(statement, ast.stmt):
                    continue
                decorators = getattr(statement, "decorator_list", [])
                first = decorators[0] if decorators else statement
                line = first.lineno - 1
                column = first.col_offset - (1 if decorators else 0)
                if not 0 <= line < len(lines) or lines[line][:column].strip():
                    continue
                if lines[line][column:].startswith("elif"):
                    continue  # a trigger there would take the elif as its own
                yield line


SKIPPED = "skipped"


def check(path: str) -> str | None:
    """What is wrong with the migration of this file with its triggers; None if nothing,
    SKIPPED if the file cannot take part."""
    try:
        data = Path(path).read_bytes()
        source = data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return SKIPPED
    if len(data) > MAX_BYTES:
        return SKIPPED
    if any(word in source for word in WORDS):
        return SKIPPED  # it has triggers of its own: not a clean control
    case = inject(source, random.Random(path))
    if case is None:
        return SKIPPED
    result = migrate_bytes(case.data, path, PLAN)
    if result.status is Status.FAILED:
        if _libcst_refuses(source):
            return SKIPPED  # Python that LibCST cannot read (`(pars): bool = True`): one line
        return f"failed: {result.error}"
    new = result.new_bytes if result.new_bytes is not None else case.data
    text = new.decode("utf-8")
    try:
        compile(text, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as exc:
        return f"output does not parse: {exc}"
    again = migrate_bytes(new, path, PLAN)
    if again.new_bytes is not None and again.new_bytes != new:
        return "a second run changes it again"
    old_lines, new_lines = split_lines(case.data.decode("utf-8")), split_lines(text)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag in ("delete", "replace"):
            lost = [i for i in range(i1, i2) if i not in case.injected]
            if lost:
                return f"line {lost[0] + 1} changed without a trigger: {old_lines[lost[0]]!r}"
    return None


def test_injected_triggers_change_nothing_else() -> None:
    paths = corpus()
    with ProcessPoolExecutor(max_workers=2) as pool:
        verdicts = list(pool.map(check, paths, chunksize=50))
    checked = [v for v in verdicts if v != SKIPPED]
    assert len(checked) >= len(paths) // 2, f"only {len(checked)} of {len(paths)} files checked"
    failures = [f"{p}: {v}" for p, v in zip(paths, verdicts, strict=True) if v and v != SKIPPED]
    assert not failures, f"{len(failures)} of {len(checked)} files:\n" + "\n".join(failures[:20])
    print(f"\nfuzz: {len(checked)} files checked of {len(paths)} sampled")
