from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import Codemod, Safety, literal_text, with_text

from .tools import CODE_EXECUTION

NEW_TYPE: str = CODE_EXECUTION["new_type"]
OLD_TYPES: tuple[str, ...] = tuple(CODE_EXECUTION["old_types"])
LEGACY_TYPE: str = CODE_EXECUTION["legacy_type"]
CLASSES: dict[str, str] = CODE_EXECUTION["classes"]


class CodeExecution20260521(Codemod):
    """Move the code-execution tool to code_execution_20260521, the version the migration guide recommends.

    Every model of the 5 generation, Haiku 4.5 included, takes code_execution_20250825,
    _20260120 and _20260521, with the same result blocks; web search and web fetch from
    20260209 on need 20260120 or later beside them. The type string (also where it names a
    caller in allowed_callers, so the pair stays consistent) and the SDK's param classes
    move together. The legacy code_execution_20250522 is in no model's list and its results
    had another shape (code_execution_result, not bash_code_execution_result): one that is
    still here (the 4.5 set moves it unless told not to) is reported, not changed.

    Before:  {"type": "code_execution_20250825", "name": "code_execution"}
    After:   {"type": "code_execution_20260521", "name": "code_execution"}

    Source: code-execution tool docs (model compatibility), migration guide, release notes
    (shared reference claude-5-facts.md, section 2.7; codemods/v5/tools.toml).
    """

    code = "CM227"
    slug = "code-execution-20260521"
    target = (5, 0)
    safety = Safety.SAFE
    triggers = tuple(t.encode() for t in (*OLD_TYPES, LEGACY_TYPE, *CLASSES))
    finding_codes = {"CM228": "legacy code-execution tool left for review"}

    def leave_SimpleString(
        self, original_node: cst.SimpleString, updated_node: cst.SimpleString
    ) -> cst.SimpleString:
        old = literal_text(original_node)
        if old == LEGACY_TYPE:
            self.record_finding(
                original_node,
                "CM228",
                f"{LEGACY_TYPE} is in no 5-generation model's list; {NEW_TYPE} returns "
                "bash_code_execution_result and text_editor_code_execution_* blocks instead of "
                "code_execution_result: move it and its result handling by hand",
            )
        if old not in OLD_TYPES:
            return updated_node
        self.record_change(original_node, f"{old} -> {NEW_TYPE}")
        return with_text(updated_node, NEW_TYPE)

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        return self.rename_name(original_node, updated_node, CLASSES)
