from __future__ import annotations

import re

import libcst as cst

from claude_migrate.authoring import (
    Codemod,
    FileContext,
    Safety,
    literal_text,
    mapping_values,
    visit,
    with_text,
)

from .tooling import EDITOR

OLD_TYPES = frozenset(EDITOR["old_types"])
_CLASS_DATE = re.compile(r"TextEditor(\d{8})Param$")
CLASSES: dict[str, str] = EDITOR["param_classes"]


class TextEditorTool(Codemod):
    """Move Anthropic text-editor tool definitions to text_editor_20250728 / str_replace_based_edit_tool.

    text_editor_20241022, _20250124 and _20250429 become text_editor_20250728, and the name
    str_replace_editor becomes str_replace_based_edit_tool: type and name change together
    or not at all (the API rejects a mismatched pair). Handled in dict literals, dict(...)
    calls, the SDK's typed params (ToolTextEditor20250124Param(...), imports included) and
    tool classes' api_type/name attributes with their Literal[...] annotations. A type whose
    name cannot be seen beside it (a variable, a parameter) is reported and left unchanged,
    and so is the name that flows into it (CM113 leaves it). An SDK param class describes
    one type version, so it moves only with its type: where a definition of
    text_editor_20250124 stays, ToolTextEditor20250124Param stays too, in the import and in
    annotations; two old classes renamed to one new class are imported once.

    Before:  tools=[{"type": "text_editor_20250124", "name": "str_replace_editor"}]
    After:   tools=[{"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}]

    Source: text-editor-tool docs and "Migrating to Claude 4.5" (shared reference,
    sections 2a and 6; codemods/v4_5/tools.toml).
    """

    code = "CM111"
    slug = "text-editor-tool"
    target = (4, 5)
    safety = Safety.SAFE
    triggers = (b"text_editor_20", *(name.encode() for name in CLASSES))
    finding_codes = {
        "CM112": "text-editor type whose name cannot be changed with it; left unchanged"
    }

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._plan: dict[cst.BaseExpression, str] = {}
        self._reported: set[cst.BaseExpression] = set()
        self._stuck_types: set[str] = set()  # old types some definition here keeps

    # Decide, over the whole module first, which literals change (a param class imported at
    # the top follows its type only if every definition of that type moves); the leave_
    # hooks apply the plan.

    def visit_Module(self, node: cst.Module) -> bool:
        codemod = self

        class Planner(cst.CSTVisitor):
            def visit_Dict(self, dict_node: cst.Dict) -> None:
                codemod._plan_pair(dict_node, mapping_values(dict_node) or {})

            def visit_Call(self, call: cst.Call) -> None:
                codemod._plan_call(call)

            def visit_ClassDef(self, class_node: cst.ClassDef) -> None:
                codemod._plan_class(class_node)

        visit(node, Planner())
        return True

    def _plan_call(self, node: cst.Call) -> None:
        values = mapping_values(node)
        if values is None and any(
            a.keyword is not None and a.keyword.value == "type" for a in node.args
        ):
            values = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        if values is not None:
            self._plan_pair(node, values)

    def _plan_class(self, node: cst.ClassDef) -> None:
        attributes: dict[str, list[cst.BaseExpression]] = {}
        for statement in node.body.body:
            if isinstance(statement, cst.SimpleStatementLine):
                for small in statement.body:
                    for name, nodes in _attribute_literals(small):
                        attributes.setdefault(name, []).extend(nodes)
        types = attributes.get("api_type") or attributes.get("type") or []
        if any(literal_text(t) in OLD_TYPES for t in types):
            self._plan_nodes(node, types, attributes.get("name", []))

    def _plan_pair(self, node: cst.CSTNode, values: dict[str, cst.BaseExpression]) -> None:
        kind = values.get("type")
        if kind is not None and literal_text(kind) in OLD_TYPES:
            name = values.get("name")
            self._plan_nodes(node, [kind], [name] if name is not None else [])

    def _plan_nodes(
        self, owner: cst.CSTNode, types: list[cst.BaseExpression], names: list[cst.BaseExpression]
    ) -> None:
        name_texts = {literal_text(n) for n in names}
        if not names or not name_texts <= {EDITOR["old_name"], EDITOR["new_name"]}:
            self.record_finding(
                owner,
                "CM112",
                f"{literal_text(types[0])} needs the name {EDITOR['new_name']} with "
                f"{EDITOR['new_type']}, and its name is not a literal here; change both by hand",
            )
            self._reported.update(types)
            self._stuck_types.update(t for t in map(literal_text, types) if t is not None)
            return
        for node in (*types, *names):
            old = literal_text(node)
            new = EDITOR["new_type"] if old in OLD_TYPES else EDITOR["new_name"]
            if old != new:
                self._plan[node] = new

    # Apply.

    def leave_SimpleString(
        self, original_node: cst.SimpleString, updated_node: cst.SimpleString
    ) -> cst.SimpleString:
        new = self._plan.get(original_node)
        if new is not None:
            self.record_change(original_node, f"{literal_text(original_node)} -> {new}")
            return with_text(updated_node, new)
        if literal_text(original_node) in OLD_TYPES and original_node not in self._reported:
            self.record_finding(
                original_node,
                "CM112",
                f"{literal_text(original_node)} outside a tool definition: change it to "
                f"{EDITOR['new_type']} together with the tool's name ({EDITOR['new_name']}) by hand",
            )
        return updated_node

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        if _type_of_class(updated_node.value) in self._stuck_types:
            return updated_node  # it describes a definition that keeps its type
        return self.rename_name(original_node, updated_node, CLASSES)

    def leave_ImportFrom(
        self, original_node: cst.ImportFrom, updated_node: cst.ImportFrom
    ) -> cst.ImportFrom:
        """Two old classes renamed to one new class are imported once."""
        if updated_node is original_node or isinstance(updated_node.names, cst.ImportStar):
            return updated_node
        seen: set[tuple[str, str]] = set()
        kept: list[cst.ImportAlias] = []
        for alias in updated_node.names:
            key = (cst.Module([]).code_for_node(alias.name), alias.evaluated_alias or "")
            if key not in seen:
                seen.add(key)
                kept.append(alias)
        if len(kept) == len(updated_node.names):
            return updated_node
        last = kept[-1]
        if updated_node.lpar is None:  # no trailing comma outside parentheses
            kept[-1] = last.with_changes(comma=cst.MaybeSentinel.DEFAULT)
        else:
            kept[-1] = last.with_changes(comma=updated_node.names[-1].comma)
        return updated_node.with_changes(names=kept)


def _type_of_class(name: str) -> str | None:
    """text_editor_20250124 for ToolTextEditor20250124Param (Beta... too)."""
    match = _CLASS_DATE.search(name)
    return f"text_editor_{match.group(1)}" if match and name in CLASSES else None


def _attribute_literals(
    small: cst.BaseSmallStatement,
) -> list[tuple[str, list[cst.BaseExpression]]]:
    """For `name: Literal["x"] = "x"` or `name = "x"`: the name and its string literals."""
    if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
        nodes = [small.value] if isinstance(small.value, cst.SimpleString) else []
        annotation = small.annotation.annotation
        if isinstance(annotation, cst.Subscript):
            nodes += [
                e.slice.value
                for e in annotation.slice
                if isinstance(e.slice, cst.Index) and isinstance(e.slice.value, cst.SimpleString)
            ]
        return [(small.target.value, nodes)] if nodes else []
    if isinstance(small, cst.Assign) and isinstance(small.value, cst.SimpleString):
        return [
            (t.target.value, [small.value]) for t in small.targets if isinstance(t.target, cst.Name)
        ]
    return []
