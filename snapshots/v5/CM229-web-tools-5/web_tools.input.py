import anthropic

client = anthropic.Anthropic()
RESEARCH_MODEL = "claude-opus-5"


def research(question):
    return client.messages.create(
        model=RESEARCH_MODEL,
        max_tokens=8192,
        tools=[
            {"type": "web_search_20250305", "name": "web_search"},
            {"type": "web_fetch_20250910", "name": "web_fetch", "max_uses": 5},
        ],
        messages=[{"role": "user", "content": question}],
    )


def quick_lookup(question):
    return client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=1024,
        tools=[{"type": "web_search_20260209", "name": "web_search"}],
        messages=[{"role": "user", "content": question}],
    )
