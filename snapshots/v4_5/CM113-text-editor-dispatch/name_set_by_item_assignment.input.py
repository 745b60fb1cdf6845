import anthropic


def legacy_editor():
    # The name reaches a definition whose type stays (CM112): it stays too, reported.
    editor_name = "str_replace_editor"
    spec = {"type": "text_editor_20250124"}
    spec["name"] = editor_name
    return spec


# The mirror: written together, the pair moves (the type is CM111's).
EDITOR = {"type": "text_editor_20250124", "name": "str_replace_editor"}
