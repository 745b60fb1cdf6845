from __future__ import annotations

import re
from collections.abc import Sequence

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
    in projects tied to the Anthropic tool (see CM113): a tool of the user's own named
    str_replace_editor keeps its undo_edit.

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
        if not _is_undo_test(updated_node.test) or not self._may_remove(original_node):
            return updated_node
        self.record_change(original_node, "removed the undo_edit branch")
        orelse = updated_node.orelse
        if original_node in self._elifs:  # splice an elif out of its chain
            return orelse if orelse is not None else cst.RemovalSentinel.REMOVE
        if isinstance(orelse, cst.If):  # the next elif becomes the if
            return orelse.with_changes(leading_lines=updated_node.leading_lines)
        if isinstance(orelse, cst.Else):  # `if undo: ... else: body` becomes body
            statements = _statements(orelse.body)
            first = statements[0].with_changes(
                leading_lines=(*updated_node.leading_lines, *statements[0].leading_lines)
            )
            return cst.FlattenSentinel([first, *statements[1:]])
        return cst.RemovalSentinel.REMOVE

    def leave_IndentedBlock(
        self, original_node: cst.IndentedBlock, updated_node: cst.IndentedBlock
    ) -> cst.IndentedBlock:
        if original_node.body and not updated_node.body:  # its only statement was removed
            return updated_node.with_changes(body=[cst.SimpleStatementLine([cst.Pass()])])
        return updated_node

    # --- match ------------------------------------------------------------------------------

    def leave_Match(self, original_node: cst.Match, updated_node: cst.Match) -> cst.Match:
        cases = []
        for original, case in zip(original_node.cases, updated_node.cases, strict=True):
            removable = _is_undo_pattern(case.pattern) and len(updated_node.cases) > 1
            if removable and self._may_remove(original):
                self.record_change(original, "removed the undo_edit case")
                continue
            if isinstance(case.pattern, cst.MatchOr):
                kept = [p for p in case.pattern.patterns if not _is_undo_pattern(p.pattern)]
                if kept and len(kept) < len(case.pattern.patterns) and self._may_remove(original):
                    self.record_change(original, "removed undo_edit from the case")
                    kept[-1] = kept[-1].with_changes(separator=cst.MaybeSentinel.DEFAULT)
                    case = case.with_changes(pattern=case.pattern.with_changes(patterns=kept))
            cases.append(case)
        return updated_node.with_changes(cases=cases)

    # --- collections of commands -------------------------------------------------------------

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        keys = [
            literal_text(e.key) if isinstance(e, cst.DictElement) else None
            for e in updated_node.elements
        ]
        return updated_node.with_changes(
            elements=self._without_undo(original_node, updated_node.elements, keys)
        )

    def leave_List(self, original_node: cst.List, updated_node: cst.List) -> cst.List:
        return updated_node.with_changes(
            elements=self._without_undo(original_node, updated_node.elements)
        )

    def leave_Set(self, original_node: cst.Set, updated_node: cst.Set) -> cst.Set:
        return updated_node.with_changes(
            elements=self._without_undo(original_node, updated_node.elements)
        )

    def leave_Tuple(self, original_node: cst.Tuple, updated_node: cst.Tuple) -> cst.Tuple:
        elements = self._without_undo(original_node, updated_node.elements)
        if len(elements) == 1 and isinstance(elements[0].comma, cst.MaybeSentinel):
            elements = [elements[0].with_changes(comma=cst.Comma())]  # ("view",) stays a tuple
        return updated_node.with_changes(elements=elements)

    def leave_Subscript(
        self, original_node: cst.Subscript, updated_node: cst.Subscript
    ) -> cst.Subscript:
        return updated_node.with_changes(
            slice=self._without_undo(original_node, updated_node.slice)
        )

    def _without_undo(
        self, owner: cst.CSTNode, items: Sequence[Item], texts: Sequence[str | None] | None = None
    ) -> Sequence[Item]:
        texts = texts if texts is not None else [_item_text(item) for item in items]
        if UNDO not in texts or not OTHER_COMMANDS & set(texts) or not self._may_remove(owner):
            return items
        kept = [item for item, text in zip(items, texts, strict=True) if text != UNDO]
        self.record_change(owner, "removed undo_edit from the editor's commands")
        return keep_closing_comma(items, kept)

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
            kept = [s for s, v in zip(body.body, values, strict=True) if v != UNDO]
            return updated_node.with_changes(body=body.with_changes(body=kept))
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


def _statements(body: cst.BaseSuite) -> list[cst.BaseStatement]:
    if isinstance(body, cst.IndentedBlock):
        return list(body.body)
    assert isinstance(body, cst.SimpleStatementSuite)
    return [cst.SimpleStatementLine(body=body.body)]
