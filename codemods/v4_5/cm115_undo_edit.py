from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

import libcst as cst

from claude_migrate.authoring import FileContext, Item, Safety, keep_closing_comma, literal_text

from . import tooling
from .tooling import EDITOR

UNDO = EDITOR["removed_command"]
OTHER_COMMANDS = frozenset(EDITOR["commands"]) - {UNDO}
_UNDO_CODE = re.compile(r"undo", re.IGNORECASE)
_HISTORY = re.compile(r"history", re.IGNORECASE)


class UndoEdit(tooling.TiedToEditor):
    """Remove undo_edit branches from code tied to the Anthropic text editor: Claude 4 never sends it.

    Removed: the undo_edit branch of an if/elif/else chain at any position (removing the
    first branch turns the next elif into if; `if undo: ... else: body` becomes body), a
    `case "undo_edit":` (or that alternative of a case), a dispatch-dict entry, and the
    member of a Literal[...], list, tuple, set or enum of editor commands. Code that only
    served undo (an undo_edit method, a file-history store) is reported, not deleted. Only
    in projects tied to the Anthropic tool (see CM113): an editor of the user's own (a
    str_replace_editor with its own schema, in Anthropic's or OpenAI's function format, or
    any schema offering undo_edit) keeps its undo_edit.

    Before:  elif command == "undo_edit":
                 return self.undo_edit(path)
    After:   (branch removed)

    Source: "Migrating to Claude 4.5": "Remove any code using the undo_edit command";
    text-editor-tool docs (shared reference, section 2a).
    """

    code = "CM115"
    slug = "undo-edit"
    target = (4, 5)
    safety = Safety.SAFE
    triggers = (b"undo_edit",)
    finding_codes = {"CM116": "undo_edit code left for review"}

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._elifs: set[cst.If] = set()
        self._undo_classes: list[bool] = []
        self._history_reported: set[str] = set()
        # A removed statement's own lines go; the comments and blank lines above it stay.
        # Statements to drop, and lines to keep after a kept one (a removed last elif's), by
        # the id of the node handed to the parent, which then moves the lines (_kept_lines).
        self._dropped: dict[int, tuple[cst.CSTNode, Sequence[cst.EmptyLine]]] = {}
        self._after: dict[int, tuple[cst.CSTNode, Sequence[cst.EmptyLine]]] = {}
        self._dangling: list[cst.EmptyLine] = []  # above a removed last elif, for its chain

    # --- if/elif/else ---------------------------------------------------------------------

    def visit_If(self, node: cst.If) -> None:
        if isinstance(node.orelse, cst.If):
            self._elifs.add(node.orelse)

    def leave_If(
        self, original_node: cst.If, updated_node: cst.If
    ) -> (
        cst.BaseStatement
        | cst.BaseSuite
        | cst.If
        | cst.Else
        | cst.RemovalSentinel
        | cst.FlattenSentinel[cst.BaseStatement]
    ):
        if original_node in self._elifs:
            return self._without_undo_branch(original_node, updated_node)
        # The top of a chain: the lines above its removed last elif are claimed here (inner
        # chains, left before it, have claimed theirs).
        dangling, self._dangling = self._dangling, []
        result = self._without_undo_branch(original_node, updated_node)
        if isinstance(result, cst.RemovalSentinel):  # dropped by the parent, lines kept
            self._dropped[id(updated_node)] = (
                updated_node,
                (*updated_node.leading_lines, *dangling),
            )
            return updated_node
        if dangling:
            last = result.nodes[-1] if isinstance(result, cst.FlattenSentinel) else result
            self._after[id(last)] = (last, dangling)
        return result

    def _without_undo_branch(
        self, original_node: cst.If, updated_node: cst.If
    ) -> cst.If | cst.Else | cst.RemovalSentinel | cst.FlattenSentinel[cst.BaseStatement]:
        if not _is_undo_test(updated_node.test) or not self._may_remove(original_node):
            return updated_node
        self.record_change(original_node, "removed the undo_edit branch")
        lines = updated_node.leading_lines
        orelse = updated_node.orelse
        if isinstance(orelse, cst.If) or (original_node in self._elifs and orelse is not None):
            # splice the branch out of its chain; the next elif (or else) keeps the lines
            return orelse.with_changes(leading_lines=(*lines, *orelse.leading_lines))
        if orelse is None:
            if original_node in self._elifs:
                self._dangling += lines
            return cst.RemovalSentinel.REMOVE
        statements = _statements(orelse.body)  # `if undo: ... else: body` becomes body
        first = statements[0].with_changes(
            leading_lines=(*lines, *orelse.leading_lines, *statements[0].leading_lines)
        )
        return cst.FlattenSentinel([first, *statements[1:]])

    def leave_IndentedBlock(
        self, original_node: cst.IndentedBlock, updated_node: cst.IndentedBlock
    ) -> cst.IndentedBlock:
        body, rest = self._kept_lines(updated_node.body)
        if original_node.body and not body:  # its only statement was removed
            body = [cst.SimpleStatementLine([cst.Pass()], leading_lines=rest)]
            rest = []
        if body is updated_node.body:
            return updated_node
        return updated_node.with_changes(body=body, footer=(*rest, *updated_node.footer))

    def leave_Module(self, original_node: cst.Module, updated_node: cst.Module) -> cst.Module:
        body, rest = self._kept_lines(updated_node.body)
        if body is updated_node.body:
            return updated_node
        return updated_node.with_changes(body=body, footer=(*rest, *updated_node.footer))

    def _kept_lines(
        self, body: Sequence[cst.BaseStatement]
    ) -> tuple[Sequence[cst.BaseStatement], Sequence[cst.EmptyLine]]:
        """The body without its dropped statements, the lines above each (and after a kept
        one) moved onto the next statement; and the lines left over after the last one."""
        if not any(id(s) in self._dropped or id(s) in self._after for s in body):
            return body, ()
        kept: list[cst.BaseStatement] = []
        pending: list[cst.EmptyLine] = []
        for statement in body:
            dropped = self._dropped.pop(id(statement), None)
            if dropped is not None:
                pending += dropped[1]
                continue
            after = self._after.pop(id(statement), None)
            kept.append(_with_lines_above(statement, pending))
            pending = list(after[1]) if after is not None else []
        return kept, pending

    # --- match ------------------------------------------------------------------------------

    def leave_Match(self, original_node: cst.Match, updated_node: cst.Match) -> cst.Match:
        cases = []
        pending: list[cst.EmptyLine] = []  # the lines above a removed case stay
        for original, case in zip(original_node.cases, updated_node.cases, strict=True):
            removable = _is_undo_pattern(case.pattern) and len(updated_node.cases) > 1
            if removable and self._may_remove(original):
                self.record_change(original, "removed the undo_edit case")
                pending += case.leading_lines
                continue
            case = _with_lines_above(case, pending)
            pending = []
            if isinstance(case.pattern, cst.MatchOr):
                kept = [p for p in case.pattern.patterns if not _is_undo_pattern(p.pattern)]
                if kept and len(kept) < len(case.pattern.patterns) and self._may_remove(original):
                    self.record_change(original, "removed undo_edit from the case")
                    kept[-1] = kept[-1].with_changes(separator=cst.MaybeSentinel.DEFAULT)
                    case = case.with_changes(pattern=case.pattern.with_changes(patterns=kept))
            cases.append(case)
        if len(cases) == len(updated_node.cases):
            return updated_node
        return updated_node.with_changes(cases=cases, footer=(*pending, *updated_node.footer))

    # --- collections of commands -------------------------------------------------------------

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        keys = [
            literal_text(e.key) if isinstance(e, cst.DictElement) else None
            for e in updated_node.elements
        ]
        return self._without_undo(original_node, updated_node, "elements", "rbrace", keys)

    def leave_List(self, original_node: cst.List, updated_node: cst.List) -> cst.List:
        return self._without_undo(original_node, updated_node, "elements", "rbracket")

    def leave_Set(self, original_node: cst.Set, updated_node: cst.Set) -> cst.Set:
        return self._without_undo(original_node, updated_node, "elements", "rbrace")

    def leave_Tuple(self, original_node: cst.Tuple, updated_node: cst.Tuple) -> cst.Tuple:
        updated_node = self._without_undo(original_node, updated_node, "elements", None)
        elements = updated_node.elements
        if len(elements) == 1 and isinstance(elements[0].comma, cst.MaybeSentinel):
            elements = [elements[0].with_changes(comma=cst.Comma())]  # ("view",) stays a tuple
        return updated_node.with_changes(elements=elements)

    def leave_Subscript(
        self, original_node: cst.Subscript, updated_node: cst.Subscript
    ) -> cst.Subscript:
        return self._without_undo(original_node, updated_node, "slice", "rbracket")

    def _without_undo(
        self,
        owner: C,
        updated: C,
        field: str,
        closing: str | None,
        texts: Sequence[str | None] | None = None,
    ) -> C:
        items: Sequence[Item] = getattr(updated, field)
        texts = texts if texts is not None else [_item_text(item) for item in items]
        if UNDO not in texts or not OTHER_COMMANDS & set(texts) or not self._may_remove(owner):
            return updated
        self.record_change(owner, "removed undo_edit from the editor's commands")
        bracket = getattr(updated, closing) if closing else None
        kept, before_bracket = _without_items(
            items, [text == UNDO for text in texts], bracket.whitespace_before if bracket else None
        )
        if bracket is not None and before_bracket is not None:
            bracket = bracket.with_changes(whitespace_before=before_bracket)
            return updated.with_changes(**{field: kept, closing: bracket})  # type: ignore[arg-type]
        return updated.with_changes(**{field: kept})

    # --- enums and code that served undo ----------------------------------------------------

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        names = {s.name.value for s in node.body.body if isinstance(s, cst.FunctionDef)}
        self._undo_classes.append(any(_UNDO_CODE.search(name) for name in names))

    def leave_ClassDef(
        self, original_node: cst.ClassDef, updated_node: cst.ClassDef
    ) -> cst.ClassDef:
        self._undo_classes.pop()
        body = updated_node.body
        values = [_assigned_text(s) for s in body.body]
        if UNDO in values and OTHER_COMMANDS & set(values) and self._may_remove(original_node):
            self.record_change(original_node, "removed the undo_edit member")
            for statement, value in zip(body.body, values, strict=True):
                if value == UNDO:
                    self._dropped[id(statement)] = (statement, statement.leading_lines)
            kept, rest = self._kept_lines(body.body)
            return updated_node.with_changes(
                body=body.with_changes(body=kept, footer=(*rest, *body.footer))
            )
        return updated_node

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        if _UNDO_CODE.search(node.name.value) and self._state == "tied":
            self.record_finding(
                node,
                "CM116",
                f"{node.name.value}() served undo_edit, which Claude 4 never sends; remove it "
                "by hand if nothing else uses it",
            )

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        self._report_history(node, node.target)

    def visit_Assign(self, node: cst.Assign) -> None:
        for target in node.targets:
            self._report_history(node, target.target)

    def _report_history(self, node: cst.CSTNode, target: cst.BaseExpression) -> None:
        # `self._history[path] = text` stores into `self._history`: that is the name to report,
        # once per file however many statements write to it (`_history` or `self._history`).
        while isinstance(target, cst.Subscript):
            target = target.value
        if not isinstance(target, (cst.Name, cst.Attribute)):
            return
        last = target.attr.value if isinstance(target, cst.Attribute) else target.value
        name = cst.Module([]).code_for_node(target)
        if (
            self._undo_classes
            and self._undo_classes[-1]
            and _HISTORY.search(last)
            and last not in self._history_reported
        ):
            self._history_reported.add(last)
            self.record_finding(
                node,
                "CM116",
                f"{name} keeps edit history for undo_edit, which Claude 4 never sends; remove it "
                "by hand if nothing else reads it",
            )

    def _may_remove(self, node: cst.CSTNode) -> bool:
        if self._state == "tied":
            return True
        self.record_finding(
            node,
            "CM116",
            "undo_edit handling in a project that also defines a tool of its own named "
            "str_replace_editor; left unchanged",
        )
        return False


