"""Runs the stages for a list of files and hands back one frozen result per candidate file.

    discover -> read -> prefilter -> parse -> transform -> verify   (here)
    diff -> write | report                                          (cli, writer, report)

Pass 1, in this process, reads every file once and keeps only the paths whose bytes contain a
trigger of a selected codemod. Pass 2 processes the candidates, in worker processes when
there are several; results come back in path order. A worker returns new bytes only for
files that change, so memory stays bounded by the changed files, not the tree.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace

from . import notebook, notebook_migrate, suppression
from .codemod import Codemod, FileContext, RunOptions
from .discover import SourceFile
from .prefilter import Prefilter
from .results import FileResult, Finding, Status
from .source import SourceError, decode_python, decode_text
from .textfiles import text_format
from .transform import TransformError, transform_python, transform_text


@dataclass(frozen=True)
class Plan:
    codemods: tuple[type[Codemod], ...]
    options: RunOptions
    ignore_codes: tuple[str, ...] = ()
    facts: Mapping[str, bool] = field(default_factory=dict)

    @property
    def kinds(self) -> frozenset[str]:
        """The file kinds some selected codemod handles; documentation only with --prose."""
        kinds = {"python", "notebook"} | {k for c in self.codemods for k in c.text_kinds}
        if not self.options.prose:
            kinds.discard("docs")
        return frozenset(kinds)


@dataclass
class ScanStats:
    scanned: int = 0
    prefiltered_out: int = 0
    candidates: int = 0


def read_bytes(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def scan(
    files: Sequence[SourceFile], plan: Plan, stats: ScanStats, facts: dict[str, bool]
) -> Iterator[SourceFile | FileResult]:
    """Pass 1: yield candidate files, and a FAILED result for each file that cannot be read.

    Project-wide facts are gathered into `facts` from the candidates' bytes on the way."""
    prefilter = Prefilter(t for c in plan.codemods for t in c.triggers)
    for file in files:
        stats.scanned += 1
        try:
            data = read_bytes(file.real)
        except OSError as exc:
            yield FileResult(file.display, Status.FAILED, error=f"cannot read: {exc.strerror}")
            continue
        if prefilter.is_candidate(data):
            stats.candidates += 1
            facts_data = notebook.code_bytes(data) if file.kind == "notebook" else data
            for codemod in plan.codemods:
                for name, value in codemod.project_facts(facts_data).items():
                    facts[name] = facts.get(name, False) or value
            yield file
        else:
            stats.prefiltered_out += 1


def process_file(file: SourceFile, plan: Plan) -> FileResult:
    """Pass 2 for one file. Never raises: every problem becomes a FAILED result."""
    try:
        data = read_bytes(file.real)
    except OSError as exc:
        return FileResult(file.display, Status.FAILED, error=f"cannot read: {exc.strerror}")
    return migrate_bytes(data, file.display, plan, file.kind, real_path=file.real)


def migrate_bytes(
    data: bytes, path: str, plan: Plan, kind: str = "python", real_path: str = ""
) -> FileResult:
    """Decode, transform, verify and encode one file's bytes; pure apart from the codemods."""
    python_like = kind in ("python", "notebook")
    codemods = tuple(
        c
        for c in plan.codemods
        if (python_like or kind in c.text_kinds) and any(t in data for t in c.triggers)
    )
    if not codemods:
        return FileResult(path, Status.UNCHANGED)
    if suppression.skips_file(data):
        return FileResult(path, Status.SKIPPED, error="skip-file comment")
    context = FileContext(path, plan.options, plan.facts)
    cells: tuple[tuple[int, str, str], ...] = ()
    try:
        if kind == "notebook":
            source = decode_text(data)
            outcome, cells = notebook_migrate.migrate(source.text, codemods, context)
        elif kind == "python":
            source = decode_python(data)
            outcome = transform_python(source.text, codemods, context)
        else:
            source = decode_text(data)
            fmt = text_format(path)
            assert fmt is not None, f"{path} has kind {kind} but no text format"
            outcome = transform_text(source.text, fmt, codemods, context)
        new_data = source.encode(outcome.text)
    except notebook.NotebookError as exc:
        return FileResult(path, Status.SKIPPED, error=str(exc))
    except (SourceError, TransformError) as exc:
        return FileResult(path, Status.FAILED, error=str(exc))
    except Exception as exc:  # a bug in one codemod must not end the run or touch the file
        return FileResult(path, Status.FAILED, error=f"internal error: {type(exc).__name__}: {exc}")
    findings = tuple(f for f in outcome.findings if not _ignored(f, plan.ignore_codes))
    if new_data == data:
        return FileResult(path, Status.UNCHANGED, findings=findings)
    return FileResult(
        path,
        Status.CHANGED,
        changes=outcome.changes,
        findings=findings,
        old_bytes=data,
        new_bytes=new_data,
        encoding=source.encoding,
        real_path=real_path,
        cells=cells,
    )


def _ignored(finding: Finding, ignore_codes: Sequence[str]) -> bool:
    return any(finding.code.startswith(prefix) for prefix in ignore_codes)


def run(
    files: Sequence[SourceFile], plan: Plan, jobs: int, stats: ScanStats
) -> Iterator[FileResult]:
    """Yield a result for every candidate or unreadable file, in path order."""
    facts: dict[str, bool] = dict(plan.facts)
    items = list(scan(files, plan, stats, facts))
    plan = replace(plan, facts=facts)
    candidates = [i for i in items if isinstance(i, SourceFile)]
    workers = min(jobs, len(candidates))
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, FileResult) else process_file(item, plan)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from _ordered(pool, items, plan, window=workers * 8)


def _ordered(
    pool: ProcessPoolExecutor, items: Sequence[SourceFile | FileResult], plan: Plan, window: int
) -> Iterator[FileResult]:
    """Submit at most `window` files ahead of the one being yielded, so memory stays bounded."""
    queue: deque[Future[FileResult] | FileResult] = deque()
    pending = iter(items)
    for item in pending:
        queue.append(
            item if isinstance(item, FileResult) else pool.submit(process_file, item, plan)
        )
        while len(queue) >= window:
            yield _take(queue.popleft())
    while queue:
        yield _take(queue.popleft())


def _take(entry: Future[FileResult] | FileResult) -> FileResult:
    return entry if isinstance(entry, FileResult) else entry.result()


def default_jobs() -> int:
    return (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    )
