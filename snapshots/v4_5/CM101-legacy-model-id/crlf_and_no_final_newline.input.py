MODEL = "claude-3-haiku-20240307"
OTHER = 1
LAST = "claude-3-opus-latest"