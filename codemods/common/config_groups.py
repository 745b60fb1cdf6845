"""The collections of a config file, line by line: which lines are one list or one mapping.

The text codemods read config files a line at a time (authoring.text), so a collection is
found from indentation, as a person reads it: a line's parent is the nearest line above it
indented less (a YAML `- ` item counts one column deeper than its dash, so that `key:`
followed by items at the same indent still owns them); a TOML or INI `[header]` starts a
new root. A line is an item of a list when it is a YAML `- ` item or when its parent opens
a bracket (`"allowed": [`, `models = [`). Then:

- the values of a line that is an item, or that lies inside one (a row: `- name: fast` /
  `  id: claude-...`), belong to that list;
- any other value belongs to the mapping of its parent: its sibling keys.

A one-line collection is part of the line's own group (the model-ID codemod checks its line
on its own too). These groups keep the model-ID codemod from making two distinct IDs of
one registry equal (see model_id_groups for the same rule in Python).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from claude_migrate.authoring.text import Span

LIST, MAPPING = "list", "mapping"


@dataclass
class Group:
    kind: str  # LIST or MAPPING
    lines: list[int] = field(default_factory=list)  # 0-based, in order
    items: list[int] = field(default_factory=list)  # a list's bare-value item lines


def groups(bodies: Sequence[str], spans: Sequence[Sequence[Span]], fmt: str) -> list[Group]:
    """The group of every line that holds a value, in order of first line."""
    parents: list[int | None] = []
    item: list[bool] = []
    stack: list[tuple[int, int]] = []  # (indent, line) of the open ancestors
    found: dict[tuple[str, int, int | None, int], Group] = {}
    section = 0
    for index, (body, line_spans) in enumerate(zip(bodies, spans, strict=True)):
        stripped = body.lstrip()
        code = [s for s in line_spans if s.role != "comment"]
        if not stripped or not code:
            parents.append(None)
            item.append(False)
            continue
        if fmt in ("toml", "ini") and stripped.startswith("[") and code[0].role == "key":
            section += 1
            stack = []
            parents.append(None)
            item.append(False)
            continue
        indent = len(body) - len(stripped)
        is_dash = fmt == "yaml" and stripped.startswith(("- ", "-\t"))
        depth = indent + 1 if is_dash else indent
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1] if stack else None
        opens_list = parent is not None and _code_of(bodies[parent], spans[parent]).endswith("[")
        parents.append(parent)
        item.append(is_dash or opens_list)
        stack.append((depth, index))
        if not any(s.role in ("value", "prose") for s in code):
            continue
        owner = _enclosing_item(index, parents, item)
        if owner is not None:
            key = (LIST, section, parents[owner], len(bodies[owner]) - len(bodies[owner].lstrip()))
            group = found.setdefault(key, Group(LIST))
            if owner == index and not any(s.role == "key" for s in code):
                group.items.append(index)
        else:
            key = (MAPPING, section, parent, indent)
            group = found.setdefault(key, Group(MAPPING))
        group.lines.append(index)
    return sorted(found.values(), key=lambda g: g.lines[0])


def _enclosing_item(index: int, parents: Sequence[int | None], item: Sequence[bool]) -> int | None:
    """The nearest line at or above `index` in its ancestry that is a list item."""
    current: int | None = index
    while current is not None:
        if item[current]:
            return current
        current = parents[current]
    return None


def _code_of(body: str, spans: Sequence[Span]) -> str:
    end = min((s.start for s in spans if s.role == "comment"), default=len(body))
    return body[:end].rstrip()
