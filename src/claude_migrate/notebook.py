"""Jupyter notebooks (nbformat 4): the Python codemods applied to code cells, nothing else touched.

The notebook is never re-serialised. Each code cell's `source` value is located in the raw
JSON (with `json.JSONDecoder.raw_decode`, which gives exact spans); only the cells whose code
changed get their source array rendered again, in the array's own layout, and every line that
did not change keeps its raw token byte for byte. Outputs, metadata, execution counts,
attachments, markdown cells, key order and indentation are never touched.

IPython syntax (`%magic`, `%%cell magic`, `!shell`, `obj?`, `x = !cmd`) is masked with a
`pass` placeholder of the same indentation before parsing and restored byte for byte after.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .authoring.text import split_lines

_SOURCE_KEY = re.compile(r'"source"\s*:\s*')
_HELP = re.compile(r"^\s*(?:\?{1,2}[\w.\[\]]+|[\w.\[\]()]+\?{1,2})\s*$")
_ASSIGNED_MAGIC = re.compile(r"^\s*[\w.,\s\[\]]+=\s*[!%]")
# Cell magics whose body is Python; any other %% cell (bash, writefile, html...) is not code.
PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug"})
_SURROGATE = re.compile("[\ud800-\udfff]")
_PLACEHOLDER = "pass  # claude-migrate-mask-{}"


class NotebookError(Exception):
    """The notebook cannot be edited safely; the message names the cause."""


class MalformedNotebook(NotebookError):
    """The file is not valid JSON, or not of the shape nbformat 4 gives it: a file that cannot
    be parsed (it fails), as opposed to a notebook this tool does not edit (it is skipped)."""


@dataclass(frozen=True)
class Item:
    raw: str  # the JSON token as written
    value: str
    line: int  # 1-based line of the token in the raw file


@dataclass(frozen=True)
class Cell:
    index: int  # 1-based, counting every cell
    kind: str  # "code" or "markdown"
    start: int  # span of the source value in the raw text
    end: int
    items: tuple[Item, ...]
    is_string: bool  # source written as one string instead of a list
    separators: tuple[str, str, str]  # after "[", between items, before "]"

    @property
    def text(self) -> str:
        return "".join(item.value for item in self.items)


@dataclass(frozen=True)
class Notebook:
    raw: str
    cells: tuple[Cell, ...]  # the code and markdown cells
    ascii_only: bool  # written with ensure_ascii=True


def load(raw: str) -> dict[str, Any]:
    """The notebook's JSON, checked to have the shape every later step relies on: any other
    shape is a NotebookError naming what is wrong, never an exception from deep inside."""
    try:
        document = json.loads(raw)
    except RecursionError as exc:
        raise MalformedNotebook("nested too deeply to load as JSON") from exc
    except ValueError as exc:
        raise MalformedNotebook(f"not valid JSON: {exc}") from exc
    if not isinstance(document, dict) or document.get("nbformat") != 4:
        raise NotebookError("not an nbformat 4 notebook")
    metadata = document.get("metadata", {})
    if not isinstance(metadata, dict) or not isinstance(metadata.get("kernelspec") or {}, dict):
        raise MalformedNotebook('"metadata" or its "kernelspec" is not an object')
    cells = document.get("cells", [])
    if not isinstance(cells, list):
        raise MalformedNotebook('"cells" is not a list')
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict):
            raise MalformedNotebook(f"cell {number} is not an object")
        source = cell.get("source", "")
        if not isinstance(source, str) and not (
            isinstance(source, list) and all(isinstance(item, str) for item in source)
        ):
            raise MalformedNotebook(f'cell {number}: "source" is not a string or a list of strings')
    return document


def has_lone_surrogate(text: str) -> bool:
    """A `\\ud800`-style escape decodes to a code point that is not text: Python's parsers
    refuse it, and it cannot be encoded."""
    return _SURROGATE.search(text) is not None


def read(raw: str) -> Notebook:
    document = load(raw)
    language = kernel_language(document.get("metadata"))
    if language is not None:
        raise NotebookError(f"a {language} notebook, not Python")
    cells = document.get("cells", [])
    positions = [m.end() for m in _SOURCE_KEY.finditer(raw)]
    if len(positions) != len(cells):
        raise NotebookError('its layout is not understood ("source" keys do not match the cells)')
    decoder = json.JSONDecoder()
    lines = _LineCounter(raw)
    code_cells = []
    for number, (cell, start) in enumerate(zip(cells, positions, strict=True), start=1):
        value, end = decoder.raw_decode(raw, start)
        if value != cell.get("source"):
            raise NotebookError(f"its layout is not understood (cell {number})")
        if cell.get("cell_type") in ("code", "markdown"):
            code_cells.append(
                _cell(raw, cell["cell_type"], number, start, end, value, decoder, lines)
            )
    ascii_only = raw.isascii() and "\\u" in raw
    return Notebook(raw, tuple(code_cells), ascii_only)


def kernel_language(metadata: object) -> str | None:
    """None for a Python notebook; else the language its kernel names.

    A kernel is Python when its kernelspec says so (or says nothing), or when its
    `language_info` describes Python: a Python superset such as Coconut names itself in
    kernelspec but reports Python's mimetype and editor mode. Such a notebook is migrated
    cell by cell; a cell that does not parse as Python is left and noted.
    """
    meta = metadata if isinstance(metadata, dict) else {}
    spec = _mapping(meta.get("kernelspec"))
    info = _mapping(meta.get("language_info"))
    language = str(spec.get("language") or info.get("name") or "python")
    if language.lower() == "python" or _describes_python(info):
        return None
    return language


def _mapping(value: object) -> dict[str, object]:
    return value if isinstance(value, dict) else {}


def _describes_python(info: dict[str, object]) -> bool:
    mode = info.get("codemirror_mode")
    mode_name = mode.get("name") if isinstance(mode, dict) else mode
    mimetype = str(info.get("mimetype") or "")
    return (
        str(info.get("name") or "").lower() == "python"
        or str(mode_name or "").lower() in ("python", "ipython")
        or mimetype.startswith("text/x-python")
        or info.get("file_extension") == ".py"
    )


class _LineCounter:
    """Line numbers of increasing positions in one text, counted once (a 5 MB notebook would
    be rescanned from its start for every source line otherwise)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0
        self.line = 1

    def at(self, position: int) -> int:
        self.line += self.text.count("\n", self.position, position)
        self.position = position
        return self.line


