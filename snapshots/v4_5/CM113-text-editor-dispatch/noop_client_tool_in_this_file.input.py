# snapshot-options: fact:anthropic_text_editor
TOOLS = [{"name": "str_replace_editor", "description": "ours", "input_schema": {"type": "object"}}]


def handle(block):
    if block.name == "str_replace_editor":
        return "ours"
