from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import Safety, literal_text, with_text

from . import tooling
from .tooling import EDITOR


class TextEditorDispatch(tooling.TiedToEditor):
    """Rename "str_replace_editor" where code dispatches on the Anthropic text editor's name.

    Claude 4.x calls the text editor str_replace_based_edit_tool, so a handler that compares
    a tool_use block's name with "str_replace_editor" (==, in, a match case, a key of a
    handler map, a name constant) never fires. Renamed only in projects tied to the
    Anthropic tool: some file defines a text_editor_* tool and no file defines a tool of its
    own named str_replace_editor (one with an input_schema). Where a project has both, each
    use is reported instead.

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
    finding_codes = {
        "CM114": "str_replace_editor in a project that also has a client tool of that name; left unchanged"
    }

    def leave_SimpleString(
        self, original_node: cst.SimpleString, updated_node: cst.SimpleString
    ) -> cst.SimpleString:
        if literal_text(original_node) != EDITOR["old_name"]:
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
