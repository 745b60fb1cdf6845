import anthropic

client = anthropic.Anthropic()

TOOLS = [
    {"type": "text_editor_20250124", "name": "str_replace_editor"},
    {'type': 'bash_20250124', 'name': 'bash'},
]
OLDEST = dict(type="text_editor_20241022", name="str_replace_editor")
CLAUDE_4 = {"type": "text_editor_20250429", "name": "str_replace_based_edit_tool"}

response = client.messages.create(
    model="claude-sonnet-4-5-20250929",
    max_tokens=1024,
    tools=[{"type": "text_editor_20250124", "name": "str_replace_editor"}],
    messages=[{"role": "user", "content": "Fix the bug in primes.py"}],
)
