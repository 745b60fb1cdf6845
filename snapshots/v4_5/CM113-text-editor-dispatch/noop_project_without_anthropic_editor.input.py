def handle(block):
    if block.name == "str_replace_editor":
        return "ours"
