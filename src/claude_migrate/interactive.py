"""--interactive: show each hunk of a changed file and ask whether to apply it.

The answers build a new text from the old one, hunk by hunk; it is verified like any other
new text before the writer sees it. Reads answers from standard input, so it can be driven
by a script as well as by a person at a terminal.
"""

from __future__ import annotations

import difflib

import click

from .authoring.text import split_lines
from .diffing import headers
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
        old = split_lines(result.old_bytes.decode(encoding))
        new = split_lines(result.new_bytes.decode(encoding))
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        accepted: set[tuple[int, int]] = set()
        take_all = False
        for group in matcher.get_grouped_opcodes(3):
            changed = {(i1, i2) for tag, i1, i2, _, _ in group if tag != "equal"}
            if not take_all:
                self._show(result.path, old, new, group)
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
            accepted |= changed
        merged: list[str] = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            merged.extend(new[j1:j2] if tag != "equal" and (i1, i2) in accepted else old[i1:i2])
        text = "".join(merged)
        if text == "".join(old):
            return _unchanged(result)
        from .transform import TransformError, verify_text

        try:
            verify_text(text, result.path, "".join(old))
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

    def _show(
        self, path: str, old: list[str], new: list[str], group: list[tuple[str, int, int, int, int]]
    ) -> None:
        first, last = group[0], group[-1]
        lines = [headers(path)]
        lines.append(
            f"@@ -{first[1] + 1},{last[2] - first[1]} +{first[3] + 1},{last[4] - first[3]} @@\n"
        )
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines += [" " + line for line in old[i1:i2]]
                continue
            lines += ["-" + line for line in old[i1:i2]]
            lines += ["+" + line for line in new[j1:j2]]
        self.reporter.diff_text(
            "".join(line if line.endswith("\n") else line + "\n" for line in lines)
        )


def _unchanged(result: FileResult) -> FileResult:
    return FileResult(result.path, Status.UNCHANGED, findings=result.findings)
