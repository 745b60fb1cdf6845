# snapshot-options: fact:anthropic_text_editor fact:client_str_replace_editor
def handle(block):
    if block.name == "str_replace_editor":
        return "which one?"
