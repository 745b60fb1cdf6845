import anthropic

client = anthropic.Anthropic()


def ask(messages):
    return client.beta.messages.create(
        model="claude-opus-5-5",
        max_tokens=1000,
        output_config={"effort": "high"},
        betas=[
            # compaction stays in beta: keep it while the agent loop relies on it
            "compact-2026-09-04",
            # prompt caching is generally available
            # the cache TTL header is the last
        ],
        messages=messages,
    )
