from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import (
    FileContext,
    Safety,
    Scope,
    dotted_name,
    literal_text,
    with_text,
)

from . import tooling
from .tooling import EDITOR


class TextEditorDispatch(tooling.TiedToEditor):
    """Rename "str_replace_editor" where code dispatches on the Anthropic text editor's name.

    Claude 4.x calls the text editor str_replace_based_edit_tool, so a handler that compares
    a tool_use block's name with "str_replace_editor" (==, in, a match case, a key of a
    handler map, a name constant) never fires. Renamed only in projects tied to the
    Anthropic tool: some file defines a text_editor_* tool and no file defines an editor of
    its own. Its own, because Anthropic's editor never carries a schema in user code: a tool
    named str_replace_editor with an input_schema or, in OpenAI/LiteLLM's function format
    ({"type": "function", "function": {"name": ..., "parameters": ...}}), parameters, however
    the schema is built or loaded (a YAML file of the project counts), or any schema whose
    command enum offers undo_edit. A file that defines such an editor is left alone; where a
    project has both kinds, each use elsewhere is reported instead: the name alone cannot say
    which tool a handler serves.

    A name that reaches a text_editor_* definition whose type stays (through a variable, a
    parameter's default, a keyword or a positional argument of the function that builds the
    definition, or an item assignment such as spec["name"] = tool_name) is reported, not
    renamed: type and name are a pair the API checks, and
    moving one without the other breaks the request.

    Before:  if block.name == "str_replace_editor":
    After:   if block.name == "str_replace_based_edit_tool":

    Source: text-editor-tool docs (the name belongs to the tool version) and "Migrating to
    Claude 4.5" (shared reference, section 2a).
    """

    code = "CM113"
    slug = "text-editor-dispatch"
    target = (4, 5)
    safety = Safety.SAFE
    triggers = (b"str_replace_editor",)
    # name_feeds_of_kept_editors reads every definition of the module.
    scope = Scope(reads=(b"str_replace_editor", b"text_editor_20"))
    finding_codes = {
        "CM114": "str_replace_editor left unchanged: the project also has an editor of its own, "
        "or the name feeds a text-editor definition whose type stays"
    }

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._feeds = tooling.NameFeeds(frozenset(), {})
        self._kept: set[cst.CSTNode] = set()  # names that feed a definition whose type stays

    def visit_Module(self, node: cst.Module) -> bool:
        if not super().visit_Module(node):
            return False
        self._feeds = tooling.name_feeds_of_kept_editors(node)
        return True

    # A name that reaches a text_editor_* definition through a variable or a parameter
    # moves only with that definition's type: where the type stays, so does the name.

    def visit_Assign(self, node: cst.Assign) -> None:
        if any(
            isinstance(t.target, cst.Name) and t.target.value in self._feeds.names
            for t in node.targets
        ):
            self._kept.add(node.value)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if (
            isinstance(node.target, cst.Name)
            and node.target.value in self._feeds.names
            and node.value
        ):
            self._kept.add(node.value)

    def visit_Param(self, node: cst.Param) -> None:
        if node.default is not None and node.name.value in self._feeds.names:
            self._kept.add(node.default)

    def visit_Call(self, node: cst.Call) -> None:
        indexes = self._feeds.positions.get(dotted_name(node.func).split(".")[-1], frozenset())
        positional = [a for a in node.args if a.keyword is None and not a.star]
        for index, arg in enumerate(positional):
            if index in indexes:
                self._kept.add(arg.value)
        for arg in node.args:
            if arg.keyword is not None and arg.keyword.value in self._feeds.names:
                self._kept.add(arg.value)

    def leave_SimpleString(
        self, original_node: cst.SimpleString, updated_node: cst.SimpleString
    ) -> cst.SimpleString:
        if literal_text(original_node) != EDITOR["old_name"]:
            return updated_node
        if original_node in self._kept:
            self.record_finding(
                original_node,
                "CM114",
                "this name reaches a text_editor_* definition whose type is left unchanged "
                f"(CM112); the pair moves together: change it to {EDITOR['new_name']} with "
                f"the type to {EDITOR['new_type']} by hand",
            )
            return updated_node
        if self._state == "ambiguous":
            self.record_finding(
                original_node,
                "CM114",
                "this project defines the Anthropic text editor and also a tool of its own named "
                f"str_replace_editor; rename to {EDITOR['new_name']} by hand where the code means "
                "the Anthropic tool",
            )
            return updated_node
        self.record_change(original_node, f"str_replace_editor -> {EDITOR['new_name']}")
        return with_text(updated_node, EDITOR["new_name"])
