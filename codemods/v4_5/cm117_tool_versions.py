from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import (
    FileContext,
    RequestAware,
    Safety,
    literal_text,
    mapping_values,
    with_text,
)

from . import tooling
from .tooling import COMPUTER, DATA, computer_owned_later

TYPES: dict[str, str] = DATA["tool_types"]
CLASSES: dict[str, str] = DATA["param_classes"]


class ToolVersions(RequestAware):
    """Move bash and computer-use tools to the versions the 4.5 models take.

    bash_20241022 becomes bash_20250124 (code_execution_20250522 changes its result blocks
    when it moves, so it is CM128's, at review level). computer_20241022 becomes
    computer_20250124 for Sonnet and Haiku 4.5, or computer_20251124 for Opus 4.5, chosen by
    the model of the request the tool is sent in (a literal or a module-level constant);
    where that model cannot be seen, computer_20250124 is used and the choice is reported.
    Under a later target (--to 5), a request whose model is in sight and moves on (Opus,
    Sonnet, or a model of a later generation) keeps its computer tool for the later set,
    which moves it to its final version or reports it; with that set's rule for the tool in
    the run (CM223 under --to 5, CM316 and CM223 under --to 5.5), a tool whose model cannot
    be seen still moves to computer_20250124 but is reported once, by that rule. The SDK's
    param classes (BetaToolBash20241022Param, BetaToolComputerUse20241022Param, ...) follow.

    Before:  {"type": "bash_20241022", "name": "bash"}
    After:   {"type": "bash_20250124", "name": "bash"}

    Source: bash and computer-use tool docs; "Migrating to Claude 4.5"
    (shared reference, sections 2b-2d and 6; codemods/v4_5/tools.toml).
    """

    code = "CM117"
    slug = "tool-versions"
    models = tooling.MODELS
    target = (4, 5)
    safety = Safety.SAFE
    triggers = (
        *(t.encode() for t in TYPES),
        COMPUTER["old_type"].encode(),
        *(c.encode() for c in CLASSES),
        COMPUTER["old_class"].encode(),
    )
    finding_codes = {"CM118": "computer-use tool version chosen without seeing the request's model"}

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._tool_types: set[int] = set()  # id() of the `"type"` values of dicts

    def visit_Call(self, node: cst.Call) -> None:
        self.requests.enter(node)

    def visit_Dict(self, node: cst.Dict) -> None:
        # A tool definition's type: what the 5.5 set's CM316 reports (computer_owned_later).
        kind = (mapping_values(node) or {}).get("type")
        if isinstance(kind, cst.SimpleString):
            self._tool_types.add(id(kind))

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        self.requests.leave(original_node)
        return updated_node

    def leave_SimpleString(
        self, original_node: cst.SimpleString, updated_node: cst.SimpleString
    ) -> cst.SimpleString:
        old = literal_text(original_node)
        if old in TYPES:
            new = TYPES[old]
        elif old == COMPUTER["old_type"]:
            if tooling.left_to_a_later_set(self, self.requests):
                return updated_node
            new = self._computer(original_node, "new_type")
        else:
            return updated_node
        self.record_change(original_node, f"{old} -> {new}")
        return with_text(updated_node, new)

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        old = updated_node.value
        if old in CLASSES:
            new = CLASSES[old]
        elif old == COMPUTER["old_class"]:
            new = self._computer(original_node, "new_class")
        else:
            return updated_node
        self.record_change(original_node, f"{old} -> {new}")
        return updated_node.with_changes(value=new)

    def _computer(self, node: cst.CSTNode, key: str) -> str:
        choice = tooling.by_family(COMPUTER, key, self.requests.family)
        owned = computer_owned_later(self.context.options, id(node) in self._tool_types)
        if not choice.seen and not owned:
            self.record_finding(
                node,
                "CM118",
                f"{choice.value} suits Sonnet and Haiku 4.5; Opus 4.5 takes "
                f"{COMPUTER[f'{key}_by_family']['opus']}, and the model of this request "
                "cannot be seen here",
            )
        return choice.value
