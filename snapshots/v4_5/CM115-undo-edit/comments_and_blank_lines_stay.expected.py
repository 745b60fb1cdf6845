# snapshot-options: fact:anthropic_text_editor
def run(cmd, path):
    if cmd == "view": return read(path)

    # Reverting is handled by the journal.
    return None

def last(cmd, path):
    x = 1

    # a comment above the last statement

def chain(cmd):
    if cmd == "view":
        return 1
    # above the undo elif
    # after
    y = 3

def chain2(cmd):
    # above if
    # above elif
    if cmd == "view":
        return 1

def only(cmd):
    # only one
    pass

def m(cmd):
    match cmd:
        case "view":
            return 1
        # above undo case
        # above create
        case "create":
            return 3

class C(str, Enum):
    VIEW = "view"
    # undo member comment
    CREATE = "create"

# top comment
# the end


def nested(cmd):
    if cmd == "view":
        if cmd:
            return 1
        # inner, above the undo elif
    # outer, above the undo elif
    # after the chain
    return 4


def before_else(cmd):
    # above else
    return 2
