"""Removing and inserting items of comma-separated lists (call arguments, list, tuple, set and
dict elements, subscript elements) while keeping the list's layout: one line stays one line,
one item per line stays one item per line, and the closing bracket keeps its place. A
one-line collection that an insertion makes longer than the file's lines goes one item per
line (`wrapped`), and an inserted block's long call is wrapped as black would (`wrapped_block`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

import libcst as cst

from .options import FileContext

Item = TypeVar("Item", cst.Arg, cst.Element, cst.BaseDictElement, cst.SubscriptElement)


def keep_closing_comma(before: Sequence[Item], after: Sequence[Item]) -> list[Item]:
    """After removing items, the new last item takes the old last item's comma (a trailing
    comma, or none, with the whitespace before the closing bracket)."""
    result = list(after)
    if result and len(result) < len(before):
        result[-1] = result[-1].with_changes(comma=before[-1].comma)
    return result


Container = TypeVar("Container", cst.Call, cst.List, cst.Tuple, cst.Set, cst.Dict)


def drop_items(node: Container, kept: Sequence[Any]) -> Container:
    """`node` (a call, or a list, tuple, set or dict display) with only the `kept` of its
    arguments or elements, in order (a kept item may be a changed copy of its original).

    The closing comma is as `keep_closing_comma` leaves it. A removed item's own line goes,
    with a comment at its end; a comment on a line of its own between the items is a
    person's words on a line no rule triggered on, so it stays, before the item that came
    after it (or before the closing bracket)."""
    # Any: one function over five node types whose items are of four types.
    items: Sequence[Any] = node.args if isinstance(node, cst.Call) else node.elements
    gone = _gone(items, kept)
    if gone is None or not any(gone):
        return _with_items(node, keep_closing_comma(items, kept))
    result: list[Any] = []
    opening = _opening(node)
    # Only a bracket that ends its line can take comment lines after it.
    lead: cst.ParenthesizedWhitespace | None = (
        opening if isinstance(opening, cst.ParenthesizedWhitespace) else None
    )
    pending: list[cst.EmptyLine] = []
    last = len(items) - 1
    for index, (item, drop) in enumerate(zip(items, gone, strict=True)):
        if drop:
            if index != last:  # the last one's gap is the closing bracket's, kept as it is
                pending += _comment_lines(item.comma)
            continue
        if pending:
            if result:
                result[-1] = _with_lines_after(result[-1], pending)
            elif lead is not None:
                lead = _lines_last(lead, pending)
            pending = []
        result.append(kept[len(result)])
    if not result:
        return _with_items(node, [])
    if len(result) < len(items):
        own: list[cst.EmptyLine] = _comment_lines(result[-1].comma) if gone[-1] else []
        result[-1] = result[-1].with_changes(comma=items[-1].comma)
        node = _with_closing_lines(node, result, [*own, *pending])
    return _with_items(_with_opening(node, lead), result)


def _with_closing_lines(
    node: Container, result: list[Any], lines: Sequence[cst.EmptyLine]
) -> Container:
    """Comment lines that stood above removed last items go before the closing bracket,
    whose whitespace a call keeps in its last argument and a display in the bracket."""
    if not lines:
        return node
    if isinstance(node, cst.Call):
        last = result[-1]
        if isinstance(last.comma, cst.Comma):
            ws = _lines_first(last.comma.whitespace_after, lines)
            result[-1] = last.with_changes(comma=last.comma.with_changes(whitespace_after=ws))
        else:
            result[-1] = last.with_changes(
                whitespace_after_arg=_lines_first(last.whitespace_after_arg, lines)
            )
        return node
    if isinstance(node, cst.List):
        bracket = node.rbracket
        return node.with_changes(
            rbracket=bracket.with_changes(
                whitespace_before=_lines_first(bracket.whitespace_before, lines)
            )
        )
    if isinstance(node, (cst.Set, cst.Dict)):
        brace = node.rbrace
        return node.with_changes(
            rbrace=brace.with_changes(
                whitespace_before=_lines_first(brace.whitespace_before, lines)
            )
        )
    if node.rpar:
        rpar = node.rpar[0]
        new = rpar.with_changes(whitespace_before=_lines_first(rpar.whitespace_before, lines))
        return node.with_changes(rpar=[new, *node.rpar[1:]])
    return node


def _lines_last(
    ws: cst.ParenthesizedWhitespace, lines: Sequence[cst.EmptyLine]
) -> cst.ParenthesizedWhitespace:
    return ws.with_changes(empty_lines=(*ws.empty_lines, *lines))


def _lines_first(
    ws: cst.BaseParenthesizableWhitespace, lines: Sequence[cst.EmptyLine]
) -> cst.ParenthesizedWhitespace:
    if isinstance(ws, cst.ParenthesizedWhitespace):
        return ws.with_changes(empty_lines=(*lines, *ws.empty_lines))
    # The bracket closed the removed item's line: it goes on a line of its own after them.
    return cst.ParenthesizedWhitespace(empty_lines=lines, indent=True)


def _gone(items: Sequence[Any], kept: Sequence[Any]) -> list[bool] | None:
    """Which items are not kept, matching each kept item to its original in order: the same
    node, or a copy that kept its comma; None when the match cannot be made."""
    gone = []
    k = 0
    for j, item in enumerate(items):
        same = k < len(kept) and (
            kept[k] is item
            or (isinstance(item.comma, cst.Comma) and kept[k].comma is item.comma)
            or len(kept) - k == len(items) - j  # as many left on both sides: all kept
        )
        gone.append(not same)
        k += same
    return gone if k == len(kept) else None


def _comment_lines(comma: cst.Comma | cst.MaybeSentinel) -> list[cst.EmptyLine]:
    ws = comma.whitespace_after if isinstance(comma, cst.Comma) else None
    if not isinstance(ws, cst.ParenthesizedWhitespace):
        return []
    return [line for line in ws.empty_lines if line.comment is not None]


def _with_lines_after(item: Any, lines: Sequence[cst.EmptyLine]) -> Any:
    comma = item.comma
    if not isinstance(comma, cst.Comma) or not isinstance(
        comma.whitespace_after, cst.ParenthesizedWhitespace
    ):
        return item  # on one line with the next item: no line to put them on
    return item.with_changes(
        comma=comma.with_changes(whitespace_after=_lines_last(comma.whitespace_after, lines))
    )


def _opening(node: cst.CSTNode) -> cst.BaseParenthesizableWhitespace | None:
    if isinstance(node, cst.Call):
        return node.whitespace_before_args
    if isinstance(node, cst.List):
        return node.lbracket.whitespace_after
    if isinstance(node, (cst.Set, cst.Dict)):
        return node.lbrace.whitespace_after
    if isinstance(node, cst.Tuple) and node.lpar:
        return node.lpar[-1].whitespace_after
    return None


def _with_opening(node: Container, ws: cst.BaseParenthesizableWhitespace | None) -> Container:
    if ws is None or ws is _opening(node):
        return node
    if isinstance(node, cst.Call):
        return node.with_changes(whitespace_before_args=ws)
    if isinstance(node, cst.List):
        return node.with_changes(lbracket=node.lbracket.with_changes(whitespace_after=ws))
    if isinstance(node, (cst.Set, cst.Dict)):
        return node.with_changes(lbrace=node.lbrace.with_changes(whitespace_after=ws))
    lpar = [*node.lpar[:-1], node.lpar[-1].with_changes(whitespace_after=ws)]
    return node.with_changes(lpar=lpar)


def _with_items(node: Container, items: Sequence[Any]) -> Container:
    if isinstance(node, cst.Call):
        return node.with_changes(args=items)
    return node.with_changes(elements=items)


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


# A line no longer than this is never wrapped, whatever the file's longest line (the width
# black and ruff format use by default).
DEFAULT_LINE_LENGTH = 88
Bracketed = TypeVar("Bracketed", cst.Dict, cst.List, cst.Set, cst.Tuple)


def line_length(module: cst.Module, context: FileContext | None = None) -> int:
    """The longest line the file already has, or the formatters' default if that is longer:
    inserted code that keeps within it needs no wrapping. (With the file's context, the
    module's code comes from the engine instead of rendering the whole module again.)"""
    code = context.module_code(module, lambda: module.code) if context else module.code
    longest = max((len(line) for line in code.splitlines()), default=0)
    return max(DEFAULT_LINE_LENGTH, longest)


class Lines:
    """How wide the rest of a collection's line is, for `wrapped`: kept current by the
    TracksLines hooks; a codemod asks `around(original collection)` when it makes one longer."""

    def __init__(self) -> None:
        self.statements: list[cst.SimpleStatementLine] = []
        self.depth = 0

    def enter(self, node: cst.SimpleStatementLine | cst.IndentedBlock) -> None:
        if isinstance(node, cst.IndentedBlock):
            self.depth += 1
        else:
            self.statements.append(node)

    def leave(self, node: cst.SimpleStatementLine | cst.IndentedBlock) -> None:
        if isinstance(node, cst.IndentedBlock):
            self.depth -= 1
        elif self.statements and self.statements[-1] is node:
            self.statements.pop()

    def around(self, node: cst.CSTNode) -> int:
        """The width of the rest of `node`'s line: indentation, what precedes it and what
        follows it (4 spaces per block level; only the indentation outside a simple
        statement, such as an `if` header, where the collection could not be found)."""
        indent = 4 * self.depth
        if not self.statements:
            return indent
        empty = cst.Module([])
        statement, code = empty.code_for_node(self.statements[-1]), empty.code_for_node(node)
        start = statement.find(code)
        if start < 0 or "\n" in code:
            return indent
        line_start = statement.rfind("\n", 0, start) + 1
        line_end = statement.find("\n", start + len(code))
        line_end = len(statement) if line_end < 0 else line_end
        return indent + (start - line_start) + (line_end - start - len(code))


class TracksLines:
    """Keeps a codemod's `_lines` (a Lines, made in its __init__) current as the walk enters
    and leaves statements and blocks, for a codemod that makes collections longer."""

    _lines: Lines

    def visit_SimpleStatementLine(self, node: cst.SimpleStatementLine) -> None:
        self._lines.enter(node)

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.SimpleStatementLine:
        self._lines.leave(original_node)
        return updated_node

    def visit_IndentedBlock(self, node: cst.IndentedBlock) -> None:
        self._lines.enter(node)

    def leave_IndentedBlock(
        self, original_node: cst.IndentedBlock, updated_node: cst.IndentedBlock
    ) -> cst.IndentedBlock:
        self._lines.leave(original_node)
        return updated_node


def wrapped(node: Bracketed, limit: int, around: int = 4) -> Bracketed:
    """`node` with one item per line when, written on one line with `around` characters of
    the rest of its line (see Lines), it is longer than `limit`; otherwise `node` itself.
    Items are indented one level (four spaces) deeper than the statement, with a trailing
    comma."""
    code = cst.Module([]).code_for_node(node)
    if "\n" in code or len(code) + around <= limit or not node.elements:
        return node
    if isinstance(node, cst.Tuple) and len(node.lpar) != 1:
        return node  # only a parenthesized tuple can be split over lines
    step = cst.ParenthesizedWhitespace(indent=True, last_line=cst.SimpleWhitespace("    "))
    close = cst.ParenthesizedWhitespace(indent=True, last_line=cst.SimpleWhitespace(""))
    items = list(node.elements)
    items = [item.with_changes(comma=cst.Comma(whitespace_after=step)) for item in items[:-1]]
    items.append(node.elements[-1].with_changes(comma=cst.Comma(whitespace_after=close)))
    if isinstance(node, cst.Tuple):
        return node.with_changes(
            elements=items,
            lpar=[cst.LeftParen(whitespace_after=step)],
            rpar=[cst.RightParen(whitespace_before=cst.SimpleWhitespace(""))],
        )
    if isinstance(node, cst.List):
        return node.with_changes(
            elements=items,
            lbracket=cst.LeftSquareBracket(whitespace_after=step),
            rbracket=cst.RightSquareBracket(whitespace_before=cst.SimpleWhitespace("")),
        )
    return node.with_changes(
        elements=items,
        lbrace=cst.LeftCurlyBrace(whitespace_after=step),
        rbrace=cst.RightCurlyBrace(whitespace_before=cst.SimpleWhitespace("")),
    )


# One level of indentation inside the parentheses of a wrapped call, and the line the
# closing parenthesis goes on.
_STEP = cst.ParenthesizedWhitespace(indent=True, last_line=cst.SimpleWhitespace("    "))
_CLOSE = cst.ParenthesizedWhitespace(indent=True, last_line=cst.SimpleWhitespace(""))


def wrapped_block(block: cst.IndentedBlock, limit: int, indent: int) -> cst.IndentedBlock:
    """An inserted block whose lines fit the file: each simple statement (`raise E("...")`,
    `return f(...)`, `x = f(...)`) longer than `limit` at `indent` columns has its outermost
    call's arguments moved inside the parentheses, as black writes them: on one line of
    their own when they fit there, otherwise one per line with a trailing comma. A plain
    string argument that is still too long is split at spaces into adjacent literals (the
    same string). Anything else is left as it is."""
    body = []
    for statement in block.body:
        if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1:
            small = statement.body[0]
            width = indent + len(cst.Module([]).code_for_node(statement).rstrip("\n"))
            if width > limit:
                small = _wrapped_small(small, limit, indent + 4)
            statement = statement.with_changes(body=[small])
        body.append(statement)
    return block.with_changes(body=body)


def _wrapped_small(small: cst.BaseSmallStatement, limit: int, inner: int) -> cst.BaseSmallStatement:
    if isinstance(small, cst.Raise) and isinstance(small.exc, cst.Call):
        return small.with_changes(exc=_wrapped_call(small.exc, limit, inner))
    if isinstance(small, (cst.Return, cst.Assign, cst.Expr)) and isinstance(small.value, cst.Call):
        return small.with_changes(value=_wrapped_call(small.value, limit, inner))
    return small


def _wrapped_call(call: cst.Call, limit: int, inner: int) -> cst.Call:
    """`call` with its arguments inside its parentheses, `inner` columns in."""
    if not call.args or any(a.star for a in call.args):
        return call
    empty = cst.Module([])
    args = [a.with_changes(comma=cst.MaybeSentinel.DEFAULT) for a in call.args]
    on_one_line = ", ".join(empty.code_for_node(a) for a in args)
    if inner + len(on_one_line) <= limit or len(args) == 1:
        spaced = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
        args = [a.with_changes(comma=spaced) for a in args[:-1]] + [args[-1]]
        if len(args) == 1:
            args = [args[0].with_changes(value=_split_string(args[0].value, limit, inner))]
        args[-1] = args[-1].with_changes(whitespace_after_arg=_CLOSE)
    else:
        args = [a.with_changes(comma=cst.Comma(whitespace_after=_STEP)) for a in args[:-1]] + [
            args[-1].with_changes(comma=cst.Comma(whitespace_after=_CLOSE))
        ]
    return call.with_changes(whitespace_before_args=_STEP, args=args)


def _split_string(value: cst.BaseExpression, limit: int, inner: int) -> cst.BaseExpression:
    """A plain string literal longer than its line, as adjacent literals one per line (split
    after spaces, so each keeps its words); f-strings, bytes and anything else stay whole."""
    if not isinstance(value, cst.SimpleString) or inner + len(value.value) <= limit:
        return value
    prefix, quote = value.prefix, value.quote
    if "f" in prefix.lower() or "b" in prefix.lower() or len(quote) != 1:
        return value
    text = value.value[len(prefix) + 1 : -1]
    room = max(limit - inner - len(prefix) - 2, 20)
    pieces: list[str] = []
    while len(text) > room:
        cut = text.rfind(" ", 0, room)
        if cut <= 0 or text[cut - 1] == "\\":
            break
        pieces.append(text[: cut + 1])
        text = text[cut + 1 :]
    pieces.append(text)
    if len(pieces) == 1:
        return value
    literals = [cst.SimpleString(f"{prefix}{quote}{p}{quote}") for p in pieces]
    joined: cst.SimpleString | cst.ConcatenatedString = literals[-1]
    for literal in reversed(literals[:-1]):
        joined = cst.ConcatenatedString(left=literal, right=joined, whitespace_between=_STEP)
    return joined
