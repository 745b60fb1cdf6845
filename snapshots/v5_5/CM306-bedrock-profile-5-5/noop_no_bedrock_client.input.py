MODEL = "anthropic.claude-opus-5-5"
