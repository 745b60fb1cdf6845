import anthropic

HELP = "Set MODEL to claude-3-5-sonnet-20241022 for best results."
MODEL = "claude-sonnet-4-5-20250929"


def banner(task):
    """Docstrings are prose too, and not counted: claude-3-opus-20240229."""
    return f"using claude-3-opus-20240229 for {task}"
