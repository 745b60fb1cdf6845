"""Shared by the 4.5 stop-reason codemods: what counts as dispatch on a Claude stop reason.

A comparison, match or dict is stop-reason dispatch when its subject is a stop reason
(`x.stop_reason`, `x["stop_reason"]`, `x.get("stop_reason")`, or a name assigned from one
of these in the same function), or when it names two or more Anthropic stop reasons and
none of OpenAI's. That second rule catches a converter such as `def to_app(reason)`, while
its mirror image (app values in, stop-reason literals out) compares no stop-reason literals
and is left alone. OpenAI's `finish_reason` and MCP's camelCase reasons never match.

A literal the tool does not know (`case "pause" | "pause_turn":`, a value of a newer API or a
typo) does not veto a dispatch whose subject is a stop reason: the code still dispatches on
Claude's stop reasons, and the unknown value is simply one more branch. Only a foreign
vocabulary (OpenAI's finish reasons, MCP's camelCase ones) does. Without such a subject,
every literal must be a known stop reason, since the literals are then the only evidence.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from dataclasses import dataclass
from typing import Any

import libcst as cst

from claude_migrate.authoring import literal_text, load_toml, visit

# The stop reasons are the 4.5 set's data: the generation that added refusal and
# model_context_window_exceeded.
DATA: dict[str, Any] = load_toml("claude_migrate.codemods.v4_5", "requests.toml")
REASONS: dict[str, Any] = DATA["stop_reasons"]
KNOWN = frozenset(REASONS["known"])
FOREIGN = frozenset(REASONS["foreign"])
TRUNCATED: str = REASONS["truncated"]
CONTEXT_WINDOW: str = REASONS["context_window"]
REFUSAL: str = REASONS["refusal"]
FIELD = "stop_reason"
FOREIGN_FIELDS = ("finish_reason",)


def is_subject(node: cst.BaseExpression, names: Container[str] = frozenset()) -> bool:
    """Is `node` an expression that holds a Claude stop reason?"""
    if isinstance(node, cst.Attribute):
        return node.attr.value == FIELD
    if isinstance(node, cst.Subscript):
        return len(node.slice) == 1 and _index_text(node.slice[0]) == FIELD
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
        first = node.args[0].value if node.args else None
        return node.func.attr.value == "get" and first is not None and literal_text(first) == FIELD
    if isinstance(node, cst.Name):
        return node.value == FIELD or node.value in names
    return False


def mentions_foreign_field(node: cst.CSTNode) -> bool:
    code = cst.Module([]).code_for_node(node)
    return any(name in code for name in FOREIGN_FIELDS)


def _index_text(element: cst.SubscriptElement) -> str | None:
    return literal_text(element.slice.value) if isinstance(element.slice, cst.Index) else None


@dataclass(frozen=True)
class Test:
    """One branch test of the shape `subject == "x"`, `subject != "x"` or `subject in (...)`."""

    comparison: cst.Comparison
    subject: cst.BaseExpression
    reasons: tuple[str, ...]
    negated: bool


def read_test(node: cst.BaseExpression) -> Test | None:
    if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
        return None
    target = node.comparisons[0]
    operator = target.operator
    if isinstance(operator, (cst.Equal, cst.NotEqual)):
        text = literal_text(target.comparator)
        if text is None:
            return None
        return Test(node, node.left, (text,), isinstance(operator, cst.NotEqual))
    if isinstance(operator, (cst.In, cst.NotIn)) and isinstance(
        target.comparator, (cst.Tuple, cst.List, cst.Set)
    ):
        texts = tuple(literal_text(e.value) for e in target.comparator.elements)
        if any(t is None for t in texts):
            return None
        return Test(node, node.left, texts, isinstance(operator, cst.NotIn))  # type: ignore[arg-type]
    return None


def chain_tests(node: cst.If) -> Iterator[tuple[cst.If, Test | None]]:
    """Each branch of an if/elif chain with its test, if it has the dispatch shape."""
    branch: cst.If | cst.Else | None = node
    while isinstance(branch, cst.If):
        yield branch, read_test(branch.test)
        branch = branch.orelse


_CAMEL_CASE = re.compile(r"^[a-z]+[A-Z]")


def is_foreign(reason: str) -> bool:
    """An OpenAI finish reason, or an MCP-style camelCase one (`endTurn`, `maxTokens`)."""
    return reason in FOREIGN or bool(_CAMEL_CASE.match(reason))


def is_dispatch(
    reasons: set[str], subjects: list[cst.BaseExpression], names: Container[str]
) -> bool:
    if not reasons or any(is_foreign(r) for r in reasons):
        return False
    if any(mentions_foreign_field(s) for s in subjects):
        return False
    if any(is_subject(s, names) for s in subjects):
        return bool(reasons & KNOWN)  # unknown literals beside known ones do not veto
    return reasons <= KNOWN and len(reasons) >= 2


def chain_is_dispatch(node: cst.If, names: Container[str]) -> bool:
    tests = [t for _, t in chain_tests(node) if t is not None]
    reasons = {r for t in tests for r in t.reasons}
    return is_dispatch(reasons, [t.subject for t in tests], names)


def match_reasons(node: cst.Match) -> set[str] | None:
    """The stop-reason literals a match's cases name; None if a case is of another shape."""
    reasons: set[str] = set()
    for case in node.cases:
        for pattern in _alternatives(case.pattern):
            if isinstance(pattern, cst.MatchAs) and pattern.pattern is None:
                continue  # `case _` / `case other`
            text = literal_text(pattern.value) if isinstance(pattern, cst.MatchValue) else None
            if text is None:
                return None
            reasons.add(text)
    return reasons


def _alternatives(pattern: cst.MatchPattern) -> list[cst.MatchPattern]:
    if isinstance(pattern, cst.MatchOr):
        return [p.pattern for p in pattern.patterns]
    return [pattern]


def dict_reasons(node: cst.Dict) -> set[str]:
    return {
        text
        for e in node.elements
        if isinstance(e, cst.DictElement) and (text := literal_text(e.key)) is not None
    }


class SubjectNames(cst.CSTVisitor):
    """Names assigned from a stop-reason expression anywhere in a function or module."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_Assign(self, node: cst.Assign) -> None:
        if is_subject(node.value):
            self.names.update(
                t.target.value for t in node.targets if isinstance(t.target, cst.Name)
            )

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if node.value is not None and is_subject(node.value) and isinstance(node.target, cst.Name):
            self.names.add(node.target.value)


def subject_names(node: cst.CSTNode) -> frozenset[str]:
    finder = SubjectNames()
    visit(node, finder)
    return frozenset(finder.names)


class LazyNames:
    """subject_names of a module, computed the first time a plain name is asked about: most
    dispatch reads `x.stop_reason` directly, and a whole-module walk costs as much as a parse."""

    def __init__(self) -> None:
        self._module: cst.Module | None = None
        self._names: frozenset[str] | None = None

    def start(self, module: cst.Module) -> None:
        self._module, self._names = module, None

    def __contains__(self, name: object) -> bool:
        if self._names is None:
            self._names = subject_names(self._module) if self._module is not None else frozenset()
        return name in self._names
