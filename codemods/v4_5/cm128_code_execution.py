from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import Codemod, RunOptions, Safety, Scope, literal_text, with_text

from .tooling import DATA

CODE_EXECUTION = DATA["code_execution"]
OLD_TYPE: str = CODE_EXECUTION["old_type"]
NEW_TYPE: str = CODE_EXECUTION["new_type"]
OLD_HEADER: str = CODE_EXECUTION["old_header"]
NEW_HEADER: str = CODE_EXECUTION["new_header"]
CLASSES: dict[str, str] = CODE_EXECUTION["classes"]
OLD_RESULTS = frozenset(CODE_EXECUTION["old_results"])
NEW_RESULTS: str = CODE_EXECUTION["new_results"]


def left_to_later_set(options: RunOptions) -> bool:
    """Not applied in a run to the 5 set or later, which has a rule of its own for the
    legacy tool (CM227 reports it, CM228, naming the version those models take): this set's
    "would move to 20250825" beside it would name a version the run does not end on."""
    return options.target > (4, 5) and "CM128" in options.report_only and "CM227" in options.running


class CodeExecution20250825(Codemod):
    """Move code_execution_20250522 to code_execution_20250825, with its header and param classes (review).

    The 4.5 migration guide moves the code-execution tool to code_execution_20250825, but
    that version answers with other result blocks: bash_code_execution_tool_result and
    text_editor_code_execution_tool_result where 20250522 gave code_execution_tool_result
    (code_execution_result inside). So this is review level: applied only with --unsafe or
    when selected, and then the tool type, the SDK param classes
    (BetaCodeExecutionTool20250522Param, ...) and the beta header code-execution-2025-05-22
    (to code-execution-2025-08-25) move together, never one without the others. In a file it
    triggers on, code that reads the old result blocks (a "code_execution_tool_result" or
    "code_execution_result" literal, a CodeExecutionToolResultBlock class) is reported
    (CM129) whether or not the move is applied: that handling has to move by hand. In a run
    to the 5 set or later without --unsafe, the tool and its header are left to that set's
    rule (CM228), which names the version the run ends on.

    Before:  {"type": "code_execution_20250522", "name": "code_execution"}, betas=["code-execution-2025-05-22"]
    After:   {"type": "code_execution_20250825", "name": "code_execution"}, betas=["code-execution-2025-08-25"]

    Source: "Migrating to Claude 4.5"; code-execution tool docs (result types per version)
    (shared reference, section 2d; codemods/v4_5/tools.toml).
    """

    code = "CM128"
    slug = "code-execution-20250825"
    target = (4, 5)
    safety = Safety.REVIEW
    triggers = tuple(t.encode() for t in (OLD_TYPE, OLD_HEADER, *CLASSES))
    # Result handling is reported wherever it is in a file that has the old tool.
    scope = Scope(around=tuple(r.encode() for r in OLD_RESULTS))
    finding_codes = {
        "CM129": "code that reads code_execution_20250522's result blocks, which 20250825 replaces"
    }

    def leave_SimpleString(
        self, original_node: cst.SimpleString, updated_node: cst.SimpleString
    ) -> cst.SimpleString:
        old = literal_text(original_node)
        if old in OLD_RESULTS:
            self._report_result(original_node, old)
            return updated_node
        if left_to_later_set(self.context.options):
            return updated_node
        if old == OLD_TYPE:
            self.record_change(
                original_node,
                f"{OLD_TYPE} -> {NEW_TYPE}: results become {NEW_RESULTS}; the header "
                f"{OLD_HEADER} and the result handling move with it",
            )
            return with_text(updated_node, NEW_TYPE)
        if old is not None and OLD_HEADER in _header_names(old):
            # The header alone, or one name of a comma-separated "anthropic-beta" value.
            self.record_change(original_node, f"{OLD_HEADER} -> {NEW_HEADER} (with {NEW_TYPE})")
            names = old.split(",")
            new = ",".join(
                n.replace(OLD_HEADER, NEW_HEADER) if n.strip() == OLD_HEADER else n for n in names
            )
            return with_text(updated_node, new)
        return updated_node

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        if updated_node.value in OLD_RESULTS:
            self._report_result(original_node, updated_node.value)
            return updated_node
        return self.rename_name(original_node, updated_node, CLASSES)

    def _report_result(self, node: cst.CSTNode, old: str) -> None:
        self.record_finding(
            node,
            "CM129",
            f"{old} is a result of {OLD_TYPE}; {NEW_TYPE} returns {NEW_RESULTS} instead: "
            "move this handling with the tool version",
        )


def _header_names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",")]
