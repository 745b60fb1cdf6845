"""--interactive: show each hunk of a changed file and ask whether to apply it.

The answers build a new text from the old one, hunk by hunk; it is verified like any other
new text before the writer sees it. Reads answers from standard input, so it can be driven
by a script as well as by a person at a terminal.
"""

from __future__ import annotations

import click

from . import diffing
from .report import Reporter, diff_encoding
from .results import FileResult, Status

PROMPT = "Apply this hunk? [y]es, [n]o, [a]ll in this file, [d]one with this file, [q]uit"


class InteractiveSession:
    def __init__(self, reporter: Reporter) -> None:
        self.reporter = reporter
        self.quit = False

    def review(self, result: FileResult) -> FileResult:
        """The result with only the accepted hunks applied (UNCHANGED if none were)."""
        assert result.old_bytes is not None and result.new_bytes is not None
        if self.quit:
            return _unchanged(result)
        encoding = diff_encoding(result)
        old = result.old_bytes.decode(encoding)
        new = result.new_bytes.decode(encoding)
        # The hunks are read back from the diff the other outputs print: what is accepted is
        # exactly what was shown, and whatever is not accepted stays as it was.
        accepted: list[diffing.Hunk] = []
        take_all = False
        for hunk in diffing.parse_hunks(diffing.hunks(old, new)):
            if not take_all:
                self.reporter.diff_text(diffing.headers(result.path) + hunk.text)
                answer = click.prompt(
                    PROMPT, type=click.Choice(list("ynadq")), show_choices=False, err=True
                )
                if answer == "q":
                    self.quit = True
                if answer in ("q", "d"):
                    break
                if answer == "n":
                    continue
                take_all = answer == "a"
            accepted.append(hunk)
        text = diffing.apply_hunks(old, accepted)
        if text == old:
            return _unchanged(result)
        from .transform import TransformError, verify_text

        try:
            verify_text(text, result.path, old)
        except TransformError as exc:
            return FileResult(result.path, Status.FAILED, findings=result.findings, error=str(exc))
        return FileResult(
            result.path,
            Status.CHANGED,
            changes=result.changes,
            findings=result.findings,
            old_bytes=result.old_bytes,
            new_bytes=text.encode(encoding),
            encoding=result.encoding,
            real_path=result.real_path,
        )


def _unchanged(result: FileResult) -> FileResult:
    return FileResult(result.path, Status.UNCHANGED, findings=result.findings)
