"""Config and documentation files as lines of key, value, prose and comment spans.

No format is parsed into a tree: a rewrite replaces tokens inside the spans, so every other
byte (comments, quoting, key order, indentation, a missing final newline) stays as it was.
The rules are deliberately simple, line by line:

- yaml:  `#` after whitespace (or at the start) outside quotes is a comment; `key: value`;
         `- ` list markers are stepped over; a block scalar (`key: |`) continues the key.
- toml:  `#` outside quotes is a comment; `key = value`; `[table]` headers are keys.
- ini:   a line starting with `#` or `;` is a comment; `key = value` or `key: value`;
         `[section]` headers are keys.
- env:   a line starting with `#`, or ` #` outside quotes, is a comment; `[export] KEY=value`.
- json:  no comments; a string followed by `:` is a key, every other string a value.

Config values are data (a model ID in a shell command is still a call site), except under
keys that hold text for people (`description`, `notes`, `prompt`, ...): those are prose.
A line without a separator (a YAML list item, a TOML array line) is all value.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

CONFIG_FORMATS = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".toml": "toml",
    ".json": "json",
    ".ini": "ini",
    ".cfg": "ini",
}
DOC_FORMATS = {".md": "markdown", ".mdx": "markdown", ".rst": "rst"}
PROSE_KEYS = frozenset(
    [
        "description",
        "desc",
        "comment",
        "comments",
        "note",
        "notes",
        "help",
        "title",
        "text",
        "message",
        "msg",
        "prompt",
        "system_prompt",
        "instructions",
        "content",
        "reason",
        "changelog",
        "summary_text",
    ]
)
_BLOCK_SCALAR = re.compile(r"^[|>][+-]?\d*$")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    role: str  # "key" | "value" | "prose" | "comment"


def text_format(path: str) -> str | None:
    name = os.path.basename(path)
    if name == ".env" or name.startswith(".env.") or name.endswith(".env"):
        return "env"
    suffix = os.path.splitext(name)[1].lower()
    return CONFIG_FORMATS.get(suffix) or DOC_FORMATS.get(suffix)


def is_doc_format(fmt: str) -> bool:
    return fmt in DOC_FORMATS.values()


def line_spans(lines: Sequence[str], fmt: str) -> Iterator[list[Span]]:
    """The spans of each line (given without its newline), in order."""
    if is_doc_format(fmt):
        for line in lines:
            yield [Span(0, len(line), "prose")]
        return
    block_indent: int | None = None  # inside a YAML block scalar opened at this indent
    block_role = "value"
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if block_indent is not None:
            if not line.strip() or indent > block_indent:
                yield [Span(indent, len(line), block_role)]
                continue
            block_indent = None
        result = _spans(line, fmt)
        yield result
        if fmt == "yaml":
            opened = _opens_block(line, result)
            if opened is not None:
                block_indent, block_role = indent, opened


def _opens_block(line: str, spans: list[Span]) -> str | None:
    """The role of the lines that follow, when this line is `key: |` or `key: >`."""
    keys = [s for s in spans if s.role == "key"]
    values = [s for s in spans if s.role in ("value", "prose")]
    if keys and values and _BLOCK_SCALAR.match(line[values[0].start : values[0].end].strip()):
        return values[0].role
    return None


def _spans(line: str, fmt: str) -> list[Span]:
    if fmt == "json":
        return _json_spans(line)
    stripped = line.lstrip()
    start = len(line) - len(stripped)
    if not stripped:
        return []
    if stripped.startswith("#") or (fmt == "ini" and stripped.startswith(";")):
        return [Span(start, len(line), "comment")]
    if fmt in ("toml", "ini") and stripped.startswith("["):
        return [Span(start, len(line), "key")]
    if fmt == "yaml":
        while line.startswith(("- ", "-\t"), start):
            start += 2  # a list item's marker; its content may itself be `key: value`
            while start < len(line) and line[start] in " \t":
                start += 1
    code_end = _comment_start(line, fmt)
    result = []
    separator = _separator(line, fmt, start, code_end)
    if separator is None:
        result.append(Span(start, code_end, "value"))
    else:
        key = line[start:separator]
        role = "prose" if is_prose_key(key) else "value"
        result.append(Span(start, separator, "key"))
        result.append(Span(separator + 1, code_end, role))
    if code_end < len(line):
        result.append(Span(code_end, len(line), "comment"))
    return result


def is_prose_key(key: str) -> bool:
    name = re.split(r"[.\s]", key.strip().strip("\"'").removeprefix("export "))[-1]
    return name.strip("\"'").lower() in PROSE_KEYS


def _outside_quotes(line: str, start: int, end: int) -> list[int]:
    """Indexes in line[start:end] that are not inside a quoted string."""
    positions = []
    quote = ""
    i = start
    while i < end:
        char = line[i]
        if quote:
            if char == "\\" and quote == '"':
                i += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        else:
            positions.append(i)
        i += 1
    return positions


def _comment_start(line: str, fmt: str) -> int:
    if fmt == "ini":
        return len(line)  # configparser has no inline comments by default
    for i in _outside_quotes(line, 0, len(line)):
        if line[i] == "#" and (fmt == "toml" or i == 0 or line[i - 1] in " \t"):
            return i
    return len(line)


def _separator(line: str, fmt: str, start: int, end: int) -> int | None:
    for i in _outside_quotes(line, start, end):
        char = line[i]
        if fmt == "yaml" and char == ":" and (i + 1 == end or line[i + 1] in " \t"):
            return i
        if fmt in ("toml", "env") and char == "=":
            return i
        if fmt == "ini" and char in "=:":
            return i
    return None


def _json_spans(line: str) -> list[Span]:
    result = []
    key_is_prose = False
    for match in _JSON_STRING.finditer(line):
        after = line[match.end() :].lstrip()
        if after.startswith(":"):
            key_is_prose = is_prose_key(match.group(0))
            result.append(Span(match.start() + 1, match.end() - 1, "key"))
        else:
            role = "prose" if key_is_prose else "value"
            result.append(Span(match.start() + 1, match.end() - 1, role))
    return result


def split_lines(text: str) -> list[str]:
    """Split on "\n" only, as git does (str.splitlines also splits on \r, \f and U+2028)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines
