"""Runs the stages for a list of files and hands back one frozen result per candidate file.

    discover -> read -> prefilter -> parse -> transform -> verify   (here)
    diff -> write | report                                          (cli, writer, report)

Pass 1, in this process, reads every file once and keeps only the paths whose bytes contain a
trigger of a selected codemod (a weak one only beside an Anthropic marker: triggers.py). Pass 2 processes the candidates, in worker processes when
there are several; results come back in path order. A worker returns new bytes only for
files that change, so memory stays bounded by the changed files, not the tree.
"""

from __future__ import annotations

import contextlib
import errno
import os
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from stat import S_ISREG
from typing import TYPE_CHECKING, Union

from . import cache, diffing, lang, prefilter, triggers, worker
from .authoring.options import FileContext, RunOptions
from .authoring.text import text_format
from .cache import Cache
from .discover import SourceFile
from .manifest import CodemodInfo
from .pool import Workers
from .prefilter import Prefilter
from .results import FileResult, Finding, Status
from .seen_index import SeenIndex, SeenIndexes, Signature, signature
from .source import SourceError, decode_python, decode_text

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from .authoring.codemod import Codemod

# A selected codemod: as the registry lists it (imported when a file first needs it), or the
# class itself (the tests hand classes in).
CodemodRef = Union[CodemodInfo, "type[Codemod]"]


def loaded(codemod: CodemodRef) -> type[Codemod]:
    return codemod.load() if isinstance(codemod, CodemodInfo) else codemod


