"""Report stage: the only code that prints.

The diff goes to stdout, everything else to stderr. On a terminal the diff is coloured with
rich (markup, emoji and highlighting off, no wrapping, so code is printed as written); when
piped it is written as raw bytes in each file's own encoding, so that the output is a patch
`git apply` accepts as it is. rich is imported only for a stream that is a terminal (or told
to act as one): a piped run, such as CI or a pre-commit hook, does not pay for it.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

from . import diffing
from .diffing import headers, hunks, unified_diff
from .names import shown
from .pipeline import ScanStats
from .results import FileResult, Status

_DIFF_STYLES = (("+++", "bold"), ("---", "bold"), ("@@", "cyan"), ("+", "green"), ("-", "red"))


def patch_bytes(result: FileResult) -> bytes:
    """The unified diff of one changed file, as bytes in the file's own encoding."""
    encoding = diff_encoding(result)
    body = result.hunks
    if body is None:
        assert result.old_bytes is not None and result.new_bytes is not None
        body = hunks(result.old_bytes.decode(encoding), result.new_bytes.decode(encoding))
    return headers(result.path).encode("ascii") + body.encode(encoding) if body else b""


def review_diff(result: FileResult) -> bytes:
    """The diff for people: per cell, labelled `path:cell N`, for a notebook; else the patch."""
    if not result.cells:
        return patch_bytes(result)
    return "".join(
        unified_diff(old, new, f"{result.path}:cell {number}") for number, old, new in result.cells
    ).encode("utf-8")


# What makes rich treat a stream that is not a tty as a terminal.
_FORCING = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")


def is_terminal(stream: IO[str]) -> bool:
    """rich's answer, asked only when the stream might be a terminal."""
    isatty = getattr(stream, "isatty", None)
    if not (isatty is not None and isatty()) and not any(os.environ.get(v) for v in _FORCING):
        return False
    return _console(stream).is_terminal


def _console(stream: IO[str]) -> Console:
    from rich.console import Console

    return Console(
        file=stream, markup=False, emoji=False, highlight=False, soft_wrap=True, force_terminal=None
    )


@dataclass
class Totals:
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0
    changes: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    changes_by_code: Counter[str] = field(default_factory=Counter)

    def add(self, result: FileResult) -> None:
        if result.status is Status.CHANGED:
            self.changed += 1
        elif result.status is Status.FAILED:
            self.failed += 1
        elif result.status is Status.SKIPPED:
            self.skipped += 1
        else:
            self.unchanged += 1
        self.changes += len(result.changes)
        self.changes_by_code.update(c.code for c in result.changes)
        self.findings.update(f.code for f in result.findings)


