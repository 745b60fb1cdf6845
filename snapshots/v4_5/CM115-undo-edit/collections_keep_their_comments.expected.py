# snapshot-options: fact:anthropic_text_editor
COMMANDS = [
    "view",
    # undo is special
    # create comes last
    "create",
]
HANDLERS = {
    "view": view,
    "create": create,  # trailing on create
}
C2 = ("view",)  # after tuple
LAST = [
    "view",
    # about undo
    # after undo, before the bracket
]
LAST2 = [
    "view",
    # about undo
]
MIDDLE_INLINE = ["view", "create"]
Command = Literal[
    "view",
    # undo
    "create",
]
S = {
    "view",
}
