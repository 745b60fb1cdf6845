import anthropic

client = anthropic.Anthropic()

TOOLS = [
    {"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"},
    {'type': 'bash_20250124', 'name': 'bash'},
]
OLDEST = dict(type="text_editor_20250728", name="str_replace_based_edit_tool")
CLAUDE_4 = {"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}

response = client.messages.create(
    model="claude-sonnet-4-5-20250929",
    max_tokens=1024,
    tools=[{"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}],
    messages=[{"role": "user", "content": "Fix the bug in primes.py"}],
)