class Reporter:
    def __init__(self, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> None:
        self.stdout = stdout or sys.stdout
        self._err_stream = stderr or sys.stderr
        self.out_is_terminal = is_terminal(self.stdout)
        self.err_is_terminal = is_terminal(self._err_stream)

    @cached_property
    def out(self) -> Console:
        return _console(self.stdout)

    @cached_property
    def err(self) -> Console:
        return _console(self._err_stream)

    def diff(self, result: FileResult, patch: bytes | None = None) -> None:
        data = patch if patch is not None else patch_bytes(result)
        if not self.out_is_terminal:
            self.stdout.flush()
            buffer = getattr(self.stdout, "buffer", None)
            if buffer is not None:
                buffer.write(data)
                buffer.flush()
            else:  # a text-only stream (tests): the patch as text
                self.stdout.write(data.decode(diff_encoding(result), errors="surrogateescape"))
            return
        text = review_diff(result).decode(diff_encoding(result))
        for line in text.splitlines():
            style = next((s for prefix, s in _DIFF_STYLES if line.startswith(prefix)), "")
            self._print(self.out, line, style)

    def diff_text(self, text: str) -> None:
        """A diff shown to a person (interactive mode): stderr, coloured on a terminal."""
        for line in text.splitlines():
            style = next((s for prefix, s in _DIFF_STYLES if line.startswith(prefix)), "")
            self._say(line, style)

    def text(self, result: FileResult) -> None:
        """A file read from stdin: its new text (or its text, when nothing changes) on stdout,
        as editors take it."""
        data = result.new_bytes if result.new_bytes is not None else result.old_bytes
        if data is None:  # unchanged: the worker kept no bytes
            return
        self.stdout.flush()
        buffer = getattr(self.stdout, "buffer", None)
        if buffer is not None:
            buffer.write(data)
            buffer.flush()
        else:
            self.stdout.write(data.decode(diff_encoding(result), errors="surrogateescape"))

    def lines_err(self, lines: Iterable[str]) -> None:
        for line in lines:
            self._say(line, "dim")

    def code_statistics(self, totals: Totals) -> None:
        """--statistics: a count per code, as ruff prints it."""
        from . import registry

        rows = [(n, code, "change") for code, n in totals.changes_by_code.items()]
        rows += [(n, code, "finding") for code, n in totals.findings.items()]
        for n, code, kind in sorted(rows, key=lambda row: (-row[0], row[1])):
            owner = registry.finding_owner(code)
            engine = registry.engine_code(code)
            if owner is not None:
                summary = owner.finding_codes.get(code) or owner.summary()
            else:
                summary = engine[0] if engine else ""
            self._say(f"{n:>6}  {code}  {kind:<7}  {summary}")

    def problem(self, line: str) -> None:
        self._say(shown(line), "red")

    def file_messages(self, result: FileResult) -> None:
        """One line per message, file names and messages escaped so that each stays one
        printable line (see names)."""
        path = shown(result.path)
        if result.status is Status.FAILED:
            self.problem(f"{path}: {result.error}")
        elif (
            result.status is Status.SKIPPED and result.error and result.error != "skip-file comment"
        ):
            self._say(shown(f"{path}: skipped: {result.error}"), "yellow")
        for finding in result.findings:
            self._say(
                shown(f"{path}:{finding.line}:{finding.column}: {finding.code} {finding.message}")
            )

    def _say(self, line: str, style: str = "") -> None:
        """One line on stderr: through rich on a terminal; written as it is otherwise (rich's
        rendering cost a millisecond a line, which a run with thousands of findings felt)."""
        if self.err_is_terminal:
            self._print(self.err, line, style)
        else:
            self._err_stream.write(line + "\n")

    @staticmethod
    def _print(console: Console, line: str, style: str) -> None:
        from rich.text import Text

        console.print(Text(line, style=style))

    def note(self, line: str) -> None:
        """A line shown only under -v."""
        self._say(line, "dim")

    def warning(self, line: str) -> None:
        self._say(f"warning: {line}", "yellow")

    def summary(
        self, totals: Totals, scanned: int, prefiltered: int, wrote: bool, check: bool
    ) -> None:
        verb = "Changed" if wrote else "Would change"
        parts = [
            f"{verb} {totals.changed} file{_s(totals.changed)} ({totals.changes} change{_s(totals.changes)})"
        ]
        count = sum(totals.findings.values())
        if count:
            by_code = ", ".join(f"{code} x{n}" for code, n in sorted(totals.findings.items()))
            parts.append(f"{count} finding{_s(count)} left for review ({by_code})")
        if totals.failed:
            parts.append(f"{totals.failed} failed")
        if totals.skipped:
            parts.append(f"{totals.skipped} skipped")
        parts.append(f"{scanned} file{_s(scanned)} scanned, {prefiltered} without Claude code")
        line = "; ".join(parts) + "."
        if totals.changed and not wrote and not check:
            line += " Run with --write to apply."
        self._say(line, "bold")

    def statistics(self, stats: ScanStats, totals: Totals, seconds: float) -> None:
        """The run in figures, one line on stderr."""
        parts = [
            f"{stats.scanned} scanned",
            f"{stats.prefiltered_out} without triggers",
            f"{stats.parsed} parsed",
            f"{stats.cached} from cache",
            f"{totals.changed} changed",
            f"{totals.failed} failed",
        ]
        if stats.too_large:
            parts.append(f"{stats.too_large} too large")
        self._say(f"files: {', '.join(parts)}; {seconds:.2f} s", "dim")

    def lines(self, lines: Iterable[str]) -> None:
        for line in lines:
            if self.out_is_terminal:
                self._print(self.out, line, "")
            else:
                self.stdout.write(line + "\n")


def diff_encoding(result: FileResult) -> str:
    return diffing.diff_encoding(result.encoding)


def _s(n: int) -> str:
    return "" if n == 1 else "s"
