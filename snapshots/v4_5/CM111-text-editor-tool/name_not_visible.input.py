EDITOR_TYPE = "text_editor_20250124"


def tool(name: str) -> dict:
    return {"type": "text_editor_20250124", "name": name}
