TOOLS = [
    {"type": "bash_20250124", "name": "bash"},
    {"type": "computer_20250124", "name": "computer", "display_width_px": 1024, "display_height_px": 768},
    {"type": "code_execution_20250825", "name": "code_execution"},
]
NOTE = "bash_20241022 was the first bash tool"