def _is_undo_test(test: cst.BaseExpression) -> bool:
    if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
        return False
    target = test.comparisons[0]
    sides = (literal_text(test.left), literal_text(target.comparator))
    return isinstance(target.operator, cst.Equal) and UNDO in sides


def _is_undo_pattern(pattern: cst.MatchPattern) -> bool:
    return isinstance(pattern, cst.MatchValue) and literal_text(pattern.value) == UNDO


def _item_text(item: cst.CSTNode) -> str | None:
    if isinstance(item, cst.Element):
        return literal_text(item.value)
    if isinstance(item, cst.SubscriptElement) and isinstance(item.slice, cst.Index):
        return literal_text(item.slice.value)
    return None


def _assigned_text(statement: cst.BaseStatement) -> str | None:
    if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1:
        small = statement.body[0]
        if isinstance(small, cst.Assign) and len(small.targets) == 1:
            return literal_text(small.value)
    return None


def _without_items(
    items: Sequence[Item], gone: Sequence[bool], closing: cst.BaseParenthesizableWhitespace | None
) -> tuple[list[Item], cst.ParenthesizedWhitespace | None]:
    """The items without the gone ones, and the new whitespace before the closing bracket
    (None: unchanged). An item on lines of its own takes only those lines: the comment lines
    around it stay, joined into the gap it leaves, and the item before it keeps its comma."""
    kept: list[Item] = []
    new_closing = None
    for index, (item, drop) in enumerate(zip(items, gone, strict=True)):
        if not drop:
            kept.append(item)
            continue
        previous = kept[-1] if kept else None
        if previous is None or not isinstance(previous.comma, cst.Comma):
            continue
        before = previous.comma.whitespace_after
        if not isinstance(before, cst.ParenthesizedWhitespace):
            continue  # on the line of the item before it: nothing of its own to keep
        after = item.comma.whitespace_after if isinstance(item.comma, cst.Comma) else None
        lines = after.empty_lines if isinstance(after, cst.ParenthesizedWhitespace) else ()
        if index < len(items) - 1:  # the next item follows the joined gap
            if isinstance(after, cst.ParenthesizedWhitespace):
                gap = before.with_changes(
                    empty_lines=(*before.empty_lines, *lines),
                    indent=after.indent,
                    last_line=after.last_line,
                )
                kept[-1] = previous.with_changes(
                    comma=previous.comma.with_changes(whitespace_after=gap)
                )
            continue
        if closing is None:
            continue
        # The last item: the closing bracket follows the joined gap, indented as it was (or
        # as the item was, when the bracket closed the item's own line).
        tail = closing if isinstance(closing, cst.ParenthesizedWhitespace) else None
        ends = tail or (after if isinstance(after, cst.ParenthesizedWhitespace) else before)
        new_closing = before.with_changes(
            empty_lines=(*before.empty_lines, *lines, *(tail.empty_lines if tail else ())),
            indent=ends.indent,
            last_line=ends.last_line,
        )
        comma = previous.comma.with_changes(whitespace_after=cst.SimpleWhitespace(""))
        kept[-1] = previous.with_changes(comma=comma)
    if new_closing is not None or len(kept) == len(items) or not gone[-1]:
        return kept, new_closing
    return keep_closing_comma(items, kept), None


N = TypeVar("N", cst.BaseStatement, cst.MatchCase)
C = TypeVar("C", cst.Dict, cst.List, cst.Set, cst.Tuple, cst.Subscript)


def _with_lines_above(node: N, lines: Sequence[cst.EmptyLine]) -> N:
    if not lines:
        return node
    return node.with_changes(leading_lines=(*lines, *node.leading_lines))


def _statements(body: cst.BaseSuite) -> list[cst.BaseStatement]:
    if isinstance(body, cst.IndentedBlock):
        return list(body.body)
    assert isinstance(body, cst.SimpleStatementSuite)
    return [cst.SimpleStatementLine(body=body.body)]
