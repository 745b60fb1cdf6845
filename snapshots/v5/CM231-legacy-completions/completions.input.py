from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

client = Anthropic()
reply = client.completions.create(model="claude-2.1", max_tokens_to_sample=300, prompt=f"{HUMAN_PROMPT} Hi{AI_PROMPT}")
