# snapshot-options: fact:anthropic_text_editor
def legacy_tool():
    tool_name = "str_replace_editor"
    return {"type": "text_editor_20250124", "name": tool_name}


def make_tool(name, kind="text_editor_20250124"):
    return dict(type="text_editor_20250124", name=name)


def tools(label: str = "str_replace_editor"):
    return [make_tool("str_replace_editor"), make_tool(name="str_replace_editor"), legacy(label)]


def legacy(label):
    return {"type": "text_editor_20241022", "name": label}
