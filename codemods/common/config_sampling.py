"""Sampling parameters written beside a model ID that a config file's migration moved.

`{"model_id": "...sonnet-4...", "temperature": 0.0, "top_p": 0.9}` was a valid request for
the old model; once the ID moves, the pair (4.5 generation) or any sampling parameter (Opus
and Sonnet 5) makes the API answer 400. The file is data for code the tool may not see, so
these are reported at the parameter, never removed (a judgement: a key dropped from a
config file can break the schema that reads it, or a provider that does take it).

"Beside" means in the same mapping: on the moved ID's own line (one-line JSON or a YAML
flow mapping), or a sibling key at the same indent with no line indented less (or a TOML
`[header]`) in between.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claude_migrate.authoring.text import Span

# Spellings of the sampling parameters in request configs (snake case, Bedrock's camel case).
NAMES = {
    "temperature": "temperature",
    "top_p": "top_p",
    "topP": "top_p",
    "top_k": "top_k",
    "topK": "top_k",
}
_ON_LINE = re.compile(r"(?<![A-Za-z0-9_])[\"']?(temperature|top_p|topP|top_k|topK)[\"']?\s*[:=]")


@dataclass(frozen=True)
class Moved:
    line: int  # 1-based
    new: str  # the ID as the run leaves it


@dataclass(frozen=True)
class Beside:
    line: int
    column: int  # 1-based
    name: str  # normalised: temperature, top_p or top_k
    moved: Moved


def beside(
    bodies: Sequence[str], spans: Sequence[Sequence[Span]], moved: Sequence[Moved]
) -> Iterator[Beside]:
    """The sampling keys in the mapping of each moved ID."""
    seen: set[tuple[int, int]] = set()
    for item in moved:
        for line, column, name in _mapping_keys(bodies, spans, item.line - 1):
            if (line, column) not in seen:
                seen.add((line, column))
                yield Beside(line + 1, column + 1, name, item)


def _mapping_keys(
    bodies: Sequence[str], spans: Sequence[Sequence[Span]], index: int
) -> Iterator[tuple[int, int, str]]:
    yield from _on_line(bodies[index], spans[index], index)
    indent = _indent(bodies[index])
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(bodies):
            body = bodies[other]
            stripped = body.strip()
            if stripped and (_indent(body) < indent or stripped.startswith("[")):
                break
            match = _ON_LINE.match(body, _indent(body)) if stripped else None
            if match is not None and _indent(body) == indent:
                # A sibling key of its own; keys nested in its value are another mapping's.
                yield other, match.start(1), NAMES[match.group(1)]
            other += step


def _on_line(body: str, spans: Sequence[Span], index: int) -> Iterator[tuple[int, int, str]]:
    code_end = min((s.start for s in spans if s.role == "comment"), default=len(body))
    for match in _ON_LINE.finditer(body, 0, code_end):
        yield index, match.start(1), NAMES[match.group(1)]


def _indent(body: str) -> int:
    return len(body) - len(body.lstrip())
