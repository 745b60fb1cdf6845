await client.messages.create({ model: "claude-opus-5", max_tokens: 200_000, messages: [] });
await client.messages.stream({ model: "claude-haiku-4-5", max_tokens: 100000, messages: [] });