@dataclass(frozen=True)
class Plan:
    codemods: tuple[CodemodRef, ...]
    options: RunOptions
    ignore_codes: tuple[str, ...] = ()
    facts: Mapping[str, bool] = field(default_factory=dict)
    # False: every statement parsed and walked, whatever the codemods' scopes (the snapshot
    # harness runs each case both ways); never set by a run.
    narrow: bool = True
    # Every code there is: an ignore comment naming another is reported (empty: not checked).
    known_codes: frozenset[str] = frozenset()
    # handling()'s answer per file kind (not an argument: a replaced Plan starts without).
    _handling: dict[str, tuple[tuple[CodemodRef, ...], tuple[bytes, ...]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def handling(self, kind: str) -> tuple[tuple[CodemodRef, ...], tuple[bytes, ...]]:
        """The codemods that handle files of `kind` and all their triggers, strong and weak:
        the same for every file of the kind, worked out for its first."""
        found = self._handling.get(kind)
        if found is None:
            python_like = kind in ("python", "notebook")
            handles = tuple(
                c
                for c in self.codemods
                if python_like or kind in c.text_kinds or lang.covers(c.code, kind)
            )
            words = tuple(
                dict.fromkeys(t for c in handles for t in (*c.triggers, *c.weak_triggers))
            )
            found = self._handling[kind] = (handles, words)
        return found

    @property
    def kinds(self) -> frozenset[str]:
        """The file kinds some selected codemod handles; documentation only with --prose."""
        kinds = {"python", "notebook"} | {k for c in self.codemods for k in c.text_kinds}
        kinds |= lang.kinds_for(c.code for c in self.codemods)
        if not self.options.prose:
            kinds.discard("docs")
        return frozenset(kinds)


@dataclass
class ScanStats:
    scanned: int = 0
    prefiltered_out: int = 0
    candidates: int = 0
    cached: int = 0  # candidates answered by the content cache
    parsed: int = 0  # candidates that went through the transform stage
    too_large: int = 0


@dataclass(frozen=True)
class RunSettings:
    """How a run executes, as opposed to what it changes (the Plan)."""

    jobs: int = 1
    cache: Cache | None = None
    shard: tuple[int, int] | None = None  # (k, n): process the k-th of n slices, 1-based
    max_memory: int = 1024 * 1024 * 1024  # bytes a worker may use for one file
    on_progress: Callable[[int, int], None] | None = None  # (done, total) while processing
    # The run's worker processes (jobs >= 2), shared by its groups; run() makes its own
    # when none is given.
    workers: Workers | None = None
    # The run's seen indexes (with a cache), shared by its groups and saved at its end;
    # scan() makes its own when none is given.
    seen: SeenIndexes | None = None


# The estimate up front, measured on 2.3 MB files (bench/memory_bench.py): LibCST and the
# guard parse take about 75 bytes of memory per byte of ordinary code, and about 11 KB for
# each top-level statement on top (a file of 150,000 one-line assignments peaked at 1.6 GB,
# 700 bytes per byte). Config files and notebooks, edited a line or a cell at a time, take
# less than 35 per byte.
BYTES_PER_SOURCE_BYTE = 80
BYTES_PER_TOP_LEVEL_LINE = 11_000
BYTES_PER_TEXT_BYTE = 35
# No file of this many bytes per byte has been measured: a smaller file is processed where
# it is (the main process in a serial run); a bigger one, in a capped worker of its own.
WORST_BYTES_PER_BYTE = 1000
# Candidates' bytes are kept from the first pass for the workers up to this much, and read
# again beyond it, so a tree of large candidates cannot fill the memory.
KEEP_BYTES = 64 * 1024 * 1024


@dataclass
class Candidate:
    file: SourceFile
    data: bytes | None  # None: read again when processed
    digest: str
    retried: bool = False  # handed to a fresh pool after a worker died
    size: int = 0


def read_bytes(path: str) -> bytes:
    return read_with_signature(path)[0]


def read_with_signature(path: str) -> tuple[bytes, Signature]:
    """The file's bytes, and its stat signature taken before they were read."""
    # os.read with the size from fstat: a third faster than open().read() on a monorepo's
    # small files (no buffered reader object per file).
    # O_NONBLOCK: a path that became a FIFO since it was found must not block the open; it is
    # refused below, with a device, before a byte is read.
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        stat = os.fstat(fd)
        if not S_ISREG(stat.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        size = stat.st_size
        first = os.read(fd, size + 1)
        if len(first) == size:  # all of it, and nothing beyond
            return first, signature(stat)
        chunks = [first]  # the file changed size, or the system gave less: read to the end
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks), signature(stat)
    finally:
        os.close(fd)


def in_shard(file: SourceFile, shard: tuple[int, int] | None) -> bool:
    """A stable split by path, the same on every machine of a CI matrix."""
    if shard is None:
        return True
    k, n = shard
    return zlib.crc32(file.display.encode()) % n == k - 1


def scan(
    files: Sequence[SourceFile],
    plan: Plan,
    settings: RunSettings,
    stats: ScanStats,
    facts: dict[str, bool],
) -> Iterator[Candidate | FileResult]:
    """Pass 1: read every file once (a file the seen index knows to hold no trigger, not at
    all); yield the candidates of this shard, and a result for each file that cannot be read
    or is too large. Project-wide facts are gathered from every candidate, in every shard, so
    that a shard judges the project as a whole."""
    with shared(settings) as settings:  # called alone: a pool and an index of its own
        yield from _scan(files, plan, settings, stats, facts)


def _scan(
    files: Sequence[SourceFile],
    plan: Plan,
    settings: RunSettings,
    stats: ScanStats,
    facts: dict[str, bool],
) -> Iterator[Candidate | FileResult]:
    kept = 0
    index = (
        settings.seen.get(
            (t for c in plan.codemods for t in c.triggers),
            (t for c in plan.codemods for t in c.weak_triggers),
        )
        if settings.seen is not None
        else None
    )
    looks = _looks(files, plan, settings.workers, index)
    for file, look in zip(files, looks, strict=True):
        mine = in_shard(file, settings.shard)
        stats.scanned += mine
        if look.error is not None:
            if mine:
                yield FileResult(file.display, Status.FAILED, error=look.error)
            continue
        data = look.data
        if data is None:
            stats.prefiltered_out += mine
            continue
        for name, value in look.facts.items():
            facts[name] = facts.get(name, False) or value
        if not mine:
            continue
        stats.candidates += 1
        # Only a file that could come near the cap is worth estimating.
        could = len(data) * WORST_BYTES_PER_BYTE > settings.max_memory
        needed = memory_estimate(data, file.kind) if could else 0
        if needed > settings.max_memory:
            stats.too_large += 1
            limit = settings.max_memory // (1024 * 1024)
            yield FileResult(
                file.display,
                Status.SKIPPED,
                error=f"too large to parse within {limit} MiB ({len(data) / 1e6:.1f} MB of source, "
                f"about {needed // 2**20} MiB estimated); raise --max-memory to try",
            )
            continue
        keep = kept + len(data) <= KEEP_BYTES
        kept += len(data) if keep else 0
        yield Candidate(file, data if keep else None, cache.content_key(data), size=len(data))


@contextlib.contextmanager
def shared(settings: RunSettings) -> Iterator[RunSettings]:
    """`settings` with the run's pool of workers (jobs >= 2) and its seen indexes (with a
    cache), which whatever it calls shares: made here when the caller gave none, and then
    closed here (the pool) and saved here (the indexes, once the run got to its end)."""
    workers, seen = settings.workers, settings.seen
    made_workers = workers is None and settings.jobs >= 2
    if made_workers:
        workers = Workers(settings.jobs, settings.max_memory)
    made_seen = False
    if seen is None and settings.cache is not None:
        seen, made_seen = SeenIndexes(settings.cache.store), True
    try:
        yield replace(settings, workers=workers, seen=seen)
        if made_seen and seen is not None:
            seen.save()
    finally:
        if made_workers and workers is not None:
            workers.close()


def memory_estimate(data: bytes, kind: str) -> int:
    """Roughly the most memory processing `data` takes (see BYTES_PER_SOURCE_BYTE). Top-level
    lines are the lines that do not start with a space, a tab, a comment, a closing bracket
    or nothing: counted with bytes.count, ten times faster than a regular expression."""
    if kind != "python":
        return len(data) * BYTES_PER_TEXT_BYTE
    lines = data.count(b"\n") + 1
    for follower in _NOT_TOP_LEVEL:
        lines -= data.count(b"\n" + follower)
    return len(data) * BYTES_PER_SOURCE_BYTE + lines * BYTES_PER_TOP_LEVEL_LINE


_NOT_TOP_LEVEL = (b" ", b"\t", b"\n", b"\r", b"#", b")", b"]", b"}")


@dataclass(frozen=True)
class _Look:
    """What pass 1 learns of one file: why it cannot be read, or its bytes and the project
    facts it contributes when it is a candidate (data None: no trigger in it)."""

    error: str | None = None
    data: bytes | None = None
    facts: Mapping[str, bool] = field(default_factory=dict)


# Trees at least this big are read and prefiltered by the worker processes, in chunks: reading
# and searching are most of a run without candidates, and they divide well.
PARALLEL_SCAN_FILES = 4000
SCAN_CHUNK = 1000


@dataclass
class _Chunk:
    """A chunk's answers: its candidates and unreadable files by position, and the signatures
    of the files without triggers (for the seen index), by position."""

    looks: dict[int, _Look] = field(default_factory=dict)
    turned_away: list[tuple[int, Signature]] = field(default_factory=list)
    here: list[int] = field(default_factory=list)  # to be read by the main process


def _looks(
    files: Sequence[SourceFile], plan: Plan, workers: Workers | None, index: SeenIndex | None
) -> Iterator[_Look]:
    """Each file's look, in order, as the chunks are answered (so that the run can warm its
    workers once it sees candidates, while the scan goes on)."""
    # Files turned away before and unchanged since are not read again.
    unchanged = index.unchanged(f.real for f in files) if index is not None else set()
    todo = [f for f in files if f.real not in unchanged] if unchanged else files
    chunks = [
        [(f.real, f.kind) for f in todo[i : i + SCAN_CHUNK]]
        for i in range(0, len(todo), SCAN_CHUNK)
    ]
    answers = zip(chunks, _scan_chunks(chunks, plan, workers), strict=True)
    looks: dict[str, _Look] = {}
    answered = 0  # files of `todo` whose chunk has been answered
    position = 0  # files of `todo` met so far
    for file in files:
        if not unchanged or file.real not in unchanged:
            while position >= answered:
                chunk, answer = next(answers)
                for at, look in answer.looks.items():
                    looks[chunk[at][0]] = look
                for at in answer.here:  # too large to read under a worker's cap
                    looks[chunk[at][0]] = _look_chunk([chunk[at]], plan.codemods).looks.get(
                        0, _NOT_A_CANDIDATE
                    )
                if index is not None:
                    for at, sig in answer.turned_away:
                        index.record(chunk[at][0], sig)
                answered += len(chunk)
            position += 1
        yield looks.get(file.real, _NOT_A_CANDIDATE)
    if index is not None:
        index.forget(path for path, look in looks.items() if look.data is not None)


def _scan_chunks(
    chunks: Sequence[Sequence[tuple[str, str]]], plan: Plan, workers: Workers | None
) -> Iterator[_Chunk]:
    """The chunks' answers in order: from the run's workers when the tree is large, a few
    chunks ahead (so that a warm-up asked for meanwhile is not queued behind the whole
    scan); else from this process."""
    if workers is None or len(chunks) < 2 or sum(map(len, chunks)) < PARALLEL_SCAN_FILES:
        for chunk in chunks:
            yield _look_chunk(chunk, plan.codemods)
        return
    pool = workers.pool()
    ahead: deque[Future[_Chunk]] = deque()
    waiting = iter(chunks)
    for chunk in islice(waiting, 2 * workers.jobs):
        ahead.append(pool.submit(_look_chunk, chunk, plan.codemods))
    while ahead:
        answer = ahead.popleft().result()
        for chunk in islice(waiting, 1):
            ahead.append(pool.submit(_look_chunk, chunk, plan.codemods))
        yield answer


def _notebook_code(data: bytes) -> bytes:
    from . import notebook  # 6 ms to import, for trees that hold notebooks only

    return notebook.code_bytes(data)


# Per process: built once per selection, keyed by its strong and weak triggers.
_PREFILTERS: dict[tuple[tuple[bytes, ...], tuple[bytes, ...]], Prefilter] = {}


def _look_chunk(chunk: Sequence[tuple[str, str]], codemods: Sequence[CodemodRef]) -> _Chunk:
    """The chunk's candidates and unreadable files; the rest (most files) only as signatures,
    so that a worker sends back little."""
    strong = tuple(sorted({t for c in codemods for t in c.triggers}))
    weak = tuple(sorted({t for c in codemods for t in c.weak_triggers}))
    prefilter = _PREFILTERS.get((strong, weak))
    if prefilter is None:
        prefilter = _PREFILTERS[strong, weak] = Prefilter(strong, weak)
    answer = _Chunk()
    for position, (path, kind) in enumerate(chunk):
        try:
            data, sig = read_with_signature(path)
        except OSError as exc:
            answer.looks[position] = _Look(error=f"cannot read: {exc.strerror}")
            continue
        except MemoryError:  # past a worker's cap: the main process, uncapped, reads it
            answer.here.append(position)
            continue
        if not prefilter.is_candidate(data):
            answer.turned_away.append((position, sig))
            continue
        facts_data = _notebook_code(data) if kind == "notebook" else data
        facts: dict[str, bool] = {}
        for codemod in codemods:
            for name, value in codemod.project_facts(facts_data).items():
                facts[name] = facts.get(name, False) or value
        answer.looks[position] = _Look(data=data, facts=facts)
    return answer


_NOT_A_CANDIDATE = _Look()


def process_file(candidate: Candidate, plan: Plan) -> FileResult:
    """Pass 2 for one file. Never raises: every problem becomes a FAILED result."""
    try:
        return _process_file(candidate, plan)
    except MemoryError:  # past the worker's cap, anywhere (reading, decoding, diffing)
        return _out_of_memory(candidate)


def _out_of_memory(candidate: Candidate) -> FileResult:
    error = worker.out_of_memory_message(worker.LIMIT) if worker.LIMIT else "ran out of memory"
    return FileResult(candidate.file.display, Status.FAILED, error=error)


def _process_file(candidate: Candidate, plan: Plan) -> FileResult:
    file, data = candidate.file, candidate.data
    if data is None:
        try:
            data = read_bytes(file.real)
        except OSError as exc:
            return FileResult(file.display, Status.FAILED, error=f"cannot read: {exc.strerror}")
        if cache.content_key(data) != candidate.digest:
            return FileResult(
                file.display, Status.FAILED, error="file changed while it was read; run again"
            )
    return migrate_bytes(data, file.display, plan, file.kind, real_path=file.real)


def migrate_bytes(
    data: bytes, path: str, plan: Plan, kind: str = "python", real_path: str = ""
) -> FileResult:
    """Decode, transform, verify and encode one file's bytes; pure apart from the codemods."""
    handles, words = plan.handling(kind)
    held = prefilter.present(data, words)
    selected = tuple(handles[i] for i in triggers.select(data, handles, held))
    if not selected:
        return FileResult(path, Status.UNCHANGED)
    if kind in lang.KINDS:  # the one hook of the other languages' engine
        from .lang.engine import migrate_code

        context = FileContext(path, plan.options, plan.facts)
        codemods = tuple(loaded(c) for c in selected)
        return migrate_code(data, path, kind, codemods, context, plan.ignore_codes, real_path)
    # Imported here, with LibCST, only once a file needs a codemod.
    from . import notebook, notebook_migrate, suppression
    from .transform import TransformError, transform_python, transform_text

    codemods = tuple(loaded(c) for c in selected)
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
            outcome = transform_python(source.text, codemods, context, plan.narrow)
        else:
            source = decode_text(data)
            fmt = text_format(path)
            assert fmt is not None, f"{path} has kind {kind} but no text format"
            outcome = transform_text(source.text, fmt, codemods, context)
        new_data = source.encode(outcome.text)
    except notebook.MalformedNotebook as exc:
        return FileResult(path, Status.FAILED, error=str(exc))
    except notebook.NotebookError as exc:
        return FileResult(path, Status.SKIPPED, error=str(exc))
    except (SourceError, TransformError) as exc:
        return FileResult(path, Status.FAILED, error=str(exc))
    except MemoryError:
        raise  # the caller names the limit
    except Exception as exc:  # a bug in one codemod must not end the run or touch the file
        return FileResult(path, Status.FAILED, error=f"internal error: {type(exc).__name__}: {exc}")
    found = outcome.findings
    if plan.known_codes and suppression.MARKER in data:
        found = (*found, *suppression.unknown_codes(source.text, plan.known_codes))
    findings = tuple(sorted(f for f in found if not _ignored(f, plan.ignore_codes)))
    if new_data == data:
        return FileResult(path, Status.UNCHANGED, findings=findings)
    encoding = diffing.diff_encoding(source.encoding)
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
        hunks=diffing.hunks(data.decode(encoding), new_data.decode(encoding)),
    )


def _ignored(finding: Finding, ignore_codes: Sequence[str]) -> bool:
    return any(finding.code.startswith(prefix) for prefix in ignore_codes)


def run(
    files: Sequence[SourceFile],
    plan: Plan,
    settings: RunSettings,
    stats: ScanStats,
    fact_files: Sequence[SourceFile] = (),
) -> Iterator[FileResult]:
    """Yield a result for every candidate or unreadable file of the shard, in path order.
    `fact_files`: the rest of the project, read for its facts only."""
    with shared(settings) as settings:
        yield from _run(files, plan, settings, stats, fact_files)


def _run(
    files: Sequence[SourceFile],
    plan: Plan,
    settings: RunSettings,
    stats: ScanStats,
    fact_files: Sequence[SourceFile],
) -> Iterator[FileResult]:
    facts: dict[str, bool] = dict(plan.facts)
    for look in _looks(fact_files, plan, settings.workers, None):
        for name, value in look.facts.items():
            facts[name] = facts.get(name, False) or value
    warmer = _Warmer(settings, plan, facts)
    items: list[Candidate | FileResult] = []
    for item in scan(files, plan, settings, stats, facts):
        items.append(item)
        if isinstance(item, Candidate):
            warmer.saw(item)
    plan = replace(plan, facts=facts)  # the facts are complete only now
    key = _plan_key(plan) if settings.cache is not None else ""
    pending = [_from_cache(settings.cache, key, i, stats) for i in items]
    total = sum(isinstance(i, Candidate) for i in pending)
    stats.parsed += total
    fresh: Iterator[FileResult]
    # One file alone is parsed here, unless the run's workers are up already (an earlier
    # group started them): they have LibCST and the codemods imported, this process not.
    if settings.workers is None or (total <= 1 and not settings.workers.started):
        fresh = (_serially(i, plan, settings.max_memory) for i in pending)
        yield from _stored(fresh, pending, settings, key, total)
        return
    window = min(settings.jobs, total) * 8
    fresh = _ordered(pending, plan, settings.workers, window=window)
    yield from _stored(fresh, pending, settings, key, total)


class _Warmer:
    """Warms the run's workers once the scan has found two files that will be parsed (one
    alone is parsed in this process): candidates the content cache holds no entry for,
    under the plan with the facts found so far. A run that finds them warm, or none, starts
    no worker for them."""

    def __init__(self, settings: RunSettings, plan: Plan, facts: Mapping[str, bool]) -> None:
        self.workers, self.cache = settings.workers, settings.cache
        self.plan, self.facts = plan, facts
        self.misses = 0
        self._key: tuple[tuple[tuple[str, bool], ...], str] = ((), "")

    def saw(self, item: Candidate) -> None:
        if self.workers is None or self.misses >= 2:
            return
        if self.cache is not None and self.cache.holds(_entry_key(self._plan_key(), item)):
            return
        self.misses += 1
        if self.misses == 2:
            self.workers.warm(sorted({loaded_module(c) for c in self.plan.codemods}))

    def _plan_key(self) -> str:
        state = tuple(sorted(self.facts.items()))
        if state != self._key[0] or not self._key[1]:
            self._key = (state, _plan_key(replace(self.plan, facts=dict(self.facts))))
        return self._key[1]


def loaded_module(codemod: CodemodRef) -> str:
    """The module a codemod is imported from, without importing it."""
    return codemod.module if isinstance(codemod, CodemodInfo) else codemod.__module__


def _serially(item: Candidate | FileResult, plan: Plan, max_memory: int) -> FileResult:
    """In this process, unless the file could come near the memory cap: a capped worker
    is then started for it alone (the cap cannot be put on this process, which would end
    the run)."""
    if not isinstance(item, Candidate):
        return item
    if item.size * WORST_BYTES_PER_BYTE <= max_memory:
        return process_file(item, plan)
    return _alone(item, plan, max_memory)


def _from_cache(
    store: Cache | None, key: str, item: Candidate | FileResult, stats: ScanStats
) -> Candidate | FileResult:
    if store is None or not isinstance(item, Candidate):
        return item
    data = item.data
    if data is None:  # not kept from the scan: read again, and only if it is still the same
        data = _read_quietly(item.file.real)
        if data is None or cache.content_key(data) != item.digest:
            return item
    hit = store.get(_entry_key(key, item), item.file.display, item.file.real, data)
    if hit is None:
        return item
    stats.cached += 1
    return hit


def _stored(
    results: Iterator[FileResult],
    items: Sequence[Candidate | FileResult],
    settings: RunSettings,
    key: str,
    total: int,
) -> Iterator[FileResult]:
    """Pass results through, storing fresh ones in the cache and reporting progress. A
    failure is never stored: some are passing (a file changed while it was read)."""
    done = 0
    for item, result in zip(items, results, strict=True):
        if isinstance(item, Candidate):
            done += 1
            if settings.on_progress is not None:
                settings.on_progress(done, total)
            if settings.cache is not None and result.status is not Status.FAILED:
                settings.cache.put(_entry_key(key, item), result)
        yield result


def _plan_key(plan: Plan) -> str:
    return cache.plan_key(
        {
            "codemods": [c.code for c in plan.codemods],
            # Sorted: a frozenset's repr follows the process's string hashing, which
            # differs from run to run once two REVIEW codemods are left report-only.
            # `running` is left out: it is the codemods' codes, above.
            "options": repr(replace(plan.options, report_only=frozenset(), running=frozenset()))
            + repr(sorted(plan.options.report_only)),
            "ignore": list(plan.ignore_codes),
            "facts": dict(sorted(plan.facts.items())),
            "known": sorted(plan.known_codes),
        }
    )


def _entry_key(key: str, item: Candidate) -> str:
    return cache.content_key(
        f"{key}:{item.digest}:{item.file.kind}:{text_format(item.file.display)}".encode()
    )


def _read_quietly(path: str) -> bytes | None:
    try:
        return read_bytes(path)
    except OSError:
        return None


def _ordered(
    items: Sequence[Candidate | FileResult], plan: Plan, workers: Workers, window: int
) -> Iterator[FileResult]:
    """Submit at most `window` files ahead of the one being yielded, so memory stays bounded.

    A worker that dies (a native crash in the parser) fails its file, not the run: the files
    still waiting are handed to a fresh pool."""

    queue: deque[tuple[Candidate | FileResult, Future[FileResult] | None]] = deque()
    pool = workers.pool()
    for item in items:
        future = None if isinstance(item, FileResult) else pool.submit(process_file, item, plan)
        queue.append((item, future))
        while len(queue) >= window:
            result, pool = _take(queue, pool, plan, workers)
            yield result
    while queue:
        result, pool = _take(queue, pool, plan, workers)
        yield result


def _take(
    queue: deque[tuple[Candidate | FileResult, Future[FileResult] | None]],
    pool: ProcessPoolExecutor,
    plan: Plan,
    workers: Workers,
) -> tuple[FileResult, ProcessPoolExecutor]:
    """The next result in order. When the pool breaks, every file it held is handed to a fresh
    pool once. The broken pool may have been killed by another file running beside this one, so
    a file whose second pool breaks too is run alone: only a file that kills a worker of its own
    fails."""
    from concurrent.futures.process import BrokenProcessPool

    while True:
        item, future = queue[0]
        if future is None:
            queue.popleft()
            assert isinstance(item, FileResult)
            return item, pool
        try:
            result = future.result()
        except BrokenProcessPool:
            assert isinstance(item, Candidate)
            second_time = item.retried
            if second_time:
                queue.popleft()
                result = _alone(item, plan, workers.max_memory)
            pool = workers.replace()
            _resubmit(queue, pool, plan)
            if second_time:
                return result, pool
            continue
        queue.popleft()
        return result, pool


def _alone(item: Candidate, plan: Plan, max_memory: int) -> FileResult:
    """Process one file in a capped worker of its own, so a crash can be put down to it."""
    outcome = worker.run_alone(process_file, (item, plan), max_memory)
    if isinstance(outcome, FileResult):
        return outcome
    if worker.died_of_memory(outcome):
        error = worker.out_of_memory_message(max_memory)
    else:
        error = "the parser crashed on this file"
    return FileResult(item.file.display, Status.FAILED, error=error)


def _resubmit(
    queue: deque[tuple[Candidate | FileResult, Future[FileResult] | None]],
    pool: ProcessPoolExecutor,
    plan: Plan,
) -> None:
    for position, (waiting, _) in enumerate(queue):
        if isinstance(waiting, Candidate):
            waiting.retried = True
            queue[position] = (waiting, pool.submit(process_file, waiting, plan))


def default_jobs() -> int:
    return (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    )