def _cell(
    raw: str,
    kind: str,
    number: int,
    start: int,
    end: int,
    value: object,
    decoder: json.JSONDecoder,
    lines: _LineCounter,
) -> Cell:
    if isinstance(value, str):
        item = Item(raw[start:end], value, lines.at(start))
        return Cell(number, kind, start, end, (item,), True, ("", "", ""))
    items = []
    gaps = []
    position = start + 1  # after "["
    for _ in value:  # type: ignore[attr-defined]
        gap_end = _skip_space_and_comma(raw, position)
        gaps.append(raw[position:gap_end])
        text, position = decoder.raw_decode(raw, gap_end)
        items.append(Item(raw[gap_end:position], text, lines.at(gap_end)))
    gaps.append(raw[position : end - 1])
    first = gaps[0] if items else ""
    between = gaps[1] if len(items) > 1 else "," + (gaps[0].lstrip(",") or " ")
    last = gaps[-1]
    return Cell(number, kind, start, end, tuple(items), False, (first, between, last))


def _skip_space_and_comma(raw: str, position: int) -> int:
    while raw[position] in " \t\r\n,":
        position += 1
    return position


def render(notebook: Notebook, new_texts: dict[int, str]) -> str:
    """The raw notebook with the given cells' code replaced (cell index -> new code)."""
    pieces = []
    last = 0
    for cell in notebook.cells:
        if cell.index not in new_texts or new_texts[cell.index] == cell.text:
            continue
        pieces.append(notebook.raw[last : cell.start])
        pieces.append(_render_source(cell, new_texts[cell.index], notebook.ascii_only))
        last = cell.end
    pieces.append(notebook.raw[last:])
    return "".join(pieces)


def _render_source(cell: Cell, text: str, ascii_only: bool) -> str:
    def encode(value: str) -> str:
        # A lone surrogate is kept as the escape it was written as: raw, it cannot be encoded.
        return json.dumps(value, ensure_ascii=ascii_only or has_lone_surrogate(value))

    if cell.is_string:
        return encode(text)
    old = {item.value: item.raw for item in cell.items}
    tokens = [old.get(line) or encode(line) for line in split_lines(text)]
    if not tokens:
        return "[]"
    first, between, last = cell.separators
    return "[" + first + between.join(tokens) + last + "]"


@dataclass(frozen=True)
class Masked:
    text: str
    originals: tuple[str, ...]  # the masked lines, by placeholder number


def mask(code: str) -> Masked | None:
    """Code with IPython syntax replaced by placeholders; None if the cell is not Python."""
    lines = split_lines(code)
    originals: list[str] = []
    out = []
    for number, line in enumerate(lines):
        body = line.rstrip("\r\n")
        stripped = body.lstrip()
        if number == 0 and stripped.startswith("%%"):
            name = stripped[2:].split(maxsplit=1)[0] if len(stripped) > 2 else ""
            if name not in PYTHON_CELL_MAGICS:
                return None
        if stripped.startswith(("%", "!")) or _HELP.match(body) or _ASSIGNED_MAGIC.match(body):
            indent = body[: len(body) - len(stripped)]
            out.append(indent + _PLACEHOLDER.format(len(originals)) + line[len(body) :])
            originals.append(line)
        else:
            out.append(line)
    return Masked("".join(out), tuple(originals))


def unmask(text: str, masked: Masked) -> str:
    if not masked.originals:
        return text
    lines = split_lines(text)
    for position, line in enumerate(lines):
        if "claude-migrate-mask-" in line:
            number = int(line.rsplit("claude-migrate-mask-", 1)[1].strip())
            lines[position] = masked.originals[number]
    return "".join(lines)


def raw_line(cell: Cell, line: int) -> int:
    """The line of the raw file where line `line` (1-based) of the cell's code is written."""
    items: Sequence[Item] = cell.items
    if cell.is_string or not items:
        return items[0].line if items else 1
    return items[min(line, len(items)) - 1].line


def code_bytes(data: bytes) -> bytes:
    """The code cells' source, for the cheap project-wide facts pass (JSON escaping would hide
    quotes from a bytes search). Falls back to the raw bytes if the file does not load."""
    try:
        document = load(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, NotebookError):
        return data
    sources = [
        c.get("source", "") for c in document.get("cells", []) if c.get("cell_type") == "code"
    ]
    text = "\n".join("".join(s) if isinstance(s, list) else s for s in sources)
    return text.encode("utf-8", "surrogatepass")
