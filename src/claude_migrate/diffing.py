"""Diff stage: old text + new text -> a unified diff that `git apply` accepts.

A pure function over text. Lines keep their own endings (CRLF stays CRLF inside the patch), and
a last line without a newline gets git's "\\ No newline at end of file" marker.
"""

from __future__ import annotations

import difflib

NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(old: str, new: str, path: str, context: int = 3) -> str:
    if old == new:
        return ""
    old_lines = split_lines(old)
    new_lines = split_lines(new)
    out = [f"--- a/{path}\n", f"+++ b/{path}\n"]
    body = difflib.unified_diff(old_lines, new_lines, n=context, lineterm="")
    for line in list(body)[2:]:  # skip difflib's own headers
        if line.startswith("@@"):
            out.append(line + "\n")
        elif line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n" + NO_NEWLINE)
    return "".join(out)


def split_lines(text: str) -> list[str]:
    """Split on "\n" only, as git does (str.splitlines also splits on \r, \f and U+2028)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines
