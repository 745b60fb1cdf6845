"""Where a module's beta headers are written, beyond a `betas=[...]` keyword.

A request dict's `"betas": [...]` entry, a `params["betas"] = [...]` assignment, and a
constant that feeds any of these (`betas=BETAS`, `"betas": list(BETAS)`, `[*BASE, "x"]`,
`BASE + [...]`, `betas=self.BETAS`) carry headers the same way: the beta-header codemods
edit their lists as they edit the keyword's. A constant is found by name: a module-level or
class-level `NAME = [...]` (or a set, or a parenthesised tuple) whose name feeds `betas`
anywhere in the module.
"""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from claude_migrate.authoring import literal_text, visit

FIELD = "betas"
Sequence_ = cst.List | cst.Set | cst.Tuple


def is_betas_key(node: cst.BaseExpression) -> bool:
    return literal_text(node) == FIELD


def is_betas_target(node: cst.BaseAssignTargetExpression) -> bool:
    """`x["betas"]` as an assignment target."""
    if not isinstance(node, cst.Subscript) or len(node.slice) != 1:
        return False
    index = node.slice[0].slice
    return isinstance(index, cst.Index) and is_betas_key(index.value)


def literal_lists(value: cst.BaseExpression) -> Iterator[cst.List]:
    """The list literals that make up a betas value: itself, or the parts of `a + b`."""
    if isinstance(value, cst.List):
        yield value
    elif isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Add):
        yield from literal_lists(value.left)
        yield from literal_lists(value.right)


def _names(value: cst.BaseExpression) -> Iterator[str]:
    """Names (and attribute names: `self.BETAS`) a betas value reads its headers from."""
    if isinstance(value, cst.Name):
        yield value.value
    elif isinstance(value, cst.Attribute):
        yield value.attr.value
    elif isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Add):
        yield from _names(value.left)
        yield from _names(value.right)
    elif isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.args:
        if value.func.value in ("list", "tuple", "set", "sorted", "frozenset"):
            yield from _names(value.args[0].value)
    elif isinstance(value, (cst.List, cst.Tuple, cst.Set)):
        for element in value.elements:
            if isinstance(element, cst.StarredElement):
                yield from _names(element.value)


def feeding_names(module: cst.Module) -> set[str]:
    """Every name whose value is sent as beta headers somewhere in `module`."""
    found: set[str] = set()

    class Finder(cst.CSTVisitor):
        def visit_Arg(self, node: cst.Arg) -> None:
            if node.keyword is not None and node.keyword.value == FIELD:
                found.update(_names(node.value))

        def visit_DictElement(self, node: cst.DictElement) -> None:
            if is_betas_key(node.key):
                found.update(_names(node.value))

        def visit_Assign(self, node: cst.Assign) -> None:
            if any(is_betas_target(t.target) for t in node.targets):
                found.update(_names(node.value))

    visit(module, Finder())
    return found


def constant_lists(module: cst.Module) -> Iterator[Sequence_]:
    """The literal values of module- and class-level constants that feed beta headers."""
    names = feeding_names(module)
    if not names:
        return
    bodies: list[cst.BaseSuite | cst.Module] = [module]
    bodies += [s.body for s in module.body if isinstance(s, cst.ClassDef)]
    for body in bodies:
        statements = body.body if isinstance(body, (cst.Module, cst.IndentedBlock)) else ()
        for statement in statements:
            if not isinstance(statement, cst.SimpleStatementLine):
                continue
            for small in statement.body:
                target, value = _assignment(small)
                if target in names and _editable(value):
                    assert isinstance(value, (cst.List, cst.Set, cst.Tuple))
                    yield value


def _assignment(small: cst.BaseSmallStatement) -> tuple[str | None, cst.BaseExpression | None]:
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        target = small.targets[0].target
        return (target.value if isinstance(target, cst.Name) else None), small.value
    if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
        return small.target.value, small.value
    return None, None


def _editable(value: cst.BaseExpression | None) -> bool:
    # A tuple without parentheses (`BETAS = "a", "b"`) cannot be left empty or with one item
    # without changing its meaning: it is reported instead.
    return isinstance(value, (cst.List, cst.Set)) or (
        isinstance(value, cst.Tuple) and bool(value.lpar)
    )
