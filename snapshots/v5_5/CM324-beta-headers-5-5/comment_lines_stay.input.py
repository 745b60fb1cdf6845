import anthropic

client = anthropic.Anthropic()


def ask(messages):
    return client.beta.messages.create(
        model="claude-opus-5-5",
        max_tokens=1000,
        output_config={"effort": "high"},
        betas=[
            "token-efficient-tools-2025-02-19",  # goes with its line
            # compaction stays in beta: keep it while the agent loop relies on it
            "compact-2026-09-04",
            # prompt caching is generally available
            "prompt-caching-2024-07-31",
            # the cache TTL header is the last
            "extended-cache-ttl-2025-04-11",
        ],
        messages=messages,
    )
