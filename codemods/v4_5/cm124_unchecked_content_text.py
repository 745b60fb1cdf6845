from __future__ import annotations

from dataclasses import dataclass, field

import libcst as cst
from claude_migrate.codemods.common import stop_reasons as sr

from claude_migrate.authoring import Codemod, FileContext, Safety, Scope, dotted_name

REQUEST_SUFFIXES = (".messages.create", ".messages.parse")


@dataclass
class FunctionNames:
    created: set[str] = field(default_factory=set)  # names bound to a messages.create result
    checked: set[str] = field(default_factory=set)  # names whose stop_reason is read
    reads: list[tuple[str, cst.CSTNode]] = field(default_factory=list)


class UncheckedContentText(Codemod):
    """Report response.content[0].text read from a messages.create result with no stop-reason check.

    From Claude 4 on a request can end with stop_reason "refusal" (HTTP 200, maybe partial
    or empty content), and on the 4.5 models with model_context_window_exceeded. Code that
    reads content[0].text without looking at stop_reason takes a refusal or a cut-off answer
    for a finished one, or fails with IndexError on empty content. Reported, never changed:
    what to do instead is the application's call. A function (or module) that reads the
    response's stop_reason anywhere counts as checked.

    Before:  reply = client.messages.create(...).content[0].text
    After:   (unchanged; reported)

    Source: handling-stop-reasons docs; "What's new in Claude 4.5" (shared reference,
    section 4).
    """

    code = "CM124"
    slug = "unchecked-content-text"
    target = (4, 5)
    safety = Safety.REPORT
    triggers = ()
    weak_triggers = (b"content[0].text",)  # Cohere's responses read the same way
    # A response created in one module-level statement may be read, or checked, in another.
    scope = Scope(around=(b"messages.create", b"messages.parse", b"stop_reason"))

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._scopes = [FunctionNames()]

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self._scopes.append(FunctionNames())

    def leave_FunctionDef(
        self, original_node: cst.FunctionDef, updated_node: cst.FunctionDef
    ) -> cst.FunctionDef:
        self._report(self._scopes.pop())
        return updated_node

    def leave_Module(self, original_node: cst.Module, updated_node: cst.Module) -> cst.Module:
        self._report(self._scopes.pop())
        return updated_node

    def visit_Assign(self, node: cst.Assign) -> None:
        if _is_request(node.value):
            names = (t.target.value for t in node.targets if isinstance(t.target, cst.Name))
            self._scopes[-1].created.update(names)

    def visit_Attribute(self, node: cst.Attribute) -> None:
        if sr.is_subject(node) and isinstance(node.value, cst.Name):
            self._scopes[-1].checked.add(node.value.value)
        owner = _first_text_owner(node)
        if isinstance(owner, cst.Name):
            self._scopes[-1].reads.append((owner.value, node))
        elif owner is not None and _is_request(owner):
            self._reported(node)

    def _report(self, scope: FunctionNames) -> None:
        for name, node in scope.reads:
            if name in scope.created and name not in scope.checked:
                self._reported(node)

    def _reported(self, node: cst.CSTNode) -> None:
        self.record_finding(
            node,
            self.code,
            "content[0].text is read without checking stop_reason: a refusal (HTTP 200, maybe "
            "empty content) or a cut-off answer passes as a finished one",
        )


def _first_text_owner(node: cst.Attribute) -> cst.BaseExpression | None:
    """X for the expression X.content[0].text, else None."""
    if node.attr.value != "text" or not isinstance(node.value, cst.Subscript):
        return None
    subscript = node.value
    index = subscript.slice[0].slice if len(subscript.slice) == 1 else None
    if not (
        isinstance(index, cst.Index)
        and isinstance(index.value, cst.Integer)
        and index.value.value == "0"
    ):
        return None
    content = subscript.value
    if isinstance(content, cst.Attribute) and content.attr.value == "content":
        return content.value
    return None


def _is_request(node: cst.BaseExpression) -> bool:
    if isinstance(node, cst.Await):
        node = node.expression
    return isinstance(node, cst.Call) and dotted_name(node.func).endswith(REQUEST_SUFFIXES)
