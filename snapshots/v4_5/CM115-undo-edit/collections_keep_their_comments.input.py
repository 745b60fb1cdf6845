# snapshot-options: fact:anthropic_text_editor
COMMANDS = [
    "view",
    # undo is special
    "undo_edit",
    # create comes last
    "create",
]
HANDLERS = {
    "view": view,
    "undo_edit": undo,  # trailing comment on undo
    "create": create,  # trailing on create
}
C2 = ("view", "undo_edit")  # after tuple
LAST = [
    "view",
    # about undo
    "undo_edit",
    # after undo, before the bracket
]
LAST2 = [
    "view",
    # about undo
    "undo_edit"
]
MIDDLE_INLINE = ["view", "undo_edit", "create"]
Command = Literal[
    "view",
    # undo
    "undo_edit",
    "create",
]
S = {
    "view",
    "undo_edit",  # undo trailing
}
