# snapshot-options: fact:anthropic_text_editor
EDITOR_NAME = "str_replace_editor"
tool_name = "str_replace_editor"
TOOL = {"type": "text_editor_20250728", "name": tool_name}


def on_tool(block):
    if block.name == EDITOR_NAME:
        return edit(block.input)
