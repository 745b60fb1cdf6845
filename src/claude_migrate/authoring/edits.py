"""Removing and inserting items of comma-separated lists (call arguments, list, tuple, set and
dict elements, subscript elements) while keeping the list's layout: one line stays one line,
one item per line stays one item per line, and the closing bracket keeps its place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import libcst as cst

Item = TypeVar("Item", cst.Arg, cst.Element, cst.BaseDictElement, cst.SubscriptElement)


def keep_closing_comma(before: Sequence[Item], after: Sequence[Item]) -> list[Item]:
    """After removing items, the new last item takes the old last item's comma (a trailing
    comma, or none, with the whitespace before the closing bracket)."""
    result = list(after)
    if result and len(result) < len(before):
        result[-1] = result[-1].with_changes(comma=before[-1].comma)
    return result


def insert_after(items: Sequence[Item], index: int, new: Item) -> list[Item]:
    """Insert `new` after items[index], separated the way the list already separates items."""
    result = list(items)
    current = result[index]
    if index < len(result) - 1:
        separator = current.comma  # a separator already sits between this item and the next
    elif index > 0:
        separator = result[index - 1].comma  # the last item: use the separator before it
    else:
        separator = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    if not isinstance(separator, cst.Comma):
        separator = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    result[index] = current.with_changes(comma=separator)
    result.insert(index + 1, new.with_changes(comma=current.comma))
    return result
