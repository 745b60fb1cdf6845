"""Integers a request parameter holds without being a literal, for the ceiling rules.

`max_tokens=OUTPUT_CAP` (a module-level constant), `"max_tokens": self.OUTPUT_CAP` (an
attribute of the enclosing class), `kw.get("max_tokens", 128000)` or
`getattr(cfg, "max_tokens", 128000)` (a fallback written in the request) all send a number
the reader can see, even though it is not a literal at the parameter. `HeldInts.value` says
which number and where it is held, so the codemod can report it; the constant itself is not
changed, since it may serve requests to other models too.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from claude_migrate.authoring import dotted_name, literal_text

_FALLBACK_CALLS = ("get", "pop", "setdefault")


@dataclass(frozen=True)
class Held:
    value: int
    where: str  # "OUTPUT_CAP", "Writer.OUTPUT_CAP", "the fallback of kw.get(...)"


def integer(node: cst.BaseExpression | None) -> int | None:
    return int(node.value.replace("_", ""), 0) if isinstance(node, cst.Integer) else None


def _int_constants(body: object) -> dict[str, int]:
    found: dict[str, int] = {}
    for statement in getattr(body, "body", ()):
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, cst.Assign) and len(small.targets) == 1:
                target, value = small.targets[0].target, small.value
            elif isinstance(small, cst.AnnAssign) and small.value is not None:
                target, value = small.target, small.value
            else:
                continue
            number = integer(value)
            if isinstance(target, cst.Name) and number is not None:
                found[target.value] = number
    return found


class HeldInts:
    """A codemod calls start() from visit_Module, enter()/leave() around each class."""

    def __init__(self) -> None:
        self.module: dict[str, int] = {}
        self.classes: list[tuple[str, dict[str, int]]] = []

    def start(self, module: cst.Module) -> None:
        self.module = _int_constants(module)

    def enter(self, node: cst.ClassDef) -> None:
        self.classes.append((node.name.value, _int_constants(node.body)))

    def leave(self) -> None:
        self.classes.pop()

    def value(self, node: cst.BaseExpression, key: str) -> Held | None:
        """The number `node` (the value of parameter `key`) holds, if it can be seen."""
        if isinstance(node, cst.Name) and node.value in self.module:
            return Held(self.module[node.value], node.value)
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and self.classes:
            name, attributes = self.classes[-1]
            owner = node.value.value
            if owner in ("self", "cls", name) and node.attr.value in attributes:
                return Held(attributes[node.attr.value], f"{name}.{node.attr.value}")
        if isinstance(node, cst.Call) and len(node.args) == 2:
            func = node.func
            first, fallback = node.args[0].value, integer(node.args[1].value)
            if fallback is None:
                return None
            if (
                isinstance(func, cst.Attribute)
                and func.attr.value in _FALLBACK_CALLS
                and literal_text(first) == key
            ):
                return Held(fallback, f"the fallback of .{func.attr.value}({key!r}, ...)")
        is_getattr = isinstance(node, cst.Call) and dotted_name(node.func) == "getattr"
        if is_getattr and isinstance(node, cst.Call) and len(node.args) == 3:
            fallback = integer(node.args[2].value)
            if fallback is not None and literal_text(node.args[1].value) == key:
                return Held(fallback, f"the fallback of getattr(..., {key!r}, ...)")
        return None


class TracksHeldInts:
    """Keeps a codemod's `held` (a HeldInts, made in its __init__) current as the walk starts
    the module and enters and leaves classes. Listed before the codemod's base class, so
    that visit_Module reaches the base's too."""

    held: HeldInts

    def visit_Module(self, node: cst.Module) -> bool | None:
        self.held.start(node)
        going_on: bool | None = super().visit_Module(node)  # type: ignore[misc]
        return going_on

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self.held.enter(node)

    def leave_ClassDef(
        self, original_node: cst.ClassDef, updated_node: cst.ClassDef
    ) -> cst.ClassDef:
        self.held.leave()
        return updated_node
