# snapshot-options: fact:anthropic_text_editor
def run(cmd, path):
    if cmd == "view": return read(path)

    # Reverting is handled by the journal.
    if cmd == "undo_edit": return journal.pop(path)
    return None

def last(cmd, path):
    x = 1

    # a comment above the last statement
    if cmd == "undo_edit":
        return 2

def chain(cmd):
    if cmd == "view":
        return 1
    # above the undo elif
    elif cmd == "undo_edit":
        return 2
    # after
    y = 3

def chain2(cmd):
    # above if
    if cmd == "undo_edit":
        return 2
    # above elif
    elif cmd == "view":
        return 1

def only(cmd):
    # only one
    if cmd == "undo_edit":
        return 2

def m(cmd):
    match cmd:
        case "view":
            return 1
        # above undo case
        case "undo_edit":
            return 2
        # above create
        case "create":
            return 3

class C(str, Enum):
    VIEW = "view"
    # undo member comment
    UNDO = "undo_edit"
    CREATE = "create"

# top comment
if CMD == "undo_edit":
    pass
# the end


def nested(cmd):
    if cmd == "view":
        if cmd:
            return 1
        # inner, above the undo elif
        elif cmd == "undo_edit":
            return 2
    # outer, above the undo elif
    elif cmd == "undo_edit":
        return 3
    # after the chain
    return 4


def before_else(cmd):
    if cmd == "undo_edit":
        return 1
    # above else
    else:
        return 2
