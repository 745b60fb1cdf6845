import anthropic

client = anthropic.Anthropic()
reply = client.messages.create(model="claude-mythos-preview", max_tokens=1024, messages=[])
BEDROCK = "us.anthropic.claude-mythos-preview"
APAC = "apac.anthropic.claude-mythos-preview"
DATED = "claude-opus-4-7-20260416"
