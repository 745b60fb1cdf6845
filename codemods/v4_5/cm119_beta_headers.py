from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import libcst as cst

from claude_migrate.authoring import (
    FileContext,
    ModelTable,
    RequestAware,
    Safety,
    keep_closing_comma,
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


class BetaHeaders(RequestAware):
    """Update beta headers for the 4.5 models: drop the ones that do nothing, rename the ones that moved.

    In betas=[...] and in an "anthropic-beta" header (extra_headers=, default_headers=,
    headers=): token-efficient-tools-2025-02-19 and output-128k-2025-02-19 (no effect on
    Claude 4) and the headers of features that became standard are removed;
    code-execution-2025-05-22 becomes code-execution-2025-08-25; computer-use-2024-10-22
    becomes computer-use-2025-01-24 (computer-use-2025-11-24 for an Opus 4.5 request). A list
    or header left empty is removed, not left as [] or "". mcp-client-2025-04-04 is reported:
    its tool configuration has to move as well.

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

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._lists: set[cst.List] = set()  # betas=[...] values
        self._dicts: set[cst.Dict] = set()  # extra_headers= / default_headers= / headers= values

    def visit_Call(self, node: cst.Call) -> None:
        self.requests.enter(node)
        for arg in node.args:
            name = arg.keyword.value if arg.keyword else None
            if name == "betas" and isinstance(arg.value, cst.List):
                self._lists.add(arg.value)
            elif name in HEADER_ARGS and isinstance(arg.value, cst.Dict):
                self._dicts.add(arg.value)

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
        return updated_node.with_changes(args=keep_closing_comma(updated_node.args, args))

    def leave_List(self, original_node: cst.List, updated_node: cst.List) -> cst.List:
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
        return updated_node.with_changes(
            elements=keep_closing_comma(updated_node.elements, elements)
        )

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
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
        return updated_node.with_changes(
            elements=keep_closing_comma(updated_node.elements, elements)
        )

    def _header(self, node: cst.CSTNode, name: str) -> str | None:
        """The header's new name, None to drop it, or the name itself to keep it."""
        if name in self.remove:
            self.record_change(node, f"removed {name} ({self.removal_reason})")
            return None
        if name in self.rename:
            self.record_change(node, f"{name} -> {self.rename[name]}")
            return self.rename[name]
        if self.computer is not None and name == self.computer["old_header"]:
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
