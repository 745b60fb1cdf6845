import anthropic

client = anthropic.Anthropic()


def read_page(url):
    # Sonnet 5 has web fetch.
    return client.messages.create(
        model="claude-sonnet-5",
        max_tokens=2048,
        tools=[{"type": "web_fetch_20260318", "name": "web_fetch"}],
        messages=[{"role": "user", "content": f"Summarise {url}"}],
    )


def quick_lookup(question):
    # Haiku 4.5 with direct calls only, and an older search version without callers.
    return client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=1024,
        tools=[
            {"type": "web_search_20260318", "name": "web_search", "allowed_callers": ["direct"]},
            {"type": "web_fetch_20250910", "name": "web_fetch"},
        ],
        messages=[{"role": "user", "content": question}],
    )


def unknown_model(model, question):
    return client.messages.create(
        model=model,
        max_tokens=1024,
        tools=[{"type": "web_fetch_20250910", "name": "web_fetch"}],
        messages=[{"role": "user", "content": question}],
    )
