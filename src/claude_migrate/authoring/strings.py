"""Helpers for editing the text inside a string literal while keeping its prefix and quotes."""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst


@dataclass(frozen=True)
class StringParts:
    prefix: str  # e.g. "", "r", "u", "b", "Rb"
    quote: str  # ', ", ''' or """
    body: str  # the source text between the quotes, escapes as written

    @property
    def is_bytes(self) -> bool:
        return "b" in self.prefix.lower()

    def with_body(self, body: str) -> str:
        return f"{self.prefix}{self.quote}{body}{self.quote}"


def split_string(node: cst.SimpleString) -> StringParts:
    value = node.value
    start = 0
    while value[start] not in "'\"":
        start += 1
    prefix, rest = value[:start], value[start:]
    quote = rest[:3] if rest[:3] in ('"""', "'''") else rest[0]
    return StringParts(prefix, quote, rest[len(quote) : -len(quote)])


def literal_text(node: cst.BaseExpression) -> str | None:
    """The body of a plain (non-bytes, non-f) string literal, else None."""
    if isinstance(node, cst.SimpleString):
        parts = split_string(node)
        return None if parts.is_bytes else parts.body
    return None


def with_text(node: cst.SimpleString, body: str) -> cst.SimpleString:
    """The same literal (prefix and quotes kept) with a new body."""
    return node.with_changes(value=split_string(node).with_body(body))
