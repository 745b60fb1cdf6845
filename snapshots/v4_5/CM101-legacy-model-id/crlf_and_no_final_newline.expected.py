MODEL = "claude-haiku-4-5-20251001"
OTHER = 1
LAST = "claude-opus-4-5"