from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

import libcst as cst
from claude_migrate.codemods.common import beta_places

from claude_migrate.authoring import (
    FileContext,
    ModelTable,
    RequestAware,
    Safety,
    Scope,
    drop_items,
    literal_text,
    with_text,
)

from . import tooling
from .tooling import COMPUTER, DATA

BETAS = DATA["betas"]
REMOVE = frozenset(BETAS["remove"])
RENAME: dict[str, str] = BETAS["rename"]
MANUAL: dict[str, str] = BETAS["manual"]
HEADER = "anthropic-beta"
HEADER_ARGS = ("extra_headers", "default_headers", "headers")
_Seq = TypeVar("_Seq", cst.List, cst.Set, cst.Tuple)


class BetaHeaders(RequestAware):
    """Update beta headers for the 4.5 models: drop the ones that do nothing, rename the ones that moved.

    In betas=[...] and in an "anthropic-beta" header (extra_headers=, default_headers=,
    headers=): token-efficient-tools-2025-02-19 and output-128k-2025-02-19 (no effect on
    Claude 4) and the headers of features that became standard are removed;
    computer-use-2024-10-22 becomes computer-use-2025-01-24 (computer-use-2025-11-24 for an
    Opus 4.5 request; under --to 5, a visible Opus or Sonnet request's is left for the 5 set).
    A list or header left empty is removed, not left as [] or "". mcp-client-2025-04-04 is
    reported: its tool configuration has to move as well. code-execution-2025-05-22 is left
    to CM128, which moves it only together with its tool type.

    Headers written elsewhere get the same rule: a request dict's "betas": [...] entry (an
    entry left empty is removed), a params["betas"] = [...] assignment (removed when left
    empty), and a module- or class-level constant that feeds betas by name (betas=BETAS,
    "betas": list(BETAS), [*BASE, ...]; a constant left empty stays, as []). Any other string
    that is one of these headers (a constant the tool cannot follow to a request) is
    reported, not changed: a judgement, since such a string may feed a request by a way the
    tool cannot see, or not feed one at all.

    Before:  betas=["token-efficient-tools-2025-02-19", "computer-use-2024-10-22"]
    After:   betas=["computer-use-2025-01-24"]

    Source: "Migrating to Claude 4.5", beta-headers docs and release notes (shared
    reference, section 3; codemods/v4_5/tools.toml).
    """

    code = "CM119"
    slug = "beta-headers"
    target = (4, 5)
    safety = Safety.SAFE
    triggers = (
        *(h.encode() for h in (*REMOVE, *RENAME, *MANUAL)),
        COMPUTER["old_header"].encode(),
    )
    finding_codes = {
        "CM120": "beta header that needs more than a rename, or a choice the tool could not see"
    }
    # The data of this generation; a later set's subclass declares its own.
    remove: ClassVar[frozenset[str]] = REMOVE
    rename: ClassVar[Mapping[str, str]] = RENAME
    manual: ClassVar[Mapping[str, str]] = MANUAL
    manual_code: ClassVar[str] = "CM120"
    computer: ClassVar[Mapping[str, Any] | None] = COMPUTER
    models: ClassVar[ModelTable] = tooling.MODELS
    removal_reason: ClassVar[str] = "no effect on the 4.5 models"
    # Constants feeding betas are found module-wide (beta_places), wherever they are used.
    scope = Scope(reads=(b"betas",))
    # The headers each generation's codemod knows, by target: on a run to a later set, a
    # header that set knows is reported by it (against the final code), not twice.
    _known_by_target: ClassVar[dict[tuple[int, int], frozenset[str]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        BetaHeaders._known_by_target[cls.target] = cls.known_headers()

    @classmethod
    def known_headers(cls) -> frozenset[str]:
        old = (cls.computer["old_header"],) if cls.computer is not None else ()
        return frozenset({*cls.remove, *cls.rename, *cls.manual, *old})

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._lists: set[cst.List | cst.Set | cst.Tuple] = set()  # lists of headers
        self._dicts: set[cst.Dict] = set()  # extra_headers= / default_headers= / headers= values
        self._entries: set[cst.DictElement] = set()  # "betas": [...] entries
        self._assigns: set[cst.Assign] = set()  # x["betas"] = [...] assignments
        self._handled: set[cst.SimpleString] = set()  # header strings in the places above
        self._known = self.known_headers()

    def visit_Module(self, node: cst.Module) -> bool | None:
        for value in beta_places.constant_lists(node):
            self._add_list(value)
        return super().visit_Module(node)

    def visit_Call(self, node: cst.Call) -> None:
        self.requests.enter(node)
        for arg in node.args:
            name = arg.keyword.value if arg.keyword else None
            if name == beta_places.FIELD:
                for value in beta_places.literal_lists(arg.value):
                    self._add_list(value)
            elif name in HEADER_ARGS and isinstance(arg.value, cst.Dict):
                self._dicts.add(arg.value)
                self._handled.update(
                    e.value
                    for e in arg.value.elements
                    if isinstance(e, cst.DictElement) and isinstance(e.value, cst.SimpleString)
                )

    def visit_DictElement(self, node: cst.DictElement) -> None:
        if beta_places.is_betas_key(node.key):
            for value in beta_places.literal_lists(node.value):
                self._add_list(value)
            if isinstance(node.value, cst.List):
                self._entries.add(node)

    def visit_Assign(self, node: cst.Assign) -> None:
        if any(beta_places.is_betas_target(t.target) for t in node.targets):
            for value in beta_places.literal_lists(node.value):
                self._add_list(value)
            if isinstance(node.value, cst.List):
                self._assigns.add(node)

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        text = literal_text(node)
        if text not in self._known or node in self._handled:
            return
        if any(text in known for known in self._later_known()):
            return  # the later set of this run reports it
        self.record_finding(
            node,
            self.manual_code,
            f"{text} is a beta header outside betas= and the anthropic-beta header, where the "
            f"tool cannot follow it to a request; {self._advice(text)}",
        )

    def _later_known(self) -> list[frozenset[str]]:
        final = self.context.options.target
        return [h for t, h in BetaHeaders._known_by_target.items() if self.target < t <= final]

    def _advice(self, name: str) -> str:
        if name in self.remove:
            return f"remove it where it is sent ({self.removal_reason})"
        if name in self.rename:
            return f"send {self.rename[name]} instead"
        if name in self.manual:
            return self.manual[name]
        return "change it with the computer tool's version"

    def _add_list(self, value: cst.List | cst.Set | cst.Tuple) -> None:
        self._lists.add(value)
        self._handled.update(
            e.value for e in value.elements if isinstance(e.value, cst.SimpleString)
        )

    def leave_Assign(
        self, original_node: cst.Assign, updated_node: cst.Assign
    ) -> cst.Assign | cst.RemovalSentinel:
        if original_node in self._assigns and _emptied(original_node.value, updated_node.value):
            self.record_change(original_node, "removed the betas assignment left empty")
            return cst.RemovalSentinel.REMOVE
        return updated_node

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        self.requests.leave(original_node)
        args = []
        for original, arg in zip(original_node.args, updated_node.args, strict=True):
            emptied = (
                original.value in self._lists or original.value in self._dicts
            ) and not getattr(arg.value, "elements", True)
            if emptied and original.keyword is not None:
                self.record_change(original, f"removed {original.keyword.value}= left empty")
                continue
            args.append(arg)
        if len(args) == len(updated_node.args):
            return updated_node
        if not args:  # `Anthropic(\n    default_headers=...)` becomes `Anthropic()`
            return updated_node.with_changes(
                args=[], whitespace_before_args=cst.SimpleWhitespace("")
            )
        return drop_items(updated_node, args)

    def leave_List(self, original_node: cst.List, updated_node: cst.List) -> cst.List:
        return self._leave_sequence(original_node, updated_node)

    def leave_Tuple(self, original_node: cst.Tuple, updated_node: cst.Tuple) -> cst.Tuple:
        updated = self._leave_sequence(original_node, updated_node)
        if len(updated.elements) == 1 and len(updated_node.elements) > 1:
            # One item left: its comma keeps it a tuple.
            only = updated.elements[0]
            if not isinstance(only.comma, cst.Comma):
                updated = updated.with_changes(elements=[only.with_changes(comma=cst.Comma())])
        return updated

    def leave_Set(self, original_node: cst.Set, updated_node: cst.Set) -> cst.Set | cst.Call:
        updated = self._leave_sequence(original_node, updated_node)
        if not updated.elements and updated_node.elements:
            return cst.Call(cst.Name("set"))  # `{}` would be a dict
        return updated

    def _leave_sequence(self, original_node: _Seq, updated_node: _Seq) -> _Seq:
        if original_node not in self._lists:
            return updated_node
        elements = []
        for original, element in zip(original_node.elements, updated_node.elements, strict=True):
            value = element.value
            if not isinstance(value, cst.SimpleString):
                elements.append(element)
                continue
            text = literal_text(value) or ""
            new = self._header(original, text)
            if new is None:
                continue
            if new != text:
                element = element.with_changes(value=with_text(value, new))
            elements.append(element)
        return drop_items(updated_node, elements)

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        if any(e in self._entries for e in original_node.elements):
            updated_node = self._drop_empty_entries(original_node, updated_node)
        if original_node not in self._dicts:
            return updated_node
        elements = []
        for original, element in zip(original_node.elements, updated_node.elements, strict=True):
            if not (
                isinstance(element, cst.DictElement)
                and isinstance(element.value, cst.SimpleString)
                and (literal_text(element.key) or "").lower() == HEADER
            ):
                elements.append(element)
                continue
            value = element.value
            parts = [p.strip() for p in (literal_text(value) or "").split(",") if p.strip()]
            kept = [n for n in (self._header(original, p) for p in parts) if n is not None]
            if not kept:
                continue  # the header is left empty: drop it
            if kept != parts:
                element = element.with_changes(value=with_text(value, ",".join(kept)))
            elements.append(element)
        return drop_items(updated_node, elements)

    def _drop_empty_entries(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        kept = []
        for original, element in zip(original_node.elements, updated_node.elements, strict=True):
            if original in self._entries and isinstance(element, cst.DictElement):
                assert isinstance(original, cst.DictElement)
                if _emptied(original.value, element.value):
                    self.record_change(original, "removed the betas entry left empty")
                    continue
            kept.append(element)
        if len(kept) == len(updated_node.elements):
            return updated_node
        return drop_items(updated_node, kept)

    def _header(self, node: cst.CSTNode, name: str) -> str | None:
        """The header's new name, None to drop it, or the name itself to keep it."""
        if name in self.remove:
            self.record_change(node, f"removed {name} ({self.removal_reason})")
            return None
        if name in self.rename:
            self.record_change(node, f"{name} -> {self.rename[name]}")
            return self.rename[name]
        if self.computer is not None and name == self.computer["old_header"]:
            if tooling.left_to_a_later_set(self, self.requests):
                return name
            choice = tooling.by_family(self.computer, "new_header", self.requests.family)
            self.record_change(node, f"{name} -> {choice.value}")
            if not choice.seen:
                self.record_finding(
                    node,
                    self.manual_code,
                    f"{choice.value} suits Sonnet and Haiku 4.5; an Opus 4.5 request needs "
                    f"{self.computer['new_header_by_family']['opus']}, and the model of this request "
                    "cannot be seen here",
                )
            return choice.value
        if name in self.manual:
            self.record_finding(node, self.manual_code, f"{name}: {self.manual[name]}")
        return name


BetaHeaders._known_by_target[BetaHeaders.target] = BetaHeaders.known_headers()


def _emptied(original: cst.BaseExpression, updated: cst.BaseExpression) -> bool:
    """A list this codemod emptied (one that was written empty is the user's own)."""
    return (
        isinstance(original, cst.List)
        and bool(original.elements)
        and isinstance(updated, cst.List)
        and not updated.elements
    )
