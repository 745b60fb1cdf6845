"""Diff stage: old text + new text -> a unified diff that `git apply` accepts.

A pure function over text. Lines keep their own endings (CRLF stays CRLF inside the patch), and
a last line without a newline gets git's "\\ No newline at end of file" marker.
"""

from __future__ import annotations

import difflib
import re

NO_NEWLINE = "\\ No newline at end of file\n"


_HUNK = re.compile(r"^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@")


def unified_diff(old: str, new: str, path: str, context: int = 3) -> str:
    if old == new:
        return ""
    old_lines = split_lines(old)
    new_lines = split_lines(new)
    # difflib's matcher is quadratic in the worst case and slow on long files; a migration
    # changes a few lines, so the common head and tail (beyond the context shown) are left out
    # and the hunk headers shifted back.
    head = _common_head(old_lines, new_lines)
    tail = _common_head(old_lines[head:][::-1], new_lines[head:][::-1])
    skip = max(0, head - context)
    keep = max(0, tail - context)
    body = difflib.unified_diff(
        old_lines[skip : len(old_lines) - keep],
        new_lines[skip : len(new_lines) - keep],
        n=context,
        lineterm="",
    )
    out = [f"--- a/{path}\n", f"+++ b/{path}\n"]
    for line in list(body)[2:]:  # skip difflib's own headers
        if line.startswith("@@"):
            out.append(_shift(line, skip) + "\n")
        elif line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n" + NO_NEWLINE)
    return "".join(out)


def _common_head(a: list[str], b: list[str]) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _shift(header: str, lines: int) -> str:
    """A hunk header computed on a slice, as it reads for the whole file."""
    if not lines:
        return header
    match = _HUNK.match(header)
    assert match is not None, header
    old_start, old_len, new_start, new_len = match.groups()
    return (
        f"@@ -{int(old_start) + lines}{old_len or ''} +{int(new_start) + lines}{new_len or ''} @@"
        + header[match.end() :]
    )


def split_lines(text: str) -> list[str]:
    """Split on "\n" only, as git does (str.splitlines also splits on \r, \f and U+2028)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines
